"""Editing a model's follow-up (assessments, replication, commendations): one audited write each."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, SQLModel

from hagiang_desktop.core.kinds import ActivityKind, Rating
from hagiang_desktop.core.vntext import clean_text, format_date_short
from hagiang_desktop.services import audit
from hagiang_desktop.services.followup.common import FollowupProblem, checked_text, entity_of, record_snapshot
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Assessment, Commendation, Nomination, ReplicationActivity


def _need_nomination(session: Session, nomination_id: int) -> None:
    if session.get(Nomination, nomination_id) is None:
        raise FollowupProblem("not_found", f"nomination {nomination_id}")


def _add(session: Session, row: SQLModel) -> int:
    session.add(row)
    session.flush()
    row_id = int(row.id)  # type: ignore[attr-defined]
    audit.record(
        session, action="create", entity=entity_of(row), entity_id=row_id, after=record_snapshot(row)
    )
    return row_id


def _update(session: Session, cls: type[SQLModel], row_id: int, values: dict[str, Any]) -> None:
    row = session.get(cls, row_id)
    if row is None:
        raise FollowupProblem("not_found", f"{cls.__name__} {row_id}")
    before = record_snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    audit.record(
        session,
        action="update",
        entity=entity_of(row),
        entity_id=row_id,
        before=before,
        after=record_snapshot(row),
    )


def _check_stage(ws: Workspace, stage_code: str, day: date) -> None:
    """Refuse an unknown stage, or a day outside the stage's window (plan III, Lộ trình)."""
    try:
        stage = ws.plan.stage(stage_code)
    except KeyError as error:
        raise FollowupProblem("unknown_stage", stage_code) from error
    if not stage.contains(day):
        raise FollowupProblem(
            "outside_stage", f"{format_date_short(stage.opens)} – {format_date_short(stage.closes)}"
        )


def _check_in_plan(ws: Workspace, day: date) -> None:
    """Refuse a replication activity or commendation dated outside the plan's follow-up."""
    window = ws.plan.followup_window()
    if window is not None and not window[0] <= day <= window[1]:
        raise FollowupProblem(
            "outside_plan", f"{format_date_short(window[0])} – {format_date_short(window[1])}"
        )


def _create(ws: Workspace, nomination_id: int, cls: type[SQLModel], values: dict[str, Any]) -> int:
    with ws.session() as session:
        _need_nomination(session, nomination_id)
        return _add(session, cls(nomination_id=nomination_id, **values))


def _change(ws: Workspace, cls: type[SQLModel], row_id: int, values: dict[str, Any]) -> None:
    with ws.session() as session:
        _update(session, cls, row_id, values)


def _assessment_values(
    ws: Workspace, stage_code: str, assessed_on: date, rating: Rating, notes: str
) -> dict[str, Any]:
    _check_stage(ws, stage_code, assessed_on)
    return {
        "stage_code": stage_code,
        "assessed_on": assessed_on,
        "rating": str(Rating(rating)),
        "notes": checked_text(notes),
    }


def _activity_values(ws: Workspace, kind: ActivityKind, held_on: date, description: str) -> dict[str, Any]:
    _check_in_plan(ws, held_on)
    return {
        "activity_kind": str(ActivityKind(kind)),
        "held_on": held_on,
        "description": checked_text(description, required=True),
    }


def _commendation_values(
    ws: Workspace, awarded_on: date, title: str, decision_number: str | None
) -> dict[str, Any]:
    _check_in_plan(ws, awarded_on)
    return {
        "awarded_on": awarded_on,
        "title": checked_text(title, required=True),
        "decision_number": clean_text(decision_number or "") or None,
    }


def add_assessment(
    ws: Workspace, nomination_id: int, stage_code: str, assessed_on: date, rating: Rating, notes: str = ""
) -> int:
    """Record an assessment of a model at one plan stage.

    Args:
        ws: the workspace.
        nomination_id: the model.
        stage_code: a stage of the plan (``review_2018``, ``followup_2019``, ``final_2020``).
        assessed_on: the day of the assessment.
        rating: the rating given.
        notes: the assessor's notes.

    Returns:
        The new assessment's id.

    Raises:
        FollowupProblem: unknown stage or nomination, or a day outside the stage's window.
    """
    return _create(
        ws, nomination_id, Assessment, _assessment_values(ws, stage_code, assessed_on, rating, notes)
    )


def update_assessment(
    ws: Workspace, assessment_id: int, stage_code: str, assessed_on: date, rating: Rating, notes: str = ""
) -> None:
    """Change an assessment (audited).

    Args:
        ws: the workspace.
        assessment_id: the assessment.
        stage_code: a stage of the plan.
        assessed_on: the day of the assessment.
        rating: the rating given.
        notes: the assessor's notes.

    Raises:
        FollowupProblem: unknown assessment or stage, or a day outside the stage's window.
    """
    _change(ws, Assessment, assessment_id, _assessment_values(ws, stage_code, assessed_on, rating, notes))


def add_activity(
    ws: Workspace, nomination_id: int, kind: ActivityKind, held_on: date, description: str
) -> int:
    """Record a replication activity (study visit, experience talk, media coverage, other).

    Args:
        ws: the workspace.
        nomination_id: the model.
        kind: the kind of activity.
        held_on: the day it was held.
        description: what was done (required).

    Returns:
        The new activity's id.

    Raises:
        FollowupProblem: unknown nomination, no description, or a day outside the plan's follow-up.
    """
    return _create(ws, nomination_id, ReplicationActivity, _activity_values(ws, kind, held_on, description))


def update_activity(
    ws: Workspace, activity_id: int, kind: ActivityKind, held_on: date, description: str
) -> None:
    """Change a replication activity (audited).

    Args:
        ws: the workspace.
        activity_id: the activity.
        kind: the kind of activity.
        held_on: the day it was held.
        description: what was done (required).

    Raises:
        FollowupProblem: unknown activity, no description, or a day outside the plan's follow-up.
    """
    _change(ws, ReplicationActivity, activity_id, _activity_values(ws, kind, held_on, description))


def add_commendation(
    ws: Workspace, nomination_id: int, awarded_on: date, title: str, decision_number: str | None = None
) -> int:
    """Record a commendation the model received (title and, if known, the decision's number).

    Args:
        ws: the workspace.
        nomination_id: the model.
        awarded_on: the day it was awarded.
        title: the commendation's title (required).
        decision_number: the decision's number, if known.

    Returns:
        The new commendation's id.

    Raises:
        FollowupProblem: unknown nomination, no title, or a day outside the plan's follow-up.
    """
    values = _commendation_values(ws, awarded_on, title, decision_number)
    return _create(ws, nomination_id, Commendation, values)


def update_commendation(
    ws: Workspace, commendation_id: int, awarded_on: date, title: str, decision_number: str | None = None
) -> None:
    """Change a commendation (audited).

    Args:
        ws: the workspace.
        commendation_id: the commendation.
        awarded_on: the day it was awarded.
        title: the commendation's title (required).
        decision_number: the decision's number, if known.

    Raises:
        FollowupProblem: unknown commendation, no title, or a day outside the plan's follow-up.
    """
    _change(ws, Commendation, commendation_id, _commendation_values(ws, awarded_on, title, decision_number))


_TABLES: dict[str, type[SQLModel]] = {
    "assessment": Assessment,
    "activity": ReplicationActivity,
    "commendation": Commendation,
}


def delete_record(ws: Workspace, what: str, record_id: int) -> None:
    """Delete one follow-up record, keeping an audit entry of what it was.

    Args:
        ws: the workspace.
        what: ``assessment``, ``activity`` or ``commendation``.
        record_id: the record's id.

    Raises:
        FollowupProblem: ``not_found``.
    """
    cls = _TABLES[what]
    with ws.session() as session:
        row = session.get(cls, record_id)
        if row is None:
            raise FollowupProblem("not_found", f"{what} {record_id}")
        before = record_snapshot(row)
        session.delete(row)
        audit.record(session, action="delete", entity=entity_of(row), entity_id=record_id, before=before)
