"""Split a unit from a date, choosing where each of its nominations goes (issue #24).

Step 1: the units it becomes (at least two), the first day of them and the decision. Step 2:
one row per nomination the unit registered, each with a successor box that starts empty — the
clerk chooses every one, or sends them all to one unit with "All to" — and Finish is refused
while a row has none. Finish calls the service (``unit_history.split_unit``: the unit closed
the day before, linked to each successor, each nomination moved with a move record and an audit
entry); a refusal is shown in the dialog and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.unit_edits import UnitEditError
from hagiang_desktop.services.unit_history import UnitNomination
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.dialogs.units.common import Lookup
from hagiang_desktop.ui.dialogs.units.texts import edit_error_text
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker, Units

#: Does the split: (successor codes, first day, nomination id → successor code, legal basis)
#: → how many nominations moved. Raises UnitEditError when refused.
Split = Callable[[Sequence[str], date, Mapping[int, str], str], int]

#: The successor column of the nominations' table.
SUCCESSOR_COLUMN = 4


class SplitDialog(QDialog):
    """Split ``unit`` into successors from a date, and send each nomination to one of them.

    Args:
        unit: the unit split.
        units: the units offered as successors (or a function reading them in a worker).
        nominations: reads the unit's nominations (step 2 reads them when shown).
        split: does the split (see :data:`Split`).
        field_titles: the plan's field titles by code.
        day: the first day the step proposes (the directory's day).
        lookup: finds a unit by code.
    """

    def __init__(
        self,
        unit: UnitRow,
        units: Units,
        nominations: Callable[[], list[UnitNomination]],
        split: Split,
        field_titles: Mapping[str, str],
        day: date,
        parent: QWidget | None = None,
        *,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._unit, self._read, self._split, self._fields = unit, nominations, split, field_titles
        self._lookup = lookup
        self.moved: int | None = None  # how many nominations moved, once done
        self.setObjectName("splitDialog")
        self.setWindowTitle(fill(self.tr("Split %1 from a date"), unit.name))
        fit_to_screen(self, QSize(900, 560))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._successors_page(units))
        self.pages.addWidget(self._nominations_page())
        self.error_label = QLabel(self, objectName="splitError", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020")
        self.back_button = QPushButton(self.tr("< &Back"), self, objectName="splitBack")
        self.next_button = QPushButton(self.tr("&Next >"), self, objectName="splitNext")
        self.finish_button = QPushButton(self.tr("&Split"), self, objectName="splitFinish")
        cancel = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button.clicked.connect(self._next)
        self.finish_button.clicked.connect(self.finish)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, cancel):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.set_day(day)
        self._show_page(0)

    # -- step 1 ---------------------------------------------------------------------------------
    def _successors_page(self, units: Units) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            fill(
                self.tr(
                    "1. The units %1 becomes. It is closed the day before the date below and linked to "
                    "each; the next step sends each of its nominations to one of them. Add a new unit "
                    "first (Add…, existing from that date) if it is not in the directory yet."
                ),
                self._unit.name,
            ),
            page,
            wordWrap=True,
        )
        self.picker = UnitPicker(
            units, page, allow_empty=True, lookup=self._lookup, objectName="splitSuccessorPicker"
        )
        self.picker.load_in_background()
        add = QPushButton(self.tr("&Add successor"), page, objectName="splitAddSuccessor")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_successor)
        self.successor_list = QListWidget(page, objectName="splitSuccessors")
        self.successor_list.setMaximumHeight(140)
        remove = QPushButton(self.tr("&Remove"), page, objectName="splitRemoveSuccessor")
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.successor_list.takeItem(self.successor_list.currentRow()))
        self.day_edit = QDateEdit(page, objectName="splitDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.basis_edit = QLineEdit(page, objectName="splitBasis")
        self.basis_edit.setPlaceholderText(self.tr("e.g. Nghị quyết 1267/NQ-UBTVQH15"))
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(add)
        form = QFormLayout()
        # A layout has no buddy: the label gets one, or its "&" would show.
        form.addRow(QLabel(self.tr("&Successor:"), page, buddy=self.picker), pick)
        form.addRow(self.tr("Successors:"), self.successor_list)
        form.addRow("", remove)
        form.addRow(self.tr("&First day of the successors:"), self.day_edit)
        form.addRow(self.tr("Legal &basis:"), self.basis_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def set_day(self, day: date) -> None:
        """Propose ``day`` as the successors' first day."""
        self.day_edit.setDate(QDate(day))

    def add_successor(self, code: str) -> bool:
        """Add the unit ``code`` to the successors (as the Add button does with the picker's unit)."""
        self.picker.set_code(code)
        return self._add_successor()

    def _add_successor(self) -> bool:
        code = self.picker.code()
        if code is None:
            self.error_label.setText(self.tr("Choose the successor from the list."))
            return False
        if code == self._unit.code:
            self.error_label.setText(self.tr("A unit cannot succeed itself."))
            return False
        if code in self.successor_codes():
            return True
        unit = self._lookup(code) if self._lookup is not None else None
        name = unit.name if unit is not None else self.picker.currentText()
        item = QListWidgetItem(f"{name} ({code})", self.successor_list)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.error_label.clear()
        self.picker.set_code(None)
        return True

    def successor_codes(self) -> list[str]:
        """Return the codes of the successors, in the order added."""
        return [
            self.successor_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.successor_list.count())
        ]

    def _next(self) -> None:
        if len(self.successor_codes()) < 2:
            self.error_label.setText(
                self.tr(
                    "A split has at least two successors. A unit that becomes one other is a merge "
                    "(History links…)."
                )
            )
            return
        self._fill_nominations()
        self._show_page(1)

    # -- step 2 ---------------------------------------------------------------------------------
    def _nominations_page(self) -> QWidget:
        page = QWidget(self)
        self.step2_label = QLabel(page, wordWrap=True, objectName="splitStep2")
        self.all_combo = QComboBox(page, objectName="splitAllTo")
        self.all_button = QPushButton(self.tr("Send &all there"), page, objectName="splitAllButton")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self.send_all_to(self.all_combo.currentData()))
        self.table = QTableWidget(0, SUCCESSOR_COLUMN + 1, page, objectName="splitNominations")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nomination"), self.tr("Field"), self.tr("Year"), self.tr("Status"), self.tr("Goes to")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 260)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUCCESSOR_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(SUCCESSOR_COLUMN, 240)
        all_to = QHBoxLayout()
        all_to.addWidget(QLabel(self.tr("All &to:"), page, buddy=self.all_combo))
        all_to.addWidget(self.all_combo, 1)
        all_to.addWidget(self.all_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.step2_label)
        layout.addLayout(all_to)
        layout.addWidget(self.table, 1)
        return page

    def _fill_nominations(self) -> None:
        codes = self.successor_codes()
        labels = [self.successor_list.item(i).text() for i in range(self.successor_list.count())]
        rows = self._read()
        day = self.day_edit.date().toPython()
        self.step2_label.setText(
            fill(
                self.tr(
                    "2. From %1, %2 is closed. Choose where each of its %3 nomination(s) goes; a row "
                    "left empty stops the split."
                ),
                format_date_short(day),
                self._unit.name,
                len(rows),
            )
        )
        kept = self.choices()
        self.all_combo.clear()
        for code, label in zip(codes, labels, strict=True):
            self.all_combo.addItem(label, code)
        self.table.setRowCount(len(rows))
        for row, nomination in enumerate(rows):
            name = QTableWidgetItem(nomination.name)
            name.setData(Qt.ItemDataRole.UserRole, nomination.id)
            self.table.setItem(row, 0, name)
            field = self._fields.get(nomination.field_code, "")
            self.table.setItem(row, 1, QTableWidgetItem(f"{nomination.field_code} {field}".strip()))
            self.table.setItem(row, 2, QTableWidgetItem(str(nomination.year)))
            self.table.setItem(row, 3, QTableWidgetItem(status_label(nomination.status)))
            combo = QComboBox(self.table, objectName=f"successor_{nomination.id}")
            combo.addItem(self.tr("— choose —"), None)
            for code, label in zip(codes, labels, strict=True):
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(kept.get(nomination.id))))
            combo.currentIndexChanged.connect(lambda _i: self.error_label.clear())
            self.table.setCellWidget(row, SUCCESSOR_COLUMN, combo)
        self.all_button.setEnabled(bool(rows))

    def successor_combo(self, row: int) -> QComboBox:
        """Return the successor box of the table's ``row``."""
        widget = self.table.cellWidget(row, SUCCESSOR_COLUMN)
        assert isinstance(widget, QComboBox)
        return widget

    def send_all_to(self, code: str | None) -> None:
        """Choose ``code`` as the successor of every nomination."""
        if code is None:
            return
        for row in range(self.table.rowCount()):
            combo = self.successor_combo(row)
            combo.setCurrentIndex(combo.findData(code))

    def choices(self) -> dict[int, str]:
        """Return nomination id → chosen successor code, for the rows that have one."""
        chosen: dict[int, str] = {}
        for row in range(self.table.rowCount()):
            code = self.successor_combo(row).currentData()
            if code is not None:
                chosen[self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)] = code
        return chosen

    def finish(self) -> bool:
        """Split, unless a nomination has no successor (then say which and stay).

        Returns:
            True when the split was done (the dialog is then accepted).
        """
        empty = [
            row for row in range(self.table.rowCount()) if self.successor_combo(row).currentData() is None
        ]
        if empty:
            self.error_label.setText(
                fill(
                    self.tr("Choose where each nomination goes: %1 of %2 have no successor yet (first: %3)."),
                    len(empty),
                    self.table.rowCount(),
                    self.table.item(empty[0], 0).text(),
                )
            )
            self.table.selectRow(empty[0])
            self.successor_combo(empty[0]).setFocus()
            return False
        try:
            self.moved = self._split(
                self.successor_codes(),
                self.day_edit.date().toPython(),
                self.choices(),
                self.basis_edit.text(),
            )
        except UnitEditError as error:
            self.error_label.setText(edit_error_text(error))
            return False
        self.accept()
        return True

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.finish_button.setVisible(index == 1)
        self.error_label.clear()
