"""Unit directory files: write a directory (or a subtree) to xlsx or CSV, and read one back.

The columns are those of the bundled directory (``resources/units/*.csv``) plus the contact
details, so that a file exported here can be imported into another office's program, and the
bundled CSV itself can be imported. No Qt, no database: the writers take plain rows.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hagiang_desktop.core.atomic import atomic_open, atomic_path
from hagiang_desktop.core.directory import (
    GROUP_SEPARATOR,
    REQUIRED_UNIT_COLUMNS,
    UNIT_COLUMNS,
    DirectoryError,
    DirectoryErrorCode,
)
from hagiang_desktop.core.vntext import looks_like_formula
from hagiang_desktop.exports import containers

#: Contact columns, after the directory's own.
CONTACT_COLUMNS: tuple[str, ...] = ("contact_person", "contact_phone", "contact_email")
#: The directory's history (issue #24), after the contacts; all optional on import:
#: ``version_until`` marks a row as an earlier state of its unit (name, short name, kind and
#: parent until the day before that date; the code then repeats); ``changed_from`` makes a
#: changed name, short name, kind or parent a dated change from that day (the old state kept)
#: rather than a correction; ``successor_codes`` (``;``-separated), ``link_kind`` (merge,
#: split, rename) and ``legal_basis`` link a closed unit to its successors from the day after
#: its ``valid_to`` (a merge moves its nominations to the successor).
HISTORY_COLUMNS: tuple[str, ...] = (
    "version_until",
    "changed_from",
    "successor_codes",
    "link_kind",
    "legal_basis",
)
#: Every column of an exported directory file, in order.
FILE_COLUMNS: tuple[str, ...] = UNIT_COLUMNS + CONTACT_COLUMNS + HISTORY_COLUMNS
#: File formats, by extension.
FORMATS = (".xlsx", ".csv")


@dataclass(frozen=True)
class DirectoryFileRow:
    """One unit as written to a directory file.

    Attributes:
        code: stable code.
        name: full name.
        kind: kind code (``district``, ``commune``…).
        parent_code: the parent's code, or None for a root.
        valid_from: first day, if known.
        valid_to: last day, if closed.
        groups: codes of its emulation groups.
        short_name: short name, if any.
        contact_person: person in charge of emulation work.
        contact_phone: their phone.
        contact_email: their e-mail.
        version_until: set on a row of an earlier state (see :data:`HISTORY_COLUMNS`).
        changed_from: the day a change on this row takes effect (import only).
        successor_codes: the units that succeeded this one.
        link_kind: merge, split or rename.
        legal_basis: the decision behind the change or the link.
    """

    code: str
    name: str
    kind: str
    parent_code: str | None
    valid_from: date | None
    valid_to: date | None
    groups: tuple[str, ...]
    short_name: str | None
    contact_person: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    version_until: date | None = None
    changed_from: date | None = None
    successor_codes: tuple[str, ...] = ()
    link_kind: str | None = None
    legal_basis: str | None = None

    def cells(self) -> list[str]:
        """Return the row's cells as text, in :data:`FILE_COLUMNS` order."""
        values: list[object] = [
            self.code,
            self.name,
            self.kind,
            self.parent_code,
            self.valid_from,
            self.valid_to,
            GROUP_SEPARATOR.join(self.groups),
            self.short_name,
            self.contact_person,
            self.contact_phone,
            self.contact_email,
            self.version_until,
            self.changed_from,
            GROUP_SEPARATOR.join(self.successor_codes),
            self.link_kind,
            self.legal_basis,
        ]
        return ["" if v is None else v.isoformat() if isinstance(v, date) else str(v) for v in values]


def file_format(path: Path) -> str:
    """Return ``.xlsx`` or ``.csv`` for a path, or raise ValueError for another extension."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(suffix)
    return suffix


def write_directory(path: Path, rows: Sequence[DirectoryFileRow]) -> None:
    """Write the rows to ``path`` (xlsx or CSV by extension), atomically.

    Args:
        path: the target file (``.xlsx`` or ``.csv``).
        rows: the units, parents before children.

    Raises:
        ValueError: the extension is neither ``.xlsx`` nor ``.csv``.
    """
    if file_format(path) == ".csv":
        _write_csv(path, rows)
    else:
        _write_xlsx(path, rows)


def _write_csv(path: Path, rows: Iterable[DirectoryFileRow]) -> None:
    # UTF-8 with a byte order mark: Excel on Windows then opens the Vietnamese text correctly.
    with atomic_open(path, "w", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(FILE_COLUMNS)
        for row in rows:
            writer.writerow([_csv_text(value) for value in row.cells()])


def _csv_text(value: str) -> str:
    # A CSV has no cell types: a value a spreadsheet would run as a formula gets the apostrophe
    # Excel itself uses for "this is text" (OWASP's advice for CSV injection, #20).
    return f"'{value}" if looks_like_formula(value.lstrip()) else value


def _write_xlsx(path: Path, rows: Iterable[DirectoryFileRow]) -> None:
    # openpyxl loads with the first .xlsx, not with the directory tab (#11).
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    # Write-only: the rows stream out in order. The normal mode keeps every cell and sorts them
    # all in one call when saving, which held the interpreter (and so the window, the export
    # running in a worker) about a second for a province's 20,000 units (#11).
    book = Workbook(write_only=True)
    sheet = book.create_sheet("units")
    widths = {
        "A": 14,
        "B": 44,
        "C": 14,
        "D": 14,
        "E": 12,
        "F": 12,
        "G": 14,
        "H": 28,
        "I": 24,
        "J": 16,
        "K": 28,
    }
    for column, width in widths.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = [WriteOnlyCell(sheet, value=name) for name in FILE_COLUMNS]
    for cell in header:
        cell.font = bold
    sheet.append(header)
    for row in rows:
        sheet.append([_as_text(sheet, value) for value in row.cells()])
    with atomic_path(path) as temp:
        book.save(temp)


def _as_text(sheet: Any, value: object) -> object:
    """Return the value, or a text cell when it would read as a formula (spreadsheet injection)."""
    if not (isinstance(value, str) and looks_like_formula(value)):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # a name starting with "=" stays text, never a formula
    return cell


def read_directory_file(
    path: Path, *, required: Sequence[str] = REQUIRED_UNIT_COLUMNS
) -> list[tuple[int, dict[str, str]]]:
    """Read a directory file (xlsx or CSV) into rows keyed by column, each with its line number.

    Text is NFC-normalised and stripped; dates in xlsx cells become ISO text; blank rows are
    skipped. Validation of the values is the caller's (see ``core.directory``).

    Args:
        path: the file.
        required: the columns the header must have (a unit directory's, by default).

    Returns:
        (line or spreadsheet row number, column → text) pairs.

    Raises:
        DirectoryError: not UTF-8, not a spreadsheet, no header, a required column missing.
        ValueError: the extension is neither ``.xlsx`` nor ``.csv``.
        OSError: the file cannot be read.
    """
    records = _read_csv_records(path) if file_format(path) == ".csv" else _read_xlsx_records(path)
    records = [(line, cells) for line, cells in records if any(cells)]
    if not records:
        raise DirectoryError(
            "the file is empty: a header row is expected",
            path=str(path),
            line=1,
            column=None,
            code=DirectoryErrorCode.MISSING_HEADER,
        )
    header_line, header = records[0]
    for name in required:
        if name not in header:
            raise DirectoryError(
                f"the header lacks the column {name!r}",
                path=str(path),
                line=header_line,
                column=name,
                code=DirectoryErrorCode.MISSING_COLUMN,
            )
    return [
        (line, {name: value for name, value in zip(header, cells, strict=False) if name})
        for line, cells in records[1:]
    ]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _read_csv_records(path: Path) -> list[tuple[int, list[str]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DirectoryError(
            "the file is not UTF-8 text",
            path=str(path),
            line=data.count(b"\n", 0, exc.start) + 1,
            column=None,
            code=DirectoryErrorCode.ENCODING,
        ) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    records = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if len(cells) > containers.MAX_COLUMNS:
                limit = containers.ContainerProblem("columns", "", f"{len(cells)} > {containers.MAX_COLUMNS}")
                raise _over_limit(path, limit, start)
            records.append((start, [_text(c) for c in cells]))
    except csv.Error as exc:
        raise DirectoryError(
            f"malformed CSV: {exc}",
            path=str(path),
            line=reader.line_num,
            column=None,
            code=DirectoryErrorCode.BAD_CSV,
        ) from exc
    return records


def _over_limit(path: Path, problem: containers.ContainerProblem, line: int | None = None) -> DirectoryError:
    return DirectoryError(
        f"over a limit: {problem.text}",
        path=str(path),
        line=line,
        column=None,
        code=DirectoryErrorCode.BAD_CSV,
    )


def _read_xlsx_records(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        containers.check_workbook_parts(path)  # before openpyxl inflates anything (#20)
    except containers.ContainerProblem as problem:
        raise _over_limit(path, problem) from problem
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        pass  # load_workbook below says what is wrong with it, as before
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    # BadZipFile: an empty or renamed file; SyntaxError: broken XML inside (hostile-input tests, #8)
    except (InvalidFileException, OSError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile) as exc:
        if isinstance(exc, FileNotFoundError | PermissionError):
            raise
        raise DirectoryError(
            f"not an xlsx workbook: {exc}",
            path=str(path),
            line=None,
            column=None,
            code=DirectoryErrorCode.BAD_CSV,
        ) from exc
    try:
        sheet = book.worksheets[0]
        records = []
        budget = containers.Budget()
        sheet.reset_dimensions()  # every row the sheet holds, not only those a stale <dimension> claims
        rows = sheet.iter_rows(values_only=True, max_col=containers.MAX_COLUMNS + 1)
        for number, values in enumerate(rows, start=1):
            if number > containers.MAX_ROWS:
                raise _over_limit(path, containers.ContainerProblem("rows", "", f"> {containers.MAX_ROWS}"))
            if len(values) > containers.MAX_COLUMNS and values[containers.MAX_COLUMNS] is not None:
                limit = containers.ContainerProblem("columns", "", f"> {containers.MAX_COLUMNS}")
                raise _over_limit(path, limit, number)
            if number % 500 == 0:
                try:
                    budget.check()
                except containers.ContainerProblem as problem:
                    raise _over_limit(path, problem, number) from problem
            records.append((number, [_text(v) for v in values[: containers.MAX_COLUMNS]]))
        return records
    finally:
        book.close()
