"""Deadlines, quotas and the IV.1 consequence follow a unit's path, not its kind alone (issue #16).

Each test quotes the plan line it implements; the quote is checked against the plan's own text.
"""

from __future__ import annotations

from datetime import date

import pytest

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.plan import Plan, QuotaState
from hagiang_desktop.core.timeliness import UnitFacts, judge_unit, kind_path
from tests.core.test_plan import PLAN_TEXT, bundled, normalise

K = UnitKind
PROVINCE = (K.PROVINCE,)
DISTRICT = (K.DISTRICT, K.PROVINCE)
#: The provincial bodies: "các sở, ban, ngành, hội, đoàn thể, doanh nghiệp".
BODY_KINDS = (K.DEPARTMENT, K.MASS_ORG, K.ASSOCIATION, K.ENTERPRISE)
#: Every kind a unit under a body may have.
MEMBER_KINDS = (K.COMMUNE, K.OFFICE, K.PUBLIC_UNIT, K.DEPARTMENT, K.MASS_ORG, K.ASSOCIATION, K.ENTERPRISE)
#: Intermediate levels a unit may sit under inside a district or a provincial body.
MIDDLES: tuple[tuple[UnitKind, ...], ...] = ((), (K.COMMUNE,), (K.PUBLIC_UNIT, K.COMMUNE), (K.OFFICE,))


def quoted(text: str) -> str:
    """Return ``text`` after checking that the plan says it word for word."""
    if PLAN_TEXT.is_file():
        assert normalise(text) in normalise(PLAN_TEXT.read_text(encoding="utf-8")), text
    return text


@pytest.fixture(scope="module")
def plan() -> Plan:
    return bundled()


def code(plan: Plan, path: tuple[UnitKind, ...]) -> str | None:
    found = plan.deadline_for_path(path)
    return found.code if found else None


def test_every_unit_under_a_district_registers_with_the_district_by_14_april(plan: Plan) -> None:
    quoted("Ủy ban nhân dân các huyện, thành phố chỉ đạo các phòng, ban, đơn vị trực thuộc, căn cứ tiêu chí")
    quoted("đăng ký với Ủy ban nhân dân huyện, thành phố (qua Phòng Nội vụ) trước ngày 14/4/2018")
    for kind in MEMBER_KINDS:
        for middle in MIDDLES:
            path = (kind, *middle, *DISTRICT)
            deadline = plan.deadline_for_path(path)
            assert code(plan, path) == "units_to_district", path
            assert deadline is not None
            assert deadline.last_on_time_day == date(2018, 4, 13)
            assert "Phòng Nội vụ" in deadline.to


def test_every_unit_under_a_provincial_body_registers_with_its_head_by_14_april(plan: Plan) -> None:
    quoted(
        "đăng ký với Thủ trưởng cơ quan, đơn vị (qua bộ phận làm công tác Thi đua, khen thưởng)"
        " trước ngày 14/4/2018"
    )
    for body in BODY_KINDS:
        for kind in MEMBER_KINDS:
            for middle in MIDDLES:
                path = (kind, *middle, body, *PROVINCE)
                assert code(plan, path) == "units_to_department_head", path
        # A body whose parent is not recorded is still a body: its units go to its head.
        assert code(plan, (K.OFFICE, body)) == "units_to_department_head"


def test_only_districts_and_provincial_bodies_report_to_the_province_by_27_april(plan: Plan) -> None:
    quoted(
        "lập danh sách đăng ký với UBND tỉnh (qua Ban Thi đua, khen thưởng - Sở Nội vụ) trước ngày 27/4/2018"
    )
    for kind in (K.DISTRICT, *BODY_KINDS):
        assert code(plan, (kind, *PROVINCE)) == "to_province"
        assert code(plan, (kind,)) == "to_province"  # a root body
    # Nothing else reports to the province, at any depth.
    for kind in MEMBER_KINDS:
        for middle in MIDDLES:
            for top in (DISTRICT, *((b, *PROVINCE) for b in BODY_KINDS)):
                assert code(plan, (kind, *middle, *top)) != "to_province"
    # The province itself, and a commune or office hanging directly under it, have no deadline.
    assert code(plan, PROVINCE) is None
    assert code(plan, (K.OFFICE, *PROVINCE)) is None
    assert code(plan, (K.COMMUNE,)) is None
    assert code(plan, ()) is None


def test_the_old_two_kind_lookup_reads_the_same_way(plan: Plan) -> None:
    found = plan.deadline_for_unit(K.MASS_ORG, K.DISTRICT)
    assert found is not None
    assert found.code == "units_to_district"
    found = plan.deadline_for_unit(K.MASS_ORG, K.PROVINCE)
    assert found is not None
    assert found.code == "to_province"


def test_quotas_bind_only_the_bodies_that_send_the_list(plan: Plan) -> None:
    quoted("Mỗi huyện, thành phố lựa chọn 10 mô hình, gương điển hình tiêu biểu trở lên")
    quoted(
        "mỗi sở, ban, ngành, hội, đoàn thể, doanh nghiệp lựa chọn 05 mô hình,"
        " gương điển hình tiêu biểu trở lên"
    )
    district = plan.quota_for_path(DISTRICT)
    assert district is not None
    assert district.minimum == 10
    assert not district.advisory
    for kind in (K.DEPARTMENT, K.MASS_ORG):
        quota = plan.quota_for_path((kind, *PROVINCE))
        assert quota is not None
        assert quota.minimum == 5
        assert not quota.advisory
    for kind in (K.ASSOCIATION, K.ENTERPRISE):
        quota = plan.quota_for_path((kind, *PROVINCE))
        assert quota is not None
        assert quota.advisory
    # A district's own mass organisation, association or enterprise registers with the district:
    # no quota of its own, whatever its depth.
    for kind in MEMBER_KINDS:
        for middle in MIDDLES:
            assert plan.quota_for_path((kind, *middle, *DISTRICT)) is None
            assert plan.quota_for_path((kind, *middle, K.DEPARTMENT, *PROVINCE)) is None


def facts(path: tuple[UnitKind, ...], counted: int = 0, received: tuple[date, ...] = ()) -> UnitFacts:
    return UnitFacts(
        kind=path[0],
        parent_kind=path[1] if len(path) > 1 else None,
        valid_from=None,
        valid_to=None,
        received=received,
        counted=counted,
        ancestors=path[1:],
    )


def test_the_dashboard_verdict_follows_the_path(plan: Plan) -> None:
    district_mass_org = judge_unit(plan, facts((K.MASS_ORG, *DISTRICT), counted=2), date(2018, 4, 20))
    assert district_mass_org.deadline is not None
    assert district_mass_org.deadline.code == "units_to_district"
    assert district_mass_org.quota is None
    assert district_mass_org.quota_state == QuotaState.NONE
    provincial = judge_unit(plan, facts((K.MASS_ORG, *PROVINCE), counted=2), date(2018, 4, 20))
    assert provincial.quota_state == QuotaState.SHORT
    school = judge_unit(
        plan, facts((K.PUBLIC_UNIT, K.COMMUNE, *DISTRICT), received=(date(2018, 4, 13),)), date(2018, 4, 20)
    )
    assert school.deadline is not None
    assert school.deadline.code == "units_to_district"


def test_kind_path_walks_the_tree_and_stops_at_a_cycle() -> None:
    kind_of = {1: "province", 2: "district", 3: "commune", 4: "public_unit", 8: "office", 9: "office"}
    parent_of: dict[int, int | None] = {1: None, 2: 1, 3: 2, 4: 3, 8: 9, 9: 8}
    assert kind_path(4, kind_of, parent_of) == (K.PUBLIC_UNIT, K.COMMUNE, K.DISTRICT, K.PROVINCE)
    assert kind_path(8, kind_of, parent_of) == (K.OFFICE, K.OFFICE)
    assert kind_path(7, kind_of, parent_of) == ()


def test_the_consequence_addresses_the_bodies_iv_1_names_in_its_words(plan: Plan) -> None:
    quoted("các sở, ban, ngành, các tổ chức hội, đoàn thể tỉnh và UBND các huyện, thành phố")
    wording = quoted(
        "Hội đồng Thi đua khen thưởng tỉnh không xét trình UBND tỉnh khen thưởng thành tích"
        " theo chuyên đề, hằng năm"
    )
    assert plan.consequence.label_vi == wording
    for kind in (K.DISTRICT, K.DEPARTMENT, K.MASS_ORG, K.ASSOCIATION):
        assert plan.consequence_binds((kind, *PROVINCE)), kind
    assert not plan.consequence_binds((K.ENTERPRISE, *PROVINCE))  # IV.1 does not name enterprises
    for kind in MEMBER_KINDS:
        for middle in MIDDLES:
            assert not plan.consequence_binds((kind, *middle, *DISTRICT))
            assert not plan.consequence_binds((kind, *middle, K.DEPARTMENT, *PROVINCE))


@pytest.mark.parametrize(
    ("path", "consequence", "not_registered"),
    [
        (DISTRICT, True, False),
        ((K.DEPARTMENT, *PROVINCE), True, False),
        ((K.ASSOCIATION, *PROVINCE), True, False),
        ((K.COMMUNE, *DISTRICT), False, True),
        ((K.OFFICE, *DISTRICT), False, True),
        ((K.MASS_ORG, *DISTRICT), False, True),
        ((K.PUBLIC_UNIT, K.COMMUNE, *DISTRICT), False, True),
        ((K.OFFICE, K.DEPARTMENT, *PROVINCE), False, True),
    ],
)
def test_registering_nothing_is_a_sanction_only_for_bodies_iv_1_addresses(
    plan: Plan, path: tuple[UnitKind, ...], consequence: bool, not_registered: bool
) -> None:
    verdict = judge_unit(plan, facts(path), date(2018, 5, 2))
    assert (verdict.consequence, verdict.not_registered) == (consequence, not_registered)


def test_the_state_bank_branch_is_a_provincial_state_body_with_the_hard_quota(plan: Plan) -> None:
    from hagiang_desktop.core.directory import default_directory_paths, load_directory

    quoted(
        "mỗi sở, ban, ngành, hội, đoàn thể, doanh nghiệp lựa chọn 05 mô hình,"
        " gương điển hình tiêu biểu trở lên"
    )
    directory = load_directory(*default_directory_paths())
    kind_of = {u.code: u.kind for u in directory}
    parent_of = {u.code: u.parent_code for u in directory}
    bank = directory["02-NHNN"]
    assert bank.name == "Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Hà Giang"
    assert bank.kind == K.DEPARTMENT
    path = kind_path("02-NHNN", kind_of, parent_of)
    quota = plan.quota_for_path(path)
    assert quota is not None
    assert quota.minimum == 5
    assert not quota.advisory
    assert plan.consequence_binds(path)
    # Every unit directly under the province reports to it by 27/4; the kinds are the plan's words.
    for unit in directory.children("02"):
        assert code(plan, kind_path(unit.code, kind_of, parent_of)) == "to_province", unit.code
    enterprises = {u.code for u in directory.children("02") if u.kind == K.ENTERPRISE}
    assert enterprises == {"02-PCHG", "02-BDHG", "02-VNPTHG", "02-VTHG", "02-NHCSXH", "02-AGRIBANK"}


def test_a_body_that_selected_its_list_is_not_flagged(plan: Plan) -> None:
    quoted("Các cơ quan, đơn vị, địa phương không tổ chức triển khai, đăng ký thực hiện Kế hoạch này")
    acted = judge_unit(plan, facts(DISTRICT, counted=10), date(2018, 5, 2))
    assert not acted.consequence
    assert not acted.not_registered
    assert judge_unit(plan, facts(DISTRICT), date(2018, 5, 2)).consequence
