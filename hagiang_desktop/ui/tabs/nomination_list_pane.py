"""The nominations tab's list pane: search, filters, the windowed list and the bulk status button.

The list is windowed and sorted in SQL in Vietnamese order
(:class:`~hagiang_desktop.ui.models.nomination_table_model.NominationTableModel`); counting a
selection never fetches its rows, so Ctrl+A on 100,000 rows stays instant.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import nominations as nomination_service
from hagiang_desktop.services import units as unit_service
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.labels import nominee_kind_label, status_label, yes_no
from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
from hagiang_desktop.ui.widgets.nomination_filter_bar import NominationFilterBar
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker


class NominationListPane(QWidget):
    """The left half of the nominations tab.

    Args:
        workspace: the open database.
        scope_units: the units of the office's scope, read when a picker first opens.
        shared_units: the form's unit picker, whose list the filter's picker shares.
        parent: the tab.

    Attributes:
        search_edit: the search box.
        count_label: how many nominations the list holds.
        filter_bar: the filters.
        model: the list's model.
        table: the list.
        bulk_button: "Change status of selected…".
        selection_label: how many rows are selected (when more than one).
    """

    def __init__(
        self,
        workspace: Workspace,
        scope_units: Callable[[], list[unit_service.UnitChoice]],
        shared_units: UnitPicker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ws = workspace
        self.filter_bar = NominationFilterBar(
            workspace.plan,
            scope_units,
            self,
            shared_units=shared_units,
            groups=[(g.code, g.name) for g in unit_service.list_groups(workspace)],
        )
        self.search_edit = QLineEdit(self, objectName="nominationSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, unit or achievements (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.model = NominationTableModel(
            fetch=lambda flt, sort, desc, offset, limit: nomination_service.list_nominations(
                ws, flt, sort=sort, descending=desc, offset=offset, limit=limit
            ),
            count=lambda flt: nomination_service.count_nominations(ws, flt),
            headers=[
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Field"),
                self.tr("Registering unit"),
                self.tr("Status"),
                self.tr("Eligible"),
                self.tr("Supplement"),
                self.tr("Received"),
            ],
            formatters={
                "kind": nominee_kind_label,
                "status": status_label,
                "eligible": lambda v: ("✔ " if v else "✘ ") + yes_no(v),
                "supplement": lambda v: "⚑ " + self.tr("Supplement") if v else "",
                "date": lambda d: format_date_short(d) if d else "",
                "not_eligible_tip": lambda _row: self.tr(
                    "Does not meet every criterion of its field and kind"
                ),
            },
            parent=self,
        )
        self.table = QTableView(self, objectName="nominationTable")
        self.table.setModel(self.model)
        # The indicator first: enabling sorting sorts by it, and the header's default (name,
        # descending) would count and fetch the list once more before the real order.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._size_columns()
        self.bulk_button = QPushButton(self.tr("Change s&tatus of selected…"), self, objectName="bulkStatus")
        self.bulk_button.setToolTip(self.tr("Change the status of the selected rows (Ctrl+Shift+T)"))
        self.selection_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        layout.addLayout(search_row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        bulk_row = QHBoxLayout()
        bulk_row.addWidget(self.selection_label, 1)
        bulk_row.addWidget(self.bulk_button)
        layout.addLayout(bulk_row)

        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_selection())
        self.model.modelReset.connect(self.update_selection)

    def _size_columns(self) -> None:
        """Give the name the room; the short columns get what their header needs."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NominationTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        samples = {
            NominationTableModel.COL_KIND: self.tr("Collective"),
            NominationTableModel.COL_FIELD: "2.10 ",
            NominationTableModel.COL_UNIT: "Thị trấn Phó Bảng",
            NominationTableModel.COL_STATUS: status_label(NominationStatus.SUBMITTED),
            NominationTableModel.COL_ELIGIBLE: "✘ " + yes_no(False),
            NominationTableModel.COL_SUPPLEMENT: "⚑ " + self.tr("Supplement"),
            NominationTableModel.COL_RECEIVED: "00/00/0000",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24
            header.resizeSection(column, width)
        header.setMinimumWidth(0)
        self.table.setMinimumWidth(480)

    def update_count(self) -> None:
        """Say how many nominations the list holds."""
        self.count_label.setText(self.tr("%n nomination(s)", "", self.model.rowCount()))

    def update_selection(self) -> None:
        """Say how many rows are selected, and enable the bulk button when some are."""
        # Count the selected rows without fetching them: Ctrl+A on 100,000 rows stays instant.
        # (ranges, not selectedRows(): that one walks every row and column).
        selection = self.table.selectionModel().selection()
        count = sum(r.bottom() - r.top() + 1 for r in selection)  # type: ignore[attr-defined]  # iterable; stubs
        self.selection_label.setText(self.tr("%n selected", "", count) if count > 1 else "")
        self.bulk_button.setEnabled(count > 0)

    def selected_ids(self) -> list[int]:
        """Return the ids of the rows selected in the list."""
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row is not None:
                ids.append(row.id)
        return ids

    def select_row_of(self, nomination_id: int) -> None:
        """Make the row of ``nomination_id`` the current one, without opening it again."""
        row = self.model.row_of_id(nomination_id)
        if row is None:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(self.model.index(row, 0), flags)
        selection.blockSignals(False)
        self.table.viewport().update()
        self.update_selection()
