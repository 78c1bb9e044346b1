"""Moving an office's SQLite file into the server (issue #22): everything, once, in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from hagiang_desktop.cli.main import run_cli
from hagiang_desktop.services.server_import import ServerImportRefused, import_file
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.models import (
    AuditEvent,
    CriterionCheck,
    Nomination,
    Receipt,
    StatusEvent,
    Unit,
)


def _nominations(ws):
    """Each nomination as the clerk knows it: uid, name, registering unit's code, status, ticks."""
    reg = aliased(Unit)
    with ws.reading() as session:
        rows = session.execute(
            select(Nomination.uid, Nomination.name, reg.code, Nomination.status, Nomination.eligible)
            .join(reg, reg.id == Nomination.registering_unit_id)
            .order_by(Nomination.uid)
        ).all()
        ticks = session.execute(
            select(Nomination.uid, func.count(CriterionCheck.id))
            .join(CriterionCheck, CriterionCheck.nomination_id == Nomination.id)
            .group_by(Nomination.uid)
            .order_by(Nomination.uid)
        ).all()
    return [tuple(r) for r in rows], [tuple(t) for t in ticks]


def _count(ws, model):
    with ws.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def server_ws(pg_url):
    ws = open_workspace(pg_url)
    yield ws
    ws.close()


def test_the_demo_office_moves_whole_with_its_units_matched_by_code(server_ws, demo_path):
    office = open_workspace(demo_path)
    try:
        expected = _nominations(office)
        counts = {m: _count(office, m) for m in (Receipt, StatusEvent, AuditEvent)}
    finally:
        office.close()
    before = demo_path.read_bytes()

    report = import_file(server_ws, demo_path)

    assert demo_path.read_bytes() == before  # the office's file is never written
    assert _nominations(server_ws) == expected
    for model, count in counts.items():
        assert _count(server_ws, model) == count
    assert report.moved["nomination"] == len(expected[0])
    assert report.units_added == 0
    assert report.units_matched > 200
    assert "setting" in report.not_moved


def test_a_file_moved_twice_is_refused_and_nothing_doubles(server_ws, demo_path):
    import_file(server_ws, demo_path)
    before = _count(server_ws, Nomination), _count(server_ws, AuditEvent)
    with pytest.raises(ServerImportRefused) as caught:
        import_file(server_ws, demo_path)
    assert caught.value.code == "already_imported"
    assert (_count(server_ws, Nomination), _count(server_ws, AuditEvent)) == before


def test_a_unit_the_server_lacks_is_added_under_its_parent(server_ws, tmp_path):
    from hagiang_desktop.core.kinds import UnitKind
    from hagiang_desktop.services import unit_edits

    path = tmp_path / "office.sqlite3"
    office = open_workspace(path)
    try:
        unit_edits.add_unit(
            office, code="026-T01", name="Thôn Lũng Cú Mới", kind=UnitKind.VILLAGE, parent_code="00715"
        )
    finally:
        office.close()
    report = import_file(server_ws, path)
    assert report.units_added == 1
    parent = aliased(Unit)
    with server_ws.reading() as session:
        row = session.execute(
            select(Unit.name, parent.code)
            .join(parent, parent.id == Unit.parent_id)
            .where(Unit.code == "026-T01")
        ).one()
    assert tuple(row) == ("Thôn Lũng Cú Mới", "00715")


def test_a_damaged_file_is_refused_before_the_server_is_touched(server_ws, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"rubbish" * 100)
    before = _count(server_ws, Unit)
    with pytest.raises(DatabaseOpenError):
        import_file(server_ws, bad)
    assert _count(server_ws, Unit) == before


def test_the_command_reports_what_moved(pg_url, demo_path, capsys):
    assert run_cli(["--lang", "en", "server", "import-file", "--db", pg_url, str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "Moved all the data" in out
    lines = dict(line.split("\t") for line in out.splitlines()[1:])
    assert int(lines["Nominations (models)"]) > 0
    assert lines["Units added to the directory"] == "0"
    assert run_cli(["--lang", "en", "server", "import-file", "--db", pg_url, str(demo_path)]) == 1
    assert "moved before" in capsys.readouterr().err


def test_the_offices_contacts_come_along_where_the_server_has_none(server_ws, demo_path):
    """The office's "who to call" (its units' contact people and phones) moves with it; a contact
    the server already holds for a unit (another clerk's) is kept."""
    from sqlalchemy import update

    from hagiang_desktop.services.units import contacts

    office = open_workspace(demo_path)
    try:
        known = {code: c for code, c in contacts(office, ["00715", "00718", "00721"]).items() if c.phone}
    finally:
        office.close()
    assert len(known) == 3
    with server_ws.session() as session:
        session.execute(update(Unit).where(Unit.code == "00718").values(contact_person="Chị Lan (tỉnh)"))
    report = import_file(server_ws, demo_path)
    moved = contacts(server_ws, known)
    assert (moved["00715"].person, moved["00715"].phone) == (known["00715"].person, known["00715"].phone)
    assert moved["00721"].phone == known["00721"].phone
    assert (moved["00718"].person, moved["00718"].phone) == ("Chị Lan (tỉnh)", None)
    assert report.moved["unit_contact"] >= 2
