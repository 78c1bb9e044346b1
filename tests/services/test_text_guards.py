"""Text guards everywhere text enters (#20): formulas in disguise, invisible characters, dates.

Formula guards were bypassed by a leading space or tab and by "+", "-" and "@"; Word forms and
the unit directory had none; ``units export --out x.csv`` wrote formulas raw; a zero-width space
defeated duplicate detection; 9999-12-31 and 0001-01-01 were stored as receipt days.
"""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from hagiang_desktop.cli.imports import source_message
from hagiang_desktop.core.directory import DirectoryError, load_directory
from hagiang_desktop.core.vntext import clean_text, fold, is_formula_text
from hagiang_desktop.exports.sources import SourceProblem, read_source
from hagiang_desktop.services import directory_io, imports

DISGUISED = [
    ' =HYPERLINK("http://x","bấm")',
    "\t=1+1",
    "  =SUM(A1:A9)",
    '+HYPERLINK("http://x")',
    "@SUM(1,2)",
    "-cmd|' /C calc'!A0",
    "=cmd|' /C calc'!A0",
]
HARMLESS = ["- Thành tích năm 2017", "+84 912 345 678", "Đoàn Thanh niên", "-", "@ thôn Lũng Cú", "1+1"]


@pytest.mark.parametrize("text", DISGUISED)
def test_formulas_in_disguise_are_formulas(text):
    assert is_formula_text(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_is_not(text):
    assert not is_formula_text(text)


@pytest.mark.parametrize("text", DISGUISED)
def test_xlsx_and_csv_imports_refuse_them_naming_the_cell(tmp_path, text):
    book = Workbook()
    book.active.append(["Tên mô hình", "Lĩnh vực", "Ghi chú"])
    book.active.append(["Đoàn Thanh niên xã Lũng Cú", "2.5", text])
    xlsx = tmp_path / "ds.xlsx"
    book.save(xlsx)
    path_csv = tmp_path / "ds.csv"
    with path_csv.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["Tên mô hình", "Lĩnh vực", "Ghi chú"], ["Đoàn Thanh niên", "2.5", text]]
        )
    for path in (xlsx, path_csv):
        with pytest.raises(SourceProblem) as caught:
            read_source(path)
        assert caught.value.code == "formula"
        assert caught.value.cell == "C2"
        assert "\n" not in source_message(caught.value)


def test_a_word_form_with_a_formula_is_refused_naming_the_paragraph(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("PHIẾU ĐĂNG KÝ")
    document.add_paragraph("Tên mô hình/tập thể/cá nhân: Đoàn Thanh niên xã Lũng Cú")
    document.add_paragraph(' =HYPERLINK("http://x")')
    path = tmp_path / "phieu.docx"
    document.save(path)
    with pytest.raises(SourceProblem) as caught:
        read_source(path)
    assert caught.value.code == "formula"
    assert caught.value.cell == "đoạn 3"


HEADER = "code,name,kind,parent_code,valid_from,valid_to,groups,short_name\n"


@pytest.mark.parametrize("name", ['"=HYPERLINK(""http://x"")"', "\"=cmd|' /C calc'!A0\"", '" =1+1"'])
def test_units_import_refuses_formula_names_naming_the_line(tmp_path, name):
    path = tmp_path / "units.csv"
    path.write_text(HEADER + f"02,{name},province,,2018-01-01,,,\n", encoding="utf-8")
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    assert caught.value.code == "formula"
    assert caught.value.line == 2


def test_units_export_to_csv_writes_formula_looking_names_as_text(demo_workspace, tmp_path):
    with demo_workspace.session() as session:  # past the services' own guards, as another program would
        session.execute(text("UPDATE unit SET name = '=HYPERLINK(\"http://x\")' WHERE code = '026'"))
        session.execute(text("UPDATE unit SET name = '-2+3' WHERE code = '027'"))
    out = tmp_path / "units.csv"
    directory_io.export_directory(demo_workspace, out)
    with out.open(encoding="utf-8-sig") as handle:
        names = {row["code"]: row["name"] for row in csv.DictReader(handle)}
    assert names["026"] == '\'=HYPERLINK("http://x")'
    assert names["027"] == "'-2+3"
    assert not any(is_formula_text(name) for name in names.values())


INVISIBLE_NAMES = ["Lũng\u200bCú", "Lũng Cú\u202e", "\ufeffLũng Cú", "Lũng\u2066 Cú\u2069", "Lũng \u200dCú"]


@pytest.mark.parametrize("name", INVISIBLE_NAMES)
def test_invisible_and_direction_characters_are_removed_and_ignored_by_duplicates(name):
    cleaned = clean_text(name)
    assert cleaned in ("LũngCú", "Lũng Cú")
    assert all(ch not in cleaned for ch in "\u200b\u202e\ufeff\u2066\u2069\u200d")
    assert fold(name).replace(" ", "") == fold("Lũng Cú").replace(" ", "")
    assert fold(name) in (fold("Lũng Cú"), fold("LũngCú"))


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1900-01-01"])
def test_receipt_days_outside_the_plan_are_refused_naming_the_cell(workspace, tmp_path, day):
    path = tmp_path / "ds.csv"
    path.write_text(
        f"Tên mô hình,Lĩnh vực,Loại,Ngày đăng ký\nĐoàn Thanh niên xã Lũng Cú,2.5,collective,{day}\n",
        encoding="utf-8",
    )
    preview = imports.preview(workspace, read_source(path), unit_code="00715")
    (row,) = preview.rows
    assert row.status == imports.RowStatus.ERROR
    (problem,) = [p for p in row.problems if p.code == "bad_date"]
    assert problem.ref.endswith("!D2")


def test_a_serial_day_of_minus_5_is_refused(workspace, tmp_path):
    book = Workbook()
    book.active.append(["Tên mô hình", "Lĩnh vực", "Loại", "Ngày đăng ký"])
    book.active.append(["Đoàn Thanh niên xã Lũng Cú", "2.5", "collective", -5])
    book.active["D2"].number_format = "dd/mm/yyyy"
    path = tmp_path / "ds.xlsx"
    book.save(path)
    preview = imports.preview(workspace, read_source(path), unit_code="00715")
    (row,) = preview.rows
    assert any(p.code == "bad_date" and p.ref.endswith("!D2") for p in row.problems)
