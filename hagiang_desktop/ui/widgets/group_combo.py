"""The emulation bloc or cluster filter: its entries, and plain words when none is loaded (#24).

No blocs are shipped (``resources/units/README.md``): until the province's list is imported the
filters of the directory, the nominations and the dashboard have nothing to offer. They then say
so, disabled, with a tooltip telling where the import is, instead of an empty list that looks
broken.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP

#: The combo's property keeping the text of its first entry ("all") while it says "none loaded".
_ALL_TEXT = "groupComboAllText"

NONE_LOADED = QT_TRANSLATE_NOOP("groups", "(no blocs loaded)")
HOW_TO_IMPORT = QT_TRANSLATE_NOOP(
    "groups",
    "No emulation blocs or clusters are loaded. Import the province's list with Import ▸ "
    "Emulation blocs and clusters… (a CSV or Excel file with the columns code, name, kind, members).",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("groups", text)


def fill_group_combo(combo: QComboBox, groups: Sequence[tuple[str, str]]) -> None:
    """Put the blocs and clusters after the combo's first ("all") entry, keeping the choice.

    With no group, the combo is disabled, its first entry reads "(no blocs loaded)" and its
    tooltip says how to import them. Emits no signal unless the chosen group is gone.

    Args:
        combo: a filter combo whose first entry means "any group".
        groups: (code, label) of each group, in display order.
    """
    if combo.property(_ALL_TEXT) is None:
        combo.setProperty(_ALL_TEXT, combo.itemText(0))
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for code, label in groups:
        combo.addItem(label, code)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
    combo.setItemText(0, str(combo.property(_ALL_TEXT)) if groups else _tr(NONE_LOADED))
    combo.setEnabled(bool(groups))
    combo.setToolTip(combo.currentText() if groups else _tr(HOW_TO_IMPORT))
    if current and index < 0:
        combo.currentIndexChanged.emit(0)  # the chosen group was removed: the filter is off now
