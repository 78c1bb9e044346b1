"""Applying an import: the accepted rows of a preview written in ONE transaction, with a receipt.

New rows are inserted in bulk, changed ones updated with their criteria ticks, each audited;
Cancel (the progress callback) rolls the whole import back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.plan import Deadline
from hagiang_desktop.services import audit, units
from hagiang_desktop.services.import_rows import (
    ApplyResult,
    ImportPreview,
    ImportProblem,
    PreviewRow,
    RowStatus,
)
from hagiang_desktop.services.nomination_columns import stored_columns
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.bulk import bulk_insert
from hagiang_desktop.storage.models import (
    DERIVED_COLUMNS,
    AuditEvent,
    CriterionCheck,
    Nomination,
    Receipt,
    StatusEvent,
    Unit,
    table_of,
)


def _values(
    ws: Workspace,
    data: NominationInput,
    unit: Unit,
    deadline: Deadline | None,
    now: datetime,
) -> dict[str, Any]:
    """Return the stored columns of an imported row (its texts were cleaned when it was read)."""
    values = stored_columns(ws.plan, data, unit=unit, deadline=deadline, member=None, now=now)
    # A file names no member unit: one the clerk set on the form stays.
    del values["member_unit_id"]
    return values


def apply(
    ws: Workspace,
    pv: ImportPreview,
    *,
    skip_invalid: bool = False,
    include_duplicates: bool = False,
    progress: Progress | None = None,
) -> ApplyResult:
    """Write a previewed import in ONE transaction, with a receipt for the sending unit.

    New rows are bulk-inserted through SQLAlchemy Core; changed rows are updated with an audit
    entry holding the state before and after; unchanged rows are left alone.

    Args:
        ws: the workspace.
        pv: the preview, as the clerk saw it.
        skip_invalid: import the valid rows even when others have errors.
        include_duplicates: also import rows that duplicate existing nominations.
        progress: ``(done, total) -> bool``, told of the rows written; False cancels.

    Returns:
        How many rows were created, updated and skipped, and the receipt's id.

    Raises:
        ImportProblem: ``has_errors`` — some rows have errors and ``skip_invalid`` is False;
            nothing is written.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop before the commit;
            the transaction is rolled back and nothing is written.
    """
    if pv.errors and not skip_invalid:
        raise ImportProblem("has_errors", str(len(pv.errors)))
    accepted = {RowStatus.NEW, RowStatus.CHANGED} | ({RowStatus.DUPLICATE} if include_duplicates else set())
    todo = [r for r in pv.rows if r.status in accepted and r.data is not None]
    now = datetime.now(UTC)
    with ws.session() as session:
        unit = session.scalars(select(Unit).where(col(Unit.code) == pv.unit_code)).one()
        new_rows = [r for r in todo if r.match_id is None]
        report(progress, 0, len(todo))
        created = _insert_new(ws, session, unit, new_rows, now)
        changed = [r for r in todo if r.match_id is not None]
        for done, row in enumerate(changed, created):
            report(progress, done, len(todo))
            _update_one(ws, session, unit, row, now)
        receipt_id = None
        if todo:
            receipt = Receipt(
                unit_id=unit.id or 0,
                received_on=pv.received_on,
                channel=str(pv.channel),
                note=f"{pv.path.name}: {created} mới, {len(todo) - created} cập nhật",
                created_at=now,
            )
            session.add(receipt)
            session.flush()
            receipt_id = receipt.id
            audit.record(
                session,
                action="import",
                entity="receipt",
                entity_id=receipt_id,
                after={
                    "file": pv.path.name,
                    "unit": pv.unit_code,
                    "created": created,
                    "updated": len(todo) - created,
                },
            )
        report(progress, len(todo), len(todo))  # the last moment Cancel can still roll it all back
    return ApplyResult(
        created=created, updated=len(todo) - created, skipped=len(pv.rows) - len(todo), receipt_id=receipt_id
    )


def _insert_new(ws: Workspace, session: Session, unit: Unit, rows: list[PreviewRow], now: datetime) -> int:
    if not rows:
        return 0
    table = table_of(Nomination)
    values = []
    actor = audit.current_actor()  # asks the OS for the user name: once, not once per row
    deadline = _deadline(ws, session, unit)  # one unit per import
    for row in rows:
        assert row.data is not None
        values.append(
            {
                **_values(ws, row.data, unit, deadline, now),
                "uid": str(uuid.uuid4()),
                "status": str(NominationStatus.REGISTERED),
                "created_at": now,
            }
        )
    # One executemany, then the new ids by uid: RETURNING with ordered ids makes SQLAlchemy run one
    # statement per row on SQLite (100,000 round trips, #11). Only this transaction's rows carry
    # ``now`` as their creation time.
    bulk_insert(session, table, values)
    by_uid = dict(
        session.execute(
            select(col(Nomination.uid), col(Nomination.id)).where(col(Nomination.created_at) == now)
        ).all()
    )
    ids = [by_uid[value["uid"]] for value in values]
    bulk_insert(
        session,
        table_of(CriterionCheck),
        (
            {"nomination_id": nid, "criterion_code": code, "met": True, "evidence": None}
            for nid, row in zip(ids, rows, strict=True)
            for code in (row.data.checks if row.data else {})
        ),
    )
    bulk_insert(
        session,
        table_of(StatusEvent),
        (
            {
                "nomination_id": nid,
                "from_status": None,
                "to_status": "registered",
                "at": now,
                "actor": actor,
            }
            for nid in ids
        ),
    )
    # The creation time is every row's: written as text once, the JSON encoder calls no date
    # hook per row (a third of the audit's cost for 100,000 rows, #11). Same JSON as to_json's.
    stamp = {"created_at": now.isoformat(), "updated_at": now.isoformat(), "row_version": 1}
    bulk_insert(
        session,
        table_of(AuditEvent),
        (
            {
                "at": now,
                "actor": actor,
                "action": "create",
                "entity": "nomination",
                "entity_id": str(nid),
                "before_json": None,
                "after_json": audit.to_json(
                    {**_audited(value, row.data.checks if row.data else {}), **stamp}
                ),
            }
            for nid, value, row in zip(ids, values, rows, strict=True)
        ),
    )
    return len(ids)


def _deadline(ws: Workspace, session: Session, unit: Unit) -> Deadline | None:
    """Return the deadline that binds the registering unit (its supplement mark depends on it)."""
    return ws.plan.deadline_for_path(units.session_kind_path(session, unit))


def _audited(values: dict[str, Any], checks: Mapping[str, str]) -> dict[str, Any]:
    """Return a row's audit copy: its own columns (not the search and sort twins) and its ticks."""
    kept = {column: value for column, value in values.items() if column not in DERIVED_COLUMNS}
    return {**kept, "checks": sorted(checks)}


def _update_one(ws: Workspace, session: Session, unit: Unit, row: PreviewRow, now: datetime) -> None:
    data = row.data
    assert data is not None
    assert row.match_id is not None
    # Locked on a server, as a clerk's save locks it: the version read here is the one replaced.
    found = session.get(Nomination, row.match_id, with_for_update=True)
    assert found is not None
    before = found.model_dump(exclude=set(DERIVED_COLUMNS))
    values = _values(ws, data, unit, _deadline(ws, session, unit), now)
    # A new version, as a clerk's save makes: a form left open on the old one is then told of
    # the unit's corrected list instead of writing over it (#22, no lost update).
    values["row_version"] = found.row_version + 1
    session.execute(update(Nomination).where(col(Nomination.id) == row.match_id).values(**values))
    session.execute(delete(CriterionCheck).where(col(CriterionCheck.nomination_id) == row.match_id))
    bulk_insert(
        session,
        table_of(CriterionCheck),
        (
            {"nomination_id": row.match_id, "criterion_code": code, "met": True, "evidence": None}
            for code in data.checks
        ),
    )
    session.expire(found)
    audit.record(
        session,
        action="update",
        entity="nomination",
        entity_id=row.match_id,
        before=before,
        after=_audited(values, data.checks),
    )
