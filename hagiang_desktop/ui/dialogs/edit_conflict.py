"""Another clerk saved the same record meanwhile: show both versions and ask (issue #22).

Never overwrites silently: the clerk sees, field by field, what the other clerk saved and what
they typed (the fields that differ highlighted), and chooses to save theirs over it, to keep the
other clerk's version, or to go on editing (nothing saved yet). :class:`ConflictDialog` is the
shared dialog; :class:`EditConflictDialog` shows a nomination, the unit directory shows a unit
(:mod:`hagiang_desktop.ui.dialogs.units.conflict`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.services.nominations import NominationDetail, NominationInput
from hagiang_desktop.ui.fit import DIALOG_MAX, available_size, fit_to_screen
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

#: The form's fields by their name in :class:`NominationInput`, as the clerk knows them.
FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("conflict", "Kind"),
    "field_code": QT_TRANSLATE_NOOP("conflict", "Field"),
    "name": QT_TRANSLATE_NOOP("conflict", "Name"),
    "registering_unit_code": QT_TRANSLATE_NOOP("conflict", "Registering unit"),
    "checks": QT_TRANSLATE_NOOP("conflict", "Criteria met"),
    "position": QT_TRANSLATE_NOOP("conflict", "Position"),
    "work_unit": QT_TRANSLATE_NOOP("conflict", "Work unit"),
    "gender": QT_TRANSLATE_NOOP("conflict", "Gender"),
    "birth_year": QT_TRANSLATE_NOOP("conflict", "Year of birth"),
    "member_unit_code": QT_TRANSLATE_NOOP("conflict", "Member unit"),
    "household_head": QT_TRANSLATE_NOOP("conflict", "Head of household"),
    "village": QT_TRANSLATE_NOOP("conflict", "Village"),
    "commune": QT_TRANSLATE_NOOP("conflict", "Commune"),
    "achievements": QT_TRANSLATE_NOOP("conflict", "Achievements"),
    "good_practice": QT_TRANSLATE_NOOP("conflict", "Good practice"),
    "replication_plan": QT_TRANSLATE_NOOP("conflict", "Replication plan"),
    "target_honour": QT_TRANSLATE_NOOP("conflict", "Proposed honour"),
    "received_on": QT_TRANSLATE_NOOP("conflict", "Received on"),
    "channel": QT_TRANSLATE_NOOP("conflict", "Received by"),
    "note": QT_TRANSLATE_NOOP("conflict", "Note"),
    "year": QT_TRANSLATE_NOOP("conflict", "Year"),
    "field_title": QT_TRANSLATE_NOOP("conflict", "Field title"),
}

#: The clerk's choices.
SAVE_MINE = "save_mine"
KEEP_THEIRS = "keep_theirs"
GO_ON = "go_on"


def differences(mine: NominationInput, theirs: NominationInput) -> list[tuple[str, str, str]]:
    """Return (field, theirs, mine) for every field of the form that differs, as text."""
    rows = []
    for item in fields(NominationInput):
        if item.name not in FIELD_LABELS:
            continue  # status and the import's source key are not the form's to change
        a, b = getattr(theirs, item.name), getattr(mine, item.name)
        if a != b and (a or b):  # None and "" are the same empty field
            rows.append((item.name, _text(a), _text(b)))
    return rows


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(sorted(value))
    return str(value)


def _label(name: str) -> str:
    """Return a form field's label in the UI language."""
    return QCoreApplication.translate("conflict", FIELD_LABELS[name])


@dataclass(frozen=True)
class ConflictRow:
    """One field of the record, as the other clerk saved it and as this clerk has it.

    Attributes:
        label: the field's name in the UI language.
        theirs: the other clerk's value, as text.
        mine: this clerk's value, as text.
    """

    label: str
    theirs: str
    mine: str

    @property
    def differs(self) -> bool:
        """Tell whether the two versions differ in this field."""
        return self.theirs != self.mine


#: Pixels added to a row's wrapped text, above and below it together.
_ROW_AIR = 6
#: The background of a field that differs (a soft yellow, readable in the light and dark themes' text).
_DIFFERS = QColor(255, 236, 179)


class ConflictDialog(QDialog):
    """Both versions of a record, side by side, the differing fields marked, and the three choices.

    A subclass gives the title, the explanation and the rows with :meth:`show_versions`.

    Attributes:
        choice: :data:`SAVE_MINE`, :data:`KEEP_THEIRS` or :data:`GO_ON` (the default: closing
            the dialog saves nothing).
        table: the fields (field, theirs, yours); those that differ in bold on a yellow ground.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = GO_ON
        self._sized = False  # the height is fitted to the rows once, when first shown
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # a long unit name or text wraps instead of being cut off
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their wrapped text, again whenever the columns' widths change: once
        # they have all changed (a row fitted to a passing narrow width kept three lines' height).
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._refit.start())
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(self)
        self.save_mine_button = QPushButton(self.tr("Save my version over theirs"))
        self.keep_theirs_button = QPushButton(self.tr("Keep their version (drop my changes)"))
        self.go_on_button = QPushButton(self.tr("Go on editing"))
        buttons.addButton(self.save_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.go_on_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.go_on_button.setDefault(True)
        self.save_mine_button.clicked.connect(lambda: self._choose(SAVE_MINE))
        self.keep_theirs_button.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        self.go_on_button.clicked.connect(lambda: self._choose(GO_ON))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def show_versions(self, title: str, intro: str, who: str, rows: Sequence[ConflictRow]) -> None:
        """Fill the dialog: its title, what happened, who saved the other version, and the fields."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item of the form"), fill(self.tr("Saved by %1"), who), self.tr("Your version")]
        )
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, values in enumerate(rows):
            for column, text in enumerate((values.label, values.theirs, values.mine)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if values.differs:
                    item.setFont(bold)
                    item.setBackground(QBrush(_DIFFERS))
                    item.setForeground(QBrush(QColor(0, 0, 0)))
                self.table.setItem(row, column, item)
        fit_to_screen(self, QSize(860, 0))  # the width; the height once the rows are laid out
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        """Fit the rows to the columns' final widths, and the dialog's height to the rows."""
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Make each row as tall as its wrapped text; the first time, the dialog as tall as its rows.

        One changed field gives one row and a small dialog, no empty table under the row; many
        long ones give a dialog within the screen whose table scrolls.
        """
        table = self.table
        table.resizeRowsToContents()
        for row in range(table.rowCount()):  # a little air: wrapped lines touched the grid
            table.setRowHeight(row, table.rowHeight(row) + _ROW_AIR)
        if self._sized or not self.isVisible():
            return
        self._sized = True
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        # A scroll area asks for room for a few rows; a table of one row asks for that row only.
        table.setMinimumHeight(
            min(table.height() - table.viewport().height() + rows, table.minimumSizeHint().height())
        )
        wanted = self.height() - table.viewport().height() + rows
        free = available_size(self).height() - 32  # the title bar the window manager adds
        self.resize(self.width(), min(wanted, free, DIALOG_MAX.height()))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != GO_ON else self.reject()


class EditConflictDialog(ConflictDialog):
    """Both versions of a nomination (the fields that differ), side by side, and the three choices."""

    def __init__(
        self, mine: NominationInput, theirs: NominationDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        who = theirs.last_saved_by or self.tr("another clerk")
        self.show_versions(
            self.tr("Someone else saved this nomination"),
            fill(
                self.tr(
                    "While you were editing nomination #%1, %2 saved a change to it. Nothing of yours is "
                    "saved yet. Compare the two versions and choose."
                ),
                theirs.id,
                who,
            ),
            who,
            [
                ConflictRow(_label(name), their_text, my_text)
                for name, their_text, my_text in differences(mine, theirs.data)
            ],
        )
