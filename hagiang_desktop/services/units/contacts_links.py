"""Who to call at a unit, and the links between units (merge, split, rename) with their legal basis.

:func:`contacts` reads many units' contact details in one query (they are set in
:func:`hagiang_desktop.services.unit_edits.set_contacts`); the unit directory's details show
:func:`links`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitLink


@dataclass(frozen=True)
class UnitContact:
    """Who to call at a unit about emulation work (the dashboard's "who to call" list).

    Attributes:
        code: the unit's code.
        name: the unit's name.
        person: the person in charge, if known.
        phone: their phone, if known.
        email: their e-mail, if known.
    """

    code: str
    name: str
    person: str | None
    phone: str | None
    email: str | None


def contacts(ws: Workspace, codes: Iterable[str]) -> dict[str, UnitContact]:
    """Return the contact details of the units with these codes (unknown codes are left out).

    Args:
        ws: the workspace.
        codes: the units' codes.

    Returns:
        code → contact, one query whatever the number of codes.
    """
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    query = select(
        col(Unit.code),
        col(Unit.name),
        col(Unit.contact_person),
        col(Unit.contact_phone),
        col(Unit.contact_email),
    ).where(col(Unit.code).in_(wanted))
    with ws.reading() as session:
        return {r[0]: UnitContact(*r) for r in session.execute(query)}


@dataclass(frozen=True)
class LinkRow:
    """A predecessor → successor link (merge, split, rename) with its legal basis.

    Attributes:
        id: database id.
        predecessor_code: the unit that ceased or changed.
        predecessor_name: its name.
        successor_code: the unit that took over.
        successor_name: its name.
        kind: "merge", "split" or "rename".
        legal_basis: the document number ("Nghị quyết 1267/NQ-UBTVQH15"), if known.
        legal_date: the document's date, if known.
    """

    id: int
    predecessor_code: str
    predecessor_name: str
    successor_code: str
    successor_name: str
    kind: str
    legal_basis: str | None
    legal_date: date | None


def links(ws: Workspace, code: str) -> list[LinkRow]:
    """Return every link where the unit is the predecessor or the successor, oldest document first.

    Args:
        ws: the workspace.
        code: the unit's code.

    Returns:
        The links, by the legal document's date then id.
    """
    pred, succ = aliased(Unit), aliased(Unit)
    query = (
        select(
            col(UnitLink.id),
            col(pred.code),
            col(pred.name),
            col(succ.code),
            col(succ.name),
            col(UnitLink.link_kind),
            col(UnitLink.legal_basis),
            col(UnitLink.legal_date),
        )
        .join(pred, col(pred.id) == col(UnitLink.predecessor_id))
        .join(succ, col(succ.id) == col(UnitLink.successor_id))
        .where(or_(col(pred.code) == code, col(succ.code) == code))
        .order_by(col(UnitLink.legal_date), col(UnitLink.id))
    )
    with ws.reading() as session:
        return [LinkRow(*r) for r in session.execute(query)]
