"""Tests of the plan catalogue (resources/plans/plan-127-2018.toml) and core.plan."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hagiang_desktop.core.kinds import NomineeKind, UnitKind
from hagiang_desktop.core.plan import (
    Deadline,
    DeadlineRule,
    DeadlineState,
    Plan,
    PlanError,
    Quota,
    QuotaState,
    deadline_status,
    default_plan_path,
    describe_rule_en,
    describe_rule_vi,
    is_supplement,
    load_plan,
    quota_status,
)
from hagiang_desktop.core.resources import resources_dir

PLAN_TEXT = Path(__file__).resolve().parents[2].parent / "shared/plan-127/127-KH-UBND-2018.txt"

C = NomineeKind.COLLECTIVE
I = NomineeKind.INDIVIDUAL  # noqa: E741
H = NomineeKind.HOUSEHOLD


@cache
def bundled() -> Plan:
    return load_plan(default_plan_path())


@pytest.fixture(scope="module")
def plan() -> Plan:
    return bundled()


def normalise(text: str) -> str:
    """NFC, drop the file's markdown bold markers (``**``), collapse whitespace runs to one space."""
    text = unicodedata.normalize("NFC", text).replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def plan_texts(p: Plan) -> list[tuple[str, str]]:
    """Every item of the catalogue that must be the plan's own words, with where it sits."""
    items = [("plan.title", p.info.title), ("plan.recipient_text", p.info.recipient_text)]
    items += [(c.code, c.text) for c in p.general_criteria]
    for f in p.fields:
        # The open field's title is ours ("Lĩnh vực khác"); its basis is the plan's words.
        items.append((f"field {f.code} basis", f.basis) if f.open else (f"field {f.code} title", f.title))
        items += [(c.code, c.text) for c in f.criteria]
    for d in p.deadlines:
        items += [(f"deadline {d.code}", d.text), (f"deadline {d.code}.to", d.to)]
        items += [(f"deadline {d.code}.what", w) for w in d.what]
        items += [(f"deadline {d.code}.own_plan", d.own_plan)] if d.own_plan else []
        items += [(f"deadline {d.code}.also", a.text) for a in d.also]
    items += [(f"quota {'/'.join(q.unit_kinds)}", q.text) for q in p.quotas]
    items += [(f"honour {h.code}", h.name) for h in p.honours]
    for s in p.stages:
        items.append((f"stage {s.code}", s.text))
        items += [(f"stage {s.code}.{a.code}", a.text) for a in s.activities]
    items += [("consequence", p.consequence.text), ("supplement", p.supplement.text)]
    return items


# --------------------------------------------------------------------------------------------
# The data file against the plan's text
# --------------------------------------------------------------------------------------------


def test_every_text_is_verbatim_from_the_plan(plan: Plan) -> None:
    if not PLAN_TEXT.is_file():
        pytest.skip(f"the plan's original text is not beside the repository: {PLAN_TEXT} is absent")
    source = normalise(PLAN_TEXT.read_text(encoding="utf-8"))
    items = plan_texts(plan)
    assert len(items) > 100
    not_found = [(where, text) for where, text in items if normalise(text) not in source]
    assert not_found == []


def test_the_recipient_is_the_plans_own_with_the_province_named(plan: Plan) -> None:
    """#16 item 7: "lập danh sách đăng ký với UBND tỉnh (qua Ban Thi đua, khen thưởng - Sở Nội vụ)"."""
    if not PLAN_TEXT.is_file():
        pytest.skip(f"the plan's original text is not beside the repository: {PLAN_TEXT} is absent")
    source = normalise(PLAN_TEXT.read_text(encoding="utf-8"))
    quoted = "lập danh sách đăng ký với UBND tỉnh (qua Ban Thi đua, khen thưởng - Sở Nội vụ)"
    assert quoted in source
    assert plan.info.recipient_text in quoted

    # The addressed form says the same words: the province named, the body as Decree 30 writes it.
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    assert words(plan.info.recipient) == list(
        words(plan.info.recipient_text.replace("tỉnh", "tỉnh Hà Giang"))
    )


def test_the_data_file_is_nfc_and_names_its_source() -> None:
    raw = default_plan_path().read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    assert raw.startswith("#")
    assert "127-KH-UBND-2018.txt" in raw.split("[plan]")[0]


def test_strings_are_nfc_after_loading_even_if_the_file_is_not(tmp_path: Path) -> None:
    raw = default_plan_path().read_text(encoding="utf-8")
    nfd = tmp_path / "nfd.toml"
    nfd.write_text(unicodedata.normalize("NFD", raw), encoding="utf-8")
    p = load_plan(nfd)
    assert p.info.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    assert unicodedata.is_normalized("NFC", p.info.issuer)
    assert all(unicodedata.is_normalized("NFC", text) for _, text in plan_texts(p))
    assert p.criterion("2.6.a.5").text == bundled().criterion("2.6.a.5").text


def test_plan_header(plan: Plan) -> None:
    info = plan.info
    assert info.id == plan.id == "127/KH-UBND"
    assert (
        info.title == "Xây dựng và nhân rộng gương điển hình tiên tiến tỉnh Hà Giang, giai đoạn 2018 - 2020"
    )
    assert info.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    assert info.issued_on == date(2018, 4, 4)
    assert (info.period_start, info.period_end) == (2018, 2020)
    assert info.province == "Hà Giang"
    assert info.recipient == "UBND tỉnh Hà Giang (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)"
    assert info.recipient_text == "UBND tỉnh (qua Ban Thi đua, khen thưởng - Sở Nội vụ)"
    assert plan.source == default_plan_path()


def test_kinds(plan: Plan) -> None:
    assert [(k.code, k.label_vi) for k in plan.kinds] == [
        (C, "Tập thể"),
        (I, "Cá nhân"),
        (H, "Hộ gia đình"),
    ]
    assert plan.kind_label(H).label_en == "Household"


def test_counts(plan: Plan) -> None:
    assert [c.code for c in plan.general_criteria] == [f"III.1.{n}" for n in range(1, 6)]
    counts = {
        (f.code, k.value): len(f.criteria_of_kind(k)) for f in plan.fields if not f.open for k in f.kinds
    }
    assert counts == {
        ("2.1", "collective"): 10,
        ("2.1", "individual"): 7,
        ("2.2", "collective"): 10,
        ("2.2", "individual"): 6,
        ("2.3", "collective"): 9,
        ("2.3", "individual"): 5,
        ("2.4", "collective"): 7,
        ("2.4", "individual"): 7,
        ("2.5", "collective"): 5,
        ("2.5", "individual"): 4,
        ("2.6", "collective"): 12,
        ("2.6", "individual"): 1,
        ("2.7", "collective"): 10,
        ("2.7", "individual"): 5,
        ("2.8", "household"): 5,
    }


def test_criteria_codes_follow_field_letter_and_order(plan: Plan) -> None:
    letters = {C: "a", I: "b", H: "a"}
    for f in plan.fields:
        for kind in f.kinds if not f.open else ():
            codes = [c.code for c in f.criteria_of_kind(kind)]
            assert codes == [f"{f.code}.{letters[kind]}.{n}" for n in range(1, len(codes) + 1)]


def test_field_titles(plan: Plan) -> None:
    assert [f.code for f in plan.fields] == [*(f"2.{n}" for n in range(1, 9)), "khac"]
    assert plan.field("2.3").title == "Mô hình điển hình trong lĩnh vực Giáo dục - Đào tạo"
    assert plan.field("2.8").title == "Mô hình, gương điển hình về phát triển kinh tế hộ gia đình"
    assert plan.field("2.2").short_vi == "Quốc phòng – an ninh"


def test_household_only_in_2_8_and_collective_individual_only_in_2_1_to_2_7(plan: Plan) -> None:
    for f in plan.fields:
        if f.open:  # the other field: every kind (tests/core/test_open_lists.py)
            continue
        expected = (H,) if f.code == "2.8" else (C, I)
        assert f.kinds == expected
        assert {c.kind for c in f.criteria} == set(expected)
        for kind in NomineeKind:
            assert plan.kind_allowed(f.code, kind) is (kind in expected)
    assert [f.code for f in plan.fields_for_kind(H)] == ["2.8", "khac"]
    assert [f.code for f in plan.fields_for_kind(C)] == [*(f"2.{n}" for n in range(1, 8)), "khac"]
    assert [f.code for f in plan.fields_for_kind(I)] == [*(f"2.{n}" for n in range(1, 8)), "khac"]
    assert plan.kind_allowed("9.9", C) is False


def test_criteria_for_puts_general_first_then_field_kind_in_plan_order(plan: Plan) -> None:
    criteria = plan.criteria_for("2.3", C)
    assert [c.code for c in criteria[:5]] == [f"III.1.{n}" for n in range(1, 6)]
    assert [c.code for c in criteria[5:]] == [f"2.3.a.{n}" for n in range(1, 10)]
    assert all(c.is_general for c in criteria[:5])
    assert all(c.field_code == "2.3" and c.kind == C for c in criteria[5:])
    assert [c.code for c in plan.criteria_for("2.8", H)][5:] == [f"2.8.a.{n}" for n in range(1, 6)]


def test_criteria_for_refuses_unknown_field_and_disallowed_kind(plan: Plan) -> None:
    with pytest.raises(KeyError, match="2.9"):
        plan.criteria_for("2.9", C)
    with pytest.raises(ValueError, match="household"):
        plan.criteria_for("2.1", H)
    with pytest.raises(ValueError, match="collective"):
        plan.criteria_for("2.8", C)


def test_lookups(plan: Plan) -> None:
    assert (
        plan.criterion("III.1.4").text == "có tinh thần tương thân tương ái, giúp đỡ mọi người cùng tiến bộ"
    )
    assert plan.criterion("2.3.a.4").text.startswith("chất lượng giáo dục ngày càng tăng lên (")
    with pytest.raises(KeyError):
        plan.criterion("2.3.a.99")
    with pytest.raises(KeyError):
        plan.field("2.0")
    assert plan.deadline("to_province").before == date(2018, 4, 27)
    with pytest.raises(KeyError):
        plan.deadline("nope")


# --------------------------------------------------------------------------------------------
# Eligibility
# --------------------------------------------------------------------------------------------


def test_all_ticked_is_eligible(plan: Plan) -> None:
    codes = [c.code for c in plan.criteria_for("2.4", I)]
    result = plan.evaluate("2.4", I, codes)
    assert result.eligible
    assert result.missing == ()
    assert result.unknown == ()


def test_one_missing_is_not_eligible(plan: Plan) -> None:
    codes = [c.code for c in plan.criteria_for("2.4", I)]
    codes.remove("2.4.b.3")
    result = plan.evaluate("2.4", I, codes)
    assert not result.eligible
    assert result.missing == (plan.criterion("2.4.b.3"),)


def test_missing_general_criterion_blocks_too(plan: Plan) -> None:
    codes = [c.code for c in plan.criteria_for("2.8", H) if c.code != "III.1.1"]
    result = plan.evaluate("2.8", H, codes)
    assert not result.eligible
    assert [c.code for c in result.missing] == ["III.1.1"]


def test_unknown_codes_are_reported_in_order_without_duplicates(plan: Plan) -> None:
    codes = [c.code for c in plan.criteria_for("2.3", C)]
    ticked = [*codes, "2.3.b.1", "zz", "2.3.b.1", "2.4.a.1"]
    result = plan.evaluate("2.3", C, ticked)
    assert result.eligible
    assert result.unknown == ("2.3.b.1", "zz", "2.4.a.1")


def test_nothing_ticked_misses_everything_in_plan_order(plan: Plan) -> None:
    result = plan.evaluate("2.6", I, [])
    assert not result.eligible
    assert [c.code for c in result.missing] == [*(f"III.1.{n}" for n in range(1, 6)), "2.6.b.1"]


def test_evaluate_refuses_a_bare_string(plan: Plan) -> None:
    with pytest.raises(TypeError):
        plan.evaluate("2.6", I, "2.6.b.1")


_FIELD_KINDS = [(f.code, k) for f in bundled().fields for k in f.kinds]
ALL_CODES = [c.code for c in bundled().general_criteria] + [
    c.code for f in bundled().fields for c in f.criteria
]


@given(data=st.data())
def test_missing_is_exactly_the_unticked_applicable_criteria(data: st.DataObject) -> None:
    p = bundled()
    field_code, kind = data.draw(st.sampled_from(_FIELD_KINDS))
    applicable = p.criteria_for(field_code, kind)
    codes = [c.code for c in applicable]
    ticked = data.draw(st.lists(st.sampled_from(codes), unique=True))
    extra = data.draw(st.lists(st.sampled_from(ALL_CODES), max_size=5))
    result = p.evaluate(field_code, kind, ticked + extra)
    given_codes = set(ticked) | set(extra)
    assert result.missing == tuple(c for c in applicable if c.code not in given_codes)
    assert result.eligible is (set(codes) <= given_codes)
    assert set(result.unknown) == {x for x in extra if x not in codes}


# --------------------------------------------------------------------------------------------
# Deadlines
# --------------------------------------------------------------------------------------------


def test_deadlines_from_the_roadmap(plan: Plan) -> None:
    assert [(d.code, d.before) for d in plan.deadlines] == [
        ("units_to_district", date(2018, 4, 14)),
        ("units_to_department_head", date(2018, 4, 14)),
        ("to_province", date(2018, 4, 27)),
    ]
    assert all(d.rule is DeadlineRule.BEFORE for d in plan.deadlines)
    to_province = plan.deadline("to_province")
    assert set(to_province.from_unit_kinds) == {
        UnitKind.DISTRICT,
        UnitKind.DEPARTMENT,
        UnitKind.MASS_ORG,
        UnitKind.ASSOCIATION,
        UnitKind.ENTERPRISE,
    }
    assert len(to_province.what) == 2
    assert "kế hoạch" in to_province.what[1]
    assert to_province.also[0].clause == "IV.1"


@pytest.mark.parametrize(
    ("unit", "parent", "expected"),
    [
        (UnitKind.COMMUNE, UnitKind.DISTRICT, "units_to_district"),
        (UnitKind.OFFICE, UnitKind.DISTRICT, "units_to_district"),
        (UnitKind.PUBLIC_UNIT, UnitKind.DISTRICT, "units_to_district"),
        (UnitKind.OFFICE, UnitKind.DEPARTMENT, "units_to_department_head"),
        (UnitKind.PUBLIC_UNIT, UnitKind.DEPARTMENT, "units_to_department_head"),
        (UnitKind.OFFICE, UnitKind.MASS_ORG, "units_to_department_head"),
        (UnitKind.OFFICE, UnitKind.ASSOCIATION, "units_to_department_head"),
        (UnitKind.PUBLIC_UNIT, UnitKind.ENTERPRISE, "units_to_department_head"),
        (UnitKind.DISTRICT, UnitKind.PROVINCE, "to_province"),
        (UnitKind.DEPARTMENT, UnitKind.PROVINCE, "to_province"),
        (UnitKind.MASS_ORG, UnitKind.PROVINCE, "to_province"),
        (UnitKind.ASSOCIATION, UnitKind.PROVINCE, "to_province"),
        (UnitKind.ENTERPRISE, None, "to_province"),
        (UnitKind.PROVINCE, None, None),
        (UnitKind.COMMUNE, None, None),
        (UnitKind.OFFICE, UnitKind.PROVINCE, None),
    ],
)
def test_deadline_for_unit(plan: Plan, unit: UnitKind, parent: UnitKind | None, expected: str | None) -> None:
    found = plan.deadline_for_unit(unit, parent)
    assert (found.code if found else None) == expected


def test_last_on_time_day_and_descriptions(plan: Plan) -> None:
    units = plan.deadline("units_to_district")
    assert units.last_on_time_day == date(2018, 4, 13)
    assert describe_rule_vi(units) == "trước ngày 14/4/2018: hạn cuối 13/4/2018"
    assert describe_rule_en(units) == "before 14 April 2018: last day 13 April 2018"
    assert describe_rule_vi(plan.deadline("to_province")) == "trước ngày 27/4/2018: hạn cuối 26/4/2018"


@pytest.mark.parametrize(
    ("received", "supplement"),
    [(date(2018, 4, 13), False), (date(2018, 4, 14), True), (date(2018, 5, 2), True), (None, False)],
)
def test_late_means_supplement(plan: Plan, received: date | None, supplement: bool) -> None:
    """Plan IV.2: what a unit sends after its last on-time day goes up as a supplement."""
    assert is_supplement(plan.deadline("units_to_district"), received) is supplement


def test_no_deadline_no_supplement() -> None:
    assert is_supplement(None, date(2030, 1, 1)) is False


X = date(2018, 4, 14)


@pytest.mark.parametrize(
    ("received", "state"),
    [
        (X - timedelta(days=2), DeadlineState.ON_TIME),
        (X - timedelta(days=1), DeadlineState.ON_TIME),
        (X, DeadlineState.LATE),
        (X + timedelta(days=1), DeadlineState.LATE),
    ],
)
def test_received_around_day_x(plan: Plan, received: date, state: DeadlineState) -> None:
    as_of = date(2018, 5, 1)
    status = deadline_status(plan.deadline("units_to_district"), as_of, received)
    assert status.state is state
    assert status.received_on == received
    assert status.days_left == (date(2018, 4, 13) - as_of).days == -18


@pytest.mark.parametrize(
    ("as_of", "state", "days_left"),
    [
        (date(2018, 4, 5), DeadlineState.PENDING, 8),
        (X - timedelta(days=1), DeadlineState.PENDING, 0),
        (X, DeadlineState.MISSING, -1),
        (X + timedelta(days=1), DeadlineState.MISSING, -2),
    ],
)
def test_not_received(plan: Plan, as_of: date, state: DeadlineState, days_left: int) -> None:
    status = deadline_status(plan.deadline("units_to_district"), as_of, None)
    assert (status.state, status.days_left, status.received_on) == (state, days_left, None)


def test_receipt_after_as_of_counts_as_not_yet_received(plan: Plan) -> None:
    dl = plan.deadline("units_to_district")
    before = deadline_status(dl, date(2018, 4, 10), date(2018, 4, 12))
    assert before.state is DeadlineState.PENDING
    assert before.received_on is None
    after = deadline_status(dl, date(2018, 4, 20), date(2018, 4, 25))
    assert after.state is DeadlineState.MISSING
    same_day = deadline_status(dl, date(2018, 4, 12), date(2018, 4, 12))
    assert same_day.state is DeadlineState.ON_TIME


def test_timestamps_are_refused(plan: Plan) -> None:
    dl = plan.deadline("to_province")
    with pytest.raises(TypeError, match="local calendar date"):
        deadline_status(dl, datetime(2018, 4, 20, 9, 0), None)
    with pytest.raises(TypeError):
        deadline_status(dl, date(2018, 4, 20), datetime(2018, 4, 19, 23, 59))


@given(
    before=st.dates(min_value=date(2000, 1, 2), max_value=date(2100, 1, 1)),
    as_of=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    received=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_deadline_rule_properties(before: date, as_of: date, received: date | None) -> None:
    dl = Deadline(
        code="d",
        before=before,
        rule=DeadlineRule.BEFORE,
        from_unit_kinds=(UnitKind.DISTRICT,),
        parent_kinds=(),
        to="x",
        what=("x",),
        text="x",
        clause="x",
    )
    status = deadline_status(dl, as_of, received)
    assert status.days_left == (before - timedelta(days=1) - as_of).days
    if received is not None and received <= as_of:
        assert status.state is (DeadlineState.ON_TIME if received < before else DeadlineState.LATE)
    else:
        assert status.state is (DeadlineState.PENDING if as_of < before else DeadlineState.MISSING)
        assert (status.state is DeadlineState.PENDING) == (status.days_left >= 0)


# --------------------------------------------------------------------------------------------
# Quotas, honours, stages, section IV
# --------------------------------------------------------------------------------------------


def test_quotas(plan: Plan) -> None:
    district = plan.quota_for(UnitKind.DISTRICT)
    assert district is not None
    assert (district.minimum, district.advisory) == (10, False)
    for kind in (UnitKind.DEPARTMENT, UnitKind.MASS_ORG):
        quota = plan.quota_for(kind)
        assert quota is not None
        assert (quota.minimum, quota.advisory) == (5, False)
    for kind in (UnitKind.ENTERPRISE, UnitKind.ASSOCIATION):
        quota = plan.quota_for(kind)
        assert quota is not None
        assert (quota.minimum, quota.advisory) == (None, True)
    for kind in (UnitKind.PROVINCE, UnitKind.COMMUNE, UnitKind.OFFICE, UnitKind.PUBLIC_UNIT):
        assert plan.quota_for(kind) is None


def test_quota_status(plan: Plan) -> None:
    district = plan.quota_for(UnitKind.DISTRICT)
    department = plan.quota_for(UnitKind.DEPARTMENT)
    enterprise = plan.quota_for(UnitKind.ENTERPRISE)
    assert quota_status(district, 10) is QuotaState.MET
    assert quota_status(district, 14) is QuotaState.MET
    assert quota_status(district, 9) is QuotaState.SHORT
    assert quota_status(district, 0) is QuotaState.SHORT
    assert quota_status(department, 5) is QuotaState.MET
    assert quota_status(department, 4) is QuotaState.SHORT
    assert quota_status(enterprise, 0) is QuotaState.ADVISORY
    assert quota_status(enterprise, 50) is QuotaState.ADVISORY
    assert quota_status(None, 3) is QuotaState.NONE
    with pytest.raises(ValueError, match="negative"):
        quota_status(district, -1)


@given(minimum=st.integers(0, 30), count=st.integers(0, 60))
def test_advisory_quota_is_never_short(minimum: int, count: int) -> None:
    advisory = Quota((UnitKind.ENTERPRISE,), minimum, True, "x", "x")
    assert quota_status(advisory, count) is not QuotaState.SHORT
    hard = Quota((UnitKind.DISTRICT,), minimum, False, "x", "x")
    assert quota_status(hard, count) is (QuotaState.MET if count >= minimum else QuotaState.SHORT)


def test_quota_needs_a_minimum_unless_advisory() -> None:
    with pytest.raises(ValueError, match="minimum"):
        Quota((UnitKind.DISTRICT,), None, False, "x", "x")


def test_honours(plan: Plan) -> None:
    assert [h.name for h in plan.honours] == [
        "Anh hùng Lao động",
        "Anh hùng Lực lượng vũ trang",
        "Chiến sĩ Thi đua toàn quốc",
        "Nhà giáo nhân dân",
        "Nhà giáo ưu tú",
        "Thầy thuốc nhân dân",
        "Thầy thuốc ưu tú",
        "Huân chương lao động các hạng",
    ]
    assert all(h.code.isascii() and h.code.replace("_", "").isalnum() for h in plan.honours)
    assert plan.honour("meritorious_teacher").name == "Nhà giáo ưu tú"


def test_stages(plan: Plan) -> None:
    assert [(s.code, s.year, s.due, s.due_is_estimate) for s in plan.stages] == [
        ("review_2018", 2018, date(2018, 12, 31), True),
        ("followup_2019", 2019, date(2019, 12, 31), True),
        ("final_2020", 2020, date(2020, 12, 31), True),
    ]
    assert "phong trào thi đua năm 2018" in plan.stage("review_2018").text
    assert "Đại hội thi đua" in plan.stage("final_2020").text
    assert len(plan.stage("followup_2019").activities) == 4


def test_consequence_and_supplement(plan: Plan) -> None:
    assert plan.consequence.clause.startswith("IV.1")
    assert "không xét trình UBND tỉnh khen thưởng" in plan.consequence.text
    assert plan.supplement.clause == "IV.2"
    assert "báo cáo bổ sung" in plan.supplement.text


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


def test_resources_dir_from_source_checkout() -> None:
    assert resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    assert default_plan_path() == resources_dir() / "plans" / "plan-127-2018.toml"
    assert default_plan_path().is_file()


def test_resources_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


# --------------------------------------------------------------------------------------------
# Malformed files
# --------------------------------------------------------------------------------------------


def broken(tmp_path: Path, old: str, new: str, *, name: str = "broken.toml") -> Path:
    """Write the bundled plan with the first ``old`` replaced by ``new``."""
    raw = default_plan_path().read_text(encoding="utf-8")
    assert old in raw, old
    path = tmp_path / name
    path.write_text(raw.replace(old, new, 1), encoding="utf-8")
    return path


def expect_error(path: Path, key: str | None, message: str) -> PlanError:
    with pytest.raises(PlanError) as info:
        load_plan(path)
    error = info.value
    assert error.path == path
    assert error.key == key
    assert str(path) in str(error)
    if key is not None:
        assert key in str(error)
    assert re.search(message, str(error)), str(error)
    return error


def test_bad_syntax(tmp_path: Path) -> None:
    raw = default_plan_path().read_text(encoding="utf-8")
    line = raw[: raw.index('province = "Hà Giang"')].count("\n") + 1
    path = broken(tmp_path, 'province = "Hà Giang"', 'province = "Hà Giang')
    expect_error(path, None, rf"invalid TOML.*line {line}\b")


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "absent.toml", None, "cannot read")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[plan]\nid = "Hà"\n'.encode("cp1258"))
    expect_error(path, None, "UTF-8|invalid TOML")


def test_missing_key(tmp_path: Path) -> None:
    path = broken(tmp_path, 'issuer = "Ủy ban nhân dân tỉnh Hà Giang"\n', "")
    expect_error(path, "plan.issuer", "required key is missing")


def test_missing_criterion_text(tmp_path: Path) -> None:
    path = broken(
        tmp_path, 'code = "2.3.a.1"\nkind = "collective"\ntext', 'code = "2.3.a.1"\nkind = "collective"\ntxt'
    )
    expect_error(path, "fields[2].criteria[0].text", "required key is missing")


def test_duplicate_criterion_code(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "2.3.a.2"', 'code = "2.3.a.1"')
    error = expect_error(path, "fields[2].criteria[1].code", "duplicate criterion code '2.3.a.1'")
    assert "fields[2].criteria[0].code" in error.message


def test_duplicate_code_across_general_and_field(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "III.1.1"', 'code = "2.1.a.1"')
    error = expect_error(path, "fields[0].criteria[0].code", "duplicate criterion code '2.1.a.1'")
    assert "general_criteria[0].code" in error.message
    path = broken(tmp_path, 'code = "III.1.2"', 'code = "III.1.1"', name="dup-general.toml")
    expect_error(path, "general_criteria[1].code", "duplicate criterion code")


def test_unknown_kind_in_field(tmp_path: Path) -> None:
    path = broken(tmp_path, 'kinds = ["household"]', 'kinds = ["household", "robot"]')
    expect_error(path, "fields[7].kinds[1]", "unknown NomineeKind 'robot'")


def test_unknown_kind_of_criterion(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "2.8.a.1"\nkind = "household"', 'code = "2.8.a.1"\nkind = "family"')
    expect_error(path, "fields[7].criteria[0].kind", "unknown NomineeKind 'family'")


def test_criterion_kind_not_allowed_by_field(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "2.8.a.1"\nkind = "household"', 'code = "2.8.a.1"\nkind = "individual"')
    expect_error(path, "fields[7].criteria[0].kind", "not admitted by field 2.8")


def test_criterion_code_outside_its_field(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "2.4.a.1"', 'code = "2.3.a.99"')
    expect_error(path, "fields[3].criteria[0].code", "does not start with its field code")


def test_unknown_unit_kind_in_deadline(tmp_path: Path) -> None:
    path = broken(tmp_path, 'from_unit_kinds = [\n    "commune",', 'from_unit_kinds = [\n    "hamlet",')
    expect_error(path, "deadlines[0].from_unit_kinds[0]", "unknown UnitKind 'hamlet'")


def test_bad_date(tmp_path: Path) -> None:
    path = broken(tmp_path, "before = 2018-04-14", 'before = "14/4/2018"')
    expect_error(path, "deadlines[0].before", "local date")
    path = broken(tmp_path, "before = 2018-04-14", "before = 2018-04-14T00:00:00+07:00", name="dt.toml")
    expect_error(path, "deadlines[0].before", "local date")
    path = broken(tmp_path, "before = 2018-04-14", "before = 2018-02-30", name="feb30.toml")
    expect_error(path, None, "invalid TOML")


def test_unknown_rule(tmp_path: Path) -> None:
    path = broken(tmp_path, 'rule = "before"\nfrom_unit_kinds', 'rule = "by"\nfrom_unit_kinds')
    expect_error(path, "deadlines[0].rule", "unknown DeadlineRule 'by'")


def test_overlapping_deadlines(tmp_path: Path) -> None:
    path = broken(tmp_path, 'body_kinds = ["department", "mass_org"', 'body_kinds = ["district", "mass_org"')
    expect_error(path, "deadlines[1].from_unit_kinds", "same units as deadlines\\[0\\]")


def test_quota_unit_kind_twice(tmp_path: Path) -> None:
    path = broken(
        tmp_path, 'unit_kinds = ["department", "mass_org"]', 'unit_kinds = ["district", "mass_org"]'
    )
    expect_error(path, "quotas[1].unit_kinds[0]", "duplicate")


def test_hard_quota_without_minimum(tmp_path: Path) -> None:
    path = broken(tmp_path, "minimum = 10\n", "")
    expect_error(path, "quotas[0].minimum", "required key is missing")


def test_unknown_key(tmp_path: Path) -> None:
    path = broken(tmp_path, "minimum = 10", "minimun = 10")
    expect_error(path, "quotas[0].minimun", "unknown key")


def test_wrong_type(tmp_path: Path) -> None:
    path = broken(tmp_path, "period_start = 2018", 'period_start = "2018"')
    expect_error(path, "plan.period_start", "must be an integer")


def test_stage_outside_period(tmp_path: Path) -> None:
    path = broken(tmp_path, "year = 2020", "year = 2021")
    expect_error(path, "stages[2].year", "outside the plan period")


def test_duplicate_honour(tmp_path: Path) -> None:
    path = broken(tmp_path, 'code = "labour_order"', 'code = "hero_of_labour"')
    expect_error(path, "honours[7].code", "duplicate honour code")


def test_plan_error_pickles_its_fields(tmp_path: Path) -> None:
    import pickle

    error = PlanError(tmp_path / "p.toml", "fields[0].code", "boom")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (copy.path, copy.key, copy.message) == (error.path, error.key, error.message)


def test_the_recipient_is_the_directory_unit_the_plan_names_and_the_plan_cites_itself(plan: Plan) -> None:
    import csv

    with (resources_dir() / "units" / "hagiang-2018.csv").open(encoding="utf-8") as f:
        unit = next(r for r in csv.DictReader(f) if r["code"] == plan.info.recipient_code)
    assert unit["short_name"] in plan.info.recipient_text  # "Sở Nội vụ"
    assert plan.info.reference == "Kế hoạch số 127/KH-UBND ngày 04/04/2018 của Ủy ban nhân dân tỉnh Hà Giang"
