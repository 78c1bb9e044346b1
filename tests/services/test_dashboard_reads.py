"""What the dashboard's unit table asks the database, whatever the size of the directory (#22).

On a province's 20,000 units the table sent the ids of every unit it judged in three IN lists
(60,000 bound parameters): on a PostgreSQL server building and sending them cost more than the
grouping itself. It now groups every unit's registrations and skips the units it does not judge,
so each statement carries a handful of parameters and their number does not grow with the
directory. No timing here: the figures are in benchmarks/RESULTS.md.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from sqlalchemy import event

from hagiang_desktop.services import dashboard
from hagiang_desktop.services.dashboard import DashboardRow
from hagiang_desktop.services.scope import Scope


def _statements(ws, as_of):
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(ws.db.engine, "before_cursor_execute", record)
    try:
        rows = dashboard.unit_table(ws, Scope(office=None, root=None, unit_ids=None), as_of)
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", record)
    return rows, seen


def _size(parameters) -> int:
    if isinstance(parameters, dict):
        return len(parameters)
    return len(parameters or ())


def test_the_unit_table_names_no_unit_ids_in_its_statements(demo_workspace):
    rows, seen = _statements(demo_workspace, date(2018, 4, 20))
    assert len(rows) > 400  # the province's units that a deadline binds are all judged
    assert seen, "the table reads the database"
    assert max(_size(parameters) for _statement, parameters in seen) <= 10
    assert len(seen) <= 12  # a fixed number of round trips, not one per unit


def test_each_row_is_the_row_its_fields_make(demo_workspace):
    """The table builds its rows in one step each: every field set, the same value as the class makes."""
    rows, _seen = _statements(demo_workspace, date(2018, 5, 2))
    names = {f.name for f in fields(DashboardRow)}
    for row in rows:
        assert set(vars(row)) == names
        assert DashboardRow(**vars(row)) == row
