"""The dashboard's deadlines page: the plan's deadlines, the follow-up stages, the follow-up per unit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QGroupBox, QVBoxLayout, QWidget

from hagiang_desktop.core.vntext import format_date_short, sort_key
from hagiang_desktop.services.dashboard import Milestone, StageRow
from hagiang_desktop.services.followup import UnitFieldProgress
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.tabs.dashboard.common import BAD, GOOD, days_colour, table
from hagiang_desktop.ui.tabs.dashboard.texts import DashboardTexts

RowT = TypeVar("RowT")


def _count_column(header: str, count: Callable[[RowT], int]) -> Column[RowT]:
    """A column of a count per row, aligned as a number and sorted by it."""
    return Column(header, lambda r: str(count(r)), count, numeric=True)


def _assessed_column(header: str, stage: int) -> Column[UnitFieldProgress]:
    """The column of the models assessed at one follow-up stage (the ``stage``-th of the plan)."""
    return _count_column(header, lambda r: r.assessed[stage])


class DeadlinesPane(QWidget):
    """The plan's deadlines with their days left, the follow-up stages, and the follow-up per unit.

    Args:
        workspace: the open database (its plan's stages).
        texts: the wording shared with the other panes.
        parent: the dashboard tab.
    """

    def __init__(self, workspace: Workspace, texts: DashboardTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._texts = texts
        page = self
        self.milestone_model: RowsTableModel[Milestone] = RowsTableModel(
            [
                Column(self.tr("Deadline"), lambda m: self._rule_text(m)),
                Column(
                    self.tr("Days left"),
                    lambda m: texts.days_text(m.status.days_left),
                    sort_value=lambda m: m.status.days_left,
                    background=lambda m: days_colour(m.status.days_left),
                ),
                Column(self.tr("To"), lambda m: m.deadline.to, tooltip=lambda m: m.deadline.text),
                Column(self.tr("Clause"), lambda m: m.deadline.clause),
                Column(self.tr("Who sends"), self._who),
            ],
            self,
        )
        self.milestone_view = table(page, self.milestone_model, "milestoneTable", sortable=False)
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
                _count_column(self.tr("Replication activities"), lambda s: s.activities),
                _count_column(self.tr("Commendations"), lambda s: s.commendations),
                Column(self.tr("Due (estimated)"), self._stage_due, lambda s: s.stage.due),
                Column(self.tr("Days left"), lambda s: texts.days_text(s.days_left), lambda s: s.days_left),
                Column(self.tr("Clause"), lambda s: s.stage.clause),
            ],
            self,
        )
        self.stage_view = table(page, self.stage_model, "stageTable", sortable=False)
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
                _count_column(self.tr("Replication activities"), lambda r: r.activities),
                _count_column(self.tr("Commendations"), lambda r: r.commendations),
            ],
            self,
        )
        self.followup_view = table(page, self.followup_model, "followupTable", sortable=True)
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

    def show_figures(
        self, milestones: list[Milestone], stages: list[StageRow], followup: list[UnitFieldProgress]
    ) -> None:
        """Show the deadlines, the stages and the follow-up of a day."""
        self.milestone_model.set_rows(milestones)
        self.stage_model.set_rows(stages)
        self.followup_model.set_rows(followup)

    def _who(self, m: Milestone) -> str:
        text = ", ".join(unit_kind_label(k) for k in m.deadline.from_unit_kinds)
        if m.deadline.parent_kinds or m.deadline.body_kinds:
            under = ", ".join(unit_kind_label(k) for k in m.deadline.parent_kinds or m.deadline.body_kinds)
            text += " " + fill(self.tr("(under: %1)"), under)
        return text

    def _rule_text(self, m: Milestone) -> str:
        return self._texts.describe(m.deadline)

    def _stage_title(self, s: StageRow) -> str:
        return s.stage.title_en if self._texts.language == "en" else s.stage.title_vi

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
