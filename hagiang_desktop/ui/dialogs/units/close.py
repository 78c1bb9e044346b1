"""Close a unit on a day (it stays in the history)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.dialogs.units.common import date_edit, ok_cancel
from hagiang_desktop.ui.i18n import fill


class CloseDialog(QDialog):
    """Choose the last day a unit exists."""

    def __init__(self, unit: UnitRow, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Close %1"), unit.name))
        self.date_edit = date_edit(self, unit.valid_to or day)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "A closed unit stays in the history and in old lists; it is no longer offered for new "
                    "registrations after that day."
                ),
                wordWrap=True,
            )
        )
        form.addRow(self.tr("&Last day:"), self.date_edit)
        form.addRow(ok_cancel(self))

    def day(self) -> date:
        """Return the chosen last day."""
        return self.date_edit.date().toPython()  # type: ignore[return-value]
