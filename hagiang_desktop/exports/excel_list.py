"""The registration list as an Excel workbook, for the province (issue #6).

Sheet "Danh sách": the issuing body and the national motto, the number and date lines, the title
and the unit; the table (STT, name, kind, field, position/address, achievements, criteria met,
registering unit, received date, supplement mark, note) grouped by field with a subtotal per
field and a grand total; "Nơi nhận" and the signature block under it. Sheet "Tổng hợp": counts
by field and kind against the unit's quota.

Print set-up: A4 landscape, fit to one page wide, every page break set by the program
(:mod:`~hagiang_desktop.exports.xlsx_pages`) so that the letterhead starts the table, a field's
heading keeps its first row and the last rows, "Tổng cộng", "Nơi nhận" and the signature print
together on the last page; the table's header rows repeated on every page, "Trang N/M" in the
footer, the header frozen on screen, wrapped text, Times New Roman (every Windows office has it;
LibreOffice substitutes the metric-compatible Liberation Serif/Tinos), also as the workbook's
default font, the one column widths are counted in.

Speed (issue #11: 10,000 rows within 1.5× an unstyled write-only workbook): the workbook is
written in openpyxl's write-only mode, row by row, so memory stays flat; every cell style is
built once and copied as a bare style array (setting ``font=``/``border=`` per cell hashes the
style objects each time and costs more than the text itself). Values a spreadsheet could read
as a formula (``=``, ``+``, ``-``, ``@``…) are written as text cells with a quote prefix, so the
visible text is exactly what was typed.
"""

from __future__ import annotations

import contextlib
import copy
import functools
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml.etree import XMLParser, fromstring
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.letterhead import break_name, upper_vi
from hagiang_desktop.core.vntext import looks_like_formula, nfc
from hagiang_desktop.exports.model import (
    Cancelled,
    DocumentInfo,
    ExportNomination,
    FieldInfo,
    OfficialHeader,
    compact_codes,
)
from hagiang_desktop.exports.xlsx_pages import (
    FILL,
    MAX_ROW_HEIGHT,
    POINTS_PER_CHAR,
    PageSpec,
    fit_scale,
    page_breaks,
)

__all__ = [
    "COLUMNS",
    "FONT_NAME",
    "LIST_SHEET",
    "SUMMARY_SHEET",
    "ListSummary",
    "quota_verdict",
    "write_registration_list",
]

#: The font of every cell: installed on every Windows office PC.
FONT_NAME = "Times New Roman"
LIST_SHEET = "Danh sách"
SUMMARY_SHEET = "Tổng hợp"

#: The table's columns: heading and width (in characters of the default font).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5),
    ("Tên mô hình, tập thể, cá nhân, hộ gia đình", 22),
    ("Loại", 8),
    ("Lĩnh vực", 14),
    ("Chức vụ, đơn vị công tác hoặc địa chỉ", 18),
    ("Tóm tắt thành tích, cách làm hay", 38),
    ("Tiêu chí đã đạt (mã tiêu chí)", 14),
    ("Đơn vị đăng ký", 16),
    ("Ngày nhận", 10.5),
    ("Bổ sung", 7),
    ("Ghi chú", 10),
)
_NCOL = len(COLUMNS)
_LAST = get_column_letter(_NCOL)
#: Header block: the issuing body over columns A–D, the motto over F–K.
_LEFT = ("A", "D")
_RIGHT = ("F", _LAST)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_PROGRESS_EVERY = 200
#: The page the list prints on (A4 landscape, the margins of :func:`_set_up_page`).
_PAGE = PageSpec()
#: Body rows that print on the last page with "Tổng cộng" and the signature, when they fit.
_KEEP_LAST_ROWS = 2
_LETTERS = [get_column_letter(i) for i in range(1, 64)]  # by 0-based column index
_PRESERVE = ' xml:space="preserve"'
#: Escaped besides & < >: a carriage return, which a parser would otherwise read as a line feed.
_ENTITIES = {"\r": "&#13;"}
_PARSER = XMLParser(resolve_entities=False, huge_tree=True)


def _xml_text(text: str) -> str:
    """Drop the control characters XML cannot hold (openpyxl would refuse the whole file)."""
    return ILLEGAL_CHARACTERS_RE.sub("", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


@dataclass(frozen=True)
class ListSummary:
    """What the list holds, for the caller's log and message.

    Attributes:
        total: rows written.
        by_field_kind: (field code, kind code) → count.
        supplements: rows marked as supplements.
    """

    total: int
    by_field_kind: dict[tuple[str, str], int]
    supplements: int


class _Styles:
    """Every cell style of the workbook, registered once; :meth:`cell` copies one onto a cell."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        thin = Side(style="thin", color="000000")
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        top_wrap = Alignment(vertical="top", wrap_text=True)
        center_wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
        center_top = Alignment(horizontal="center", vertical="top", wrap_text=True)
        top_plain = Alignment(vertical="top", wrap_text=True)

        def font(size: float = 11, **kw: Any) -> Font:
            return Font(name=FONT_NAME, size=size, **kw)

        specs: dict[str, dict[str, Any]] = {
            "parent": {"font": font(12), "alignment": center_wrap},
            "body": {"font": font(12, bold=True, underline="single"), "alignment": center_wrap},
            # The first of an issuer's two lines (no superior line): bold, the rule under the second.
            "body_top": {"font": font(12, bold=True), "alignment": center_wrap},
            "motto": {"font": font(12, bold=True), "alignment": center_wrap},
            "motto_sub": {"font": font(13, bold=True, underline="single"), "alignment": center_wrap},
            "number": {"font": font(12), "alignment": center_wrap},
            "dateline": {"font": font(12, italic=True), "alignment": center_wrap},
            "title": {"font": font(14, bold=True), "alignment": center_wrap},
            "unit": {"font": font(12, bold=True), "alignment": center_wrap},
            "basis": {"font": font(12, italic=True), "alignment": center_wrap},
            "th": {"font": font(11, bold=True), "alignment": center_wrap, "border": box},
            "colnum": {"font": font(10, italic=True), "alignment": center_wrap, "border": box},
            "group": {"font": font(11, bold=True), "alignment": top_wrap, "border": box},
            "group_center": {"font": font(11, bold=True), "alignment": center_top, "border": box},
            "td": {"font": font(11), "alignment": top_wrap, "border": box},
            "td_center": {"font": font(11), "alignment": center_top, "border": box},
            "td_date": {
                "font": font(11),
                "alignment": center_top,
                "border": box,
                "number_format": "dd/mm/yyyy",
            },
            "subtotal": {"font": font(11, bold=True, italic=True), "alignment": top_wrap, "border": box},
            "subtotal_center": {
                "font": font(11, bold=True, italic=True),
                "alignment": center_top,
                "border": box,
            },
            "plain": {"font": font(12), "alignment": top_plain},
            # A heading as long as the follow-up report's stages wraps, or it runs off the page.
            "plain_bold": {"font": font(12, bold=True), "alignment": top_plain},
            "recipients_title": {"font": font(12, bold=True, italic=True)},
            "recipients": {"font": font(11), "alignment": Alignment(vertical="top", wrap_text=True)},
            "sign_title": {"font": font(12, bold=True), "alignment": center_wrap},
            "sign_note": {"font": font(12, italic=True), "alignment": center_wrap},
            "sign_name": {"font": font(12, bold=True), "alignment": center_wrap},
        }
        self._arrays: dict[str, Any] = {}
        #: Style name → (font size, bold): what the row-height estimate needs.
        self.metrics: dict[str, tuple[float, bool]] = {}
        for name, spec in specs.items():
            fnt = spec["font"]
            self.metrics[name] = self.metrics[name + "'"] = (fnt.sz, bool(fnt.b))
            template = WriteOnlyCell(ws)
            for attr, value in spec.items():
                setattr(template, attr, value)
            self._arrays[name] = template._style
            # The same style as text that only looks like a formula: keep it text when edited.
            quoted = copy.copy(template._style)
            quoted.quotePrefix = 1
            self._arrays[name + "'"] = quoted
        cell_styles = ws.parent._cell_styles
        #: Style name → the style's id in the workbook, as written in ``<c s="…">``.
        self.ids = {name: str(cell_styles.add(array)) for name, array in self._arrays.items()}


def _merge(ws: WriteOnlyWorksheet, row: int, first: str, last: str) -> None:
    if first != last:
        ws.merged_cells.add(f"{first}{row}:{last}{row}")


def _col(letter: str) -> int:
    return ord(letter) - ord("A")


@functools.cache
def _per_line(width: float, size: float, bold: bool) -> int:
    room = width * POINTS_PER_CHAR - 4  # the cell's text area: Excel's padding off the width
    return int(max(1.0, room / (size * (0.45 if bold else 0.42)) * 0.9))


def _lines(text: str, width: float, size: float, bold: bool) -> int:
    """Estimate how many lines ``text`` wraps to in a column ``width`` characters wide.

    Neither Excel nor LibreOffice grows a row for wrapped text written by a program, so the
    writer sets each row's height itself. A column unit is 5.25 points in Excel (the default
    font's digit); Vietnamese text in Times New Roman averages 0.42 em a character (Tinos,
    measured on achievements, names and addresses), bold 0.45 em; word wrapping loses some
    10 % of a line (:func:`_per_line`).
    """
    per_line = _per_line(width, size, bold)
    if len(text) <= per_line and "\n" not in text:  # the usual short cell
        return 1
    lines = 0
    for part in text.split("\n"):
        lines += len(part) // per_line + 1  # ceil, or one more on an exact fill: fine for a height
    return lines


class _Sheet:
    """Appends rows to a write-only sheet: counts rows for merges, sizes rows for wrapped text.

    Rows are written straight as ``<row>`` elements through openpyxl's own lxml stream (the
    workbook, styles, merges, print set-up and the rest stay openpyxl's). Going through a
    ``Cell`` per value, as write-only mode does, made the styled list cost about twice an
    unstyled one (issue #11 wants ≤ 1.5×); the XML written is the same (inline strings,
    numbers, dates as serial numbers, style ids).
    """

    def __init__(self, ws: WriteOnlyWorksheet, styles: _Styles, widths: list[float]) -> None:
        self.ws = ws
        self.styles = styles
        self.widths = widths
        self.row = 0
        #: Per written row: its height in points (as set, or as a spreadsheet would size it) and
        #: whether it must print on the same page as the next row.
        self.heights: list[float] = []
        self.keep: list[bool] = []
        self._hooked = False
        self._epoch = ws.parent.epoch

    def _hook(self) -> None:
        # Only now: creating the writer writes the sheet's top (views, frozen panes, column
        # widths), which the caller has set up by the first row.
        self.ws._get_writer()
        self.ws._writer.write_row = self._write_row
        self.ws._values_to_row = lambda cells, _row_idx: cells
        self._hooked = True

    def append(self, values: list[tuple[object, str] | None], spans: dict[int, float] | None = None) -> int:
        """Append a row of (value, style name) pairs (None: an empty cell).

        ``spans`` maps a column index to the width of the merge starting there.
        """
        if not self._hooked:
            self._hook()
        self.row += 1
        height = 0.0
        cells: list[tuple[int, object, str]] = []
        styles = self.styles
        for i, item in enumerate(values):
            if item is None:
                continue
            value, style = item
            if isinstance(value, str) and value:
                value = _xml_text(nfc(value))
                if looks_like_formula(value):  # text, kept text when edited (quote prefix)
                    style += "'"
                size, bold = styles.metrics[style]
                width = spans.get(i, self.widths[i]) if spans else self.widths[i]
                height = max(height, _lines(value, width, size, bold) * size * 1.17 + 4)
            cells.append((i, value, styles.ids[style]))
        attrs = {"r": str(self.row)}
        height = min(height, MAX_ROW_HEIGHT)  # Excel's limit; the PDF list carries any length
        if height > 16:  # taller than Excel's default row: say so, or the text hides
            attrs["ht"] = f"{height:.1f}"
            attrs["customHeight"] = "1"
        self.heights.append(max(height, 15.0))
        self.keep.append(False)
        self._attrs = attrs
        self.ws.append(cells)
        return self.row

    def _write_row(self, xf: Any, cells: list[tuple[int, object, str]], _row_idx: int) -> None:
        # The row's markup is put together as text and parsed by lxml in one call: building
        # it element by element through lxml's Python API cost more than openpyxl's own
        # writing of the same cells (the list's floor, #11, #22). The XML is the same.
        suffix = self._attrs["r"]
        parts = ["<row", *(f' {name}="{value}"' for name, value in self._attrs.items()), ">"]
        for column, value, style_id in cells:
            head = f'<c r="{_LETTERS[column]}{suffix}" s="{style_id}"'
            if value is None or value == "":
                parts.append(head + "/>")
            elif isinstance(value, str):
                space = _PRESERVE if value != value.strip() else ""
                parts.append(f'{head} t="inlineStr"><is><t{space}>{escape(value, _ENTITIES)}</t></is></c>')
            else:
                if isinstance(value, date):
                    value = to_excel(value, self._epoch)
                parts.append(f'{head} t="n"><v>{value}</v></c>')
        parts.append("</row>")
        xf.write(fromstring("".join(parts), _PARSER))

    def spans(self, parts: list[tuple[str, str, object, str]]) -> None:
        """Append one row of merged spans: (first column, last column, value, style)."""
        cells: list[tuple[object, str] | None] = [None] * len(self.widths)
        spans: dict[int, float] = {}
        for first, last, value, style in parts:
            cells[_col(first)] = (value, style)
            spans[_col(first)] = sum(self.widths[_col(first) : _col(last) + 1])
            # Style the covered cells too so borders and wrapping hold across the merge.
            for i in range(_col(first) + 1, _col(last) + 1):
                cells[i] = (None, style)
        row = self.append(cells, spans)
        for first, last, _value, _style in parts:
            _merge(self.ws, row, first, last)

    def blank(self) -> None:
        self.append([])


def _set_up_page(ws: WriteOnlyWorksheet, widths: list[float]) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4 (Worksheet.PAPERSIZE_A4)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # Inches: 20 mm top/bottom, 25 mm binding side, 15 mm right (Nghị định 30/2020, landscape).
    ws.page_margins.left = 0.98
    ws.page_margins.right = 0.59
    ws.page_margins.top = 0.79
    ws.page_margins.bottom = 0.79
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 10


def issuer_rows(header: OfficialHeader, width_chars: float) -> tuple[tuple[str, str], tuple[str, str]]:
    """Return the two left header cells as (text, style): superior over issuer.

    Without a superior line (a people's committee) the issuer takes both rows, broken at the
    natural place ("ỦY BAN NHÂN DÂN" / "HUYỆN ĐỒNG VĂN"); under a superior a long issuer wraps
    in its cell at that place. ``width_chars`` is the cells' width in Excel's character units.
    """
    points = width_chars * 5.25  # one character unit of Excel's default font, in points

    def fits(line: str) -> bool:
        return len(line) * 12 * 0.62 <= points  # bold capitals of Times New Roman 12 pt

    if not header.parent_body:  # two rows to fill: always at the natural place, as printed forms do
        lines = break_name(upper_vi(header.body), lambda _line: False)
        return (lines[0], "body_top"), ((lines[1], "body") if len(lines) > 1 else ("", "body"))
    lines = break_name(upper_vi(header.body), fits)
    return (upper_vi(header.parent_body), "parent"), ("\n".join(lines), "body")


def _header_block(sheet: _Sheet, doc: DocumentInfo, right: tuple[str, str]) -> None:
    header = doc.header
    width = sum(sheet.widths[_col(_LEFT[0]) : _col(_LEFT[1]) + 1])
    top, issuer = issuer_rows(header, width)
    sheet.spans([(*_LEFT, *top), (*right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto")])
    sheet.spans([(*_LEFT, *issuer), (*right, "Độc lập - Tự do - Hạnh phúc", "motto_sub")])
    sheet.blank()
    sheet.spans([(*_LEFT, header.number, "number"), (*right, header.date_line(), "dateline")])
    sheet.blank()


def write_registration_list(
    target: Path,
    doc: DocumentInfo,
    rows: Iterable[ExportNomination],
    *,
    total: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> ListSummary:
    """Write the registration list workbook to ``target`` (atomically).

    Args:
        target: the .xlsx file; a temporary file beside it is renamed over it at the end.
        doc: header, title, unit, fields and kinds (in plan order), quota, signature.
        rows: the nominations, sorted by field in plan order (then as they should be listed);
            consumed once, as a stream.
        total: how many rows to expect (for ``progress``); None if unknown.
        progress: called as ``progress(done, total)`` every few hundred rows; returning False
            cancels: :class:`Cancelled` is raised and no file is left.

    Returns:
        The counts written.

    Raises:
        Cancelled: if ``progress`` returned False.
    """
    expected = total or 0
    wb = Workbook(write_only=True)
    _default_font(wb)
    try:
        summary = _fill(wb, doc, rows, expected, progress)
        with atomic_path(Path(target)) as tmp:
            if progress is not None and progress(summary.total, expected) is False:
                raise Cancelled
            wb.save(tmp)
    except BaseException:
        _discard(wb)
        raise
    return summary


def _default_font(wb: Workbook) -> None:
    """Make Times New Roman the workbook's default font, the one column widths are counted in.

    A column's width is a number of digits of the default font. Left at Calibri, a computer
    without it (LibreOffice on Linux falls back to a wider sans) draws every column a third
    wider than Excel does; Times New Roman (or its metric twins) is where the list is printed.
    """
    normal = Font(name=FONT_NAME, sz=11, family=1)
    wb._fonts = IndexedList([normal])
    wb._named_styles["Normal"].font = copy.copy(normal)


def _discard(wb: Workbook) -> None:
    """Close the sheets of an abandoned workbook and remove openpyxl's temporary files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):  # half-written XML: only the temp file matters
            if not ws.closed:
                ws.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def _fill(
    wb: Workbook,
    doc: DocumentInfo,
    rows: Iterable[ExportNomination],
    expected: int,
    progress: Callable[[int, int], bool] | None,
) -> ListSummary:
    """Append both sheets' rows to the write-only workbook; return the counts."""
    ws = wb.create_sheet(LIST_SHEET)
    styles = _Styles(ws)
    sheet = _Sheet(ws, styles, [w for _h, w in COLUMNS])
    _set_up_page(ws, sheet.widths)
    scale = fit_scale(sheet.widths, _PAGE)
    table_top = 9  # the heading row of the table (see the rows appended below)
    ws.freeze_panes = f"A{table_top + 2}"
    ws.print_title_rows = f"{table_top}:{table_top + 1}"

    _header_block(sheet, doc, _RIGHT)
    sheet.spans([("A", _LAST, doc.title, "title")])
    sheet.spans([("A", _LAST, doc.unit_line, "unit")])
    sheet.spans([("A", _LAST, doc.basis, "basis")] if doc.basis else [])
    sheet.append([(h, "th") for h, _w in COLUMNS])
    sheet.append([(f"({i})", "colnum") for i in range(1, _NCOL + 1)])
    # The letterhead and the table's heading start the table: with the first field's heading
    # and first row (kept with it below), never alone on page 1.
    sheet.keep[:] = [True] * sheet.row

    field_infos = {f.code: f for f in doc.fields}
    kind_labels = {k.code: k.label for k in doc.kinds}
    counts: Counter[tuple[str, str]] = Counter()
    supplements = 0
    done = 0
    current: str | None = None
    group_counts: Counter[str] = Counter()
    groups = 0
    last_rows: deque[int] = deque(maxlen=_KEEP_LAST_ROWS)

    def close_group() -> None:
        if current is None:
            return
        n = sum(group_counts.values())
        sheet.spans(
            [
                ("A", "A", "", "subtotal"),
                ("B", "B", field_infos.get(current, FieldInfo(current, current)).subtotal, "subtotal"),
                ("C", "C", n, "subtotal_center"),
                ("D", _LAST, _breakdown(group_counts, doc, kind_labels), "subtotal"),
            ]
        )

    for n in rows:
        if n.field_code != current:
            close_group()
            current = n.field_code
            group_counts = Counter()
            info = field_infos.get(current, FieldInfo(current, n.field_title))
            sheet.spans(
                [
                    ("A", "A", _ROMAN[groups] if groups < len(_ROMAN) else str(groups + 1), "group_center"),
                    ("B", _LAST, info.heading, "group"),
                ]
            )
            sheet.keep[-1] = True  # a field's heading never ends a page
            groups += 1
        done += 1
        counts[(n.field_code, n.kind)] += 1
        group_counts[n.kind] += 1
        supplements += n.is_supplement
        last_rows.append(sheet.append(_row_cells(done, n)))
        if progress is not None and done % _PROGRESS_EVERY == 0 and progress(done, expected) is False:
            raise Cancelled
    close_group()
    total_row = sheet.row + 1
    sheet.spans(
        [
            ("A", "A", "", "subtotal"),
            ("B", "B", "Tổng cộng", "subtotal"),
            ("C", "C", done, "subtotal_center"),
            ("D", _LAST, _breakdown(_by_kind(counts), doc, kind_labels, supplements), "subtotal"),
        ]
    )  # fmt: skip
    sheet.blank()
    _closing(sheet, doc)
    # What prints is the document: from the letterhead to the signer's name, nothing else.
    ws.print_area = f"A1:{_LAST}{sheet.row}"
    _break_pages(ws, sheet, scale, (table_top, table_top + 1), [*last_rows, total_row])

    _summary_sheet(wb, doc, counts, supplements, done)
    return ListSummary(total=done, by_field_kind=dict(counts), supplements=supplements)


def _break_pages(
    ws: WriteOnlyWorksheet, sheet: _Sheet, scale: float, title_rows: tuple[int, int], tail_starts: list[int]
) -> None:
    """Set every page break of the list: the closing rows print with the last body rows.

    ``tail_starts`` are the rows the closing run may start at, the longest run first (the last
    body rows, then "Tổng cộng"): the first whose run fits on a page is kept together.
    """
    capacity = _PAGE.printable_height * FILL / scale
    title_height = sum(sheet.heights[title_rows[0] - 1 : title_rows[1]])
    for start in tail_starts:
        if sum(sheet.heights[start - 1 :]) <= capacity - title_height:
            sheet.keep[start - 1 : -1] = [True] * (sheet.row - start)
            break
    breaks = page_breaks(sheet.heights, capacity=capacity, title_rows=title_rows, keep_with_next=sheet.keep)
    # Set at once: openpyxl's append copies and re-checks every break already there, which made
    # the breaks of a 10,000-row list (2,500 pages) cost more than writing its rows (#22).
    ws.row_breaks.brk = tuple(Break(id=row) for row in breaks)


def _row_cells(number: int, n: ExportNomination) -> list[tuple[object, str] | None]:
    summary = n.achievements
    if n.good_practice:
        summary = f"{summary}\nCách làm hay: {n.good_practice}" if summary else n.good_practice
    return [
        (number, "td_center"),
        (n.name, "td"),
        (n.kind_label, "td_center"),
        (n.field_caption, "td"),
        (n.position_or_address, "td"),
        (summary, "td"),
        (compact_codes(n.met_codes), "td"),
        (n.registering_unit, "td"),
        (n.received_on, "td_date") if n.received_on else ("", "td_center"),
        ("Bổ sung" if n.is_supplement else "", "td_center"),
        (n.list_note, "td"),
    ]


def _by_kind(counts: Counter[tuple[str, str]]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for (_field, kind), count in counts.items():
        totals[kind] += count
    return totals


def _breakdown(by_kind: Counter[str], doc: DocumentInfo, labels: dict[str, str], supplements: int = 0) -> str:
    order = [k.code for k in doc.kinds] or sorted(by_kind)
    parts = [f"{labels.get(code, code).lower()}: {by_kind[code]}" for code in order if by_kind[code]]
    text = "; ".join(parts)
    if supplements:
        text += f" (trong đó đăng ký bổ sung: {supplements})"
    return text


def _closing(sheet: _Sheet, doc: DocumentInfo, left: tuple[str, str] = ("B", "E"),
             right: tuple[str, str] = ("G", _LAST)) -> None:  # fmt: skip
    """Append "Nơi nhận" on the left and the signature block on the right, row by row."""
    sig = doc.signature
    left_lines: list[tuple[str, str]] = []
    if doc.recipients:
        left_lines.append(("Nơi nhận:", "recipients_title"))
        for i, line in enumerate(doc.recipients):
            end = "." if i == len(doc.recipients) - 1 else ";"
            left_lines.append((f"- {nfc(line).rstrip('.;')}{end}", "recipients"))
    right_lines: list[tuple[str, str]] = [(t.upper(), "sign_title") for t in sig.titles]
    if sig.note:
        right_lines.append((sig.note, "sign_note"))
    right_lines.extend([("", "sign_note")] * 4)  # room for the signature and the seal
    right_lines.append((sig.name, "sign_name"))
    for i in range(max(len(left_lines), len(right_lines))):
        parts: list[tuple[str, str, object, str]] = []
        if i < len(left_lines):
            parts.append((left[0], left[1], *left_lines[i]))
        if i < len(right_lines):
            parts.append((right[0], right[1], *right_lines[i]))
        sheet.spans(parts)


def _summary_sheet(
    wb: Workbook, doc: DocumentInfo, counts: Counter[tuple[str, str]], supplements: int, total: int
) -> None:
    ws = wb.create_sheet(SUMMARY_SHEET)
    styles = _Styles(ws)
    kinds = list(doc.kinds)
    widths = [6.0, 44.0] + [14.0] * len(kinds) + [12.0]
    sheet = _Sheet(ws, styles, widths)
    last = get_column_letter(len(widths))
    _set_up_page(ws, widths)
    ws.page_setup.orientation = "portrait"
    right = ("C", last)
    top, issuer = issuer_rows(doc.header, sum(widths[:2]))
    sheet.spans([("A", "B", *top), (*right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto")])
    sheet.spans([("A", "B", *issuer), (*right, "Độc lập - Tự do - Hạnh phúc", "motto_sub")])
    sheet.blank()
    sheet.spans([("A", "B", doc.header.number, "number"), (*right, doc.header.date_line(), "dateline")])
    sheet.blank()
    sheet.spans([("A", last, "TỔNG HỢP SỐ LƯỢNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN ĐĂNG KÝ", "title")])
    sheet.spans([("A", last, doc.unit_line, "unit")])
    sheet.blank()
    head = ["STT", "Lĩnh vực", *(k.label for k in kinds), "Cộng"]
    head_row = sheet.append([(h, "th") for h in head])
    ws.print_title_rows = f"{head_row}:{head_row}"
    for i, fld in enumerate(doc.fields, 1):
        by_kind = [counts[(fld.code, k.code)] for k in kinds]
        sheet.append(
            [
                (i, "td_center"),
                (fld.title if fld.open else f"{fld.code}. {fld.title}", "td"),
                *((c, "td_center") for c in by_kind),
                (sum(by_kind), "td_center"),
            ]
        )
    totals = [sum(counts[(f.code, k.code)] for f in doc.fields) for k in kinds]
    sheet.append(
        [
            ("", "subtotal"),
            ("Tổng cộng", "subtotal"),
            *((c, "subtotal_center") for c in totals),
            (total, "subtotal_center"),
        ]
    )
    sheet.blank()
    for line in _quota_lines(doc, total, supplements):
        sheet.spans([("A", last, line, "plain")])
    sheet.blank()
    _closing(sheet, doc, left=("A", "B"), right=("C", last))
    ws.print_area = f"A1:{last}{sheet.row}"


def quota_verdict(doc: DocumentInfo, total: int) -> str:
    """Say how the list stands against the unit's quota, in Vietnamese (for screens only).

    Never printed on the list the office signs (issue #15): an internal warning.

    Args:
        doc: the document (its quota).
        total: how many models the list holds.

    Returns:
        One sentence, e.g. "Đạt chỉ tiêu (tối thiểu 10 mô hình)." or "Chưa đạt: còn thiếu 3 …".
    """
    quota = doc.quota
    if quota is None:
        return "Kế hoạch không giao chỉ tiêu số lượng cho đơn vị này."
    if quota.advisory or quota.minimum is None:
        return "Chỉ tiêu: đăng ký số lượng phù hợp với thực tế (không quy định số tối thiểu)."
    if total >= quota.minimum:
        return f"Đạt chỉ tiêu (tối thiểu {quota.minimum} mô hình)."
    return f"Chưa đạt chỉ tiêu: tối thiểu {quota.minimum} mô hình, còn thiếu {quota.minimum - total}."


def _quota_lines(doc: DocumentInfo, total: int, supplements: int) -> Iterator[str]:
    yield f"Tổng số mô hình, gương điển hình đăng ký: {total} (trong đó đăng ký bổ sung: {supplements})."
    if doc.quota is not None:
        yield f"Chỉ tiêu theo Kế hoạch (mục {doc.quota.clause}): {doc.quota.text}"
    # No verdict ("Chưa đạt chỉ tiêu…") here: the office signs this sheet and sends it upward;
    # a shortfall is the office's own warning, shown on screen and in the who-to-call list.
