"""The directory as a tree, today or as of a day: children, subtrees, ancestors, kind paths.

A unit's ``unit`` row is its state today; a dated change (rename, move, new kind) keeps what it
was before as a :class:`UnitVersionRow`, so that the tree of any day can be rebuilt
(:func:`versions_on`). The plan's deadlines and quotas follow a unit's path of kinds
(:func:`kind_path`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased
from sqlmodel import col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.services.units.rows import UnitRow, select_rows, to_rows, valid_on
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitVersion


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

    Args:
        ws: the workspace.
        day: the day.

    Returns:
        unit id → (its kind, its parent's id) on that day.
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


def with_version(row: UnitRow, version: UnitVersionRow, parent_code: str | None) -> UnitRow:
    """Return a unit as it was before a dated change.

    Args:
        row: the unit as it is today.
        version: what it was (name, short name, kind, parent).
        parent_code: the code of the parent it had then; None for a root.

    Returns:
        The row with that day's name, short name, kind and parent.
    """
    return replace(
        row,
        name=version.name,
        short_name=version.short_name,
        kind=UnitKind(version.kind),
        parent_id=version.parent_id,
        parent_code=parent_code,
    )


def children(ws: Workspace, parent_id: int | None, *, as_of: date | None = None) -> list[UnitRow]:
    """Return the direct children of a unit (or the roots), in Vietnamese order.

    Args:
        ws: the workspace.
        parent_id: the parent's id; None for the roots.
        as_of: only units valid on that day.

    Returns:
        The children.
    """
    query = select_rows(with_child_count=True).where(
        col(Unit.parent_id).is_(None) if parent_id is None else col(Unit.parent_id) == parent_id
    )
    changed = versions_on(ws, as_of) if as_of is not None else {}
    if as_of is not None:
        query = query.where(valid_on(as_of))
    if changed:
        # Units that were elsewhere or named otherwise on that day: their state of that day.
        query = query.where(col(Unit.id).not_in(list(changed)))
    query = query.order_by(col(Unit.name_sort), col(Unit.code))
    with ws.reading() as session:
        rows = to_rows(session.execute(query))
        if not changed or as_of is None:  # (changed is empty without as_of)
            return rows
        mine = [uid for uid, v in changed.items() if v.parent_id == parent_id]
        extra = to_rows(
            session.execute(select_rows(with_child_count=True).where(col(Unit.id).in_(mine), valid_on(as_of)))
        )
        parent_code = (
            session.scalar(select(col(Unit.code)).where(col(Unit.id) == parent_id)) if parent_id else None
        )
    rows += [with_version(r, changed[r.id], parent_code) for r in extra]
    return sorted(rows, key=lambda r: (sort_key(r.name), r.code))


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
        rows = to_rows(session.execute(select_rows().where(col(Unit.id).in_(select(chain.c.id)))))
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
    """Return the kinds on ``unit``'s path up to the root inside an open session (see :func:`kind_path`).

    Args:
        session: the open session.
        unit: the unit; None gives an empty path.

    Returns:
        The kinds, the unit's own first (a cycle in the parents stops the walk).
    """
    path: list[UnitKind] = []
    seen: set[int] = set()
    while unit is not None and unit.id not in seen:
        seen.add(unit.id)  # type: ignore[arg-type]
        path.append(UnitKind(unit.kind))
        unit = session.get(Unit, unit.parent_id) if unit.parent_id is not None else None
    return tuple(path)
