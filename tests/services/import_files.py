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


#: An ordinary old list (issue #19): no kind column, sectors instead of fields, a combined name
#: header. Each row: name, position, work unit/address, sector, achievements; then the kind and
#: the field a clerk reads from it.
LEGACY_HEADERS = ["STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị, địa chỉ", "Lĩnh vực", "Thành tích"]
LEGACY_ROWS: list[tuple[str, str, str, str, str, str, str]] = [
    ("Trạm Y tế xã Lũng Cú", "", "Xã Lũng Cú", "Y tế", "Khám chữa bệnh cho đồng bào", "collective", "2.4"),
    (
        "Trường PTDTBT Tiểu học Sủng Là",
        "",
        "Xã Sủng Là",
        "Giáo dục - Đào tạo",
        "Duy trì sĩ số",
        "collective",
        "2.3",
    ),
    ("Hộ ông Vàng Mí Lử", "", "Thôn Lô Lô Chải", "Kinh tế hộ gia đình", "Nuôi bò vỗ béo", "household", "2.8"),
    ("Hộ gia đình bà Lý Thị Mai", "", "Thôn Thèn Pả", "", "Trồng chè Shan tuyết", "household", "2.8"),
    (
        "Giàng Seo Pà",
        "Trưởng thôn",
        "Thôn Séo Lủng",
        "Nông thôn mới gắn với Làng văn hóa",
        "Hiến đất",
        "individual",
        "2.6",
    ),
    ("Thào Thị Mỷ", "Chủ hộ", "Thôn Lũng Táo", "Phát triển kinh tế", "Thoát nghèo", "household", "2.8"),
    (
        "Đoàn Văn Hùng",
        "Công an viên",
        "Xã Lũng Cú",
        "Quốc phòng - An ninh",
        "Giữ bình yên thôn bản",
        "individual",
        "2.2",
    ),
    (
        "Chi đoàn thôn Lũng Cẩm",
        "",
        "Xã Sủng Là",
        "Hội, đoàn thể",
        "Thanh niên tình nguyện",
        "collective",
        "2.5",
    ),
    (
        "Hợp tác xã chè Phìn Hồ",
        "",
        "Xã Thông Nguyên",
        "Sản xuất - Kinh doanh",
        "Xuất khẩu chè",
        "collective",
        "2.7",
    ),
    (
        "UBND xã Lũng Cú",
        "",
        "Huyện Đồng Văn",
        "Cơ quan, đơn vị kiểu mẫu",
        "Cải cách hành chính",
        "collective",
        "2.1",
    ),
    ("Lò Thị Hoa", "Giáo viên", "Trường Mầm non Lũng Cú", "", "Dạy tiếng Việt", "individual", "2.3"),
    (
        "Đồn Biên phòng Lũng Cú",
        "",
        "Xã Lũng Cú",
        "An ninh trật tự",
        "Tuần tra biên giới",
        "collective",
        "2.2",
    ),
]


def legacy_list(target: Path, encoding: str = "tcvn3", fonts: bool = True, rows: int | None = None) -> Path:
    """Write an old office list: two title rows, the header, then the rows, in one legacy encoding.

    Args:
        target: the .xlsx to write.
        encoding: ``tcvn3`` (cells in ".VnTime", the header and titles in ".VnTimeH" capitals),
            ``vni`` ("VNI-Times") or ``unicode`` (the same list retyped in Unicode).
        fonts: give the cells their telling font names; False leaves "Arial" (guessed by text).
        rows: repeat the rows up to this many (numbered names), for a long list.
    """
    if encoding == "tcvn3":
        body, head = to_tcvn3, lambda t: to_tcvn3(t.lower())
        body_font, head_font = ".VnTime", ".VnTimeH"
    elif encoding == "vni":
        body, head = to_vni, to_vni
        body_font = head_font = "VNI-Times"
    else:
        body = head = str
        body_font = head_font = "Times New Roman"
    if not fonts:
        body_font = head_font = "Arial"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "DS"
    sheet.append([head("Ủy ban nhân dân huyện Đồng Văn")])
    sheet.append([head("Danh sách đăng ký mô hình, gương điển hình tiên tiến năm 2018")])
    sheet.merge_cells("A2:F2")
    sheet.append([head(h) if encoding != "tcvn3" else head(h) for h in LEGACY_HEADERS])
    data = legacy_rows(rows)
    for number, row in enumerate(data, start=1):
        sheet.append([number, *(body(v) if v else None for v in row[:5])])
    for row in sheet.iter_rows():
        for cell in row:
            cell.font = Font(name=head_font if cell.row <= 3 else body_font)
    wb.save(target)
    return target


def legacy_rows(count: int | None = None) -> list[tuple[str, ...]]:
    """Return the legacy rows, repeated with numbered names up to ``count`` (all once by default)."""
    if count is None:
        return list(LEGACY_ROWS)
    out = []
    for i in range(count):
        row = LEGACY_ROWS[i % len(LEGACY_ROWS)]
        suffix = f" {i // len(LEGACY_ROWS) + 1}" if i >= len(LEGACY_ROWS) else ""
        out.append((row[0] + suffix, *row[1:]))
    return out
