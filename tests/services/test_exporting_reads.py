"""How many statements an export of the list sends, whatever the number of registering units (#22).

Each registering unit's letterhead walks up its path (commune, district, province): the list
read each unit of each path in a transaction of its own, some 20,000 round trips for a
province's list of 10,000 rows (the Excel list took four times its floor, worse on a server).
The directory is now read once per export. No timing here: the ratio is in benchmarks/RESULTS.md.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, update

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.services.exporting import export_forms_pdf, export_list_xlsx
from hagiang_desktop.storage.models import Nomination


def _unit_reads(ws, export) -> int:
    """Run ``export``; return how many statements it sent that read the ``unit`` table."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("SELECT unit."):
            seen.append(statement)

    event.listen(ws.db.engine, "before_cursor_execute", record)
    try:
        export()
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", record)
    return len(seen)


def test_the_list_reads_the_directory_once_not_per_unit(demo_workspace, tmp_path: Path) -> None:
    with demo_workspace.session() as session:  # every demo registration on the list: many units
        session.execute(update(Nomination).values(status=str(NominationStatus.SELECTED)))
    out = tmp_path / "list.xlsx"
    statements = _unit_reads(demo_workspace, lambda: export_list_xlsx(demo_workspace, out))
    assert export_list_xlsx(demo_workspace, out).count >= 50  # from many communes, offices and schools
    assert statements <= 25  # the office's own letterhead and scope: the same for any list


def test_the_forms_read_the_directory_once_not_per_unit(demo_workspace, tmp_path: Path) -> None:
    with demo_workspace.reading() as session:
        ids = list(
            session.scalars(Nomination.__table__.select().with_only_columns(Nomination.__table__.c.id))
        )
    out = tmp_path / "forms.pdf"
    statements = _unit_reads(demo_workspace, lambda: export_forms_pdf(demo_workspace, out, ids=ids))
    assert len(ids) >= 60
    assert statements <= 25  # the office's own letterhead and scope: the same for any list
