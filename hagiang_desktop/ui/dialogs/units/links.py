"""A unit's predecessors and successors (merge, split, rename) with their legal basis."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.unit_edits import LINK_KINDS, UnitEditError
from hagiang_desktop.services.units import LinkRow, UnitRow
from hagiang_desktop.ui.dialogs.units.common import Lookup, date_edit, unit_picker, without
from hagiang_desktop.ui.dialogs.units.texts import edit_error_text, link_kind_label
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.widgets.unit_picker import Units


class LinksDialog(QDialog):
    """Show and edit a unit's predecessors and successors (merge, split, rename) with legal basis.

    Args:
        unit: the unit.
        units: the units it may be linked with (or a function that reads them); itself is left out.
        load: returns the unit's current links.
        add: adds a link (predecessor code, successor code, kind, legal basis, legal date, and
            whether it is a merge from that date that moves the nominations).
        remove: removes a link by id.
        lookup: finds a unit by code (lets a function given as ``units`` be read in a worker).
    """

    def __init__(
        self,
        unit: UnitRow,
        units: Units,
        load: Callable[[], list[LinkRow]],
        add: Callable[[str, str, str, str, date, bool], object],
        remove: Callable[[int], object],
        parent: QWidget | None = None,
        *,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._unit, self._load, self._add, self._remove = unit, load, add, remove
        self.setWindowTitle(fill(self.tr("Predecessors and successors of %1"), unit.name))
        fit_to_screen(self, QSize(820, 420))
        self.model: RowsTableModel[LinkRow] = RowsTableModel(
            [
                Column(self.tr("Predecessor"), lambda r: f"{r.predecessor_name} ({r.predecessor_code})"),
                Column(self.tr("Successor"), lambda r: f"{r.successor_name} ({r.successor_code})"),
                Column(self.tr("Change"), lambda r: link_kind_label(r.kind)),
                Column(self.tr("Legal basis"), lambda r: r.legal_basis or ""),
                Column(self.tr("Date"), lambda r: format_date_short(r.legal_date) if r.legal_date else ""),
            ],
            self,
        )
        self.table = QTableView(self, objectName="linkTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton(self.tr("&Remove link"), self)
        self.remove_button.clicked.connect(self._remove_selected)

        self.direction = QComboBox(self, objectName="linkDirection")
        self.direction.addItem(self.tr("is succeeded by"), "successor")
        self.direction.addItem(self.tr("succeeds"), "predecessor")
        self.other = unit_picker(self, without(units, unit.code), lookup, "linkOther", allow_empty=False)
        self.kind = QComboBox(self, objectName="linkKind")
        for kind in LINK_KINDS:
            self.kind.addItem(link_kind_label(kind), kind)
        self.basis = QLineEdit(self, objectName="linkBasis")
        self.basis.setPlaceholderText(self.tr("e.g. Nghị quyết 1267/NQ-UBTVQH15"))
        self.basis_date = date_edit(self, None)
        # A merge from the date (issue #24): the old unit closes the day before and its
        # nominations move to the successor, instead of a link that moves nothing.
        self.move_check = QCheckBox(
            self.tr("Merge from this date: close the predecessor the day before and move its nominations"),
            self,
            objectName="linkMoves",
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.add_button = QPushButton(self.tr("&Add link"), self)
        self.add_button.clicked.connect(self._add_link)
        self.error_label = QLabel(self, wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("This unit:"), self.direction)
        form.addRow(self.tr("&Other unit:"), self.other)
        form.addRow(self.tr("&Change:"), self.kind)
        form.addRow(self.tr("Legal &basis:"), self.basis)
        form.addRow(self.tr("Document &date:"), self.basis_date)
        form.addRow("", self.move_check)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """Read the links again."""
        self.model.set_rows(self._load())

    def _kind_changed(self) -> None:
        merge = self.kind.currentData() == "merge"
        self.move_check.setEnabled(merge)
        if not merge:
            self.move_check.setChecked(False)

    def _add_link(self) -> None:
        other = self.other.code()
        if other is None:
            self.error_label.setText(self.tr("Choose the other unit from the list."))
            return
        pred, succ = (
            (self._unit.code, other)
            if self.direction.currentData() == "successor"
            else (other, self._unit.code)
        )
        try:
            self._add(
                pred,
                succ,
                self.kind.currentData(),
                self.basis.text(),
                cast(date, self.basis_date.date().toPython()),  # typed object in the stubs
                self.move_check.isChecked(),
            )
        except UnitEditError as error:
            self.error_label.setText(edit_error_text(error))
            return
        self.error_label.clear()
        self.basis.clear()
        self.reload()

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._remove(self.model.rows()[rows[0].row()].id)
            self.reload()
