"""The deadline dashboard: milestones and each unit's standing as of a chosen day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.plan import DeadlineState, QuotaState
from hagiang_desktop.core.timeliness import UnitState
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import dashboard
from hagiang_desktop.services.dashboard import DashboardRow, Milestone
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.models.sort_proxy import PythonSortProxy

GOOD, WARN, BAD = "#d7f0d8", "#fff1c2", "#f7d4d4"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DeadlineDashboardTab(QWidget):
    """Who is on time, who is late, who is short of the quota — as of any day.

    Args:
        workspace: the open database.
        scope: the office's scope.
        as_of: the day to open on.
    """

    def __init__(
        self, workspace: Workspace, scope: Scope, as_of: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._scope = scope
        self.as_of_edit = QDateEdit(_qdate(as_of), self, objectName="asOf")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy")
        self.summary_label = QLabel(self, objectName="dashboardSummary")
        self.summary_label.setWordWrap(True)

        self.milestone_model: RowsTableModel[Milestone] = RowsTableModel(
            [
                Column(self.tr("Deadline"), lambda m: m.deadline.to),
                Column(self.tr("Who"), self._who),
                Column(self.tr("Rule"), lambda m: self._rule_text(m)),
                Column(
                    self.tr("Days left"),
                    self._days_text,
                    sort_value=lambda m: m.status.days_left,
                    background=lambda m: (
                        BAD if m.status.days_left < 0 else (WARN if m.status.days_left <= 3 else GOOD)
                    ),
                ),
            ],
            self,
        )
        self.milestone_view = self._table(self.milestone_model, "milestoneTable", sortable=False)

        self.unit_model: RowsTableModel[DashboardRow] = RowsTableModel(
            [
                Column(self.tr("Unit"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: unit_kind_label(r.kind)),
                Column(
                    self.tr("Received"),
                    lambda r: str(r.verdict.received),
                    lambda r: r.verdict.received,
                    numeric=True,
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
                    numeric=True,
                ),
                Column(
                    self.tr("Status"), self._state_text, lambda r: str(r.verdict.state), self._state_colour
                ),
                Column(self.tr("Quota"), self._quota_text, lambda r: r.counted, self._quota_colour),
                Column(
                    self.tr("Fields"),
                    lambda r: str(r.fields_covered),
                    lambda r: r.fields_covered,
                    numeric=True,
                ),
                Column(
                    self.tr("Eligible / not"),
                    lambda r: f"{r.eligible} / {r.ineligible}",
                    lambda r: r.eligible,
                ),
                Column(
                    self.tr("Last received"),
                    lambda r: format_date_short(r.last_received) if r.last_received else "",
                    lambda r: r.last_received or date.min,
                ),
                Column(
                    self.tr("Consequence (IV.1)"),
                    lambda r: self.tr("Not considered for commendation") if r.verdict.consequence else "",
                    lambda r: r.verdict.consequence,
                    lambda r: BAD if r.verdict.consequence else None,
                ),
            ],
            self,
        )
        self.unit_proxy = PythonSortProxy(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_view = self._table(self.unit_proxy, "unitStatusTable", sortable=True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&As of:"), self, buddy=self.as_of_edit))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.summary_label, 1)
        milestones_box = QGroupBox(self.tr("Deadlines of the plan"), self)
        QVBoxLayout(milestones_box).addWidget(self.milestone_view)
        units_box = QGroupBox(self.tr("Units"), self)
        QVBoxLayout(units_box).addWidget(self.unit_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(milestones_box)
        layout.addWidget(units_box, 1)

        self.as_of_edit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def _table(self, model: object, name: str, *, sortable: bool) -> QTableView:
        view = QTableView(self, objectName=name)
        view.setModel(model)  # type: ignore[arg-type]
        view.setSortingEnabled(sortable)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        return view

    def as_of(self) -> date:
        """Return the day the dashboard is computed for."""
        return _pydate(self.as_of_edit.date())

    def set_as_of(self, day: date) -> None:
        """Compute the dashboard for another day."""
        self.as_of_edit.setDate(_qdate(day))

    def refresh(self) -> None:
        """Recompute every figure for the as-of day."""
        as_of = self.as_of()
        self.milestone_model.set_rows(dashboard.milestones(self._ws, as_of))
        self.milestone_view.resizeColumnsToContents()
        rows = dashboard.unit_table(self._ws, self._scope, as_of)
        self.unit_model.set_rows(rows)
        self.unit_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        sent = sum(1 for r in rows if r.verdict.received)
        late = sum(1 for r in rows if r.verdict.state == UnitState.LATE)
        missing = sum(1 for r in rows if r.verdict.state == UnitState.MISSING)
        self.summary_label.setText(
            self.tr("%1 of %2 units have registered; %3 late; %4 missing.")
            .replace("%1", str(sent))
            .replace("%2", str(len(rows)))
            .replace("%3", str(late))
            .replace("%4", str(missing))
        )

    # -- texts ----------------------------------------------------------------------------------
    def _who(self, m: Milestone) -> str:
        return ", ".join(unit_kind_label(k) for k in m.deadline.from_unit_kinds)

    def _rule_text(self, m: Milestone) -> str:
        before = m.deadline.before
        last = m.deadline.last_on_time_day
        return (
            self.tr("before %1: last day %2")
            .replace("%1", f"{before.day}/{before.month}/{before.year}")
            .replace("%2", f"{last.day}/{last.month}/{last.year}")
        )

    def _days_text(self, m: Milestone) -> str:
        days = m.status.days_left
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        if days == 0:
            return self.tr("today is the last day")
        return self.tr("%n day(s) left", "", days)

    def _state_text(self, r: DashboardRow) -> str:
        return {
            UnitState.ON_TIME: self.tr("On time"),
            UnitState.LATE: self.tr("Late (supplement)"),
            UnitState.PENDING: self.tr("Not yet"),
            UnitState.MISSING: self.tr("Missing"),
            UnitState.NOT_EXPECTED: self.tr("Not expected"),
        }[r.verdict.state]

    def _state_colour(self, r: DashboardRow) -> str | None:
        return {
            UnitState.ON_TIME: GOOD,
            UnitState.LATE: WARN,
            UnitState.MISSING: BAD,
        }.get(r.verdict.state)

    def _quota_text(self, r: DashboardRow) -> str:
        v = r.verdict
        if v.quota_state == QuotaState.NONE or v.quota is None:
            return ""
        if v.quota_state == QuotaState.ADVISORY:
            return self.tr("%1 selected (advisory)").replace("%1", str(r.counted))
        text = self.tr("%1 of %2").replace("%1", str(r.counted)).replace("%2", str(v.quota.minimum))
        return text + (
            " – " + self.tr("met") if v.quota_state == QuotaState.MET else " – " + self.tr("short")
        )

    def _quota_colour(self, r: DashboardRow) -> str | None:
        return {QuotaState.MET: GOOD, QuotaState.SHORT: WARN}.get(r.verdict.quota_state)


__all__ = ["DeadlineDashboardTab", "DeadlineState"]
