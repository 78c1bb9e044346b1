"""Migrations: a database made by the first schema (kept as a fixture) upgrades with its data."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from hagiang_desktop.core.vntext import sort_key_bytes
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


def _columns(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return [row[1] for row in con.execute(f"PRAGMA table_info({table})")]


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the fixture's tables, in the fixture's columns (later migrations add some)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return {
            t: con.execute(f"SELECT {', '.join(_columns(FIXTURE, t))} FROM {t} ORDER BY 1, 2").fetchall()  # noqa: S608
            for t in _TABLES
        }


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


def _migrated(tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(FIXTURE, db)
    open_workspace(db).close()
    return db


def test_migration_fills_the_sort_keys_of_existing_rows(tmp_path):
    db = _migrated(tmp_path)
    with closing(sqlite3.connect(db)) as con:
        for table in ("unit", "nomination"):
            rows = con.execute(f"SELECT name, name_sort FROM {table}").fetchall()  # noqa: S608
            assert len(rows) > 50
            assert all(key == sort_key_bytes(name) for name, key in rows), table
            plan = " ".join(
                str(r) for r in con.execute(f"EXPLAIN QUERY PLAN SELECT id FROM {table} ORDER BY name_sort")
            )  # noqa: S608
            assert f"ix_{table}_name_sort" in plan


def test_migration_builds_the_search_index_of_existing_rows(tmp_path):
    db = _migrated(tmp_path)
    with closing(sqlite3.connect(db)) as con:
        con.execute("INSERT INTO nomination_fts (nomination_fts, rank) VALUES ('integrity-check', 1)")
        searched = 0
        for (folded,) in con.execute("SELECT search_fold FROM nomination ORDER BY id LIMIT 20").fetchall():
            piece = folded[2:9]
            by_index = con.execute(
                "SELECT rowid FROM nomination_fts WHERE nomination_fts MATCH ? ORDER BY rowid",
                ('"' + piece.replace('"', '""') + '"',),
            ).fetchall()
            by_like = con.execute(
                "SELECT id FROM nomination WHERE search_fold LIKE ? ORDER BY id", (f"%{piece}%",)
            ).fetchall()
            assert by_index
            assert by_index == by_like
            searched += 1
        assert searched == 20
        # The triggers keep it in step with later writes.
        con.execute("UPDATE nomination SET search_fold = 'zqzqz' WHERE id = (SELECT min(id) FROM nomination)")
        con.execute("DELETE FROM nomination WHERE id = (SELECT max(id) FROM nomination)")
        con.execute("INSERT INTO nomination_fts (nomination_fts, rank) VALUES ('integrity-check', 1)")
        assert con.execute(
            "SELECT count(*) FROM nomination_fts WHERE nomination_fts MATCH 'zqzqz'"
        ).fetchone() == (1,)


def test_migrated_schema_is_the_models_schema(tmp_path):
    """Autogenerate finds nothing to do after the migrations: the models and 0001–0003 agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from hagiang_desktop.storage import models

    for db in (_migrated(tmp_path), tmp_path / "new.sqlite3"):
        ws = open_workspace(db)
        try:
            with ws.db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"include_name": models.include_name})
                assert compare_metadata(context, SQLModel.metadata) == [], db.name
                tables = {
                    r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
                }
        finally:
            ws.close()
        assert models.SEARCH_TABLE in tables


def test_sort_keys_and_search_index_downgrade_and_upgrade_again(tmp_path):
    from alembic import command

    db = _migrated(tmp_path)
    ws = open_workspace(db)
    try:
        config = migrate._config()
        with ws.db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002_audit_entity_index")
        assert migrate.current_revision(ws.db.engine) == "0002_audit_entity_index"
        assert "name_sort" not in _columns(db, "nomination")
        migrate.upgrade(ws.db.engine)
        assert migrate.current_revision(ws.db.engine) == migrate.REVISIONS[-1]
    finally:
        ws.close()
    assert _dump(db) == _dump(FIXTURE)


def test_0005_adds_the_open_fields_title_and_unit_plans_and_keeps_the_search_triggers(tmp_path):
    """Issue #16: ``nomination.field_title`` and ``unit_plan``; a plain ADD COLUMN, so the search
    index's triggers of 0003 survive (a batch rebuild of the table would have dropped them)."""
    db = _migrated(tmp_path)
    assert "field_title" in _columns(db, "nomination")
    assert {"unit_id", "number", "signed_on", "sent_on", "file_name", "content", "sha256"} <= set(
        _columns(db, "unit_plan")
    )
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"nomination_fts_insert", "nomination_fts_delete"} <= triggers
    assert _dump(db) == _dump(FIXTURE)  # every existing row kept
