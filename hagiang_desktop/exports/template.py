"""The registration template handed to a unit: an Excel workbook that comes back machine-readable.

Sheets (issue #10):

* "Hướng dẫn" — how to fill it in, in Vietnamese;
* "Đăng ký" — the entry sheet: a locked title and header, pre-numbered rows (the locked "Mã
  dòng" identifies a row across re-imports), dropdowns for kind, field, gender and target
  honour, unlocked entry cells; the sheet is protected with a fixed password so a unit cannot
  move the header by accident;
* "Tiêu chí" — every criterion of the plan with its clause code, for the "Mã tiêu chí đạt" column;
* "Danh mục" — the dropdowns' lists (hidden);
* "_meta" — very hidden and protected: format, version, unit code and name, plan id, created date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.import_columns import COLUMNS, TEMPLATE_FORMAT, TEMPLATE_VERSION
from hagiang_desktop.core.vntext import format_date_short

#: Sheet names (the importer finds them by these names).
ENTRY_SHEET = "Đăng ký"
META_SHEET = "_meta"
CRITERIA_SHEET = "Tiêu chí"
LISTS_SHEET = "Danh mục"
INSTRUCTIONS_SHEET = "Hướng dẫn"
#: The header row of the entry sheet (rows above it hold the title).
HEADER_ROW = 3
#: A fixed protection password: it prevents accidents, not determined users (the file says so).
PROTECTION_PASSWORD = "hagiang127"

_FONT = "Times New Roman"
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True)
class CriterionLine:
    """One criterion as the template lists it."""

    code: str
    group: str
    kind: str
    text: str


@dataclass(frozen=True)
class TemplateSpec:
    """Everything a template needs, as plain data (the services fill it from the database).

    Attributes:
        unit_code: the registering unit's code.
        unit_name: its name.
        office_name: the office the template goes back to.
        plan_id: the plan's number ("127/KH-UBND").
        plan_title: the plan's title.
        deadline: the last on-time day for this unit, if any.
        kinds: the kind labels (Vietnamese) for the dropdown.
        fields: the field dropdown texts ("2.3 – Giáo dục – Đào tạo").
        honours: the honour names.
        criteria: every criterion with its code.
        created: the day the template was made.
        rows: how many entry rows to prepare.
    """

    unit_code: str
    unit_name: str
    office_name: str
    plan_id: str
    plan_title: str
    deadline: date | None
    kinds: tuple[str, ...]
    fields: tuple[str, ...]
    honours: tuple[str, ...]
    criteria: tuple[CriterionLine, ...]
    created: date
    rows: int = 200


def _instructions(spec: TemplateSpec) -> list[str]:
    deadline = (
        f"Hạn gửi về {spec.office_name}: trước ngày {format_date_short(spec.deadline + timedelta(days=1))}."
        if spec.deadline
        else ""
    )
    return [
        f"MẪU ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN – KẾ HOẠCH {spec.plan_id}",
        f"Đơn vị đăng ký: {spec.unit_name} (mã {spec.unit_code})",
        deadline,
        "",
        "Cách điền:",
        "1. Mở trang “Đăng ký”. Mỗi dòng là một mô hình (tập thể, cá nhân hoặc hộ gia đình).",
        "2. Không sửa cột “Mã dòng”, không thêm hoặc xóa cột, không đổi tên các trang.",
        "3. Các cột có dấu (*) là bắt buộc: tên, đối tượng, lĩnh vực.",
        "4. Cột “Đối tượng”, “Lĩnh vực”, “Giới tính” và “Danh hiệu hướng tới”: "
        "chọn trong danh sách thả xuống. Mô hình thuộc lĩnh vực ngoài 8 lĩnh vực của Kế hoạch: ghi "
        "“Lĩnh vực khác: tên lĩnh vực”, ví dụ “Lĩnh vực khác: Tư pháp” (chỉ xét tiêu chí chung). Danh "
        "hiệu trong danh sách là gợi ý của Kế hoạch; có thể ghi danh hiệu khác.",
        "5. Cột “Mã tiêu chí đạt”: ghi mã các tiêu chí đã đạt (xem trang “Tiêu chí”), cách nhau bởi "
        "dấu chấm phẩy, ví dụ: III.1.1; III.1.2; 2.3.a.1. Ghi “Tất cả” nếu đạt mọi tiêu chí áp dụng.",
        "6. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 05/04/2018. Năm sinh ghi 4 chữ số.",
        "7. Gõ tiếng Việt bằng Unicode (Unikey/EVKey, bảng mã Unicode). Không dùng công thức.",
        "8. Lưu tệp với định dạng .xlsx và gửi lại nguyên tệp; có thể gửi lại nhiều lần, các dòng "
        "đã gửi sẽ được cập nhật theo “Mã dòng”.",
        "",
        "Trang tính được khóa để tránh sửa nhầm tiêu đề; các ô nhập liệu không bị khóa.",
    ]


def write_template(spec: TemplateSpec, target: Path) -> None:
    """Write a registration template for one unit (atomically).

    Args:
        spec: the template's content.
        target: the .xlsx file to write.
    """
    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = INSTRUCTIONS_SHEET
    guide.column_dimensions["A"].width = 110
    for number, line in enumerate(_instructions(spec), start=1):
        cell = guide.cell(row=number, column=1, value=line)
        cell.font = Font(name=_FONT, size=13, bold=number == 1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        # Spreadsheet programs do not grow a row for wrapped text written by a library: say how tall.
        guide.row_dimensions[number].height = 19 * (1 + len(line) // 100)
    guide.protection.sheet = True
    guide.protection.password = PROTECTION_PASSWORD
    _fit_width(guide)

    entry = wb.create_sheet(ENTRY_SHEET)
    _write_entry(entry, spec)
    _write_criteria(wb.create_sheet(CRITERIA_SHEET), spec)
    lists = wb.create_sheet(LISTS_SHEET)
    ranges = _write_lists(lists, spec)
    lists.sheet_state = "hidden"
    lists.protection.sheet = True
    lists.protection.password = PROTECTION_PASSWORD
    _add_validations(entry, spec, ranges)

    meta = wb.create_sheet(META_SHEET)
    for number, (key, value) in enumerate(
        (
            ("format", TEMPLATE_FORMAT),
            ("version", TEMPLATE_VERSION),
            ("unit_code", spec.unit_code),
            ("unit_name", spec.unit_name),
            ("plan_id", spec.plan_id),
            ("created", spec.created.isoformat()),
            ("header_row", HEADER_ROW),
            ("rows", spec.rows),
        ),
        start=1,
    ):
        meta.cell(row=number, column=1, value=key)
        meta.cell(row=number, column=2, value=value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    meta.protection.password = PROTECTION_PASSWORD
    wb.active = wb.index(entry)
    with atomic_path(target) as temporary:
        wb.save(temporary)


def _write_entry(entry, spec: TemplateSpec) -> None:  # type: ignore[no-untyped-def]
    last = get_column_letter(len(COLUMNS))
    entry.merge_cells(f"A1:{last}1")
    title = entry.cell(
        row=1, column=1, value=f"DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN – {spec.unit_name}"
    )
    title.font = Font(name=_FONT, size=14, bold=True)
    entry.row_dimensions[1].height = 24  # room for the marks above capitals (Ễ, Ộ): clipped otherwise
    entry.merge_cells(f"A2:{last}2")
    entry.cell(
        row=2,
        column=1,
        value=f"Theo Kế hoạch {spec.plan_id}. Các cột có dấu (*) là bắt buộc. Xem trang “Hướng dẫn”.",
    ).font = Font(name=_FONT, size=11, italic=True)
    for col, column in enumerate(COLUMNS, start=1):
        cell = entry.cell(
            row=HEADER_ROW, column=col, value=column.header + (" (*)" if column.required else "")
        )
        cell.font = Font(name=_FONT, size=12, bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        entry.column_dimensions[get_column_letter(col)].width = column.width
    entry.row_dimensions[HEADER_ROW].height = 36
    unlocked = Protection(locked=False)
    body_font = Font(name=_FONT, size=12)
    for number in range(1, spec.rows + 1):
        row = HEADER_ROW + number
        id_cell = entry.cell(row=row, column=1, value=number)
        id_cell.fill = _LOCKED_FILL
        id_cell.border = _BORDER
        id_cell.font = body_font
        for col in range(2, len(COLUMNS) + 1):
            cell = entry.cell(row=row, column=col)
            cell.protection = unlocked
            cell.border = _BORDER
            cell.font = body_font
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    entry.freeze_panes = entry.cell(row=HEADER_ROW + 1, column=3)
    entry.print_title_rows = f"1:{HEADER_ROW}"  # the header repeats on every printed page
    # One page wide (was 40 pages of four-column strips), as many tall as the rows need.
    _fit_width(entry)
    entry.print_area = f"A1:{last}{HEADER_ROW + spec.rows}"
    entry.protection.sheet = True
    entry.protection.password = PROTECTION_PASSWORD
    # Let the unit still resize and format: only the structure and the locked cells are guarded.
    entry.protection.formatColumns = False
    entry.protection.formatRows = False
    entry.protection.formatCells = False


def _fit_width(sheet) -> None:  # type: ignore[no-untyped-def]
    """Print on A4 landscape, as wide as one page (the sheet's rows wrap)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def _wrapped_lines(text: str, width: float) -> int:
    """Estimate the lines ``text`` wraps to in a column ``width`` characters wide (12 pt)."""
    per_line = max(1, int(width * 1.05))  # Times New Roman 12 pt: about one character per unit
    return sum(len(part) // per_line + 1 for part in text.split("\n")) if text else 1


def _write_criteria(sheet, spec: TemplateSpec) -> None:  # type: ignore[no-untyped-def]
    headers = ("Mã tiêu chí", "Lĩnh vực", "Đối tượng", "Nội dung tiêu chí (nguyên văn Kế hoạch)")
    widths = (12, 30, 14, 110)
    for col, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=col, value=header)
        cell.font = Font(name=_FONT, size=12, bold=True)
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(col)].width = width
    for row, line in enumerate(spec.criteria, start=2):
        values = (line.code, line.group, line.kind, line.text)
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=col, value=value)
            cell.font = Font(name=_FONT, size=12)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        # Neither Excel nor LibreOffice grows a row for wrapped text a program wrote: without a
        # height the criteria overprint the next row.
        lines = max(_wrapped_lines(str(v or ""), w) for v, w in zip(values, widths, strict=True))
        if lines > 1:
            sheet.row_dimensions[row].height = 16 * lines + 2
    sheet.print_title_rows = "1:1"
    sheet.freeze_panes = "A2"
    _fit_width(sheet)
    sheet.protection.sheet = True
    sheet.protection.password = PROTECTION_PASSWORD


def _write_lists(sheet, spec: TemplateSpec) -> dict[str, str]:  # type: ignore[no-untyped-def]
    lists = {
        "kind": spec.kinds,
        "field_code": spec.fields,
        "gender": ("Nam", "Nữ"),
        "target_honour": spec.honours,
    }
    ranges: dict[str, str] = {}
    for col, (key, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        sheet.cell(row=1, column=col, value=key)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=col, value=value)
        ranges[key] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    return ranges


#: Dropdowns that suggest rather than restrict, with the warning Excel shows for another value.
OPEN_LISTS = {
    "field_code": (
        "Ngoài 8 lĩnh vực của Kế hoạch, ghi \u201cLĩnh vực khác: tên lĩnh vực\u201d, ví dụ "
        "\u201cLĩnh vực khác: Tư pháp\u201d (mục III.2: \u201cmột số lĩnh vực\u201d). "
        "Chọn Yes để giữ giá trị đã nhập."
    ),
    "target_honour": (
        "Danh hiệu này không có trong danh sách gợi ý của Kế hoạch (các danh hiệu vinh dự của Nhà nước "
        "“như”: …). Chọn Yes để giữ danh hiệu đã nhập."
    ),
}


def _add_validations(entry, spec: TemplateSpec, ranges: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    first, last = HEADER_ROW + 1, HEADER_ROW + spec.rows
    for col, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(col)
        area = f"{letter}{first}:{letter}{last}"
        if column.key in OPEN_LISTS:
            # The plan's lists that are examples, not a closed set: Excel warns, the typed value stays.
            validation = DataValidation(type="list", formula1=ranges[column.key], allow_blank=True)
            validation.errorStyle = "warning"
            validation.error = OPEN_LISTS[column.key]
            validation.errorTitle = column.header
            validation.showErrorMessage = True
        elif column.key in ranges:
            validation = DataValidation(type="list", formula1=ranges[column.key], allow_blank=True)
            validation.error = "Hãy chọn một giá trị trong danh sách."
            validation.errorTitle = column.header
            validation.showErrorMessage = True
        elif column.key == "birth_year":
            validation = DataValidation(type="whole", operator="between", formula1="1900", formula2="2030")
            validation.error = "Năm sinh là số có 4 chữ số, ví dụ 1975."
            validation.showErrorMessage = True
        elif column.key == "date":
            validation = DataValidation(
                type="date", operator="greaterThan", formula1="36526"
            )  # after 1/1/2000
            validation.error = "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/04/2018."
            validation.showErrorMessage = True
        else:
            continue
        entry.add_data_validation(validation)
        validation.add(area)
        if column.key == "date":
            for row in range(first, last + 1):
                entry.cell(row=row, column=col).number_format = "DD/MM/YYYY"
