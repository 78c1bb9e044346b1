"""A sort proxy that compares the Python values of ``SortRole`` (never Qt's truncated ints)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from hagiang_desktop.ui.models.rows_table_model import RowsTableModel, sort_value_key


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
        a = sort_value_key(source.data(left, RowsTableModel.SortRole))
        b = sort_value_key(source.data(right, RowsTableModel.SortRole))
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
