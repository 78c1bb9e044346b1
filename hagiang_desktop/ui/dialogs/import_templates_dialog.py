"""The import templates to hand out: one Excel file per unit, written where the clerk chooses."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.i18n import fill


class TemplatesDialog(QDialog):
    """Choose the units that get a registration template (all units under the office by default).

    Args:
        units: the units that register with the office.
        parent: the parent widget.
    """

    def __init__(self, units: Sequence[UnitRow], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="templatesDialog")
        self.setWindowTitle(QCoreApplication.translate("imports", "Registration templates for the units"))
        self.list = QListWidget(self, objectName="templateUnits")
        for unit in units:
            item = QListWidgetItem(f"{unit.name} ({unit.code})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        all_none = QCheckBox(QCoreApplication.translate("imports", "All units"), self)
        all_none.setChecked(True)
        all_none.toggled.connect(self._check_all)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("imports", "Choose a folder and write")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "imports",
                    "One Excel file per unit, named by the unit, to send out and import back unchanged.",
                ),
                self,
            )
        )
        layout.addWidget(all_none)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def codes(self) -> list[str]:
        """Return the codes of the ticked units."""
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def written_message(paths: Sequence[Path]) -> str:
    """Return "N templates written to FOLDER"."""
    folder = paths[0].parent if paths else Path()
    return fill(QCoreApplication.translate("imports", "%1 templates written to %2"), len(paths), folder)
