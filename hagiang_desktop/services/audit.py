"""Audit entries: every change a clerk makes is recorded with who, when, before and after."""

from __future__ import annotations

import getpass
import json
import os
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import Session, col

from hagiang_desktop.storage.db import database_user
from hagiang_desktop.storage.models import AuditEvent

if TYPE_CHECKING:
    from hagiang_desktop.services.workspace import Workspace

#: The clerk's name as set in the program's settings (the window sets it at start, #22).
_clerk_name: str | None = None


def set_clerk_name(name: str | None) -> None:
    """Name the clerk for the audit entries of this process (None or empty: the login name)."""
    global _clerk_name
    _clerk_name = (name or "").strip() or None


def current_actor(session: Session | None = None) -> str:
    """Return who makes a change: the clerk's name (settings, ``HAGIANG_CLERK``) or the login name.

    On a shared server the database user is added in brackets (``Chị Lan (clerk2)``): several
    clerks share one database there, and the audit must tell them apart.
    """
    name = _clerk_name or os.environ.get("HAGIANG_CLERK", "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name is not a reason to refuse a save
            name = ""
    db_user = database_user(session) if session is not None else None
    return f"{name} ({db_user})" if db_user else name


def actor_on(ws: Workspace) -> str:
    """Return how this program's saves on ``ws`` are named in its audit (the window shows it, #22).

    The clerk's name (or login name); on a server the database user follows in brackets.
    """
    with ws.reading() as session:
        return current_actor(session)


def last_actor(session: Session, entity: str, entity_id: object) -> str:
    """Return who made the last audited change to one record ("" when none is recorded)."""
    query = (
        select(col(AuditEvent.actor))
        .where(col(AuditEvent.entity) == entity, col(AuditEvent.entity_id) == str(entity_id))
        .order_by(col(AuditEvent.id).desc())
        .limit(1)
    )
    return str(session.scalar(query) or "")


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
            actor=current_actor(session),
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before_json=to_json(before),
            after_json=to_json(after),
        )
    )
