"""The office this installation works for, and the part of the directory it covers.

A district's Phòng Nội vụ works for the whole district (its parent); a department's emulation
section for the department and the units under it. Without a chosen office the scope is the
whole directory (the province's view).
"""

from __future__ import annotations

from dataclasses import dataclass

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.services import units
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import MODE, OFFICE_UNIT, Workspace, get_setting, set_setting

#: The ``mode`` setting of the province's inbox; any other value (or none) is an office.
PROVINCE_INBOX = "province_inbox"

#: Kinds of unit that are a section of the body they work for (their scope is their parent's).
SECTION_KINDS = frozenset({UnitKind.OFFICE, UnitKind.PUBLIC_UNIT})


@dataclass(frozen=True)
class Scope:
    """The office and what it covers.

    Attributes:
        office: the unit the installation works for, or None (whole directory).
        root: the top of the covered subtree (the district for a district office), or None.
        unit_ids: ids of every unit in the subtree, or None for "all".
    """

    office: UnitRow | None
    root: UnitRow | None
    unit_ids: frozenset[int] | None


def office_scope(ws: Workspace) -> Scope:
    """Return the office chosen in settings and the units it covers."""
    code = get_setting(ws, OFFICE_UNIT)
    office = units.get_unit(ws, code) if code else None
    if office is None:
        return Scope(office=None, root=None, unit_ids=None)
    root = office
    if office.kind in SECTION_KINDS and office.parent_code:
        root = units.get_unit(ws, office.parent_code) or office
    if inbox_mode(ws):
        # The province's inbox (Ban TĐKT – Sở Nội vụ) works for the whole province: every
        # district and department sends its bundle there (issue #7).
        while root.parent_code:
            parent = units.get_unit(ws, root.parent_code)
            if parent is None:
                break
            root = parent
    return Scope(office=office, root=root, unit_ids=frozenset(units.subtree_ids(ws, root.code)))


def set_office(ws: Workspace, code: str) -> Scope:
    """Choose the office this installation works for.

    Raises:
        KeyError: no unit has this code.
    """
    if units.get_unit(ws, code) is None:
        raise KeyError(code)
    set_setting(ws, OFFICE_UNIT, code)
    return office_scope(ws)


def inbox_mode(ws: Workspace) -> bool:
    """Tell whether this installation is the province's inbox (chosen in settings)."""
    return bool(get_setting(ws, MODE) == PROVINCE_INBOX)


def set_inbox_mode(ws: Workspace, on: bool) -> Scope:
    """Switch between the office mode and the province's inbox; return the new scope."""
    set_setting(ws, MODE, PROVINCE_INBOX if on else "office")
    return office_scope(ws)
