"""Checks, backups, restores and purging, as the services offer them to the window and the CLI."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date

import pytest

from hagiang_desktop.core.kinds import Channel, NomineeKind
from hagiang_desktop.services import maintenance
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationInput, NominationProblem
from hagiang_desktop.storage.backup import BackupError
from tests.engines import FILE_ONLY

NAME = "Vàng Mí Sủ Xóa Dữ Liệu"


def _save(ws, name=NAME):  # type: ignore[no-untyped-def]
    criteria = ws.plan.criteria_for("2.3", NomineeKind.INDIVIDUAL)
    data = NominationInput(
        kind=NomineeKind.INDIVIDUAL,
        field_code="2.3",
        name=name,
        registering_unit_code="00715",
        checks={c.code: "Biên bản họp của " + name for c in criteria},
        received_on=date(2018, 4, 10),
        channel=Channel.PAPER,
        achievements=f"{name} dạy chữ cho 40 em ở Lũng Cú",
    )
    return svc.save_nomination(ws, data).id


def _raw(path) -> bytes:  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _sql(path, *statements):  # type: ignore[no-untyped-def]
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")  # to break the data on purpose
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def test_demo_database_passes_every_check(demo_path):
    report = maintenance.check_database(demo_path)
    assert report.ok, report.findings
    assert report.checks == ("integrity", "foreign_keys", "invariants", "search_index")


def test_check_finds_broken_invariants_by_id_only(demo_path):
    _sql(
        demo_path,
        "UPDATE criterion_check SET criterion_code='9.9.z' WHERE id=(SELECT min(id) FROM criterion_check)",
        "UPDATE nomination SET eligible = NOT eligible WHERE id=2",
        "UPDATE nomination SET registering_unit_id=999999 WHERE id=3",
        "UPDATE unit SET parent_id=(SELECT id FROM unit WHERE code='00715') WHERE code='026'",
    )
    before = demo_path.read_bytes()
    report = maintenance.check_database(demo_path)
    codes = {f.code for f in report.findings}
    assert {"unknown_criterion", "eligible_cache", "missing_unit", "foreign_key", "unit_cycle"} <= codes
    assert "nomination 2" in next(f.detail for f in report.findings if f.code == "eligible_cache")
    assert not report.ok
    assert demo_path.read_bytes() == before  # a check never writes


def test_check_finds_stale_sort_keys_and_a_search_index_out_of_step(demo_path):
    _sql(
        demo_path,
        "UPDATE nomination SET name_sort = x'00' WHERE id = 4",
        "UPDATE unit SET name_sort = x'' WHERE code = '00715'",
        # Take nomination 5 out of the index while its row stays: search would miss it.
        "INSERT INTO nomination_fts (nomination_fts, rowid, search_fold) "
        "SELECT 'delete', id, search_fold FROM nomination WHERE id = 5",
    )
    before = demo_path.read_bytes()
    report = maintenance.check_database(demo_path)
    stale = sorted(f.detail for f in report.findings if f.code == "sort_key_cache")
    assert stale[0] == "nomination 4"
    assert stale[1].startswith("unit ")
    assert len(stale) == 2
    assert [f.code for f in report.findings if f.code == "search_index"] == ["search_index"]
    assert demo_path.read_bytes() == before


_WRITE_AND_DIE = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA wal_autocheckpoint=0")
con.execute("UPDATE nomination SET note = 'ghi chú' WHERE id = 1")
con.commit()
os._exit(0)  # no close: the commit stays in the WAL, as after a power cut
"""


def test_the_search_index_check_leaves_the_wal_alone(demo_path):
    """The index check needs a read-write connection; it must not checkpoint the WAL into the file."""
    subprocess.run([sys.executable, "-c", _WRITE_AND_DIE, str(demo_path)], check=True)
    wal = demo_path.with_name(demo_path.name + "-wal")
    before = (demo_path.read_bytes(), wal.read_bytes())
    assert before[1]
    report = maintenance.check_database(demo_path)
    assert report.ok, report.findings
    assert "search_index" in report.checks
    assert (demo_path.read_bytes(), wal.read_bytes()) == before


def test_check_of_a_damaged_file_reports_integrity(tmp_path, demo_path):
    data = bytearray(demo_path.read_bytes())
    data[4096 * 4 : 4096 * 6] = bytes(range(256)) * 32
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    report = maintenance.check_database(bad)
    assert report.checks == ("integrity",)
    assert {f.code for f in report.findings} == {"integrity"}


@FILE_ONLY  # reads the file's and the WAL's bytes
def test_purge_removes_the_name_from_the_file_and_the_wal(workspace):
    keep = _save(workspace, "Giàng Thị Mỷ")
    nid = _save(workspace)
    path = workspace.db.path
    raw = _raw(path)
    assert NAME.encode() in raw or b"vang mi su" in raw
    result = maintenance.purge_nomination(workspace, nid)
    assert result.audit_entries >= 1
    assert result.wal_emptied
    raw = _raw(path)
    for needle in (NAME, "vang mi su xoa du lieu", "Biên bản họp của Vàng"):
        assert needle.encode() not in raw, needle
    assert "Giàng Thị Mỷ".encode() in raw  # only that nominee is gone
    with pytest.raises(NominationProblem):
        svc.get_nomination(workspace, nid)
    assert svc.get_nomination(workspace, keep).data.name == "Giàng Thị Mỷ"
    with workspace.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, before_json, after_json FROM audit_event WHERE entity_id=?", (str(nid),)
        ).all()
    assert rows == [("purge", None, None)]
    assert maintenance.check_database(path).ok


def test_purge_of_a_missing_nomination(workspace):
    with pytest.raises(NominationProblem) as caught:
        maintenance.purge_nomination(workspace, 424242)
    assert caught.value.code == "not_found"


@FILE_ONLY  # file backups (a server's are pg_dump: tests/cli/test_server_backup.py)
def test_backup_now_and_restore_reopen_the_workspace(demo_workspace, tmp_path):
    usb = tmp_path / "usb"
    copy = maintenance.backup_now(demo_workspace, usb)
    assert copy.parent == usb
    maintenance.purge_nomination(demo_workspace, 1)
    assert svc.count_nominations(demo_workspace) == 59
    reopened = maintenance.restore_workspace(demo_workspace, copy)
    assert reopened is demo_workspace  # the window keeps its workspace and refreshes
    assert svc.count_nominations(demo_workspace) == 60
    assert svc.get_nomination(demo_workspace, 1).id == 1


@FILE_ONLY  # a file backup
def test_restore_refuses_a_bad_backup_and_keeps_the_workspace_open(demo_workspace, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BackupError):
        maintenance.restore_workspace(demo_workspace, bad)
    assert svc.count_nominations(demo_workspace) == 60


@FILE_ONLY  # the daily file backups
def test_daily_backup_uses_the_keep_setting(demo_workspace):
    from hagiang_desktop.services.workspace import set_setting

    set_setting(demo_workspace, maintenance.BACKUP_KEEP, 2)
    assert maintenance.backup_keep(demo_workspace) == 2
    first = maintenance.daily_backup(demo_workspace)
    assert first is not None
    assert maintenance.daily_backup(demo_workspace) is None
    good = maintenance.latest_good_backup(demo_workspace.db.path)
    assert good is not None
    assert good.path == first
    if os.name != "nt":
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700


def test_restore_database_replaces_a_damaged_file(tmp_path, demo_path):
    from hagiang_desktop.storage.backup import take_backup

    good = take_backup(demo_path, reason="auto")
    demo_path.write_bytes(b"")
    maintenance.restore_database(demo_path, good)
    assert maintenance.check_database(demo_path).ok


@FILE_ONLY  # FTS5's terms in the file's bytes
def test_purge_leaves_no_trace_in_the_search_index(workspace):
    """The trigram index keeps the text's trigrams with their positions: they go with a purge."""
    keep = _save(workspace, "Giàng Thị Mỷ")
    nid = _save(workspace, "Đinh Жжжщ Xóa")  # "жжж", "жжщ": trigrams of this nominee only
    needles = ("жжж".encode(), "жжщ".encode())
    assert all(n in _raw(workspace.db.path) for n in needles)  # the index's terms, before
    maintenance.purge_nomination(workspace, nid)
    raw = _raw(workspace.db.path)
    assert [n for n in needles if n in raw] == []
    assert svc.count_nominations(workspace, svc.NominationFilter(search="giàng thị")) == 1
    assert svc.get_nomination(workspace, keep).data.name == "Giàng Thị Mỷ"
    assert maintenance.check_database(workspace.db.path).ok


def test_back_up_now_into_a_chosen_folder_on_either_engine(workspace, tmp_path):
    """File → Back up now (#22): on a server a checked pg_dump, as ``backup --db URL`` makes.

    It crashed on a server (a server's location has no file name to take a backup's from).
    """
    from hagiang_desktop.storage import server_backup

    usb = tmp_path / "usb"
    usb.mkdir()
    target = maintenance.backup_file_name(workspace, usb)
    steps: list[tuple[int, int]] = []
    made = maintenance.backup_now(
        workspace, target=target, progress=lambda d, t: steps.append((d, t)) or True
    )
    assert made == target
    assert list(usb.iterdir()) == [made]
    assert steps[-1][0] == steps[-1][1]
    if workspace.is_server:
        assert made.suffix == ".dump"
        server_backup.check_dump(made)  # pg_restore reads it back
    else:
        maintenance.verify_backup(made)
