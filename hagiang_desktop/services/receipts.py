"""The receipts register: each submission a unit sent, with its day, channel and document number.

The dashboard judges timeliness from this register and from the registrations' received days
(the rule is :func:`hagiang_desktop.core.timeliness.submission_days`: a receipt is one
submission; registrations on a day without a receipt make one more). Each change is one
transaction with an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from hagiang_desktop.core.kinds import Channel
from hagiang_desktop.core.vntext import clean_text, sort_key
from hagiang_desktop.services import audit
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Receipt, Unit


class ReceiptProblem(Exception):
    """Input the register refuses; ``code`` is ``unknown_unit``, ``not_found`` or ``bad_channel``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ReceiptInput:
    """What the clerk types for one receipt.

    Attributes:
        unit_code: the sending unit's code.
        received_on: the local day it arrived.
        channel: how it came (paper, e-mail, Excel template, bundle, typed in).
        doc_number: the sender's document number ("số văn bản"), if any.
        note: a free note.
    """

    unit_code: str
    received_on: date
    channel: Channel
    doc_number: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ReceiptRow:
    """One line of the receipts register."""

    id: int
    unit_code: str
    unit_name: str
    received_on: date
    channel: Channel
    doc_number: str | None
    note: str | None


def _values(session: Any, data: ReceiptInput) -> dict[str, Any]:
    unit_id = session.scalar(select(col(Unit.id)).where(col(Unit.code) == data.unit_code))
    if unit_id is None:
        raise ReceiptProblem("unknown_unit", data.unit_code)
    try:
        channel = Channel(data.channel)
    except ValueError as error:
        raise ReceiptProblem("bad_channel", str(data.channel)) from error
    return {
        "unit_id": unit_id,
        "received_on": data.received_on,
        "channel": str(channel),
        "doc_number": clean_text(data.doc_number or "") or None,
        "note": clean_text(data.note or "", multiline=True) or None,
    }


def _snapshot(row: Receipt) -> dict[str, Any]:
    return row.model_dump()


def add_receipt(ws: Workspace, data: ReceiptInput) -> int:
    """Record a submission received from a unit.

    Returns:
        The new receipt's id.

    Raises:
        ReceiptProblem: unknown unit or channel.
    """
    with ws.session() as session:
        row = Receipt(**_values(session, data), created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        audit.record(session, action="create", entity="receipt", entity_id=row.id, after=_snapshot(row))
        return int(row.id)  # type: ignore[arg-type]


def update_receipt(ws: Workspace, receipt_id: int, data: ReceiptInput) -> None:
    """Correct a receipt (audited).

    Raises:
        ReceiptProblem: unknown receipt, unit or channel.
    """
    with ws.session() as session:
        row = session.get(Receipt, receipt_id)
        if row is None:
            raise ReceiptProblem("not_found", str(receipt_id))
        before = _snapshot(row)
        for key, value in _values(session, data).items():
            setattr(row, key, value)
        session.flush()
        audit.record(
            session,
            action="update",
            entity="receipt",
            entity_id=receipt_id,
            before=before,
            after=_snapshot(row),
        )


def delete_receipt(ws: Workspace, receipt_id: int) -> None:
    """Remove a receipt entered by mistake (audited, the old values kept in the audit entry).

    Raises:
        ReceiptProblem: unknown receipt.
    """
    with ws.session() as session:
        row = session.get(Receipt, receipt_id)
        if row is None:
            raise ReceiptProblem("not_found", str(receipt_id))
        before = _snapshot(row)
        session.delete(row)
        audit.record(session, action="delete", entity="receipt", entity_id=receipt_id, before=before)


def list_receipts(
    ws: Workspace, scope: Scope | None = None, unit_code: str | None = None
) -> list[ReceiptRow]:
    """Return the register, newest first (then by unit name in Vietnamese order).

    Args:
        ws: the workspace.
        scope: only units of this scope (None or a scope without ids: every unit).
        unit_code: only this unit.

    Returns:
        The receipts.
    """
    query = select(
        col(Receipt.id),
        col(Unit.code),
        col(Unit.name),
        col(Receipt.received_on),
        col(Receipt.channel),
        col(Receipt.doc_number),
        col(Receipt.note),
        col(Unit.id),
    ).join(Unit, col(Unit.id) == col(Receipt.unit_id))
    if unit_code is not None:
        query = query.where(col(Unit.code) == unit_code)
    with ws.session() as session:
        rows = session.execute(query).all()
    ids = scope.unit_ids if scope is not None else None
    result = [
        ReceiptRow(r[0], r[1], r[2], r[3], Channel(r[4]), r[5], r[6])
        for r in rows
        if ids is None or r[7] in ids
    ]
    result.sort(key=lambda r: (-r.received_on.toordinal(), sort_key(r.unit_name), r.id))
    return result
