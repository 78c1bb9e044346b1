"""Choices the import dialogs share: the legacy encodings, and a kind and a field chooser."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.legacy_encoding import Encoding
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.labels import nominee_kind_label

#: The encodings an imported column may be typed in, named as clerks know their fonts.
ENCODINGS = (
    (Encoding.UNICODE, "Unicode"),
    (Encoding.TCVN3, "TCVN3 (.VnTime)"),
    (Encoding.TCVN3_CAPS, "TCVN3 capitals (.VnTimeH)"),
    (Encoding.VNI, "VNI (VNI-Times)"),
)


def kind_and_field_combos(ws: Workspace, parent: QWidget, keep: str) -> tuple[QComboBox, QComboBox]:
    """Return a kind and a field chooser whose first item (data None) is ``keep``."""
    kind = QComboBox(parent, objectName="kindChoice")
    kind.addItem(keep, None)
    for code in NomineeKind:
        kind.addItem(nominee_kind_label(code), str(code))
    field = QComboBox(parent, objectName="fieldChoice")
    field.addItem(keep, None)
    for fld in ws.plan.fields:
        field.addItem(f"{fld.code} – {fld.short_vi}", fld.code)
    return kind, field
