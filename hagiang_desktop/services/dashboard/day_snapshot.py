"""Every figure of the dashboard for one day, computed together (in a worker by the window)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hagiang_desktop.core.timeliness import UpwardStatus
from hagiang_desktop.services import followup
from hagiang_desktop.services.dashboard.call_list import who_to_call
from hagiang_desktop.services.dashboard.overview import (
    Coverage,
    Milestone,
    StageRow,
    coverage,
    milestones,
    stages,
    timeline,
    upward,
)
from hagiang_desktop.services.dashboard.unit_rows import DashboardRow, unit_table
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Snapshot:
    """Every figure of the dashboard for one day, computed together (in a worker by the window).

    Attributes:
        as_of: the day.
        rows: the unit table (:func:`unit_table`).
        to_call: the units to call (:func:`who_to_call`).
        milestones: the plan's deadlines (:func:`milestones`).
        stages: the follow-up stages (:func:`stages`).
        coverage: registrations by field and kind (:func:`coverage`).
        upward: the office's own steps (:func:`upward`).
        timeline: the running total by received day (:func:`timeline`).
        followup: the follow-up per registering unit and field (:func:`followup.unit_field_progress`).
    """

    as_of: date
    rows: list[DashboardRow]
    to_call: list[DashboardRow]
    milestones: list[Milestone]
    stages: list[StageRow]
    coverage: Coverage
    upward: UpwardStatus
    timeline: list[tuple[date, int]]
    followup: list[followup.UnitFieldProgress] = field(default_factory=list)


def snapshot(ws: Workspace, scope: Scope, as_of: date) -> Snapshot:
    """Compute every figure of the dashboard for ``as_of`` (read-only; safe in a worker thread)."""
    rows = unit_table(ws, scope, as_of)
    return Snapshot(
        as_of=as_of,
        rows=rows,
        to_call=who_to_call(rows, scope),
        milestones=milestones(ws, as_of),
        stages=stages(ws, scope, as_of),
        coverage=coverage(ws, scope, as_of),
        upward=upward(ws, scope, as_of),
        timeline=timeline(ws, scope, as_of),
        followup=followup.unit_field_progress(ws, scope, as_of),
    )
