from hagiang_desktop.storage import migrate


def test_new_database_has_safe_pragmas_and_current_schema(workspace):
    with workspace.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert migrate.current_revision(workspace.db.engine) == migrate.head_revision()


def test_directory_is_seeded_with_193_communes(any_workspace):
    with any_workspace.db.engine.connect() as con:  # a file, then a server (#22)
        assert con.exec_driver_sql("SELECT count(*) FROM unit WHERE kind='commune'").scalar() == 193
        assert con.exec_driver_sql("SELECT count(*) FROM unit WHERE kind='district'").scalar() == 11
        orphans = con.exec_driver_sql(
            "SELECT count(*) FROM unit WHERE parent_id IS NULL AND kind != 'province'"
        ).scalar()
        assert orphans == 0


def test_vietnamese_collation_in_sql(workspace):
    with workspace.db.engine.connect() as conn:
        names = (
            conn.exec_driver_sql("SELECT name FROM unit WHERE kind='district' ORDER BY name COLLATE vi")
            .scalars()
            .all()
        )
    assert names[0].startswith("Huyện Bắc Mê")
    assert names[-1] == "Thành phố Hà Giang"
