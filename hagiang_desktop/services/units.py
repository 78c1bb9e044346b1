"""Reading the unit directory: lists, children for the lazy tree, search, ancestors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import aliased

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import fold, sort_key
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit


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

    def is_valid_on(self, day: date) -> bool:
        """Tell whether the unit existed on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


_Parent = aliased(Unit)
_Child = aliased(Unit)


def _select_rows(*, with_child_count: bool = False):  # type: ignore[no-untyped-def]
    child_count = (
        select(func.count()).where(_Child.parent_id == Unit.id).scalar_subquery()
        if with_child_count
        else literal(0)
    )
    return select(
        Unit.id,
        Unit.code,
        Unit.name,
        Unit.kind,
        Unit.parent_id,
        _Parent.code,
        Unit.valid_from,
        Unit.valid_to,
        child_count,
    ).outerjoin(_Parent, Unit.parent_id == _Parent.id)


def _valid_on(day: date):  # type: ignore[no-untyped-def]
    return and_(
        or_(Unit.valid_from.is_(None), Unit.valid_from <= day),  # type: ignore[union-attr,operator]
        or_(Unit.valid_to.is_(None), Unit.valid_to >= day),  # type: ignore[union-attr,operator]
    )


def _to_rows(result: object) -> list[UnitRow]:
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
        )
        for r in result  # type: ignore[attr-defined]
    ]


def list_units(
    ws: Workspace,
    *,
    search: str | None = None,
    parent_code: str | None = None,
    kinds: set[UnitKind] | None = None,
    as_of: date | None = None,
) -> list[UnitRow]:
    """List units in Vietnamese alphabetical order of name.

    Args:
        ws: the workspace.
        search: folded search: "dong van" finds "Đồng Văn", anywhere in the name.
        parent_code: only the direct children of this unit.
        kinds: only these kinds.
        as_of: only units valid on that day.

    Returns:
        The matching units.
    """
    query = _select_rows()
    if search:
        query = query.where(Unit.name_fold.contains(fold(search), autoescape=True))  # type: ignore[attr-defined]
    if parent_code is not None:
        query = query.where(_Parent.code == parent_code)
    if kinds:
        query = query.where(Unit.kind.in_([str(k) for k in kinds]))  # type: ignore[attr-defined]
    if as_of is not None:
        query = query.where(_valid_on(as_of))
    query = query.order_by(Unit.name.collate("vi"), Unit.code)  # type: ignore[attr-defined]
    with ws.session() as session:
        return _to_rows(session.execute(query))


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
        Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id  # type: ignore[union-attr]
    )
    if as_of is not None:
        query = query.where(_valid_on(as_of))
    query = query.order_by(Unit.name.collate("vi"), Unit.code)  # type: ignore[attr-defined]
    with ws.session() as session:
        return _to_rows(session.execute(query))


def get_unit(ws: Workspace, code: str) -> UnitRow | None:
    """Return the unit with this code, or None."""
    with ws.session() as session:
        rows = _to_rows(session.execute(_select_rows().where(Unit.code == code)))
    return rows[0] if rows else None


def subtree_ids(ws: Workspace, root_code: str) -> set[int]:
    """Return the ids of a unit and all its descendants, whatever the depth.

    Args:
        ws: the workspace.
        root_code: the top unit's code.

    Returns:
        The ids, the root included; empty if the code is unknown.
    """
    with ws.session() as session:
        rows = session.execute(select(Unit.id, Unit.parent_id, Unit.code)).all()
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
    with ws.session() as session:
        parent_of = dict(session.execute(select(Unit.id, Unit.parent_id)).all())  # type: ignore[arg-type]
        wanted: set[int] = set()
        for row in matches:
            current: int | None = row.id
            while current is not None and current not in wanted:
                wanted.add(current)
                current = parent_of.get(current)
        rows = _to_rows(session.execute(_select_rows().where(Unit.id.in_(wanted))))  # type: ignore[union-attr]
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
