"""The SQLite settings that keep SQLite's promise up to the clerk, and one transaction per call."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading

import pytest
from sqlalchemy.exc import OperationalError

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.db import BUSY_TIMEOUT_MS
from tests.services.test_maintenance import _save


def _pragmas(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "secure_delete")
        }


def test_writer_connection_settings(workspace):
    assert _pragmas(workspace.db.engine) == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL: a commit is on disk before the clerk reads "Đã lưu"
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
        "secure_delete": 1,
    }


def test_read_only_connection_settings_and_refusal(demo_path):
    ws = open_workspace(demo_path, read_only=True)
    try:
        settings = _pragmas(ws.db.engine)
        assert settings["foreign_keys"] == 1
        assert settings["busy_timeout"] == BUSY_TIMEOUT_MS
        with pytest.raises(OperationalError) as caught:
            _save(ws)
        assert caught.value.orig.sqlite_errorcode & 0xFF == 8  # SQLITE_READONLY: the UI explains it
        assert svc.count_nominations(ws) == 60
    finally:
        ws.close()


def test_a_refused_save_leaves_no_trace(workspace):
    with pytest.raises(NominationProblem):
        _save(workspace, name="")
    con = sqlite3.connect(workspace.db.path)
    try:
        assert con.execute("SELECT count(*) FROM nomination").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM audit_event").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM criterion_check").fetchone()[0] == 0
    finally:
        con.close()


def test_writes_begin_immediate_so_a_second_writer_waits_instead_of_failing(workspace):
    other = sqlite3.connect(workspace.db.path, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the write lock briefly
    other.execute("UPDATE setting SET value=value")
    release = threading.Timer(0.3, other.commit)
    release.start()
    try:
        _save(workspace)  # waits (busy timeout) instead of failing mid-transaction
    finally:
        release.join()
        other.close()
    assert svc.count_nominations(workspace) == 1


def test_a_read_never_waits_for_the_writer(workspace):
    _save(workspace)
    other = sqlite3.connect(workspace.db.path, timeout=0, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # an export recording its event holds the write lock
    other.execute("UPDATE setting SET value=value")
    try:
        with workspace.reading() as session:  # would wait the busy timeout if it began IMMEDIATE
            assert session.connection().exec_driver_sql("SELECT count(*) FROM nomination").scalar() == 1
            with pytest.raises(OperationalError, match="locked"):
                # a write inside a read transaction cannot take the lock the writer holds
                session.connection().exec_driver_sql("UPDATE setting SET value=value")
    finally:
        other.rollback()
        other.close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_new_database_and_its_folder_are_private(tmp_path):
    db = tmp_path / "new-folder" / "office.sqlite3"
    open_workspace(db, seed_directory=False).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
