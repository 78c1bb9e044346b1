"""The registration list workbook, read back with openpyxl."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hagiang_desktop.exports.excel_list import LIST_SHEET, SUMMARY_SHEET, write_registration_list
from hagiang_desktop.exports.model import Cancelled, compact_codes
from tests.exports.helpers_export import document, nomination

FORMULA_LIKE = ["=SUM(A1:A3)", "+84 912 345 678", "-5 hộ thoát nghèo", "@Lũng Cú"]


def _rows():
    rows = [nomination(1, "2.1", "individual"), nomination(2, "2.1", "collective", name=FORMULA_LIKE[0])]
    rows += [
        nomination(3, "2.3", "individual", name=FORMULA_LIKE[1], note=FORMULA_LIKE[2], is_supplement=True)
    ]
    rows += [nomination(4, "2.3", "household", name="Hộ ông Vàng Mí Sính", achievements=FORMULA_LIKE[3])]
    return rows


def test_list_cells_merges_print_setup(tmp_path: Path) -> None:
    out = tmp_path / "danh-sach.xlsx"
    summary = write_registration_list(out, document(), _rows(), total=4)
    assert summary.total == 4
    assert summary.supplements == 1
    wb = load_workbook(out)
    assert wb.sheetnames == [LIST_SHEET, SUMMARY_SHEET]
    ws = wb[LIST_SHEET]
    # Header block, motto, number and date lines, title, unit.
    assert ws["A1"].value == "UBND HUYỆN ĐỒNG VĂN"
    assert ws["A2"].value == "PHÒNG NỘI VỤ"
    assert ws["A2"].font.b
    assert ws["F1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert ws["F2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert ws["A4"].value == "Số: 05/DS-NV"
    assert ws["F4"].value == "Đồng Văn, ngày 05 tháng 01 năm 2019"
    assert ws["F4"].font.i
    assert ws["A6"].value.startswith("DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN")
    assert ws["A7"].value == "Đơn vị: Huyện Đồng Văn"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:D1", "F1:K1", "A2:D2", "F2:K2", "A4:D4", "F4:K4", "A6:K6", "A7:K7"} <= merged
    # Table heading, column numbers, the first field group and its rows.
    assert [c.value for c in ws[9]][:3] == ["STT", "Tên mô hình, tập thể, cá nhân, hộ gia đình", "Loại"]
    assert ws["K9"].value == "Ghi chú"
    assert ws["A10"].value == "(1)"
    assert ws["A11"].value == "I"
    assert ws["B11"].value == "Lĩnh vực 2.1. Mô hình cơ quan, đơn vị kiểu mẫu"
    assert "B11:K11" in merged
    assert ws["A12"].value == 1
    assert ws["B12"].value == "Giàng Seo Pà 1"
    assert ws["C12"].value == "Cá nhân"
    assert ws["D12"].value == "2.1. Cơ quan, đơn vị kiểu mẫu"
    assert ws["G12"].value == "III.1.1, III.1.2"
    assert ws["I12"].value == datetime(2018, 4, 10)
    assert ws["I12"].number_format == "dd/mm/yyyy"
    assert ws["B14"].value == "Cộng lĩnh vực 2.1"
    assert ws["C14"].value == 2
    assert ws["A15"].value == "II"
    assert ws["J16"].value == "Bổ sung"
    total_row = next(r for r in ws.iter_rows() if r[1].value == "Tổng cộng")
    assert total_row[2].value == 4
    assert "đăng ký bổ sung: 1" in total_row[3].value
    # Signature block under the table.
    texts = [c.value for row in ws.iter_rows(min_row=total_row[0].row) for c in row if c.value]
    assert "Nơi nhận:" in texts
    assert "TRƯỞNG PHÒNG" in texts
    assert "(Ký, ghi rõ họ tên, đóng dấu)" in texts
    assert "Hoàng Thị Hoà" in texts
    # Print set-up.
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$9:$10"
    assert ws.freeze_panes == "A11"
    assert "&P" in ws.oddFooter.center.text
    assert ws["B12"].alignment.wrap_text
    assert ws["B12"].font.name == "Times New Roman"
    assert ws.column_dimensions["F"].width > ws.column_dimensions["A"].width


def test_formula_like_values_stay_text(tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), _rows())
    ws = load_workbook(out)[LIST_SHEET]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in FORMULA_LIKE:
        matches = [v for v in cells if v == text or v.startswith(text)]
        assert matches, text
        cell = cells[matches[0]]
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text
    # The raw XML holds no formula at all.
    import zipfile

    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet


def test_summary_sheet_counts_against_quota(tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), _rows())
    ws = load_workbook(out)[SUMMARY_SHEET]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(r for r in rows if r[0] == "STT")
    assert head[1:] == ["Lĩnh vực", "Tập thể", "Cá nhân", "Hộ gia đình", "Cộng"]
    by_field = {r[1]: r[2:6] for r in rows if isinstance(r[0], int)}
    assert by_field["2.1. Mô hình cơ quan, đơn vị kiểu mẫu"] == [1, 1, 0, 2]
    assert by_field["2.3. Mô hình điển hình trong lĩnh vực Giáo dục - Đào tạo"] == [0, 1, 1, 2]
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert total[2:6] == [1, 2, 1, 4]
    flat = " ".join(str(v) for r in rows for v in r if v)
    assert "Chưa đạt" not in flat
    assert "còn thiếu" not in flat
    assert ws.page_setup.orientation == "portrait"


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    rows = [nomination(i) for i in range(1, 450)]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 400

    with pytest.raises(Cancelled):
        write_registration_list(out, document(), iter(rows), total=len(rows), progress=progress)
    assert seen[0] == (200, 449)
    assert list(tmp_path.iterdir()) == []


def test_compact_codes() -> None:
    assert (
        compact_codes(["III.1.1", "III.1.2", "III.1.3", "2.3.b.1", "2.3.b.4"])
        == "III.1.1–3; 2.3.b.1, 2.3.b.4"
    )
    assert compact_codes(["III.1.1", "III.1.2"]) == "III.1.1, III.1.2"
    assert compact_codes([]) == ""


def test_print_area_is_the_document_from_letterhead_to_signer(tmp_path: Path) -> None:
    """#15 item 5: what prints is the document itself, its table headings on every page."""
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), _rows())
    wb = load_workbook(out)
    sheet = wb[LIST_SHEET]
    assert sheet.print_area == f"'{LIST_SHEET}'!$A$1:$K${sheet.max_row}"
    last = [c.value for c in sheet[sheet.max_row] if c.value]
    assert last == ["Hoàng Thị Hoà"]  # the signer's name closes the printed area
    assert sheet.print_title_rows == "$9:$10"
    summary = wb[SUMMARY_SHEET]
    assert summary.print_area.endswith(f"${summary.max_row}")


def test_markup_and_spacing_in_a_clerks_text_come_back_as_typed(tmp_path: Path) -> None:
    """Text that looks like XML, a carriage return, spaces at the ends: read back unchanged."""
    typed = {
        "name": "Hợp tác xã <Chè Shan> & Mật ong",
        "achievements": "  Dòng 1 bắt đầu bằng dấu cách\r\nDòng 2 </t></is></c> ]]> &amp; ",
        "note": "Ghi chú có \"ngoặc kép\" và 'nháy đơn'",
    }
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), [nomination(1, "2.1", "collective", good_practice="", **typed)])
    values = [c.value for row in load_workbook(out)[LIST_SHEET].iter_rows() for c in row]
    assert typed["name"] in values
    assert typed["achievements"] in values
    assert typed["note"] in values
