"""One program, two engines (issue #22): a file path or a PostgreSQL URL opens the same workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage import migrate
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.location import ServerLocation, parse_location
from hagiang_desktop.storage.models import Unit


def test_a_url_names_a_server_and_anything_else_a_file() -> None:
    url = "postgresql://clerk@/hagiang?host=/run/postgresql&port=5432"
    assert parse_location(url) == ServerLocation(url)
    assert parse_location("office.sqlite3") == Path("office.sqlite3")
    assert parse_location(Path("/x/y.sqlite3")) == Path("/x/y.sqlite3")


def test_a_password_in_the_url_never_shows() -> None:
    location = ServerLocation("postgresql://clerk:secret@db.sonv.local:5432/hagiang")
    assert "secret" not in str(location)
    assert str(location) == "postgresql://clerk@db.sonv.local:5432/hagiang"
    assert "secret" not in repr(location.with_password("typed"))


def test_both_engines_open_at_head_with_the_directory(any_workspace) -> None:
    assert migrate.current_revision(any_workspace.db.engine) == migrate.head_revision()
    with any_workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) > 200


def test_an_empty_server_database_is_refused_until_initialised(pg_cluster) -> None:
    url = pg_cluster.new_database()
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            open_workspace(url)
        assert caught.value.code == "not_initialised"
        ws = open_workspace(url, initialise=True)
        try:
            assert migrate.current_revision(ws.db.engine) == migrate.head_revision()
            assert ws.is_server
            assert ws.lock is None
        finally:
            ws.close()
    finally:
        pg_cluster.drop(url)


def test_a_server_that_does_not_answer_is_said_in_a_code(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(f"postgresql://nobody@/nothing?host={tmp_path}&port=1")
    assert caught.value.code == "server_unreachable"


def test_a_missing_server_database_is_said_in_a_code(pg_cluster) -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(pg_cluster.url("no_such_db"))
    assert caught.value.code == "no_database"
