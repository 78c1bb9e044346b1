"""Per-unit timeliness, quota and consequence rules of the dashboard (pure, on local dates).

Everything is computed from recorded evidence — the dates registrations and submissions were
received — as of a chosen local calendar date in Vietnam. Nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.plan import Deadline, Plan, Quota, QuotaState, quota_status


class UnitState(StrEnum):
    """Where a unit stands against its deadline on the as-of date."""

    NOT_EXPECTED = "not_expected"  # no deadline binds it, or it did not exist at the deadline
    ON_TIME = "on_time"  # everything it sent came on time
    LATE = "late"  # it sent something, but only after the deadline (a supplement)
    PENDING = "pending"  # nothing yet, deadline not passed
    MISSING = "missing"  # nothing, deadline passed


@dataclass(frozen=True)
class UnitFacts:
    """What the database knows about one unit.

    Attributes:
        kind: the unit's kind.
        parent_kind: its parent's kind, None for a root.
        valid_from: first day it existed, None if unknown (always existed).
        valid_to: last day it existed, None while open.
        received: dates its registrations (and recorded submissions) were received.
        counted: how many models count towards its quota (its own and its subtree's).
    """

    kind: UnitKind
    parent_kind: UnitKind | None
    valid_from: date | None
    valid_to: date | None
    received: tuple[date, ...]
    counted: int


@dataclass(frozen=True)
class UnitVerdict:
    """The dashboard's answer for one unit on one day.

    Attributes:
        deadline: the deadline that binds it, if any.
        state: on time, late, pending, missing or not expected.
        received: submissions received by the as-of date.
        on_time: of those, received by the last on-time day.
        late: of those, received after it (supplements).
        days_left: days from the as-of date to the last on-time day (negative: overdue).
        quota: the quota for its kind, if any.
        quota_state: met, short, advisory or none.
        consequence: plan IV.1 applies: it registered nothing and the deadline has passed.
    """

    deadline: Deadline | None
    state: UnitState
    received: int
    on_time: int
    late: int
    days_left: int | None
    quota: Quota | None
    quota_state: QuotaState
    consequence: bool


def expected(deadline: Deadline | None, valid_from: date | None, valid_to: date | None) -> bool:
    """Tell whether a unit is expected to meet a deadline.

    A unit closed before the last on-time day, or created after it, is not expected.
    """
    if deadline is None:
        return False
    last = deadline.last_on_time_day
    if valid_to is not None and valid_to < last:
        return False
    return not (valid_from is not None and valid_from > last)


def judge_unit(plan: Plan, facts: UnitFacts, as_of: date) -> UnitVerdict:
    """Judge one unit as of a local date.

    Args:
        plan: the plan (deadlines and quotas).
        facts: the unit's recorded facts.
        as_of: the local calendar date the dashboard is computed for.

    Returns:
        The unit's verdict.
    """
    deadline = plan.deadline_for_unit(facts.kind, facts.parent_kind)
    quota = plan.quota_for(facts.kind)
    seen = [d for d in facts.received if d <= as_of]
    if deadline is None or not expected(deadline, facts.valid_from, facts.valid_to):
        return UnitVerdict(
            deadline=None,
            state=UnitState.NOT_EXPECTED,
            received=len(seen),
            on_time=len(seen),
            late=0,
            days_left=None,
            quota=quota,
            quota_state=quota_status(quota, facts.counted),
            consequence=False,
        )
    last = deadline.last_on_time_day
    on_time = sum(1 for d in seen if d <= last)
    late = len(seen) - on_time
    passed = as_of > last
    if on_time:
        state = UnitState.ON_TIME
    elif late:
        state = UnitState.LATE
    else:
        state = UnitState.MISSING if passed else UnitState.PENDING
    return UnitVerdict(
        deadline=deadline,
        state=state,
        received=len(seen),
        on_time=on_time,
        late=late,
        days_left=(last - as_of).days,
        quota=quota,
        quota_state=quota_status(quota, facts.counted),
        consequence=passed and not seen,
    )


def count_by(values: Iterable[str]) -> dict[str, int]:
    """Count occurrences of each value (for coverage by field and by kind)."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts
