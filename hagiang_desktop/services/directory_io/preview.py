"""A directory file read and checked against the database, every row's error listed, nothing written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from hagiang_desktop.core.directory import (
    GROUP_SEPARATOR,
    DirectoryError,
    DirectoryErrorCode,
    parse_directory_rows,
)
from hagiang_desktop.core.vntext import nfc
from hagiang_desktop.exports.directory_files import CONTACT_COLUMNS, DirectoryFileRow, read_directory_file
from hagiang_desktop.services.directory_io.export import unit_row
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.unit_edits import LINK_KINDS
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitGroup, UnitGroupMember

#: Columns compared between the file and the database (the file's own names).
_COMPARED = ("name", "kind", "parent_code", "valid_from", "valid_to", "short_name", *CONTACT_COLUMNS)


@dataclass(frozen=True)
class ImportIssue:
    """One row's error.

    Attributes:
        line: the line (CSV) or row (xlsx) of the file, the header being line 1.
        column: the offending column, if one.
        code: the kind of error (a :class:`DirectoryErrorCode` value).
        value: the offending value, for the message.
    """

    line: int | None
    column: str | None
    code: str
    value: str


@dataclass(frozen=True)
class ImportChange:
    """A unit the import adds, changes or closes.

    Attributes:
        line: its line in the file.
        row: the unit as the file has it.
        fields: the changed columns (empty for an added unit).
    """

    line: int
    row: DirectoryFileRow
    fields: tuple[str, ...] = ()


@dataclass
class ImportPreview:
    """What an import would do, and why it cannot when it cannot.

    Attributes:
        source: the file.
        columns: the columns the file has (absent optional columns leave the database as is).
        added: new units.
        changed: units whose name, kind, parent, dates, short name or contacts change.
        closed: units the file closes (valid_to set where the database has none).
        unchanged: how many rows change nothing.
        errors: every row's error; the import applies only when there is none.
        history: rows of earlier states (``version_until``) to keep as dated versions.
        links: rows whose unit has successors (``successor_codes``), linked from the day
            after its ``valid_to``.
    """

    source: str
    columns: frozenset[str] = frozenset()
    added: list[ImportChange] = field(default_factory=list)
    changed: list[ImportChange] = field(default_factory=list)
    closed: list[ImportChange] = field(default_factory=list)
    unchanged: int = 0
    errors: list[ImportIssue] = field(default_factory=list)
    history: list[ImportChange] = field(default_factory=list)
    links: list[ImportChange] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the import can be applied."""
        return not self.errors


def _issue(error: DirectoryError, row: dict[str, str] | None = None) -> ImportIssue:
    """Turn a core error into an issue whose value is the offending cell (else the message)."""
    value = row.get(error.column or "", "") if row is not None else error.message
    return ImportIssue(error.line, error.column, str(error.code), value)


def preview_import(ws: Workspace, path: Path, *, progress: Progress | None = None) -> ImportPreview:
    """Read a directory file and compare it with the database, without writing anything.

    Every row is checked on its own with ``core.directory`` (empty code or name, bad code, unknown
    kind, bad date, dates in the wrong order), then across the file and the database: duplicate
    codes, unknown parents, unknown groups, cycles.

    Args:
        ws: the workspace.
        path: the ``.xlsx`` or ``.csv`` file.
        progress: ``(done, total) -> bool``, told of the rows checked; False cancels.

    Returns:
        The preview; ``ok`` tells whether it may be applied.

    Raises:
        ValueError: the extension is neither ``.xlsx`` nor ``.csv``.
        OSError: the file cannot be read.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop.
    """
    preview = ImportPreview(source=str(path))
    try:
        lines = read_directory_file(path)
    except DirectoryError as error:
        preview.errors.append(_issue(error))
        return preview
    columns = frozenset(name for _line, row in lines for name in row)
    preview.columns = columns
    # A read (it never waits for the write lock); the units are copied out as plain rows, since a
    # read transaction's objects are expired when it ends.
    with ws.reading() as session:
        units = list(session.scalars(select(Unit)))
        code_of = {u.id: u.code for u in units}
        existing = {u.code: unit_row(u, parent_code=code_of.get(u.parent_id)) for u in units}
        known_groups = set(session.scalars(select(col(UnitGroup.code))))
        groups_of: dict[str, set[str]] = {}
        for unit_id, group in session.execute(
            select(col(UnitGroupMember.unit_id), col(UnitGroup.code)).join(
                UnitGroup, col(UnitGroup.id) == col(UnitGroupMember.group_id)
            )
        ):
            groups_of.setdefault(code_of[unit_id], set()).add(group)

    parsed: list[tuple[int, DirectoryFileRow]] = []
    history: list[tuple[int, DirectoryFileRow]] = []
    first_line: dict[str, int] = {}
    for done, (line, row) in enumerate(lines, 1):
        report(progress, done, len(lines))
        if not any(row.values()):
            continue
        extra = _history_fields(line, row, preview.errors)
        if extra is None:
            continue
        if extra["version_until"] is not None:  # an earlier state of a unit: its code repeats
            try:
                record = parse_directory_rows([{**row, "parent_code": ""}], str(path), first_line=line).units[
                    0
                ]
            except DirectoryError as error:
                preview.errors.append(_issue(error, row))
                continue
            history.append((line, _file_row(record, row, extra)))
            continue
        try:
            # One row at a time, its parent left out: parents are checked below against the file
            # and the database together, and so every row gets its own error.
            record = parse_directory_rows([{**row, "parent_code": ""}], str(path), first_line=line).units[0]
        except DirectoryError as error:
            preview.errors.append(_issue(error, row))
            continue
        if record.code in first_line:
            preview.errors.append(
                ImportIssue(line, "code", str(DirectoryErrorCode.DUPLICATE_CODE), record.code)
            )
            continue
        first_line[record.code] = line
        unknown = [g for g in record.groups if g not in known_groups]
        if unknown:
            preview.errors.append(
                ImportIssue(line, "groups", str(DirectoryErrorCode.UNKNOWN_GROUP), unknown[0])
            )
        parsed.append((line, _file_row(record, row, extra)))

    # Parents: in the file or already in the database; then no cycle in the merged tree.
    parent_of = {code: u.parent_code for code, u in existing.items()}
    for line, entry in parsed:
        if entry.parent_code and entry.parent_code not in first_line and entry.parent_code not in existing:
            preview.errors.append(
                ImportIssue(line, "parent_code", str(DirectoryErrorCode.UNKNOWN_PARENT), entry.parent_code)
            )
        parent_of[entry.code] = entry.parent_code
    preview.errors.extend(_cycles(parent_of, first_line))
    _check_history(preview, parsed, history, first_line, existing)

    bad_lines = {issue.line for issue in preview.errors}
    for line, entry in parsed:
        if line in bad_lines:
            continue  # listed once, as an error, not also as a change
        before = existing.get(entry.code)
        if before is None:
            preview.added.append(ImportChange(line, entry))
            continue
        changed = tuple(
            name
            for name in _COMPARED
            if (name in columns or name == "parent_code") and getattr(before, name) != getattr(entry, name)
        )
        if "groups" in columns and set(entry.groups) != groups_of.get(entry.code, set()):
            changed += ("groups",)
        if "valid_to" in changed and before.valid_to is None:
            preview.closed.append(ImportChange(line, entry, changed))
        elif changed:
            preview.changed.append(ImportChange(line, entry, changed))
        else:
            preview.unchanged += 1
    preview.errors.sort(key=lambda issue: (issue.line or 0, issue.column or ""))
    return preview


def _history_fields(line: int, row: dict[str, str], errors: list[ImportIssue]) -> dict[str, Any] | None:
    """Read a row's history columns (:data:`HISTORY_COLUMNS`); None (and an error) when bad."""
    out: dict[str, Any] = {}
    for name in ("version_until", "changed_from"):
        text = nfc(row.get(name, "")).strip()
        try:
            out[name] = date.fromisoformat(text) if text else None
        except ValueError:
            errors.append(ImportIssue(line, name, str(DirectoryErrorCode.BAD_DATE), text))
            return None
    successors = nfc(row.get("successor_codes", "")).strip()
    out["successor_codes"] = tuple(c.strip() for c in successors.split(GROUP_SEPARATOR) if c.strip())
    kind = nfc(row.get("link_kind", "")).strip() or None
    if out["successor_codes"] and kind is None:
        kind = "merge" if len(out["successor_codes"]) == 1 else "split"
    if kind is not None and kind not in LINK_KINDS:
        errors.append(ImportIssue(line, "link_kind", "bad_link_kind", kind))
        return None
    out["link_kind"] = kind
    out["legal_basis"] = nfc(row.get("legal_basis", "")).strip() or None
    return out


def _file_row(record: Any, row: dict[str, str], extra: dict[str, Any]) -> DirectoryFileRow:
    return DirectoryFileRow(
        code=record.code,
        name=record.name,
        kind=str(record.kind),
        parent_code=nfc(row.get("parent_code", "")).strip() or None,
        valid_from=record.valid_from,
        valid_to=record.valid_to,
        groups=record.groups,
        short_name=record.short_name,
        contact_person=nfc(row.get("contact_person", "")).strip() or None,
        contact_phone=nfc(row.get("contact_phone", "")).strip() or None,
        contact_email=nfc(row.get("contact_email", "")).strip() or None,
        **extra,
    )


def _check_history(
    preview: ImportPreview,
    parsed: list[tuple[int, DirectoryFileRow]],
    history: list[tuple[int, DirectoryFileRow]],
    first_line: dict[str, int],
    existing: dict[str, DirectoryFileRow],
) -> None:
    """Check the earlier states and the links against the file and the database."""

    def known(code: str | None) -> bool:
        return code is None or code in first_line or code in existing

    for line, row in history:
        if not known(row.code):
            preview.errors.append(ImportIssue(line, "code", "unknown_unit", row.code))
        elif not known(row.parent_code):
            preview.errors.append(
                ImportIssue(
                    line, "parent_code", str(DirectoryErrorCode.UNKNOWN_PARENT), row.parent_code or ""
                )
            )
        else:
            preview.history.append(ImportChange(line, row))
    for line, row in parsed:
        if not row.successor_codes:
            continue
        unknown = [c for c in row.successor_codes if not known(c) or c == row.code]
        if unknown:
            preview.errors.append(ImportIssue(line, "successor_codes", "unknown_successor", unknown[0]))
        elif row.valid_to is None:
            preview.errors.append(ImportIssue(line, "valid_to", "needs_closing", ""))
        else:
            preview.links.append(ImportChange(line, row))


def _cycles(parent_of: dict[str, str | None], lines: dict[str, int]) -> list[ImportIssue]:
    """Find each cycle of parent links once, reported on the line of the row that closes it."""
    issues: list[ImportIssue] = []
    reaches_root: set[str] = set()
    reported: set[frozenset[str]] = set()
    for start in lines:
        path: list[str] = []
        code: str | None = start
        while code is not None and code not in reaches_root:
            if code in path:
                cycle = path[path.index(code) :]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    shown = " → ".join([*cycle, code])
                    issues.append(
                        ImportIssue(lines[start], "parent_code", str(DirectoryErrorCode.CYCLE), shown)
                    )
                break
            path.append(code)
            code = parent_of.get(code)
        else:
            reaches_root.update(path)
    return issues
