"""Audit entries: every change a clerk makes is recorded with who, when, before and after."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from hagiang_desktop.storage.models import AuditEvent


def current_actor() -> str:
    """Return the name of the logged-in user (the clerk), or an empty string if unknown."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not a reason to refuse a save
        return ""


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_json(data: dict[str, Any] | None) -> str | None:
    """Serialise an audit snapshot (dates as ISO strings, Vietnamese kept as is)."""
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_default)


def record(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry to the caller's transaction.

    Args:
        session: the open session; the entry commits or rolls back with the change itself.
        action: what happened (``create``, ``update``, ``delete``, ``move``, ``close``, ``status``…).
        entity: the table (``unit``, ``nomination``…).
        entity_id: the record's id or code.
        before: the state before, or None for a creation.
        after: the state after, or None for a deletion.
    """
    session.add(
        AuditEvent(
            at=datetime.now(UTC),
            actor=current_actor(),
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before_json=to_json(before),
            after_json=to_json(after),
        )
    )
