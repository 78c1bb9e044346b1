"""The dashboard's unit table filter: by state (late, not received, short…), kind and folded text."""

from __future__ import annotations

from collections.abc import Callable

from hagiang_desktop.core.timeliness import UnitFilter, matches
from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services.dashboard import DashboardRow


def unit_filter(
    state: UnitFilter, kind: str | None, text: str, members: frozenset[str] | None = None
) -> Callable[[DashboardRow], bool]:
    """Return which units the table shows, for :meth:`RowsTableModel.set_filter`.

    The text matches the unit's name, code or contact person whatever the tone marks and case
    ("lung cu" finds "Xã Lũng Cú").

    Args:
        state: the state filter (``UnitFilter.ALL`` for every unit).
        kind: one kind of unit, or None/"" for every kind (the province looks at districts).
        text: the search text as typed.
        members: the codes of an emulation bloc's or cluster's units, or None for every unit.

    Returns:
        A predicate on the dashboard's rows.
    """
    wanted = fold(text.strip())  # once, not once per row

    def accept(row: DashboardRow) -> bool:
        if not matches(row.verdict, state):
            return False
        if kind and str(row.kind) != kind:
            return False
        if members is not None and row.code not in members:
            return False
        if wanted:
            return wanted in fold(" ".join(filter(None, (row.name, row.code, row.contact_person))))
        return True

    return accept
