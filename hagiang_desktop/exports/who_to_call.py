"""The "who to call" list of the dashboard: an Excel sheet and a one-page A4 PDF.

The clerk prints it in the morning and works down it with the phone: each unit that has sent
nothing yet, is overdue, sent only after the deadline, or is short of its hard quota, with the
contact person, the phone and the e-mail. The texts are in Vietnamese or English (the UI
language); the layout follows Nghị định 30/2020 through :mod:`hagiang_desktop.exports.pdf_common`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.timeliness import CallReason
from hagiang_desktop.core.vntext import format_date_short, looks_like_formula
from hagiang_desktop.exports.pdf_common import (
    OfficialHeader,
    build_document,
    frame_width,
    markup_text,
    official_header_flowables,
    para,
    styles,
)


@dataclass(frozen=True)
class CallLine:
    """One unit to call.

    Attributes:
        unit_name: the unit's name.
        reasons: why (most urgent first).
        days_left: days to its last on-time day (negative: overdue), None without a deadline.
        counted: models it has selected (for a quota reason).
        quota_minimum: its hard quota, if any.
        contact_person: who to ask for.
        contact_phone: their phone.
        contact_email: their e-mail.
        last_received: the last day something of it arrived.
    """

    unit_name: str
    reasons: tuple[CallReason, ...]
    days_left: int | None
    counted: int = 0
    quota_minimum: int | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    last_received: date | None = None


@dataclass(frozen=True)
class CallSheet:
    """The whole list with what its header needs.

    Attributes:
        parent_body: the office's parent body for the header ("UBND huyện Đồng Văn"), may be empty.
        body: the office ("Phòng Nội vụ").
        place: the place of the date line ("Đồng Văn").
        as_of: the day the list is computed for.
        lines: the units, in calling order.
        consequence: plan IV.1 in the sheet's language, printed under the table; empty when no
            body it addresses is on the list (nothing printed).
        language: ``vi`` or ``en``.
    """

    parent_body: str
    body: str
    place: str
    as_of: date
    lines: tuple[CallLine, ...]
    consequence: str
    language: str = "vi"


_TEXTS = {
    "vi": {
        "title": "DANH SÁCH ĐƠN VỊ CẦN LIÊN HỆ",
        "subtitle": "Tính đến ngày {day}",
        "headers": ("STT", "Đơn vị", "Lý do", "Người liên hệ", "Điện thoại", "Thư điện tử", "Nhận lần cuối"),
        "missing": "Chưa nộp, quá hạn {n} ngày",
        "pending": "Chưa nộp, còn {n} ngày",
        "pending_today": "Chưa nộp, hôm nay là hạn cuối",
        "late": "Nộp muộn (bổ sung)",
        "short": "Chưa đủ chỉ tiêu: {count}/{minimum} mô hình",
        "none": "Không có đơn vị nào cần liên hệ.",
        "note": "Lưu ý (Kế hoạch, mục IV.1): {text}",
        "sheet": "Cần liên hệ",
        "file_title": "Danh sách đơn vị cần liên hệ",
    },
    "en": {
        "title": "UNITS TO CALL",
        "subtitle": "As of {day}",
        "headers": ("No.", "Unit", "Reason", "Contact person", "Phone", "E-mail", "Last received"),
        "missing": "Nothing sent, {n} day(s) overdue",
        "pending": "Nothing sent yet, {n} day(s) left",
        "pending_today": "Nothing sent yet, today is the last day",
        "late": "Sent late (supplement)",
        "short": "Short of quota: {count}/{minimum} models",
        "none": "No unit needs a call.",
        "note": "Note (plan, section IV.1): {text}",
        "sheet": "To call",
        "file_title": "Units to call",
    },
}


def _texts(language: str) -> dict[str, object]:
    return _TEXTS.get(language, _TEXTS["vi"])  # type: ignore[return-value]


def reason_text(line: CallLine, reason: CallReason, language: str = "vi") -> str:
    """Return the words for one reason, with its number of days or its quota.

    Args:
        line: the unit's line.
        reason: one of its reasons.
        language: ``vi`` or ``en``.

    Returns:
        The text, e.g. "Chưa nộp, quá hạn 7 ngày".
    """
    t = _texts(language)
    days = line.days_left or 0
    if reason == CallReason.MISSING:
        return str(t["missing"]).format(n=-days)
    if reason == CallReason.PENDING:
        return str(t["pending_today"]) if days == 0 else str(t["pending"]).format(n=days)
    if reason == CallReason.LATE:
        return str(t["late"])
    return str(t["short"]).format(count=line.counted, minimum=line.quota_minimum or 0)


def line_cells(line: CallLine, number: int, language: str = "vi") -> list[str]:
    """Return the cells of one row, in the order of the headers."""
    return [
        str(number),
        line.unit_name,
        "; ".join(reason_text(line, r, language) for r in line.reasons),
        line.contact_person or "",
        line.contact_phone or "",
        line.contact_email or "",
        format_date_short(line.last_received) if line.last_received else "",
    ]


def write_xlsx(path: Path, sheet_data: CallSheet) -> None:
    """Write the list as an Excel sheet (A4 landscape, fit to one page wide), atomically.

    Args:
        path: the ``.xlsx`` file to write.
        sheet_data: the list.
    """
    t = _texts(sheet_data.language)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = str(t["sheet"])
    headers = list(t["headers"])  # type: ignore[call-overload]
    sheet.append([str(t["title"])])
    sheet.append([str(t["subtitle"]).format(day=format_date_short(sheet_data.as_of))])
    sheet.append([])
    sheet.append(headers)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"].font = Font(italic=True)
    thin = Side(style="thin")
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for number, line in enumerate(sheet_data.lines, start=1):
        sheet.append(line_cells(line, number, sheet_data.language))
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            # A name or a phone starting with "+" or "=" stays text (spreadsheet injection).
            if isinstance(cell.value, str) and looks_like_formula(cell.value):
                cell.data_type = "s"
    if sheet_data.consequence:  # only when a body IV.1 addresses is on the list
        sheet.append([])
        sheet.append([str(t["note"]).format(text=sheet_data.consequence)])
    widths = (6, 40, 34, 24, 16, 26, 14)
    for column, width in zip("ABCDEFG", widths, strict=True):
        sheet.column_dimensions[column].width = width
    # Spreadsheet programs do not grow a wrapped row by themselves: give each row the lines it needs.
    for row in sheet.iter_rows(min_row=5, max_row=4 + len(sheet_data.lines)):
        lines = max(-(-len(str(c.value or "")) // (w - 2)) for c, w in zip(row, widths, strict=False))
        sheet.row_dimensions[row[0].row].height = 15 * max(1, lines)
    sheet.freeze_panes = "A5"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "4:4"
    with atomic_path(path) as temp:
        book.save(temp)


#: Which columns of the sheet the PDF shows: the page is for the phone, the e-mail stays in Excel.
_PDF_COLUMNS = (0, 1, 2, 3, 4, 6)


def _table(sheet_data: CallSheet) -> Flowable:
    t = _texts(sheet_data.language)
    headers = list(t["headers"])  # type: ignore[call-overload]
    # 10-point cells and tight padding: a district's morning list stays on one page.
    head_style = ParagraphStyle("who_to_call_head", parent=styles()["cell_head"], fontSize=10, leading=12)
    rows: list[list[object]] = [[Paragraph(markup_text(headers[i]), head_style) for i in _PDF_COLUMNS]]
    for number, line in enumerate(sheet_data.lines, start=1):
        cells = line_cells(line, number, sheet_data.language)
        rows.append([para(cells[i], "small") for i in _PDF_COLUMNS])
    width = frame_width()
    fractions = (0.055, 0.255, 0.25, 0.17, 0.15, 0.12)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ]
        )
    )
    return table


def write_pdf(path: Path, sheet_data: CallSheet) -> int:
    """Print the list on A4 with the office's header, atomically.

    Args:
        path: the ``.pdf`` file to write.
        sheet_data: the list.

    Returns:
        The number of pages (one for a district's list).
    """
    t = _texts(sheet_data.language)
    header = OfficialHeader(
        parent_body=sheet_data.parent_body, body=sheet_data.body, place=sheet_data.place, day=sheet_data.as_of
    )
    story: list[Flowable] = [*official_header_flowables(header)]
    story.append(para(str(t["title"]), "title"))
    day = format_date_short(sheet_data.as_of)
    story.append(para(str(t["subtitle"]).format(day=day), "italic_center"))
    story.append(_Gap())
    if sheet_data.lines:
        story.append(_table(sheet_data))
    else:
        story.append(para(str(t["none"]), "body_left"))
    if sheet_data.consequence:  # only when a body IV.1 addresses is on the list
        story.append(_Gap())
        story.append(para(str(t["note"]).format(text=sheet_data.consequence), "small"))
    return build_document(path, story, title=str(t["file_title"]), author=sheet_data.body)


class _Gap(Flowable):  # type: ignore[misc]  # reportlab ships no types
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 8

    def draw(self) -> None:
        """Draw nothing: the flowable is only room."""
