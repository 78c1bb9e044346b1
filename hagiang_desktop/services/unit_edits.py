"""Editing the unit directory: add, rename, move, close, contacts, groups, links, delete.

Each function is one transaction with an audit entry (who, when, before, after). Refusals are
raised as :class:`UnitEditError` with a stable code that the UI and the CLI translate.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.services import audit, units
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import OFFICE_UNIT, Workspace, get_setting
from hagiang_desktop.storage.models import (
    Nomination,
    Receipt,
    Unit,
    UnitGroup,
    UnitGroupMember,
    UnitLink,
    name_values,
    search_text,
    set_name,
)

#: Kinds of predecessor → successor link.
LINK_KINDS = ("merge", "split", "rename")


class EditErrorCode(StrEnum):
    """Why an edit of the directory is refused (the UI and the CLI translate these)."""

    UNKNOWN_UNIT = "unknown_unit"
    UNKNOWN_PARENT = "unknown_parent"
    DUPLICATE_CODE = "duplicate_code"
    BAD_CODE = "bad_code"
    EMPTY_NAME = "empty_name"
    CYCLE = "cycle"
    OPEN_CHILDREN = "open_children"
    DATE_ORDER = "date_order"
    HAS_NOMINATIONS = "has_nominations"
    HAS_CHILDREN = "has_children"
    HAS_RECEIPTS = "has_receipts"
    IS_OFFICE = "is_office"
    UNKNOWN_GROUP = "unknown_group"
    SELF_LINK = "self_link"
    BAD_LINK_KIND = "bad_link_kind"
    AFTER_CLOSING = "after_closing"
    CHANGE_ORDER = "change_order"
    NEEDS_CHOICE = "needs_choice"
    NOT_SUCCESSOR = "not_successor"
    #: Another clerk saved the unit since the dialog opened (several clerks on one server, #22);
    #: the detail names who.
    CHANGED_MEANWHILE = "changed_meanwhile"


class UnitEditError(Exception):
    """An edit the directory refuses.

    Attributes:
        code: the stable reason.
        detail: the offending value (a code, a count, a date), for the message.
    """

    def __init__(self, code: EditErrorCode, detail: object = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = str(detail)


class UnitConflict(UnitEditError):
    """Another clerk saved the unit since the dialog showed it (code ``changed_meanwhile``, #22).

    Nothing was written. The directory shows both versions and asks: keep theirs, or save mine
    over theirs (again, with ``expected_version`` = :attr:`theirs`'s ``row_version``).

    Attributes:
        theirs: the unit as it is now, with the other clerk's change.
        their_groups: the emulation groups it belongs to now.
        who: who saved it last (the audit's actor), "" when unknown.
    """

    def __init__(self, theirs: UnitRow, their_groups: frozenset[str], who: str) -> None:
        super().__init__(EditErrorCode.CHANGED_MEANWHILE, who or "?")
        self.theirs = theirs
        self.their_groups = their_groups
        self.who = who


class _Stale(Exception):
    """The row moved on inside a transaction; :func:`reporting_conflicts` reads theirs after it."""

    def __init__(self, who: str) -> None:
        super().__init__(who)
        self.who = who


def next_version(session: Session, unit: Unit, expected: int | None) -> None:
    """Move a unit's ``row_version`` on, first checking it is still ``expected`` (None: no check).

    Every saved change of a unit moves its version on, so that a dialog opened before it is told.
    Inside :func:`reporting_conflicts`, which turns a stale version into a :class:`UnitConflict`.
    """
    if expected is not None:
        session.refresh(unit, with_for_update=True)  # a second save waits for the first's commit
        if unit.row_version != expected:
            raise _Stale(audit.last_actor(session, "unit", unit.code))
    unit.row_version += 1


@contextmanager
def reporting_conflicts(ws: Workspace, code: str) -> Iterator[None]:
    """Around a transaction that calls :func:`next_version`: a stale version is a :class:`UnitConflict`.

    Their version is read once the transaction is rolled back, so it is what the other clerk saved.
    """
    try:
        yield
    except _Stale as stale:
        theirs = units.get_unit(ws, code)
        if theirs is None:  # deleted meanwhile
            raise UnitEditError(EditErrorCode.UNKNOWN_UNIT, code) from None
        raise UnitConflict(theirs, frozenset(units.unit_groups(ws, code)), stale.who) from None


@dataclass(frozen=True)
class Contacts:
    """Contact details of a unit for emulation work.

    Attributes:
        person: the person in charge.
        phone: their phone number.
        email: their e-mail address.
    """

    person: str | None = None
    phone: str | None = None
    email: str | None = None


def snapshot(unit: Unit) -> dict[str, Any]:
    """Return the audit snapshot of a unit (the columns a clerk can change)."""
    return {
        "code": unit.code,
        "name": unit.name,
        "short_name": unit.short_name,
        "kind": unit.kind,
        "parent_id": unit.parent_id,
        "valid_from": unit.valid_from,
        "valid_to": unit.valid_to,
        "contact_person": unit.contact_person,
        "contact_phone": unit.contact_phone,
        "contact_email": unit.contact_email,
    }


@contextmanager
def _audited(session: Session, unit: Unit, action: str) -> Iterator[None]:
    """Record the unit's state before and after the block as one audit entry."""
    before = snapshot(unit)
    next_version(session, unit, None)  # a dialog opened before this change is told of it (#22)
    yield
    audit.record(
        session, action=action, entity="unit", entity_id=unit.code, before=before, after=snapshot(unit)
    )


def rename(session: Session, unit: Unit, name: str) -> None:
    """Give a unit a new name in the caller's transaction, with everything derived from it.

    Its folded name and sort key follow, and so does the search text of the nominations it
    registered (their ``search_fold`` holds the unit's folded name, so that searching for the
    new name finds them and the old one no longer does).

    Args:
        session: the open session (the caller's one transaction).
        unit: the unit, already in the database or just added.
        name: the cleaned new name.
    """
    old_fold = unit.name_fold
    set_name(unit, name)
    if unit.id is None or unit.name_fold == old_fold:
        return
    rows = session.execute(
        select(col(Nomination.id), col(Nomination.name), col(Nomination.achievements)).where(
            col(Nomination.registering_unit_id) == unit.id
        )
    ).all()
    if rows:
        # ORM bulk UPDATE by primary key: one executemany, whatever the count.
        session.execute(
            update(Nomination),
            [{"id": nid, "search_fold": search_text(n, unit.name_fold, a)} for nid, n, a in rows],
        )


def _unit(session: Session, code: str, error: EditErrorCode = EditErrorCode.UNKNOWN_UNIT) -> Unit:
    unit = session.scalar(select(Unit).where(col(Unit.code) == code))
    if unit is None:
        raise UnitEditError(error, code)
    return unit


def _optional(text: str | None) -> str | None:
    return clean_text(text) or None if text is not None else None


def check_code(code: str) -> str:
    """Return the code normalised, or refuse an empty code or one with spaces or control characters."""
    cleaned = unicodedata.normalize("NFC", code or "").strip()
    if not cleaned or any(c.isspace() or unicodedata.category(c).startswith("C") for c in cleaned):
        raise UnitEditError(EditErrorCode.BAD_CODE, cleaned)
    return cleaned


def _name(name: str) -> str:
    cleaned = clean_text(name)
    if not cleaned:
        raise UnitEditError(EditErrorCode.EMPTY_NAME)
    return cleaned


def add_unit(
    ws: Workspace,
    *,
    code: str,
    name: str,
    kind: UnitKind,
    parent_code: str | None,
    valid_from: date | None = None,
    short_name: str | None = None,
    contacts: Contacts | None = None,
) -> int:
    """Add a unit to the directory.

    Args:
        ws: the workspace.
        code: its unique code.
        name: its full name (normalised to NFC).
        kind: its kind.
        parent_code: the parent's code, or None for a root.
        valid_from: the first day it exists, if known.
        short_name: a short name, if any.
        contacts: contact details, if known.

    Returns:
        The new unit's id.

    Raises:
        UnitEditError: bad or duplicate code, empty name, unknown parent.
    """
    code = check_code(code)
    name = _name(name)
    contacts = contacts or Contacts()
    with ws.session() as session:
        if session.scalar(select(col(Unit.id)).where(col(Unit.code) == code)) is not None:
            raise UnitEditError(EditErrorCode.DUPLICATE_CODE, code)
        parent = _unit(session, parent_code, EditErrorCode.UNKNOWN_PARENT) if parent_code else None
        unit = Unit(
            code=code,
            **name_values(name),
            short_name=_optional(short_name),
            kind=str(kind),
            parent_id=parent.id if parent else None,
            valid_from=valid_from,
            contact_person=_optional(contacts.person),
            contact_phone=_optional(contacts.phone),
            contact_email=_optional(contacts.email),
            directory=_directory_of(session, parent),
        )
        session.add(unit)
        session.flush()
        audit.record(session, action="create", entity="unit", entity_id=code, after=snapshot(unit))
        assert unit.id is not None
        return unit.id


def _directory_of(session: Session, parent: Unit | None) -> str:
    if parent is not None:
        return parent.directory
    first = session.scalar(select(col(Unit.directory)).limit(1))
    return first or "local"


def update_unit(
    ws: Workspace,
    code: str,
    *,
    name: str,
    kind: UnitKind,
    short_name: str | None,
    valid_from: date | None,
    contacts: Contacts,
    group_codes: set[str] | None = None,
    expected_version: int | None = None,
) -> None:
    """Change a unit's name, kind, start date, contact details and groups in one step.

    Args:
        ws: the workspace.
        code: the unit.
        name: its name.
        kind: its kind.
        short_name: its short name.
        valid_from: its first day.
        contacts: its contact details.
        group_codes: the emulation groups it belongs to (None: unchanged).
        expected_version: the ``row_version`` the dialog showed; when another clerk saved the
            unit since, nothing is written and :class:`UnitConflict` gives their version. None:
            no check.

    Raises:
        UnitConflict: another clerk saved the unit since ``expected_version``.
        UnitEditError: unknown unit or group, empty name, start after end.
    """
    name = _name(name)
    with reporting_conflicts(ws, code), ws.session() as session:
        unit = _unit(session, code)
        next_version(session, unit, expected_version)
        if valid_from is not None and unit.valid_to is not None and valid_from > unit.valid_to:
            raise UnitEditError(EditErrorCode.DATE_ORDER, valid_from.isoformat())
        before = snapshot(unit)
        rename(session, unit, name)
        unit.kind = str(kind)
        unit.short_name = _optional(short_name)
        unit.valid_from = valid_from
        unit.contact_person = _optional(contacts.person)
        unit.contact_phone = _optional(contacts.phone)
        unit.contact_email = _optional(contacts.email)
        after = snapshot(unit)
        if after != before:
            action = "rename" if before["name"] != after["name"] else "update"
            audit.record(session, action=action, entity="unit", entity_id=code, before=before, after=after)
        if group_codes is not None:
            _replace_groups(session, unit, group_codes)


def rename_unit(ws: Workspace, code: str, name: str) -> None:
    """Rename a unit (its code, history and nominations stay).

    Raises:
        UnitEditError: unknown unit or empty name.
    """
    name = _name(name)
    with ws.session() as session:
        unit = _unit(session, code)
        with _audited(session, unit, "rename"):
            rename(session, unit, name)


def set_contacts(ws: Workspace, code: str, contacts: Contacts) -> None:
    """Set who to call at a unit about emulation work.

    Raises:
        UnitEditError: unknown unit.
    """
    with ws.session() as session:
        unit = _unit(session, code)
        with _audited(session, unit, "contacts"):
            unit.contact_person = _optional(contacts.person)
            unit.contact_phone = _optional(contacts.phone)
            unit.contact_email = _optional(contacts.email)


def descendant_ids(session: Session, unit_id: int) -> set[int]:
    """Return the ids below a unit at any depth (not the unit itself)."""
    by_parent: dict[int, list[int]] = {}
    for child, parent in session.execute(
        select(col(Unit.id), col(Unit.parent_id)).where(col(Unit.parent_id).is_not(None))
    ):
        by_parent.setdefault(parent, []).append(child)
    found: set[int] = set()
    stack = list(by_parent.get(unit_id, []))
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(by_parent.get(current, []))
    return found


def move_unit(ws: Workspace, code: str, new_parent_code: str | None) -> None:
    """Put a unit (with everything under it) under another parent, or make it a root.

    Raises:
        UnitEditError: unknown unit or parent; CYCLE when the new parent is the unit itself or
            one of its descendants.
    """
    with ws.session() as session:
        unit = _unit(session, code)
        parent = _unit(session, new_parent_code, EditErrorCode.UNKNOWN_PARENT) if new_parent_code else None
        assert unit.id is not None
        if parent is not None and (parent.id == unit.id or parent.id in descendant_ids(session, unit.id)):
            raise UnitEditError(EditErrorCode.CYCLE, new_parent_code)
        with _audited(session, unit, "move"):
            unit.parent_id = parent.id if parent else None


def close_unit(ws: Workspace, code: str, valid_to: date) -> None:
    """Close a unit: it existed until ``valid_to`` and stays in history and in old lists.

    Raises:
        UnitEditError: unknown unit; DATE_ORDER before its start; OPEN_CHILDREN while a child is
            still open after that day (close or move them first).
    """
    with ws.session() as session:
        unit = _unit(session, code)
        if unit.valid_from is not None and valid_to < unit.valid_from:
            raise UnitEditError(EditErrorCode.DATE_ORDER, valid_to.isoformat())
        open_children = session.scalar(
            select(func.count())
            .select_from(Unit)
            .where(col(Unit.parent_id) == unit.id)
            .where(col(Unit.valid_to).is_(None) | (col(Unit.valid_to) > valid_to))
        )
        if open_children:
            raise UnitEditError(EditErrorCode.OPEN_CHILDREN, open_children)
        with _audited(session, unit, "close"):
            unit.valid_to = valid_to


def reopen_unit(ws: Workspace, code: str) -> None:
    """Undo a closing: the unit exists again with no end date.

    Raises:
        UnitEditError: unknown unit.
    """
    with ws.session() as session:
        unit = _unit(session, code)
        with _audited(session, unit, "reopen"):
            unit.valid_to = None


def delete_unit(ws: Workspace, code: str) -> None:
    """Delete a unit for good: only one typed by mistake (no nominations, children or receipts).

    Raises:
        UnitEditError: unknown unit, HAS_NOMINATIONS, HAS_CHILDREN, HAS_RECEIPTS, IS_OFFICE.
    """
    if get_setting(ws, OFFICE_UNIT) == code:
        raise UnitEditError(EditErrorCode.IS_OFFICE, code)
    with ws.session() as session:
        unit = _unit(session, code)
        nominations = session.scalar(
            select(func.count())
            .select_from(Nomination)
            .where(
                (col(Nomination.registering_unit_id) == unit.id) | (col(Nomination.member_unit_id) == unit.id)
            )
        )
        if nominations:
            raise UnitEditError(EditErrorCode.HAS_NOMINATIONS, nominations)
        children = session.scalar(
            select(func.count()).select_from(Unit).where(col(Unit.parent_id) == unit.id)
        )
        if children:
            raise UnitEditError(EditErrorCode.HAS_CHILDREN, children)
        receipts = session.scalar(
            select(func.count()).select_from(Receipt).where(col(Receipt.unit_id) == unit.id)
        )
        if receipts:
            raise UnitEditError(EditErrorCode.HAS_RECEIPTS, receipts)
        before = snapshot(unit)
        session.delete(unit)
        audit.record(session, action="delete", entity="unit", entity_id=code, before=before)


def set_groups(ws: Workspace, code: str, group_codes: set[str]) -> None:
    """Make a unit a member of exactly these emulation groups.

    Raises:
        UnitEditError: unknown unit or group.
    """
    with ws.session() as session:
        unit = _unit(session, code)
        if _replace_groups(session, unit, group_codes):
            next_version(session, unit, None)  # the groups are the unit's: an open dialog is told (#22)


def _replace_groups(session: Session, unit: Unit, group_codes: set[str]) -> bool:
    """Make ``unit`` a member of exactly ``group_codes`` (audited); tell whether that changed anything."""
    ids = dict(session.execute(select(col(UnitGroup.code), col(UnitGroup.id))).all())
    unknown = sorted(group_codes - ids.keys())
    if unknown:
        raise UnitEditError(EditErrorCode.UNKNOWN_GROUP, unknown[0])
    before = sorted(
        session.scalars(
            select(col(UnitGroup.code))
            .join(UnitGroupMember, col(UnitGroupMember.group_id) == col(UnitGroup.id))
            .where(col(UnitGroupMember.unit_id) == unit.id)
        )
    )
    if before == sorted(group_codes):
        return False
    session.execute(delete(UnitGroupMember).where(col(UnitGroupMember.unit_id) == unit.id))
    for group in sorted(group_codes):
        session.add(UnitGroupMember(unit_id=unit.id, group_id=ids[group]))  # type: ignore[arg-type]
    audit.record(
        session,
        action="groups",
        entity="unit",
        entity_id=unit.code,
        before={"groups": before},
        after={"groups": sorted(group_codes)},
    )
    return True


def add_link(
    ws: Workspace,
    *,
    predecessor_code: str,
    successor_code: str,
    kind: str,
    legal_basis: str | None,
    legal_date: date | None,
) -> int:
    """Record that one unit was succeeded by another (merge, split or rename) and on what legal basis.

    Returns:
        The link's id.

    Raises:
        UnitEditError: unknown unit, SELF_LINK, BAD_LINK_KIND, AFTER_CLOSING (dated after the
            day following the predecessor's closing: it no longer existed to be succeeded).
    """
    if kind not in LINK_KINDS:
        raise UnitEditError(EditErrorCode.BAD_LINK_KIND, kind)
    if predecessor_code == successor_code:
        raise UnitEditError(EditErrorCode.SELF_LINK, predecessor_code)
    with ws.session() as session:
        pred = _unit(session, predecessor_code)
        succ = _unit(session, successor_code)
        check_link_date(pred, legal_date)
        link = UnitLink(
            predecessor_id=pred.id,  # type: ignore[arg-type]
            successor_id=succ.id,  # type: ignore[arg-type]
            link_kind=kind,
            legal_basis=_optional(legal_basis),
            legal_date=legal_date,
        )
        session.add(link)
        session.flush()
        after = {
            "predecessor": predecessor_code,
            "successor": successor_code,
            "kind": kind,
            "legal_basis": link.legal_basis,
            "legal_date": legal_date,
        }
        audit.record(session, action="link", entity="unit_link", entity_id=link.id, after=after)
        assert link.id is not None
        return link.id


def check_link_date(predecessor: Unit, legal_date: date | None) -> None:
    """Refuse a link dated after the predecessor's closing (its successor takes over the next day).

    Raises:
        UnitEditError: AFTER_CLOSING, with the closing day.
    """
    closed = predecessor.valid_to
    if legal_date is not None and closed is not None and legal_date > closed + timedelta(days=1):
        raise UnitEditError(EditErrorCode.AFTER_CLOSING, closed.isoformat())


def remove_link(ws: Workspace, link_id: int) -> None:
    """Remove a predecessor → successor link (typed by mistake)."""
    with ws.session() as session:
        link = session.get(UnitLink, link_id)
        if link is None:
            raise UnitEditError(EditErrorCode.UNKNOWN_UNIT, link_id)
        before = {
            "predecessor_id": link.predecessor_id,
            "successor_id": link.successor_id,
            "kind": link.link_kind,
            "legal_basis": link.legal_basis,
            "legal_date": link.legal_date,
        }
        session.delete(link)
        audit.record(session, action="unlink", entity="unit_link", entity_id=link_id, before=before)
