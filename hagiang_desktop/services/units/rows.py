"""A unit as the UI and the CLI see it (:class:`UnitRow`), and the SQL every unit query starts from.

:mod:`.lookups` and :mod:`.tree` read units through :func:`select_rows` and :func:`to_rows`, so
that a unit has the same columns wherever it is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.storage.models import Unit


@dataclass(frozen=True)
class UnitRow:
    """A unit as the UI and the CLI see it.

    Attributes:
        id: database id.
        code: stable code.
        name: full Vietnamese name (NFC).
        kind: the unit's kind.
        parent_id: the parent's id, None for a root.
        parent_code: the parent's code, None for a root.
        valid_from: first day of validity, if known.
        valid_to: last day of validity, None while open.
        child_count: how many children it has (filled by :func:`children`, else 0).
        short_name: the name where the context is clear ("Lũng Cú"), if any.
        contact_person: who handles emulation work there, if known.
        contact_phone: their phone number, if known.
        contact_email: their e-mail address, if known.
    """

    id: int
    code: str
    name: str
    kind: UnitKind
    parent_id: int | None
    parent_code: str | None
    valid_from: date | None
    valid_to: date | None
    child_count: int = 0
    short_name: str | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    #: The row's version (migration 0006): an edit passes it back to detect another clerk's (#22).
    row_version: int = 1

    def is_valid_on(self, day: date) -> bool:
        """Tell whether the unit existed on ``day``.

        Args:
            day: the day.

        Returns:
            True when ``day`` lies between its first and last day of validity (both included).
        """
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


#: A query of rows (any columns), as SQLAlchemy types it.
Rows = Select[*tuple[Any, ...]]


#: The parent of the unit a query reads (its code is a column of :class:`UnitRow`).
ParentUnit = aliased(Unit)
_Child = aliased(Unit)


def select_rows(*, with_child_count: bool = False) -> Rows:
    """Return the query of :class:`UnitRow` columns, the parent joined; narrow it with ``where``.

    Args:
        with_child_count: count each unit's children (the lazy tree's expand arrows); 0 otherwise.

    Returns:
        The query, for :func:`to_rows`.
    """
    child_count = (
        select(func.count()).where(col(_Child.parent_id) == col(Unit.id)).scalar_subquery()
        if with_child_count
        else literal(0)
    )
    return select(
        col(Unit.id),
        col(Unit.code),
        col(Unit.name),
        col(Unit.kind),
        col(Unit.parent_id),
        col(ParentUnit.code),
        col(Unit.valid_from),
        col(Unit.valid_to),
        child_count,
        col(Unit.short_name),
        col(Unit.contact_person),
        col(Unit.contact_phone),
        col(Unit.contact_email),
        col(Unit.row_version),
    ).outerjoin(ParentUnit, col(Unit.parent_id) == col(ParentUnit.id))


def valid_on(day: date) -> ColumnElement[bool]:
    """Return the SQL condition "the unit exists on ``day``" (both bounds inclusive).

    Args:
        day: the day.

    Returns:
        A condition on ``unit`` for ``WHERE``.
    """
    return and_(
        or_(col(Unit.valid_from).is_(None), col(Unit.valid_from) <= day),
        or_(col(Unit.valid_to).is_(None), col(Unit.valid_to) >= day),
    )


def to_rows(result: Iterable[Sequence[Any]]) -> list[UnitRow]:
    """Return the rows of a :func:`select_rows` query as :class:`UnitRow`.

    Args:
        result: the executed query.

    Returns:
        The units, in the query's order.
    """
    return [
        UnitRow(
            id=r[0],
            code=r[1],
            name=r[2],
            kind=UnitKind(r[3]),
            parent_id=r[4],
            parent_code=r[5],
            valid_from=r[6],
            valid_to=r[7],
            child_count=r[8],
            short_name=r[9],
            contact_person=r[10],
            contact_phone=r[11],
            contact_email=r[12],
            row_version=r[13],
        )
        for r in result
    ]
