"""``backup`` and ``restore`` on a server URL: pg_dump/pg_restore in custom format (issue #22)."""

from __future__ import annotations

import psycopg

from hagiang_desktop.cli.main import run_cli


def _names(url):
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM nomination ORDER BY id")]


def test_a_dump_restores_what_was_there(pg_cluster, pg_demo_template, tmp_path, capsys):
    url = pg_cluster.new_database(pg_demo_template)
    try:
        before = _names(url)
        assert before
        assert run_cli(["--lang", "en", "backup", "--db", url, "--out", str(tmp_path)]) == 0
        (dump,) = tmp_path.glob("*.dump")
        assert str(dump) in capsys.readouterr().out
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DELETE FROM criterion_check")
            conn.execute("DELETE FROM nomination WHERE id IN (SELECT id FROM nomination LIMIT 5)")
        assert _names(url) != before
        assert run_cli(["--lang", "en", "restore", "--db", url, "--from", str(dump)]) == 0
        assert "Restored" in capsys.readouterr().out
        assert _names(url) == before
        assert run_cli(["--lang", "en", "check", "--db", url]) == 0  # search index and rules intact
        assert len(list(tmp_path.glob("*-before-restore.dump"))) == 1  # the safety dump, beside it
        assert dump.exists()
    finally:
        pg_cluster.drop(url)


def test_a_file_that_is_no_dump_is_refused_and_the_server_unchanged(pg_url, tmp_path, capsys):
    junk = tmp_path / "x.dump"
    junk.write_bytes(b"PGDMP not really")
    assert run_cli(["--lang", "en", "restore", "--db", pg_url, "--from", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "not a server backup" in err
    assert len(err.strip().splitlines()) == 1


def test_without_pg_dump_the_clerk_is_told_how_to_get_it(pg_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("glob.glob", lambda _pattern: [])
    assert run_cli(["--lang", "en", "backup", "--db", pg_url, "--out", str(tmp_path)]) == 1
    assert "apt install postgresql-client" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
