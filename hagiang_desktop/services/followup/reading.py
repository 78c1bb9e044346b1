"""Reading the follow-up: one model's records, the progress per stage, per unit and field.

Nothing here writes: the form's follow-up tab reads :func:`get_followup`; the dashboard reads
:func:`stage_progress` and :func:`unit_field_progress` in a worker, in grouped queries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import distinct, func, select, true
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import ActivityKind, Rating
from hagiang_desktop.services.followup.common import NOT_FOLLOWED, records_of
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Assessment, Commendation, Nomination, ReplicationActivity, Unit


@dataclass(frozen=True)
class AssessmentRow:
    """One assessment of a model at a plan stage."""

    id: int
    nomination_id: int
    stage_code: str
    assessed_on: date
    rating: Rating
    notes: str


@dataclass(frozen=True)
class ActivityRow:
    """One replication activity of a model."""

    id: int
    nomination_id: int
    kind: ActivityKind
    held_on: date
    description: str


@dataclass(frozen=True)
class CommendationRow:
    """One commendation a model received."""

    id: int
    nomination_id: int
    awarded_on: date
    title: str
    decision_number: str | None


@dataclass(frozen=True)
class Followup:
    """Everything the form's follow-up tab shows for one model."""

    assessments: tuple[AssessmentRow, ...]
    activities: tuple[ActivityRow, ...]
    commendations: tuple[CommendationRow, ...]


@dataclass(frozen=True)
class StageProgress:
    """Assessments done against models due, for one stage, as of a day.

    Attributes:
        stage_code: the plan's stage code (``review_2018``…).
        year: the stage's year.
        due_on: the stage's due day (an estimate when the plan gives none).
        done: models of the scope with at least one assessment for the stage dated by the day.
        due: models of the scope to assess at the stage (registered in or before its year,
            received by the day, not a draft and not returned).
        late: models due and not assessed once the stage's window has closed (0 before).
        activities: replication activities held in the stage's window, by the day.
        commendations: commendations awarded in the stage's window, by the day.
    """

    stage_code: str
    year: int
    due_on: date
    done: int
    due: int
    late: int = 0
    activities: int = 0
    commendations: int = 0


def get_followup(ws: Workspace, nomination_id: int) -> Followup:
    """Return a model's assessments, replication activities and commendations, oldest first.

    Args:
        ws: the workspace.
        nomination_id: the model.

    Returns:
        Its three lists of records.
    """
    with ws.session() as session:
        assessments = tuple(
            AssessmentRow(a.id or 0, a.nomination_id, a.stage_code, a.assessed_on, Rating(a.rating), a.notes)
            for a in records_of(session, Assessment, col(Assessment.assessed_on), nomination_id)
        )
        activities = tuple(
            ActivityRow(a.id or 0, a.nomination_id, ActivityKind(a.activity_kind), a.held_on, a.description)
            for a in records_of(session, ReplicationActivity, col(ReplicationActivity.held_on), nomination_id)
        )
        commendations = tuple(
            CommendationRow(c.id or 0, c.nomination_id, c.awarded_on, c.title, c.decision_number)
            for c in records_of(session, Commendation, col(Commendation.awarded_on), nomination_id)
        )
    return Followup(assessments, activities, commendations)


def stage_progress(
    ws: Workspace, scope: Scope | None = None, as_of: date | None = None
) -> list[StageProgress]:
    """Count, per plan stage, the models assessed against the models due, as of a day.

    A model is due at a stage when it was registered in or before the stage's year, received
    by the day (or undated) and is neither a draft nor returned; it is done when it has an
    assessment for the stage dated by the day, and late when it is not done once the stage's
    window has closed before the day.

    Args:
        ws: the workspace.
        scope: the office's scope (its registering units); None means all.
        as_of: the day the figures are for; None counts everything recorded.

    Returns:
        One entry per stage of the plan, in the plan's order.
    """
    day = as_of or date.max
    unit_ids = scope.unit_ids if scope is not None else None
    followed = col(Nomination.status).not_in([str(s) for s in NOT_FOLLOWED])
    in_scope = col(Nomination.registering_unit_id).in_(unit_ids) if unit_ids is not None else true()
    received = func.coalesce(col(Nomination.received_on), date.min) <= day
    # Two grouped queries for all the stages, rather than two per stage each walking the year
    # index with a row lookup per registration (~1 s → ~0.15 s on the province, issue #11). The
    # year is grouped as an expression so that SQLite reads the table in one pass.
    year = (col(Nomination.year) + 0).label("year")
    # Read-only: the dashboard computes it in a worker, which must not hold the write lock.
    with ws.reading() as session:
        per_year = session.execute(
            select(year, func.count()).where(followed, in_scope, received).group_by(year)
        ).all()
        assessed = session.execute(
            select(col(Assessment.stage_code), year, func.count(distinct(col(Assessment.nomination_id))))
            .join(Nomination, col(Nomination.id) == col(Assessment.nomination_id))
            .where(followed, in_scope, received, col(Assessment.assessed_on) <= day)
            .group_by(col(Assessment.stage_code), year)
        ).all()
        activities = _dated_counts(session, col(ReplicationActivity.held_on), (followed, in_scope), day)
        commendations = _dated_counts(session, col(Commendation.awarded_on), (followed, in_scope), day)
    result = []
    for stage in ws.plan.stages:
        # A model has one year: the distinct counts per year add up to the stage's.
        due = sum(count for y, count in per_year if y <= stage.year)
        done = sum(count for code, y, count in assessed if code == stage.code and y <= stage.year)
        late = due - done if as_of is not None and as_of > stage.closes else 0
        result.append(
            StageProgress(
                stage.code,
                stage.year,
                stage.due,
                done,
                due,
                late=max(late, 0),
                activities=sum(n for d, n in activities if stage.contains(d)),
                commendations=sum(n for d, n in commendations if stage.contains(d)),
            )
        )
    return result


def _dated_counts(session: Session, day_column: Any, where: tuple[Any, ...], as_of: date) -> list[Any]:
    """Count the records of a dated follow-up table per day, up to ``as_of``, for followed models."""
    table = day_column.class_
    return list(
        session.execute(
            select(day_column, func.count())
            .join(Nomination, col(Nomination.id) == col(table.nomination_id))
            .where(*where, day_column <= as_of)
            .group_by(day_column)
        ).all()
    )


def as_dict(row: AssessmentRow | ActivityRow | CommendationRow) -> dict[str, Any]:
    """Return a follow-up row as plain data (for exports).

    Args:
        row: an assessment, activity or commendation row.

    Returns:
        Its fields as a dict.
    """
    return asdict(row)


@dataclass(frozen=True)
class UnitFieldProgress:
    """The follow-up of one registering unit in one field, as of a day (the dashboard's table).

    Attributes:
        unit_code: the registering unit.
        unit_name: its name.
        field_code: the plan field.
        models: models followed (received by the day, not a draft, not returned).
        assessed: per stage of the plan, in its order: models assessed by the day.
        activities: replication activities held by the day.
        commendations: commendations awarded by the day.
    """

    unit_code: str
    unit_name: str
    field_code: str
    models: int
    assessed: tuple[int, ...]
    activities: int
    commendations: int


def unit_field_progress(ws: Workspace, scope: Scope | None, as_of: date) -> list[UnitFieldProgress]:
    """Count the follow-up per registering unit and field as of a day, in four grouped queries.

    Args:
        ws: the workspace.
        scope: the office's scope; None for every unit.
        as_of: the day.

    Returns:
        One entry per unit and field with a followed model, by unit code then field.
    """
    unit_ids = scope.unit_ids if scope is not None else None
    where = (
        col(Nomination.status).not_in([str(s) for s in NOT_FOLLOWED]),
        col(Nomination.registering_unit_id).in_(unit_ids) if unit_ids is not None else true(),
        func.coalesce(col(Nomination.received_on), date.min) <= as_of,
    )
    key = (col(Nomination.registering_unit_id), col(Nomination.field_code))
    with ws.reading() as session:
        models = {
            (u, f): n for u, f, n in session.execute(select(*key, func.count()).where(*where).group_by(*key))
        }
        assessed: dict[tuple[int, str, str], int] = {
            (u, f, s): n
            for u, f, s, n in session.execute(
                select(*key, col(Assessment.stage_code), func.count(distinct(col(Assessment.nomination_id))))
                .select_from(Assessment)
                .join(Nomination, col(Nomination.id) == col(Assessment.nomination_id))
                .where(*where, col(Assessment.assessed_on) <= as_of)
                .group_by(*key, col(Assessment.stage_code))
            )
        }
        counts = []
        for table, day in (
            (ReplicationActivity, col(ReplicationActivity.held_on)),
            (Commendation, col(Commendation.awarded_on)),
        ):
            counts.append(
                {
                    (u, f): n
                    for u, f, n in session.execute(
                        select(*key, func.count())
                        .select_from(table)
                        .join(Nomination, col(Nomination.id) == col(table.nomination_id))
                        .where(*where, col(day) <= as_of)
                        .group_by(*key)
                    )
                }
            )
        ids = {u for u, _f in models}
        names = {
            i: (c, n)
            for i, c, n in session.execute(
                select(col(Unit.id), col(Unit.code), col(Unit.name)).where(col(Unit.id).in_(ids))
            )
        }
    stages = [s.code for s in ws.plan.stages]
    rows = [
        UnitFieldProgress(
            unit_code=names[u][0],
            unit_name=names[u][1],
            field_code=f,
            models=n,
            assessed=tuple(assessed.get((u, f, s), 0) for s in stages),
            activities=counts[0].get((u, f), 0),
            commendations=counts[1].get((u, f), 0),
        )
        for (u, f), n in models.items()
    ]
    return sorted(rows, key=lambda r: (r.unit_code, r.field_code))
