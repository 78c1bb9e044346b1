"""What the follow-up of 2018–2020 shows and prints: one line per model and stage, as of a day.

The CLI's ``followup list`` prints these lines; the follow-up report (``export followup``) prints
them grouped by unit and field, with the counts per unit and field (:func:`unit_field_counts`).
A model is listed at a stage when it is due there (:func:`followup.stage_progress` counts the
same models): registered in or before the stage's year, received by the day, neither a draft
nor returned. Its assessment is the latest one of the stage dated by the day; its replication
activities and commendations are those dated in the stage's window and by the day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, func, select, true
from sqlmodel import col

from hagiang_desktop.core.plan import Stage
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.followup import NOT_FOLLOWED
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.id_lists import literal_ids
from hagiang_desktop.storage.models import Assessment, Commendation, Nomination, ReplicationActivity, Unit

__all__ = ["FollowupLine", "UnitFieldCounts", "followup_lines", "stages_chosen", "unit_field_counts"]


@dataclass(frozen=True)
class FollowupLine:
    """One model at one stage of the follow-up.

    Attributes:
        nomination_id: the model's id.
        name: its name.
        unit_code: the registering unit's code.
        unit_name: the registering unit's name.
        field_code: the plan field.
        stage_code: the stage (``review_2018``…).
        stage_year: the stage's year.
        assessed_on: the day of the stage's latest assessment by the day, or None (not assessed).
        rating: that assessment's rating code, or None.
        notes: its notes.
        late: not assessed, and the stage's window closed before the day.
        activities: (day, kind code, description) of the replication activities in the window.
        commendations: (day, title, decision number) of the commendations in the window.
    """

    nomination_id: int
    name: str
    unit_code: str
    unit_name: str
    field_code: str
    stage_code: str
    stage_year: int
    assessed_on: date | None = None
    rating: str | None = None
    notes: str = ""
    late: bool = False
    activities: tuple[tuple[date, str, str], ...] = ()
    commendations: tuple[tuple[date, str, str | None], ...] = ()


@dataclass
class UnitFieldCounts:
    """The follow-up of one unit in one field at one stage.

    Attributes:
        unit_code: the registering unit.
        unit_name: its name.
        field_code: the plan field.
        stage_code: the stage.
        due: models to assess.
        assessed: models assessed.
        late: models not assessed after the window closed.
        activities: replication activities.
        commendations: commendations.
        ratings: how many models got each rating.
    """

    unit_code: str
    unit_name: str
    field_code: str
    stage_code: str
    due: int = 0
    assessed: int = 0
    late: int = 0
    activities: int = 0
    commendations: int = 0
    ratings: dict[str, int] = field(default_factory=dict)


def stages_chosen(ws: Workspace, year: int | None) -> tuple[Stage, ...]:
    """Return the plan's stages, or the one of ``year`` (2018, 2019, 2020).

    Raises:
        KeyError: the plan has no stage that year.
    """
    if year is None:
        return ws.plan.stages
    return (ws.plan.stage_of_year(year),)


def followup_lines(
    ws: Workspace,
    scope: Scope | None = None,
    *,
    stages: Iterable[Stage] | None = None,
    as_of: date | None = None,
) -> list[FollowupLine]:
    """Return one line per model due and stage, in stage, unit, field (plan order) and name order.

    Args:
        ws: the workspace.
        scope: the office's scope; None for every unit.
        stages: the stages to list (default: all the plan's).
        as_of: the day; None takes everything recorded.

    Returns:
        The lines.
    """
    chosen = tuple(stages) if stages is not None else ws.plan.stages
    if not chosen:
        return []
    day = as_of or date.max
    models = _models(ws, scope, day, max(s.year for s in chosen))
    ids = [m[0] for m in models]
    assessments, activities, commendations = _records(ws, ids, day)
    lines = []
    for stage in chosen:
        closed = as_of is not None and as_of > stage.closes
        for nid, name, year, field_code, unit_code, unit_name in models:
            if year > stage.year:
                continue
            latest = assessments.get((nid, stage.code))
            lines.append(
                FollowupLine(
                    nomination_id=nid,
                    name=name,
                    unit_code=unit_code,
                    unit_name=unit_name,
                    field_code=field_code,
                    stage_code=stage.code,
                    stage_year=stage.year,
                    assessed_on=latest[0] if latest else None,
                    rating=latest[1] if latest else None,
                    notes=latest[2] if latest else "",
                    late=closed and latest is None,
                    activities=tuple(a for a in activities.get(nid, ()) if stage.contains(a[0])),
                    commendations=tuple(c for c in commendations.get(nid, ()) if stage.contains(c[0])),
                )
            )
    return lines


def _models(ws: Workspace, scope: Scope | None, day: date, last_year: int) -> list[Any]:
    """Read the models followed in the scope, received by ``day``, in unit, field, name order.

    Each under its registering unit as of ``day`` (a model a merge moved later is still its old
    unit's then), named as that unit was called that day (issue #24).
    """
    from hagiang_desktop.services import unit_history, units

    unit_ids = scope.unit_ids if scope is not None else None
    field_rank = case(
        {f.code: i for i, f in enumerate(ws.plan.fields)},
        value=col(Nomination.field_code),
        else_=len(ws.plan.fields),
    )
    with ws.reading() as session:
        unit_then = unit_history.unit_on_expression(session, day) if day != date.max else None
        unit_id = unit_then if unit_then is not None else col(Nomination.registering_unit_id)
        query = (
            select(
                col(Nomination.id),
                col(Nomination.name),
                col(Nomination.year),
                col(Nomination.field_code),
                col(Unit.code),
                col(Unit.name),
                col(Unit.id),
            )
            .join(Unit, col(Unit.id) == unit_id)
            .where(
                col(Nomination.status).not_in([str(s) for s in NOT_FOLLOWED]),
                func.coalesce(col(Nomination.received_on), date.min) <= day,
                col(Nomination.year) <= last_year,
                unit_id.in_(unit_ids) if unit_ids is not None else true(),
            )
            .order_by(
                col(Unit.name_sort), col(Unit.code), field_rank, col(Nomination.name_sort), col(Nomination.id)
            )
        )
        rows = list(session.execute(query).all())
    then = units.versions_on(ws, day) if day != date.max else {}
    return [
        (nid, name, year, field_code, code, then[uid].name if uid in then else unit_name)
        for nid, name, year, field_code, code, unit_name, uid in rows
    ]


def _records(
    ws: Workspace, ids: list[int], day: date
) -> tuple[
    dict[tuple[int, str], tuple[date, str, str]],
    dict[int, list[tuple[date, str, str]]],
    dict[int, list[tuple[date, str, str | None]]],
]:
    """Read the follow-up records of these models dated by ``day``, oldest first."""
    assessments: dict[tuple[int, str], tuple[date, str, str]] = {}
    activities: dict[int, list[tuple[date, str, str]]] = defaultdict(list)
    commendations: dict[int, list[tuple[date, str, str | None]]] = defaultdict(list)
    with ws.reading() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            a = Assessment
            query = select(
                col(a.nomination_id), col(a.stage_code), col(a.assessed_on), col(a.rating), col(a.notes)
            )
            query = query.where(col(a.nomination_id).in_(literal_ids(chunk)), col(a.assessed_on) <= day)
            for nid, stage_code, on, rating, notes in session.execute(
                query.order_by(col(a.assessed_on), col(a.id))
            ):
                assessments[(nid, stage_code)] = (on, rating, notes)  # the latest wins
            r = ReplicationActivity
            query2 = select(col(r.nomination_id), col(r.held_on), col(r.activity_kind), col(r.description))
            query2 = query2.where(col(r.nomination_id).in_(literal_ids(chunk)), col(r.held_on) <= day)
            for nid, on, kind, text in session.execute(query2.order_by(col(r.held_on), col(r.id))):
                activities[nid].append((on, kind, text))
            c = Commendation
            query3 = select(col(c.nomination_id), col(c.awarded_on), col(c.title), col(c.decision_number))
            query3 = query3.where(col(c.nomination_id).in_(literal_ids(chunk)), col(c.awarded_on) <= day)
            for nid, on, title, number in session.execute(query3.order_by(col(c.awarded_on), col(c.id))):
                commendations[nid].append((on, title, number))
    return assessments, activities, commendations


def unit_field_counts(lines: Iterable[FollowupLine]) -> list[UnitFieldCounts]:
    """Sum the lines per stage, unit and field, in the lines' order (for the report's summary)."""
    out: dict[tuple[str, str, str], UnitFieldCounts] = {}
    for line in lines:
        key = (line.stage_code, line.unit_code, line.field_code)
        counts = out.get(key)
        if counts is None:
            counts = UnitFieldCounts(line.unit_code, line.unit_name, line.field_code, line.stage_code)
            out[key] = counts
        counts.due += 1
        counts.assessed += line.assessed_on is not None
        counts.late += line.late
        counts.activities += len(line.activities)
        counts.commendations += len(line.commendations)
        if line.rating:
            counts.ratings[line.rating] = counts.ratings.get(line.rating, 0) + 1
    return list(out.values())


# --------------------------------------------------------------------------------------------
# The printed report
# --------------------------------------------------------------------------------------------

#: How the report names ratings and activities (the document is Vietnamese whatever the UI).
RATING_VI = {"excellent": "Xuất sắc", "good": "Tốt", "fair": "Khá", "weak": "Yếu"}
ACTIVITY_VI = {
    "study_visit": "Tham quan, học tập kinh nghiệm",
    "experience_talk": "Báo cáo kinh nghiệm",
    "media": "Tuyên truyền",
    "other": "Khác",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI")


def report_title(ws: Workspace) -> str:
    """Return the follow-up report's title."""
    info = ws.plan.info
    return (
        "BÁO CÁO KẾT QUẢ THEO DÕI, ĐÁNH GIÁ VÀ NHÂN RỘNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN "
        f"GIAI ĐOẠN {info.period_start} – {info.period_end}"
    )


def report_sections(
    ws: Workspace, scope: Scope | None, stages: Iterable[Stage], as_of: date | None
) -> list[Any]:
    """Build the report's sections (one per stage) from :func:`followup_lines`."""
    from hagiang_desktop.exports.followup_report import ReportRow, ReportSection, SummaryRow

    chosen = tuple(stages)
    lines = followup_lines(ws, scope, stages=chosen, as_of=as_of)
    titles = {f.code: f"{f.code}. {f.short_vi}" for f in ws.plan.fields}
    sections = []
    for stage in chosen:
        i = ws.plan.stages.index(stage)  # numbered as in the plan, whichever are printed
        mine = [line for line in lines if line.stage_code == stage.code]
        rows = [
            ReportRow(
                name=line.name,
                unit_name=line.unit_name,
                field_code=line.field_code,
                assessed_on=line.assessed_on,
                rating=RATING_VI.get(line.rating or "", line.rating or ""),
                notes=line.notes,
                activity_count=len(line.activities),
                activities="\n".join(
                    f"{format_date_short(d)}: {ACTIVITY_VI.get(k, k)} – {text}"
                    for d, k, text in line.activities
                ),
                commendations="\n".join(
                    f"{format_date_short(d)}: {title}" + (f" ({number})" if number else "")
                    for d, title, number in line.commendations
                ),
                late=line.late,
            )
            for line in mine
        ]
        summary = [
            SummaryRow(
                unit_name=c.unit_name,
                field=titles.get(c.field_code, c.field_code),
                due=c.due,
                assessed=c.assessed,
                late=c.late,
                activities=c.activities,
                commendations=c.commendations,
                ratings="; ".join(f"{RATING_VI.get(r, r)}: {n}" for r, n in c.ratings.items()),
            )
            for c in unit_field_counts(mine)
        ]
        estimate = " (ước tính, Kế hoạch không ghi ngày)" if stage.due_is_estimate else ""
        heading = (
            f"{_ROMAN[i] if i < len(_ROMAN) else i + 1}. NĂM {stage.year}: {stage.title_vi.upper()} "
            f"– hạn {format_date_short(stage.due)}{estimate}"
        )
        sections.append(ReportSection(heading, f"{stage.clause}: {stage.text}", rows, summary))
    return sections


def export_followup(
    ws: Workspace,
    out: Any,
    *,
    stage_year: int | None = None,
    as_of: date | None = None,
    day: date | None = None,
) -> tuple[int, int]:
    """Write the follow-up report (.xlsx or .pdf, by the file's extension) for the office's scope.

    Args:
        ws: the workspace.
        out: the file to write (replaced atomically; nothing left on failure).
        stage_year: only the stage of this year (2018, 2019, 2020); None for all three.
        as_of: the day the figures are for; None: the document's day.
        day: the document's date (default: ``as_of``, else the view's day,
            :func:`exporting.default_day`).

    Returns:
        The number of model rows and of pages (0 for a workbook).

    Raises:
        KeyError: no stage in ``stage_year``.
    """
    from pathlib import Path

    from hagiang_desktop.exports import followup_report as writer
    from hagiang_desktop.services import exporting
    from hagiang_desktop.services.scope import office_scope

    stages = stages_chosen(ws, stage_year)
    doc = exporting.official_document(ws, report_title(ws), day=day or as_of)
    scope = office_scope(ws)
    figures_day = as_of or doc.header.day
    sections = report_sections(ws, scope, stages, figures_day)
    # The day the figures are for, under the title: a report printed in January for 31/12 says so.
    as_of_line = f"(Số liệu tính đến ngày {format_date_short(figures_day)})" if figures_day else ""
    rows = sum(len(s.rows) for s in sections)
    if Path(out).suffix.lower() == ".pdf":
        return rows, writer.write_followup_pdf(Path(out), doc, sections, as_of_line=as_of_line)
    writer.write_followup_xlsx(Path(out), doc, sections, as_of_line=as_of_line)
    return rows, 0
