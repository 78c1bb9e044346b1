"""What the follow-up's use cases share: the refusals, the models followed, text and audit helpers."""

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


def _snapshot(row: SQLModel) -> dict[str, Any]:
    return row.model_dump()


def _entity(row: SQLModel) -> str:
    return str(row.__tablename__)


def _text(value: str, *, required: bool = False) -> str:
    cleaned = clean_text(value, multiline=True)
    if required and not cleaned:
        raise FollowupProblem("text_required")
    return cleaned


def _rows(session: Session, cls: type[Any], day: Any, nomination_id: int) -> list[Any]:
    return list(
        session.scalars(
            select(cls).where(col(cls.nomination_id) == nomination_id).order_by(col(day), col(cls.id))
        )
    )
