"""The deadline dashboard: each unit of the office's scope judged as of a local date."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from hagiang_desktop.core.kinds import NominationStatus, UnitKind
from hagiang_desktop.core.plan import Deadline, DeadlineStatus, deadline_status
from hagiang_desktop.core.timeliness import UnitFacts, UnitVerdict, judge_unit
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Nomination, Receipt, Unit

#: Statuses that count towards a unit's quota: the models it has selected (and sent on).
COUNTED_STATUSES = (NominationStatus.SELECTED, NominationStatus.SUBMITTED, NominationStatus.ACCEPTED)


@dataclass(frozen=True)
class DashboardRow:
    """One unit's line on the dashboard.

    Attributes:
        code: the unit's code.
        name: its name.
        kind: its kind.
        verdict: timeliness, quota and consequence as of the day.
        fields_covered: how many distinct fields its registrations cover.
        eligible: its registrations that meet every criterion.
        ineligible: those that do not.
        last_received: the last day something of it was received (up to the as-of day).
        last_channel: the channel of that last receipt.
        counted: models counting towards its quota (its subtree's selected ones).
    """

    code: str
    name: str
    kind: UnitKind
    verdict: UnitVerdict
    fields_covered: int
    eligible: int
    ineligible: int
    last_received: date | None
    last_channel: str | None
    counted: int


@dataclass(frozen=True)
class Milestone:
    """A deadline of the plan and where it stands on the as-of day."""

    deadline: Deadline
    status: DeadlineStatus


def milestones(ws: Workspace, as_of: date) -> list[Milestone]:
    """Return every deadline of the plan with its days left (nothing received is assumed)."""
    return [Milestone(d, deadline_status(d, as_of, None)) for d in ws.plan.deadlines]


def unit_table(ws: Workspace, scope: Scope, as_of: date) -> list[DashboardRow]:
    """Judge every unit of the scope that a deadline binds, as of ``as_of``.

    Args:
        ws: the workspace.
        scope: the office's scope (None ids: the whole directory).
        as_of: the local calendar date.

    Returns:
        One row per expected unit, in directory order of the query (callers sort).
    """
    with ws.session() as session:
        units = session.execute(
            select(Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id, Unit.valid_from, Unit.valid_to)
        ).all()
        per_day = session.execute(
            select(Nomination.registering_unit_id, Nomination.received_on, Nomination.channel, func.count())
            .where(Nomination.received_on.is_not(None), Nomination.received_on <= as_of)  # type: ignore[union-attr,operator]
            .group_by(Nomination.registering_unit_id, Nomination.received_on, Nomination.channel)
        ).all()
        receipts = session.execute(
            select(Receipt.unit_id, Receipt.received_on, Receipt.channel).where(Receipt.received_on <= as_of)
        ).all()
        stats = session.execute(
            select(
                Nomination.registering_unit_id,
                Nomination.field_code,
                Nomination.eligible,
                Nomination.status,
                func.count(),
            )
            .where(Nomination.received_on.is_(None) | (Nomination.received_on <= as_of))  # type: ignore[union-attr,operator]
            .group_by(
                Nomination.registering_unit_id, Nomination.field_code, Nomination.eligible, Nomination.status
            )
        ).all()
    kind_of = {u.id: UnitKind(u.kind) for u in units}
    parent_of = {u.id: u.parent_id for u in units}
    received: dict[int, list[date]] = defaultdict(list)
    last: dict[int, tuple[date, str | None]] = {}
    for unit_id, day, channel, count in per_day:
        received[unit_id].extend([day] * count)
        if unit_id not in last or day >= last[unit_id][0]:
            last[unit_id] = (day, channel)
    for unit_id, day, channel in receipts:
        received[unit_id].append(day)
        if unit_id not in last or day >= last[unit_id][0]:
            last[unit_id] = (day, channel)
    fields: dict[int, set[str]] = defaultdict(set)
    eligible: dict[int, int] = defaultdict(int)
    ineligible: dict[int, int] = defaultdict(int)
    counted: dict[int, int] = defaultdict(int)
    for unit_id, field_code, is_eligible, status, count in stats:
        fields[unit_id].add(field_code)
        (eligible if is_eligible else ineligible)[unit_id] += count
        if status in COUNTED_STATUSES:
            # A selected model counts for the unit that registered it and every unit above it.
            current: int | None = unit_id
            while current is not None:
                counted[current] += count
                current = parent_of.get(current)
    rows = []
    for u in units:
        if scope.unit_ids is not None and u.id not in scope.unit_ids:
            continue
        parent_kind = kind_of.get(parent_of[u.id]) if parent_of[u.id] else None
        facts = UnitFacts(
            kind=kind_of[u.id],
            parent_kind=parent_kind,
            valid_from=u.valid_from,
            valid_to=u.valid_to,
            received=tuple(received.get(u.id, ())),
            counted=counted.get(u.id, 0),
        )
        verdict = judge_unit(ws.plan, facts, as_of)
        if verdict.deadline is None:
            continue
        last_day, last_channel = last.get(u.id, (None, None))
        rows.append(
            DashboardRow(
                code=u.code,
                name=u.name,
                kind=kind_of[u.id],
                verdict=verdict,
                fields_covered=len(fields.get(u.id, ())),
                eligible=eligible.get(u.id, 0),
                ineligible=ineligible.get(u.id, 0),
                last_received=last_day,
                last_channel=last_channel,
                counted=counted.get(u.id, 0),
            )
        )
    return rows
