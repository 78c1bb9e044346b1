"""Per-unit timeliness, quota and consequence rules of the dashboard (pure, on local dates).

Everything is computed from recorded evidence — the dates registrations and submissions were
received — as of a chosen local calendar date in Vietnam. Nothing here reads a clock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TypeVar

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.plan import (
    Deadline,
    DeadlineStatus,
    Plan,
    Quota,
    QuotaState,
    deadline_status,
    quota_status,
)
from hagiang_desktop.core.vntext import VN_TZ

_K = TypeVar("_K", bound=Hashable)


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
        received: the days of its submissions (see :func:`submission_days`), one entry each.
        counted: how many models count towards its quota (its own and its subtree's).
        registrations: the received days of its registrations (models), one entry per model.
        ancestors: the kinds of its ancestors, parent first, up to the root (the directory as of
            the day judged). Empty: only ``parent_kind`` is known.
    """

    kind: UnitKind
    parent_kind: UnitKind | None
    valid_from: date | None
    valid_to: date | None
    received: tuple[date, ...]
    counted: int
    registrations: tuple[date, ...] = ()
    ancestors: tuple[UnitKind, ...] = ()

    @property
    def path(self) -> tuple[UnitKind, ...]:
        """Kinds from the unit up to the root: ``(unit, parent, grandparent, …)``."""
        if self.ancestors:
            return (self.kind, *self.ancestors)
        return (self.kind,) if self.parent_kind is None else (self.kind, self.parent_kind)


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
        consequence: plan IV.1 applies: a body the paragraph addresses registered nothing and
            the deadline has passed.
        registered: its registrations (models) received by the as-of date.
        registered_late: of those, received after the last on-time day (supplements, IV.2).
        not_registered: it registered nothing and its deadline has passed but IV.1 does not
            address it (a commune, office or district body): "chưa đăng ký", a follow-up for its
            body, not a sanction.
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
    registered: int = 0
    registered_late: int = 0
    not_registered: bool = False


def kind_path(
    start: _K, kind_of: Mapping[_K, str | UnitKind], parent_of: Mapping[_K, _K | None]
) -> tuple[UnitKind, ...]:
    """Return the kinds on a unit's path up to the root: ``(unit, parent, grandparent, …)``.

    The deadline, quota and consequence of a unit follow this path (plan III, Lộ trình 1.1). The maps
    describe the directory as of the day judged; a cycle or an unknown parent ends the path.

    Args:
        start: the unit's key (id or code).
        kind_of: every unit's kind.
        parent_of: every unit's parent key (None for a root).

    Returns:
        The kinds, the unit's own first; empty for an unknown unit.
    """
    path: list[UnitKind] = []
    seen: set[_K] = set()
    key: _K | None = start
    while key is not None and key in kind_of and key not in seen:
        seen.add(key)
        path.append(UnitKind(kind_of[key]))
        key = parent_of.get(key)
    return tuple(path)


def kind_paths(
    kind_of: Mapping[_K, str | UnitKind], parent_of: Mapping[_K, _K | None]
) -> dict[_K, tuple[UnitKind, ...]]:
    """Return :func:`kind_path` of every unit of ``kind_of``, each parent's path computed once.

    A unit's path is its kind followed by its parent's path, so a whole province (20,000 units,
    five levels) costs one tuple per unit instead of a walk to the root per unit.

    Args:
        kind_of: every unit's kind.
        parent_of: every unit's parent key (None for a root).

    Returns:
        unit key → the kinds on its path, the same as :func:`kind_path` gives for it.
    """
    kinds = {value: UnitKind(value) for value in set(kind_of.values())}
    paths: dict[_K, tuple[UnitKind, ...]] = {}
    for start in kind_of:
        if start in paths:
            continue
        parent = parent_of.get(start)
        if parent is not None and parent in paths:  # the common case: parents come first
            paths[start] = (kinds[kind_of[start]], *paths[parent])
            continue
        chain: list[_K] = []
        key: _K | None = start
        while key is not None and key in kind_of and key not in paths:
            if key in chain:  # a cycle: each unit's own walk says where its path stops
                for unit in chain:
                    paths[unit] = kind_path(unit, kind_of, parent_of)
                break
            chain.append(key)
            key = parent_of.get(key)
        else:
            tail = paths.get(key, ()) if key is not None else ()
            for unit in reversed(chain):
                tail = (kinds[kind_of[unit]], *tail)
                paths[unit] = tail
    return paths


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


@dataclass(frozen=True)
class PathRules:
    """What the plan sets for every unit with one kind path (a handful of paths in a province).

    Attributes:
        deadline: the deadline that binds such a unit, if any.
        quota: its selection quota, if any.
        addressed: whether the consequence of IV.1 addresses it.
    """

    deadline: Deadline | None
    quota: Quota | None
    addressed: bool


def path_rules(plan: Plan, path: tuple[UnitKind, ...]) -> PathRules:
    """Return the plan's deadline, quota and consequence for units with this kind path."""
    return PathRules(plan.deadline_for_path(path), plan.quota_for_path(path), plan.consequence_binds(path))


def counted_bound(rules: PathRules) -> int:
    """Return the count of models counted from which :func:`judge_unit` no longer tells units apart.

    A verdict looks at the models counted only through the quota (met from its minimum on,
    :func:`~hagiang_desktop.core.plan_rules.quota_status`) and through "none at all" (nothing
    registered): every count at or above this bound gives the same verdict, so a dashboard
    judges a province's units once for all of them (#22).

    Args:
        rules: the plan's rules for the units' path.

    Returns:
        The quota's minimum, at least 1.
    """
    quota = rules.quota
    return max(1, quota.minimum or 0) if quota is not None else 1


def judge_unit(plan: Plan, facts: UnitFacts, as_of: date, rules: PathRules | None = None) -> UnitVerdict:
    """Judge one unit as of a local date.

    Args:
        plan: the plan (deadlines and quotas).
        facts: the unit's recorded facts.
        as_of: the local calendar date the dashboard is computed for.
        rules: :func:`path_rules` of the unit's path when the caller has them (a dashboard asks
            once per distinct path, not once per unit); computed here otherwise.

    Returns:
        The unit's verdict.
    """
    if rules is None:
        rules = path_rules(plan, facts.path)
    deadline, quota = rules.deadline, rules.quota
    seen = [d for d in facts.received if d <= as_of]
    models = [d for d in facts.registrations if d <= as_of]
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
            registered=len(models),
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
    # "không tổ chức triển khai, đăng ký": nothing sent, nothing registered, and no model selected
    # in its subtree (a district whose units registered and which selected its list has acted).
    nothing = passed and not seen and not models and facts.counted == 0
    addressed = rules.addressed
    return UnitVerdict(
        deadline=deadline,
        state=state,
        received=len(seen),
        on_time=on_time,
        late=late,
        days_left=(last - as_of).days,
        quota=quota,
        quota_state=quota_status(quota, facts.counted),
        consequence=nothing and addressed,
        registered=len(models),
        registered_late=sum(1 for d in models if d > last),
        not_registered=nothing and not addressed,
    )


def count_by(values: Iterable[str]) -> dict[str, int]:
    """Count occurrences of each value (for coverage by field and by kind)."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def submission_days(receipts: Iterable[date], registrations: Iterable[date]) -> tuple[date, ...]:
    """Turn the receipts register and the registrations' received days into submissions.

    The rule, so that the clerk can check every figure by hand:

    * every entry of the receipts register is one submission (two letters on one day are two);
    * registrations received on a day for which the unit has **no** receipt count as one
      submission for that day, however many models came (a bundle of forms is one submission);
    * registrations received on a day that has a receipt belong to that receipt: they are not
      counted a second time.

    Args:
        receipts: the days of the unit's receipts (one entry per receipt).
        registrations: the received days of the unit's registrations (one entry per model).

    Returns:
        One day per submission, in date order.
    """
    receipt_days = list(receipts)
    if not receipt_days:  # the common case, kept cheap for a whole province
        return tuple(sorted(set(registrations)))
    covered = set(receipt_days)
    inferred = {d for d in registrations if d not in covered}
    return tuple(sorted([*receipt_days, *inferred]))


class CallReason(StrEnum):
    """Why a unit is on the "who to call" list."""

    MISSING = "missing"  # nothing received and the deadline has passed
    PENDING = "pending"  # nothing received yet, still time
    LATE = "late"  # it sent only after the deadline
    SHORT = "short"  # it selected fewer models than its hard quota


def call_reasons(verdict: UnitVerdict) -> tuple[CallReason, ...]:
    """Return why a unit should be called today (empty: no need to call).

    An advisory quota is never a reason: the plan lets enterprises and associations choose a
    number "suited to their reality".

    Args:
        verdict: the unit's verdict.

    Returns:
        The reasons, most urgent first.
    """
    reasons = []
    if verdict.state == UnitState.MISSING:
        reasons.append(CallReason.MISSING)
    elif verdict.state == UnitState.PENDING:
        reasons.append(CallReason.PENDING)
    elif verdict.state == UnitState.LATE:
        reasons.append(CallReason.LATE)
    if verdict.quota_state == QuotaState.SHORT and verdict.state != UnitState.NOT_EXPECTED:
        reasons.append(CallReason.SHORT)
    return tuple(reasons)


class UnitFilter(StrEnum):
    """The filters of the dashboard's unit table."""

    ALL = "all"
    TO_CALL = "to_call"
    LATE = "late"
    NOT_RECEIVED = "not_received"  # pending or missing
    SHORT = "short"
    CONSEQUENCE = "consequence"


def matches(verdict: UnitVerdict, wanted: UnitFilter) -> bool:
    """Tell whether a unit's verdict passes a filter of the unit table.

    Args:
        verdict: the unit's verdict.
        wanted: the filter.

    Returns:
        True to show the unit.
    """
    if wanted == UnitFilter.TO_CALL:
        return bool(call_reasons(verdict))
    if wanted == UnitFilter.LATE:
        return verdict.state == UnitState.LATE or verdict.registered_late > 0
    if wanted == UnitFilter.NOT_RECEIVED:
        return verdict.state in (UnitState.PENDING, UnitState.MISSING)
    if wanted == UnitFilter.SHORT:
        return verdict.quota_state == QuotaState.SHORT
    if wanted == UnitFilter.CONSEQUENCE:
        return verdict.consequence
    return True


def local_day(moment: datetime) -> date:
    """Return the Vietnam calendar day of a stored moment.

    A naive datetime is taken as UTC (the database stores UTC); it is never cut at midnight UTC,
    which would put 06:30 on 27/4 in Hà Giang on 26/4.

    Args:
        moment: an aware datetime, or a naive one in UTC.

    Returns:
        The local date in Vietnam.
    """
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(VN_TZ).date()


class UpwardStep(StrEnum):
    """The office's own steps towards the province (``upward_event.event_kind``)."""

    FORMS_PRINTED = "forms_printed"
    LIST_EXPORTED = "list_exported"
    BUNDLE_BUILT = "bundle_built"


@dataclass(frozen=True)
class StepStatus:
    """One upward step: when it was last done (Vietnam time) and whether that was on time.

    Attributes:
        step: the step.
        done_at: the last time it was done up to the as-of day (Vietnam time), or None.
        times: how many times it was done by then.
        on_time: done on or before the last on-time day (None when not done or no deadline).
    """

    step: UpwardStep
    done_at: datetime | None
    times: int
    on_time: bool | None


@dataclass(frozen=True)
class UpwardStatus:
    """The office's own position against its deadline to the province.

    Attributes:
        deadline: the deadline that binds the office's unit (27/4 for a district), if any.
        days_left: days from the as-of day to its last on-time day (negative: overdue).
        selected: models selected so far (the list).
        quota: the office's quota, if any.
        quota_state: met, short, advisory or none.
        steps: forms printed, list exported, bundle built, in that order.
        own_plan: the office's own replication plan against the same deadline (IV.1), when its
            deadline asks for one; None otherwise.
    """

    deadline: Deadline | None
    days_left: int | None
    selected: int
    quota: Quota | None
    quota_state: QuotaState
    steps: tuple[StepStatus, ...]
    own_plan: DeadlineStatus | None = None

    @property
    def sent(self) -> bool:
        """Whether the bundle (the list sent upward) has been built."""
        return any(s.step == UpwardStep.BUNDLE_BUILT and s.done_at for s in self.steps)


def upward_status(
    plan: Plan,
    kind: UnitKind | None,
    parent_kind: UnitKind | None,
    events: Iterable[tuple[str, datetime]],
    selected: int,
    as_of: date,
    ancestors: tuple[UnitKind, ...] = (),
    own_plan_sent: date | None = None,
) -> UpwardStatus:
    """Compute the office's own upward status as of a day.

    Args:
        plan: the plan.
        kind: the kind of the unit the office works for (its scope's root), None for none.
        parent_kind: that unit's parent's kind.
        events: ``(event_kind, at)`` pairs from the upward log; unknown kinds are ignored,
            events after the as-of day (Vietnam time) are not yet seen.
        selected: the models selected for the list.
        as_of: the local calendar day.
        ancestors: the kinds of all the unit's ancestors, parent first (empty: only
            ``parent_kind`` is known).
        own_plan_sent: the day the office's own replication plan was sent, if it was.

    Returns:
        The status.
    """
    path: tuple[UnitKind, ...] = ()
    if kind is not None:
        path = (kind, *ancestors) if ancestors else (kind,) if parent_kind is None else (kind, parent_kind)
    deadline = plan.deadline_for_path(path)
    quota = plan.quota_for_path(path)
    known = {str(s) for s in UpwardStep}
    seen: dict[str, list[datetime]] = {}
    for event_kind, at in events:
        if event_kind in known and local_day(at) <= as_of:
            aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            seen.setdefault(event_kind, []).append(aware.astimezone(VN_TZ))
    steps = []
    for step in UpwardStep:
        moments = seen.get(str(step), [])
        last = max(moments) if moments else None
        on_time = None if last is None or deadline is None else last.date() <= deadline.last_on_time_day
        steps.append(StepStatus(step, last, len(moments), on_time))
    return UpwardStatus(
        deadline=deadline,
        days_left=(deadline.last_on_time_day - as_of).days if deadline else None,
        selected=selected,
        quota=quota,
        quota_state=quota_status(quota, selected),
        steps=tuple(steps),
        own_plan=deadline_status(deadline, as_of, own_plan_sent) if deadline and deadline.own_plan else None,
    )


def cumulative_by_day(days: Iterable[date], as_of: date) -> list[tuple[date, int]]:
    """Return the running total of registrations per received day, up to the as-of day.

    Args:
        days: one received day per registration.
        as_of: days after it are left out.

    Returns:
        ``(day, total so far)`` for each day on which something arrived, in order.
    """
    return running_totals(Counter(days).items(), as_of)


def running_totals(per_day: Iterable[tuple[date, int]], as_of: date) -> list[tuple[date, int]]:
    """Return the running total of registrations counted per received day, up to the as-of day.

    Args:
        per_day: ``(day, registrations received that day)``, one pair per day, in any order.
        as_of: days after it are left out.

    Returns:
        ``(day, total so far)`` for each day on which something arrived, in order.
    """
    total = 0
    result = []
    for day, count in sorted(p for p in per_day if p[0] <= as_of):
        if count:
            total += count
            result.append((day, total))
    return result
