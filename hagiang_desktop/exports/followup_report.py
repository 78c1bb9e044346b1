"""The follow-up report (2018 interim review, 2019 follow-up, 2020 final evaluation) as xlsx and PDF.

The same official frame as the registration list (Nghị định 30/2020: issuing body and motto,
number and date lines, title, "Nơi nhận" and the signature block), drawn by the list's own
helpers (:mod:`excel_list` for the workbook, :mod:`pdf_common` for the PDF), so that a change of
the letterhead changes every document alike. Each stage is a section: its models grouped by
registering unit (rows in field order), each with its assessment, replication activities and
commendations; then the counts per unit and field of that stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, Spacer, Table, TableStyle

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.exports.excel_list import (
    _closing,
    _default_font,
    _discard,
    _header_block,
    _set_up_page,
    _Sheet,
    _Styles,
)
from hagiang_desktop.exports.model import DocumentInfo
from hagiang_desktop.exports.pdf_common import (
    build_document,
    frame_width,
    official_header_flowables,
    para,
    signature_flowables,
)
from hagiang_desktop.exports.pdf_list import _p  # the list's ten-point table cells

__all__ = [
    "REPORT_SHEET",
    "SUMMARY_SHEET",
    "ReportRow",
    "ReportSection",
    "SummaryRow",
    "write_followup_pdf",
    "write_followup_xlsx",
]

REPORT_SHEET = "Theo dõi"
SUMMARY_SHEET = "Tổng hợp"

#: The table's columns: heading and width (characters in the workbook; relative in the PDF).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 6),
    ("Tên mô hình, gương điển hình", 22),
    ("Lĩnh vực", 7),
    ("Ngày đánh giá", 12),
    ("Xếp loại", 9),
    ("Nhận xét, đánh giá", 24),
    ("Số hoạt động nhân rộng", 9),
    ("Hoạt động nhân rộng (ngày, nội dung)", 30),
    ("Khen thưởng (ngày, hình thức, số quyết định)", 24),
    ("Quá hạn chưa đánh giá", 10),
    ("Ghi chú", 9),
)
SUMMARY_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 6),
    ("Đơn vị", 30),
    ("Lĩnh vực", 30),
    ("Số mô hình phải đánh giá", 12),
    ("Đã đánh giá", 11),
    ("Quá hạn chưa đánh giá", 11),
    ("Hoạt động nhân rộng", 11),
    ("Khen thưởng", 11),
    ("Xếp loại", 24),
)
#: Room a stage's start needs (heading, the plan's sentence, column headings, a unit, a row).
SECTION_START = 60 * mm
#: Room the summary's start needs (its label, column headings and two rows).
SUMMARY_START = 35 * mm
#: Rows of the last summary printed with the signature, so that it never stands alone.
SIGNATURE_KEEPS = 2
_LEFT = ("A", "D")
_RIGHT = ("F", "K")


@dataclass(frozen=True)
class ReportRow:
    """One model in a stage's table (text already in Vietnamese)."""

    name: str
    unit_name: str
    field_code: str
    assessed_on: date | None
    rating: str
    notes: str
    activity_count: int
    activities: str
    commendations: str
    late: bool


@dataclass(frozen=True)
class SummaryRow:
    """The counts of one unit in one field at one stage."""

    unit_name: str
    field: str
    due: int
    assessed: int
    late: int
    activities: int
    commendations: int
    ratings: str


@dataclass(frozen=True)
class ReportSection:
    """One stage of the follow-up: heading, the plan's sentence, its rows and its counts."""

    heading: str
    text: str
    rows: Sequence[ReportRow]
    summary: Sequence[SummaryRow]


def _total(section: ReportSection) -> str:
    s = section.summary
    return (
        f"Tổng cộng: {sum(r.due for r in s)} mô hình phải đánh giá, "
        f"đã đánh giá {sum(r.assessed for r in s)}, "
        f"quá hạn chưa đánh giá {sum(r.late for r in s)}; {sum(r.activities for r in s)} hoạt động nhân "
        f"rộng; {sum(r.commendations for r in s)} khen thưởng."
    )


# --------------------------------------------------------------------------------------------
# Workbook
# --------------------------------------------------------------------------------------------


def write_followup_xlsx(
    target: Path, doc: DocumentInfo, sections: Sequence[ReportSection], *, as_of_line: str = ""
) -> int:
    """Write the follow-up report workbook (atomically); return the number of model rows.

    Args:
        target: the .xlsx file.
        doc: the document's frame (letterhead, title, unit, signature, recipients).
        sections: one per stage, in the plan's order.
        as_of_line: the line under the title giving the day of the figures.
    """
    wb = Workbook(write_only=True)
    _default_font(wb)
    try:
        count = _fill_report(wb, doc, sections, as_of_line)
        _fill_summary(wb, sections)
        with atomic_path(Path(target)) as tmp:
            wb.save(tmp)
    except BaseException:
        _discard(wb)
        raise
    return count


def _fill_report(wb: Workbook, doc: DocumentInfo, sections: Sequence[ReportSection], as_of_line: str) -> int:
    ws = wb.create_sheet(REPORT_SHEET)
    sheet = _Sheet(ws, _Styles(ws), [w for _h, w in COLUMNS])
    _set_up_page(ws, sheet.widths)
    _header_block(sheet, doc, _RIGHT)
    sheet.spans([("A", "K", doc.title, "title")])
    if as_of_line:
        sheet.spans([("A", "K", as_of_line, "basis")])
    sheet.spans([("A", "K", doc.unit_line, "unit")])
    if doc.basis:
        sheet.spans([("A", "K", doc.basis, "basis")])
    count = 0
    for section in sections:
        sheet.blank()
        sheet.spans([("A", "K", section.heading, "plain_bold")])
        sheet.spans([("A", "K", section.text, "basis")])
        sheet.append([(h, "th") for h, _w in COLUMNS])
        unit = None
        number = 0
        for row in section.rows:
            if row.unit_name != unit:
                unit = row.unit_name
                sheet.spans([("A", "K", f"Đơn vị: {unit}", "group")])
            number += 1
            sheet.append(
                [
                    (number, "td_center"),
                    (row.name, "td"),
                    (row.field_code, "td_center"),
                    (row.assessed_on, "td_date") if row.assessed_on else ("", "td_center"),
                    (row.rating, "td_center"),
                    (row.notes, "td"),
                    (row.activity_count, "td_center"),
                    (row.activities, "td"),
                    (row.commendations, "td"),
                    ("x" if row.late else "", "td_center"),
                    ("", "td"),
                ]
            )
        count += number
        sheet.spans([("A", "K", _total(section), "subtotal")])
    sheet.blank()
    _closing(sheet, doc, ("B", "E"), ("G", "K"))
    return count


def _fill_summary(wb: Workbook, sections: Sequence[ReportSection]) -> None:
    ws = wb.create_sheet(SUMMARY_SHEET)
    sheet = _Sheet(ws, _Styles(ws), [w for _h, w in SUMMARY_COLUMNS])
    _set_up_page(ws, sheet.widths)
    for section in sections:
        sheet.spans([("A", "I", section.heading, "plain_bold")])
        sheet.append([(h, "th") for h, _w in SUMMARY_COLUMNS])
        for i, r in enumerate(section.summary, 1):
            sheet.append(
                [
                    (i, "td_center"),
                    (r.unit_name, "td"),
                    (r.field, "td"),
                    (r.due, "td_center"),
                    (r.assessed, "td_center"),
                    (r.late, "td_center"),
                    (r.activities, "td_center"),
                    (r.commendations, "td_center"),
                    (r.ratings, "td"),
                ]  # fmt: skip
            )
        sheet.blank()


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


def write_followup_pdf(
    target: Path, doc: DocumentInfo, sections: Sequence[ReportSection], *, as_of_line: str = ""
) -> int:
    """Write the follow-up report as a PDF (A4 landscape, atomically); return the page count.

    ``as_of_line`` is printed under the title (the day of the figures).
    """
    width = frame_width(landscape(A4))
    story: list[Flowable] = official_header_flowables(doc.header, width)
    story.append(para(doc.title, "title"))
    if as_of_line:
        story.append(para(as_of_line, "italic_center"))
    if doc.unit_line:
        story.append(para(doc.unit_line, "subtitle"))
    if doc.basis:
        story.append(para(doc.basis, "italic_center"))
    for i, section in enumerate(sections):
        # A stage's heading never ends a page without its table: with less room left than the
        # heading, the plan's sentence, the column headings and a first unit take, a new page.
        story.append(CondPageBreak(SECTION_START))
        story.append(Spacer(1, 8))
        story.append(para(section.heading, "heading"))
        story.append(para(section.text, "note"))
        story.append(Spacer(1, 4))
        story.append(_rows_table(section, width))
        story.append(Spacer(1, 4))
        story.append(para(_total(section), "note"))
        story.append(Spacer(1, 4))
        story.append(CondPageBreak(SUMMARY_START))
        story.append(para("Tổng hợp theo đơn vị và lĩnh vực:", "body_left"))
        last = i == len(sections) - 1
        head, tail = _summary_tables(section, width, keep=SIGNATURE_KEEPS if last else 0)
        if head is not None:
            story.append(head)
        if tail is not None:
            story.append(tail)
    # The last rows of the last summary and the signature share a page: it never stands alone.
    closing = [
        Spacer(1, 8),
        *signature_flowables(doc.signature, recipients=list(doc.recipients) or None, width=width),
    ]
    if story and isinstance(story[-1], Table) and not isinstance(story[-1], LongTable):
        story[-1] = KeepTogether([story[-1], *closing])
    else:
        story.append(KeepTogether(closing))
    return build_document(target, story, title=doc.title, author=doc.header.body, landscape_page=True)


def _rows_table(section: ReportSection, width: float) -> LongTable:
    data: list[list[Any]] = [[_p(h, "cell_head") for h, _w in COLUMNS[:-1]]]
    commands: list[tuple[Any, ...]] = []
    unit = None
    for number, row in enumerate(section.rows, 1):
        if row.unit_name != unit:
            unit = row.unit_name
            commands.append(("SPAN", (0, len(data)), (-1, len(data))))
            commands.append(("NOSPLIT", (0, len(data)), (-1, len(data) + 1)))
            data.append([_p(f"Đơn vị: {unit}", "cell_bold")] + [""] * (len(COLUMNS) - 2))
        data.append(
            [
                _p(str(number), "cell_center"),
                _p(row.name, "cell"),
                _p(row.field_code, "cell_center"),
                _p(format_date_short(row.assessed_on) if row.assessed_on else "", "cell_center"),
                _p(row.rating, "cell_center"),
                _p(row.notes, "cell"),
                _p(str(row.activity_count), "cell_center"),
                _p(row.activities, "cell"),
                _p(row.commendations, "cell"),
                _p("x" if row.late else "", "cell_center"),
            ]
        )
    if not section.rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
        data.append([_p("Không có mô hình phải đánh giá.", "cell")] + [""] * (len(COLUMNS) - 2))
    widths = [w for _h, w in COLUMNS[:-1]]
    scale = width / sum(widths)
    table = LongTable(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle([*_GRID, *commands]))
    return table


def _summary_tables(section: ReportSection, width: float, *, keep: int) -> tuple[Any, Any]:
    """Return the summary as a page-breaking table and, when ``keep``, a short table of its last rows.

    The short one (``keep`` rows, with the column headings when nothing is left above them) is
    kept with the signature that follows; either part is None when empty.
    """
    data: list[list[Any]] = [[_p(h, "cell_head") for h, _w in SUMMARY_COLUMNS]]
    for i, r in enumerate(section.summary, 1):
        data.append(
            [
                _p(str(i), "cell_center"),
                _p(r.unit_name, "cell"),
                _p(r.field, "cell"),
                *(
                    _p(str(v), "cell_center")
                    for v in (r.due, r.assessed, r.late, r.activities, r.commendations)
                ),
                _p(r.ratings, "cell"),
            ]  # fmt: skip
        )
    widths = [w for _h, w in SUMMARY_COLUMNS]
    scale = width / sum(widths)
    col_widths = [w * scale for w in widths]
    cut = len(data) - keep if keep else len(data)
    if cut <= 1:
        cut = 0  # the headings alone above: all of it in the short table
    head = tail = None
    if cut:
        head = LongTable(data[:cut], colWidths=col_widths, repeatRows=1)
        head.setStyle(TableStyle(_GRID))
    if cut < len(data):
        tail = Table(data[cut:], colWidths=col_widths)
        tail.setStyle(TableStyle(_GRID))
    return head, tail
