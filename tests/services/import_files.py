"""Build the files units send, for the import tests: filled templates, legacy lists, Word forms."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from hagiang_desktop.core.legacy_encoding import TCVN3_BYTES, TCVN3_LETTERS, VNI_MODIFIERS, VNI_SINGLES

_TO_TCVN3 = str.maketrans(TCVN3_LETTERS, TCVN3_BYTES)
_TO_VNI_SINGLE = {v: k for k, v in VNI_SINGLES.items()}


def to_tcvn3(text: str) -> str:
    """Encode Unicode text as TCVN3 (as an old .VnTime file holds it)."""
    return unicodedata.normalize("NFC", text).translate(_TO_TCVN3)


def to_vni(text: str) -> str:
    """Encode Unicode text as VNI-Windows: base letter + modifier characters."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in _TO_VNI_SINGLE:
            out.append(_TO_VNI_SINGLE[char])
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        if "\u031b" in marks:  # horn: ơ/ư are single characters in VNI
            base = _TO_VNI_SINGLE[unicodedata.normalize("NFC", base + "\u031b")]
            marks = marks.replace("\u031b", "")
        if not marks:
            out.append(base)
            continue
        modifier = next(
            k
            for k, v in VNI_MODIFIERS.items()
            if sorted(v) == sorted(marks) and k.isupper() == base.isupper()
        )
        out.append(base + modifier)
    return "".join(out)


def fill_template(template: Path, target: Path, rows: list[dict[str, object]]) -> Path:
    """Fill a template's entry sheet as a unit would (column letters → values), row by row."""
    wb = openpyxl.load_workbook(template)
    sheet = wb["Đăng ký"]
    for number, values in enumerate(rows, start=4):
        for letter, value in values.items():
            sheet[f"{letter}{number}"] = value
    wb.save(target)
    return target


def write_list(target: Path, headers: list[str], rows: list[list[object]], font: str | None = None) -> Path:
    """Write a plain list (title row, header row, data) in one font, as offices make them."""
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "DS"
    sheet.append(["DANH SÁCH ĐĂNG KÝ MÔ HÌNH" if font is None else "DANH SACH"])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    if font:
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                cell.font = Font(name=font)
    wb.save(target)
    return target


def docx_form(target: Path, lines: list[str]) -> Path:
    """Write a Word registration form: a heading, then "Label: value" paragraphs."""
    from docx import Document

    document = Document()
    document.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    document.add_paragraph("PHIẾU ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN")
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph("XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ")
    document.add_paragraph("Nguyễn Văn Ký")
    document.save(str(target))
    return target


def many_rows(count: int) -> list[dict[str, object]]:
    """Template rows for a long list: some valid, some duplicates, some with errors."""
    fields = [
        "2.1 – Cơ quan, đơn vị kiểu mẫu",
        "2.3 – Giáo dục – Đào tạo",
        "2.6 – Nông thôn mới gắn với Làng văn hóa",
    ]
    rows: list[dict[str, object]] = []
    for i in range(count):
        row: dict[str, object] = {
            "B": f"Tổ sản xuất số {i + 1} thôn Lũng Cú",
            "C": "Tập thể",
            "D": fields[i % 3],
            "L": "Thành tích nổi bật trong phong trào thi đua năm 2017.",
            "P": "III.1.1; III.1.2",
        }
        if i % 25 == 7:
            row["D"] = "2.9"  # not a field of the plan
        if i % 40 == 11:
            row["P"] = "9.9.z"  # not a criterion
        if i % 50 == 13:
            row["B"] = f"Tổ sản xuất số {i} thôn Lũng Cú"  # same as the row before: duplicate name
            row["D"] = fields[(i - 1) % 3]
        rows.append(row)
    return rows
