"""The unit directory tab: a lazy tree of units with folded search."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from hagiang_desktop.services import units
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.unit_tree_model import UnitTreeModel

#: Wait this long after the last keystroke before searching (typing "hoang su phi" is one search).
SEARCH_DELAY_MS = 150


class UnitDirectoryTab(QWidget):
    """Browse and search the unit directory.

    Args:
        workspace: the open database.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search units, e.g. dong van"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setObjectName("unitSearch")
        self.count_label = QLabel(self)
        self.model = UnitTreeModel(
            fetch_children=lambda unit_id: units.children(self._ws, unit_id),
            headers=[self.tr("Unit"), self.tr("Code"), self.tr("Kind")],
            kind_label=unit_kind_label,
            parent=self,
        )
        self.tree = QTreeView(self)
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Search:"), self, buddy=self.search_edit))
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self._expand_roots()

    def _expand_roots(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def apply_search(self) -> None:
        """Filter the tree by the search box now (the box waits a moment after each keystroke)."""
        text = self.search_edit.text().strip()
        if not text:
            self.model.reload()
            self._expand_roots()
            self.count_label.clear()
            return
        matches = units.list_units(self._ws, search=text)
        self.model.show_subset(units.with_ancestors(self._ws, matches))
        self.tree.expandAll()
        self.count_label.setText(self.tr("%n unit(s) found", "", len(matches)))
