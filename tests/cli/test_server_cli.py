"""The server commands (issue #22): ``server init``, ``check`` and the nominations on a PostgreSQL URL."""

from __future__ import annotations

import pytest

from hagiang_desktop.cli.main import run_cli
from hagiang_desktop.storage import migrate


@pytest.fixture
def empty_server_db(pg_cluster):
    url = pg_cluster.new_database()
    yield url
    pg_cluster.drop(url)


def test_server_init_builds_the_schema_once_then_changes_nothing(empty_server_db, capsys):
    assert run_cli(["--lang", "en", "server", "init", "--db", empty_server_db]) == 0
    out = capsys.readouterr().out
    assert "Initialised" in out
    assert migrate.head_revision() in out
    assert run_cli(["--lang", "en", "server", "init", "--db", empty_server_db]) == 0
    assert "already initialised" in capsys.readouterr().out


def test_a_command_on_an_empty_server_says_to_run_server_init(empty_server_db, capsys):
    assert run_cli(["--lang", "vi", "nominations", "list", "--db", empty_server_db]) == 1
    err = capsys.readouterr().err
    assert "server init" in err
    assert len(err.strip().splitlines()) == 1


def test_a_password_on_the_command_line_is_refused(capsys):
    with pytest.raises(SystemExit) as caught:
        run_cli(["--lang", "vi", "check", "--db", "postgresql://clerk:secret@db/hagiang"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "mật khẩu" in err
    assert "secret" not in err


def test_a_server_that_does_not_answer_is_one_line(tmp_path, capsys):
    assert (
        run_cli(["--lang", "vi", "check", "--db", f"postgresql://clerk@/hagiang?host={tmp_path}&port=1"]) == 1
    )
    err = capsys.readouterr().err
    assert "Không kết nối được máy chủ" in err
    assert len(err.strip().splitlines()) == 1


def test_server_commands_need_a_url(tmp_path, capsys):
    assert run_cli(["server", "init", "--db", str(tmp_path / "x.sqlite3")]) == 2
    assert "postgresql://" in capsys.readouterr().err


def test_check_on_a_server_passes_and_finds_a_broken_rule(pg_url, capsys):
    import psycopg

    assert run_cli(["--lang", "en", "check", "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "OK\tThe search index" in out
    assert "The database has no problem." in out
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP INDEX ix_nomination_search_trgm")
    assert run_cli(["--lang", "en", "check", "--db", pg_url]) == 1
    assert "search_index: ix_nomination_search_trgm missing" in capsys.readouterr().out


def test_file_only_commands_refuse_a_server(pg_url, capsys):
    assert run_cli(["--lang", "vi", "demo", "--db", pg_url]) == 2
    assert "máy chủ" in capsys.readouterr().err


def test_server_init_refuses_a_database_that_sorts_text_by_a_language(pg_cluster, capsys):
    import psycopg

    url = pg_cluster.url("en_sorted")
    with psycopg.connect(pg_cluster.url("postgres"), autocommit=True) as conn:
        # A collation other than C (ICU's, always built into Debian's server).
        conn.execute("CREATE DATABASE en_sorted TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
    try:
        assert run_cli(["--lang", "en", "server", "init", "--db", url]) == 1
        err = capsys.readouterr().err
        assert "C.UTF-8" in err
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (
                0,
            )
    finally:
        pg_cluster.drop(url)
