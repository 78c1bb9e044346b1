"""Acting on a selection of nominations: a status change or a delete, all or nothing.

Both take the list's selection (ids) and run in ONE transaction: a refused move or a missing row
half-way changes nothing. Each change is kept in the status history and the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.core.workflow import TransitionRequest, check_transition
from hagiang_desktop.services import audit
from hagiang_desktop.services.nominations.common import audit_snapshot, current_checks, require_nomination
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import StatusEvent


def change_status(
    ws: Workspace, ids: Sequence[int], request: TransitionRequest, *, progress: Progress | None = None
) -> None:
    """Move nominations to a new status, all or none, each change kept in the history.

    Args:
        ws: the workspace.
        ids: the nominations.
        request: the new status and its reasons.
        progress: ``(done, total) -> bool``, told of the nominations moved; False cancels.

    Raises:
        hagiang_desktop.core.workflow.TransitionProblem: one of them cannot move; nothing changes.
        NominationProblem: ``not_found``.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop; nothing changes.
    """
    now = datetime.now(UTC)
    with ws.session() as session:
        for done, nomination_id in enumerate(ids):
            report(progress, done, len(ids))
            n = require_nomination(session, nomination_id)
            current = NominationStatus(n.status)
            check_transition(current, request, eligible=n.eligible)
            if current == request.to_status:
                continue
            before = {"status": n.status, "override_reason": n.override_reason}
            n.status = str(request.to_status)
            n.status_reason = clean_text(request.reason or "", multiline=True) or None
            # An override reason belongs only to the ineligible ones of a bulk selection: an
            # eligible nomination needs none and must not look "selected by override".
            override = (
                request.override_reason
                if request.to_status == NominationStatus.SELECTED and not n.eligible
                else None
            )
            if override:
                n.override_reason = clean_text(override, multiline=True)
            n.updated_at = now
            session.add(
                StatusEvent(
                    nomination_id=nomination_id,
                    from_status=str(current),
                    to_status=str(request.to_status),
                    at=now,
                    reason=n.status_reason or (n.override_reason if override else None),
                    actor=audit.current_actor(),
                )
            )
            audit.record(
                session,
                action="status",
                entity="nomination",
                entity_id=nomination_id,
                before=before,
                after={"status": n.status, "override_reason": n.override_reason, "reason": n.status_reason},
            )
        report(progress, len(ids), len(ids))  # the last moment Cancel can still roll it all back


def delete_nomination(ws: Workspace, nomination_id: int) -> None:
    """Delete a nomination, keeping a full audit record of what it was.

    Args:
        ws: the workspace.
        nomination_id: the nomination to delete.

    Raises:
        NominationProblem: ``not_found``.
    """
    delete_nominations(ws, [nomination_id])


def delete_nominations(ws: Workspace, ids: Sequence[int]) -> None:
    """Delete a selection of nominations in one transaction, all or none, each kept in the audit log.

    Args:
        ws: the workspace.
        ids: the nominations to delete.

    Raises:
        NominationProblem: ``not_found`` (its detail is the missing id: another window may have
            deleted it meanwhile); nothing is deleted.
    """
    with ws.session() as session:
        for nomination_id in ids:
            n = require_nomination(session, nomination_id)
            before = audit_snapshot(n, current_checks(session, nomination_id))
            session.delete(n)
            audit.record(
                session, action="delete", entity="nomination", entity_id=nomination_id, before=before
            )
