"""The nominations tab: the list of the office's nominations and the form for one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import nominations as nomination_service
from hagiang_desktop.services import units as unit_service
from hagiang_desktop.services.nominations import NominationFilter, NominationProblem
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.errors import nomination_problem_text
from hagiang_desktop.ui.labels import nominee_kind_label, status_label, yes_no
from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
from hagiang_desktop.ui.widgets.nomination_form import NominationForm

SEARCH_DELAY_MS = 150


class NominationEntryTab(QWidget):
    """List and edit the nominations of the office's scope.

    Args:
        workspace: the open database.
        scope: the office and the units it covers.

    Signals:
        saved: a nomination was saved or deleted (the dashboard refreshes).
        message: a short status text for the status bar.
    """

    saved = Signal()
    message = Signal(str)

    def __init__(self, workspace: Workspace, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._scope = scope
        self._current_id: int | None = None
        self._dirty = False

        self.search_edit = QLineEdit(self, objectName="nominationSearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, unit or achievements (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.model = NominationTableModel(
            fetch=lambda flt, sort, desc, offset, limit: nomination_service.list_nominations(
                self._ws, flt, sort=sort, descending=desc, offset=offset, limit=limit
            ),
            count=lambda flt: nomination_service.count_nominations(self._ws, flt),
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
                "eligible": yes_no,
                "supplement": lambda v: self.tr("Supplement") if v else "",
                "date": lambda d: format_date_short(d) if d else "",
                "not_eligible_tip": lambda _row: self.tr(
                    "Does not meet every criterion of its field and kind"
                ),
            },
            parent=self,
        )
        self.table = QTableView(self, objectName="nominationTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)

        unit_rows = self._scope_units()
        self.form = NominationForm(workspace.plan, unit_rows, self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        self.new_button = QPushButton(self.tr("&New"), self, objectName="newButton")
        self.save_button = QPushButton(self.tr("&Save"), self, objectName="saveButton")
        self.delete_button = QPushButton(self.tr("&Delete…"), self, objectName="deleteButton")
        self.title_label = QLabel(self, objectName="formTitle")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.new_button.clicked.connect(self.new_nomination)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.form.changed.connect(self._mark_dirty)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_nomination)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        self.model.set_filter(self._base_filter())
        self._update_count()
        self.new_nomination()

    # -- scope and list -----------------------------------------------------------------------
    def _scope_units(self) -> list[unit_service.UnitRow]:
        if self._scope.root is None:
            return unit_service.list_units(self._ws)
        ids = self._scope.unit_ids or frozenset()
        return [u for u in unit_service.list_units(self._ws) if u.id in ids]

    def _base_filter(self) -> NominationFilter:
        return NominationFilter(
            search=self.search_edit.text().strip() or None,
            unit_ids=set(self._scope.unit_ids) if self._scope.unit_ids is not None else None,
        )

    def apply_search(self) -> None:
        """Filter the list by the search box now."""
        self.model.set_filter(self._base_filter())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n nomination(s)", "", self.model.rowCount()))

    def _row_changed(self, current: object, _previous: object) -> None:
        row = self.model.row_at(current.row()) if hasattr(current, "row") else None  # type: ignore[attr-defined]
        if row is None or row.id == self._current_id:
            return
        if not self._confirm_discard():
            return
        self.open_nomination(row.id)

    # -- form ----------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True
        self._update_title()

    def _update_title(self) -> None:
        title = (
            self.tr("New nomination")
            if self._current_id is None
            else self.tr("Nomination #%1").replace("%1", str(self._current_id))
        )
        self.title_label.setText(f"<b>{title}</b>" + (" *" if self._dirty else ""))

    def has_unsaved_changes(self) -> bool:
        """Tell whether the form holds changes not saved yet."""
        return self._dirty

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The form has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def new_nomination(self) -> None:
        """Start a new nomination in the form (Ctrl+N)."""
        if not self._confirm_discard():
            return
        self._current_id = None
        default_unit = self._scope.root.code if self._scope.root else None
        self.form.clear(default_unit=default_unit)
        self._dirty = False
        self._update_title()
        self.form.name_edit.setFocus()

    def open_nomination(self, nomination_id: int) -> None:
        """Load a saved nomination into the form."""
        detail = nomination_service.get_nomination(self._ws, nomination_id)
        self.form.load(detail.data)
        self._current_id = nomination_id
        self._dirty = False
        self._update_title()

    def save(self) -> bool:
        """Save the form in one transaction (Ctrl+S); return True on success."""
        data = self.form.to_input()
        try:
            result = nomination_service.save_nomination(self._ws, data, self._current_id)
        except NominationProblem as problem:
            QMessageBox.warning(self, self.tr("Cannot save"), nomination_problem_text(problem))
            return False
        self._current_id = result.id
        self._dirty = False
        self._update_title()
        self.model.refresh()
        self._update_count()
        text = self.tr("Saved nomination #%1.").replace("%1", str(result.id))
        if not result.eligibility.eligible:
            text += " " + self.tr("It does not meet every criterion yet.")
        if result.is_supplement:
            text += " " + self.tr("Received after the deadline: marked as a supplement.")
        self.message.emit(text)
        if result.duplicates:
            others = "\n".join(f"#{d.id} {d.name} – {d.unit_name}" for d in result.duplicates)
            QMessageBox.information(
                self,
                self.tr("Possible duplicate"),
                self.tr(
                    "Nominations with the same name in the same field and year:\n%1\n\nCheck whether they are the same."  # noqa: E501
                ).replace("%1", others),
            )
        self.saved.emit()
        return True

    def delete_current(self) -> None:
        """Delete the nomination in the form after asking (Delete)."""
        if self._current_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete nomination"),
            self.tr("Delete nomination #%1? A record of it is kept in the audit log.").replace(
                "%1", str(self._current_id)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        nomination_service.delete_nomination(self._ws, self._current_id)
        self._dirty = False
        self.model.refresh()
        self._update_count()
        self.new_nomination()
        self.saved.emit()
