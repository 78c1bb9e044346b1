"""Importing what units send: templates round-trip, legacy encodings, mapped lists, Word forms, bad files."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from hagiang_desktop.core.legacy_encoding import Encoding
from hagiang_desktop.services import imports, nominations, templates
from hagiang_desktop.services.imports import ImportProblem, RowStatus, SourceProblem
from hagiang_desktop.storage.models import AuditEvent, Nomination, Receipt
from tests.services.import_files import docx_form, fill_template, to_tcvn3, to_vni, write_list

UNIT = "026-GDDT"  # Phòng Giáo dục và Đào tạo huyện Đồng Văn


def _count(ws, model) -> int:
    with ws.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def template(workspace, tmp_path) -> Path:
    return templates.make_template(workspace, UNIT, tmp_path / "mau.xlsx", rows=50)


def test_template_layout(workspace, template):
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["Hướng dẫn", "Đăng ký", "Tiêu chí", "Danh mục", "_meta"]
    meta = {row[0]: row[1] for row in wb["_meta"].iter_rows(values_only=True)}
    assert meta["unit_code"] == UNIT
    assert meta["plan_id"] == "127/KH-UBND"
    assert meta["version"] == 1
    assert date.fromisoformat(meta["created"])
    assert wb["_meta"].sheet_state == "veryHidden"
    assert wb["_meta"].protection.sheet
    entry = wb["Đăng ký"]
    assert entry.protection.sheet
    assert entry["B3"].value == "Tên mô hình / tập thể / cá nhân (*)"
    assert entry["B3"].protection.locked  # header locked
    assert not entry["B4"].protection.locked  # entry cells open
    assert entry["A4"].value == 1
    assert entry["A4"].protection.locked
    validations = {str(dv.sqref): dv.formula1 for dv in entry.data_validations.dataValidation}
    assert validations["C4:C53"].startswith("'Danh mục'!$A$2")  # kind
    assert validations["D4:D53"].startswith("'Danh mục'!$B$2")  # field
    assert validations["O4:O53"].startswith("'Danh mục'!$D$2")  # target honour
    lists = wb["Danh mục"]
    assert [lists.cell(row=r, column=1).value for r in (2, 3, 4)] == ["Tập thể", "Cá nhân", "Hộ gia đình"]
    assert lists.cell(row=4, column=2).value == "2.3 – Giáo dục – Đào tạo"
    codes = [row[0] for row in wb["Tiêu chí"].iter_rows(min_row=2, values_only=True)]
    assert codes[:2] == ["III.1.1", "III.1.2"] and "2.8.c.1" in codes or "2.3.a.1" in codes
    assert "Hướng dẫn" in wb.sheetnames
    assert "Mã tiêu chí đạt" in " ".join(str(c.value) for c in wb["Hướng dẫn"]["A"])


def test_template_prints_one_page_wide_with_its_headings_and_rows_tall_enough(template):
    """#15 item 5: the entry sheet printed as 40 pages of 4-column strips; criteria overprinted."""
    wb = openpyxl.load_workbook(template)
    entry = wb["Đăng ký"]
    assert entry.sheet_properties.pageSetUpPr.fitToPage
    assert (entry.page_setup.fitToWidth, entry.page_setup.fitToHeight) == (1, 0)
    assert entry.page_setup.orientation == "landscape"
    assert entry.print_title_rows == "$1:$3"
    assert entry.print_area
    criteria = wb["Tiêu chí"]
    assert criteria.print_title_rows == "$1:$1"
    assert criteria.sheet_properties.pageSetUpPr.fitToPage
    for row in criteria.iter_rows(min_row=2):
        text = str(row[3].value)
        if len(text) > 140:  # wraps in the 110-wide column: the row is given the lines' height
            assert (criteria.row_dimensions[row[0].row].height or 0) >= 34, text


def test_template_filled_imported_then_reimported_with_changes(workspace, template, tmp_path):
    filled = fill_template(
        template,
        tmp_path / "gui-lai.xlsx",
        [
            {
                "B": "Trường PTDT bán trú Lũng Cú",
                "C": "Tập thể",
                "D": "2.3 – Giáo dục – Đào tạo",
                "P": "Tất cả",
            },
            {
                "B": "Giàng Thị Mai",
                "C": "Cá nhân",
                "D": "2.3",
                "E": "Giáo viên",
                "H": 1985,
                "O": "Nhà giáo ưu tú",
            },
            {"B": "Hộ ông Sùng Mí Páo", "D": "2.8 – Kinh tế hộ gia đình", "Q": "10/04/2018", "P": "III.1.1"},
        ],
    )
    table = imports.read(filled)
    assert table.form == "template"
    assert table.metadata["unit_code"] == UNIT
    pv = imports.preview(workspace, table, received_on=date(2018, 4, 12))
    assert [r.status for r in pv.rows] == [RowStatus.NEW] * 3
    assert pv.unit_code == UNIT
    assert pv.channel == "excel_template"
    assert pv.rows[2].data.kind == "household"  # 2.8 admits households only
    assert pv.rows[2].data.received_on == date(2018, 4, 10)
    result = imports.apply(workspace, pv)
    assert (result.created, result.updated) == (3, 0)
    with workspace.session() as session:
        school = session.scalars(select(Nomination).where(Nomination.source_key == f"{UNIT}:1")).one()
        assert school.eligible  # "Tất cả" ticks every criterion that applies
        receipt = session.scalars(select(Receipt)).one()
        assert (receipt.received_on, receipt.channel) == (date(2018, 4, 12), "excel_template")
    detail = nominations.get_nomination(workspace, nominations.list_nominations(workspace, sort="id")[-2].id)
    assert detail.data.target_honour == "Nhà giáo ưu tú"
    assert detail.data.birth_year == 1985

    # The unit sends the same file again with one row changed: one change, two unchanged.
    wb = openpyxl.load_workbook(filled)
    wb["Đăng ký"]["E5"] = "Hiệu trưởng"
    wb.save(filled)
    pv = imports.preview(workspace, imports.read(filled), received_on=date(2018, 4, 13))
    assert [r.status for r in pv.rows] == [RowStatus.UNCHANGED, RowStatus.CHANGED, RowStatus.UNCHANGED]
    assert pv.rows[1].changes == ("position",)
    result = imports.apply(workspace, pv)
    assert (result.created, result.updated, result.skipped) == (0, 1, 2)
    assert _count(workspace, Nomination) == 3
    assert _count(workspace, Receipt) == 2
    with workspace.session() as session:
        changed = session.scalars(select(Nomination).where(Nomination.source_key == f"{UNIT}:2")).one()
        assert changed.position == "Hiệu trưởng"
        updates = session.scalars(select(AuditEvent).where(AuditEvent.action == "update")).all()
        assert len(updates) == 1
        assert "Giáo viên" in (updates[0].before_json or "")


def test_row_errors_name_the_cell_and_nothing_is_written_unless_skipping(workspace, template, tmp_path):
    filled = fill_template(
        template,
        tmp_path / "loi.xlsx",
        [
            {"B": "Tổ hợp tác Sủng Là", "C": "Tập thể", "D": "2.7"},
            {"C": "Tập thể", "D": "2.7"},  # no name
            {"B": "Ông A", "C": "Hộ gia đình", "D": "2.3"},  # 2.3 admits no households
            {"B": "Bà B", "C": "Cá nhân", "D": "2.4", "P": "2.3.a.1"},  # criterion of another field
            {"B": "Bà C", "C": "Cá nhân", "D": "2.4", "H": "năm 85", "Q": "31/02/2018"},
            {"B": "Bà D", "C": "Người", "D": "2.4", "O": "Huân chương Sao Vàng"},
        ],
    )
    before = _count(workspace, Nomination)
    pv = imports.preview(workspace, imports.read(filled))
    problems = {(p.ref, p.code) for r in pv.rows for p in r.problems}
    assert problems == {
        ("Đăng ký!B5", "required"),
        ("Đăng ký!C6", "kind_not_allowed"),
        ("Đăng ký!P7", "unknown_criterion"),
        ("Đăng ký!H8", "bad_year"),
        ("Đăng ký!Q8", "bad_date"),
        ("Đăng ký!C9", "bad_kind"),  # an honour outside the plan's examples is no error (#16)
    }
    with pytest.raises(ImportProblem) as refused:
        imports.apply(workspace, pv)
    assert refused.value.code == "has_errors"
    assert _count(workspace, Nomination) == before
    assert _count(workspace, Receipt) == 0
    result = imports.apply(workspace, pv, skip_invalid=True)
    assert (result.created, result.skipped) == (1, 5)


def test_duplicates_of_existing_nominations_and_within_the_file(demo_workspace, tmp_path):
    existing = nominations.list_nominations(demo_workspace, sort="id")[0]
    detail = nominations.get_nomination(demo_workspace, existing.id)
    path = templates.make_template(demo_workspace, UNIT, tmp_path / "m.xlsx", rows=10)
    name_other_case = detail.data.name.upper()
    filled = fill_template(
        path,
        tmp_path / "dup.xlsx",
        [
            {"B": name_other_case, "C": "Tập thể", "D": detail.data.field_code}
            if detail.data.kind == "collective"
            else {"B": name_other_case, "C": "Cá nhân", "D": detail.data.field_code},
            {"B": "Đội văn nghệ Hoa Đào", "C": "Tập thể", "D": "2.6"},
            {"B": "Đội văn nghệ hoa đào", "C": "Tập thể", "D": "2.6"},
        ],
    )
    pv = imports.preview(demo_workspace, imports.read(filled), received_on=date(2018, 4, 10))
    if detail.data.year == 2018:
        assert pv.rows[0].status == RowStatus.DUPLICATE
        assert detail.data.name in pv.rows[0].duplicate_of[0]
    assert [r.status for r in pv.rows[1:]] == [RowStatus.NEW, RowStatus.DUPLICATE]
    result = imports.apply(demo_workspace, pv)
    assert result.created == 1  # duplicates wait for the clerk


def _legacy_names() -> list[str]:
    return ["Trường Tiểu học Lũng Cú", "Hợp tác xã dệt lanh Lùng Tám", "Đội văn nghệ thôn Sà Phìn"]


@pytest.mark.parametrize(
    ("font", "encode", "expected"),
    [
        (".VnTime", to_tcvn3, Encoding.TCVN3),
        ("VNI-Times", to_vni, Encoding.VNI),
    ],
)
def test_legacy_list_converted_exactly_by_font(workspace, tmp_path, font, encode, expected):
    names = _legacy_names()
    path = write_list(
        tmp_path / "cu.xlsx",
        ["STT", "Tên tập thể", "Lĩnh vực", "Loại", "Thành tích"],
        [
            [i + 1, encode(n), "2.6", encode("Tập thể"), encode("Xây dựng nông thôn mới, giữ gìn bản sắc")]
            for i, n in enumerate(names)
        ],
        font=font,
    )
    table = imports.read(path)
    assert table.form == "list"
    pv = imports.preview(workspace, table, unit_code="00715")
    assert [r.data.name for r in pv.rows] == names
    assert all(r.data.achievements == "Xây dựng nông thôn mới, giữ gìn bản sắc" for r in pv.rows)
    name_column = next(c for c in pv.columns if c.key == "name")
    assert (name_column.encoding, name_column.detected_by) == (expected, "font")
    first = next(c for c in pv.rows[0].converted if c.key == "name")
    assert (first.original, first.converted) == (encode(names[0]), names[0])


def test_tcvn3_capitals_font(workspace, tmp_path):
    path = write_list(
        tmp_path / "hoa.xlsx",
        ["Tên tập thể", "Lĩnh vực", "Loại"],
        [[to_tcvn3("đội văn nghệ"), "2.6", "Tập thể"]],
        font=".VnTimeH",
    )
    pv = imports.preview(workspace, imports.read(path), unit_code="00715")
    assert pv.rows[0].data.name == "ĐỘI VĂN NGHỆ"


def test_legacy_column_guessed_without_font_and_overridden(workspace, tmp_path):
    names = _legacy_names() * 4
    path = write_list(
        tmp_path / "doan.xlsx",
        ["Họ và tên", "Lĩnh vực", "Đối tượng"],
        [[to_vni(n), "2.5", "Tập thể"] for n in names],
    )
    table = imports.read(path)
    pv = imports.preview(workspace, table, unit_code="00715")
    column = next(c for c in pv.columns if c.key == "name")
    assert (column.encoding, column.detected_by) == (Encoding.VNI, "guess")
    assert [r.data.name for r in pv.rows] == names
    # The clerk says "this column is Unicode": the text stays as it is.
    kept = imports.preview(workspace, table, unit_code="00715", encodings={column.index: Encoding.UNICODE})
    assert kept.rows[0].data.name == to_vni(names[0])


def test_foreign_csv_mapped_from_headers_and_remembered_per_sender(workspace, tmp_path):
    path = tmp_path / "ds.csv"
    path.write_text(
        "STT;Họ và tên;Chức vụ;Đơn vị;Lĩnh vực;Thành tích;Cột lạ\n"
        "1;Lò Văn Sử;Trưởng thôn;UBND xã Lũng Cú;Nông thôn mới gắn với Làng văn hóa;Vận động hiến đất;x\n"
        "2;Vàng Thị Dở;Bí thư chi đoàn;Xã đoàn Lũng Cú;2.5;Thanh niên tình nguyện;y\n",
        encoding="utf-8",
    )
    table = imports.read(path)
    keys = imports.propose(workspace, table, "00715")
    assert keys == ["row_id", "name", "position", "work_unit", "field_code", "achievements", None]
    with pytest.raises(ImportProblem):
        imports.preview(workspace, table, unit_code=None)
    # No kind column: each row's kind is read from its name, with the reason (#19).
    pv = imports.preview(workspace, table, unit_code="00715")
    assert [r.status for r in pv.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert [(r.data.kind, r.data.field_code) for r in pv.rows] == [
        ("individual", "2.6"),
        ("individual", "2.5"),
    ]
    assert [[(i.key, i.reason) for i in r.inferred] for r in pv.rows] == [[("kind", "person")]] * 2
    keys[1] = "name"
    imports.remember_mapping(workspace, "00715", table.headers, [*keys[:-1], "note"])
    assert imports.propose(workspace, table, "00715")[-1] == "note"
    assert imports.propose(workspace, table, "00733")[-1] is None  # another sender: not remembered


def test_foreign_list_with_kind_imports(workspace, tmp_path):
    path = write_list(
        tmp_path / "ds.xlsx",
        ["TT", "Họ và tên", "Tập thể/cá nhân", "Lĩnh vực", "Thành tích"],
        [[1, "Lò Văn Sử", "Cá nhân", "2.6", "Vận động hiến đất làm đường"]],
    )
    pv = imports.preview(workspace, imports.read(path), unit_code="00715", received_on=date(2018, 4, 10))
    assert pv.rows[0].status == RowStatus.NEW
    assert pv.rows[0].data.source_key is None
    assert imports.apply(workspace, pv).created == 1


def test_word_registration_form(workspace, tmp_path):
    path = docx_form(
        tmp_path / "phieu.docx",
        [
            "Kính gửi: Phòng Nội vụ huyện Đồng Văn",
            "Đơn vị đăng ký: Phòng Giáo dục và Đào tạo huyện Đồng Văn",
            "Tên mô hình/tập thể/cá nhân: Trường Mầm non Hoa Ban",
            "Đối tượng: Tập thể",
            "Lĩnh vực: 2.3 – Giáo dục – Đào tạo",
            "Tóm tắt thành tích:",
            "Năm học 2016-2017: 100% trẻ đến lớp.",
            "Tổ chức bữa ăn bán trú cho 200 cháu.",
            "Danh hiệu hướng tới: Nhà giáo ưu tú",
            "Các tiêu chí đã đạt: III.1.1; III.1.2",
        ],
    )
    table = imports.read(path)
    assert table.form == "docx"
    pv = imports.preview(workspace, table, received_on=date(2018, 4, 11))
    assert pv.unit_code == UNIT
    row = pv.rows[0]
    assert row.status == RowStatus.NEW, row.problems
    assert row.data.name == "Trường Mầm non Hoa Ban"
    assert (
        row.data.achievements == "Năm học 2016-2017: 100% trẻ đến lớp.\nTổ chức bữa ăn bán trú cho 200 cháu."
    )
    assert sorted(row.data.checks) == ["III.1.1", "III.1.2"]
    assert imports.apply(workspace, pv).created == 1


def _zip_with(path: Path, source: Path, member: str, transform) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, transform(data) if item.filename == member else data)
    return path


def _bad_files(tmp_path: Path, template: Path) -> dict[str, tuple[Path, str, str]]:
    """Bad file → (path, expected code, expected cell)."""
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_text("STT,Họ và tên\n1,A\n", encoding="utf-8")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(template.read_bytes()[:4000])
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    formula = fill_template(
        template, tmp_path / "formula.xlsx", [{"B": "Tổ A", "C": "Tập thể", "D": "2.1", "H": "=1900+85"}]
    )
    huge = fill_template(
        template, tmp_path / "huge.xlsx", [{"B": "Tổ A", "C": "Tập thể", "D": "2.1", "L": "x" * 20_000}]
    )
    bomb = _zip_with(
        tmp_path / "bomb.xlsx",
        template,
        "xl/worksheets/sheet2.xml",
        lambda d: d.replace(
            b"<worksheet",
            b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
            1,
        ),
    )
    docx_renamed = tmp_path / "form.docx"
    docx_renamed.write_bytes(template.read_bytes())
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    return {
        "renamed": (renamed, "not_xlsx", ""),
        "truncated": (truncated, "damaged", ""),
        "empty": (empty, "empty", ""),
        "formula": (formula, "formula", "H4"),
        "huge": (huge, "huge_cell", "L4"),
        "bomb": (bomb, "unsafe", ""),
        "docx_not_a_form": (docx_renamed, "damaged", ""),
        "xls": (old, "damaged", ""),  # Excel 97-2003 is read since #19; this one is cut short
        "missing": (tmp_path / "nowhere.xlsx", "missing", ""),
    }


@pytest.mark.parametrize(
    "case", ["renamed", "truncated", "empty", "formula", "huge", "bomb", "docx_not_a_form", "xls", "missing"]
)
def test_bad_files_are_refused_naming_file_sheet_and_cell(workspace, template, tmp_path, case):
    path, code, cell = _bad_files(tmp_path, template)[case]
    with pytest.raises(SourceProblem) as refused:
        imports.read(path)
    assert refused.value.code == code
    assert refused.value.file == path
    assert refused.value.cell == cell
    if cell:
        assert refused.value.sheet == "Đăng ký"


def test_template_of_another_plan_or_version_is_refused(workspace, template, tmp_path):
    wb = openpyxl.load_workbook(template)
    wb["_meta"]["B5"] = "99/KH-UBND"
    wb["Đăng ký"]["B4"] = "Tổ A"
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(ImportProblem) as refused:
        imports.preview(workspace, imports.read(tmp_path / "other.xlsx"))
    assert refused.value.code == "wrong_plan"


def test_word_file_that_is_not_a_form_and_an_untouched_template(workspace, template, tmp_path):
    from docx import Document

    letter = tmp_path / "thu.docx"
    document = Document()
    document.add_paragraph("Kính gửi: Phòng Nội vụ")
    document.save(str(letter))
    with pytest.raises(SourceProblem) as refused:
        imports.read(letter)
    assert refused.value.code == "not_a_form"
    with pytest.raises(SourceProblem) as empty:
        imports.read(template)  # sent back without a single row filled in
    assert (empty.value.code, empty.value.sheet) == ("no_rows", "Đăng ký")


def test_legacy_csv_in_windows_code_page_is_guessed(workspace, tmp_path):
    names = ["Hợp tác xã dệt lanh Lùng Tám", "Đội văn nghệ thôn Sà Phìn", "Trường Tiểu học Lũng Cú"] * 3
    path = tmp_path / "cu.csv"
    # An old office PC saves CSV in cp1252: the TCVN3 codes are single bytes there.
    header = to_tcvn3("Họ và tên,Lĩnh vực,Đối tượng\n")
    body = "".join(f"{to_tcvn3(n)},2.6,Tap the\n" for n in names)
    path.write_bytes((header + body).encode("cp1252"))
    table = imports.read(path)
    pv = imports.preview(workspace, table, unit_code="00715", mapping=["name", "field_code", "kind"])
    assert [r.data.name for r in pv.rows] == names
    assert next(c for c in pv.columns if c.key == "name").detected_by == "guess"


def test_sector_no_field_describes_goes_to_the_open_field_titled_by_it(workspace, tmp_path):
    """#19 with #16's open field: "Tôn giáo" matches no field's words; a household still goes to 2.8."""
    path = tmp_path / "ds.csv"
    path.write_text(
        "Họ và tên;Lĩnh vực\nLò Văn Sử;Tôn giáo\nHộ ông Vàng Mí Lử;Tôn giáo\nTrạm Y tế xã Lũng Cú;Y tế\n",
        encoding="utf-8",
    )
    pv = imports.preview(workspace, imports.read(path), unit_code="00715")
    assert [r.status for r in pv.rows] == [RowStatus.NEW] * 3, [r.problems for r in pv.rows]
    person, household, body = (r.data for r in pv.rows)
    assert (person.field_code, person.field_title) == ("khac", "Tôn giáo")
    assert ("field_code", "other_field", "Tôn giáo") in [
        (i.key, i.reason, i.evidence) for i in pv.rows[0].inferred
    ]
    assert (household.kind, household.field_code) == ("household", "2.8")
    assert (body.kind, body.field_code) == ("collective", "2.4")
    assert imports.apply(workspace, pv).created == 3


def test_a_mistyped_field_code_stays_an_error_not_the_open_field(workspace, tmp_path):
    path = tmp_path / "ds.csv"
    path.write_text("Họ và tên;Lĩnh vực\nLò Văn Sử;2.9\nLò Văn Pao;III.2.9\n", encoding="utf-8")
    pv = imports.preview(workspace, imports.read(path), unit_code="00715")
    assert [r.status for r in pv.rows] == [RowStatus.ERROR, RowStatus.ERROR]
    assert [r.problems[0].code for r in pv.rows] == ["bad_field", "bad_field"]
