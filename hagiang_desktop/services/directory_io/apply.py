"""A previewed directory import written in one transaction: units, groups, past names and links."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import delete, select
from sqlmodel import Session, col

from hagiang_desktop.exports.directory_files import CONTACT_COLUMNS, DirectoryFileRow
from hagiang_desktop.services import audit
from hagiang_desktop.services.directory_io.preview import ImportPreview
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.unit_edits import rename, snapshot
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
            if before is not None:
                unit.row_version += 1  # an edit dialog opened before the import is told of it (#22)
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
