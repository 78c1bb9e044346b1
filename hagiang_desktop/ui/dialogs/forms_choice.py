"""Ask what to print before the registration forms are laid out (#17).

"Export → Registration forms" printed the row highlighted in the list when there was one, the
office's selected models otherwise: one form came out where the list had two, another time a
household still "registered". The clerk now chooses, with the count of each choice shown.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker, Units


class FormsSource(StrEnum):
    """Which nominations' forms to print."""

    LISTED = "listed"  #: the models selected for the list (selected, submitted, accepted, changed)
    HIGHLIGHTED = "highlighted"  #: the rows highlighted in the Nominations tab, any status
    UNIT = "unit"  #: one unit's (and its sub-units') models on the list


class FormsChoiceDialog(QDialog):
    """Choose the forms to print, each choice with its count.

    Args:
        listed: how many models are on the office's list.
        highlighted: how many rows are highlighted in the Nominations tab.
        highlighted_unlisted: how many of those are not on the list (any other status).
        units: the units of the office's scope, for "one unit's".
        count_unit: counts one unit's models on the list (by code).
    """

    def __init__(
        self,
        listed: int,
        highlighted: int,
        highlighted_unlisted: int,
        units: Units,
        count_unit: Callable[[str], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="formsChoice")
        self.setWindowTitle(self.tr("Print registration forms"))
        self._count_unit = count_unit
        selected = status_label("selected")
        self.listed = QRadioButton(
            self.tr("The models selected for the list (“%1” and after): %n form(s)", "", listed).replace(
                "%1", selected
            ),
            self,
            objectName="formsListed",
        )
        text = self.tr("The %n row(s) highlighted in the Nominations list", "", highlighted)
        if highlighted_unlisted:
            text += " " + self.tr("(%n of them not selected for the list)", "", highlighted_unlisted)
        self.highlighted = QRadioButton(text, self, objectName="formsHighlighted")
        self.highlighted.setEnabled(highlighted > 0)
        self.unit = QRadioButton(self.tr("One unit's models on the list:"), self, objectName="formsUnit")
        self.unit_picker = UnitPicker(units, self, objectName="formsUnitPicker", allow_empty=True)
        self.unit_count = QLabel(self, objectName="formsUnitCount")
        self.group = QButtonGroup(self)
        for button in (self.listed, self.highlighted, self.unit):
            self.group.addButton(button)
        self.listed.setChecked(True)
        self.summary = QLabel(self, objectName="formsSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.listed, 0, 0, 1, 3)
        grid.addWidget(self.highlighted, 1, 0, 1, 3)
        grid.addWidget(self.unit, 2, 0)
        grid.addWidget(self.unit_picker, 2, 1)
        grid.addWidget(self.unit_count, 2, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which forms should be printed?"), self))
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._counts = {FormsSource.LISTED: listed, FormsSource.HIGHLIGHTED: highlighted}
        self.group.buttonToggled.connect(lambda *_a: self._update())
        self.unit_picker.currentIndexChanged.connect(lambda _i: self._unit_chosen())
        self._update()

    def _unit_chosen(self) -> None:
        self.unit.setChecked(True)
        self._update()

    def source(self) -> FormsSource:
        """Return the choice."""
        if self.highlighted.isChecked():
            return FormsSource.HIGHLIGHTED
        if self.unit.isChecked():
            return FormsSource.UNIT
        return FormsSource.LISTED

    def unit_code(self) -> str | None:
        """Return the unit chosen for "one unit's" (None when none)."""
        return self.unit_picker.code()

    def count(self) -> int:
        """Return how many forms the choice prints."""
        source = self.source()
        if source == FormsSource.UNIT:
            code = self.unit_code()
            return int(self._count_unit(code)) if code else 0
        return self._counts[source]

    def _update(self) -> None:
        count = self.count()
        if self.source() == FormsSource.UNIT:
            self.unit_count.setText(self.tr("%n form(s)", "", count) if self.unit_code() else "")
        self.summary.setText(self.tr("%n form(s) will be printed.", "", count))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
