"""What the follow-up's use cases share: the refusals, the models followed, text and audit helpers.

:mod:`.editing` and :mod:`.bundled` write the same three tables (assessments, replication
activities, commendations) and audit them alike; :mod:`.reading` and the report
(:mod:`hagiang_desktop.services.followup_report`) count the same models (:data:`NOT_FOLLOWED`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session, SQLModel, col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.vntext import clean_text

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


def record_snapshot(row: SQLModel) -> dict[str, Any]:
    """Return a follow-up record as the audit log keeps it.

    Args:
        row: an assessment, replication activity or commendation.

    Returns:
        Its columns as plain data.
    """
    return row.model_dump()


def entity_of(row: SQLModel) -> str:
    """Return the audit log's entity name of a follow-up record (its table's name).

    Args:
        row: an assessment, replication activity or commendation.

    Returns:
        ``assessment``, ``replication_activity`` or ``commendation``.
    """
    return str(row.__tablename__)


def checked_text(value: str, *, required: bool = False) -> str:
    """Return a note or title cleaned (NFC, spaces, control characters; lines kept).

    Args:
        value: the text as typed or as a bundle carries it.
        required: refuse an empty text.

    Returns:
        The cleaned text.

    Raises:
        FollowupProblem: ``text_required`` when required and empty once cleaned.
    """
    cleaned = clean_text(value, multiline=True)
    if required and not cleaned:
        raise FollowupProblem("text_required")
    return cleaned


def records_of(session: Session, cls: type[Any], day: Any, nomination_id: int) -> list[Any]:
    """Return one model's records of one follow-up table, oldest first.

    Args:
        session: the open session.
        cls: ``Assessment``, ``ReplicationActivity`` or ``Commendation``.
        day: the column to order by (the record's day; ties by id).
        nomination_id: the model.

    Returns:
        The rows.
    """
    return list(
        session.scalars(
            select(cls).where(col(cls.nomination_id) == nomination_id).order_by(col(day), col(cls.id))
        )
    )
