"""Reading the unit directory: lists, children for the lazy tree, search, ancestors, groups, links.

Edits live in :mod:`hagiang_desktop.services.unit_edits`, per-unit counts in
:mod:`hagiang_desktop.services.unit_counts` and file import/export in
:mod:`hagiang_desktop.services.directory_io`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session, aliased
from sqlmodel import col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import fold, sort_key
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitGroup, UnitGroupMember, UnitLink, UnitVersion


@dataclass(frozen=True)
class UnitRow:
    """A unit as the UI and the CLI see it.

    Attributes:
        id: database id.
        code: stable code.
        name: full Vietnamese name (NFC).
        kind: the unit's kind.
        parent_id: the parent's id, None for a root.
        parent_code: the parent's code, None for a root.
        valid_from: first day of validity, if known.
        valid_to: last day of validity, None while open.
        child_count: how many children it has (filled by :func:`children`, else 0).
        short_name: the name where the context is clear ("Lũng Cú"), if any.
        contact_person: who handles emulation work there, if known.
        contact_phone: their phone number, if known.
        contact_email: their e-mail address, if known.
    """

    id: int
    code: str
    name: str
    kind: UnitKind
    parent_id: int | None
    parent_code: str | None
    valid_from: date | None
    valid_to: date | None
    child_count: int = 0
    short_name: str | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    #: The row's version (migration 0006): an edit passes it back to detect another clerk's (#22).
    row_version: int = 1

    def is_valid_on(self, day: date) -> bool:
        """Tell whether the unit existed on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


#: A query of rows (any columns), as SQLAlchemy types it.
_Rows = Select[*tuple[Any, ...]]
#: One of the queries :func:`_filtered` narrows (the rows, or their count).
_Query = TypeVar("_Query", bound=_Rows)

_Parent = aliased(Unit)
_Child = aliased(Unit)


def _select_rows(*, with_child_count: bool = False) -> _Rows:
    child_count = (
        select(func.count()).where(col(_Child.parent_id) == col(Unit.id)).scalar_subquery()
        if with_child_count
        else literal(0)
    )
    return select(
        col(Unit.id),
        col(Unit.code),
        col(Unit.name),
        col(Unit.kind),
        col(Unit.parent_id),
        col(_Parent.code),
        col(Unit.valid_from),
        col(Unit.valid_to),
        child_count,
        col(Unit.short_name),
        col(Unit.contact_person),
        col(Unit.contact_phone),
        col(Unit.contact_email),
        col(Unit.row_version),
    ).outerjoin(_Parent, col(Unit.parent_id) == col(_Parent.id))


def valid_on(day: date) -> ColumnElement[bool]:
    """Return the SQL condition "the unit exists on ``day``" (both bounds inclusive)."""
    return _valid_on(day)


def _valid_on(day: date) -> ColumnElement[bool]:
    return and_(
        or_(col(Unit.valid_from).is_(None), col(Unit.valid_from) <= day),
        or_(col(Unit.valid_to).is_(None), col(Unit.valid_to) >= day),
    )


def _to_rows(result: Iterable[Sequence[Any]]) -> list[UnitRow]:
    return [
        UnitRow(
            id=r[0],
            code=r[1],
            name=r[2],
            kind=UnitKind(r[3]),
            parent_id=r[4],
            parent_code=r[5],
            valid_from=r[6],
            valid_to=r[7],
            child_count=r[8],
            short_name=r[9],
            contact_person=r[10],
            contact_phone=r[11],
            contact_email=r[12],
            row_version=r[13],
        )
        for r in result
    ]


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
        _select_rows(),
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
            rows = _to_rows(session.execute(query.order_by(col(Unit.id)).limit(limit)))
        return sorted(rows, key=lambda r: (sort_key(r.name), r.code))
    # The stored sort key orders in C on its index (the ``vi`` collation called Python, #11).
    query = query.order_by(col(Unit.name_sort), col(Unit.code))
    with ws.reading() as session:
        return _to_rows(session.execute(query))


def count_units(
    ws: Workspace,
    *,
    search: str | None = None,
    kinds: set[UnitKind] | None = None,
    as_of: date | None = None,
    group_code: str | None = None,
) -> int:
    """Count the units :func:`list_units` would return with the same filters (and no limit)."""
    query = _filtered(
        select(func.count(col(Unit.id)))
        .select_from(Unit)
        .outerjoin(_Parent, col(Unit.parent_id) == col(_Parent.id)),
        search=search,
        parent_code=None,
        kinds=kinds,
        as_of=as_of,
        group_code=group_code,
    )
    with ws.reading() as session:
        return int(session.scalar(query) or 0)


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
        query = query.where(col(_Parent.code) == parent_code)
    if kinds:
        query = query.where(col(Unit.kind).in_([str(k) for k in kinds]))
    if as_of is not None:
        query = query.where(_valid_on(as_of))
    if group_code is not None:
        members = (
            select(col(UnitGroupMember.unit_id))
            .join(UnitGroup, col(UnitGroup.id) == col(UnitGroupMember.group_id))
            .where(col(UnitGroup.code) == group_code)
        )
        query = query.where(col(Unit.id).in_(members))
    return query


@dataclass(frozen=True)
class UnitVersionRow:
    """What a unit was until a day (before a dated change).

    Attributes:
        unit_id: the unit.
        until: the first day of the next state (the change's day).
        name: its name before.
        short_name: its short name before.
        kind: its kind before.
        parent_id: its parent before.
        legal_basis: the decision that changed it, if given.
    """

    unit_id: int
    until: date
    name: str
    short_name: str | None
    kind: str
    parent_id: int | None
    legal_basis: str | None = None


def versions_on(ws: Workspace, day: date) -> dict[int, UnitVersionRow]:
    """Return, for each unit that changed after ``day``, what it was on that day.

    The dated tree's one primitive (issue #24): a unit is its ``unit`` row, except where a
    version valid on ``day`` says otherwise (the version with the smallest ``until`` after it).

    Args:
        ws: the workspace.
        day: the day.

    Returns:
        unit id → its state on ``day``; units absent are as their ``unit`` row says.
    """
    with ws.reading() as session:
        rows = session.execute(
            select(
                col(UnitVersion.unit_id),
                col(UnitVersion.until),
                col(UnitVersion.name),
                col(UnitVersion.short_name),
                col(UnitVersion.kind),
                col(UnitVersion.parent_id),
                col(UnitVersion.legal_basis),
            )  # fmt: skip
            .where(col(UnitVersion.until) > day)
            .order_by(col(UnitVersion.unit_id), col(UnitVersion.until))
        ).all()
    found: dict[int, UnitVersionRow] = {}
    for row in rows:
        found.setdefault(row[0], UnitVersionRow(*row))
    return found


def tree_on(ws: Workspace, day: date) -> dict[int, tuple[str, int | None]]:
    """Return every unit's kind and parent as they were on ``day`` (closed ones included).

    For rules that follow a unit's path in the tree as of a day (deadlines, quotas, counts).
    """
    with ws.reading() as session:
        found = {
            uid: (kind, parent)
            for uid, kind, parent in session.execute(
                select(col(Unit.id), col(Unit.kind), col(Unit.parent_id))
            )
        }
    for unit_id, version in versions_on(ws, day).items():
        found[unit_id] = (version.kind, version.parent_id)
    return found


def _with_version(row: UnitRow, version: UnitVersionRow, parent_code: str | None) -> UnitRow:
    return replace(
        row,
        name=version.name,
        short_name=version.short_name,
        kind=UnitKind(version.kind),
        parent_id=version.parent_id,
        parent_code=parent_code,
    )


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
    validity = or_(col(Unit.valid_from).is_(None), col(Unit.valid_from) <= day) if closed else _valid_on(day)
    query = _filtered(
        _select_rows(), search=search, parent_code=parent_code, kinds=kinds, as_of=None, group_code=group_code
    ).where(validity, col(Unit.id).not_in(list(changed)))
    others = _filtered(
        _select_rows(), search=None, parent_code=None, kinds=None, as_of=None, group_code=group_code
    ).where(validity, col(Unit.id).in_(list(changed)))
    with ws.reading() as session:
        rows = _to_rows(session.execute(query))
        extra = _to_rows(session.execute(others))
        parent_ids = {v.parent_id for v in changed.values() if v.parent_id is not None}
        codes = dict(
            session.execute(select(col(Unit.id), col(Unit.code)).where(col(Unit.id).in_(parent_ids))).all()
        )
    folded = fold(search) if search else None
    for row in extra:
        version = changed[row.id]
        then = _with_version(row, version, codes.get(version.parent_id) if version.parent_id else None)
        if parent_code is not None and then.parent_code != parent_code:
            continue
        if kinds and then.kind not in kinds:
            continue
        if folded and folded not in fold(then.name):
            continue
        rows.append(then)
    return sorted(rows, key=lambda r: (sort_key(r.name), r.code))


def children(ws: Workspace, parent_id: int | None, *, as_of: date | None = None) -> list[UnitRow]:
    """Return the direct children of a unit (or the roots), in Vietnamese order.

    Args:
        ws: the workspace.
        parent_id: the parent's id; None for the roots.
        as_of: only units valid on that day.

    Returns:
        The children.
    """
    query = _select_rows(with_child_count=True).where(
        col(Unit.parent_id).is_(None) if parent_id is None else col(Unit.parent_id) == parent_id
    )
    changed = versions_on(ws, as_of) if as_of is not None else {}
    if as_of is not None:
        query = query.where(_valid_on(as_of))
    if changed:
        # Units that were elsewhere or named otherwise on that day: their state of that day.
        query = query.where(col(Unit.id).not_in(list(changed)))
    query = query.order_by(col(Unit.name_sort), col(Unit.code))
    with ws.reading() as session:
        rows = _to_rows(session.execute(query))
        if not changed or as_of is None:  # (changed is empty without as_of)
            return rows
        mine = [uid for uid, v in changed.items() if v.parent_id == parent_id]
        extra = _to_rows(
            session.execute(
                _select_rows(with_child_count=True).where(col(Unit.id).in_(mine), _valid_on(as_of))
            )
        )
        parent_code = (
            session.scalar(select(col(Unit.code)).where(col(Unit.id) == parent_id)) if parent_id else None
        )
    rows += [_with_version(r, changed[r.id], parent_code) for r in extra]
    return sorted(rows, key=lambda r: (sort_key(r.name), r.code))


def get_unit(ws: Workspace, code: str) -> UnitRow | None:
    """Return the unit with this code, or None."""
    with ws.reading() as session:
        rows = _to_rows(session.execute(_select_rows().where(col(Unit.code) == code)))
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


def subtree_ids(ws: Workspace, root_code: str, *, as_of: date | None = None) -> set[int]:
    """Return the ids of a unit and all its descendants, whatever the depth.

    Args:
        ws: the workspace.
        root_code: the top unit's code.
        as_of: follow the tree as it was on that day (dated parents); today's tree when None.

    Returns:
        The ids, the root included; empty if the code is unknown.
    """
    with ws.reading() as session:
        rows: Sequence[tuple[int, int | None, str]] = session.execute(
            select(col(Unit.id), col(Unit.parent_id), col(Unit.code))
        ).all()
    if as_of is not None:
        then = versions_on(ws, as_of)
        if then:
            rows = [(i, then[i].parent_id if i in then else p, c) for i, p, c in rows]
    by_parent: dict[int | None, list[int]] = {}
    root: int | None = None
    for unit_id, parent_id, code in rows:
        by_parent.setdefault(parent_id, []).append(unit_id)
        if code == root_code:
            root = unit_id
    if root is None:
        return set()
    found, stack = set(), [root]
    while stack:
        current = stack.pop()
        found.add(current)
        stack.extend(by_parent.get(current, []))
    return found


def with_ancestors(ws: Workspace, matches: list[UnitRow]) -> list[UnitRow]:
    """Return the matches and all their ancestors, in tree order (parents first, siblings sorted).

    Args:
        ws: the workspace.
        matches: units found by a search.

    Returns:
        The rows to show so that every match keeps the path to it visible.
    """
    if not matches:
        return []
    # The ancestors are walked by the database (a recursive CTE), not by reading the whole
    # parent table into Python: that read alone took 150 ms on 20,000 units (issue #3).
    up = aliased(Unit)
    chain = (
        select(col(Unit.id).label("id"))
        .where(col(Unit.id).in_([r.id for r in matches]))
        .cte("chain", recursive=True)
    )
    chain = chain.union(
        select(col(up.parent_id)).join(chain, col(up.id) == chain.c.id).where(col(up.parent_id).is_not(None))
    )
    with ws.reading() as session:
        rows = _to_rows(session.execute(_select_rows().where(col(Unit.id).in_(select(chain.c.id)))))
    wanted = {r.id for r in rows}
    by_parent: dict[int | None, list[UnitRow]] = {}
    for row in rows:
        by_parent.setdefault(row.parent_id if row.parent_id in wanted else None, []).append(row)
    for siblings in by_parent.values():
        siblings.sort(key=lambda r: (sort_key(r.name), r.code))
    ordered: list[UnitRow] = []
    stack = list(reversed(by_parent.get(None, [])))
    while stack:
        row = stack.pop()
        ordered.append(row)
        stack.extend(reversed(by_parent.get(row.id, [])))
    return ordered


@dataclass(frozen=True)
class GroupRow:
    """An emulation bloc or cluster (khối, cụm thi đua).

    Attributes:
        code: its stable code.
        name: its name.
        kind: "bloc" or "cluster".
        member_count: how many units belong to it.
    """

    code: str
    name: str
    kind: str
    member_count: int


def list_groups(ws: Workspace) -> list[GroupRow]:
    """Return the emulation groups in Vietnamese alphabetical order, with their member counts."""
    members = select(func.count()).where(col(UnitGroupMember.group_id) == col(UnitGroup.id)).scalar_subquery()
    query = select(col(UnitGroup.code), col(UnitGroup.name), col(UnitGroup.kind), members)
    with ws.reading() as session:
        rows = [GroupRow(*r) for r in session.execute(query)]
    # A few dozen groups: sorted here by the Vietnamese key, the same on every engine (a server
    # has no "vi" collation of ours).
    return sorted(rows, key=lambda row: (sort_key(row.name), row.code))


def unit_groups(ws: Workspace, code: str) -> list[str]:
    """Return the codes of the groups a unit belongs to, sorted."""
    query = (
        select(col(UnitGroup.code))
        .join(UnitGroupMember, col(UnitGroupMember.group_id) == col(UnitGroup.id))
        .join(Unit, col(Unit.id) == col(UnitGroupMember.unit_id))
        .where(col(Unit.code) == code)
        .order_by(col(UnitGroup.code))
    )
    with ws.reading() as session:
        return list(session.scalars(query))


@dataclass(frozen=True)
class UnitContact:
    """Who to call at a unit about emulation work (the dashboard's "who to call" list).

    Attributes:
        code: the unit's code.
        name: the unit's name.
        person: the person in charge, if known.
        phone: their phone, if known.
        email: their e-mail, if known.
    """

    code: str
    name: str
    person: str | None
    phone: str | None
    email: str | None


def contacts(ws: Workspace, codes: Iterable[str]) -> dict[str, UnitContact]:
    """Return the contact details of the units with these codes (unknown codes are left out).

    Args:
        ws: the workspace.
        codes: the units' codes.

    Returns:
        code → contact, one query whatever the number of codes.
    """
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    query = select(
        col(Unit.code),
        col(Unit.name),
        col(Unit.contact_person),
        col(Unit.contact_phone),
        col(Unit.contact_email),
    ).where(col(Unit.code).in_(wanted))
    with ws.reading() as session:
        return {r[0]: UnitContact(*r) for r in session.execute(query)}


@dataclass(frozen=True)
class LinkRow:
    """A predecessor → successor link (merge, split, rename) with its legal basis.

    Attributes:
        id: database id.
        predecessor_code: the unit that ceased or changed.
        predecessor_name: its name.
        successor_code: the unit that took over.
        successor_name: its name.
        kind: "merge", "split" or "rename".
        legal_basis: the document number ("Nghị quyết 1267/NQ-UBTVQH15"), if known.
        legal_date: the document's date, if known.
    """

    id: int
    predecessor_code: str
    predecessor_name: str
    successor_code: str
    successor_name: str
    kind: str
    legal_basis: str | None
    legal_date: date | None


def links(ws: Workspace, code: str) -> list[LinkRow]:
    """Return every link where the unit is the predecessor or the successor, oldest document first."""
    pred, succ = aliased(Unit), aliased(Unit)
    query = (
        select(
            col(UnitLink.id),
            col(pred.code),
            col(pred.name),
            col(succ.code),
            col(succ.name),
            col(UnitLink.link_kind),
            col(UnitLink.legal_basis),
            col(UnitLink.legal_date),
        )
        .join(pred, col(pred.id) == col(UnitLink.predecessor_id))
        .join(succ, col(succ.id) == col(UnitLink.successor_id))
        .where(or_(col(pred.code) == code, col(succ.code) == code))
        .order_by(col(UnitLink.legal_date), col(UnitLink.id))
    )
    with ws.reading() as session:
        return [LinkRow(*r) for r in session.execute(query)]


def kind_path(ws: Workspace, code: str) -> tuple[UnitKind, ...]:
    """Return the kinds on a unit's path up to the root, the unit's own first.

    The plan's deadline, quota and consequence follow this path
    (:meth:`hagiang_desktop.core.plan.Plan.deadline_for_path`).

    Args:
        ws: the workspace.
        code: the unit's code.

    Returns:
        The kinds; empty for an unknown code.
    """
    with ws.reading() as session:
        unit = session.scalars(select(Unit).where(col(Unit.code) == code)).first()
        return session_kind_path(session, unit)


def session_kind_path(session: Session, unit: Unit | None) -> tuple[UnitKind, ...]:
    """Return the kinds on ``unit``'s path up to the root inside an open session (see :func:`kind_path`)."""
    path: list[UnitKind] = []
    seen: set[int] = set()
    while unit is not None and unit.id not in seen:
        seen.add(unit.id)  # type: ignore[arg-type]
        path.append(UnitKind(unit.kind))
        unit = session.get(Unit, unit.parent_id) if unit.parent_id is not None else None
    return tuple(path)
