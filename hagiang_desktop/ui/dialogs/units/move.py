"""Move a unit (and everything under it) under another parent."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.dialogs.units.common import Lookup, ok_cancel, unit_picker
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.widgets.unit_picker import Units


class MoveDialog(QDialog):
    """Choose the new parent of a unit (empty: make it a root); ``units`` as for :class:`UnitEditDialog`."""

    def __init__(
        self, unit: UnitRow, units: Units, parent: QWidget | None = None, *, lookup: Lookup | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Move %1"), unit.name))
        self.picker = unit_picker(self, units, lookup, "moveParent", allow_empty=True)
        self.picker.set_code(unit.parent_code)
        form = QFormLayout(self)
        form.addRow(QLabel(fill(self.tr("Put <b>%1</b> and everything under it under:"), unit.name)))
        form.addRow(self.tr("New &parent:"), self.picker)
        form.addRow(ok_cancel(self))

    def parent_code(self) -> str | None:
        """Return the chosen parent's code, or None for a root."""
        return self.picker.code()
