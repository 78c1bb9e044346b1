"""A registering unit's own paper: its letterhead, its place, its "Kính gửi" and its head's signature."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hagiang_desktop.core import letterhead as core_letterhead
from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.letterhead import Body
from hagiang_desktop.services import letterhead, units
from hagiang_desktop.services.workspace import Workspace

#: The units a paper is dated from ("Lũng Cú, ngày …"): the levels of government.
_PLACES = (UnitKind.COMMUNE, UnitKind.DISTRICT, UnitKind.PROVINCE)


@dataclass(frozen=True)
class UnitPaper:
    """How a registering unit heads, dates, addresses and signs its forms.

    Attributes:
        superior: the body above the issuer, on the letterhead's first line ("" for none).
        issuer: the unit as its letterhead names it.
        place: where its papers are dated from ("Lũng Cú, ngày …").
        addressee: its forms' "Kính gửi".
        signer: its head's signature lines.
        seals: whether it has a seal of its own.
    """

    superior: str
    issuer: str
    place: str
    addressee: str
    signer: tuple[str, ...]
    seals: bool


def unit_paper(
    ws: Workspace,
    code: str,
    addressee_override: str,
    lookup: Callable[[str], units.UnitRow | None] | None = None,
) -> UnitPaper:
    """Return a registering unit's own letterhead, its forms' "Kính gửi" and its head's signature lines.

    Args:
        ws: the workspace.
        code: the registering unit's code.
        addressee_override: the office's own "Kính gửi" for forms, when it set one ("" for none:
            the addressee follows the unit's path up to the plan's recipient).
        lookup: the unit of a code, from a directory the caller read once (an export of
            thousands of rows); by default each unit on the path is read on its own.

    Returns:
        The unit's paper; a unit the directory no longer has is headed by its code.
    """
    get = lookup if lookup is not None else (lambda wanted: units.get_unit(ws, wanted))
    path: list[Body] = []
    unit = get(code)
    seen: set[str] = set()
    while unit is not None and unit.code not in seen and len(path) < 12:
        seen.add(unit.code)
        path.append(letterhead.body_of(unit))
        unit = get(unit.parent_code) if unit.parent_code else None
    if not path:
        return UnitPaper("", code.upper(), "", addressee_override or ws.plan.info.recipient, (), True)
    body, parent = path[0], path[1] if len(path) > 1 else None
    superior, issuer = core_letterhead.heading(body, parent)
    authority, title = core_letterhead.default_signer(body)
    if authority == "KT":  # a commune's people's committee confirms its forms through its chairman
        authority, title = "TM", "CHỦ TỊCH"
    # A commune dates its papers from itself; an office, a school or a village from the nearest
    # commune, district or province above it (a school under its Phòng Giáo dục: the district).
    local = next((b for b in path if b.kind in _PLACES), parent if parent is not None else body)
    place = local.short_name or local.name
    return UnitPaper(
        superior=superior,
        issuer=issuer,
        place=place,
        addressee=addressee_override or core_letterhead.addressee(path, ws.plan.info.recipient),
        signer=core_letterhead.signature_titles(issuer, authority, title),
        seals=core_letterhead.has_seal(body),
    )
