"""Reading what units send (xlsx, csv, docx) into plain tables, refusing bad files early.

No database and no plan here: a :class:`RawTable` is the file's text with, for every cell, its
reference ("Đăng ký!C7") and font name (the legacy encodings are told by the font). The services
map and validate it (issue #10).

Bad files are refused with a :class:`SourceProblem` naming the file, the sheet and the cell:
not a workbook (a renamed file), a damaged or truncated zip, an empty file, formulas, oversized
cells or archives, and XML with entities or a DTD (openpyxl parses through defusedxml when it is
installed, and it is a dependency of ours).
"""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hagiang_desktop.core.header_match import propose_mapping
from hagiang_desktop.core.legacy_encoding import convert_row
from hagiang_desktop.core.vntext import is_formula_text
from hagiang_desktop.exports import containers

#: Limits that keep a hostile or broken file from exhausting an old PC.
MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_CELL_CHARS = 10_000
MAX_ROWS = 200_000


class SourceProblem(Exception):
    """A file that cannot be read; ``code`` names the problem for the UI/CLI messages.

    Codes: ``missing``, ``empty``, ``unsupported``, ``not_xlsx``, ``damaged``, ``unsafe``,
    ``too_big``, ``formula``, ``huge_cell``, ``too_many_rows``, ``no_header``, ``no_rows``,
    ``not_a_form``, ``bad_meta``.
    """

    def __init__(self, code: str, file: Path, sheet: str = "", cell: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {file} {sheet}!{cell} {detail}".strip())
        self.code = code
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.detail = detail


@dataclass(frozen=True, slots=True)
class RawCell:
    """One cell as read: its value (text, number, date or None), reference and font name.

    Slotted: a 100,000-row list holds a million of them (a dict each cost some 200 MB, #11).
    """

    value: Any
    ref: str
    font: str | None = None

    @property
    def text(self) -> str:
        """The value as text ("" for an empty cell; whole numbers without ".0")."""
        if self.value is None:
            return ""
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        return str(self.value)


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row: its number in the sheet and its cells aligned with the headers."""

    number: int
    cells: tuple[RawCell, ...]


@dataclass
class RawTable:
    """A file read as a table.

    Attributes:
        path: the file.
        sheet: the sheet read (the file name for CSV and Word).
        form: ``template`` (our template, recognised by its metadata), ``list`` or ``docx``.
        headers: the header texts (for ``docx``: the keys found).
        rows: the data rows (empty rows dropped).
        metadata: the template's metadata (format, version, unit_code, plan_id…), else empty.
        header_originals: the header texts as the file has them, before a legacy encoding was
            converted (aligned with ``headers``; empty when nothing was converted).
        header_encodings: the encoding each header was converted from (``unicode`` when none).
    """

    path: Path
    sheet: str
    form: str
    headers: list[str]
    rows: list[RawRow]
    metadata: dict[str, str] = field(default_factory=dict)
    header_originals: list[str] = field(default_factory=list)
    header_encodings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadOptions:
    """What the clerk (or ``--sheet``/``--header-row``) says about where a list's table is.

    Attributes:
        sheet: the sheet to read (by name); the first visible sheet when None.
        header_row: the header's row number (1-based); found among the top rows when None.
    """

    sheet: str | None = None
    header_row: int | None = None


def read_source(path: Path, options: ReadOptions | None = None) -> RawTable:
    """Read an xlsx, xls, csv or docx file.

    Args:
        path: the file.
        options: the sheet and header row of a list, when the clerk names them.

    Returns:
        The table.

    Raises:
        SourceProblem: the file cannot be read or is refused.
    """
    if not path.is_file():
        raise SourceProblem("missing", path)
    size = path.stat().st_size
    if size == 0:
        raise SourceProblem("empty", path)
    if size > MAX_FILE_BYTES:
        raise SourceProblem("too_big", path, detail=str(size))
    suffix = path.suffix.lower()
    options = options or ReadOptions()
    if suffix == ".csv":
        return _read_csv(path, options)
    if suffix == ".docx":
        from hagiang_desktop.exports.sources_docx import read_docx

        return read_docx(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, options)
    if suffix == ".xls":
        from hagiang_desktop.exports.sources_xls import read_xls

        return read_xls(path, options)
    raise SourceProblem("unsupported", path, detail=suffix)


def check_zip(path: Path, not_type: str) -> None:
    """Refuse a file that is not a zip, or one over a container limit, before anything inflates.

    Raises:
        SourceProblem: ``damaged``, ``not_type``, or ``over_limit`` naming the part and the limit.
    """
    if not zipfile.is_zipfile(path):
        # A truncated zip loses its central directory at the end; a renamed file never had one.
        with path.open("rb") as handle:
            starts_like_zip = handle.read(4) == b"PK\x03\x04"
        raise SourceProblem("damaged" if starts_like_zip else not_type, path)
    try:
        if not_type == "not_xlsx":
            containers.check_workbook_parts(path)
        else:
            containers.check_document_parts(path)
    except containers.ContainerProblem as problem:
        raise SourceProblem("over_limit", path, problem.member, detail=problem.text) from problem
    except Exception as error:  # noqa: BLE001 - any zip header a reader chokes on is a damaged file
        raise SourceProblem("damaged", path, detail=type(error).__name__) from error


def is_unsafe_xml(error: BaseException | None) -> bool:
    """Tell whether defusedxml refused the XML (openpyxl wraps its error in a ValueError)."""
    while error is not None:
        if type(error).__module__.startswith("defusedxml"):
            return True
        error = error.__cause__ or error.__context__
    return False


def _read_xlsx(path: Path, options: ReadOptions) -> RawTable:
    # openpyxl loads with the first file read, not with the window (#11).
    from openpyxl import load_workbook

    check_zip(path, "not_xlsx")
    # Our own handle: openpyxl leaves its file open when a workbook fails to load.
    with path.open("rb") as handle:
        try:
            wb = load_workbook(handle, read_only=True, data_only=False)
        except Exception as error:  # openpyxl raises many kinds for a broken package
            code = "unsafe" if is_unsafe_xml(error) else "not_xlsx"
            raise SourceProblem(code, path, detail=type(error).__name__) from error
        try:
            return _read_workbook(path, wb, options)
        except SourceProblem:
            raise
        except Exception as error:  # a part that fails only when read (bad XML inside a sheet)
            code = "unsafe" if is_unsafe_xml(error) else "damaged"
            raise SourceProblem(code, path, detail=type(error).__name__) from error
        finally:
            wb.close()


def _read_workbook(path: Path, wb: Any, options: ReadOptions) -> RawTable:
    from hagiang_desktop.exports.template import ENTRY_SHEET, META_SHEET

    metadata: dict[str, str] = {}
    if META_SHEET in wb.sheetnames and options.sheet is None:
        for key, value, *_ in _all_rows(wb[META_SHEET]).iter_rows(values_only=True, max_col=2):
            if key is not None:
                metadata[str(key)] = "" if value is None else str(value)
    if metadata and ENTRY_SHEET in wb.sheetnames:
        sheet = wb[ENTRY_SHEET]
        try:
            header_row = int(metadata.get("header_row", "3"))
        except ValueError as error:
            raise SourceProblem("bad_meta", path, META_SHEET, "B7") from error
        return table_from_rows(path, sheet.title, _sheet_rows(path, sheet), "template", header_row, metadata)
    if options.sheet is not None:
        if options.sheet not in wb.sheetnames:
            raise SourceProblem("no_sheet", path, options.sheet, detail=", ".join(wb.sheetnames))
        sheet = wb[options.sheet]
    else:
        sheet = next((wb[name] for name in wb.sheetnames if wb[name].sheet_state == "visible"), None)
        if sheet is None:
            raise SourceProblem("no_rows", path)
    return table_from_rows(path, sheet.title, _sheet_rows(path, sheet), "list", options.header_row or 0)


def _padded(cells: tuple[RawCell, ...], width: int, number: int) -> tuple[RawCell, ...]:
    """Return a row's cells cut or padded with empty cells to the header's width."""
    from openpyxl.utils import get_column_letter

    return tuple(cells[:width]) + tuple(
        RawCell(None, f"{get_column_letter(i + 1)}{number}") for i in range(len(cells), width)
    )


def table_from_rows(
    path: Path,
    sheet: str,
    rows: list[tuple[int, tuple[RawCell, ...]]],
    form: str,
    header_row: int,
    metadata: dict[str, str] | None = None,
) -> RawTable:
    """Build a table from a sheet's numbered rows: find (or take) the header, convert it, keep the data.

    Args:
        path: the file.
        sheet: the sheet's name.
        rows: the non-empty rows, numbered from 1.
        form: ``template`` or ``list``.
        header_row: the header's row number; 0 to find it among the top rows (a list).
        metadata: the template's metadata.

    Raises:
        SourceProblem: no header or no data row.
    """
    if not header_row:
        header_row = _find_header(rows)
        if not header_row:
            raise SourceProblem("no_header", path, sheet)
    headers_cells = next((cells for number, cells in rows if number == header_row), None)
    if headers_cells is None:
        raise SourceProblem("no_header", path, sheet, f"{header_row}")
    headers, originals, encodings = _converted_header(headers_cells)
    below = next((cells for number, cells in rows if number == header_row + 1), None)
    if (
        form == "list"
        and below is not None
        and (two := _two_row_header(headers, originals, encodings, below))
    ):
        headers, originals, encodings = two
        header_row += 1
    while headers and not headers[-1]:
        headers.pop()
    originals, encodings = originals[: len(headers)], encodings[: len(headers)]
    data: list[RawRow] = []
    # A template row is pre-numbered in its locked first column: a row with nothing else is empty.
    skip = 1 if form == "template" else 0
    for number, cells in rows:
        if number <= header_row:
            continue
        aligned = _padded(cells, len(headers), number)
        if any(cell.value not in (None, "") for cell in aligned[skip:]):
            data.append(RawRow(number, aligned))
    if not data:
        raise SourceProblem("no_rows", path, sheet)
    return RawTable(
        path=path,
        sheet=sheet,
        form=form,
        headers=headers,
        rows=data,
        metadata=metadata or {},
        header_originals=originals,
        header_encodings=encodings,
    )


def _two_row_header(
    headers: list[str], originals: list[str], encodings: list[str], below: tuple[RawCell, ...]
) -> tuple[list[str], list[str], list[str]] | None:
    """Combine a header spread over two rows (a merged "Thông tin" over "Chức vụ" | "Đơn vị").

    The row below is a second header row when it holds only text, names a known column, and has
    text under an empty (merged) cell of the header. Each column then reads as its own sub-header
    when that names a column, else as the parent's text followed by it ("Địa chỉ Thôn").

    Returns:
        The combined headers, originals and encodings, or None (the row below is data).
    """
    if any(cell.value is not None and not isinstance(cell.value, str) for cell in below):
        return None
    subs, sub_originals, sub_encodings = _converted_header(below)
    width = max(len(headers), len(subs))
    subs += [""] * (width - len(subs))
    sub_originals += [""] * (width - len(sub_originals))
    sub_encodings += ["unicode"] * (width - len(sub_encodings))
    heads = headers + [""] * (width - len(headers))
    if not any(sub and not head for sub, head in zip(subs, heads, strict=True)):
        return None
    if not any(propose_mapping([sub for sub in subs if sub])):
        return None
    parent = parent_original = ""
    out: tuple[list[str], list[str], list[str]] = ([], [], [])
    for i in range(width):
        if heads[i]:
            parent, parent_original = heads[i], (originals[i] if i < len(originals) else heads[i])
        if not subs[i]:
            out[0].append(heads[i])
            out[1].append(originals[i] if i < len(originals) else heads[i])
            out[2].append(encodings[i] if i < len(encodings) else "unicode")
            continue
        alone = propose_mapping([subs[i]])[0] is not None
        out[0].append(subs[i] if alone else f"{parent} {subs[i]}".strip())
        out[1].append(sub_originals[i] if alone else f"{parent_original} {sub_originals[i]}".strip())
        out[2].append(sub_encodings[i])
    return out


def _converted_header(cells: tuple[RawCell, ...]) -> tuple[list[str], list[str], list[str]]:
    """Return a header row's texts converted from a legacy encoding, the originals and the encodings.

    The header goes through the same detection as the cells (by font, else by the text), so a
    list typed in ".VnTime" is mapped on its Unicode words (issue #19).
    """
    originals = [cell.text.strip() for cell in cells]
    fonts = [cell.font if isinstance(cell.value, str) else None for cell in cells]
    converted = convert_row(originals, fonts)
    return [text for text, _ in converted], originals, [str(encoding) for _, encoding in converted]


def _all_rows(sheet: Any) -> Any:
    """Make a read-only sheet read every row its XML holds, whatever its ``<dimension>`` says.

    openpyxl's read-only mode stops at the rows the stored dimension claims; a workbook saved by
    a tool that did not update it (or edited by hand) then loses rows silently (issue #18). The
    rows are counted against ``MAX_ROWS`` as they are read, so a lying dimension cannot make the
    reader run on either.
    """
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()
    return sheet


def _sheet_rows(path: Path, sheet: Any) -> list[tuple[int, tuple[RawCell, ...]]]:
    from openpyxl.utils import get_column_letter

    rows: list[tuple[int, tuple[RawCell, ...]]] = []
    budget = containers.Budget()
    # Never more than one column past the limit: a row is not padded to 16,384 cells (#20).
    for number, row in enumerate(_all_rows(sheet).iter_rows(max_col=containers.MAX_COLUMNS + 1), start=1):
        if number > MAX_ROWS:
            raise SourceProblem("too_many_rows", path, sheet.title, detail=str(MAX_ROWS))
        if number % 500 == 0:
            _within_budget(path, budget, sheet.title)
        if len(row) > containers.MAX_COLUMNS and row[containers.MAX_COLUMNS].value is not None:
            _too_many_columns(path, sheet.title, number)
        cells: list[RawCell] = []
        for col, cell in enumerate(row[: containers.MAX_COLUMNS], start=1):
            value = cell.value
            ref = f"{get_column_letter(col)}{number}"
            if getattr(cell, "data_type", None) == "f" or (isinstance(value, str) and is_formula_text(value)):
                raise SourceProblem("formula", path, sheet.title, ref)
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise SourceProblem("huge_cell", path, sheet.title, ref, str(len(value)))
            font = getattr(cell, "font", None)
            cells.append(RawCell(value, ref, getattr(font, "name", None) if value is not None else None))
        if any(c.value is not None for c in cells):
            rows.append((number, tuple(cells)))
    return rows


def _find_header(rows: list[tuple[int, tuple[RawCell, ...]]]) -> int:
    """Return the header row: the first of the top rows whose texts, converted, name two known columns.

    Title rows above the header ("ỦY BAN NHÂN DÂN…", "DANH SÁCH…") name none, or one.
    """
    fallback = 0
    for number, cells in rows[:15]:
        texts = [c for c in cells if isinstance(c.value, str) and c.value.strip()]
        if len(texts) < 2:
            continue
        headers, _, _ = _converted_header(tuple(texts))
        if sum(1 for key in propose_mapping(headers) if key) >= 2:
            return number
        if not fallback:
            fallback = number
    return fallback


#: A well-formed UTF-8 sequence of two to four bytes: in a file that is not UTF-8 as a whole, it
#: says that part of it is (a cp1252 text hardly ever holds one by chance: "Ã©" is itself garble).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _encoding(path: Path) -> str:
    """Decide a text file's encoding as a whole: strict UTF-8 first, then cp1252, then Latin-1.

    A file that is not UTF-8 as a whole but holds UTF-8 sequences is mixed (a UTF-8 list with a
    line pasted from an old Windows program): decoding it all as cp1252 would garble every
    Vietnamese letter, so it is refused with the first line that is not UTF-8 (issue #18).

    The file is decoded in slices and the text thrown away: the rows are then read from the file
    itself, so that its bytes, its text and a copy of the text are never all in memory (#11).

    Raises:
        SourceProblem: ``mixed_encoding`` (cell: the line number; detail: that line, its bad
            bytes shown as "?").
    """
    if _decodes(path, "utf-8-sig"):
        return "utf-8-sig"
    with path.open("rb") as handle:
        for line in handle:
            if _UTF8_MULTIBYTE.search(line):
                break
        else:
            return "cp1252" if _decodes(path, "cp1252") else "latin-1"
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                shown = line.decode("utf-8", errors="replace").replace("\ufffd", "?").strip()
                raise SourceProblem("mixed_encoding", path, path.name, str(number), shown[:200]) from None
    return "latin-1"  # pragma: no cover - a file not UTF-8 as a whole has a line that is not


def _read_csv(path: Path, options: ReadOptions) -> RawTable:

    with path.open("rb") as handle:
        if b"\x00" in handle.read(4096):
            raise SourceProblem("unsupported", path, detail="binary")
    sheet = path.name
    # Lines end at "\n" only and nothing is translated, as in the io.StringIO this replaced: a stray
    # "\r" stays inside its line, where the csv module refuses it.
    with path.open(encoding=_encoding(path), newline="\n") as handle:
        try:
            dialect: Any = csv.Sniffer().sniff(handle.read(4096), delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        handle.seek(0)
        try:
            rows = _csv_rows(path, handle, dialect, sheet)
        except csv.Error as error:  # a stray CR or a broken quote: Hypothesis found b"\r\x01" (#8)
            raise SourceProblem("damaged", path, sheet, detail=str(error)) from error
    return table_from_rows(path, sheet, rows, "list", options.header_row or 0)


def _csv_rows(
    path: Path, lines: Iterable[str], dialect: Any, sheet: str
) -> list[tuple[int, tuple[RawCell, ...]]]:
    """Split CSV lines into numbered rows of cells, refusing formulas, huge cells and too many rows."""
    from openpyxl.utils import get_column_letter

    rows: list[tuple[int, tuple[RawCell, ...]]] = []
    budget = containers.Budget()
    for number, values in enumerate(csv.reader(lines, dialect), start=1):
        if number > MAX_ROWS:
            raise SourceProblem("too_many_rows", path, sheet, detail=str(MAX_ROWS))
        if number % 500 == 0:
            _within_budget(path, budget, sheet)
        if len(values) > containers.MAX_COLUMNS:  # 18,279 columns broke the cell names (#20)
            _too_many_columns(path, sheet, number)
        cells = []
        for col, value in enumerate(values, start=1):
            ref = f"{get_column_letter(col)}{number}"
            if len(value) > MAX_CELL_CHARS:
                raise SourceProblem("huge_cell", path, sheet, ref, str(len(value)))
            if is_formula_text(value):  # " =…" and "\t=…" too: trimmed later, stored as formulas (#20)
                raise SourceProblem("formula", path, sheet, ref)
            cells.append(RawCell(value or None, ref))
        if any(c.value for c in cells):
            rows.append((number, tuple(cells)))
    return rows


def _too_many_columns(path: Path, sheet: str, number: int) -> None:
    from openpyxl.utils import get_column_letter

    ref = f"{get_column_letter(containers.MAX_COLUMNS + 1)}{number}"
    detail = f"> {containers.MAX_COLUMNS} columns (columns)"
    raise SourceProblem("over_limit", path, sheet, ref, detail)


def _within_budget(path: Path, budget: containers.Budget, sheet: str) -> None:
    try:
        budget.check(sheet)
    except containers.ContainerProblem as problem:
        raise SourceProblem("over_limit", path, sheet, detail=problem.text) from problem
