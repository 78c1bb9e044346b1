"""Listing and searching nominations: one page, its count, its sort, in SQL.

The list's Qt model asks :func:`count_nominations` once and :func:`list_nominations` for the
window of rows it shows; filtering, sorting and the search (:func:`search_condition`) run in
SQL, so that the province's 100,000 rows stay fast on SQLite and on a server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Nomination, Unit, UnitGroup, UnitGroupMember
from hagiang_desktop.storage.search import count_matches, folded_match


@dataclass(frozen=True)
class NominationRow:
    """One line of the nominations list."""

    id: int
    name: str
    kind: NomineeKind
    field_code: str
    unit_code: str
    unit_name: str
    status: NominationStatus
    eligible: bool
    is_supplement: bool
    received_on: date | None
    year: int
    field_title: str | None = None


@dataclass
class NominationFilter:
    """Filters of the nominations list; None means "any".

    Attributes:
        search: folded search over name, unit and achievements.
        unit_ids: only these registering units (the office's scope).
        group_code: only the units of this emulation bloc or cluster and those under them.
    """

    search: str | None = None
    unit_ids: set[int] | None = None
    field_code: str | None = None
    kind: NomineeKind | None = None
    status: NominationStatus | None = None
    registering_unit_code: str | None = None
    eligible: bool | None = None
    year: int | None = None
    supplement: bool | None = None
    group_code: str | None = None


#: Columns the list can be sorted by, mapped to SQL expressions. Names sort by their stored
#: Vietnamese sort keys: indexed BLOBs compared in C (the ``vi`` collation calls Python for every
#: comparison: 0.3–0.4 s per sort of the province's 100,000 rows, #11).
_Reg = aliased(Unit)
SORT_COLUMNS: dict[str, Any] = {
    "id": col(Nomination.id),
    "name": col(Nomination.name_sort),
    "kind": col(Nomination.kind),
    "field": col(Nomination.field_code),
    "unit": col(_Reg.name_sort),
    "status": col(Nomination.status),
    "eligible": col(Nomination.eligible),
    "supplement": col(Nomination.is_supplement),
    "received": col(Nomination.received_on),
    "year": col(Nomination.year),
}


def search_condition(search: str, *, in_order: bool = False) -> Any:
    """Return the SQL condition "the nomination's search text contains ``search``, folded".

    Three characters or more go through the engine's trigram index (FTS5 on SQLite: 1–30 ms on
    the province's 100,000 rows instead of a 40–100 ms scan; ``pg_trgm`` on a server), see
    :mod:`hagiang_desktop.storage.search`; any text the clerk types is a plain substring.
    Shorter ones scan with ``LIKE`` (escaped: ``%`` and ``_`` are plain characters too). All
    give the same rows.

    Args:
        search: the text typed in the search box.
        in_order: the query reads one page in the order of an indexed column; a count leaves
            it False.

    Returns:
        A condition on ``nomination`` for ``WHERE``.
    """
    return folded_match(fold(search), in_order=in_order)


def _apply_filter(query: Any, flt: NominationFilter, *, in_order: bool = False) -> Any:
    if flt.search:
        query = query.where(search_condition(flt.search, in_order=in_order))
    if flt.unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(flt.unit_ids))
    if flt.field_code:
        query = query.where(col(Nomination.field_code) == flt.field_code)
    if flt.kind:
        query = query.where(col(Nomination.kind) == str(flt.kind))
    if flt.status:
        query = query.where(col(Nomination.status) == str(flt.status))
    if flt.registering_unit_code:
        query = query.where(col(_Reg.code) == flt.registering_unit_code)
    if flt.eligible is not None:
        query = query.where(col(Nomination.eligible).is_(flt.eligible))
    if flt.supplement is not None:
        query = query.where(col(Nomination.is_supplement).is_(flt.supplement))
    if flt.year is not None:
        query = query.where(col(Nomination.year) == flt.year)
    if flt.group_code:
        query = query.where(col(Nomination.registering_unit_id).in_(_group_tree(flt.group_code)))
    return query


def _group_tree(group_code: str) -> Any:
    """Return the ids of a bloc's or cluster's units and every unit under them (a recursive CTE)."""
    members = (
        select(col(UnitGroupMember.unit_id))
        .join(UnitGroup, col(UnitGroup.id) == col(UnitGroupMember.group_id))
        .where(col(UnitGroup.code) == group_code)
    )
    tree = select(col(Unit.id)).where(col(Unit.id).in_(members)).cte("bloc_tree", recursive=True)
    tree = tree.union_all(select(col(Unit.id)).where(col(Unit.parent_id) == tree.c.id))
    return select(tree.c.id)


def count_nominations(ws: Workspace, flt: NominationFilter | None = None) -> int:
    """Count the nominations matching a filter (in SQL).

    Args:
        ws: the workspace.
        flt: the filters; None for every nomination.

    Returns:
        How many :func:`list_nominations` would return without a limit.
    """
    flt = flt or NominationFilter()
    if flt.search and flt == NominationFilter(search=flt.search):
        # Nothing but a search (the province's whole list): the index counts its matches without
        # reading a row (1–4 ms instead of 20–30 ms for 20,000 matches, #11; a server counts its
        # narrow search table, #22).
        with ws.reading() as session:
            return count_matches(session, fold(flt.search))
    query = select(func.count()).select_from(Nomination)
    if flt.registering_unit_code:
        # Only this filter needs the unit; the join doubled a search's count (20 → 32 ms, #11).
        query = query.join(_Reg, col(_Reg.id) == col(Nomination.registering_unit_id))
    query = _apply_filter(query, flt)
    with ws.reading() as session:
        return int(session.scalar(query) or 0)


def list_nominations(
    ws: Workspace,
    flt: NominationFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[NominationRow]:
    """List nominations, filtered and sorted in SQL, optionally one window of rows.

    Args:
        ws: the workspace.
        flt: the filters.
        sort: a key of :data:`SORT_COLUMNS`.
        descending: reverse the order.
        offset: rows to skip.
        limit: rows to return at most; None for all.

    Returns:
        The rows of the window.
    """
    order = SORT_COLUMNS[sort]
    query = select(
        col(Nomination.id),
        col(Nomination.name),
        col(Nomination.kind),
        col(Nomination.field_code),
        col(_Reg.code),
        col(_Reg.name),
        col(Nomination.status),
        col(Nomination.eligible),
        col(Nomination.is_supplement),
        col(Nomination.received_on),
        col(Nomination.year),
        col(Nomination.field_title),
    ).join(_Reg, col(_Reg.id) == col(Nomination.registering_unit_id))
    query = _apply_filter(query, flt or NominationFilter(), in_order=True)
    # The tie-breaker follows the column's direction: "kind DESC, id DESC" walks the column's
    # index backwards and stops after one page, while "kind DESC, id" made SQLite sort all
    # 100,000 rows again for the id part (2 s instead of 0 ms on the province's list, #11).
    if descending:
        query = query.order_by(order.desc(), col(Nomination.id).desc())
    else:
        query = query.order_by(order.asc(), col(Nomination.id))
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with ws.reading() as session:
        return [
            NominationRow(
                id=r[0],
                name=r[1],
                kind=NomineeKind(r[2]),
                field_code=r[3],
                unit_code=r[4],
                unit_name=r[5],
                status=NominationStatus(r[6]),
                eligible=r[7],
                is_supplement=r[8],
                received_on=r[9],
                year=r[10],
                field_title=r[11],
            )
            for r in session.execute(query)
        ]
