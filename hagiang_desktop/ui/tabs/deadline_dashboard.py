"""The deadline dashboard: who is on time, who is late, who is short, and what follows — as of any day.

A summary strip answers at a glance; the pages below give the per-unit table (sortable,
filterable, colour always beside a text), the plan's deadlines and follow-up stages, coverage by
field and kind with the office's own upward steps, the charts, the "who to call" list (Excel and
a one-page PDF) and the receipts register. Every figure comes from ``services.dashboard`` for the
as-of day; nothing here touches the database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.core.plan import (
    DeadlineState,
    DeadlineStatus,
    QuotaState,
    describe_rule_en,
    describe_rule_vi,
)
from hagiang_desktop.core.timeliness import (
    CallReason,
    StepStatus,
    UnitFilter,
    UnitState,
    UpwardStatus,
    UpwardStep,
)
from hagiang_desktop.core.vntext import format_date_short, format_day_month, sort_key, today_vn
from hagiang_desktop.services import dashboard, units
from hagiang_desktop.services.dashboard import Coverage, DashboardRow, Milestone, Snapshot, StageRow
from hagiang_desktop.services.followup import UnitFieldProgress
from hagiang_desktop.services.nominations import NominationFilter, count_nominations
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.unit_plan_dialog import UnitPlanDialog
from hagiang_desktop.ui.fit import compact_combo
from hagiang_desktop.ui.i18n import choose_language, fill
from hagiang_desktop.ui.labels import channel_label, nominee_kind_label, unit_kind_label
from hagiang_desktop.ui.models.dashboard_filter import unit_filter
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.widgets.dashboard_charts import DashboardCharts
from hagiang_desktop.ui.widgets.group_combo import fill_group_combo
from hagiang_desktop.ui.widgets.receipts_register import ReceiptsRegister
from hagiang_desktop.ui.workers import Worker, run_in_background, run_with_progress

GOOD, WARN, BAD = "#d7f0d8", "#fff1c2", "#f7d4d4"
#: A body's own plan (IV.1) coloured like the list: on time, late, missing.
_OWN_PLAN_COLOURS = {DeadlineState.ON_TIME: GOOD, DeadlineState.LATE: WARN, DeadlineState.MISSING: BAD}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _assessed_column(header: str, stage: int) -> Column[UnitFieldProgress]:
    """The column of the models assessed at one follow-up stage (the ``stage``-th of the plan)."""
    return Column(header, lambda r: str(r.assessed[stage]), lambda r: r.assessed[stage], numeric=True)


def _table(parent: QWidget, model: object, name: str, *, sortable: bool) -> QTableView:
    view = QTableView(parent, objectName=name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    # Compact rows: a district's 35 units should fit on one screen of an old 1366×768 monitor.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    # Widths are fitted once per refresh (DeadlineDashboardTab.refresh), not on every sort, filter
    # or keystroke: ResizeToContents measured every cell of the province's 412 units each time
    # (~0.3 s per click, issue #11). The first fifty rows are enough to fit them.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(50)
    header.setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class DeadlineDashboardTab(QWidget):
    """Who is on time, who is late, who is short of the quota — as of any day.

    Args:
        workspace: the open database.
        scope: the office's scope.
        as_of: the day to open on.

    Signals:
        message: a line for the status bar (e.g. "saved to …").
        refreshed: the figures of the latest request are shown.
        unit_requested: a unit's row was double-clicked: show its nominations (its code).
    """

    message = Signal(str)
    #: A file was written: the message naming it, and its path (the window adds "Open the file").
    file_written = Signal(str, object)
    refreshed = Signal()
    unit_requested = Signal(str)

    def __init__(
        self, workspace: Workspace, scope: Scope, as_of: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._scope = scope
        self._language = choose_language(None)
        self._rows: list[DashboardRow] = []
        self._shown_once = False  # the first show follows the constructor's own refresh
        self._requested = 0  # refresh requests so far: only the latest one's figures are shown
        self._computing: Worker | None = None
        self.call_worker: Worker | None = None  # the who-to-call list being written, once started
        self.as_of_edit = QDateEdit(_qdate(as_of), self, objectName="asOf")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy")
        self.today_button = QPushButton(self.tr("&Today"), self, objectName="asOfToday")
        self.today_button.clicked.connect(lambda: self.set_as_of(today_vn()))
        self.call_xlsx_button = QPushButton(self.tr("Who to call → E&xcel…"), self, objectName="callXlsx")
        self.call_pdf_button = QPushButton(self.tr("&Print who to call (PDF)…"), self, objectName="callPdf")
        self.call_xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        self.call_pdf_button.clicked.connect(lambda: self._ask_and_export("pdf"))
        self.charts_pdf_button = QPushButton(self.tr("Print c&harts (PDF)…"), self, objectName="chartsPdf")
        self.charts_pdf_button.clicked.connect(lambda: self._ask_and_export("charts"))
        self.summary_label = QLabel(self, objectName="dashboardSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_label.setMargin(6)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary_label.setFont(font)

        self.pages = QTabWidget(self, objectName="dashboardPages")
        self.pages.addTab(self._build_units_page(), self.tr("Units"))
        self.pages.addTab(self._build_deadlines_page(), self.tr("Deadlines and stages"))
        self.pages.addTab(self._build_coverage_page(), self.tr("Coverage and our list"))
        self.charts = DashboardCharts(self)
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.pages.addTab(self._build_call_page(), self.tr("Who to call"))
        # The register's unit picker reads the scope's units when a receipt dialog opens: reading
        # the province's 20,000 here held the window ~0.4 s before the tab was built (#11).
        self.receipts = ReceiptsRegister(
            workspace, scope, lambda: units.unit_choices(workspace, scope.unit_ids), self
        )
        self.receipts.changed.connect(self.refresh)
        self.pages.addTab(self.receipts, self.tr("Receipts register"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&As of:"), self, buddy=self.as_of_edit))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        # The exports on a row of their own: beside the day they made the tab wider than a
        # 1366-pixel screen at larger font sizes (#17).
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.call_xlsx_button)
        exports.addWidget(self.call_pdf_button)
        exports.addWidget(self.charts_pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.pages, 1)

        self.as_of_edit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def _unit_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(RowsTableModel.RowRole)
        if row is not None:
            self.unit_requested.emit(row.code)

    # -- pages ----------------------------------------------------------------------------------
    def _build_units_page(self) -> QWidget:
        page = QWidget(self)
        self.unit_model: RowsTableModel[DashboardRow] = RowsTableModel(self._unit_columns(), self)
        # The model sorts and filters its own rows: no proxy calling back into Python per comparison.
        self.unit_view = _table(page, self.unit_model, "unitStatusTable", sortable=True)
        self.filter_combo = QComboBox(page, objectName="unitFilter")
        for label, value in (
            (self.tr("All units"), UnitFilter.ALL),
            (self.tr("To call (not sent, late or short)"), UnitFilter.TO_CALL),
            (self.tr("Late (supplements)"), UnitFilter.LATE),
            (self.tr("Not received yet"), UnitFilter.NOT_RECEIVED),
            (self.tr("Short of quota"), UnitFilter.SHORT),
            (self.tr("Not considered for commendation (IV.1)"), UnitFilter.CONSEQUENCE),
        ):
            self.filter_combo.addItem(label, str(value))
        compact_combo(self.filter_combo, 16)
        self.kind_combo = QComboBox(page, objectName="unitKindFilter")
        self.kind_combo.addItem(self.tr("All kinds"), "")
        compact_combo(self.kind_combo, 10)
        # Emulation blocs and clusters (IV.3: the council follows the units of each), issue #24.
        self.group_combo = QComboBox(page, objectName="unitGroupFilter")
        self.group_combo.addItem(self.tr("All blocs and clusters"), "")
        compact_combo(self.group_combo, 14)
        self._members: frozenset[str] | None = None
        self.reload_groups()
        self.search_edit = QLineEdit(page, objectName="unitSearch")
        self.search_edit.setPlaceholderText(self.tr("Search unit or contact (tone marks optional)"))
        self.search_edit.setClearButtonEnabled(True)
        self.shown_label = QLabel(page, objectName="unitShown")
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.search_edit.textChanged.connect(self._apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Show:"), page, buddy=self.filter_combo))
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.group_combo)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.shown_label)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.unit_view, 1)
        self.unit_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Double-click a unit: its nominations in the Nominations tab (#17).
        self.unit_view.setToolTip(self.tr("Double-click a unit to see its nominations"))
        self.unit_view.doubleClicked.connect(self._unit_double_clicked)
        return page

    def _build_deadlines_page(self) -> QWidget:
        page = QWidget(self)
        self.milestone_model: RowsTableModel[Milestone] = RowsTableModel(
            [
                Column(self.tr("Deadline"), lambda m: self._rule_text(m)),
                Column(
                    self.tr("Days left"),
                    lambda m: self._days_text(m.status.days_left),
                    sort_value=lambda m: m.status.days_left,
                    background=lambda m: self._days_colour(m.status.days_left),
                ),
                Column(self.tr("To"), lambda m: m.deadline.to, tooltip=lambda m: m.deadline.text),
                Column(self.tr("Clause"), lambda m: m.deadline.clause),
                Column(self.tr("Who sends"), self._who),
            ],
            self,
        )
        self.milestone_view = _table(page, self.milestone_model, "milestoneTable", sortable=False)
        self.stage_model: RowsTableModel[StageRow] = RowsTableModel(
            [
                Column(self.tr("Stage"), self._stage_title, tooltip=lambda s: s.stage.text),
                Column(self.tr("Assessed / due"), self._stage_progress, lambda s: s.done, self._stage_colour),
                Column(
                    self.tr("Late"),
                    lambda s: str(s.late),
                    lambda s: s.late,
                    lambda s: BAD if s.late else None,
                    numeric=True,
                ),
                Column(
                    self.tr("Replication activities"),
                    lambda s: str(s.activities),
                    lambda s: s.activities,
                    numeric=True,
                ),
                Column(
                    self.tr("Commendations"),
                    lambda s: str(s.commendations),
                    lambda s: s.commendations,
                    numeric=True,
                ),
                Column(self.tr("Due (estimated)"), self._stage_due, lambda s: s.stage.due),
                Column(self.tr("Days left"), lambda s: self._days_text(s.days_left), lambda s: s.days_left),
                Column(self.tr("Clause"), lambda s: s.stage.clause),
            ],
            self,
        )
        self.stage_view = _table(page, self.stage_model, "stageTable", sortable=False)
        # The follow-up per registering unit and field as of the day (issue #24).
        stage_columns = [
            _assessed_column(fill(self.tr("Assessed %1"), st.year), i)
            for i, st in enumerate(self._ws.plan.stages)
        ]
        self.followup_model: RowsTableModel[UnitFieldProgress] = RowsTableModel(
            [
                Column(self.tr("Unit"), lambda r: r.unit_name, lambda r: sort_key(r.unit_name)),
                Column(self.tr("Field"), lambda r: r.field_code),
                Column(self.tr("Models"), lambda r: str(r.models), lambda r: r.models, numeric=True),
                *stage_columns,
                Column(
                    self.tr("Replication activities"),
                    lambda r: str(r.activities),
                    lambda r: r.activities,
                    numeric=True,
                ),
                Column(
                    self.tr("Commendations"),
                    lambda r: str(r.commendations),
                    lambda r: r.commendations,
                    numeric=True,
                ),
            ],
            self,
        )
        self.followup_view = _table(page, self.followup_model, "followupTable", sortable=True)
        self.followup_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # units A→Z, not the reverse
        layout = QVBoxLayout(page)
        box = QGroupBox(
            self.tr("Deadlines of the plan (\u201ctrước ngày X\u201d: the last day is X − 1)"), page
        )
        QVBoxLayout(box).addWidget(self.milestone_view)
        layout.addWidget(box)
        box = QGroupBox(self.tr("Follow-up stages: models assessed"), page)
        QVBoxLayout(box).addWidget(self.stage_view)
        layout.addWidget(box)
        box = QGroupBox(self.tr("Follow-up per unit and field"), page)
        QVBoxLayout(box).addWidget(self.followup_view)
        layout.addWidget(box, 1)
        for view in (self.milestone_view, self.stage_view):
            # A handful of rows: size the tables to them instead of leaving half the page blank.
            view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        return page

    def _build_coverage_page(self) -> QWidget:
        page = QWidget(self)
        rank = {f.code: i for i, f in enumerate(self._ws.plan.fields)}
        open_codes = {f.code for f in self._ws.plan.fields if f.open}
        self.field_model: RowsTableModel[tuple[str, str, dict[str, int], int]] = RowsTableModel(
            [
                Column(  # in plan order; the open field ("Lĩnh vực khác") shows its title alone
                    self.tr("Field"),
                    lambda f: f[1] if f[0] in open_codes else f"{f[0]} {f[1]}",
                    lambda f: rank.get(f[0], len(rank)),
                ),
                Column(
                    nominee_kind_label(NomineeKind.COLLECTIVE),
                    lambda f: str(f[2].get(NomineeKind.COLLECTIVE, 0)),
                    numeric=True,
                ),
                Column(
                    nominee_kind_label(NomineeKind.INDIVIDUAL),
                    lambda f: str(f[2].get(NomineeKind.INDIVIDUAL, 0)),
                    numeric=True,
                ),
                Column(
                    nominee_kind_label(NomineeKind.HOUSEHOLD),
                    lambda f: str(f[2].get(NomineeKind.HOUSEHOLD, 0)),
                    numeric=True,
                ),
                Column(
                    self.tr("Total"),
                    lambda f: str(f[3]) if f[3] else self.tr("0 – none yet"),
                    lambda f: f[3],
                    lambda f: None if f[3] else WARN,
                    numeric=True,
                ),
            ],
            self,
        )
        self.field_view = _table(page, self.field_model, "coverageTable", sortable=True)
        self.field_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.kind_label = QLabel(page, objectName="coverageByKind")
        self.kind_label.setWordWrap(True)  # on one line it widened the window past 1366 px (#17)
        self.upward_box = QGroupBox(self.tr("Our list to the province"), page)
        grid = QGridLayout(self.upward_box)
        self.upward_labels: dict[str, QLabel] = {}
        rows = (
            ("deadline", self.tr("Deadline:")),
            ("selected", self.tr("Models selected:")),
            (UpwardStep.FORMS_PRINTED, self.tr("Forms printed:")),
            (UpwardStep.LIST_EXPORTED, self.tr("List exported (Excel):")),
            (UpwardStep.BUNDLE_BUILT, self.tr("Signed bundle built:")),
            ("own_plan", self.tr("Our replication plan (IV.1):")),
        )
        for i, (key, text) in enumerate(rows):
            grid.addWidget(QLabel(text, self.upward_box), i, 0, Qt.AlignmentFlag.AlignTop)
            value = QLabel(self.upward_box, objectName=f"upward_{key}")
            value.setWordWrap(True)
            grid.addWidget(value, i, 1)
            self.upward_labels[str(key)] = value
        # IV.1: the office's own plan goes with its list, by the same deadline.
        self.own_plan_button = QPushButton(self.tr("Record our plan…"), self.upward_box, objectName="ownPlan")
        self.own_plan_button.clicked.connect(self.record_own_plan)
        grid.addWidget(self.own_plan_button, len(rows), 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rows) + 1, 1)
        left = QVBoxLayout()
        box = QGroupBox(self.tr("Registrations by field and kind (plan III.2)"), page)
        inner = QVBoxLayout(box)
        inner.addWidget(self.field_view)
        inner.addWidget(self.kind_label)
        left.addWidget(box)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 3)
        layout.addWidget(self.upward_box, 2)
        return page

    def _build_call_page(self) -> QWidget:
        page = QWidget(self)
        self.call_model: RowsTableModel[DashboardRow] = RowsTableModel(
            [
                Column(self.tr("Unit"), lambda r: r.name),
                Column(
                    self.tr("Reason"),
                    self._reasons_text,
                    lambda r: [list(CallReason).index(x) for x in r.call_reasons],
                ),
                Column(self.tr("Contact person"), lambda r: r.contact_person or ""),
                Column(self.tr("Phone"), lambda r: r.contact_phone or ""),
                Column(self.tr("E-mail"), lambda r: r.contact_email or ""),
                Column(self.tr("Last received"), self._last_text, lambda r: r.last_received or date.min),
            ],
            self,
        )
        self.call_view = _table(page, self.call_model, "callTable", sortable=True)
        self.call_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the most urgent first
        hint = QLabel(
            self.tr(
                "Units that have sent nothing yet, are overdue, sent only after the deadline, or are short "
                "of a hard quota. Contacts are kept in the unit directory."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.call_view, 1)
        return page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Recompute when the clerk comes back to the dashboard (Qt override).

        Exports, bundles and imports run from menus and other tabs; their upward steps and
        registrations must show without a manual refresh.
        """
        super().showEvent(event)
        if self._shown_once:
            self.refresh()
        self._shown_once = True

    # -- the day ---------------------------------------------------------------------------------
    def as_of(self) -> date:
        """Return the day the dashboard is computed for."""
        return _pydate(self.as_of_edit.date())

    def set_as_of(self, day: date) -> None:
        """Compute the dashboard for another day."""
        self.as_of_edit.setDate(_qdate(day))

    def set_scope(self, scope: Scope) -> None:
        """Judge the same office's units as the directory now holds them (call :meth:`refresh`)."""
        self._scope = scope

    def refresh(self) -> None:
        """Recompute every figure for the as-of day, in a worker: the window stays responsive.

        The whole province takes ~0.4 s (issue #11). Only the latest request is shown: requests
        made while a computation runs (the clerk stepping through days, a save) wait for it, and
        then its figures are dropped and computed again for what is wanted now.
        """
        self._requested += 1
        # Until they come, the tables still show the previous figures: say so where one looks first.
        self.summary_label.setText(
            fill(self.tr("Computing the figures as of %1…"), format_date_short(self.as_of()))
        )
        if self._computing is None:
            self._compute()

    def computing(self) -> bool:
        """Tell whether figures are being computed (a refresh has not been shown yet)."""
        return self._computing is not None

    def _compute(self) -> None:
        ws, scope, as_of, request = self._ws, self._scope, self.as_of(), self._requested
        self._computing = run_in_background(
            self, lambda: (request, dashboard.snapshot(ws, scope, as_of)), self._computed, self._failed
        )

    def _computed(self, result: tuple[int, Snapshot]) -> None:
        request, figures = result
        self._computing = None
        if request != self._requested:
            self._compute()  # asked again meanwhile
            return
        self._show(figures)
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self._computing = None
        raise error  # to the program's error report, as when the figures were computed here

    def _show(self, figures: Snapshot) -> None:
        self._rows = figures.rows
        self.unit_model.set_rows(self._rows)
        self._fill_kinds()
        self._apply_filter()
        self.milestone_model.set_rows(figures.milestones)
        self.stage_model.set_rows(figures.stages)
        self.followup_model.set_rows(figures.followup)
        self._show_coverage(figures.coverage)
        self._show_upward(figures.upward)
        self.call_model.set_rows(figures.to_call)
        self.charts.set_data(figures.timeline, self._ws.plan.deadlines, figures.as_of, figures.coverage)
        self.receipts.set_day(figures.as_of)
        self.summary_label.setText(self._summary(figures.upward))
        views = (self.unit_view, self.milestone_view, self.stage_view, self.field_view, self.call_view)
        for view in (*views, self.followup_view):
            view.resizeColumnsToContents()

    def _fill_kinds(self) -> None:
        """Offer the kinds of unit present on the dashboard (keeping the current choice)."""
        current = self.kind_combo.currentData()
        kinds = sorted({str(r.kind) for r in self._rows}, key=lambda k: sort_key(unit_kind_label(k)))
        if [self.kind_combo.itemData(i) for i in range(1, self.kind_combo.count())] == kinds:
            return
        self.kind_combo.blockSignals(True)  # one filter pass below, not one per item
        while self.kind_combo.count() > 1:
            self.kind_combo.removeItem(1)
        for kind in kinds:
            self.kind_combo.addItem(unit_kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)

    def reload_groups(self) -> None:
        """Read the emulation blocs and clusters again (after their import)."""
        fill_group_combo(self.group_combo, [(g.code, g.name) for g in units.list_groups(self._ws)])

    def _group_chosen(self) -> None:
        code = self.group_combo.currentData()
        self._members = (
            frozenset(u.code for u in units.list_units(self._ws, group_code=code)) if code else None
        )
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.unit_model.set_filter(
            unit_filter(
                UnitFilter(self.filter_combo.currentData()),
                self.kind_combo.currentData(),
                self.search_edit.text(),
                self._members,
            )
        )
        self.shown_label.setText(fill(self.tr("%1 of %2 shown"), self.unit_model.rowCount(), len(self._rows)))

    # -- exports -------------------------------------------------------------------------------
    def export_who_to_call(self, path: Path) -> Worker:
        """Write the "who to call" list of the as-of day to ``path`` (.xlsx or .pdf) in a worker.

        Reading a province's units and writing the file take 0.3–0.8 s: not on the UI thread.
        ``message`` says where it was written; a file that cannot be written is said in plain
        words.

        Returns:
            The worker; its ``result`` is how many units are on the list.
        """
        ws, scope, day, language = self._ws, self._scope, self.as_of(), self._language
        worker = run_with_progress(
            self.window(),
            self.tr("Save the who-to-call list"),
            self.tr("Writing the who-to-call list…"),
            lambda progress: dashboard.export_who_to_call(ws, scope, day, path, language, progress=progress),
        )
        worker.succeeded.connect(
            lambda count: self.file_written.emit(
                fill(self.tr("Who to call: %1 unit(s) written to %2"), count, path), path
            )
        )
        worker.failed.connect(
            lambda error: self._not_written(self.tr("Save the who-to-call list"), path, error)
        )
        self.call_worker = worker
        return worker

    def _not_written(self, title: str, path: Path, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error  # a bug, not a refusal: the crash handler reports it, as on the UI thread
        QMessageBox.warning(
            self,
            title,
            fill(
                self.tr("Cannot write %1: %2. No partial file was left."),
                path,
                error.strerror or str(error),
            ),
        )

    def save_charts_pdf(self, path: Path) -> None:
        """Print the two charts of the as-of day on one A4 page (black and white) to ``path``."""
        office = self._scope.office.name if self._scope.office is not None else self._ws.plan.info.province
        title = fill(self.tr("%1 – as of %2"), office, format_date_short(self.as_of()))
        self.charts.save_pdf(path, title)
        self.file_written.emit(fill(self.tr("Charts written to %1"), path), path)

    def _ask_and_export(self, kind: str) -> None:
        """Ask where to save, then write: ``xlsx``/``pdf`` (who to call) or ``charts`` (PDF)."""
        suffix = "xlsx" if kind == "xlsx" else "pdf"
        base = self.tr("charts") if kind == "charts" else self.tr("who-to-call")
        name = f"{base}-{self.as_of().isoformat()}.{suffix}"
        title = self.tr("Save the charts") if kind == "charts" else self.tr("Save the who-to-call list")
        wanted = self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx" else self.tr("PDF document (*.pdf)")
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), wanted)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        if kind != "charts":
            self.export_who_to_call(path)
            return
        try:
            self.save_charts_pdf(path)  # Qt paints the charts: on the UI thread (one page, quick)
        except OSError as error:
            self._not_written(title, path, error)

    # -- texts ----------------------------------------------------------------------------------
    def _unit_columns(self) -> list[Column[DashboardRow]]:
        consequence = self._ws.plan.consequence
        consequence_label = consequence.label_en if self._language == "en" else consequence.label_vi
        consequence_tip = f"{consequence.text} ({consequence.clause})"
        own_plan_tip = self.tr(
            "IV.1: each district and provincial body sends its list and its own plan for fostering and "
            "replicating the exemplars to the province by the same deadline."
        )
        # IV.1 addresses the bodies that report to the province; a unit under them that registered
        # nothing is a follow-up for its body, not the sanction.
        follow_up = self.tr("not registered")
        follow_up_tip = self.tr(
            "Registered nothing by its deadline: to follow up. Plan IV.1 (no commendation) addresses "
            "the districts and the provincial bodies, not the units under them."
        )
        received_tip = self.tr(
            "Submissions: each receipt logged in the register is one; registrations received on a day "
            "without a receipt make one more for that day."
        )
        return [
            Column(self.tr("Unit"), lambda r: r.name, tooltip=lambda r: r.code),
            Column(self.tr("Unit kind"), lambda r: unit_kind_label(r.kind)),
            Column(self.tr("Status"), self._state_text, self._state_sort, self._state_colour),
            Column(
                self.tr("Submissions"),
                lambda r: str(r.verdict.received),
                lambda r: r.verdict.received,
                numeric=True,
                tooltip=lambda _r: received_tip,
            ),
            Column(
                self.tr("On time"),
                lambda r: str(r.verdict.on_time),
                lambda r: r.verdict.on_time,
                numeric=True,
            ),
            Column(
                self.tr("Late (supplement)"),
                lambda r: str(r.verdict.late),
                lambda r: r.verdict.late,
                lambda r: WARN if r.verdict.late else None,
                numeric=True,
            ),
            Column(
                self.tr("Models registered"), self._models_text, lambda r: r.verdict.registered, numeric=True
            ),
            Column(self.tr("Quota"), self._quota_text, lambda r: r.counted, self._quota_colour),
            Column(
                self.tr("Own plan (IV.1)"),
                lambda r: self.own_plan_text(r.own_plan) if r.own_plan else "",
                lambda r: str(r.own_plan.state) if r.own_plan else "",
                lambda r: _OWN_PLAN_COLOURS.get(r.own_plan.state) if r.own_plan else None,
                tooltip=lambda r: own_plan_tip if r.own_plan else None,
            ),
            Column(
                self.tr("Fields"),
                lambda r: f"{r.fields_covered}/{len(self._ws.plan.fields)}",
                lambda r: r.fields_covered,
                numeric=True,
            ),
            Column(
                self.tr("Eligible / not"), lambda r: f"{r.eligible} / {r.ineligible}", lambda r: r.eligible
            ),
            Column(self.tr("Last received"), self._last_text, lambda r: r.last_received or date.min),
            Column(self.tr("Contact"), self._contact_text, tooltip=lambda r: r.contact_email),
            Column(
                self.tr("Consequence (IV.1)"),
                lambda r: (
                    consequence_label
                    if r.verdict.consequence
                    else follow_up
                    if r.verdict.not_registered
                    else ""
                ),
                lambda r: 2 if r.verdict.consequence else 1 if r.verdict.not_registered else 0,
                lambda r: BAD if r.verdict.consequence else WARN if r.verdict.not_registered else None,
                tooltip=lambda r: (
                    consequence_tip
                    if r.verdict.consequence
                    else follow_up_tip
                    if r.verdict.not_registered
                    else None
                ),
            ),
        ]

    def _summary(self, upward: UpwardStatus) -> str:
        rows = [r for r in self._rows if self._scope.root is None or r.code != self._scope.root.code]
        sent = sum(1 for r in rows if r.verdict.received)
        late = sum(1 for r in rows if r.verdict.state == UnitState.LATE or r.verdict.registered_late)
        waiting = sum(1 for r in rows if r.verdict.state in (UnitState.PENDING, UnitState.MISSING))
        parts = [
            fill(self.tr("%1/%2 units have sent"), sent, len(rows)),
            self.tr("%n with late models", "", late),
            self.tr("%n not sent yet", "", waiting),
        ]
        if self._scope.root is not None:
            quota = upward.quota
            if quota is not None and quota.minimum is not None and not quota.advisory:
                selected = self.tr("%1: %2/%3 models selected")
            else:
                selected = self.tr("%1: %2 models selected")
            minimum = quota.minimum if quota is not None else None
            parts.append(fill(selected, self._scope.root.name, upward.selected, minimum))
        if upward.deadline is not None and upward.days_left is not None:
            before = format_day_month(upward.deadline.before)
            if upward.sent:
                parts.append(self.tr("list sent (bundle built)"))
            elif upward.days_left >= 0:
                parts.append(fill(self.tr("%n day(s) left to %1", "", upward.days_left), before))
            else:
                parts.append(fill(self.tr("%n day(s) past %1", "", -upward.days_left), before))
        changed = self._changed_since_sent()
        if changed:  # the province holds an older version of these until the next supplement (#17)
            parts.append(self.tr("%n model(s) changed since sent: send a supplement bundle", "", changed))
        return " · ".join(parts)

    def _changed_since_sent(self) -> int:
        ids = self._scope.unit_ids
        flt = NominationFilter(
            status=NominationStatus.CHANGED, unit_ids=set(ids) if ids is not None else None
        )
        return count_nominations(self._ws, flt)

    def _show_coverage(self, coverage: Coverage) -> None:
        rows = []
        for fld, count in coverage.by_field:
            per_kind = {k: n for (code, k), n in coverage.cells.items() if code == fld.code}
            rows.append((fld.code, fld.short_vi if self._language == "vi" else fld.title_en, per_kind, count))
        self.field_model.set_rows(rows)
        covered = sum(1 for _f, n in coverage.by_field if n)
        kinds = " · ".join(
            f"{nominee_kind_label(k)}: {coverage.by_kind.get(k, 0)}" for k in (str(x) for x in NomineeKind)
        )
        self.kind_label.setText(
            fill(
                self.tr("%1 registrations; %2 of %3 fields covered. By kind: %4"),
                coverage.total,
                covered,
                len(coverage.by_field),
                kinds,
            )
        )

    def _show_upward(self, status: UpwardStatus) -> None:
        labels = self.upward_labels
        if status.deadline is None:
            labels["deadline"].setText(self.tr("no deadline binds this office"))
        else:
            labels["deadline"].setText(
                f"{self._describe(status.deadline)} — {self._days_text(status.days_left or 0)}"
            )
        quota = status.quota
        if quota is None or status.quota_state == QuotaState.NONE:
            text = str(status.selected)
        elif status.quota_state == QuotaState.ADVISORY:
            text = fill(self.tr("%1 selected (advisory)"), status.selected)
        else:
            text = fill(self.tr("%1 of %2"), status.selected, quota.minimum)
            text += " – " + (self.tr("met") if status.quota_state == QuotaState.MET else self.tr("short"))
        labels["selected"].setText(text)
        colour = {QuotaState.MET: GOOD, QuotaState.SHORT: WARN}.get(status.quota_state, "transparent")
        labels["selected"].setStyleSheet(f"background: {colour}")
        for step in status.steps:
            label = labels[str(step.step)]
            label.setText(self._step_text(step))
            colour = "transparent" if step.on_time is None else (GOOD if step.on_time else WARN)
            label.setStyleSheet(f"background: {colour}")
        own = status.own_plan
        labels["own_plan"].setText(
            self.tr("not asked of this office") if own is None else self.own_plan_text(own)
        )
        labels["own_plan"].setStyleSheet(
            f"background: {_OWN_PLAN_COLOURS.get(own.state, 'transparent') if own else 'transparent'}"
        )
        self.own_plan_button.setEnabled(own is not None)

    def own_plan_text(self, status: DeadlineStatus) -> str:
        """Say where a body's own replication plan stands: on time, late, not yet, missing."""
        if status.state == DeadlineState.ON_TIME:
            assert status.received_on is not None  # on time or late only once received
            return fill(self.tr("sent %1 – on time"), format_date_short(status.received_on))
        if status.state == DeadlineState.LATE:
            assert status.received_on is not None
            return fill(self.tr("sent %1 – late"), format_date_short(status.received_on))
        if status.state == DeadlineState.PENDING:
            return self.tr("not sent yet")
        return self.tr("missing")

    def record_own_plan(self) -> None:
        """Attach the office's own plan (PDF/DOCX) or record its number and date."""
        root = self._scope.root
        if root is None:
            return
        dialog = UnitPlanDialog(self._ws, root.code, root.name, self.as_of(), self)
        if dialog.exec():
            self.refresh()

    def _step_text(self, step: StepStatus) -> str:
        if step.done_at is None:
            return self.tr("not yet")
        when = f"{format_date_short(step.done_at.date())} {step.done_at:%H:%M}"
        text = fill(self.tr("%1 (%n time(s))", "", step.times), when)
        if step.on_time is True:
            text += " – " + self.tr("on time")
        elif step.on_time is False:
            text += " – " + self.tr("after the deadline")
        return text

    def _describe(self, deadline: object) -> str:
        return describe_rule_en(deadline) if self._language == "en" else describe_rule_vi(deadline)  # type: ignore[arg-type]

    def _who(self, m: Milestone) -> str:
        text = ", ".join(unit_kind_label(k) for k in m.deadline.from_unit_kinds)
        if m.deadline.parent_kinds or m.deadline.body_kinds:
            under = ", ".join(unit_kind_label(k) for k in m.deadline.parent_kinds or m.deadline.body_kinds)
            text += " " + fill(self.tr("(under: %1)"), under)
        return text

    def _rule_text(self, m: Milestone) -> str:
        return self._describe(m.deadline)

    def _days_text(self, days: int) -> str:
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        if days == 0:
            return self.tr("today is the last day")
        return self.tr("%n day(s) left", "", days)

    @staticmethod
    def _days_colour(days: int) -> str:
        return BAD if days < 0 else (WARN if days <= 3 else GOOD)

    def _stage_title(self, s: StageRow) -> str:
        return s.stage.title_en if self._language == "en" else s.stage.title_vi

    def _stage_progress(self, s: StageRow) -> str:
        if not s.due:
            return self.tr("no model to assess")
        percent = round(100 * s.done / s.due)
        return fill(self.tr("%1 / %2 (%3%)"), s.done, s.due, percent)

    @staticmethod
    def _stage_colour(s: StageRow) -> str | None:
        if not s.due:
            return None
        if s.done >= s.due:
            return GOOD
        return BAD if s.days_left < 0 else None

    def _stage_due(self, s: StageRow) -> str:
        due = format_date_short(s.stage.due)
        return fill(self.tr("about %1"), due) if s.stage.due_is_estimate else due

    def _state_text(self, r: DashboardRow) -> str:
        v = r.verdict
        if v.state == UnitState.PENDING and v.days_left is not None:
            return fill(self.tr("Not yet – %1"), self._days_text(v.days_left))
        if v.state == UnitState.MISSING and v.days_left is not None:
            return fill(self.tr("Missing – %1"), self._days_text(v.days_left))
        return {
            UnitState.ON_TIME: self.tr("On time"),
            UnitState.LATE: self.tr("Late (supplement)"),
            UnitState.PENDING: self.tr("Not yet"),
            UnitState.MISSING: self.tr("Missing"),
            UnitState.NOT_EXPECTED: self.tr("Not expected"),
        }[v.state]

    @staticmethod
    def _state_sort(r: DashboardRow) -> int:
        order = (
            UnitState.MISSING,
            UnitState.PENDING,
            UnitState.LATE,
            UnitState.ON_TIME,
            UnitState.NOT_EXPECTED,
        )
        return order.index(r.verdict.state)

    @staticmethod
    def _state_colour(r: DashboardRow) -> str | None:
        return {
            UnitState.ON_TIME: GOOD,
            UnitState.LATE: WARN,
            UnitState.MISSING: BAD,
        }.get(r.verdict.state)

    def _models_text(self, r: DashboardRow) -> str:
        v = r.verdict
        if v.registered_late:
            return fill(self.tr("%1 (%2 supplement)"), v.registered, v.registered_late)
        return str(v.registered)

    def _quota_text(self, r: DashboardRow) -> str:
        v = r.verdict
        if v.quota_state == QuotaState.NONE or v.quota is None:
            return ""
        if v.quota_state == QuotaState.ADVISORY:
            return fill(self.tr("%1 selected (advisory)"), r.counted)
        text = fill(self.tr("%1 of %2"), r.counted, v.quota.minimum)
        return text + (
            " – " + self.tr("met") if v.quota_state == QuotaState.MET else " – " + self.tr("short")
        )

    @staticmethod
    def _quota_colour(r: DashboardRow) -> str | None:
        # Advisory quotas get no colour at all: they are never a failure.
        return {QuotaState.MET: GOOD, QuotaState.SHORT: WARN}.get(r.verdict.quota_state)

    def _last_text(self, r: DashboardRow) -> str:
        if r.last_received is None:
            return ""
        text = format_date_short(r.last_received)
        return f"{text} – {channel_label(r.last_channel)}" if r.last_channel else text

    @staticmethod
    def _contact_text(r: DashboardRow) -> str:
        return " · ".join(x for x in (r.contact_person, r.contact_phone) if x)

    def _reasons_text(self, r: DashboardRow) -> str:
        texts = []
        for reason in r.call_reasons:
            if reason == CallReason.MISSING:
                texts.append(fill(self.tr("Nothing sent – %1"), self._days_text(r.verdict.days_left or 0)))
            elif reason == CallReason.PENDING:
                texts.append(fill(self.tr("Not yet – %1"), self._days_text(r.verdict.days_left or 0)))
            elif reason == CallReason.LATE:
                texts.append(self.tr("Sent late (supplement)"))
            else:
                texts.append(self._quota_text(r))
        return "; ".join(texts)


__all__ = ["DeadlineDashboardTab", "DeadlineState"]
