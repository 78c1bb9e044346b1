"""A table model over a list of plain Python rows, its columns described as data.

Used for the dashboard's tables: each column names its header, how a row is shown, how it sorts
(a Python value, so Vietnamese text sorts by the Vietnamese key) and optionally a colour — always
beside a text, never instead of one.

The model sorts and filters its own list (:meth:`RowsTableModel.sort`, :meth:`RowsTableModel.set_filter`):
one key per row and one ``list.sort``, where a ``QSortFilterProxyModel`` would call back into
Python for every comparison (232,000 calls for the province's dashboard, issue #11).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.ui.models.headers import ColumnTitles

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


def sort_value_key(value: Any) -> tuple[int, Any]:
    """Return a key that orders sort values: empty first, then text (Vietnamese order), then the rest.

    Args:
        value: a column's sort value (text, number, date, list, None).

    Returns:
        A tuple comparable with the keys of the other values of the same column.
    """
    if isinstance(value, str):
        return (1, sort_key(value))
    if value is None:
        return (0, 0)
    return (2, value)


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: header, display text, sort value, optional background colour, alignment, tooltip."""

    header: str
    display: Callable[[RowT], str]
    sort_value: Callable[[RowT], Any] | None = None
    background: Callable[[RowT], str | None] | None = None
    numeric: bool = False
    tooltip: Callable[[RowT], str | None] | None = None


class RowsTableModel(ColumnTitles, QAbstractTableModel, Generic[RowT]):
    """Show a list of rows through column descriptions.

    Args:
        columns: the columns in display order.
    """

    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[RowT] = []  # every row, in the current sort order
        self._rows: list[RowT] = []  # those the filter keeps: what the view shows
        self._accept: Callable[[RowT], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Replace every row (kept in the current sort order, through the current filter)."""
        self.beginResetModel()
        self._all = self._sorted(list(rows))
        self._rows = self._kept()
        self.endResetModel()

    def set_filter(self, accept: Callable[[RowT], bool] | None) -> None:
        """Show only the rows ``accept`` keeps (None: every row)."""
        self.beginResetModel()
        self._accept = accept
        self._rows = self._kept()
        self.endResetModel()

    def rows(self) -> list[RowT]:
        """Return the rows shown, in model order."""
        return list(self._rows)

    def all_rows(self) -> list[RowT]:
        """Return every row, the filtered-out ones included, in model order."""
        return list(self._all)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column's sort value (Qt override; the view calls it on a header click).

        Equal values keep their previous order, so sorting by one column then another nests them.
        """
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        positions = self._order(self._rows)  # the same stable sort: the filter keeps what it kept
        self._rows = [self._rows[i] for i in positions]
        # Without a filter the shown rows are every row: sort (and compute the keys) once.
        self._all = list(self._rows) if self._accept is None else self._sorted(self._all)
        # Persistent indexes (the selection, the current cell) follow their rows.
        new_row = {old: new for new, old in enumerate(positions)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(new_row[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[RowT]) -> list[RowT]:
        return [rows[i] for i in self._order(rows)]

    def _order(self, rows: list[RowT]) -> list[int]:
        """Return the positions of ``rows`` in the current sort order (unchanged when unsorted)."""
        if self._sort is None:
            return list(range(len(rows)))
        column, order = self._columns[self._sort[0]], self._sort[1]
        value = column.sort_value or column.display
        descending = order == Qt.SortOrder.DescendingOrder
        keys = [sort_value_key(value(row)) for row in rows]
        try:
            return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
        except TypeError:  # values of different types in one column: compare their texts
            texts = [(rank, str(key)) for rank, key in keys]
            return sorted(range(len(rows)), key=texts.__getitem__, reverse=descending)

    def _kept(self) -> list[RowT]:
        accept = self._accept
        return list(self._all) if accept is None else [row for row in self._all if accept(row)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows (Qt override)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns (Qt override)."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's data (Qt override)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == self.SortRole:
            return column.sort_value(row) if column.sort_value else column.display(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            colour = column.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return row
        return None

    def column_titles(self) -> Sequence[str]:
        """Return the column titles (the header, see :class:`ColumnTitles`)."""
        return [column.header for column in self._columns]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the item flags (Qt override)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
