import sqlite3

from hagiang_desktop.storage import migrate


def test_new_database_has_safe_pragmas_and_current_schema(workspace):
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert migrate.current_revision(workspace.db.engine) == migrate.head_revision()


def test_directory_is_seeded_with_193_communes(workspace):
    con = sqlite3.connect(workspace.db.path)
    try:
        assert con.execute("SELECT count(*) FROM unit WHERE kind='commune'").fetchone()[0] == 193
        assert con.execute("SELECT count(*) FROM unit WHERE kind='district'").fetchone()[0] == 11
        orphans = con.execute(
            "SELECT count(*) FROM unit WHERE parent_id IS NULL AND kind != 'province'"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        con.close()


def test_vietnamese_collation_in_sql(workspace):
    with workspace.db.engine.connect() as conn:
        names = (
            conn.exec_driver_sql("SELECT name FROM unit WHERE kind='district' ORDER BY name COLLATE vi")
            .scalars()
            .all()
        )
    assert names[0].startswith("Huyện Bắc Mê")
    assert names[-1] == "Thành phố Hà Giang"
