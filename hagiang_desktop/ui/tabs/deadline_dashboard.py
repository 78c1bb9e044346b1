"""The deadline dashboard: who is on time, who is late, who is short, and what follows — as of any day.

A summary strip answers at a glance; the pages below give the per-unit table (sortable,
filterable, colour always beside a text), the plan's deadlines and follow-up stages, coverage by
field and kind with the office's own upward steps, the charts, the "who to call" list (Excel and
a one-page PDF) and the receipts register. Every figure comes from ``services.dashboard`` for the
as-of day; nothing here touches the database.

This module holds the tab: the day, the summary strip, the refresh in a worker and the exports.
Each page is a pane of its own in :mod:`hagiang_desktop.ui.tabs.dashboard`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.plan import DeadlineState, DeadlineStatus
from hagiang_desktop.core.timeliness import UnitState, UpwardStatus
from hagiang_desktop.core.vntext import format_date_short, format_day_month, today_vn
from hagiang_desktop.services import dashboard, units
from hagiang_desktop.services.dashboard import DashboardRow, Snapshot
from hagiang_desktop.services.nominations import NominationFilter, count_nominations
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.unit_plan_dialog import UnitPlanDialog
from hagiang_desktop.ui.i18n import choose_language, fill
from hagiang_desktop.ui.tabs.dashboard.call_pane import CallPane
from hagiang_desktop.ui.tabs.dashboard.common import pydate, qdate
from hagiang_desktop.ui.tabs.dashboard.coverage_pane import CoveragePane
from hagiang_desktop.ui.tabs.dashboard.deadlines_pane import DeadlinesPane
from hagiang_desktop.ui.tabs.dashboard.texts import DashboardTexts
from hagiang_desktop.ui.tabs.dashboard.units_pane import UnitsPane
from hagiang_desktop.ui.widgets.dashboard_charts import DashboardCharts
from hagiang_desktop.ui.widgets.receipts_register import ReceiptsRegister
from hagiang_desktop.ui.workers import Worker, run_in_background, run_with_progress


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
        self._texts = DashboardTexts(self._language, self)
        self._rows: list[DashboardRow] = []
        self._shown_once = False  # the first show follows the constructor's own refresh
        self._requested = 0  # refresh requests so far: only the latest one's figures are shown
        self._computing: Worker | None = None
        self.call_worker: Worker | None = None  # the who-to-call list being written, once started
        self.as_of_edit = QDateEdit(qdate(as_of), self, objectName="asOf")
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
        self.units_pane = UnitsPane(workspace, self._texts, self)
        self.units_pane.unit_requested.connect(self.unit_requested)
        self.pages.addTab(self.units_pane, self.tr("Units"))
        self.deadlines_pane = DeadlinesPane(workspace, self._texts, self)
        self.pages.addTab(self.deadlines_pane, self.tr("Deadlines and stages"))
        self.coverage_pane = CoveragePane(workspace, self._texts, self)
        self.coverage_pane.upward_box.own_plan_requested.connect(self.record_own_plan)
        self.pages.addTab(self.coverage_pane, self.tr("Coverage and our list"))
        self.charts = DashboardCharts(self)
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.call_pane = CallPane(self._texts, self)
        self.pages.addTab(self.call_pane, self.tr("Who to call"))
        # The register's unit picker reads the scope's units when a receipt dialog opens: reading
        # the province's 20,000 here held the window ~0.4 s before the tab was built (#11).
        self.receipts = ReceiptsRegister(
            workspace, scope, lambda: units.unit_choices(workspace, scope.unit_ids), self
        )
        self.receipts.changed.connect(self.refresh)
        self.pages.addTab(self.receipts, self.tr("Receipts register"))
        self._name_the_panes_parts()

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

    def _name_the_panes_parts(self) -> None:
        """Give the tab the panes' tables and filters under the names the window and tests use."""
        units_pane, deadlines, coverage, calls = (
            self.units_pane,
            self.deadlines_pane,
            self.coverage_pane,
            self.call_pane,
        )
        self.unit_model, self.unit_view = units_pane.unit_model, units_pane.unit_view
        self.filter_combo, self.kind_combo = units_pane.filter_combo, units_pane.kind_combo
        self.group_combo, self.search_edit = units_pane.group_combo, units_pane.search_edit
        self.shown_label = units_pane.shown_label
        self.milestone_model, self.milestone_view = deadlines.milestone_model, deadlines.milestone_view
        self.stage_model, self.stage_view = deadlines.stage_model, deadlines.stage_view
        self.followup_model, self.followup_view = deadlines.followup_model, deadlines.followup_view
        self.field_model, self.field_view = coverage.field_model, coverage.field_view
        self.kind_label, self.upward_box = coverage.kind_label, coverage.upward_box
        self.upward_labels = coverage.upward_box.upward_labels
        self.own_plan_button = coverage.upward_box.own_plan_button
        self.call_model, self.call_view = calls.call_model, calls.call_view

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
        return pydate(self.as_of_edit.date())

    def set_as_of(self, day: date) -> None:
        """Compute the dashboard for another day."""
        self.as_of_edit.setDate(qdate(day))

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
        self.units_pane.set_rows(self._rows)
        self.deadlines_pane.show_figures(figures.milestones, figures.stages, figures.followup)
        self.coverage_pane.show_coverage(figures.coverage)
        self.upward_box.show_status(figures.upward)
        self.call_model.set_rows(figures.to_call)
        self.charts.set_data(figures.timeline, self._ws.plan.deadlines, figures.as_of, figures.coverage)
        self.receipts.set_day(figures.as_of)
        self.summary_label.setText(self._summary(figures.upward))
        views = (self.unit_view, self.milestone_view, self.stage_view, self.field_view, self.call_view)
        for view in (*views, self.followup_view):
            view.resizeColumnsToContents()

    def reload_groups(self) -> None:
        """Read the emulation blocs and clusters again (after their import)."""
        self.units_pane.reload_groups()

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

    def own_plan_text(self, status: DeadlineStatus) -> str:
        """Say where a body's own replication plan stands: on time, late, not yet, missing."""
        return self._texts.own_plan_text(status)

    def record_own_plan(self) -> None:
        """Attach the office's own plan (PDF/DOCX) or record its number and date."""
        root = self._scope.root
        if root is None:
            return
        dialog = UnitPlanDialog(self._ws, root.code, root.name, self.as_of(), self)
        if dialog.exec():
            self.refresh()


__all__ = ["DeadlineDashboardTab", "DeadlineState"]
