"""The nominations list as a windowed table model.

Filtering, sorting and counting happen in SQL (see :mod:`hagiang_desktop.services.nominations`);
this model keeps only the pages of rows the view has asked for, so 100,000 nominations cost what
one screenful costs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hagiang_desktop.services.nominations import NominationFilter, NominationRow
from hagiang_desktop.ui.models.headers import ColumnTitles

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
#: Pages kept at most (5,000 rows): scrolling through the province's 100,000 rows does not keep
#: them all in memory.
MAX_PAGES = 25
INELIGIBLE_COLOUR = "#a61b1b"
SUPPLEMENT_COLOUR = "#8a5a00"
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class NominationTableModel(ColumnTitles, QAbstractTableModel):
    """Rows of nominations, fetched a page at a time; only the last :data:`MAX_PAGES` are kept.

    Args:
        fetch: ``fetch(filter, sort, descending, offset, limit)`` returns rows.
        count: ``count(filter)`` returns the number of matching rows.
        headers: column titles, in the order of the ``COL_*`` constants.
        formatters: label functions for kinds, statuses and yes/no.
    """

    COL_NAME = 0
    COL_KIND = 1
    COL_FIELD = 2
    COL_UNIT = 3
    COL_STATUS = 4
    COL_ELIGIBLE = 5
    COL_SUPPLEMENT = 6
    COL_RECEIVED = 7
    #: The sort key (services.nominations.SORT_COLUMNS) of each column.
    SORT_KEYS = ("name", "kind", "field", "unit", "status", "eligible", "supplement", "received")
    RowRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        fetch: Callable[[NominationFilter, str, bool, int, int], Sequence[NominationRow]],
        count: Callable[[NominationFilter], int],
        headers: Sequence[str],
        formatters: dict[str, Callable[[Any], str]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._count = count
        self._headers = list(headers)
        self._fmt = formatters
        self._filter = NominationFilter()
        self._sort = "name"
        self._descending = False
        self._total = 0
        self._pages: dict[int, Sequence[NominationRow]] = {}

    # -- queries ----------------------------------------------------------------------------
    @property
    def current_filter(self) -> NominationFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: NominationFilter) -> None:
        """Apply a new filter (re-counts in SQL)."""
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Drop the cached pages and count again (after a save or a bulk change)."""
        self._reset(recount=True)

    def _reset(self, *, recount: bool) -> None:
        self.beginResetModel()
        self._pages.clear()
        if recount:
            self._total = self._count(self._filter)
        self.endResetModel()

    def row_at(self, row: int) -> NominationRow | None:
        """Return the nomination shown at ``row``, fetching its page if needed."""
        if not 0 <= row < self._total:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._pages[page] = self._fetch(
                self._filter, self._sort, self._descending, page * PAGE_SIZE, PAGE_SIZE
            )
            if len(self._pages) > MAX_PAGES:
                # The page fetched first goes (and is fetched again if it is shown again).
                del self._pages[next(iter(self._pages))]
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def span_reader(self) -> Callable[[int, int], Sequence[NominationRow]]:
        """Return ``read(offset, limit)`` for the rows of the current filter and order.

        It touches no Qt state, so a worker may call it (a selection of thousands of rows is
        read there, not page by page on the UI thread).
        """
        flt, sort, descending, fetch = self._filter, self._sort, self._descending, self._fetch
        return lambda offset, limit: fetch(flt, sort, descending, offset, limit)

    def row_of_id(self, nomination_id: int) -> int | None:
        """Return the row showing a nomination among the pages already loaded, or None."""
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == nomination_id:
                    return page * PAGE_SIZE + offset
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of matching nominations (Qt override)."""
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns (Qt override)."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's data (Qt override)."""
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        # Ineligible rows are flagged by colour and by text ("✘ No" in the Eligible column), never
        # by colour alone; the tooltip says why on every cell of the row.
        if role == Qt.ItemDataRole.ToolTipRole and not item.eligible:
            return self._fmt["not_eligible_tip"](item)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_FIELD and item.field_title:
            return f"Lĩnh vực khác: {item.field_title}"  # the open field's own title, in full
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.eligible and column in (self.COL_NAME, self.COL_ELIGIBLE):
                return QBrush(QColor(INELIGIBLE_COLOUR))
            if item.is_supplement and column == self.COL_SUPPLEMENT:
                return QBrush(QColor(SUPPLEMENT_COLOUR))
        if role == self.RowRole:
            return item
        if role == self.IdRole:
            return item.id
        return None

    def _display(self, item: NominationRow, column: int) -> str:
        fmt = self._fmt
        if column == self.COL_NAME:
            return item.name
        if column == self.COL_KIND:
            return fmt["kind"](item.kind)
        if column == self.COL_FIELD:
            # A model of the plan's open field shows its own field's name ("khac: Tư pháp").
            return f"{item.field_code}: {item.field_title}" if item.field_title else item.field_code
        if column == self.COL_UNIT:
            return item.unit_name
        if column == self.COL_STATUS:
            return fmt["status"](item.status)
        if column == self.COL_ELIGIBLE:
            return fmt["eligible"](item.eligible)
        if column == self.COL_SUPPLEMENT:
            return fmt["supplement"](item.is_supplement)
        if column == self.COL_RECEIVED:
            return fmt["date"](item.received_on)
        return ""

    def column_titles(self) -> Sequence[str]:
        """Return the column titles (the header, see :class:`ColumnTitles`)."""
        return self._headers

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key (Qt override).

        The order in force asks for nothing: the view calls this when sorting is enabled and
        again for ``sortByColumn``, and each call would count and fetch the rows once more.
        Another order shows the same rows: the count stands, only the pages are fetched again.
        """
        key, descending = self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self._reset(recount=False)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the item flags (Qt override)."""
        # Qt asks this for every cell when the clerk selects all (800,000 calls on the province's
        # list): return prebuilt values instead of building an enum each time.
        return _CELL_FLAGS if index.isValid() else _NO_FLAGS
