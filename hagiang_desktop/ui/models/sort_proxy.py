"""A sort proxy that compares the Python values of ``SortRole`` (never Qt's truncated ints)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.ui.models.rows_table_model import RowsTableModel


def _key(value: Any) -> Any:
    if isinstance(value, str):
        return (1, sort_key(value))
    if value is None:
        return (0, 0)
    return (2, value)


class PythonSortProxy(QSortFilterProxyModel):
    """Sort by ``RowsTableModel.SortRole`` with Vietnamese order for text."""

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:  # noqa: N802
        """Compare two cells by their Python sort values (Qt override)."""
        # Ask the Python model directly, never through QModelIndex.data(): PySide6 6.12 on
        # Python 3.11 drops a reference to None each time that C++ path returns "no data", and
        # sorting a few thousand empty cells deallocates None and aborts the program (#11).
        source = self.sourceModel()
        a = _key(source.data(left, RowsTableModel.SortRole))
        b = _key(source.data(right, RowsTableModel.SortRole))
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
