"""Open lists where the plan is open (issue #16): an "other field" and honours typed freely.

Each test quotes the plan line it implements (checked against the plan's text) and follows the
model through the entry service, the Excel template and its import, the list and the forms.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hagiang_desktop.core.import_columns import parse_honour
from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.exports.excel_list import LIST_SHEET
from hagiang_desktop.services import exporting, imports, nominations, templates
from hagiang_desktop.services.nominations import NominationInput, NominationProblem
from hagiang_desktop.services.scope import set_office
from tests.core.test_plan_paths import quoted
from tests.services.import_files import fill_template

UNIT = "026-TP"  # Phòng Tư pháp huyện Đồng Văn
HONOUR = "Huân chương Bảo vệ Tổ quốc hạng Ba"


def other_field(ws, kind=NomineeKind.COLLECTIVE, title="Tư pháp", **more) -> NominationInput:
    general = {c.code: "" for c in ws.plan.general_criteria}
    return NominationInput(
        kind=kind,
        field_code="khac",
        name=more.pop("name", "Tổ hòa giải thôn Lũng Cú"),
        registering_unit_code=more.pop("unit", UNIT),
        checks=general,
        field_title=title,
        received_on=date(2018, 4, 10),
        **more,
    )


def test_the_other_field_needs_only_the_general_criteria_and_any_kind(workspace) -> None:
    quoted("2. Tiêu chí lựa chọn cụ thể một số lĩnh vực")
    quoted("Ngoài các tiêu chí chung, trong lựa chọn, xây dựng gương điển hình một số lĩnh vực")
    plan = workspace.plan
    other = plan.open_field
    assert other is not None
    assert other.code == "khac"
    assert other.title == "Lĩnh vực khác"
    assert other.criteria == ()
    for kind in NomineeKind:  # a household too, when its model is not an economic one
        assert plan.kind_allowed("khac", kind)
        assert plan.criteria_for("khac", kind) == plan.general_criteria
    assert plan.evaluate("khac", NomineeKind.INDIVIDUAL, [c.code for c in plan.general_criteria]).eligible
    saved = nominations.save_nomination(workspace, other_field(workspace))
    assert saved.eligibility.eligible
    detail = nominations.get_nomination(workspace, saved.id)
    assert (detail.data.field_code, detail.data.field_title) == ("khac", "Tư pháp")
    row = next(r for r in nominations.list_nominations(workspace) if r.id == saved.id)
    assert row.field_title == "Tư pháp"


def test_the_other_field_must_be_named(workspace) -> None:
    with pytest.raises(NominationProblem) as refused:
        nominations.save_nomination(workspace, other_field(workspace, title="  "))
    assert refused.value.code == "field_title_required"
    # A title given for one of the eight fields is not kept: their titles are the plan's.
    data = other_field(workspace)
    data.field_code = "2.1"
    data.checks = {c.code: "" for c in workspace.plan.criteria_for("2.1", NomineeKind.COLLECTIVE)}
    saved = nominations.save_nomination(workspace, data)
    assert nominations.get_nomination(workspace, saved.id).data.field_title is None


def test_target_honours_are_examples_and_what_was_typed_is_kept(workspace) -> None:
    quoted("danh hiệu vinh dự của Nhà nước như: Anh hùng Lao động")
    quoted("Huân chương lao động các hạng,...")
    plan = workspace.plan
    assert parse_honour(plan, "nha giao uu tu") == "Nhà giáo ưu tú"  # one of the plan's, by name
    assert parse_honour(plan, f"  {HONOUR} ") == HONOUR  # any other: kept, never refused
    saved = nominations.save_nomination(workspace, other_field(workspace, target_honour=HONOUR))
    assert nominations.get_nomination(workspace, saved.id).data.target_honour == HONOUR


def test_the_template_suggests_and_the_import_keeps_other_fields_and_honours(workspace, tmp_path) -> None:
    quoted("Tiêu chí lựa chọn cụ thể một số lĩnh vực")
    template = templates.make_template(workspace, UNIT, tmp_path / "mau.xlsx", rows=20)
    wb = openpyxl.load_workbook(template)
    entry = wb["Đăng ký"]
    by_range = {str(dv.sqref): dv for dv in entry.data_validations.dataValidation}
    field_dv, honour_dv = by_range["D4:D23"], by_range["O4:O23"]
    # Excel warns about a value outside the list and lets the unit keep it (no refusal).
    assert (field_dv.errorStyle, honour_dv.errorStyle) == ("warning", "warning")
    assert "Lĩnh vực khác" in field_dv.error
    lists = wb["Danh mục"]
    choices = [lists.cell(row=r, column=2).value for r in range(2, 12)]
    assert "Lĩnh vực khác: (ghi tên lĩnh vực)" in choices
    guide = " ".join(str(c.value) for c in wb["Hướng dẫn"]["A"])
    assert "Lĩnh vực khác: Tư pháp" in guide
    filled = fill_template(
        template,
        tmp_path / "filled.xlsx",
        [
            {"B": "Tổ hòa giải thôn Lũng Cú", "C": "Tập thể", "D": "Lĩnh vực khác: Tư pháp", "O": HONOUR},
            {
                "B": "Gia đình văn hóa Vàng Mí Lử",
                "C": "Hộ gia đình",
                "D": "Lĩnh vực khác: Văn hóa – thể thao",
            },
            {"B": "Câu lạc bộ khèn Mông", "C": "Tập thể", "D": "Lĩnh vực khác: (ghi tên lĩnh vực)"},
        ],
    )
    pv = imports.preview(workspace, imports.read(filled))
    problems = {(p.ref, p.code) for r in pv.rows for p in r.problems}
    assert problems == {("Đăng ký!D6", "field_title_required")}  # the hint left as it was
    imports.apply(workspace, pv, skip_invalid=True)
    got = {r.name: r for r in nominations.list_nominations(workspace)}
    assert got["Tổ hòa giải thôn Lũng Cú"].field_title == "Tư pháp"
    assert got["Gia đình văn hóa Vàng Mí Lử"].field_title == "Văn hóa – thể thao"
    assert got["Gia đình văn hóa Vàng Mí Lử"].kind == NomineeKind.HOUSEHOLD
    detail = nominations.get_nomination(workspace, got["Tổ hòa giải thôn Lũng Cú"].id)
    assert detail.data.target_honour == HONOUR


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_list_and_the_forms_show_the_fields_title_and_the_typed_honour(workspace, tmp_path) -> None:
    quoted("Mỗi huyện, thành phố lựa chọn 10 mô hình, gương điển hình tiêu biểu trở lên")
    set_office(workspace, "026-NV")
    first = nominations.save_nomination(workspace, other_field(workspace, target_honour=HONOUR)).id
    second = nominations.save_nomination(
        workspace, other_field(workspace, NomineeKind.INDIVIDUAL, "Văn hóa – thể thao", name="Sùng Mí Chứ")
    ).id
    nominations.change_status(workspace, [first, second], TransitionRequest(NominationStatus.SELECTED))
    out = tmp_path / "ds.xlsx"
    exporting.export_list_xlsx(workspace, out, day=date(2018, 4, 20))
    cells = [str(c.value) for row in load_workbook(out)[LIST_SHEET].iter_rows() for c in row if c.value]
    assert "Lĩnh vực khác" in cells  # the group's heading
    assert "Lĩnh vực khác: Tư pháp" in cells
    assert "Lĩnh vực khác: Văn hóa – thể thao" in cells
    assert "Cộng lĩnh vực khác" in cells
    summary = [str(c.value) for row in load_workbook(out)["Tổng hợp"].iter_rows() for c in row if c.value]
    assert "Lĩnh vực khác" in summary  # it counts like any other field
    forms = tmp_path / "phieu.pdf"
    exporting.export_forms_pdf(workspace, forms, ids=[first], day=date(2018, 4, 20))
    text = _pdf_text(forms)
    assert "Lĩnh vực khác: Tư pháp" in text
    assert HONOUR in text
    pdf = tmp_path / "ds.pdf"
    exporting.export_list_pdf(workspace, pdf, day=date(2018, 4, 20))
    assert "Lĩnh vực khác: Văn hóa – thể thao" in _pdf_text(pdf)
