"""Where a printed worksheet's pages end, decided by the program (issue #15).

A spreadsheet program breaks pages where the next row no longer fits, so the closing rows of a
list ("Tổng cộng", "Nơi nhận", the signature block) can land alone on the last page, and a field's
heading can end a page without its rows. The writer therefore computes every page break itself,
from the row heights it sets and the page's printable height, keeping chosen runs of rows
together, and writes them as manual row breaks. The sheet stays "fit to one page wide, any number
of pages tall", which honours manual row breaks (LibreOffice checked here). A printed page holds
page height ÷ scale points of rows; the scale is the program's own (fit to width), so the
breaks are computed for the largest scale a spreadsheet could choose (:func:`fit_scale`, Excel's
narrowest columns): where the columns draw wider the scale is smaller and every page has room
to spare, never too little.

Each page is filled to a little under its height (:data:`FILL`), so the estimates of rows without
a set height (a spreadsheet sizes those itself, a few points smaller than estimated) never let
the program add a break of its own before ours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["FILL", "MAX_ROW_HEIGHT", "POINTS_PER_CHAR", "PageSpec", "fit_scale", "page_breaks"]

#: Share of a page's printable height filled before breaking.
FILL = 0.98
#: Points per unit of column width: Excel's 7-pixel digit of an 11-point default font at 96 dpi.
#: LibreOffice counts Times New Roman's (Liberation Serif's) digit, 5.5 points: wider columns,
#: a smaller scale, more room on each page than computed.
POINTS_PER_CHAR = 5.25
#: Excel's largest row height, in points; a taller value is refused or clipped.
MAX_ROW_HEIGHT = 409.0
_INCH = 72.0


@dataclass(frozen=True)
class PageSpec:
    """A printed page: paper in points (portrait sides), orientation, margins in inches."""

    width: float = 595.3  # A4
    height: float = 841.9
    landscape: bool = True
    left: float = 0.98
    right: float = 0.59
    top: float = 0.79
    bottom: float = 0.79

    @property
    def printable_width(self) -> float:
        """Width between the side margins, in points."""
        paper = self.height if self.landscape else self.width
        return paper - (self.left + self.right) * _INCH

    @property
    def printable_height(self) -> float:
        """Height between the top and bottom margins (header and footer sit inside them)."""
        paper = self.width if self.landscape else self.height
        return paper - (self.top + self.bottom) * _INCH


def fit_scale(widths: Sequence[float], page: PageSpec) -> float:
    """Return the scale (at most 1) that "fit to one page wide" gives the columns.

    Args:
        widths: the printed columns' widths in Excel's character units.
        page: the page.

    Returns:
        Printable width ÷ the columns' width, for Excel's metrics (see :data:`POINTS_PER_CHAR`).
    """
    return min(1.0, page.printable_width / (sum(widths) * POINTS_PER_CHAR))


def page_breaks(
    heights: Sequence[float],
    *,
    capacity: float,
    title_rows: tuple[int, int] | None = None,
    keep_with_next: Sequence[bool] = (),
) -> list[int]:
    """Return the rows after which a new page starts (1-based), for manual row breaks.

    Args:
        heights: every printed row's height, in points of the sheet (row 1 first).
        capacity: a page's usable height in the same points (printable height ÷ scale).
        title_rows: (first, last) rows repeated at the top of every page after the one where
            they print (the table's heading).
        keep_with_next: per row, True when it must print on the same page as the row after it.
            A run of rows kept together goes whole to the next page when it does not fit where
            it starts; a run taller than a page is broken where it must (row by row).

    Returns:
        Ascending row numbers; an empty list when everything fits on one page.
    """
    n = len(heights)
    keep = list(keep_with_next) + [False] * (n - len(keep_with_next))
    title_height = sum(heights[title_rows[0] - 1 : title_rows[1]]) if title_rows else 0.0
    breaks: list[int] = []
    used = 0.0  # height on the current page
    row = 0  # 0-based index of the next row to place
    while row < n:
        end = row
        while end < n - 1 and keep[end]:
            end += 1
        block = sum(heights[row : end + 1])
        top = title_height if breaks and title_rows and row >= title_rows[1] else 0.0
        room = capacity - used
        if block <= room:
            used += block
            row = end + 1
            continue
        if used > top and block <= capacity - title_height:  # a fresh page holds the run: start one
            breaks.append(row)
            used = title_height if title_rows and row >= title_rows[1] else 0.0
            continue
        # The run does not fit even on a fresh page: place it row by row.
        for i in range(row, end + 1):
            if used + heights[i] > capacity and used > top:
                breaks.append(i)
                used = title_height if title_rows and i >= title_rows[1] else 0.0
                top = used
            used += heights[i]
        row = end + 1
    return breaks
