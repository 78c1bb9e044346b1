"""A directory that remembers (issue #24): dated changes, merges and splits that move nominations.

A unit's ``unit`` row is the unit as it is now; each dated change keeps the state before it as a
:class:`~hagiang_desktop.storage.models.UnitVersion` (name, short name, kind, parent until the
day of the change), so every view as of an earlier day shows the unit as it was
(:func:`hagiang_desktop.services.units.versions_on`).

A merge or split from a day closes the old unit the day before, links it to its successor(s)
and moves each of its nominations to a successor with a
:class:`~hagiang_desktop.storage.models.NominationMove` and an audit entry; views as of an
earlier day still count them under the old unit (:func:`unit_on_expression`).

Each function is one transaction with audit entries; refusals are
:class:`~hagiang_desktop.services.unit_edits.UnitEditError`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.services import audit
from hagiang_desktop.services.unit_edits import (
    EditErrorCode,
    UnitEditError,
    _name,
    _optional,
    _unit,
    check_link_date,
    descendant_ids,
    next_version,
    rename,
    reporting_conflicts,
    snapshot,
)
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import (
    Nomination,
    NominationMove,
    Unit,
    UnitLink,
    UnitVersion,
    search_text,
)

__all__ = [
    "HistoryRow",
    "UnitNomination",
    "change_unit",
    "history",
    "merge_units",
    "nominations_to_place",
    "split_unit",
    "unit_on_expression",
]

#: Leave a value unchanged (``None`` is a value for a short name or a parent).
KEEP: Any = object()


@dataclass(frozen=True)
class HistoryRow:
    """One state of a unit: from when, until when, and what it was called and under whom.

    Attributes:
        valid_from: the first day of this state (None: as far back as the directory goes).
        valid_to: the last day (None: still so).
        name: the name.
        short_name: the short name.
        kind: the kind.
        parent_code: the parent's code.
        legal_basis: the decision that ended this state, if recorded.
    """

    valid_from: date | None
    valid_to: date | None
    name: str
    short_name: str | None
    kind: str
    parent_code: str | None
    legal_basis: str | None = None


@dataclass(frozen=True)
class UnitNomination:
    """A nomination a unit registered, as the split of the unit lists it to send it on.

    Attributes:
        id: the nomination's id (the key of :func:`split_unit`'s ``choices``).
        name: the model's name.
        field_code: its field of the plan.
        year: its year.
        status: its workflow status.
    """

    id: int
    name: str
    field_code: str
    year: int
    status: str


def nominations_to_place(ws: Workspace, code: str) -> list[UnitNomination]:
    """Return the nominations a unit registered: those a split must send to its successors.

    Args:
        ws: the workspace.
        code: the unit to be split.

    Returns:
        Its nominations in the order :func:`split_unit` moves them (by id).

    Raises:
        UnitEditError: UNKNOWN_UNIT.
    """
    with ws.reading() as session:
        unit = _unit(session, code)
        return [
            UnitNomination(n.id, n.name, n.field_code, n.year, n.status)  # type: ignore[arg-type]
            for n in _nominations_of(session, unit)
        ]


def change_unit(
    ws: Workspace,
    code: str,
    day: date,
    *,
    name: str | None = None,
    short_name: Any = KEEP,
    kind: UnitKind | None = None,
    parent_code: Any = KEEP,
    legal_basis: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Record a dated change of a unit's name, short name, kind or parent, keeping the old state.

    From ``day`` on the unit is as given; before it, as it was (a rename on 01/01/2020 shows
    the old name as of 2019 and the new one as of 2020, in every view).

    Args:
        ws: the workspace.
        code: the unit.
        day: the first day of the new state.
        name: the new name (None: unchanged).
        short_name: the new short name (``KEEP``: unchanged; None or "" clears it).
        kind: the new kind (None: unchanged).
        parent_code: the new parent's code (``KEEP``: unchanged; None: a root).
        legal_basis: the decision behind the change, e.g. "Nghị quyết 830/NQ-UBTVQH14".
        expected_version: the ``row_version`` the edit dialog showed; when another clerk saved
            the unit since, nothing is written (:class:`~hagiang_desktop.services.unit_edits.UnitConflict`).
            None: no check. The change moves the version on either way.

    Raises:
        UnitConflict: another clerk saved the unit since ``expected_version``.
        UnitEditError: unknown unit or parent, empty name, CYCLE, DATE_ORDER (on or before the
            unit's start, or after its closing), CHANGE_ORDER (a change from this day or later
            is already recorded: changes are recorded in the order of their days).
    """
    with reporting_conflicts(ws, code), ws.session() as session:
        unit = _unit(session, code)
        assert unit.id is not None
        next_version(session, unit, expected_version)
        if (unit.valid_from is not None and day <= unit.valid_from) or (
            unit.valid_to is not None and day > unit.valid_to
        ):
            raise UnitEditError(EditErrorCode.DATE_ORDER, day.isoformat())
        latest = session.scalar(
            select(func.max(col(UnitVersion.until))).where(col(UnitVersion.unit_id) == unit.id)
        )
        if latest is not None and day <= latest:
            raise UnitEditError(EditErrorCode.CHANGE_ORDER, latest.isoformat())
        parent_id = unit.parent_id
        if parent_code is not KEEP:
            parent = _unit(session, parent_code, EditErrorCode.UNKNOWN_PARENT) if parent_code else None
            if parent is not None and (parent.id == unit.id or parent.id in descendant_ids(session, unit.id)):
                raise UnitEditError(EditErrorCode.CYCLE, parent_code)
            parent_id = parent.id if parent else None
        before = snapshot(unit)
        session.add(
            UnitVersion(
                unit_id=unit.id,
                until=day,
                name=unit.name,
                short_name=unit.short_name,
                kind=unit.kind,
                parent_id=unit.parent_id,
                legal_basis=_optional(legal_basis),
            )
        )
        if name is not None:
            rename(session, unit, _name(name))
        if short_name is not KEEP:
            unit.short_name = _optional(short_name)
        if kind is not None:
            unit.kind = str(UnitKind(kind))
        unit.parent_id = parent_id
        after = snapshot(unit) | {"from": day, "legal_basis": _optional(legal_basis)}
        audit.record(session, action="change_from", entity="unit", entity_id=code, before=before, after=after)


def history(ws: Workspace, code: str) -> list[HistoryRow]:
    """Return a unit's states, oldest first (its versions, then what it is now).

    Raises:
        UnitEditError: unknown unit.
    """
    with ws.reading() as session:
        unit = _unit(session, code)
        codes = dict(session.execute(select(col(Unit.id), col(Unit.code))).all())
        versions = list(
            session.scalars(
                select(UnitVersion)
                .where(col(UnitVersion.unit_id) == unit.id)
                .order_by(col(UnitVersion.until))
            )
        )
        start = unit.valid_from
        rows = []
        for v in versions:
            parent = codes.get(v.parent_id) if v.parent_id else None
            rows.append(
                HistoryRow(
                    start, v.until - timedelta(days=1), v.name, v.short_name, v.kind, parent, v.legal_basis
                )
            )
            start = v.until
        parent = codes.get(unit.parent_id) if unit.parent_id else None
        rows.append(HistoryRow(start, unit.valid_to, unit.name, unit.short_name, unit.kind, parent))
    return rows


def _close_for(session: Session, unit: Unit, day: date) -> None:
    """Close ``unit`` on the day before ``day`` (a merge or split from ``day``)."""
    last = day - timedelta(days=1)
    if unit.valid_from is not None and last < unit.valid_from:
        raise UnitEditError(EditErrorCode.DATE_ORDER, day.isoformat())
    if unit.valid_to is not None and unit.valid_to < last:
        raise UnitEditError(EditErrorCode.AFTER_CLOSING, unit.valid_to.isoformat())
    open_children = session.scalar(
        select(func.count())
        .select_from(Unit)
        .where(col(Unit.parent_id) == unit.id)
        .where(col(Unit.valid_to).is_(None) | (col(Unit.valid_to) > last))
    )
    if open_children:
        raise UnitEditError(EditErrorCode.OPEN_CHILDREN, open_children)
    before = snapshot(unit)
    unit.valid_to = last
    next_version(session, unit, None)  # a dialog opened before the merge or split is told (#22)
    audit.record(
        session, action="close", entity="unit", entity_id=unit.code, before=before, after=snapshot(unit)
    )


def _link(
    session: Session, pred: Unit, succ: Unit, kind: str, day: date, legal_basis: str | None
) -> UnitLink:
    check_link_date(pred, day)
    link = UnitLink(
        predecessor_id=pred.id,  # type: ignore[arg-type]
        successor_id=succ.id,  # type: ignore[arg-type]
        link_kind=kind,
        legal_basis=_optional(legal_basis),
        legal_date=day,
    )
    session.add(link)
    session.flush()
    audit.record(
        session,
        action="link",
        entity="unit_link",
        entity_id=link.id,
        after={
            "predecessor": pred.code,
            "successor": succ.code,
            "kind": kind,
            "legal_basis": link.legal_basis,
            "legal_date": day,
        },  # fmt: skip
    )
    return link


def _move(
    session: Session, nomination: Nomination, pred: Unit, succ: Unit, day: date, link: UnitLink
) -> None:
    """Move one nomination to its successor unit from ``day``, with its move record and audit."""
    session.add(
        NominationMove(
            nomination_id=nomination.id,  # type: ignore[arg-type]
            from_unit_id=pred.id,  # type: ignore[arg-type]
            to_unit_id=succ.id,  # type: ignore[arg-type]
            moved_on=day,
            link_id=link.id,
        )
    )
    nomination.registering_unit_id = succ.id  # type: ignore[assignment]
    nomination.search_fold = search_text(nomination.name, succ.name_fold, nomination.achievements)
    audit.record(
        session,
        action="move",
        entity="nomination",
        entity_id=nomination.id,
        before={"registering_unit": pred.code},
        after={"registering_unit": succ.code, "from": day, "link": link.link_kind},
    )


def _nominations_of(session: Session, unit: Unit) -> list[Nomination]:
    query = (
        select(Nomination).where(col(Nomination.registering_unit_id) == unit.id).order_by(col(Nomination.id))
    )
    return list(session.scalars(query))


def merge_units(
    ws: Workspace,
    predecessor_codes: Sequence[str],
    successor_code: str,
    day: date,
    *,
    legal_basis: str | None = None,
) -> int:
    """Merge units into a successor from ``day``: close them the day before, link, move nominations.

    Every nomination the old units registered goes to the successor (with a move record and an
    audit entry); as of an earlier day they still count under the old units.

    Args:
        ws: the workspace.
        predecessor_codes: the merged units.
        successor_code: the unit they become (an existing one, or one added from ``day``).
        day: the first day of the merged unit.
        legal_basis: the decision.

    Returns:
        How many nominations moved.

    Raises:
        UnitEditError: unknown unit, SELF_LINK, DATE_ORDER, AFTER_CLOSING (a unit already closed
            earlier), OPEN_CHILDREN (units still open under an old unit).
    """
    moved = 0
    with ws.session() as session:
        succ = _unit(session, successor_code)
        for code in predecessor_codes:
            if code == successor_code:
                raise UnitEditError(EditErrorCode.SELF_LINK, code)
            pred = _unit(session, code)
            _close_for(session, pred, day)
            link = _link(session, pred, succ, "merge", day, legal_basis)
            for nomination in _nominations_of(session, pred):
                _move(session, nomination, pred, succ, day, link)
                moved += 1
    return moved


def split_unit(
    ws: Workspace,
    predecessor_code: str,
    successor_codes: Sequence[str],
    day: date,
    choices: Mapping[int, str],
    *,
    legal_basis: str | None = None,
) -> int:
    """Split a unit into successors from ``day``; each nomination goes where ``choices`` says.

    Args:
        ws: the workspace.
        predecessor_code: the unit split.
        successor_codes: the units it becomes.
        day: their first day.
        choices: nomination id → the successor's code, for every nomination of the old unit.
        legal_basis: the decision.

    Returns:
        How many nominations moved.

    Raises:
        UnitEditError: as :func:`merge_units`; NEEDS_CHOICE (a nomination without a successor
            chosen), NOT_SUCCESSOR (a choice that is not one of the successors).
    """
    with ws.session() as session:
        pred = _unit(session, predecessor_code)
        succs = {code: _unit(session, code) for code in successor_codes}
        if predecessor_code in succs:
            raise UnitEditError(EditErrorCode.SELF_LINK, predecessor_code)
        wrong = sorted(set(choices.values()) - succs.keys())
        if wrong:
            raise UnitEditError(EditErrorCode.NOT_SUCCESSOR, wrong[0])
        nominations = _nominations_of(session, pred)
        missing = [n.id for n in nominations if n.id not in choices]
        if missing:
            raise UnitEditError(EditErrorCode.NEEDS_CHOICE, missing[0])
        _close_for(session, pred, day)
        links = {code: _link(session, pred, succ, "split", day, legal_basis) for code, succ in succs.items()}
        for nomination in nominations:
            target = choices[nomination.id]  # type: ignore[index]
            _move(session, nomination, pred, succs[target], day, links[target])
    return len(nominations)


def unit_on_expression(session: Session, day: date) -> ColumnElement[int] | None:
    """Return the SQL expression "a nomination's registering unit on ``day``", or None.

    None when it is simply ``nomination.registering_unit_id`` (no nomination moved after that day).

    The dashboard groups by it: a model moved by a merge from a later day still counts under
    its old unit as of the earlier day, and under the successor from the day of the move.
    """
    if not session.scalar(select(exists().where(col(NominationMove.moved_on) > day))):
        return None
    earliest_after = (
        select(col(NominationMove.from_unit_id))
        .where(col(NominationMove.nomination_id) == col(Nomination.id), col(NominationMove.moved_on) > day)
        .order_by(col(NominationMove.moved_on), col(NominationMove.id))
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(earliest_after, col(Nomination.registering_unit_id))
