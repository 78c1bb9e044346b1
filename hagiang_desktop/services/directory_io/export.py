"""The unit directory written to a file (xlsx or CSV): its units, parents first, and their past."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from hagiang_desktop.exports.directory_files import DirectoryFileRow, write_directory
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.units import subtree_ids, valid_on
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitGroup, UnitGroupMember, UnitLink, UnitVersion


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
        row = unit_row(unit, parent_code=parent_code, groups=tuple(groups_of.get(unit.id, ())))  # type: ignore[arg-type]
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

    Args:
        ws: the workspace.
        codes: the units whose earlier states to return.

    Returns:
        The rows, by unit code, then by the last day each state held.
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


def unit_row(unit: Unit, *, parent_code: str | None, groups: tuple[str, ...] = ()) -> DirectoryFileRow:
    """Return a unit as a directory file has it (the import compares the file with these).

    Args:
        unit: the stored unit.
        parent_code: its parent's code (None at the top).
        groups: the codes of its emulation blocs and clusters.

    Returns:
        The row, without history or successors.
    """
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
