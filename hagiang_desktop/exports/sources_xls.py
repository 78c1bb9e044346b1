"""Reading Excel 97-2003 workbooks (.xls) into the same tables as .xlsx (issue #19).

xlrd reads the binary format with its formatting, so every cell keeps its font name and the
legacy encodings (".VnTime", "VNI-Times") are told by the font exactly as in an .xlsx. The file
passes the same checks as an .xlsx before and while it is read: its size (``read_source``), its
signature (an OLE2 compound file; a renamed file is refused), its cell count, the length of each
cell, formulas (xlrd keeps only their last value, so the records are looked for in the stream)
and text that starts with "=" (refused as in an .xlsx, so that it is not written into a list a
spreadsheet will open later).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hagiang_desktop.core.vntext import is_formula_text
from hagiang_desktop.exports.containers import MAX_COLUMNS
from hagiang_desktop.exports.sources import (
    MAX_CELL_CHARS,
    MAX_ROWS,
    RawCell,
    RawTable,
    ReadOptions,
    SourceProblem,
    table_from_rows,
)

__all__ = ["MAX_CELLS", "read_xls"]

#: At most this many cells (rows × columns) in the sheet read: an .xls holds 65,536 × 256.
MAX_CELLS = 2_000_000
_OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_xls(path: Path, options: ReadOptions) -> RawTable:
    """Read the first visible sheet (or the one named) of an .xls workbook.

    Args:
        path: the file (its size already checked).
        options: the sheet and header row, when the clerk names them.

    Returns:
        The table (form ``list``: our template is only ever written as .xlsx).

    Raises:
        SourceProblem: ``not_xls`` (a renamed file), ``damaged``, ``no_sheet``, ``too_big``,
            ``huge_cell``, ``formula``, ``too_many_rows``, ``no_header``, ``no_rows``.
    """
    import xlrd  # loaded with the first .xls read, not with the window

    with path.open("rb") as handle:
        # A truncated file keeps its signature's start: damaged, not renamed.
        if not _OLE2_SIGNATURE.startswith(handle.read(8)[:4]):
            raise SourceProblem("not_xls", path)
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct.error, IndexError…
        raise SourceProblem("damaged", path, detail=type(error).__name__) from error
    try:
        _refuse_formulas(path, book)
        sheet = _pick_sheet(path, book, options)
        if sheet.ncols > MAX_COLUMNS:  # the same limits as a workbook's (#20)
            detail = f"{sheet.ncols} > {MAX_COLUMNS} columns (columns)"
            raise SourceProblem("over_limit", path, sheet.name, detail=detail)
        if sheet.nrows * max(sheet.ncols, 1) > MAX_CELLS:
            raise SourceProblem("too_big", path, sheet.name, detail=f"{sheet.nrows}×{sheet.ncols}")
        if sheet.nrows > MAX_ROWS:
            raise SourceProblem("too_many_rows", path, sheet.name, detail=str(MAX_ROWS))
        rows = _rows(path, book, sheet)
    except SourceProblem:
        raise
    except Exception as error:  # a record that fails only when its sheet is parsed
        raise SourceProblem("damaged", path, detail=type(error).__name__) from error
    finally:
        book.release_resources()
    return table_from_rows(path, sheet.name, rows, "list", options.header_row or 0)


_FORMULA_RECORDS = (0x0006, 0x0406)  # BIFF8 FORMULA, and the BIFF3/4 one
_BOF, _GLOBALS = 0x0809, 0x0005  # beginning of a substream; its type for the workbook globals


def _refuse_formulas(path: Path, book: Any) -> None:
    """Refuse a workbook holding formulas, as an .xlsx is refused (``formula``, with the cell).

    xlrd keeps only a formula's last value; the records are walked in the workbook stream
    (type and length, 4 bytes, then the data: a FORMULA record starts with its row and column).
    """
    import struct

    from openpyxl.utils import get_column_letter

    mem = getattr(book, "mem", b"") or b""
    # The stream is mem[base : base + stream_len] (the file itself when stored in one piece).
    pos = getattr(book, "base", 0)
    end = min(len(mem), pos + getattr(book, "stream_len", len(mem)))
    names, sheet = book.sheet_names(), -1
    while pos + 4 <= end:
        kind, length = struct.unpack_from("<HH", mem, pos)
        if kind == _BOF and length >= 4 and struct.unpack_from("<HH", mem, pos + 4)[1] != _GLOBALS:
            sheet += 1  # each sheet's records follow its own BOF, in the order of the names
        if kind in _FORMULA_RECORDS and length >= 4:
            row, col = struct.unpack_from("<HH", mem, pos + 4)
            name = names[sheet] if 0 <= sheet < len(names) else ""
            raise SourceProblem("formula", path, name, f"{get_column_letter(col + 1)}{row + 1}")
        pos += 4 + length


def _pick_sheet(path: Path, book: Any, options: ReadOptions) -> Any:
    names = book.sheet_names()
    if options.sheet is not None:
        if options.sheet not in names:
            raise SourceProblem("no_sheet", path, options.sheet, detail=", ".join(names))
        return book.sheet_by_name(options.sheet)
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        if sheet.visibility == 0:
            return sheet
        book.unload_sheet(index)
    raise SourceProblem("no_rows", path)


def _rows(path: Path, book: Any, sheet: Any) -> list[tuple[int, tuple[RawCell, ...]]]:
    import xlrd
    from openpyxl.utils import get_column_letter

    fonts = [font.name for font in book.font_list]
    xf_fonts = [xf.font_index for xf in book.xf_list]
    rows: list[tuple[int, tuple[RawCell, ...]]] = []
    for r in range(sheet.nrows):
        number = r + 1
        cells: list[RawCell] = []
        for c, cell in enumerate(sheet.row(r)):
            ref = f"{get_column_letter(c + 1)}{number}"
            value: Any = cell.value
            if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) or cell.ctype == xlrd.XL_CELL_ERROR:
                value = None
            elif cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    value = xlrd.xldate_as_datetime(cell.value, book.datemode)
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    value = cell.value
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                value = bool(cell.value)
            elif cell.ctype == xlrd.XL_CELL_TEXT and value == "":
                value = None
            if isinstance(value, str):
                if len(value) > MAX_CELL_CHARS:
                    raise SourceProblem("huge_cell", path, sheet.name, ref, str(len(value)))
                if is_formula_text(value):
                    raise SourceProblem("formula", path, sheet.name, ref)
            font = None
            if value is not None and 0 <= cell.xf_index < len(xf_fonts):
                index = xf_fonts[cell.xf_index]
                font = fonts[index] if 0 <= index < len(fonts) else None
            cells.append(RawCell(value, ref, font))
        if any(c.value is not None for c in cells):
            rows.append((number, tuple(cells)))
    return rows
