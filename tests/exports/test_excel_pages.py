"""The printed pages of the registration list workbook (issue #15), read back with openpyxl.

The pages are recomputed here from what the file says (row heights, row breaks, margins, column
widths, repeated rows) with Excel's metrics, independently of the writer's code: every page fits,
so the spreadsheet adds no break of its own, and the closing rows never print alone.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from hagiang_desktop.exports.excel_list import LIST_SHEET, write_registration_list
from hagiang_desktop.exports.xlsx_pages import page_breaks
from tests.exports.helpers_export import document, nomination

A4_SHORT, A4_LONG = 595.3, 841.9
LONG_ACHIEVEMENTS = (
    "Vận động nhân dân hiến đất làm đường, xây dựng nông thôn mới, phát triển kinh tế hộ gia đình "
    "gắn với giảm nghèo bền vững; trồng cây ăn quả và nuôi ong lấy mật. "
) * 3


def _rows(count: int, *, tall_every: int = 0) -> list:
    return [
        nomination(
            i,
            "2.1" if i <= count // 2 else "2.3",
            ("individual", "collective", "household")[i % 3],
            achievements=LONG_ACHIEVEMENTS if tall_every and i % tall_every == 0 else "Vận động 6 hộ.",
        )
        for i in range(1, count + 1)
    ]


def _pages(ws: Worksheet) -> list[list[int]]:
    """The rows of each printed page, as the file's row breaks cut the print area."""
    last = int(ws.print_area.rsplit("$", 1)[1])
    cuts = sorted(b.id for b in ws.row_breaks.brk)
    pages, start = [], 1
    for cut in [*cuts, last]:
        pages.append(list(range(start, cut + 1)))
        start = cut + 1
    return pages


def _excel_capacity(ws: Worksheet) -> float:
    """A page's height in the sheet's points, at the scale Excel's "fit to one page wide" takes."""
    assert ws.page_setup.orientation == "landscape"
    m = ws.page_margins
    width = A4_LONG - (m.left + m.right) * 72
    height = A4_SHORT - (m.top + m.bottom) * 72
    columns = sum(ws.column_dimensions[c].width for c in "ABCDEFGHIJK") * 7 * 0.75  # 7-pixel digits
    return height / min(1.0, width / columns)


def _height(ws: Worksheet, row: int) -> float:
    return ws.row_dimensions[row].height or 15.0


def _texts(ws: Worksheet, rows: list[int]) -> list[str]:
    return [str(c.value) for r in rows for c in ws[r] if c.value not in (None, "")]


def _check_pages(ws: Worksheet, count: int) -> list[list[int]]:
    pages = _pages(ws)
    capacity = _excel_capacity(ws)
    titles = [9, 10]
    for number, rows in enumerate(pages, 1):
        repeated = titles if number > 1 else []
        used = sum(_height(ws, r) for r in repeated + rows)
        assert used <= capacity, f"page {number} overflows: {used:.0f} > {capacity:.0f} points"
    body = [r for r in range(11, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
    assert len(body) == count
    last_page = _texts(ws, pages[-1])
    # The closing rows print together, with the last rows of the table.
    for text in ("Tổng cộng", "Nơi nhận:", "TRƯỞNG PHÒNG", "Hoàng Thị Hoà"):
        assert text in last_page
    kept = [r for r in body[-2:] if r in pages[-1]]
    assert kept, "the signature page holds no row of the table"
    assert len(kept) == min(2, count) or _height(ws, body[-2]) + _height(ws, body[-1]) > capacity / 2
    # A field's heading never ends a page; the letterhead never prints alone.
    for rows in pages[:-1]:
        last_text = ws.cell(rows[-1], 2).value or ""
        assert not str(last_text).startswith("Lĩnh vực"), rows[-1]
    assert body[0] in pages[0]
    return pages


@pytest.mark.parametrize("count", range(1, 19))
def test_short_lists_keep_the_signature_with_the_last_rows(tmp_path: Path, count: int) -> None:
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), _rows(count), total=count)
    ws = load_workbook(out)[LIST_SHEET]
    pages = _check_pages(ws, count)
    # Still "fit to one page wide": manual row breaks, widths scaled by the spreadsheet.
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    if count <= 2:  # letterhead, two rows and the signature: one page
        assert len(pages) == 1


def test_page_boundary_moves_the_last_rows_to_the_signature(tmp_path: Path) -> None:
    """Where the table alone just fills page 1, the last rows go over with the closing rows."""
    moved = []
    for count in range(4, 16):
        out = tmp_path / f"ds{count}.xlsx"
        write_registration_list(out, document(), _rows(count), total=count)
        ws = load_workbook(out)[LIST_SHEET]
        pages = _check_pages(ws, count)
        if len(pages) == 2:
            first = pages[0]
            room = _excel_capacity(ws) - sum(_height(ws, r) for r in first)
            following = _height(ws, pages[1][0])
            moved.append((count, following <= room))  # the next row would have fitted: kept back
    assert moved, "no list of 4–15 rows reached page 2"
    assert any(fitted for _count, fitted in moved)


def test_long_list_every_page_fits_and_ends_together(tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), _rows(120, tall_every=4), total=120)
    ws = load_workbook(out)[LIST_SHEET]
    pages = _check_pages(ws, 120)
    assert len(pages) > 10
    assert ws.print_title_rows == "$9:$10"


def test_wrapped_text_gets_the_height_excel_needs(tmp_path: Path) -> None:
    """A long summary's row is tall enough for Times New Roman at Excel's column width."""
    out = tmp_path / "ds.xlsx"
    write_registration_list(out, document(), _rows(4, tall_every=4), total=4)
    ws = load_workbook(out)[LIST_SHEET]
    row = next(r for r in range(11, ws.max_row + 1) if ws.cell(r, 1).value == 4)
    text = ws.cell(row, 6).value
    room = ws.column_dimensions["F"].width * 7 * 0.75 - 4
    lines = math.ceil(len(text) * 0.40 * 11 / room)  # Tinos averages 0.42 em on this text
    assert _height(ws, row) >= lines * 11 * 1.1


def test_page_breaks_keep_runs_and_repeat_titles() -> None:
    heights = [10.0] * 30
    # No breaks when everything fits.
    assert page_breaks(heights, capacity=400) == []
    # Plain filling: 10 rows a page, then 8 under two repeated 10-point title rows.
    assert page_breaks(heights, capacity=100, title_rows=(1, 2)) == [10, 18, 26]
    # Rows 17–20 kept together go whole to the next page.
    keep = [False] * 30
    keep[16:19] = [True] * 3
    assert page_breaks(heights, capacity=100, title_rows=(1, 2), keep_with_next=keep) == [10, 16, 24]
    # A run taller than a page is broken where it must.
    keep = [True] * 29 + [False]
    assert page_breaks(heights, capacity=100, keep_with_next=keep) == [10, 20]
