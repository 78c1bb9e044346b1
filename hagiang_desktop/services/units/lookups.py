"""Looking units up: the filtered list and its count, one unit by code, the pickers' choices.

Search is folded (no diacritics, no case) and runs in SQL on the stored folded name; the order is
the stored Vietnamese sort key. As of a day, the units that changed after it are read in their
state of that day (:func:`~hagiang_desktop.services.units.tree.versions_on`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TypeVar, cast

from sqlalchemy import func, or_, select
from sqlmodel import col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import fold, sort_key
from hagiang_desktop.services.units.rows import ParentUnit, Rows, UnitRow, select_rows, to_rows, valid_on
from hagiang_desktop.services.units.tree import UnitVersionRow, versions_on, with_version
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitGroup, UnitGroupMember


def list_units(
    ws: Workspace,
    *,
    search: str | None = None,
    parent_code: str | None = None,
    kinds: set[UnitKind] | None = None,
    as_of: date | None = None,
    group_code: str | None = None,
    limit: int | None = None,
    closed: bool = False,
) -> list[UnitRow]:
    """List units in Vietnamese alphabetical order of name, as they were on ``as_of``.

    Args:
        ws: the workspace.
        search: folded search: "dong van" finds "Đồng Văn", anywhere in the name.
        parent_code: only the direct children of this unit.
        kinds: only these kinds.
        as_of: only units valid on that day, with their name, short name, kind and parent as
            of that day (dated versions, :class:`UnitVersion`).
        group_code: only members of this emulation bloc or cluster.
        limit: at most this many, the first in directory order (the order of entry, which puts
            the upper levels first), then sorted in Vietnamese order in Python; a search that
            matches thousands of units is cut short this way instead of sorting them all.
        closed: with ``as_of``, also the units closed before that day (that existed by then).

    Returns:
        The matching units.
    """
    if as_of is not None:
        changed = versions_on(ws, as_of)
        if changed:
            return _listed_as_of(
                ws, changed, as_of, search=search, parent_code=parent_code, kinds=kinds,
                group_code=group_code, closed=closed,
            )  # fmt: skip
    query = _filtered(
        select_rows(),
        search=search,
        parent_code=parent_code,
        kinds=kinds,
        as_of=None if closed else as_of,
        group_code=group_code,
    )
    if as_of is not None and closed:
        query = query.where(or_(col(Unit.valid_from).is_(None), col(Unit.valid_from) <= as_of))
    if limit is not None:
        with ws.reading() as session:
            rows = to_rows(session.execute(query.order_by(col(Unit.id)).limit(limit)))
        return sorted(rows, key=lambda r: (sort_key(r.name), r.code))
    # The stored sort key orders in C on its index (the ``vi`` collation called Python, #11).
    query = query.order_by(col(Unit.name_sort), col(Unit.code))
    with ws.reading() as session:
        return to_rows(session.execute(query))


def count_units(
    ws: Workspace,
    *,
    search: str | None = None,
    kinds: set[UnitKind] | None = None,
    as_of: date | None = None,
    group_code: str | None = None,
) -> int:
    """Count the units :func:`list_units` would return with the same filters (and no limit).

    Args:
        ws: the workspace.
        search: folded search in the name.
        kinds: only these kinds.
        as_of: only units valid on that day.
        group_code: only members of this emulation bloc or cluster.

    Returns:
        How many.
    """
    query = _filtered(
        select(func.count(col(Unit.id)))
        .select_from(Unit)
        .outerjoin(ParentUnit, col(Unit.parent_id) == col(ParentUnit.id)),
        search=search,
        parent_code=None,
        kinds=kinds,
        as_of=as_of,
        group_code=group_code,
    )
    with ws.reading() as session:
        return int(session.scalar(query) or 0)


#: One of the queries :func:`_filtered` narrows (the rows, or their count).
_Query = TypeVar("_Query", bound=Rows)


def _filtered(
    query: _Query,
    *,
    search: str | None,
    parent_code: str | None,
    kinds: set[UnitKind] | None,
    as_of: date | None,
    group_code: str | None,
) -> _Query:
    if search:
        query = query.where(col(Unit.name_fold).contains(fold(search), autoescape=True))
    if parent_code is not None:
        query = query.where(col(ParentUnit.code) == parent_code)
    if kinds:
        query = query.where(col(Unit.kind).in_([str(k) for k in kinds]))
    if as_of is not None:
        query = query.where(valid_on(as_of))
    if group_code is not None:
        members = (
            select(col(UnitGroupMember.unit_id))
            .join(UnitGroup, col(UnitGroup.id) == col(UnitGroupMember.group_id))
            .where(col(UnitGroup.code) == group_code)
        )
        query = query.where(col(Unit.id).in_(members))
    return query


def _listed_as_of(
    ws: Workspace,
    changed: dict[int, UnitVersionRow],
    day: date,
    *,
    search: str | None,
    parent_code: str | None,
    kinds: set[UnitKind] | None,
    group_code: str | None,
    closed: bool,
) -> list[UnitRow]:
    """List units as of ``day`` when some changed after it.

    The unchanged ones go through SQL; the changed ones (few) are read by id, given their state
    of that day and filtered in Python.
    """
    validity = or_(col(Unit.valid_from).is_(None), col(Unit.valid_from) <= day) if closed else valid_on(day)
    query = _filtered(
        select_rows(), search=search, parent_code=parent_code, kinds=kinds, as_of=None, group_code=group_code
    ).where(validity, col(Unit.id).not_in(list(changed)))
    others = _filtered(
        select_rows(), search=None, parent_code=None, kinds=None, as_of=None, group_code=group_code
    ).where(validity, col(Unit.id).in_(list(changed)))
    with ws.reading() as session:
        rows = to_rows(session.execute(query))
        extra = to_rows(session.execute(others))
        parent_ids = {v.parent_id for v in changed.values() if v.parent_id is not None}
        codes = dict(
            session.execute(select(col(Unit.id), col(Unit.code)).where(col(Unit.id).in_(parent_ids))).all()
        )
    folded = fold(search) if search else None
    for row in extra:
        version = changed[row.id]
        then = with_version(row, version, codes.get(version.parent_id) if version.parent_id else None)
        if parent_code is not None and then.parent_code != parent_code:
            continue
        if kinds and then.kind not in kinds:
            continue
        if folded and folded not in fold(then.name):
            continue
        rows.append(then)
    return sorted(rows, key=lambda r: (sort_key(r.name), r.code))


def get_unit(ws: Workspace, code: str) -> UnitRow | None:
    """Return the unit with this code, or None.

    Args:
        ws: the workspace.
        code: the unit's stable code.

    Returns:
        The unit as it is today, or None for an unknown code.
    """
    with ws.reading() as session:
        rows = to_rows(session.execute(select_rows().where(col(Unit.code) == code)))
    return rows[0] if rows else None


@dataclass(frozen=True)
class UnitChoice:
    """A unit as a unit picker offers it.

    Attributes:
        id: database id.
        code: stable code.
        name: full Vietnamese name (NFC).
        name_fold: the stored folded name (:func:`~hagiang_desktop.core.vntext.fold`).
    """

    id: int
    code: str
    name: str
    name_fold: str


def unit_choices(ws: Workspace, unit_ids: Collection[int] | None = None) -> list[UnitChoice]:
    """List the units a picker offers, in Vietnamese order of name, as :func:`list_units` does.

    Four stored columns, no join, no ORM: a picker reads the province's 20,000 units when a clerk
    first opens it, in a third of the time :func:`list_units` takes (#11).

    Args:
        ws: the workspace.
        unit_ids: only these units (an office's scope); None for all.

    Returns:
        The units, ordered by their stored sort key, then code.
    """
    query = select(col(Unit.id), col(Unit.code), col(Unit.name), col(Unit.name_fold)).order_by(
        col(Unit.name_sort), col(Unit.code)
    )
    if unit_ids is not None:
        # A district's 2,000 units are read by id, not picked out of the province's 20,000.
        query = query.where(col(Unit.id).in_(unit_ids))
    with ws.reading() as session:
        rows = session.connection().execute(query).all()  # plain rows: no ORM row processing
    return [UnitChoice(cast(int, uid), code, name, folded) for uid, code, name, folded in rows]
