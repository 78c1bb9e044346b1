"""Per-unit figures shown beside each unit of the directory: registrations, quota, timeliness.

Computed once per refresh for the whole directory (a few grouped queries, then the dashboard's
rules in memory), never one query per row, so that a 20,000-unit tree stays quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlmodel import col

from hagiang_desktop.core.timeliness import UnitVerdict
from hagiang_desktop.services.dashboard import unit_table
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Nomination, Unit

#: The whole directory: the counts are shown for every unit, whatever the office.
_EVERYTHING = Scope(office=None, root=None, unit_ids=None)


@dataclass(frozen=True)
class UnitCounts:
    """The figures of one unit.

    Attributes:
        registered: nominations it registered (any status).
        counted: models counting towards its quota (its subtree's selected ones).
        verdict: timeliness and quota as of the day, or None when no deadline binds it.
    """

    registered: int
    counted: int
    verdict: UnitVerdict | None


def unit_counts(ws: Workspace, as_of: date) -> dict[int, UnitCounts]:
    """Return the figures of every unit that has any, keyed by unit id.

    Args:
        ws: the workspace.
        as_of: the day timeliness is judged on.

    Returns:
        unit id → figures; units with nothing to show are left out.
    """
    with ws.reading() as session:  # read-only: never waits for a writer (runs in a worker)
        registered = dict(
            session.execute(
                select(col(Nomination.registering_unit_id), func.count()).group_by(
                    col(Nomination.registering_unit_id)
                )
            ).all()
        )
        ids = dict(session.execute(select(col(Unit.code), col(Unit.id))).all())
    result: dict[int, UnitCounts] = {}
    for row in unit_table(ws, _EVERYTHING, as_of):
        unit_id = ids[row.code]
        result[unit_id] = UnitCounts(registered.get(unit_id, 0), row.counted, row.verdict)
    for unit_id, count in registered.items():
        if unit_id not in result:
            result[unit_id] = UnitCounts(count, 0, None)
    return result
