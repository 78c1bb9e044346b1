"""The follow-up report says the day its figures are for, and names units as they were that day (#24)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from hagiang_desktop.services import followup, followup_report, unit_history
from hagiang_desktop.services.followup import Rating

#: The demo's model 1 is registered by 026-KTHT (Phòng Kinh tế và Hạ tầng huyện Đồng Văn).
FOLLOWED, OLD_NAME = 1, "Phòng Kinh tế và Hạ tầng huyện Đồng Văn"
NEW_NAME = "Phòng Kinh tế, Hạ tầng và Đô thị huyện Đồng Văn"


def _cells(path: Path) -> list[str]:
    sheet = load_workbook(path)["Theo dõi"]
    return [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_header_gives_the_as_of_day_and_the_names_of_that_day(demo_workspace, tmp_path):
    ws = demo_workspace
    followup.add_assessment(ws, FOLLOWED, "review_2018", date(2018, 12, 18), Rating.GOOD, "Tốt")
    followup.add_assessment(ws, FOLLOWED, "final_2020", date(2020, 12, 15), Rating.EXCELLENT, "Xuất sắc")
    unit_history.change_unit(ws, "026-KTHT", date(2020, 1, 1), name=NEW_NAME)

    old = tmp_path / "2019.xlsx"
    followup_report.export_followup(ws, old, as_of=date(2019, 12, 31))
    cells = _cells(old)
    assert "(Số liệu tính đến ngày 31/12/2019)" in cells
    assert f"Đơn vị: {OLD_NAME}" in cells
    assert not any(NEW_NAME in c for c in cells)

    new = tmp_path / "2020.pdf"
    followup_report.export_followup(ws, new, as_of=date(2020, 12, 31))
    text = " ".join(_pdf_text(new).split())
    assert "(Số liệu tính đến ngày 31/12/2020)" in text
    assert f"Đơn vị: {NEW_NAME}" in text
    assert f"Đơn vị: {OLD_NAME}" not in text

    # The summary sheet names them the same way.
    summary = load_workbook(old)["Tổng hợp"]
    names = {row[1] for row in summary.iter_rows(values_only=True) if row[1]}
    assert OLD_NAME in names
    assert NEW_NAME not in names


def test_a_model_moved_by_a_merge_counts_under_its_old_unit_before_the_merge(demo_workspace, tmp_path):
    ws = demo_workspace
    followup.add_assessment(ws, FOLLOWED, "review_2018", date(2018, 12, 18), Rating.GOOD, "Tốt")
    unit_history.merge_units(ws, ["026-KTHT"], "026-TCKH", date(2020, 1, 1))
    before = tmp_path / "2019.xlsx"
    followup_report.export_followup(ws, before, as_of=date(2019, 12, 31))
    assert f"Đơn vị: {OLD_NAME}" in _cells(before)
    lines = followup_report.followup_lines(ws, as_of=date(2019, 12, 31))
    assert {line.unit_code for line in lines if line.nomination_id == FOLLOWED} == {"026-KTHT"}
    after = followup_report.followup_lines(ws, as_of=date(2020, 12, 31))
    assert {line.unit_code for line in after if line.nomination_id == FOLLOWED} == {"026-TCKH"}


def test_no_stage_heading_ends_a_page_and_the_signature_never_stands_alone(demo_workspace, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "theo-doi.pdf"
    followup_report.export_followup(demo_workspace, out, as_of=date(2020, 12, 31))
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 3
    for number, text in enumerate(pages, 1):
        for heading in ("I. NĂM 2018", "II. NĂM 2019", "III. NĂM 2020"):
            if heading in text:
                assert "STT" in text.split(heading, 1)[1], (number, heading)
    last = pages[-1]
    assert "TRƯỞNG PHÒNG" in last
    assert "Xã" in last.split("Nơi nhận")[0]  # rows of the summary above the signature


def test_a_long_stage_heading_wraps_in_the_workbook(demo_workspace, tmp_path):
    out = tmp_path / "theo-doi.xlsx"
    followup_report.export_followup(demo_workspace, out, as_of=date(2018, 12, 31))
    sheet = load_workbook(out)["Theo dõi"]
    (cell,) = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("I. NĂM 2018")]
    assert len(cell.value) > 120  # longer than the merged width: it must wrap, not run off the page
    assert cell.alignment.wrap_text
    assert sheet.row_dimensions[cell.row].height > 30
