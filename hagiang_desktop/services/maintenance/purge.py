"""Purging a nominee's personal data from the database file and its WAL (Decree 13/2023)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_
from sqlmodel import col

from hagiang_desktop.services import audit
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import AuditEvent, Nomination
from hagiang_desktop.storage.purge import PURGED_TABLES, drop_deleted_search_text, flush_freed_space


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed.

    Attributes:
        nomination_id: the purged nomination.
        audit_entries: audit entries scrubbed (they held copies of the data).
        wal_emptied: whether the WAL checkpoint could empty the WAL (False if a reader held it).
    """

    nomination_id: int
    audit_entries: int
    wal_emptied: bool


def purge_nomination(ws: Workspace, nomination_id: int) -> PurgeResult:
    """Remove a nominee's personal data from the database file and its WAL (Decree 13/2023).

    Unlike a deletion, which keeps a full audit copy, a purge deletes the nomination with its
    criteria, history, assessments and commendations, scrubs every audit entry holding a copy
    of them, merges the search index so that no segment keeps its text, and records only that
    record id N was purged. ``secure_delete`` overwrites the freed space; the checkpoint then
    copies the pages into the file and truncates the WAL, where the old page images would
    otherwise linger. Backups taken before keep their copy until rotated.

    Args:
        ws: the workspace.
        nomination_id: the nomination to purge.

    Returns:
        What was removed, and whether the WAL could be emptied.

    Raises:
        NominationProblem: ``not_found``.
    """
    with ws.session() as session:
        nomination = session.get(Nomination, nomination_id)
        if nomination is None:
            raise NominationProblem("not_found", str(nomination_id))
        session.delete(nomination)
        session.flush()
        ref = f'"nomination_id": {nomination_id}'
        child_refs = or_(
            *(
                column.like(f"%{ref}{end}%")
                for column in (col(AuditEvent.before_json), col(AuditEvent.after_json))
                for end in (",", "}")
            )
        )
        scrubbed = session.exec(  # exec: a DELETE's result is typed with its rowcount
            delete(AuditEvent).where(
                or_(
                    (col(AuditEvent.entity) == "nomination")
                    & (col(AuditEvent.entity_id) == str(nomination_id)),
                    (col(AuditEvent.entity) != "nomination") & child_refs,
                )
            )
        ).rowcount
        audit.record(session, action="purge", entity="nomination", entity_id=nomination_id)
        drop_deleted_search_text(session)
    flushed = flush_freed_space(ws.db.engine, PURGED_TABLES)
    return PurgeResult(nomination_id, int(scrubbed or 0), flushed)
