"""Forms an office can sign as printed (issue #15 item 3): each unit's own letterhead, the day
it registered, "Kính gửi" by its path, its head's signature, the household's head, the override.

Real database, real PDF read back with pdftotext, one form per kind of registering unit.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.services import exporting, letterhead, nominations
from hagiang_desktop.services.nominations import NominationFilter, NominationInput
from hagiang_desktop.services.scope import set_office

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _text(pdf: Path) -> list[str]:
    """One flattened text per form (a form starts on a new page with its title)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    forms: list[str] = []
    for page in out.split("\f"):
        flat = re.sub(r"\s+", " ", page)
        if "PHIẾU ĐĂNG KÝ" in flat or not forms:
            forms.append(flat)
        else:
            forms[-1] += " " + flat
    return [f for f in forms if f.strip()]


def _add(
    ws, unit: str, kind: NomineeKind, name: str, received: date | None, ticked: bool = True, **kw
) -> int:
    plan = ws.plan
    field = "2.8" if kind == NomineeKind.HOUSEHOLD else "2.1"
    checks = {c.code: "" for c in plan.criteria_for(field, kind)} if ticked else {}
    data = NominationInput(kind=kind, field_code=field, name=name, registering_unit_code=unit, checks=checks,
                           received_on=received, achievements="Thành tích tiêu biểu.", **kw)  # fmt: skip
    return nominations.save_nomination(ws, data).id


def test_forms_for_a_commune_an_office_a_department_an_enterprise_and_a_household(
    workspace, tmp_path
) -> None:
    ws = workspace
    set_office(ws, "026-NV")
    ids = [
        _add(ws, "00748", NomineeKind.COLLECTIVE, "Hội Liên hiệp Phụ nữ xã Sính Lủng", date(2018, 4, 5)),
        _add(
            ws,
            "026-VHTT",
            NomineeKind.INDIVIDUAL,
            "Vàng Thị Mỷ",
            date(2018, 4, 9),
            gender="female",
            birth_year=1979,
            position="Chuyên viên",
        ),  # fmt: skip
        _add(ws, "02-SCT", NomineeKind.COLLECTIVE, "Phòng Quản lý thương mại", date(2018, 4, 12)),
        _add(ws, "02-PCHG", NomineeKind.COLLECTIVE, "Đội Quản lý điện Đồng Văn", date(2018, 4, 11)),
        _add(
            ws,
            "00715",
            NomineeKind.HOUSEHOLD,
            "Hộ ông Giàng Mí Chứ",
            date(2018, 4, 6),
            household_head="Giàng Mí Chứ",
            village="Thôn Lô Lô Chải",
            commune="Xã Lũng Cú",
        ),  # fmt: skip
    ]
    # One selected by override, with its reason (the commune's, which misses a criterion now).
    weak = _add(ws, "00748", NomineeKind.INDIVIDUAL, "Sùng Thị Pà", date(2018, 4, 7), ticked=False)
    nominations.change_status(
        ws, [weak], TransitionRequest(NominationStatus.SELECTED, override_reason="Người có uy tín tiêu biểu")
    )
    ids.append(weak)
    out = tmp_path / "phieu.pdf"
    exporting.export_forms_pdf(ws, out, ids=ids, day=date(2026, 12, 7))
    commune, office, department, enterprise, household, override = _text(out)

    printing_day = "ngày 07 tháng 12 năm 2026"
    assert all(printing_day not in form for form in (commune, office, department, enterprise, household))
    # A commune: its people's committee alone, dated from itself, addressed to the district.
    assert "ỦY BAN NHÂN DÂN XÃ SÍNH LỦNG" in commune or "ỦY BAN NHÂN DÂN" in commune
    assert "UBND HUYỆN ĐỒNG VĂN" not in commune
    assert "Sính Lủng, ngày 05 tháng 4 năm 2018" in commune
    assert "Kính gửi: UBND huyện Đồng Văn (qua Phòng Nội vụ)" in commune
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in commune  # its chairman confirms, for the committee
    assert "KT. CHỦ TỊCH" not in commune
    # The district's own office: under UBND huyện, addressed to UBND huyện.
    assert "UBND HUYỆN ĐỒNG VĂN" in office
    assert "PHÒNG VĂN HÓA" in office
    assert "PHÒNG VĂN HÓA VÀ THÔNG TIN" in office or "VÀ THÔNG TIN" in office
    assert "Đồng Văn, ngày 09 tháng 4 năm 2018" in office
    assert "Kính gửi: UBND huyện Đồng Văn " in office
    assert "(qua Phòng Nội vụ)" not in office
    assert "Giới tính, năm sinh: Nữ, 1979" in office
    assert "TRƯỞNG PHÒNG" in office
    # A provincial department: "UBND TỈNH HÀ GIANG" over its short name, to its head.
    assert "UBND TỈNH HÀ GIANG" in department
    assert "SỞ CÔNG THƯƠNG" in department
    assert "SỞ CÔNG THƯƠNG TỈNH HÀ GIANG" not in department
    assert "Hà Giang, ngày 12 tháng 4 năm 2018" in department
    assert "Giám đốc Sở Công Thương tỉnh Hà Giang (qua bộ phận thi đua, khen thưởng)" in department
    assert "GIÁM ĐỐC" in department
    # An enterprise: its own name, to its director.
    assert "CÔNG TY ĐIỆN LỰC HÀ GIANG" in enterprise
    assert "Giám đốc Công ty Điện lực Hà Giang (qua bộ phận thi đua, khen thưởng)" in enterprise
    # A household: registered through the commune, signed by its head in person.
    assert "Kính gửi: UBND huyện Đồng Văn (qua Phòng Nội vụ)" in household
    assert "CHỦ HỘ" in household
    assert "Giàng Mí Chứ" in household
    assert "Lũng Cú, ngày 06 tháng 4 năm 2018" in household
    # The override and its reason, on the form and in the list's note column.
    assert "Được lựa chọn đặc cách: Người có uy tín tiêu biểu" in override
    listed = tmp_path / "ds.pdf"
    exporting.export_list_pdf(ws, listed)
    out_list = subprocess.run(["pdftotext", str(listed), "-"], check=True, capture_output=True, text=True)
    assert "Được lựa chọn đặc cách: Người có uy tín tiêu biểu" in re.sub(r"\s+", " ", out_list.stdout)


def test_the_forms_receiving_line_set_by_the_office_replaces_the_path(workspace, tmp_path) -> None:
    ws = workspace
    set_office(ws, "026-NV")
    nid = _add(ws, "00748", NomineeKind.COLLECTIVE, "Đoàn Thanh niên xã Sính Lủng", date(2018, 4, 5))
    letterhead.set_values(ws, {"recipients": "Chủ tịch UBND huyện Đồng Văn"}, "forms")
    out = tmp_path / "phieu.pdf"
    exporting.export_forms_pdf(ws, out, ids=[nid])
    assert "Kính gửi: Chủ tịch UBND huyện Đồng Văn" in _text(out)[0]


def test_covering_letter_and_list_as_the_office_set_them_without_internal_warnings(demo_workspace, tmp_path):
    ws = demo_workspace
    letterhead.set_values(ws, {"signer_name": "Sùng Mí Chá"})
    letterhead.set_values(ws, {"symbol": "UBND-NV", "recipients": "Như trên; Lưu: VT, NV"}, "letter")
    letter = tmp_path / "cong-van.pdf"
    result = exporting.export_letter_pdf(ws, letter, day=date(2018, 4, 25))
    assert result.pages == 1
    text = " ".join(_text_of(letter).split())
    assert "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN" in text
    assert "/UBND-NV" in text
    assert "V/v đăng ký danh sách mô hình, gương điển hình tiên tiến giai đoạn 2018 – 2020" in text
    assert "Đồng Văn, ngày 25 tháng 4 năm 2018" in text
    assert "Kính gửi: UBND tỉnh Hà Giang (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)" in text
    assert "Thực hiện Kế hoạch số 127/KH-UBND ngày 04/04/2018 của Ủy ban nhân dân tỉnh Hà Giang" in text
    assert f"đăng ký {result.count} mô hình" in text
    assert "- Như trên; - Lưu: VT, NV." in text
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text
    assert "Sùng Mí Chá" in text
    # A list short of its quota (10; the demo's 13 less four): a warning for the screen, never on
    # the paper.
    chosen = nominations.list_nominations(ws, NominationFilter(status=NominationStatus.SELECTED))
    nominations.change_status(ws, [n.id for n in chosen[:4]], TransitionRequest(NominationStatus.REGISTERED))
    pdf, xlsx = tmp_path / "ds.pdf", tmp_path / "ds.xlsx"
    assert exporting.export_list_pdf(ws, pdf).count == 9
    exporting.export_list_xlsx(ws, xlsx)
    book = load_workbook(xlsx)
    cells = " ".join(
        str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c
    )
    for warning in ("Chưa đạt", "còn thiếu", "Đạt chỉ tiêu"):
        assert warning not in _text_of(pdf)
        assert warning not in cells
    assert "Sùng Mí Chá" in _text_of(pdf)


def _text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_the_who_to_call_list_is_headed_with_the_offices_own_letterhead(demo_workspace, tmp_path):
    from hagiang_desktop.services import dashboard
    from hagiang_desktop.services.scope import office_scope

    ws = demo_workspace
    letterhead.set_values(ws, {"issuer": "Phòng Nội vụ – Lao động"}, "key-form")
    out = tmp_path / "goi.pdf"
    dashboard.export_who_to_call(ws, office_scope(ws), date(2018, 4, 20), out)
    text = " ".join(_text_of(out).split())
    assert "UBND HUYỆN ĐỒNG VĂN" in text
    assert "PHÒNG NỘI VỤ – LAO ĐỘNG" in text
