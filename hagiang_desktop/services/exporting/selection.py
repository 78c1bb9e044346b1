"""Which nominations an export holds: the office's list (in plan order) or the ids asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.services import units
from hagiang_desktop.services.exporting.common import ExportProblem
from hagiang_desktop.services.exporting.document import _check_unit
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import (
    Nomination,
)

#: The statuses that make up the list sent upward: the office's selection and what followed it.
LISTED_STATUSES = (
    NominationStatus.SELECTED,
    NominationStatus.SUBMITTED,
    NominationStatus.ACCEPTED,
    NominationStatus.CHANGED,  # still on the office's list: changed since it was sent (#17)
)


def _order(ws: Workspace) -> tuple[Any, ...]:
    """Plan order of fields, then Vietnamese alphabetical order of names, then id."""
    field_rank = case(
        {f.code: i for i, f in enumerate(ws.plan.fields)},
        value=col(Nomination.field_code),
        else_=len(ws.plan.fields),
    )
    return (field_rank, col(Nomination.name_sort), col(Nomination.id))


def listed_count(ws: Workspace, unit_code: str | None = None) -> int:
    """Count the models on the office's list (or one unit's subtree), as the exports would print.

    Args:
        ws: the workspace.
        unit_code: only this unit's subtree.

    Returns:
        How many forms "the models selected for the list" would print (#17: the count is shown
        before the clerk starts).

    Raises:
        ExportProblem: ``unknown_unit`` or ``outside_scope``.
    """
    scope = office_scope(ws)
    unit = _check_unit(ws, scope, unit_code)
    unit_ids = frozenset(units.subtree_ids(ws, unit.code)) if unit is not None else scope.unit_ids
    listed = [str(s) for s in LISTED_STATUSES]
    query = select(func.count()).select_from(Nomination).where(col(Nomination.status).in_(listed))
    if unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(unit_ids))
    with ws.reading() as session:
        return int(session.scalar(query) or 0)


def _listed_ids(ws: Workspace, session: Session, unit_ids: frozenset[int] | None) -> list[int]:
    listed = [str(s) for s in LISTED_STATUSES]
    query = select(col(Nomination.id)).where(col(Nomination.status).in_(listed))
    if unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(unit_ids))
    ids = cast(list[int], list(session.scalars(query.order_by(*_order(ws)))))  # stored: never None
    if not ids:
        raise ExportProblem("empty")
    return ids


def _chosen_ids(session: Session, ids: Sequence[int]) -> list[int]:
    """Return ``ids`` without repeats, in their order, after checking that each exists."""
    chosen = list(dict.fromkeys(ids))
    query = select(col(Nomination.id)).where(col(Nomination.id).in_(chosen))
    found = set(session.scalars(query))
    missing = [i for i in chosen if i not in found]
    if missing:
        raise ExportProblem("not_found", str(missing[0]))
    return chosen
