"""Backups: online copy of a live WAL database, verified, rotated, restored without risk."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from hagiang_desktop.storage import backup
from hagiang_desktop.storage.backup import BackupError


def _count(path, table="nomination"):  # type: ignore[no-untyped-def]
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - test table names
    finally:
        con.close()


def test_backup_of_an_open_database_sees_commits_still_in_the_wal(demo_workspace, tmp_path):
    path = demo_workspace.db.path
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("UPDATE nomination SET note='sau sao lưu' WHERE id=1")
    con.commit()
    assert os.path.getsize(f"{path}-wal") > 0  # the change is only in the WAL yet
    target = backup.take_backup(path, folder=tmp_path / "usb")
    con.close()
    assert backup.integrity_problems(target) == []
    assert _count(target) == 60
    check = sqlite3.connect(target)
    assert check.execute("SELECT note FROM nomination WHERE id=1").fetchone()[0] == "sau sao lưu"
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    check.close()
    assert not os.path.exists(f"{target}-wal")


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_backup_folder_and_file_are_private(demo_path):
    target = backup.take_backup(demo_path, reason="auto")
    assert target.parent == backup.default_backup_dir(demo_path)
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_rotation_keeps_the_newest_automatic_backups_only(demo_path):
    made = [backup.take_backup(demo_path, reason="auto", keep=3) for _ in range(5)]
    migrate_copy = backup.take_backup(demo_path, reason="migrate")
    backup.take_backup(demo_path, reason="auto", keep=3)
    left = backup.list_backups(backup.default_backup_dir(demo_path), demo_path)
    autos = [b.path for b in left if b.reason == "auto"]
    assert len(autos) == 3
    assert made[0] not in autos
    assert migrate_copy.exists()  # rotation of automatic backups never removes it


def test_backup_if_due_at_most_daily(demo_path):
    first = backup.backup_if_due(demo_path, keep=5)
    assert first is not None
    assert backup.backup_if_due(demo_path, keep=5) is None
    later = backup.backup_if_due(demo_path, keep=5, now=datetime.now() + timedelta(hours=25))
    assert later is not None


def test_a_damaged_source_gives_no_backup_file(tmp_path, demo_path):
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xff" * 8192
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        backup.take_backup(bad, folder=tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []  # no half file, no temp left behind


def test_restore_verifies_first_and_keeps_a_copy_of_the_live_file(tmp_path, demo_path):
    good = backup.take_backup(demo_path, folder=tmp_path / "usb")
    con = sqlite3.connect(demo_path)
    con.execute("DELETE FROM criterion_check")
    con.execute("DELETE FROM nomination WHERE id > 10")
    con.commit()
    con.close()
    assert _count(demo_path) == 10
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(good.read_bytes()[:5000])
    before = demo_path.read_bytes()
    with pytest.raises(BackupError):
        backup.restore_file(damaged, demo_path)
    assert demo_path.read_bytes() == before  # never touched by a bad backup
    safety = backup.restore_file(good, demo_path)
    assert _count(demo_path) == 60
    assert safety is not None
    assert _count(safety) == 10
    assert backup.integrity_problems(demo_path) == []
