"""Who to call today: the units not received yet, missing, late or short, and their printed list."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hagiang_desktop.core.timeliness import CallReason
from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.services.dashboard.unit_rows import DashboardRow, unit_table
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from hagiang_desktop.exports.who_to_call import CallSheet


def who_to_call(rows: list[DashboardRow], scope: Scope | None = None) -> list[DashboardRow]:
    """Return the units to call today: not received yet, missing, late, or short of a hard quota.

    Args:
        rows: the unit table.
        scope: the office's scope; its own unit (the district of a district office) is left out,
            since the office does not call itself: its own steps are in :func:`upward`.

    Returns:
        Those rows, most urgent first (missing, then not yet, late, short), then by name.
    """
    order = {reason: rank for rank, reason in enumerate(CallReason)}
    # Nor its own office (Phòng Nội vụ under its district): it was listed as overdue (#17).
    own = {u.code for u in (scope.root, scope.office) if u is not None} if scope is not None else set()
    chosen = [r for r in rows if r.call_reasons and r.code not in own]
    return sorted(chosen, key=lambda r: (order[r.call_reasons[0]], sort_key(r.name), r.code))


_PLACE_PREFIXES = ("Thành phố ", "Thị xã ", "Huyện ", "Quận ", "Tỉnh ")


def _place(name: str) -> str:
    for prefix in _PLACE_PREFIXES:
        if name.lower().startswith(prefix.lower()):
            return name[len(prefix) :]
    return name


def call_sheet(ws: Workspace, scope: Scope, as_of: date, language: str = "vi") -> CallSheet:
    """Build the "who to call" list of the scope as of a day, with its header, for printing.

    Args:
        ws: the workspace.
        scope: the office's scope.
        as_of: the local day.
        language: ``vi`` or ``en`` for the texts.

    Returns:
        The sheet for :mod:`hagiang_desktop.exports.who_to_call`.
    """
    # openpyxl and reportlab load with the first call sheet, not with the dashboard (#11).
    from hagiang_desktop.exports.who_to_call import CallLine, CallSheet

    rows = who_to_call(unit_table(ws, scope, as_of), scope)
    lines = tuple(
        CallLine(
            unit_name=r.name,
            reasons=r.call_reasons,
            days_left=r.verdict.days_left,
            counted=r.counted,
            quota_minimum=r.verdict.quota.minimum if r.verdict.quota else None,
            contact_person=r.contact_person,
            contact_phone=r.contact_phone,
            contact_email=r.contact_email,
            last_received=r.last_received,
        )
        for r in rows
    )
    office, root = scope.office, scope.root
    province = ws.plan.info.province
    if office is None or root is None:
        parent_body, body, place = f"UBND tỉnh {province}", "Sở Nội vụ", province
    else:
        # The office's own paper, as its key form: one letterhead implementation for every
        # document (services.letterhead), with what the office set in Settings.
        from hagiang_desktop.services import letterhead

        own = letterhead.letterhead(ws, "key-form")
        parent_body, body, place = own.superior, own.issuer, _place(root.name)
    # IV.1's sanction is printed, in the plan's whole sentence, only when a body it addresses is on
    # the list: a district calling its communes and offices is following them up, not sanctioning.
    note = ws.plan.consequence
    sanction = any(r.verdict.consequence for r in rows)
    return CallSheet(
        parent_body=parent_body,
        body=body,
        place=place,
        as_of=as_of,
        lines=lines,
        consequence=(note.label_en if language == "en" else note.text) if sanction else "",
        language=language,
    )


def export_who_to_call(
    ws: Workspace,
    scope: Scope,
    as_of: date,
    path: Path,
    language: str = "vi",
    *,
    progress: Progress | None = None,
) -> int:
    """Write the "who to call" list as ``.xlsx`` or ``.pdf`` (chosen by the file's suffix).

    Args:
        ws: the workspace.
        scope: the office's scope.
        as_of: the local day.
        path: the file to write (atomically).
        language: ``vi`` or ``en``.
        progress: ``(done, total) -> bool``, told once the list is read, before the file is
            written; False cancels (no file is written then).

    Returns:
        How many units are on the list.

    Raises:
        ValueError: the suffix is neither ``.xlsx`` nor ``.pdf``.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop.
    """
    from hagiang_desktop.exports import who_to_call as who_to_call_file

    sheet = call_sheet(ws, scope, as_of, language)
    report(progress, 0, 1)  # the last moment Cancel leaves no file: the writing is one atomic step
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        who_to_call_file.write_xlsx(path, sheet)
    elif suffix == ".pdf":
        who_to_call_file.write_pdf(path, sheet)
    else:
        raise ValueError(f"unknown format {path.suffix!r}: choose .xlsx or .pdf")
    return len(sheet.lines)
