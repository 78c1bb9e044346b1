"""The follow-up in bundles (issue #24): read for ``data.json``, replaced at the province.

Both run inside the bundle's own transaction (:mod:`hagiang_desktop.services.bundles`): the
sender's outbound bundle reads :func:`bundle_followups`, the province's inbox calls
:func:`replace_from_bundle` per model.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel, col

from hagiang_desktop.core.kinds import ActivityKind, Rating
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.services import audit
from hagiang_desktop.services.followup.common import checked_text, entity_of, record_snapshot, records_of
from hagiang_desktop.storage.models import Assessment, Commendation, ReplicationActivity


def bundle_followups(session: Session, ids: list[int]) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """Return each model's follow-up as ``data.json`` carries it (every model of ``ids``, oldest first).

    Args:
        session: the bundle's read transaction.
        ids: the nominations' ids.

    Returns:
        nomination id → ``{"assessments": […], "activities": […], "commendations": […]}`` in the
        shape of :class:`hagiang_desktop.exports.schemas.Followup` (dates as ISO text).
    """
    out: dict[int, dict[str, list[dict[str, Any]]]] = {
        i: {"assessments": [], "activities": [], "commendations": []} for i in ids
    }
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for a in _chunk_rows(session, Assessment, col(Assessment.assessed_on), chunk):
            out[a.nomination_id]["assessments"].append(
                {
                    "stage_code": a.stage_code,
                    "assessed_on": a.assessed_on.isoformat(),
                    "rating": a.rating,
                    "notes": a.notes,
                }  # fmt: skip
            )
        for r in _chunk_rows(session, ReplicationActivity, col(ReplicationActivity.held_on), chunk):
            out[r.nomination_id]["activities"].append(
                {"kind": r.activity_kind, "held_on": r.held_on.isoformat(), "description": r.description}
            )
        for c in _chunk_rows(session, Commendation, col(Commendation.awarded_on), chunk):
            out[c.nomination_id]["commendations"].append(
                {
                    "awarded_on": c.awarded_on.isoformat(),
                    "title": c.title,
                    "decision_number": c.decision_number,
                }
            )
    return out


def _chunk_rows(session: Session, cls: type[Any], day: Any, ids: list[int]) -> list[Any]:
    query = select(cls).where(col(cls.nomination_id).in_(ids)).order_by(col(day), col(cls.id))
    return list(session.scalars(query))


def replace_from_bundle(session: Session, nomination_id: int, followup: Any) -> bool:
    """Replace a model's follow-up with the one a bundle carries.

    The sender owns its models' follow-up as it owns their registration: the province keeps
    the latest version the sender signed. The records were checked by the data schema against
    the receiver's plan (:class:`hagiang_desktop.exports.schemas.Followup`: stage known, the
    assessment's day in its window, activities and commendations in the plan's follow-up).

    Args:
        session: the import's transaction.
        nomination_id: the model at the receiver.
        followup: its :class:`~hagiang_desktop.exports.schemas.Followup`.

    Returns:
        True when something changed (an audit entry is written then).
    """
    new: list[SQLModel] = [
        Assessment(
            nomination_id=nomination_id,
            stage_code=a.stage_code,
            assessed_on=a.assessed_on,
            rating=str(Rating(a.rating)),
            notes=checked_text(a.notes),
        )
        for a in followup.assessments
    ]
    new += [
        ReplicationActivity(
            nomination_id=nomination_id,
            activity_kind=str(ActivityKind(r.kind)),
            held_on=r.held_on,
            description=checked_text(r.description),
        )
        for r in followup.activities
    ]
    new += [
        Commendation(
            nomination_id=nomination_id,
            awarded_on=c.awarded_on,
            title=checked_text(c.title),
            decision_number=clean_text(c.decision_number or "") or None,
        )
        for c in followup.commendations
    ]
    old = [
        r
        for cls in (Assessment, ReplicationActivity, Commendation)
        for r in records_of(session, cls, cls.id, nomination_id)
    ]

    def key(row: SQLModel) -> tuple[Any, ...]:
        values = row.model_dump(exclude={"id"})
        return (entity_of(row), *sorted((k, str(v)) for k, v in values.items()))

    if sorted(map(key, old)) == sorted(map(key, new)):
        return False
    before = [record_snapshot(r) | {"entity": entity_of(r)} for r in old]
    for row in old:
        session.delete(row)
    session.add_all(new)
    session.flush()
    audit.record(
        session,
        action="import",
        entity="followup",
        entity_id=nomination_id,
        before={"records": before},
        after={"records": [record_snapshot(r) | {"entity": entity_of(r)} for r in new]},
    )
    return True
