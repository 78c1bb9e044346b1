"""Export the unit directory to xlsx/CSV, and import one with a preview, all-or-nothing.

An import never half-happens: :func:`preview_import` reads and checks the whole file against the
database (every row's error, not only the first), and :func:`apply_import` writes it in one
transaction only when the preview has no error. A second directory (the post-2025 province →
commune structure, say) is loaded the same way, as data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, select
from sqlmodel import Session, col

from hagiang_desktop.core.directory import (
    GROUP_SEPARATOR,
    DirectoryError,
    DirectoryErrorCode,
    parse_directory_rows,
)
from hagiang_desktop.core.vntext import nfc
from hagiang_desktop.exports.directory_files import (
    CONTACT_COLUMNS,
    DirectoryFileRow,
    read_directory_file,
    write_directory,
)
from hagiang_desktop.services import audit
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.unit_edits import LINK_KINDS, rename, snapshot
from hagiang_desktop.services.units import subtree_ids, valid_on
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import (
    Nomination,
    Unit,
    UnitGroup,
    UnitGroupMember,
    UnitLink,
    UnitVersion,
    name_values,
)

#: Columns compared between the file and the database (the file's own names).
_COMPARED = ("name", "kind", "parent_code", "valid_from", "valid_to", "short_name", *CONTACT_COLUMNS)


def directory_rows(
    ws: Workspace, *, root_code: str | None = None, as_of: date | None = None
) -> list[DirectoryFileRow]:
    """Return the directory (or the subtree under ``root_code``) as file rows, parents first.

    Args:
        ws: the workspace.
        root_code: the top of the subtree to export; the whole directory when None.
        as_of: only units valid on that day; every unit, closed ones included, when None.

    Returns:
        The rows, each parent before its children, siblings in code order.
    """
    wanted = subtree_ids(ws, root_code) if root_code else None
    query = select(Unit)
    if as_of is not None:
        query = query.where(valid_on(as_of))
    with ws.session() as session:
        units = list(session.scalars(query))
        code_of = dict(session.execute(select(col(Unit.id), col(Unit.code))).all())
        groups_of: dict[int, list[str]] = {}
        for unit_id, group in session.execute(
            select(col(UnitGroupMember.unit_id), col(UnitGroup.code))
            .join(UnitGroup, col(UnitGroup.id) == col(UnitGroupMember.group_id))
            .order_by(col(UnitGroup.code))
        ):
            groups_of.setdefault(unit_id, []).append(group)
        links_of: dict[int, list[tuple[str, str, str | None]]] = {}
        for pred, succ, kind, basis in session.execute(
            select(
                col(UnitLink.predecessor_id),
                col(UnitLink.successor_id),
                col(UnitLink.link_kind),
                col(UnitLink.legal_basis),
            ).order_by(col(UnitLink.id))
        ):
            links_of.setdefault(pred, []).append((code_of[succ], kind, basis))
    if wanted is not None:
        units = [u for u in units if u.id in wanted]
    present = {u.id for u in units}
    children: dict[int | None, list[Unit]] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in present else None
        children.setdefault(parent, []).append(unit)
    for siblings in children.values():
        siblings.sort(key=lambda u: u.code)
    rows: list[DirectoryFileRow] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        unit = stack.pop()
        parent_code = code_of.get(unit.parent_id) if unit.parent_id else None
        row = _as_row(unit, parent_code=parent_code, groups=tuple(groups_of.get(unit.id, ())))  # type: ignore[arg-type]
        links = links_of.get(unit.id, [])  # type: ignore[arg-type]
        if links:  # its successors, as the import reads them back (#24)
            row = replace(
                row,
                successor_codes=tuple(code for code, _k, _b in links),
                link_kind=links[0][1],
                legal_basis=links[0][2],
            )
        rows.append(row)
        stack.extend(reversed(children.get(unit.id, [])))
    return rows


def export_directory(
    ws: Workspace, path: Path, *, root_code: str | None = None, progress: Progress | None = None
) -> int:
    """Write the directory (or a subtree) to ``path``: xlsx or CSV by the extension.

    Args:
        ws: the workspace.
        path: the file to write (atomically).
        root_code: the top of the subtree to write; the whole directory when None.
        progress: ``(done, total) -> bool``, told once the units are read, before the file is
            written; False cancels (no file is written then).

    Returns:
        How many units were written.

    Raises:
        ValueError: the extension is neither ``.xlsx`` nor ``.csv``.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop.
    """
    rows = directory_rows(ws, root_code=root_code)
    report(progress, 0, 1)  # the last moment Cancel leaves no file: the writing is one atomic step
    write_directory(path, rows + history_rows(ws, {r.code for r in rows}))
    return len(rows)


def history_rows(ws: Workspace, codes: set[str]) -> list[DirectoryFileRow]:
    """Return the earlier states of these units as file rows (``version_until`` set), by code and day.

    Written after every unit's current row, so that an import of the file brings the names of
    the past back as they were (issue #24).
    """
    with ws.reading() as session:
        code_of = dict(session.execute(select(col(Unit.id), col(Unit.code))).all())
        versions = list(
            session.scalars(select(UnitVersion).order_by(col(UnitVersion.unit_id), col(UnitVersion.until)))
        )
        out = [
            DirectoryFileRow(
                code=code_of[v.unit_id],
                name=v.name,
                kind=v.kind,
                parent_code=code_of.get(v.parent_id) if v.parent_id else None,
                valid_from=None,
                valid_to=None,
                groups=(),
                short_name=v.short_name,
                version_until=v.until,
                legal_basis=v.legal_basis,
            )
            for v in versions
            if code_of[v.unit_id] in codes
        ]
    return sorted(out, key=lambda r: (r.code, r.version_until or date.min))


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
        existing = {u.code: _as_row(u, parent_code=code_of.get(u.parent_id)) for u in units}
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


def _as_row(unit: Unit, *, parent_code: str | None, groups: tuple[str, ...] = ()) -> DirectoryFileRow:
    return DirectoryFileRow(
        code=unit.code,
        name=unit.name,
        kind=unit.kind,
        parent_code=parent_code,
        valid_from=unit.valid_from,
        valid_to=unit.valid_to,
        groups=groups,
        short_name=unit.short_name,
        contact_person=unit.contact_person,
        contact_phone=unit.contact_phone,
        contact_email=unit.contact_email,
    )


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


class ImportRefusedError(Exception):
    """The import has errors: nothing was written."""


def apply_import(ws: Workspace, preview: ImportPreview, *, progress: Progress | None = None) -> None:
    """Write a previewed import in one transaction (all or nothing), with audit entries.

    Args:
        ws: the workspace.
        preview: the result of :func:`preview_import`, without errors.
        progress: ``(done, total) -> bool``, told of the units written; False cancels.

    Raises:
        ImportRefusedError: the preview has errors; nothing is written.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop before the commit;
            the transaction is rolled back and nothing is written.
    """
    if not preview.ok:
        raise ImportRefusedError(f"{len(preview.errors)} error(s)")
    source = Path(preview.source).stem or "import"
    cols = preview.columns
    with ws.session() as session:
        group_ids = dict(session.execute(select(col(UnitGroup.code), col(UnitGroup.id))).all())
        units = {u.code: u for u in session.scalars(select(Unit))}
        for change in preview.added:
            row = change.row
            unit = Unit(
                code=row.code,
                **name_values(row.name),
                kind=row.kind,
                valid_from=row.valid_from,
                valid_to=row.valid_to,
                short_name=row.short_name,
                contact_person=row.contact_person,
                contact_phone=row.contact_phone,
                contact_email=row.contact_email,
                directory=source,
            )
            session.add(unit)
            units[row.code] = unit
        session.flush()
        todo = [*preview.added, *preview.changed, *preview.closed]
        for done, change in enumerate(todo):
            report(progress, done, len(todo))
            row = change.row
            unit = units[row.code]
            before = None if not change.fields else snapshot(unit)
            new_parent = units[row.parent_code].id if row.parent_code else None
            if before is not None and row.changed_from is not None:
                _keep_state(session, unit, row, new_parent)
            unit.parent_id = new_parent
            rename(session, unit, row.name)
            unit.kind = row.kind
            for name in ("valid_from", "valid_to", "short_name", *CONTACT_COLUMNS):
                if name in cols or before is None:
                    setattr(unit, name, getattr(row, name))
            if "groups" in cols:
                session.execute(delete(UnitGroupMember).where(col(UnitGroupMember.unit_id) == unit.id))
                for group in row.groups:
                    session.add(UnitGroupMember(unit_id=unit.id, group_id=group_ids[group]))  # type: ignore[arg-type]
            audit.record(
                session,
                action="import" if before is None else "import_update",
                entity="unit",
                entity_id=row.code,
                before=before,
                after={**snapshot(unit), "source": preview.source},
            )
        session.flush()
        _apply_history(session, preview, units)
        report(progress, len(todo), len(todo))  # the last moment Cancel can still roll it all back


def _keep_state(session: Session, unit: Unit, row: DirectoryFileRow, new_parent: int | None) -> None:
    """Before a row changes a unit from ``changed_from``, keep what it was as a dated version."""
    assert row.changed_from is not None
    same = (unit.name, unit.short_name, unit.kind, unit.parent_id) == (
        row.name, row.short_name, row.kind, new_parent
    )  # fmt: skip
    if same or _has_version(session, unit.id, row.changed_from):
        return
    session.add(
        UnitVersion(
            unit_id=cast(int, unit.id), until=row.changed_from, name=unit.name, short_name=unit.short_name,
            kind=unit.kind, parent_id=unit.parent_id, legal_basis=row.legal_basis,
        )
    )  # fmt: skip


def _has_version(session: Session, unit_id: int | None, until: date) -> bool:
    query = select(col(UnitVersion.id)).where(
        col(UnitVersion.unit_id) == unit_id, col(UnitVersion.until) == until
    )
    return session.scalar(query) is not None


def _apply_history(session: Session, preview: ImportPreview, units: dict[str, Unit]) -> None:
    """Write the file's earlier states and links; a merge moves the old unit's nominations."""
    from hagiang_desktop.services.unit_history import _move

    for change in preview.history:
        row = change.row
        unit = units[row.code]
        assert row.version_until is not None
        if _has_version(session, unit.id, row.version_until):
            continue
        session.add(
            UnitVersion(
                unit_id=cast(int, unit.id), until=row.version_until, name=row.name, short_name=row.short_name,
                kind=row.kind, parent_id=units[row.parent_code].id if row.parent_code else None,
                legal_basis=row.legal_basis,
            )
        )  # fmt: skip
    for change in preview.links:
        row = change.row
        assert row.valid_to is not None
        pred = units[row.code]
        day = row.valid_to + timedelta(days=1)
        for code in row.successor_codes:
            succ = units[code]
            link = session.scalars(
                select(UnitLink).where(
                    col(UnitLink.predecessor_id) == pred.id, col(UnitLink.successor_id) == succ.id
                )
            ).first()
            if link is None:
                link = UnitLink(
                    predecessor_id=pred.id,  # type: ignore[arg-type]
                    successor_id=succ.id,  # type: ignore[arg-type]
                    link_kind=row.link_kind or "merge",
                    legal_basis=row.legal_basis,
                    legal_date=day,
                )
                session.add(link)
                session.flush()
                audit.record(
                    session, action="link", entity="unit_link", entity_id=link.id,
                    after={"predecessor": pred.code, "successor": code, "kind": link.link_kind,
                           "legal_basis": link.legal_basis, "legal_date": day, "source": preview.source},
                )  # fmt: skip
            if link.link_kind == "merge" and len(row.successor_codes) == 1:
                moving = session.scalars(
                    select(Nomination).where(col(Nomination.registering_unit_id) == pred.id)
                )
                for nomination in list(moving):
                    _move(session, nomination, pred, succ, day, link)
