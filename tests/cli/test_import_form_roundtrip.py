"""A printed registration form, typed into Word as a clerk would, comes back whole (issue #19).

The program prints the form (``export forms``); the test types what the printout shows into a
.docx with python-docx (the same labels and section headings, the criteria table with "x" in
the "Đạt" column for the ticked rows, the signatures and the footer), then imports it headless
without ``--unit`` into another office's database and compares every field, tick and date.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hagiang_desktop.core import form_labels as form
from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.services.nominations import NominationInput, save_nomination
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import CriterionCheck, Nomination, Unit
from tests.cli.test_cli import run

_CODE = re.compile(r"^(III\.1\.\d|2\.\d\.[ab]\.\d+)\b")

PERSON = NominationInput(
    kind=NomineeKind.INDIVIDUAL,
    field_code="2.3",
    name="Lò Thị Hoa",
    registering_unit_code="00715",
    checks={"III.1.1": "", "III.1.3": "", "2.3.b.1": "", "2.3.b.4": ""},
    position="Giáo viên",
    work_unit="Trường Mầm non Lũng Cú",
    gender="Nữ",
    birth_year=1985,
    achievements="Năm học 2016-2017: 100% trẻ đến lớp.\nDạy tiếng Việt cho trẻ người Mông.",
    good_practice="Đến từng nhà vận động trẻ ra lớp.",
    replication_plan="Báo cáo kinh nghiệm tại cụm trường; tham quan lớp học.",
    target_honour="Nhà giáo ưu tú",
    received_on=date(2018, 4, 10),
)
HOUSEHOLD = NominationInput(
    kind=NomineeKind.HOUSEHOLD,
    field_code="2.8",
    name="Hộ ông Vàng Mí Lử",
    registering_unit_code="00733",
    checks={"III.1.2": "", "2.8.a.1": "", "2.8.a.5": ""},
    household_head="Vàng Mí Lử",
    village="Thôn Lô Lô Chải",
    commune="xã Sủng Là",
    achievements="Nuôi 12 con bò vỗ béo, thu nhập 150 triệu đồng một năm.",
    good_practice="Trồng cỏ voi làm thức ăn.",
    replication_plan="Hướng dẫn 5 hộ trong thôn.",
    received_on=date(2018, 4, 12),
)


def _print_form(db: Path, data: NominationInput, out: Path) -> list[str]:
    ws = open_workspace(db)
    try:
        nomination_id = save_nomination(ws, data).id
    finally:
        ws.close()
    result = run("export", "forms", "--db", str(db), "--out", str(out), "--id", str(nomination_id))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _type_into_word(lines: list[str], data: NominationInput, target: Path) -> Path:
    """Type the printed form into Word, line by line, as a clerk copies it."""
    from docx import Document

    document = Document()
    title = next(i for i, line in enumerate(lines) if line.startswith(form.FORM_TITLE))
    for line in lines[: title + 1]:  # letterhead, motto, place-and-date line, title
        document.add_paragraph(line)
    document.add_paragraph(next(line for line in lines if line.startswith(form.ADDRESSEE)))
    document.add_paragraph(form.DETAILS.text)
    for item in form.LABELS:
        printed = next((line for line in lines if line.startswith(f"{item.text}:")), None)
        if printed:
            document.add_paragraph(printed)
    document.add_paragraph(next(line for line in lines if line.startswith(form.CRITERIA.text)))
    table = document.add_table(rows=1, cols=3)
    for cell, heading in zip(
        table.rows[0].cells, (form.TABLE_MET, form.TABLE_CODE, form.TABLE_TEXT), strict=True
    ):
        cell.text = heading
    for line in lines:
        if found := _CODE.match(line):
            row = table.add_row().cells
            row[0].text = "x" if found.group(1) in data.checks else ""
            row[1].text = found.group(1)
            row[2].text = line[found.end() :].strip()
    for section, text in (
        (form.ACHIEVEMENTS, data.achievements),
        (form.GOOD_PRACTICE, data.good_practice),
        (form.REPLICATION, data.replication_plan),
    ):
        assert section.text in lines
        document.add_paragraph(section.text)
        for paragraph in text.splitlines():
            document.add_paragraph(paragraph)
    signatures = document.add_table(rows=2, cols=2)
    signatures.rows[0].cells[0].text = form.SIGN_PERSON if data.kind != "collective" else form.SIGN_COLLECTIVE
    signatures.rows[0].cells[1].text = form.SIGN_HEAD
    signatures.rows[1].cells[0].text = data.name
    document.add_paragraph(next(line for line in lines if line.startswith(form.FILE_CODE)))
    document.save(str(target))
    return target


def _read_back(db: Path) -> tuple[dict[str, object], list[str], str]:
    ws = open_workspace(db)
    try:
        with ws.reading() as session:
            found = session.scalars(select(Nomination)).one()
            checks = session.scalars(
                select(CriterionCheck.criterion_code).where(CriterionCheck.nomination_id == found.id)
            ).all()
            unit = session.get(Unit, found.registering_unit_id)
            return found.model_dump(), sorted(checks), unit.code
    finally:
        ws.close()


@pytest.mark.parametrize("data", [PERSON, HOUSEHOLD], ids=["individual", "household"])
def test_printed_form_typed_into_word_imports_whole(tmp_path, data):
    printed_db, office_db = tmp_path / "unit.sqlite3", tmp_path / "office.sqlite3"
    open_workspace(office_db).close()
    lines = _print_form(printed_db, data, tmp_path / "phieu.pdf")
    typed = _type_into_word(lines, data, tmp_path / "phieu.docx")

    result = run("nominations", "import", str(typed), "--db", str(office_db))  # no --unit
    assert result.returncode == 0, result.stdout + result.stderr
    assert "\tnew\t" in result.stdout

    got, checks, unit = _read_back(office_db)
    assert unit == data.registering_unit_code
    assert checks == sorted(data.checks)
    assert got["received_on"] == data.received_on
    for key in (
        "kind", "field_code", "name", "position", "work_unit", "gender", "birth_year", "household_head",
        "village", "commune", "achievements", "good_practice", "replication_plan", "target_honour",
    ):  # fmt: skip
        assert got[key] == getattr(data, key), key


def test_unknown_labels_end_the_field_before_them(tmp_path):
    """A label the program does not know is not glued onto the field above it."""
    from docx import Document

    from hagiang_desktop.services import imports

    path = tmp_path / "phieu.docx"
    document = Document()
    for line in (
        "PHIẾU ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN",
        form.DETAILS.text,
        f"{form.label('name')}: Lò Thị Hoa",
        "Dân tộc: Tày",  # not on our form
        f"{form.label('kind')}: Cá nhân",
        "Số điện thoại: 0912 345 678",
        f"{form.label('field_code')}: 2.3",
        f"{form.label('sender')}: Xã Lũng Cú",
        form.ACHIEVEMENTS.text,
        "Kết quả: 100% trẻ đến lớp.",  # inside a section a colon is text, not a label
    ):
        document.add_paragraph(line)
    document.save(str(path))
    table = imports.read(path)
    values = dict(zip(table.headers, (c.value for c in table.rows[0].cells), strict=True))
    assert values["name"] == "Lò Thị Hoa"
    assert values["kind"] == "Cá nhân"
    assert values["field_code"] == "2.3"
    assert values["achievements"] == "Kết quả: 100% trẻ đến lớp."


def test_a_word_table_listing_several_models_reads_like_a_list(tmp_path):
    from docx import Document

    from hagiang_desktop.services import imports

    path = tmp_path / "danh-sach.docx"
    document = Document()
    document.add_paragraph("DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("STT", "Họ và tên / Tên tập thể", "Chức vụ", "Lĩnh vực"), strict=True
    ):
        cell.text = text
    for row in (
        ("1", "Trạm Y tế xã Lũng Cú", "", "Y tế"),
        ("2", "Lò Thị Hoa", "Giáo viên", "Giáo dục - Đào tạo"),
    ):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(path))
    read = imports.read(path)
    assert read.form == "list"
    assert [r.cells[1].value for r in read.rows] == ["Trạm Y tế xã Lũng Cú", "Lò Thị Hoa"]
    office = tmp_path / "office.sqlite3"
    open_workspace(office).close()
    result = run("nominations", "import", str(path), "--db", str(office), "--unit", "00715")
    assert result.returncode == 0, result.stdout + result.stderr
    ws = open_workspace(office)
    try:
        with ws.reading() as session:
            got = {n.name: (n.kind, n.field_code) for n in session.scalars(select(Nomination))}
    finally:
        ws.close()
    assert got == {"Trạm Y tế xã Lũng Cú": ("collective", "2.4"), "Lò Thị Hoa": ("individual", "2.3")}
