"""The unit directory: load and validate a directory of units from CSV data.

A directory is data, not code (domain.md, "The unit directory"): every unit has a stable code, a
kind, an optional parent, validity dates and the emulation blocs or clusters it belongs to. Nothing
here assumes a fixed depth or fixed names of levels; the only structural rules are that parents
exist and that the parent links form no cycle.

The file format (``resources/units/*.csv``, UTF-8 with a header row) has the columns
``code,name,kind,parent_code,valid_from,valid_to,groups,short_name``. Only ``code``, ``name``,
``kind`` and ``parent_code`` are required; unknown columns are ignored so that later versions
may add some. ``groups`` holds group codes separated by ``;``; the groups themselves are listed
in a second CSV file with the columns ``code,name,kind``.

All text is stripped and normalised to Unicode NFC. Errors are raised as :class:`DirectoryError`,
which names the source, the 1-based line and the column, and carries a stable
:class:`DirectoryErrorCode` that the UI maps to a translated message.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.resources import resources_dir
from hagiang_desktop.core.vntext import clean_text, is_formula_text

#: Columns of a unit directory file, in the order they are written.
UNIT_COLUMNS: tuple[str, ...] = (
    "code",
    "name",
    "kind",
    "parent_code",
    "valid_from",
    "valid_to",
    "groups",
    "short_name",
)
#: Columns that a unit directory file must have.
REQUIRED_UNIT_COLUMNS: tuple[str, ...] = ("code", "name", "kind", "parent_code")
#: Columns of a group file; all are required.
GROUP_COLUMNS: tuple[str, ...] = ("code", "name", "kind")
#: Known kinds of group: an emulation bloc (khối thi đua) or cluster (cụm thi đua).
GROUP_KINDS: frozenset[str] = frozenset({"bloc", "cluster"})
#: Separator of group codes in the ``groups`` column.
GROUP_SEPARATOR = ";"

DEFAULT_DIRECTORY_FILE = "hagiang-2018.csv"

# Strict ISO calendar dates only: date.fromisoformat also takes "20180101" and week dates.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class DirectoryErrorCode(StrEnum):
    """Stable codes of the ways a directory file can be wrong (the UI translates them)."""

    ENCODING = "encoding"
    BAD_CSV = "bad_csv"
    MISSING_HEADER = "missing_header"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    EXTRA_FIELDS = "extra_fields"
    EMPTY_CODE = "empty_code"
    BAD_CODE = "bad_code"
    DUPLICATE_CODE = "duplicate_code"
    EMPTY_NAME = "empty_name"
    UNKNOWN_KIND = "unknown_kind"
    UNKNOWN_PARENT = "unknown_parent"
    CYCLE = "cycle"
    BAD_DATE = "bad_date"
    DATE_ORDER = "date_order"
    UNKNOWN_GROUP = "unknown_group"
    DUPLICATE_GROUP = "duplicate_group"
    UNKNOWN_GROUP_KIND = "unknown_group_kind"
    FORMULA = "formula"


class DirectoryError(Exception):
    """A unit directory or group file that cannot be used, and where it goes wrong.

    Attributes:
        message: What is wrong, in English (the UI shows a translation chosen by ``code``).
        path: The file, or the name of the source the rows came from.
        line: The 1-based line of the source where the offending record starts (the header is
            line 1), or None when the error concerns no line.
        column: The name of the offending column, or None when it concerns the whole row.
        code: The stable kind of error.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str,
        line: int | None,
        column: str | None,
        code: DirectoryErrorCode,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.code = code

    def __str__(self) -> str:
        where = [self.path]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.message}"

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments defeat the default pickling of exceptions.
        return (_rebuild_error, (self.message, self.path, self.line, self.column, self.code))


def _rebuild_error(
    message: str, path: str, line: int | None, column: str | None, code: DirectoryErrorCode
) -> DirectoryError:
    return DirectoryError(message, path=path, line=line, column=column, code=code)


@dataclass(frozen=True)
class UnitRecord:
    """One unit of the directory, as validated from a row of data.

    Attributes:
        code: Stable, unique code (for administrative units the GSO code, e.g. "00715").
        name: Full official name, NFC ("Xã Lũng Cú", "Phòng Nội vụ huyện Đồng Văn").
        kind: What kind of unit it is.
        parent_code: Code of the parent unit, or None for a root.
        valid_from: First day the unit exists, if known.
        valid_to: Last day the unit exists, if it has ceased to.
        groups: Codes of the emulation blocs or clusters the unit belongs to.
        short_name: Name to show where the context is clear ("Lũng Cú"), if any.
    """

    code: str
    name: str
    kind: UnitKind
    parent_code: str | None
    valid_from: date | None
    valid_to: date | None
    groups: tuple[str, ...]
    short_name: str | None

    def is_valid_on(self, day: date) -> bool:
        """Tell whether the unit exists on ``day`` (both validity bounds are inclusive).

        Args:
            day: The day to check.

        Returns:
            True when ``day`` lies within the unit's validity dates.
        """
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True)
class GroupRecord:
    """An emulation bloc (khối thi đua) or cluster (cụm thi đua).

    Attributes:
        code: Stable, unique code of the group.
        name: Full name, NFC.
        kind: "bloc" or "cluster" (see GROUP_KINDS).
    """

    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class Directory:
    """A validated unit directory with its groups.

    Build it with :func:`load_directory` or :func:`parse_directory_rows`, which check it; the
    constructor itself checks nothing.

    Attributes:
        units: The units, in source order.
        groups: The groups, in source order; empty when no group list was given.
        source: Where the units came from (a path or a name), for messages.
    """

    units: tuple[UnitRecord, ...]
    groups: tuple[GroupRecord, ...] = ()
    source: str = field(default="", compare=False)
    _by_code: dict[str, UnitRecord] = field(init=False, repr=False, compare=False)
    _children: dict[str | None, tuple[UnitRecord, ...]] = field(init=False, repr=False, compare=False)
    _groups_by_code: dict[str, GroupRecord] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        children: dict[str | None, list[UnitRecord]] = {}
        for unit in self.units:
            children.setdefault(unit.parent_code, []).append(unit)
        # Frozen dataclass: the indexes are derived once, here.
        object.__setattr__(self, "_by_code", {unit.code: unit for unit in self.units})
        object.__setattr__(self, "_children", {key: tuple(value) for key, value in children.items()})
        object.__setattr__(self, "_groups_by_code", {group.code: group for group in self.groups})

    def get(self, code: str) -> UnitRecord | None:
        """Find a unit by code.

        Args:
            code: The unit's code.

        Returns:
            The unit, or None when no unit has that code.
        """
        return self._by_code.get(code)

    def __getitem__(self, code: str) -> UnitRecord:
        return self._by_code[code]

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self.units)

    def __iter__(self) -> Iterator[UnitRecord]:
        return iter(self.units)

    def roots(self) -> tuple[UnitRecord, ...]:
        """Return the units without a parent, in source order."""
        return self._children.get(None, ())

    def children(self, code: str) -> tuple[UnitRecord, ...]:
        """Return the direct children of a unit, in source order.

        Args:
            code: The parent's code.

        Returns:
            The children; empty for a leaf or an unknown code.
        """
        return self._children.get(code, ())

    def descendants(self, code: str) -> tuple[UnitRecord, ...]:
        """Return every unit below a unit, at any depth, parents before their children.

        Args:
            code: The code of the unit at the top.

        Returns:
            The descendants in depth-first source order, not including the unit itself.
        """
        found: list[UnitRecord] = []
        stack = list(reversed(self.children(code)))
        while stack:
            unit = stack.pop()
            found.append(unit)
            stack.extend(reversed(self.children(unit.code)))
        return tuple(found)

    def ancestors(self, code: str) -> tuple[UnitRecord, ...]:
        """Return the chain of parents of a unit, nearest first.

        Args:
            code: The unit's code.

        Returns:
            The parent, its parent and so on up to a root; empty for a root or an unknown code.
        """
        chain: list[UnitRecord] = []
        unit = self._by_code.get(code)
        seen: set[str] = set()
        while unit is not None and unit.parent_code is not None and unit.code not in seen:
            seen.add(unit.code)
            unit = self._by_code.get(unit.parent_code)
            if unit is not None:
                chain.append(unit)
        return tuple(chain)

    def group(self, code: str) -> GroupRecord | None:
        """Find a group by code.

        Args:
            code: The group's code.

        Returns:
            The group, or None when there is no such group.
        """
        return self._groups_by_code.get(code)

    def members(self, group_code: str) -> tuple[UnitRecord, ...]:
        """Return the units that belong to a group, in source order.

        Args:
            group_code: The group's code.

        Returns:
            The member units; empty when none belongs to it.
        """
        return tuple(unit for unit in self.units if group_code in unit.groups)


def default_directory_paths() -> tuple[Path, Path | None]:
    """Return the paths of the bundled default directory (Hà Giang 2018) and its group file.

    No emulation blocs or clusters are shipped (their real 2018 composition could not be
    checked against a public source, ``resources/units/README.md``): the province imports its
    own with ``units groups-import``, so the group file is None.

    Returns:
        The unit file under the program's ``resources/units`` folder (in a frozen PyInstaller
        build under ``sys._MEIPASS``), and None for the group file.
    """
    return resources_dir() / "units" / DEFAULT_DIRECTORY_FILE, None


def load_directory(path: Path, groups_path: Path | None = None) -> Directory:
    """Load and validate a unit directory file, and optionally its group file.

    Args:
        path: The unit CSV file (UTF-8, with or without a byte order mark, header row first).
        groups_path: The group CSV file. When given, every group code a unit names must be listed
            in it; when None, group codes are kept as written and not checked against a list.

    Returns:
        The validated directory.

    Raises:
        DirectoryError: The file is not valid; the error names the line and column.
        OSError: A file cannot be read.
    """
    groups: tuple[GroupRecord, ...] | None = None
    if groups_path is not None:
        groups = _parse_groups(_read_csv(groups_path, GROUP_COLUMNS, GROUP_COLUMNS), str(groups_path))
    return _parse_units(_read_csv(path, UNIT_COLUMNS, REQUIRED_UNIT_COLUMNS), str(path), groups)


def parse_directory_rows(
    rows: Iterable[Mapping[str, str]],
    source: str,
    *,
    groups: Iterable[GroupRecord] | None = None,
    first_line: int = 2,
) -> Directory:
    """Validate unit rows that come from anywhere (a CSV reader, a spreadsheet, a bundle).

    Args:
        rows: One mapping per unit, keyed by the column names of UNIT_COLUMNS; values may be
            missing or None for the optional columns.
        source: The name of the source, used in errors.
        groups: The known groups. When given, every group code a unit names must be among them;
            when None, group codes are not checked against a list.
        first_line: The line (or spreadsheet row) number of the first row, the header being on
            the line before it; each further row counts one line.

    Returns:
        The validated directory.

    Raises:
        DirectoryError: A row is not valid; the error names its line and column.
    """
    known = None if groups is None else tuple(groups)
    return _parse_units(enumerate(rows, start=first_line), source, known)


def parse_group_rows(
    rows: Iterable[Mapping[str, str]], source: str, *, first_line: int = 2
) -> tuple[GroupRecord, ...]:
    """Validate group rows (code, name, kind) that come from anywhere.

    Args:
        rows: One mapping per group, keyed by the column names of GROUP_COLUMNS.
        source: The name of the source, used in errors.
        first_line: The line (or spreadsheet row) number of the first row.

    Returns:
        The groups, in source order.

    Raises:
        DirectoryError: A row is not valid; the error names its line and column.
    """
    return _parse_groups(enumerate(rows, start=first_line), source)


# --- reading ---------------------------------------------------------------------------------


def _read_csv(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> list[tuple[int, dict[str, str]]]:
    """Read a CSV file into rows keyed by column, each with the line on which its record starts."""
    source = str(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DirectoryError(
            "the file is not UTF-8 text (a legacy TCVN3 or VNI file must be converted first)",
            path=source,
            line=data.count(b"\n", 0, exc.start) + 1,
            column=None,
            code=DirectoryErrorCode.ENCODING,
        ) from exc

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                break
            records.append((start, record))
    except csv.Error as exc:
        raise DirectoryError(
            f"malformed CSV: {exc}",
            path=source,
            line=reader.line_num,
            column=None,
            code=DirectoryErrorCode.BAD_CSV,
        ) from exc

    records = [(line, record) for line, record in records if any(cell.strip() for cell in record)]
    if not records:
        raise DirectoryError(
            "the file is empty: a header row is expected",
            path=source,
            line=1,
            column=None,
            code=DirectoryErrorCode.MISSING_HEADER,
        )
    header_line, header_cells = records[0]
    header = [_nfc(cell) for cell in header_cells]
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise DirectoryError(
                f"column {name!r} appears twice in the header",
                path=source,
                line=header_line,
                column=name,
                code=DirectoryErrorCode.DUPLICATE_COLUMN,
            )
        seen.add(name)
    for name in required:
        if name not in seen:
            raise DirectoryError(
                f"the header lacks the column {name!r} (expected: {', '.join(columns)})",
                path=source,
                line=header_line,
                column=name,
                code=DirectoryErrorCode.MISSING_COLUMN,
            )

    rows: list[tuple[int, dict[str, str]]] = []
    for line, record in records[1:]:
        if len(record) > len(header) and any(cell.strip() for cell in record[len(header) :]):
            raise DirectoryError(
                f"the row has {len(record)} fields but the header only {len(header)}",
                path=source,
                line=line,
                column=None,
                code=DirectoryErrorCode.EXTRA_FIELDS,
            )
        # A short row (as spreadsheets write them) has empty trailing fields.
        cells = record + [""] * (len(header) - len(record))
        row = {name: value for name, value in zip(header, cells, strict=False) if name}
        rows.append((line, row))
    return rows


def _nfc(value: str | None) -> str:
    # clean_text, not just NFC: a NUL or ESC pasted into a name would reach the database and
    # make the Excel export fail (openpyxl refuses control characters) (#8, hostile input).
    return clean_text(value or "")


# --- validation ------------------------------------------------------------------------------


def _parse_groups(rows: Iterable[tuple[int, Mapping[str, str]]], source: str) -> tuple[GroupRecord, ...]:
    groups: list[GroupRecord] = []
    lines: dict[str, int] = {}
    for line, row in rows:
        if not any(_nfc(value) for value in row.values()):
            continue  # a blank row, as spreadsheets leave them
        for column in GROUP_COLUMNS:
            if column not in row:
                raise _error(
                    f"the row has no column {column!r}",
                    source,
                    line,
                    column,
                    DirectoryErrorCode.MISSING_COLUMN,
                )
        code = _parse_code(row, source, line, lines)
        name = _nfc(row.get("name"))
        if not name:
            raise _error("the name is empty", source, line, "name", DirectoryErrorCode.EMPTY_NAME)
        kind = _nfc(row.get("kind")).lower()
        if kind not in GROUP_KINDS:
            raise _error(
                f"unknown group kind {kind!r} (known: {', '.join(sorted(GROUP_KINDS))})",
                source,
                line,
                "kind",
                DirectoryErrorCode.UNKNOWN_GROUP_KIND,
            )
        lines[code] = line
        groups.append(GroupRecord(code=code, name=name, kind=kind))
    return tuple(groups)


def _parse_units(
    rows: Iterable[tuple[int, Mapping[str, str]]],
    source: str,
    groups: tuple[GroupRecord, ...] | None,
) -> Directory:
    known_groups = None if groups is None else {group.code for group in groups}
    units: list[UnitRecord] = []
    lines: dict[str, int] = {}
    for line, row in rows:
        if not any(_nfc(value) for value in row.values()):
            continue  # a blank row, as spreadsheets leave them
        for column in REQUIRED_UNIT_COLUMNS:
            if column not in row:
                raise _error(
                    f"the row has no column {column!r}",
                    source,
                    line,
                    column,
                    DirectoryErrorCode.MISSING_COLUMN,
                )
        code = _parse_code(row, source, line, lines)
        name = _nfc(row.get("name"))
        if not name:
            raise _error("the name is empty", source, line, "name", DirectoryErrorCode.EMPTY_NAME)
        if is_formula_text(name):  # "=HYPERLINK(…)" would be a link in every list that names the unit
            raise _error(
                "the name is a spreadsheet formula", source, line, "name", DirectoryErrorCode.FORMULA
            )
        kind_text = _nfc(row.get("kind")).lower()
        try:
            kind = UnitKind(kind_text)
        except ValueError:
            known = ", ".join(member.value for member in UnitKind)
            raise _error(
                f"unknown kind {kind_text!r} (known: {known})",
                source,
                line,
                "kind",
                DirectoryErrorCode.UNKNOWN_KIND,
            ) from None
        valid_from = _parse_date(row, "valid_from", source, line)
        valid_to = _parse_date(row, "valid_to", source, line)
        if valid_from is not None and valid_to is not None and valid_from > valid_to:
            raise _error(
                f"valid_to {valid_to.isoformat()} is before valid_from {valid_from.isoformat()}",
                source,
                line,
                "valid_to",
                DirectoryErrorCode.DATE_ORDER,
            )
        lines[code] = line
        units.append(
            UnitRecord(
                code=code,
                name=name,
                kind=kind,
                parent_code=_nfc(row.get("parent_code")) or None,
                valid_from=valid_from,
                valid_to=valid_to,
                groups=_parse_groups_cell(row, source, line, known_groups),
                short_name=_nfc(row.get("short_name")) or None,
            )
        )

    _check_parents(units, lines, source)
    return Directory(units=tuple(units), groups=groups or (), source=source)


def _parse_code(row: Mapping[str, str], source: str, line: int, lines: Mapping[str, int]) -> str:
    code = _nfc(row.get("code"))
    if not code:
        raise _error("the code is empty", source, line, "code", DirectoryErrorCode.EMPTY_CODE)
    if any(char.isspace() or unicodedata.category(char).startswith("C") for char in code):
        raise _error(
            f"the code {code!r} contains spaces or control characters",
            source,
            line,
            "code",
            DirectoryErrorCode.BAD_CODE,
        )
    if code in lines:
        raise _error(
            f"the code {code!r} is already used on line {lines[code]}",
            source,
            line,
            "code",
            DirectoryErrorCode.DUPLICATE_CODE,
        )
    return code


def _parse_date(row: Mapping[str, str], column: str, source: str, line: int) -> date | None:
    text = _nfc(row.get(column))
    if not text:
        return None
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise _error(
            f"{text!r} is not a date in the form YYYY-MM-DD",
            source,
            line,
            column,
            DirectoryErrorCode.BAD_DATE,
        ) from None


def _parse_groups_cell(
    row: Mapping[str, str], source: str, line: int, known: set[str] | None
) -> tuple[str, ...]:
    codes: list[str] = []
    for part in _nfc(row.get("groups")).split(GROUP_SEPARATOR):
        code = part.strip()
        if not code:
            continue
        if code in codes:
            raise _error(
                f"the group {code!r} is named twice",
                source,
                line,
                "groups",
                DirectoryErrorCode.DUPLICATE_GROUP,
            )
        if known is not None and code not in known:
            raise _error(f"unknown group {code!r}", source, line, "groups", DirectoryErrorCode.UNKNOWN_GROUP)
        codes.append(code)
    return tuple(codes)


def _check_parents(units: list[UnitRecord], lines: Mapping[str, int], source: str) -> None:
    parent_of = {unit.code: unit.parent_code for unit in units}
    for unit in units:
        if unit.parent_code is not None and unit.parent_code not in parent_of:
            raise _error(
                f"the parent {unit.parent_code!r} is not in the directory",
                source,
                lines[unit.code],
                "parent_code",
                DirectoryErrorCode.UNKNOWN_PARENT,
            )

    # Walk up from each unit; a unit met twice on one walk closes a cycle. Units already known to
    # reach a root are not walked again, so the whole check is linear.
    reaches_root: set[str] = set()
    for unit in units:
        path: list[str] = []
        on_path: set[str] = set()
        code: str | None = unit.code
        while code is not None and code not in reaches_root:
            if code in on_path:
                cycle = path[path.index(code) :]
                first = min(cycle, key=lambda member: lines[member])
                shown = " → ".join([*cycle, code])
                raise _error(
                    f"the parent links form a cycle: {shown}",
                    source,
                    lines[first],
                    "parent_code",
                    DirectoryErrorCode.CYCLE,
                )
            path.append(code)
            on_path.add(code)
            code = parent_of[code]
        reaches_root.update(path)


def _error(message: str, source: str, line: int, column: str, code: DirectoryErrorCode) -> DirectoryError:
    return DirectoryError(message, path=source, line=line, column=column, code=code)
