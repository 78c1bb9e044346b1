"""The registration list as a PDF: the same content as the workbook, on A4 landscape, to sign.

The table repeats its heading rows on every page; rows are grouped by field with a subtotal per
field and a grand total; the totals, "Nơi nhận" and the signature block close it, kept on one
page (a row too tall for a page continues on the next, under the repeated heading rows).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.exports.excel_list import COLUMNS
from hagiang_desktop.exports.model import Cancelled, DocumentInfo, ExportNomination, FieldInfo, compact_codes
from hagiang_desktop.exports.pdf_common import (
    build_document,
    frame_width,
    markup_text,
    official_header_flowables,
    para,
    signature_flowables,
    styles,
)

__all__ = ["write_list_pdf"]

_PROGRESS_EVERY = 100
#: Column widths on paper (relative): the workbook's columns, tuned for a 10 pt table.
_WIDTHS = (7, 24, 11, 15, 19, 37, 19, 18, 14, 11, 12)
_SIZE = 10


@functools.cache
def _cell_styles() -> dict[str, ParagraphStyle]:
    """Ten-point variants of the shared cell styles: eleven columns fit across A4 landscape."""
    base = styles()
    return {
        name: ParagraphStyle(f"list_{name}", parent=base[name], fontSize=_SIZE, leading=_SIZE * 1.2)
        for name in ("cell", "cell_bold", "cell_center", "cell_head")
    }


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(markup_text(text), _cell_styles()[style])


def write_list_pdf(
    target: Path | IO[bytes],
    doc: DocumentInfo,
    rows: Iterable[ExportNomination],
    *,
    total: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Write the registration list PDF.

    Args:
        target: the PDF file (written atomically) or a binary stream.
        doc: header, title, unit, fields and kinds in plan order, quota, signature.
        rows: the nominations sorted by field in plan order; consumed once.
        total: how many rows to expect (for ``progress``).
        progress: ``progress(done, total)`` while rows are read and pages laid out; returning
            False cancels (:class:`Cancelled`, no file left).

    Returns:
        The number of pages.

    Raises:
        Cancelled: if ``progress`` returned False.
    """
    expected = total or 0
    width = frame_width(landscape(A4))
    story: list[Flowable] = official_header_flowables(doc.header, width)
    story.append(para(doc.title, "title"))
    if doc.unit_line:
        story.append(para(doc.unit_line, "subtitle"))
    if doc.basis:
        story.append(para(doc.basis, "italic_center"))
    story.append(Spacer(1, 6))  # a gap before the table (a blank paragraph would have no height)

    head: list[list[Any]] = [
        [_p(h, "cell_head") for h, _w in COLUMNS],
        [_p(f"({i})", "cell_center") for i in range(1, len(COLUMNS) + 1)],
    ]
    data: list[list[Any]] = list(head)
    commands: list[tuple[Any, ...]] = []
    infos = {f.code: f for f in doc.fields}
    kinds = {k.code: k.label for k in doc.kinds}
    current: str | None = None
    last: ExportNomination | None = None
    heading_at = 0
    group: Counter[str] = Counter()
    all_kinds: Counter[str] = Counter()
    supplements = 0
    done = 0
    groups = 0
    scale = width / sum(_WIDTHS)
    widths = [w * scale for w in _WIDTHS]

    def subtotal(rows: list[list[Any]], spans: list[tuple[Any, ...]], label: str, counts: Counter[str],
                 extra: str = "") -> None:  # fmt: skip
        row = len(rows)
        text = "; ".join(
            f"{kinds.get(k.code, k.code).lower()}: {counts[k.code]}" for k in doc.kinds if counts[k.code]
        )
        rows.append(["", _p(label, "cell_bold"), _p(str(sum(counts.values())), "cell_head"),
                     _p(text + extra, "cell")] + [""] * (len(COLUMNS) - 4))  # fmt: skip
        spans.append(("SPAN", (3, row), (-1, row)))

    for n in rows:
        if n.field_code != current:
            if current is not None:
                subtotal(data, commands, infos.get(current, FieldInfo(current, current)).subtotal, group)
            current = n.field_code
            group = Counter()
            groups += 1
            row = heading_at = len(data)
            heading = infos.get(current, FieldInfo(current, n.field_title)).heading
            data.append(
                [_p(_roman(groups), "cell_head"), _p(heading, "cell_bold")] + [""] * (len(COLUMNS) - 2)
            )
            commands.append(("SPAN", (1, row), (-1, row)))
            # Keep a field's heading with its first row (never alone at the foot of a page),
            # unless that row is long enough to need splitting itself.
            if _fits_a_third_of_a_page(n, widths):
                commands.append(("NOSPLIT", (0, row), (-1, row + 1)))
        done += 1
        group[n.kind] += 1
        all_kinds[n.kind] += 1
        supplements += n.is_supplement
        data.append(_row(done, n))
        last = n
        if progress is not None and done % _PROGRESS_EVERY == 0 and progress(done, expected) is False:
            raise Cancelled
    # The last row (with its field's heading if it is the field's only row), the totals and the
    # signature block are kept on one page: the signature never stands alone. A last row too
    # long for that stays in the table, where it may split; the totals still come along.
    cut = len(data)
    if last is not None and _fits_a_third_of_a_page(last, widths):
        cut = heading_at if heading_at == len(data) - 2 else len(data) - 1
    if cut <= len(head):
        cut = 0  # nothing would be left above: one short table, headings and all
    tail = data[cut:]
    tail_spans = [
        (c[0], (c[1][0], c[1][1] - cut), (c[2][0], c[2][1] - cut)) for c in commands if c[1][1] >= cut
    ]
    commands = [c for c in commands if c[1][1] < cut and c[2][1] < cut]
    del data[cut:]
    if current is not None:
        subtotal(tail, tail_spans, infos.get(current, FieldInfo(current, current)).subtotal, group)
    extra = f" (trong đó đăng ký bổ sung: {supplements})" if supplements else ""
    subtotal(tail, tail_spans, "Tổng cộng", all_kinds, extra)

    if data:
        table = _ListTable(data, colWidths=widths, repeatRows=2, splitInRow=_MIN_PIECE)
        table.setStyle(TableStyle([*_TABLE_STYLE, *commands]))
        story.append(table)
    totals = Table(tail, colWidths=widths, repeatRows=0 if data else 2)
    totals.setStyle(TableStyle([*_TABLE_STYLE, *tail_spans]))
    story.append(
        KeepTogether(
            [
                totals,
                Spacer(1, 8),
                *signature_flowables(doc.signature, recipients=list(doc.recipients) or None, width=width),
            ]
        )
    )

    def page_done(page: int) -> bool:
        return progress is None or progress(done, expected) is not False

    return build_document(
        target, story, title=doc.title, author=doc.header.body, landscape_page=True, progress=page_done
    )


class _ListTable(LongTable):  # type: ignore[misc]  # reportlab ships no types
    """The list's table: rows stay whole at a page break, unless that would waste the page.

    reportlab tries a break between rows first; when the next row is too tall for the rest of
    the page it would move it whole (leaving the page half empty, or only the heading rows on
    page 1) or, taller than a page, stop with a ``LayoutError``. Here a long row (over a third
    of a page) that does not fit is split inside instead and continues on the next page under
    the repeated heading rows; short rows stay whole.
    """

    def split(self, available_width: float, available_height: float) -> list[Any]:
        """Split between rows, or inside the next row when that row is long and does not fit."""
        self._calc(available_width, available_height)
        n = self._getFirstPossibleSplitRowPosition(available_height)
        if n < len(self._rowHeights):
            room = available_height - sum(self._rowHeights[:n])
            height = self._rowHeights[n]
            if height > room and height > _LONG_ROW:
                inside = self._splitRows(available_height, doInRowSplit=1)
                if inside:
                    return list(inside)
        # Between rows only: reportlab's own fallback would also split a short row (a field's
        # heading) to fill the last few points of a page.
        return list(self._splitRows(available_height, doInRowSplit=0))


#: A row taller than this (a third of the landscape frame) is split at a page break rather
#: than moved whole to the next page.
_LONG_ROW = (landscape(A4)[1] - 40 * mm) / 3
#: The least height of a split row's piece (three lines): no sliver at the foot of a page.
_MIN_PIECE = 3 * _SIZE * 1.2 + 6


_TABLE_STYLE: tuple[tuple[Any, ...], ...] = (
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
)


def _fits_a_third_of_a_page(n: ExportNomination, widths: list[float]) -> bool:
    """Tell whether a row is surely short (its tallest cell under a third of a page).

    A rough count of lines per cell (a 10 pt Tinos character is about 4.6 pt wide on average)
    is enough: only rows that may need splitting lose the "keep with its heading" rule.
    """
    texts = (n.name, n.position_or_address, _summary(n), n.registering_unit, n.list_note)
    columns = (1, 4, 5, 7, 10)
    pairs = zip(texts, columns, strict=True)
    lines = max(len(t) * 4.6 / max(widths[c] - 6, 1) + t.count("\n") + 1 for t, c in pairs)
    page_height: float = landscape(A4)[1]  # reportlab ships no types
    return lines * _SIZE * 1.2 < page_height / 3


def _summary(n: ExportNomination) -> str:
    summary = n.achievements
    if n.good_practice:
        summary = f"{summary}\nCách làm hay: {n.good_practice}" if summary else n.good_practice
    return summary


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _row(number: int, n: ExportNomination) -> list[Paragraph]:
    summary = _summary(n)
    return [
        _p(str(number), "cell_center"),
        _p(n.name, "cell"),
        _p(n.kind_label, "cell_center"),
        _p(n.field_caption, "cell"),
        _p(n.position_or_address, "cell"),
        _p(summary, "cell"),
        _p(compact_codes(n.met_codes), "cell"),
        _p(n.registering_unit, "cell"),
        _p(format_date_short(n.received_on) if n.received_on else "", "cell_center"),
        _p("Bổ sung" if n.is_supplement else "", "cell_center"),
        _p(n.list_note, "cell"),
    ]
