"""The same commands on the same office's data give the same output on a file and on a server (#22)."""

from __future__ import annotations

import pytest

from hagiang_desktop.cli.main import run_cli

#: Commands that read: their whole output is compared between the engines.
READING = (
    ["units", "list", "--search", "dong van"],
    ["units", "list", "--parent", "026"],
    ["nominations", "list", "--unit", "026"],
    ["nominations", "list", "--status", "selected"],
    ["dashboard", "--as-of", "2018-04-20"],
    ["followup", "list", "--stage", "2018", "--as-of", "2018-04-10"],
)


@pytest.fixture(scope="module")
def file_outputs(_demo_template, tmp_path_factory):
    """Each reading command's output on the demo file (once)."""
    import shutil

    path = tmp_path_factory.mktemp("file") / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    outputs = {}
    for args in READING:
        outputs[tuple(args)] = _run(args, path)
    return outputs


def _run(args, location):
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run_cli(["--lang", "vi", *args, "--db", str(location)])
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a))
def test_a_reading_command_says_the_same_on_the_server(args, file_outputs, pg_cluster, pg_demo_template):
    url = pg_cluster.new_database(pg_demo_template)
    try:
        status, out, err = _run(args, url)
    finally:
        pg_cluster.drop(url)
    expected = file_outputs[tuple(args)]
    assert (status, err) == expected[0::2]
    assert out == expected[1]
    assert status == 0


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"], indirect=True)
def test_purge_leaves_the_name_nowhere_in_the_tables(demo_location, capsys):
    from sqlalchemy import select

    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage.models import AuditEvent, Nomination

    ws = open_workspace(demo_location)
    try:
        with ws.reading() as session:
            nid, name = session.execute(select(Nomination.id, Nomination.name).limit(1)).one()
    finally:
        ws.close()
    assert run_cli(["--lang", "vi", "purge", "--db", str(demo_location), "--id", str(nid)]) == 0
    ws = open_workspace(demo_location)
    try:
        with ws.reading() as session:
            assert session.get(Nomination, nid) is None
            texts = (
                session.scalars(select(AuditEvent.before_json)).all()
                + session.scalars(select(AuditEvent.after_json)).all()
            )
        assert not any(name in (t or "") for t in texts)
    finally:
        ws.close()
