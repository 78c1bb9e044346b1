"""The unit directory as a lazy Qt tree model.

Children are read from the services the first time a node is expanded (``fetchMore``), so a
directory of 20,000 units opens instantly. In search mode the model holds only the matching
units and their ancestors (so that a match is never shown without the path to it); in list mode
it holds a flat list. Units closed before the day shown are greyed and in italics.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.models.headers import ColumnTitles

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    unit: UnitRow | None  # None for the invisible root
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    fetched: bool = False
    has_children: bool = True
    position: int = 0  # the row under its parent, kept so that parent() costs nothing

    def row(self) -> int:
        return self.position

    def set_children(self, children: list[_Node]) -> None:
        for position, child in enumerate(children):
            child.position = position
        self.children = children


class UnitTreeModel(ColumnTitles, QAbstractItemModel):
    """A lazy tree of units.

    Args:
        fetch_children: returns the children of a unit id (None for the roots), in display order.
        extra_columns: (header, value function) pairs shown after name and code.

    Signals: none beyond QAbstractItemModel's.
    """

    COL_NAME = 0
    COL_CODE = 1
    COL_KIND = 2
    UnitRole = Qt.ItemDataRole.UserRole + 1
    #: Colour of a unit that no longer exists on the day shown (grey, like a disabled row).
    CLOSED_COLOUR = "#7a7a7a"

    def __init__(
        self,
        fetch_children: Callable[[int | None], Sequence[UnitRow]],
        headers: Sequence[str],
        kind_label: Callable[[str], str],
        extra_columns: Sequence[Callable[[UnitRow], Any]] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_children = fetch_children
        self._headers = list(headers)
        self._kind_label = kind_label
        self._extra = list(extra_columns)
        self._today: date | None = None
        self._root = _Node(unit=None, parent=None)
        self._load(self._root)  # the roots are few: read them at once

    def set_day(self, day: date | None) -> None:
        """Grey the units that do not exist on ``day`` (None: grey nothing)."""
        self._today = day
        if self._root.children:
            last = self.index(len(self._root.children) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Forget every loaded node and start again from the roots."""
        self.beginResetModel()
        self._root = _Node(unit=None, parent=None)
        self._load(self._root)
        self.endResetModel()

    def show_subset(self, rows: Sequence[UnitRow]) -> None:
        """Show only ``rows`` (matches plus their ancestors), as a fully loaded tree.

        Args:
            rows: units in display order; every parent of a unit must be in ``rows`` or be a root.
        """
        self.beginResetModel()
        root = _Node(unit=None, parent=None, fetched=True)
        nodes: dict[int, _Node] = {}
        present = {r.id for r in rows}
        for unit in rows:
            nodes[unit.id] = _Node(unit=unit, parent=None, fetched=True, has_children=False)
        for unit in rows:
            parent = nodes.get(unit.parent_id) if unit.parent_id in present else None
            node = nodes[unit.id]
            node.parent = parent or root
            node.position = len(node.parent.children)
            node.parent.children.append(node)
            if parent is not None:
                parent.has_children = True
        self._root = root
        self.endResetModel()

    def show_flat(self, rows: Sequence[UnitRow]) -> None:
        """Show ``rows`` as a flat list (the list view), in the order given."""
        self.beginResetModel()
        root = _Node(unit=None, parent=None, fetched=True)
        root.set_children([_Node(unit=u, parent=root, fetched=True, has_children=False) for u in rows])
        self._root = root
        self.endResetModel()

    def refresh_columns(self) -> None:
        """Tell the views that every loaded row's extra columns may show other figures."""
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def index_of(self, unit_id: int) -> QModelIndex:
        """Return the index of a loaded unit, or an invalid index when it is not loaded."""
        stack = [self._root]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.unit is not None and child.unit.id == unit_id:
                    return self.createIndex(child.position, 0, child)
                stack.append(child)
        return QModelIndex()

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def _load(self, node: _Node) -> None:
        node.fetched = True
        unit_id = node.unit.id if node.unit else None
        node.set_children(
            [
                _Node(unit=u, parent=node, has_children=u.child_count > 0)
                for u in self._fetch_children(unit_id)
            ]
        )
        node.has_children = bool(node.children) or node.unit is None

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of a child (Qt override)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        if not node.fetched:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the parent of an index (Qt override)."""
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of loaded children (Qt override)."""
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node.fetched else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns (Qt override)."""
        return len(self._headers)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Tell whether a node can be expanded, without loading it (Qt override)."""
        if parent.column() > 0:
            return False
        node = self._node(parent)
        if node.fetched:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """Tell whether a node's children are still to be read (Qt override)."""
        node = self._node(parent)
        return not node.fetched and node.has_children

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Read a node's children (Qt override)."""
        node = self._node(parent)
        if node.fetched:
            return
        unit_id = node.unit.id if node.unit else None
        children = list(self._fetch_children(unit_id))
        if not children:
            node.fetched = True
            node.has_children = False
            return
        self.beginInsertRows(parent, 0, len(children) - 1)
        node.fetched = True
        node.set_children([_Node(unit=u, parent=node, has_children=u.child_count > 0) for u in children])
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's data (Qt override)."""
        if not index.isValid():
            return None
        unit = self._node(index).unit
        assert unit is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return unit.name
            if column == self.COL_CODE:
                return unit.code
            if column == self.COL_KIND:
                return self._kind_label(unit.kind)
            return self._extra[column - 3](unit)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return f"{unit.name} ({unit.code})"
        if role == self.UnitRole:
            return unit
        closed = self._today is not None and not unit.is_valid_on(self._today)
        if role == Qt.ItemDataRole.ForegroundRole and closed:
            return QBrush(QColor(self.CLOSED_COLOUR))
        if role == Qt.ItemDataRole.FontRole and closed:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def column_titles(self) -> Sequence[str]:
        """Return the column titles (the header, see :class:`ColumnTitles`)."""
        return self._headers

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the item flags (Qt override)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
