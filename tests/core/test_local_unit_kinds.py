"""Cooperatives, schools and villages are kinds of unit of their own (#17, item 11).

The plan names them among "các phòng, ban, đơn vị trực thuộc" that register with the body above
them: a cooperative or a school with its district or provincial body (through whichever unit
supervises it), a village (thôn, bản, tổ dân phố) through its commune. None is a reporting body:
no deadline of its own towards the province, no quota, never the IV.1 consequence. The rules are
the plan's data (resources/plans/plan-127-2018.toml), read here through the plan.
"""

from __future__ import annotations

import pytest

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.letterhead import Body, addressee, break_name, default_signer, heading
from hagiang_desktop.core.plan import Plan
from tests.core.test_plan import bundled
from tests.core.test_plan_paths import DISTRICT, PROVINCE, quoted

K = UnitKind
LOCAL = (K.COOPERATIVE, K.SCHOOL)
RECIPIENT = "UBND tỉnh Hà Giang (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return bundled()


def _code(plan: Plan, path: tuple[UnitKind, ...]) -> str | None:
    found = plan.deadline_for_path(path)
    return found.code if found else None


def test_the_new_kinds_have_stable_codes() -> None:
    assert (K.COOPERATIVE.value, K.SCHOOL.value, K.VILLAGE.value) == ("cooperative", "school", "village")


def test_a_cooperative_or_school_registers_with_the_district_by_14_april(plan: Plan) -> None:
    quoted("chỉ đạo các phòng, ban, đơn vị trực thuộc, căn cứ tiêu chí về mô hình, gương điển hình")
    quoted("đăng ký với Ủy ban nhân dân huyện, thành phố (qua Phòng Nội vụ) trước ngày 14/4/2018")
    for kind in LOCAL:
        # Directly under the district, under a commune, under the district's office (Phòng GD&ĐT).
        for middle in ((), (K.COMMUNE,), (K.OFFICE,)):
            path = (kind, *middle, *DISTRICT)
            assert _code(plan, path) == "units_to_district", path
            assert plan.reporting_body(path) == len(middle) + 1
            assert plan.quota_for_path(path) is None
            assert not plan.consequence_binds(path)


def test_a_cooperative_or_school_under_a_provincial_body_registers_with_its_head(plan: Plan) -> None:
    quoted("đăng ký với Thủ trưởng cơ quan, đơn vị (qua bộ phận làm công tác Thi đua, khen thưởng)")
    # A school of the Sở Giáo dục; a cooperative of the Liên minh Hợp tác xã (an association).
    for kind, body in ((K.SCHOOL, K.DEPARTMENT), (K.COOPERATIVE, K.ASSOCIATION)):
        path = (kind, body, *PROVINCE)
        assert _code(plan, path) == "units_to_department_head", path
        assert plan.quota_for_path(path) is None


def test_a_village_registers_through_its_commune_with_the_district(plan: Plan) -> None:
    path = (K.VILLAGE, K.COMMUNE, *DISTRICT)
    assert _code(plan, path) == "units_to_district"
    assert plan.reporting_body(path) == 2
    assert plan.quota_for_path(path) is None
    assert not plan.consequence_binds(path)


@pytest.mark.parametrize("kind", [K.COOPERATIVE, K.SCHOOL, K.VILLAGE])
def test_none_of_them_reports_to_the_province(plan: Plan, kind: UnitKind) -> None:
    # Hanging directly under the province (a clerk's slip), nothing binds them: no deadline, no quota.
    assert _code(plan, (kind, *PROVINCE)) is None
    assert _code(plan, (kind,)) is None
    assert plan.quota_for_path((kind, *PROVINCE)) is None


COMMUNE = Body("commune", "Xã Lũng Cú", "Lũng Cú", "00715")
TOWN = Body("commune", "Thị trấn Đồng Văn", "Đồng Văn", "00712")
DISTRICT_BODY = Body("district", "Huyện Đồng Văn", "Đồng Văn", "026")
PROVINCE_BODY = Body("province", "Tỉnh Hà Giang", "Hà Giang", "02")
EDUCATION = Body(
    "office", "Phòng Giáo dục và Đào tạo huyện Đồng Văn", "Phòng Giáo dục và Đào tạo", "026-GDDT"
)
COOPERATIVE = Body("cooperative", "Hợp tác xã Nông nghiệp Lũng Cú", "HTX Nông nghiệp Lũng Cú", "00715-HTX")
SCHOOL = Body("school", "Trường Tiểu học Lũng Cú", "", "026-THLC")
VILLAGE = Body("village", "Thôn Lô Lô Chải", "Lô Lô Chải", "00715-LLC")


def test_a_cooperative_heads_and_signs_its_own_papers() -> None:
    assert heading(COOPERATIVE, COMMUNE) == ("", "HỢP TÁC XÃ NÔNG NGHIỆP LŨNG CÚ")
    assert default_signer(COOPERATIVE) == ("", "GIÁM ĐỐC")
    # "HTX" written short is still a cooperative; the kind decides, not the spelling.
    short = Body("cooperative", "HTX Chè Shan tuyết Lũng Cú", "", "X")
    assert default_signer(short) == ("", "GIÁM ĐỐC")
    # "Hợp tác xã" is one word group: never broken before its "XÃ".
    lines = break_name("HỢP TÁC XÃ NÔNG NGHIỆP LŨNG CÚ", lambda line: len(line) <= 22)
    assert lines == ["HỢP TÁC XÃ", "NÔNG NGHIỆP LŨNG CÚ"]


def test_a_school_sits_under_its_education_office_or_its_peoples_committee() -> None:
    assert heading(SCHOOL, EDUCATION) == (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỒNG VĂN",
        "TRƯỜNG TIỂU HỌC LŨNG CÚ",
    )
    assert heading(SCHOOL, DISTRICT_BODY) == ("UBND HUYỆN ĐỒNG VĂN", "TRƯỜNG TIỂU HỌC LŨNG CÚ")
    assert heading(SCHOOL, COMMUNE) == ("UBND XÃ LŨNG CÚ", "TRƯỜNG TIỂU HỌC LŨNG CÚ")
    assert default_signer(SCHOOL) == ("", "HIỆU TRƯỞNG")
    # Registered through the district's Phòng Nội vụ like any unit under the district.
    path = [SCHOOL, EDUCATION, DISTRICT_BODY, PROVINCE_BODY]
    assert addressee(path, RECIPIENT) == "UBND huyện Đồng Văn (qua Phòng Nội vụ)"


def test_a_villages_form_is_signed_by_its_head_and_addressed_to_its_commune() -> None:
    assert heading(VILLAGE, COMMUNE) == ("UBND XÃ LŨNG CÚ", "THÔN LÔ LÔ CHẢI")
    assert default_signer(VILLAGE) == ("", "TRƯỞNG THÔN")
    assert default_signer(Body("village", "Bản Phố Là", "", "X")) == ("", "TRƯỞNG BẢN")
    assert default_signer(Body("village", "Tổ dân phố 3", "", "X")) == ("", "TỔ TRƯỞNG TỔ DÂN PHỐ")
    assert addressee([VILLAGE, COMMUNE, DISTRICT_BODY, PROVINCE_BODY], RECIPIENT) == "UBND xã Lũng Cú"
    town_quarter = Body("village", "Tổ dân phố 2", "", "Y")
    assert addressee([town_quarter, TOWN, DISTRICT_BODY], RECIPIENT) == "UBND thị trấn Đồng Văn"
