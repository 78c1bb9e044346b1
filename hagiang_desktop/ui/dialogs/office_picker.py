"""Choose the office this installation works for, by folded search over the directory.

Shown on first run (no office chosen yet) and from the Settings menu. The choice scopes the
nomination list, the dashboard and the exports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.rows_table_model import Column, Index, RowsTableModel

#: Role holding each row's folded "name code parent" text, which the search filters on.
_FOLD_ROLE = Qt.ItemDataRole.UserRole + 20


class _FoldedModel(RowsTableModel[UnitRow]):
    """Units with a folded search text per row."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's data, plus the folded text for the search (Qt override)."""
        if role == _FOLD_ROLE and index.isValid():
            unit = self.rows_ref()[index.row()]
            return fold(f"{unit.name} {unit.code} {unit.short_name or ''}")
        return super().data(index, role)

    def rows_ref(self) -> list[UnitRow]:
        """Return the rows without copying (the filter asks for each row)."""
        return self._rows


class OfficePickerDialog(QDialog):
    """Pick the office: type part of a name ("noi vu dong van"), choose, OK.

    Args:
        units: the units offered (the open ones), in display order.
        current_code: the office chosen now, selected at the start.
    """

    def __init__(
        self, units: Sequence[UnitRow], current_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the office"))
        fit_to_screen(self, QSize(720, 520))
        intro = QLabel(
            self.tr(
                "Which unit does this computer work for? For a district's Interior office choose "
                "“Phòng Nội vụ huyện …”. The choice limits the nomination list, the dashboard and the "
                "exports to the units it covers; it can be changed later in Settings."
            ),
            self,
            wordWrap=True,
        )
        self.search = QLineEdit(self, objectName="officeSearch")
        self.search.setPlaceholderText(self.tr("Type part of the name, e.g. noi vu dong van"))
        self.search.setClearButtonEnabled(True)
        self.model = _FoldedModel(
            [
                Column(self.tr("Unit"), lambda u: u.name),
                Column(self.tr("Code"), lambda u: u.code),
                Column(self.tr("Unit kind"), lambda u: unit_kind_label(u.kind)),
            ],
            self,
        )
        self.model.set_rows(units)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(_FOLD_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView(self, objectName="officeTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        # The choice is named under the list, so it is never an invisible first match (#17).
        self.chosen_label = QLabel(self, objectName="chosenOffice")
        self.chosen_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        self.select_code(current_code)
        self._update_ok()

    def _filter(self, text: str) -> None:
        # Folded words, each anywhere: "noi vu dong van" finds "Phòng Nội vụ huyện Đồng Văn".
        words = fold(text).split()
        pattern = "".join(f"(?=.*{re.escape(w)})" for w in words)
        self.proxy.setFilterRegularExpression(pattern)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        rows = self.table.selectionModel().selectedRows()
        if rows:  # the choice stays in view when the search is cleared (#17)
            self.table.scrollTo(rows[0], QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.code() is not None)
        rows = self.table.selectionModel().selectedRows()
        unit = rows[0].data(RowsTableModel.RowRole) if rows else None
        self.chosen_label.setText(
            fill(self.tr("Chosen: <b>%1</b> (%2)"), unit.name, unit.code)
            if unit is not None
            else self.tr("No unit chosen yet: type part of its name and pick it in the list.")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc clears the search first; it never hides the list inside the wizard (Qt override)."""
        if event.key() == Qt.Key.Key_Escape and (self.search.text() or not self.isWindow()):
            self.search.clear()
            self.search.setFocus()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isWindow():
            event.ignore()  # to the wizard: Enter is its Next (QDialog would swallow it)
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Close as a dialog; embedded in the wizard there is nothing to close (Qt override)."""
        if self.isWindow():
            super().done(result)

    def select_code(self, code: str | None) -> None:
        """Select the unit with this code, if shown."""
        for row in range(self.proxy.rowCount()):
            unit = self.proxy.index(row, 0).data(RowsTableModel.RowRole)
            if unit.code == code:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def code(self) -> str | None:
        """Return the chosen unit's code, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(RowsTableModel.RowRole).code)
