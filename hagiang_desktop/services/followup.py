"""Follow-up of a model over 2018–2020: assessments per plan stage, replication, commendations.

Plan 127 follows a model after its registration (plan II.4–7 and the roadmap III): an interim
review in 2018, follow-up and replication in 2019, the final evaluation in 2020. Each record here
is added, changed or removed in one transaction with an audit entry; :func:`stage_progress` gives
the dashboard its "assessed / due" counts per stage.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import distinct, func, select, true
from sqlmodel import Session, SQLModel, col

from hagiang_desktop.core.kinds import ActivityKind, NominationStatus, Rating
from hagiang_desktop.core.vntext import clean_text, format_date_short
from hagiang_desktop.services import audit
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Assessment, Commendation, Nomination, ReplicationActivity, Unit

#: Statuses that do not count as a model to follow (not yet registered, or sent back).
NOT_FOLLOWED = frozenset({NominationStatus.DRAFT, NominationStatus.RETURNED})


class FollowupProblem(Exception):
    """Input the follow-up refuses.

    ``code`` is ``unknown_stage``, ``text_required``, ``not_found``, ``outside_stage`` (an
    assessment dated outside its stage's window; detail: the window) or ``outside_plan`` (an
    activity or commendation dated outside the plan's follow-up, 2018–2020; detail: the window).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


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


def _need_nomination(session: Session, nomination_id: int) -> None:
    if session.get(Nomination, nomination_id) is None:
        raise FollowupProblem("not_found", f"nomination {nomination_id}")


def _snapshot(row: SQLModel) -> dict[str, Any]:
    return row.model_dump()


def _entity(row: SQLModel) -> str:
    return str(row.__tablename__)


def _add(session: Session, row: SQLModel) -> int:
    session.add(row)
    session.flush()
    row_id = int(row.id)  # type: ignore[attr-defined]
    audit.record(session, action="create", entity=_entity(row), entity_id=row_id, after=_snapshot(row))
    return row_id


def _update(session: Session, cls: type[SQLModel], row_id: int, values: dict[str, Any]) -> None:
    row = session.get(cls, row_id)
    if row is None:
        raise FollowupProblem("not_found", f"{cls.__name__} {row_id}")
    before = _snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    audit.record(
        session, action="update", entity=_entity(row), entity_id=row_id, before=before, after=_snapshot(row)
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


def _text(value: str, *, required: bool = False) -> str:
    cleaned = clean_text(value, multiline=True)
    if required and not cleaned:
        raise FollowupProblem("text_required")
    return cleaned


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
        "notes": _text(notes),
    }


def _activity_values(ws: Workspace, kind: ActivityKind, held_on: date, description: str) -> dict[str, Any]:
    _check_in_plan(ws, held_on)
    return {
        "activity_kind": str(ActivityKind(kind)),
        "held_on": held_on,
        "description": _text(description, required=True),
    }


def _commendation_values(
    ws: Workspace, awarded_on: date, title: str, decision_number: str | None
) -> dict[str, Any]:
    _check_in_plan(ws, awarded_on)
    return {
        "awarded_on": awarded_on,
        "title": _text(title, required=True),
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
    """Change an assessment (audited). Raises FollowupProblem when unknown."""
    _change(ws, Assessment, assessment_id, _assessment_values(ws, stage_code, assessed_on, rating, notes))


def add_activity(
    ws: Workspace, nomination_id: int, kind: ActivityKind, held_on: date, description: str
) -> int:
    """Record a replication activity (study visit, experience talk, media coverage, other).

    Returns:
        The new activity's id.

    Raises:
        FollowupProblem: unknown nomination, no description, or a day outside the plan's follow-up.
    """
    return _create(ws, nomination_id, ReplicationActivity, _activity_values(ws, kind, held_on, description))


def update_activity(
    ws: Workspace, activity_id: int, kind: ActivityKind, held_on: date, description: str
) -> None:
    """Change a replication activity (audited). Raises FollowupProblem when unknown or empty."""
    _change(ws, ReplicationActivity, activity_id, _activity_values(ws, kind, held_on, description))


def add_commendation(
    ws: Workspace, nomination_id: int, awarded_on: date, title: str, decision_number: str | None = None
) -> int:
    """Record a commendation the model received (title and, if known, the decision's number).

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
    """Change a commendation (audited). Raises FollowupProblem when unknown or without title."""
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
        before = _snapshot(row)
        session.delete(row)
        audit.record(session, action="delete", entity=_entity(row), entity_id=record_id, before=before)


def _rows(session: Session, cls: type[Any], day: Any, nomination_id: int) -> list[Any]:
    return list(
        session.scalars(
            select(cls).where(col(cls.nomination_id) == nomination_id).order_by(col(day), col(cls.id))
        )
    )


def get_followup(ws: Workspace, nomination_id: int) -> Followup:
    """Return a model's assessments, replication activities and commendations, oldest first."""
    with ws.session() as session:
        assessments = tuple(
            AssessmentRow(a.id or 0, a.nomination_id, a.stage_code, a.assessed_on, Rating(a.rating), a.notes)
            for a in _rows(session, Assessment, col(Assessment.assessed_on), nomination_id)
        )
        activities = tuple(
            ActivityRow(a.id or 0, a.nomination_id, ActivityKind(a.activity_kind), a.held_on, a.description)
            for a in _rows(session, ReplicationActivity, col(ReplicationActivity.held_on), nomination_id)
        )
        commendations = tuple(
            CommendationRow(c.id or 0, c.nomination_id, c.awarded_on, c.title, c.decision_number)
            for c in _rows(session, Commendation, col(Commendation.awarded_on), nomination_id)
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
    """Return a follow-up row as plain data (for exports)."""
    return asdict(row)


# --------------------------------------------------------------------------------------------
# The follow-up in bundles (issue #24): read for data.json, replaced at the province
# --------------------------------------------------------------------------------------------


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
            notes=_text(a.notes),
        )
        for a in followup.assessments
    ]
    new += [
        ReplicationActivity(
            nomination_id=nomination_id,
            activity_kind=str(ActivityKind(r.kind)),
            held_on=r.held_on,
            description=_text(r.description),
        )
        for r in followup.activities
    ]
    new += [
        Commendation(
            nomination_id=nomination_id,
            awarded_on=c.awarded_on,
            title=_text(c.title),
            decision_number=clean_text(c.decision_number or "") or None,
        )
        for c in followup.commendations
    ]
    old = [
        r
        for cls in (Assessment, ReplicationActivity, Commendation)
        for r in _rows(session, cls, cls.id, nomination_id)
    ]

    def key(row: SQLModel) -> tuple[Any, ...]:
        values = row.model_dump(exclude={"id"})
        return (_entity(row), *sorted((k, str(v)) for k, v in values.items()))

    if sorted(map(key, old)) == sorted(map(key, new)):
        return False
    before = [_snapshot(r) | {"entity": _entity(r)} for r in old]
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
        after={"records": [_snapshot(r) | {"entity": _entity(r)} for r in new]},
    )
    return True


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
