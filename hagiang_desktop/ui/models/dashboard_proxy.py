"""The dashboard's unit table filter: by state (late, not received, short…) and by folded text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from hagiang_desktop.core.timeliness import UnitFilter, matches
from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services.dashboard import DashboardRow
from hagiang_desktop.ui.models.rows_table_model import RowsTableModel
from hagiang_desktop.ui.models.sort_proxy import PythonSortProxy


class DashboardFilterProxy(PythonSortProxy):
    """Sort by Python values and keep the rows that pass the state filter and the search text.

    The text matches the unit's name, code or contact person whatever the tone marks and case
    ("lung cu" finds "Xã Lũng Cú").
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = UnitFilter.ALL
        self._text = ""
        self._kind: str | None = None

    def set_state(self, state: UnitFilter) -> None:
        """Show only the units of one state (``UnitFilter.ALL`` for every unit)."""
        self.beginFilterChange()
        self._state = UnitFilter(state)
        self.endFilterChange()

    def set_kind(self, kind: str | None) -> None:
        """Show only the units of one kind (None for every kind): the province looks at districts."""
        self.beginFilterChange()
        self._kind = kind or None
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        """Show only the units whose name, code or contact contains ``text`` (folded)."""
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        """Apply the state and text filters (Qt override)."""
        model = self.sourceModel()
        row: DashboardRow | None = model.index(source_row, 0, source_parent).data(RowsTableModel.RowRole)
        if row is None:
            return False
        if not matches(row.verdict, self._state):
            return False
        if self._kind is not None and str(row.kind) != self._kind:
            return False
        if self._text:
            haystack = fold(" ".join(filter(None, (row.name, row.code, row.contact_person))))
            return self._text in haystack
        return True
