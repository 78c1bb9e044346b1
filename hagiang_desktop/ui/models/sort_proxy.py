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
        a = _key(left.data(RowsTableModel.SortRole))
        b = _key(right.data(RowsTableModel.SortRole))
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
