"""Saving one nomination: its checks against the plan, the supplement mark, duplicates, versions.

The form's use case: :func:`get_nomination` loads one (with its ``row_version``),
:func:`is_supplement` and :func:`validate_input` answer before saving, :func:`save_nomination`
writes it in one transaction and refuses a save over another clerk's (:class:`NominationConflict`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import delete, select
from sqlmodel import Session, col

from hagiang_desktop.core import plan as plan_rules
from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.core.plan import Eligibility
from hagiang_desktop.core.vntext import clean_text, fold
from hagiang_desktop.core.workflow import SENT
from hagiang_desktop.services import audit, units
from hagiang_desktop.services.nomination_columns import cleaned, stored_columns
from hagiang_desktop.services.nominations.common import (
    NominationConflict,
    NominationDetail,
    NominationInput,
    NominationProblem,
    StatusHistoryEntry,
    audit_snapshot,
    current_checks,
    require_nomination,
)
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import CriterionCheck, Nomination, StatusEvent, Unit


@dataclass(frozen=True)
class Duplicate:
    """Another nomination with the same folded name in the same field and year."""

    id: int
    name: str
    unit_name: str


@dataclass(frozen=True)
class SaveResult:
    """What saving a nomination tells the clerk.

    Attributes:
        id: the nomination's id.
        eligibility: the plan's verdict on its criteria.
        is_supplement: received after its deadline (plan IV.2).
        duplicates: possible duplicates (the clerk decides).
    """

    id: int
    eligibility: Eligibility
    is_supplement: bool
    duplicates: tuple[Duplicate, ...]


def _unit_by_code(session: Session, code: str | None) -> Unit | None:
    if not code:
        return None
    unit = session.scalars(select(Unit).where(col(Unit.code) == code)).first()
    if unit is None:
        raise NominationProblem("unknown_unit", code)
    return unit


def supplement_for(ws: Workspace, session: Session, unit: Unit, received_on: date | None) -> bool:
    """Tell whether a registration received on ``received_on`` from ``unit`` came after its deadline.

    Args:
        ws: the workspace (its plan gives the deadline for the unit's kind).
        session: the open session.
        unit: the registering unit.
        received_on: the local date the registration was received.

    Returns:
        True when received after the last on-time day of the unit's deadline (the rule is
        ``core.plan.is_supplement``).
    """
    if received_on is None:
        return False
    return plan_rules.is_supplement(
        ws.plan.deadline_for_path(units.session_kind_path(session, unit)), received_on
    )


def is_supplement(ws: Workspace, unit_code: str | None, received_on: date | None) -> bool:
    """Tell whether a registration from a unit, received on a day, would be a supplement (IV.2).

    The form shows this live, before saving; an unknown unit is not a supplement.

    Args:
        ws: the workspace (its plan gives the deadlines).
        unit_code: the registering unit's code; None or "" when not chosen yet.
        received_on: the day the registration was received; None when not given.

    Returns:
        True when received after the unit's deadline.
    """
    if not unit_code or received_on is None:
        return False
    with ws.reading() as session:
        unit = session.scalars(select(Unit).where(col(Unit.code) == unit_code)).first()
        return unit is not None and supplement_for(ws, session, unit, received_on)


def _validate(ws: Workspace, data: NominationInput) -> Eligibility:
    plan = ws.plan
    if not clean_text(data.name):
        raise NominationProblem("name_required")
    try:
        fld = plan.field(data.field_code)
    except KeyError as error:
        raise NominationProblem("unknown_field", data.field_code) from error
    if fld.open and not clean_text(data.field_title or ""):
        # III.2's fields are "một số lĩnh vực": another field is welcome, but it must be named.
        raise NominationProblem("field_title_required", fld.short_vi)
    if not plan.kind_allowed(data.field_code, data.kind):
        raise NominationProblem("kind_not_allowed", f"{data.field_code}/{data.kind}")
    eligibility = plan.evaluate(data.field_code, data.kind, data.checks)
    if eligibility.unknown:
        raise NominationProblem("unknown_criterion", ", ".join(eligibility.unknown))
    return eligibility


def find_duplicates(
    session: Session, *, name: str, field_code: str, year: int, exclude_id: int | None
) -> tuple[Duplicate, ...]:
    """Find nominations with the same folded name in the same field and year, in any unit.

    Args:
        session: the open session.
        name: the name as typed (folded here: no diacritics, no case).
        field_code: the plan field.
        year: the registration year.
        exclude_id: the nomination being saved, which is not its own duplicate; None for none.

    Returns:
        The possible duplicates (the clerk decides).
    """
    query = (
        select(col(Nomination.id), col(Nomination.name), col(Unit.name))
        .join(Unit, col(Unit.id) == col(Nomination.registering_unit_id))
        .where(
            col(Nomination.name_fold) == fold(name),
            col(Nomination.field_code) == field_code,
            col(Nomination.year) == year,
        )
    )
    if exclude_id is not None:
        query = query.where(col(Nomination.id) != exclude_id)
    return tuple(Duplicate(id=r[0], name=r[1], unit_name=r[2]) for r in session.execute(query))


def save_nomination(
    ws: Workspace,
    data: NominationInput,
    nomination_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> SaveResult:
    """Create or update a nomination, its criteria ticks and evidence, in one transaction.

    Args:
        ws: the workspace.
        data: the form's content (text is NFC-normalised here).
        nomination_id: the nomination to update; None to create one.
        expected_version: the ``row_version`` the form loaded; when the row has moved on since
            (another clerk saved it), nothing is written and :class:`NominationConflict` says so.
            None (imports, scripts): no check.

    Returns:
        The id, the eligibility, the supplement mark and possible duplicates.

    Raises:
        NominationConflict: another clerk saved it since ``expected_version``.
        NominationProblem: the plan or the directory refuses the input, or the nomination was
            sent (``sent_read_only``); nothing is written.
    """
    eligibility = _validate(ws, data)
    data = cleaned(data)
    now = datetime.now(UTC)
    with ws.session() as session:
        unit = _unit_by_code(session, data.registering_unit_code)
        if unit is None or unit.id is None:
            raise NominationProblem("unknown_unit", data.registering_unit_code)
        member = _unit_by_code(session, data.member_unit_code)
        deadline = ws.plan.deadline_for_path(units.session_kind_path(session, unit))
        values = stored_columns(ws.plan, data, unit=unit, deadline=deadline, member=member, now=now)
        is_supplement = bool(values["is_supplement"])
        name = data.name
        checks = data.checks
        if nomination_id is None:
            nomination = Nomination(uid=str(uuid.uuid4()), created_at=now, status=str(data.status), **values)
            session.add(nomination)
            session.flush()
            before = None
            session.add(
                StatusEvent(
                    nomination_id=cast(int, nomination.id),
                    from_status=None,
                    to_status=str(data.status),
                    at=now,
                )
            )
        else:
            # FOR UPDATE on a server: a second clerk's save waits here for the first to commit,
            # then sees its new version (SQLite's BEGIN IMMEDIATE already serialises writers).
            nomination = require_nomination(session, nomination_id, for_update=True)
            if expected_version is not None and nomination.row_version != expected_version:
                raise NominationConflict(_detail(session, nomination))
            if nomination.status in SENT:
                raise NominationProblem("sent_read_only", nomination.status)
            before = audit_snapshot(nomination, current_checks(session, nomination_id))
            for key, value in values.items():
                setattr(nomination, key, value)
            nomination.row_version += 1
            session.execute(delete(CriterionCheck).where(col(CriterionCheck.nomination_id) == nomination_id))
        assert nomination.id is not None
        for code, note in checks.items():
            session.add(
                CriterionCheck(
                    nomination_id=nomination.id, criterion_code=code, met=True, evidence=note or None
                )
            )
        session.flush()
        audit.record(
            session,
            action="create" if before is None else "update",
            entity="nomination",
            entity_id=nomination.id,
            before=before,
            after=audit_snapshot(nomination, checks),
        )
        duplicates = find_duplicates(
            session, name=name, field_code=data.field_code, year=data.year, exclude_id=nomination.id
        )
        return SaveResult(nomination.id, eligibility, is_supplement, duplicates)


def _code_of(session: Session, unit_id: int | None) -> str | None:
    if unit_id is None:
        return None
    unit = session.get(Unit, unit_id)
    return unit.code if unit else None


def get_nomination(ws: Workspace, nomination_id: int) -> NominationDetail:
    """Return one nomination with its checks and status history.

    Args:
        ws: the workspace.
        nomination_id: the nomination.

    Returns:
        It as the form shows it, with its ``row_version`` and who saved it last.

    Raises:
        NominationProblem: ``not_found``.
    """
    with ws.reading() as session:
        return _detail(session, require_nomination(session, nomination_id))


def _detail(session: Session, n: Nomination) -> NominationDetail:
    """Return a nomination row as the form shows it (its checks, history and last saver)."""
    nomination_id = n.id
    assert nomination_id is not None
    data = NominationInput(
        kind=NomineeKind(n.kind),
        field_code=n.field_code,
        name=n.name,
        registering_unit_code=_code_of(session, n.registering_unit_id) or "",
        checks=current_checks(session, nomination_id),
        position=n.position,
        work_unit=n.work_unit,
        gender=n.gender,
        birth_year=n.birth_year,
        member_unit_code=_code_of(session, n.member_unit_id),
        household_head=n.household_head,
        village=n.village,
        commune=n.commune,
        achievements=n.achievements,
        good_practice=n.good_practice,
        replication_plan=n.replication_plan,
        target_honour=n.target_honour,
        received_on=n.received_on,
        channel=Channel(n.channel) if n.channel else None,
        note=n.note,
        year=n.year,
        status=NominationStatus(n.status),
        source_key=n.source_key,
        field_title=n.field_title,
    )
    history = tuple(
        StatusHistoryEntry(
            at=e.at,
            from_status=NominationStatus(e.from_status) if e.from_status else None,
            to_status=NominationStatus(e.to_status),
            reason=e.reason,
        )
        for e in session.scalars(
            select(StatusEvent)
            .where(col(StatusEvent.nomination_id) == nomination_id)
            .order_by(col(StatusEvent.id))
        )
    )
    return NominationDetail(
        id=nomination_id,
        uid=n.uid,
        data=data,
        status=NominationStatus(n.status),
        eligible=n.eligible,
        is_supplement=n.is_supplement,
        override_reason=n.override_reason,
        status_reason=n.status_reason,
        history=history,
        created_at=n.created_at,
        updated_at=n.updated_at,
        row_version=n.row_version,
        last_saved_by=audit.last_actor(session, "nomination", nomination_id),
    )


def validate_input(ws: Workspace, data: NominationInput) -> Eligibility:
    """Check one nomination's input against the plan without writing anything (importers use it).

    Args:
        ws: the workspace (its plan is the reference).
        data: the input.

    Returns:
        The plan's verdict on the ticked criteria.

    Raises:
        NominationProblem: ``name_required``, ``unknown_field``, ``field_title_required``,
            ``kind_not_allowed`` or ``unknown_criterion``.
    """
    return _validate(ws, data)
