"""Edge tests of the dashboard's rules: "trước ngày", existence, quotas, submissions, local days."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.plan import QuotaState, default_plan_path, load_plan
from hagiang_desktop.core.timeliness import (
    CallReason,
    UnitFacts,
    UnitFilter,
    UnitState,
    UpwardStep,
    call_reasons,
    counted_bound,
    cumulative_by_day,
    judge_unit,
    kind_path,
    kind_paths,
    local_day,
    matches,
    path_rules,
    running_totals,
    submission_days,
    upward_status,
)

PLAN = load_plan(default_plan_path())
D13, D14, D15 = date(2018, 4, 13), date(2018, 4, 14), date(2018, 4, 15)


def commune(received=(), *, registrations=None, valid_from=None, valid_to=None, counted=0):
    return UnitFacts(
        kind=UnitKind.COMMUNE,
        parent_kind=UnitKind.DISTRICT,
        valid_from=valid_from,
        valid_to=valid_to,
        received=tuple(received),
        counted=counted,
        registrations=tuple(received if registrations is None else registrations),
    )


@pytest.mark.parametrize(
    ("received", "state", "on_time", "late"),
    [
        (date(2018, 4, 12), UnitState.ON_TIME, 1, 0),
        (D13, UnitState.ON_TIME, 1, 0),  # the day before "trước ngày 14/4" is the last on-time day
        (D14, UnitState.LATE, 0, 1),  # the deadline day itself is late
        (D15, UnitState.LATE, 0, 1),
    ],
)
def test_received_around_the_deadline(received, state, on_time, late):
    verdict = judge_unit(PLAN, commune([received]), date(2018, 4, 20))
    assert (verdict.state, verdict.on_time, verdict.late) == (state, on_time, late)
    assert verdict.registered_late == late
    assert not verdict.consequence


@pytest.mark.parametrize(
    ("as_of", "state", "days_left", "consequence"),
    [
        (date(2018, 4, 12), UnitState.PENDING, 1, False),
        (D13, UnitState.PENDING, 0, False),  # today is the last day: not missing yet
        (D14, UnitState.MISSING, -1, True),
        (D15, UnitState.MISSING, -2, True),
    ],
)
def test_nothing_received_around_the_deadline(as_of, state, days_left, consequence):
    # A commune is not addressed by IV.1: registering nothing is "chưa đăng ký", a follow-up.
    verdict = judge_unit(PLAN, commune(), as_of)
    assert (verdict.state, verdict.days_left, verdict.not_registered) == (state, days_left, consequence)
    assert verdict.consequence is False


def test_a_receipt_dated_after_the_as_of_day_is_not_seen_yet():
    verdict = judge_unit(PLAN, commune([D15]), D14)
    assert verdict.state == UnitState.MISSING
    assert verdict.received == 0


@pytest.mark.parametrize(
    ("valid_from", "valid_to", "expected"),
    [
        (None, date(2018, 4, 12), False),  # closed before the last on-time day
        (None, D13, True),  # still existed on the last on-time day
        (D14, None, False),  # created after the last on-time day
        (D13, None, True),
        (date(2018, 1, 1), date(2019, 1, 1), True),
    ],
)
def test_units_that_did_not_exist_at_the_deadline_are_not_expected(valid_from, valid_to, expected):
    verdict = judge_unit(PLAN, commune(valid_from=valid_from, valid_to=valid_to), D15)
    assert (verdict.state != UnitState.NOT_EXPECTED) is expected
    if not expected:
        assert not verdict.consequence
        assert call_reasons(verdict) == ()


def test_advisory_quota_is_never_a_failure():
    facts = UnitFacts(UnitKind.ENTERPRISE, UnitKind.PROVINCE, None, None, (), 0)
    verdict = judge_unit(PLAN, facts, date(2018, 4, 20))
    assert verdict.quota_state == QuotaState.ADVISORY
    assert CallReason.SHORT not in call_reasons(verdict)
    assert not matches(verdict, UnitFilter.SHORT)


def test_hard_quota_short_and_met():
    short = judge_unit(PLAN, UnitFacts(UnitKind.DISTRICT, UnitKind.PROVINCE, None, None, (D13,), 9), D15)
    met = judge_unit(PLAN, UnitFacts(UnitKind.DISTRICT, UnitKind.PROVINCE, None, None, (D13,), 10), D15)
    assert short.quota_state == QuotaState.SHORT
    assert call_reasons(short) == (CallReason.SHORT,)
    assert met.quota_state == QuotaState.MET
    assert call_reasons(met) == ()


def test_call_reasons_and_filters():
    missing = judge_unit(PLAN, commune(), D15)
    pending = judge_unit(PLAN, commune(), D13)
    late = judge_unit(PLAN, commune([D14]), D15)
    on_time = judge_unit(PLAN, commune([D13]), D15)
    assert call_reasons(missing) == (CallReason.MISSING,)
    assert call_reasons(pending) == (CallReason.PENDING,)
    assert call_reasons(late) == (CallReason.LATE,)
    assert call_reasons(on_time) == ()
    assert [matches(v, UnitFilter.NOT_RECEIVED) for v in (missing, pending, late, on_time)] == [
        True,
        True,
        False,
        False,
    ]
    # Communes are followed up by their district, never under the IV.1 filter.
    assert [matches(v, UnitFilter.CONSEQUENCE) for v in (missing, pending, late)] == [False, False, False]
    assert all(matches(v, UnitFilter.ALL) for v in (missing, pending, late, on_time))
    assert matches(late, UnitFilter.LATE)


def test_submissions_are_receipts_plus_days_without_a_receipt():
    # Three models on 10/4 with a receipt that day: one submission, not four.
    assert submission_days([date(2018, 4, 10)], [date(2018, 4, 10)] * 3) == (date(2018, 4, 10),)
    # Two receipts on one day are two submissions (two letters).
    assert submission_days([D13, D13], []) == (D13, D13)
    # Models on a day without a receipt: one inferred submission for that day.
    assert submission_days([D13], [date(2018, 4, 10), date(2018, 4, 10), D14]) == (
        date(2018, 4, 10),
        D13,
        D14,
    )
    assert submission_days([], []) == ()


def test_late_models_are_supplements_even_when_the_unit_was_on_time():
    facts = commune([D13, D15], registrations=[D13, D15, D15])
    verdict = judge_unit(PLAN, facts, date(2018, 4, 20))
    assert verdict.state == UnitState.ON_TIME
    assert (verdict.registered, verdict.registered_late) == (3, 2)
    assert matches(verdict, UnitFilter.LATE)


def test_local_day_is_vietnam_time_not_utc_midnight():
    assert local_day(datetime(2018, 4, 26, 17, 30)) == date(2018, 4, 27)  # naive = UTC
    assert local_day(datetime(2018, 4, 26, 16, 59, tzinfo=UTC)) == date(2018, 4, 26)
    other = timezone(timedelta(hours=-5))
    assert local_day(datetime(2018, 4, 26, 12, 0, tzinfo=other)) == date(2018, 4, 27)


def test_upward_status_against_27_april():
    events = [
        ("forms_printed", datetime(2018, 4, 25, 2, 0, tzinfo=UTC)),
        ("bundle_built", datetime(2018, 4, 26, 16, 30, tzinfo=UTC)),  # 23:30 on 26/4 in Hà Giang
        ("bundle_built", datetime(2018, 4, 26, 18, 0, tzinfo=UTC)),  # 01:00 on 27/4: late
        ("something_else", datetime(2018, 4, 20, tzinfo=UTC)),
    ]
    before = upward_status(PLAN, UnitKind.DISTRICT, UnitKind.PROVINCE, events, 12, date(2018, 4, 26))
    steps = {s.step: s for s in before.steps}
    assert before.days_left == 0
    assert before.quota_state == QuotaState.MET
    assert steps[UpwardStep.BUNDLE_BUILT].times == 1
    assert steps[UpwardStep.BUNDLE_BUILT].on_time is True
    assert steps[UpwardStep.LIST_EXPORTED].done_at is None
    assert before.sent
    after = upward_status(PLAN, UnitKind.DISTRICT, UnitKind.PROVINCE, events, 8, date(2018, 4, 30))
    built = {s.step: s for s in after.steps}[UpwardStep.BUNDLE_BUILT]
    assert (built.times, built.on_time) == (2, False)
    assert built.done_at.date() == date(2018, 4, 27)
    assert after.quota_state == QuotaState.SHORT
    nothing = upward_status(PLAN, None, None, [], 0, date(2018, 4, 30))
    assert nothing.deadline is None
    assert not nothing.sent


def test_cumulative_by_day():
    days = [D14, D13, D13, date(2018, 4, 2), date(2018, 5, 1)]
    assert cumulative_by_day(days, date(2018, 4, 20)) == [(date(2018, 4, 2), 1), (D13, 3), (D14, 4)]
    assert cumulative_by_day([], D13) == []


def test_running_totals_from_counts_per_day():
    per_day = [(D14, 1), (date(2018, 4, 2), 1), (D13, 2), (date(2018, 4, 5), 0), (date(2018, 5, 1), 7)]
    assert running_totals(per_day, date(2018, 4, 20)) == [(date(2018, 4, 2), 1), (D13, 3), (D14, 4)]
    assert running_totals([], D13) == []


# -- a whole directory at once (the dashboard's 20,000 units, issue #22) ------------------------


@settings(deadline=None)  # no timing in tests: a loaded machine must not fail it
@given(
    st.dictionaries(
        st.integers(0, 30),
        st.tuples(st.sampled_from(list(UnitKind)), st.none() | st.integers(0, 35)),
        max_size=30,
    )
)
def test_kind_paths_of_a_whole_directory_are_each_units_own_walk(units):
    """Every unit's path from the one-pass walk is its own walk's, cycles and unknown parents included."""
    kind_of = {unit_id: str(kind) for unit_id, (kind, _parent) in units.items()}
    parent_of = {unit_id: parent for unit_id, (_kind, parent) in units.items()}
    assert kind_paths(kind_of, parent_of) == {u: kind_path(u, kind_of, parent_of) for u in kind_of}


def test_a_verdict_with_the_path_rules_given_is_the_same_as_without():
    """The dashboard asks the plan once per distinct path: the verdicts do not change."""
    school = UnitFacts(
        kind=UnitKind.SCHOOL,
        parent_kind=UnitKind.COMMUNE,
        ancestors=(UnitKind.COMMUNE, UnitKind.DISTRICT, UnitKind.PROVINCE),
        valid_from=None,
        valid_to=None,
        received=(D15,),
        counted=0,
        registrations=(D15, D15),
    )
    district = UnitFacts(
        kind=UnitKind.DISTRICT,
        parent_kind=UnitKind.PROVINCE,
        valid_from=None,
        valid_to=None,
        received=(),
        counted=0,
    )
    for facts in (school, district, commune((D13,))):
        for day in (D13, date(2018, 5, 1)):
            assert judge_unit(PLAN, facts, day, path_rules(PLAN, facts.path)) == judge_unit(PLAN, facts, day)


@settings(deadline=None)
@given(
    kind=st.sampled_from([UnitKind.COMMUNE, UnitKind.DISTRICT, UnitKind.SCHOOL, UnitKind.DEPARTMENT]),
    counted=st.integers(0, 40),
    received=st.lists(st.dates(date(2018, 4, 1), date(2018, 6, 1)), max_size=3),
    as_of=st.dates(date(2018, 4, 1), date(2020, 12, 31)),
)
def test_counts_at_or_above_the_bound_judge_alike(kind, counted, received, as_of):
    """The dashboard judges once for all counts from the bound on: each gives the same verdict."""
    parents = {UnitKind.SCHOOL: UnitKind.COMMUNE, UnitKind.COMMUNE: UnitKind.DISTRICT}
    facts = UnitFacts(
        kind=kind,
        parent_kind=parents.get(kind, UnitKind.PROVINCE),
        valid_from=None,
        valid_to=None,
        received=tuple(received),
        counted=counted,
        registrations=tuple(received),
    )
    rules = path_rules(PLAN, facts.path)
    bound = counted_bound(rules)
    at_bound = dataclasses.replace(facts, counted=min(counted, bound))
    assert judge_unit(PLAN, facts, as_of, rules) == judge_unit(PLAN, at_bound, as_of, rules)
    if counted < bound:  # below it, every count is its own: 0 (nothing) and each short of the quota
        assert at_bound == facts


def test_the_bound_is_the_quota_minimum_and_at_least_one():
    bounds = {kind: counted_bound(path_rules(PLAN, (kind, UnitKind.PROVINCE))) for kind in UnitKind}
    assert set(bounds.values()) >= {1}
    district = path_rules(PLAN, (UnitKind.DISTRICT, UnitKind.PROVINCE))
    assert district.quota is not None
    assert bounds[UnitKind.DISTRICT] == max(1, district.quota.minimum or 0)
    short = dataclasses.replace(
        commune(counted=bounds[UnitKind.DISTRICT] - 1), kind=UnitKind.DISTRICT, parent_kind=UnitKind.PROVINCE
    )
    if district.quota.minimum:  # one short of the quota is judged short, not met
        assert judge_unit(PLAN, short, date(2018, 5, 1)).quota_state is QuotaState.SHORT
