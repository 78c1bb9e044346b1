"""Emulation blocs and clusters (khối, cụm thi đua): the groups and a unit's memberships.

Reading only: the groups come from a file (:mod:`hagiang_desktop.services.group_io`), and a
unit's memberships are set in :func:`hagiang_desktop.services.unit_edits.set_groups`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitGroup, UnitGroupMember


@dataclass(frozen=True)
class GroupRow:
    """An emulation bloc or cluster (khối, cụm thi đua).

    Attributes:
        code: its stable code.
        name: its name.
        kind: "bloc" or "cluster".
        member_count: how many units belong to it.
    """

    code: str
    name: str
    kind: str
    member_count: int


def list_groups(ws: Workspace) -> list[GroupRow]:
    """Return the emulation groups in Vietnamese alphabetical order, with their member counts.

    Args:
        ws: the workspace.

    Returns:
        The groups, by Vietnamese name then code.
    """
    members = select(func.count()).where(col(UnitGroupMember.group_id) == col(UnitGroup.id)).scalar_subquery()
    query = select(col(UnitGroup.code), col(UnitGroup.name), col(UnitGroup.kind), members)
    with ws.reading() as session:
        rows = [GroupRow(*r) for r in session.execute(query)]
    # A few dozen groups: sorted here by the Vietnamese key, the same on every engine (a server
    # has no "vi" collation of ours).
    return sorted(rows, key=lambda row: (sort_key(row.name), row.code))


def unit_groups(ws: Workspace, code: str) -> list[str]:
    """Return the codes of the groups a unit belongs to, sorted.

    Args:
        ws: the workspace.
        code: the unit's code.

    Returns:
        The groups' codes; empty for an unknown unit or one in no group.
    """
    query = (
        select(col(UnitGroup.code))
        .join(UnitGroupMember, col(UnitGroupMember.group_id) == col(UnitGroup.id))
        .join(Unit, col(Unit.id) == col(UnitGroupMember.unit_id))
        .where(col(Unit.code) == code)
        .order_by(col(UnitGroup.code))
    )
    with ws.reading() as session:
        return list(session.scalars(query))
