"""Import the province's emulation blocs and clusters (khối, cụm thi đua) from a file (issue #24).

No blocs are shipped with the directory (``resources/units/README.md``): the province's own
decision on its blocs is loaded through this import. The file (``.csv`` or
``.xlsx``, header row) has the columns ``code``, ``name``, ``kind`` (``bloc`` or ``cluster``) and
``members`` (unit codes separated by ``;``). All or nothing: every row is checked first (each
row's error reported), then one transaction writes the groups and replaces the members of each
group in the file; with ``replace`` the groups missing from the file are removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlmodel import col

from hagiang_desktop.core.directory import GROUP_SEPARATOR, DirectoryError, parse_group_rows
from hagiang_desktop.core.vntext import nfc
from hagiang_desktop.exports.directory_files import read_directory_file
from hagiang_desktop.services import audit
from hagiang_desktop.services.directory_io import ImportIssue
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitGroup, UnitGroupMember

__all__ = ["GroupImport", "import_groups"]


@dataclass
class GroupImport:
    """What a group import did (or would do, on a dry run).

    Attributes:
        groups: (code, name, kind, member codes) of each group in the file.
        removed: codes of the groups removed (``replace``).
        errors: every row's error; nothing is written when there is one.
    """

    groups: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)


def import_groups(ws: Workspace, path: Path, *, replace: bool = False, dry_run: bool = False) -> GroupImport:
    """Read a blocs-and-clusters file and, when it has no error, write it in one transaction.

    Args:
        ws: the workspace.
        path: the ``.csv`` or ``.xlsx`` file.
        replace: remove the groups the file does not list (an earlier decision's).
        dry_run: check and report, write nothing.

    Returns:
        The groups read, those removed, and every error.

    Raises:
        OSError: the file cannot be read.
        ValueError: the extension is neither ``.xlsx`` nor ``.csv``.
    """
    result = GroupImport()
    try:
        lines = read_directory_file(path, required=("code", "name", "kind", "members"))
    except DirectoryError as error:
        result.errors.append(ImportIssue(error.line, error.column, str(error.code), str(error)))
        return result
    with ws.reading() as session:
        unit_ids = dict(session.execute(select(col(Unit.code), col(Unit.id))).all())
        existing = set(session.scalars(select(col(UnitGroup.code))))
    seen: set[str] = set()
    for line, row in lines:
        try:
            (record,) = parse_group_rows([row], str(path), first_line=line)
        except DirectoryError as error:
            result.errors.append(
                ImportIssue(line, error.column, str(error.code), row.get(error.column or "", ""))
            )
            continue
        if record.code in seen:
            result.errors.append(ImportIssue(line, "code", "duplicate_code", record.code))
            continue
        seen.add(record.code)
        members = tuple(c.strip() for c in nfc(row.get("members", "")).split(GROUP_SEPARATOR) if c.strip())
        unknown = [c for c in members if c not in unit_ids]
        if unknown:
            result.errors.append(ImportIssue(line, "members", "unknown_unit", unknown[0]))
            continue
        result.groups.append((record.code, record.name, record.kind, members))
    if replace:
        result.removed = sorted(existing - seen)
    if result.errors or dry_run:
        return result
    with ws.session() as session:
        for code in result.removed:
            gone = session.scalars(select(UnitGroup).where(col(UnitGroup.code) == code)).one()
            audit.record(
                session, action="delete", entity="unit_group", entity_id=code, before={"name": gone.name}
            )
            session.delete(gone)
        for code, name, kind, members in result.groups:
            group = session.scalars(select(UnitGroup).where(col(UnitGroup.code) == code)).first()
            if group is None:
                group = UnitGroup(code=code, name=name, kind=kind)
                session.add(group)
            group.name, group.kind = name, kind
            session.flush()
            before = sorted(
                session.scalars(
                    select(col(Unit.code))
                    .join(UnitGroupMember, col(UnitGroupMember.unit_id) == col(Unit.id))
                    .where(col(UnitGroupMember.group_id) == group.id)
                )
            )
            session.execute(delete(UnitGroupMember).where(col(UnitGroupMember.group_id) == group.id))
            for member in dict.fromkeys(members):
                session.add(UnitGroupMember(unit_id=unit_ids[member], group_id=group.id))  # type: ignore[arg-type]
            audit.record(
                session,
                action="import",
                entity="unit_group",
                entity_id=code,
                before={"members": before},
                after={"name": name, "kind": kind, "members": sorted(set(members)), "source": str(path)},
            )
    return result
