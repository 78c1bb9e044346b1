"""Migrations: a database made by the first schema (kept as a fixture) upgrades with its data."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage import backup, migrate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite3"

_TABLES = (
    "unit",
    "unit_group",
    "unit_group_member",
    "nomination",
    "criterion_check",
    "status_event",
    "setting",
)


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in _TABLES}  # noqa: S608
    finally:
        con.close()


def test_fixture_is_the_first_schema_with_demo_data():
    assert migrate.file_revision(FIXTURE) == "0001_baseline"
    data = _dump(FIXTURE)
    assert len(data["nomination"]) == 60
    assert len(data["unit"]) > 400


def test_first_schema_migrates_with_its_data_intact_and_a_backup_first(tmp_path):
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURE, db)
    before = _dump(db)
    fixture_hash = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    ws = open_workspace(db)
    try:
        assert migrate.current_revision(ws.db.engine) == migrate.head_revision() != "0001_baseline"
        with ws.db.engine.connect() as conn:
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('audit_event')")}
    finally:
        ws.close()
    assert "ix_audit_event_entity_record" in indexes
    assert _dump(db) == before
    assert backup.integrity_problems(db) == []
    copies = backup.list_backups(backup.default_backup_dir(db), db)
    assert [c.reason for c in copies] == ["migrate"]
    assert migrate.file_revision(copies[0].path) == "0001_baseline"
    assert _dump(copies[0].path) == before
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == fixture_hash


def test_new_database_takes_no_migration_backup(tmp_path):
    db = tmp_path / "new.sqlite3"
    open_workspace(db).close()
    assert backup.list_backups(backup.default_backup_dir(db), db) == []


def test_head_is_known_and_downgrade_exists():
    assert migrate.head_revision() in migrate.known_revisions()
    assert {"0001_baseline", "0002_audit_entity_index"} <= migrate.known_revisions()


@pytest.mark.parametrize("read_only", [False, True])
def test_unknown_revision_is_refused_untouched(tmp_path, read_only):
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURE, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='0099_newer'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(migrate.SchemaTooNewError):
        open_workspace(db, read_only=read_only)
    assert db.read_bytes() == before
