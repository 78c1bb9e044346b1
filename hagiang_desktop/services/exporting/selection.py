"""Which nominations an export holds: the office's list (in plan order) or the ids asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Select, case, func, select
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.services.exporting.common import ExportProblem
from hagiang_desktop.services.exporting.document import check_unit, covered_ids
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Nomination

#: The statuses that make up the list sent upward: the office's selection and what followed it.
LISTED_STATUSES = (
    NominationStatus.SELECTED,
    NominationStatus.SUBMITTED,
    NominationStatus.ACCEPTED,
    NominationStatus.CHANGED,  # still on the office's list: changed since it was sent (#17)
)
_Query = TypeVar("_Query", bound=Select[Any])


def _order(ws: Workspace) -> tuple[Any, ...]:
    """Plan order of fields, then Vietnamese alphabetical order of names, then id."""
    field_rank = case(
        {f.code: i for i, f in enumerate(ws.plan.fields)},
        value=col(Nomination.field_code),
        else_=len(ws.plan.fields),
    )
    return (field_rank, col(Nomination.name_sort), col(Nomination.id))


def _on_list(query: _Query, unit_ids: frozenset[int] | None) -> _Query:
    """Narrow a query on nominations to those on the list (of these units, when given)."""
    query = query.where(col(Nomination.status).in_([str(s) for s in LISTED_STATUSES]))
    if unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(unit_ids))
    return query


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
    unit_ids = covered_ids(ws, scope, check_unit(ws, scope, unit_code))
    query = _on_list(select(func.count()).select_from(Nomination), unit_ids)
    with ws.reading() as session:
        return int(session.scalar(query) or 0)


def listed_ids(ws: Workspace, session: Session, unit_ids: frozenset[int] | None) -> list[int]:
    """Return the ids of the nominations on the office's list, in the exports' order.

    Args:
        ws: the workspace.
        session: the export's read transaction.
        unit_ids: only nominations registered by these units (None: all).

    Returns:
        The ids, fields in plan order, then names in Vietnamese alphabetical order.

    Raises:
        ExportProblem: ``empty``: the list holds none.
    """
    query = _on_list(select(col(Nomination.id)), unit_ids)
    ids = cast(list[int], list(session.scalars(query.order_by(*_order(ws)))))  # stored: never None
    if not ids:
        raise ExportProblem("empty")
    return ids


def chosen_ids(session: Session, ids: Sequence[int]) -> list[int]:
    """Return ``ids`` without repeats, in their order, after checking that each exists.

    Args:
        session: the export's read transaction.
        ids: the nominations asked for, in the order to print them.

    Returns:
        The ids, each once.

    Raises:
        ExportProblem: ``not_found``, with the first id that does not exist.
    """
    chosen = list(dict.fromkeys(ids))
    query = select(col(Nomination.id)).where(col(Nomination.id).in_(chosen))
    found = set(session.scalars(query))
    missing = [i for i in chosen if i not in found]
    if missing:
        raise ExportProblem("not_found", str(missing[0]))
    return chosen
