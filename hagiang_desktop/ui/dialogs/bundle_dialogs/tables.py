"""Tables and button boxes the bundle dialogs share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.ui.models.rows_table_model import RowsTableModel, RowT
from hagiang_desktop.ui.models.sort_proxy import PythonSortProxy


def close_box(parent: QDialog, *actions: QPushButton) -> QDialogButtonBox:
    """Build a Close button box with ``actions`` beside it; Close rejects the dialog."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent)
    for button in actions:
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    box.rejected.connect(parent.reject)
    return box


def read_only_table(
    model: RowsTableModel[Any], parent: QWidget, *, stretch: int = 0, sort: int | None = 0
) -> QTableView:
    """Build a read-only, sortable table; column ``stretch`` takes the spare width.

    ``sort`` is the column sorted at open; None keeps the rows' own order (a province's
    100,000 rows sorted through the proxy's Python comparisons held the window 16 s).
    """
    proxy = PythonSortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(100)  # widths from the first rows, not from every row
    if sort is None:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    if sort is not None:
        view.sortByColumn(sort, Qt.SortOrder.AscendingOrder)
    return view


def selected_row(view: QTableView, model: RowsTableModel[RowT]) -> RowT | None:
    """Return the row of ``model`` selected in ``view`` (through its sort proxy), if any."""
    indexes = view.selectionModel().selectedRows()
    if not indexes:
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return model.rows()[proxy.mapToSource(indexes[0]).row()]


def day_text(value: object) -> str:
    """Format a day as dd/mm/yyyy, or nothing when there is none."""
    return format_date_short(value) if value else ""  # type: ignore[arg-type]
