"""Shared fixtures: a fresh database per test, the demo database, the bundled plan.

Tests never touch the user's data: the default database path is redirected to a temporary
folder for the whole session (``HAGIANG_DATA_DIR``), and Qt settings go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HAGIANG_LANG"] = "vi"


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    data = tmp_path_factory.mktemp("user-data")
    old = {k: os.environ.get(k) for k in ("HAGIANG_DATA_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    os.environ["HAGIANG_DATA_DIR"] = str(data)
    os.environ["XDG_CONFIG_HOME"] = str(data / "config")
    os.environ["XDG_DATA_HOME"] = str(data / "share")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _keep_the_language() -> Iterator[None]:
    """Put ``HAGIANG_LANG`` back after each test.

    ``run_cli(["--lang", "en", …])`` in-process sets it for the process (as the real CLI does for
    its one command); left set, every later test read English messages where it expects
    Vietnamese ones (seen: test_open_damaged after the server CLI tests).
    """
    before = os.environ.get("HAGIANG_LANG")
    yield
    if before is None:
        os.environ.pop("HAGIANG_LANG", None)
    else:
        os.environ["HAGIANG_LANG"] = before


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hagiang_desktop.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ws = create_demo_database(path)
    ws.close()
    return path


@pytest.fixture(scope="session")
def _office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new office's file (schema at head, directory seeded), made once and copied per test.

    Building one takes the migrations and the directory's seeding (about half a second); a copy
    is the same bytes, as a template database is on the server. Tests of the creation itself
    call ``open_workspace`` on a path that does not exist.
    """
    from hagiang_desktop.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    open_workspace(path).close()
    return path


def _office_file(template: Path, folder: Path) -> Path:
    path = folder / "office.sqlite3"
    shutil.copy(template, path)  # with its mode (0600: personal data)
    return path


@pytest.fixture
def workspace(tmp_path: Path, _office_template: Path):  # type: ignore[no-untyped-def]
    """A fresh database file seeded with the Hà Giang directory (no nominations)."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(_office_file(_office_template, tmp_path))
    yield ws
    ws.close()


@pytest.fixture
def demo_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A private copy of the demo database file (made once per session, copied per test)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def demo_workspace(demo_path: Path):  # type: ignore[no-untyped-def]
    """The demo database, open."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_path)
    yield ws
    ws.close()


# --- The server half (issue #22): the same suites against a throwaway PostgreSQL cluster ---------

#: "require" (CI: never skipped), "skip", or "auto" (run when PostgreSQL is installed).
PG_MODE = os.environ.get("HAGIANG_TEST_POSTGRESQL", "auto").strip().lower()
PG_SKIPPED = "PostgreSQL is not installed (initdb/pg_ctl not found): the server half of the suite was skipped"


def _needs_server(item: pytest.Item) -> bool:
    params = getattr(getattr(item, "callspec", None), "params", {})
    return "pg_cluster" in getattr(item, "fixturenames", ()) or params.get("engine_name") == "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the server half when PostgreSQL is not installed (never under ``require``: CI)."""
    from tests.pg_server import find_bindir

    if PG_MODE == "require" or (PG_MODE != "skip" and find_bindir() is not None):
        return
    server = [item for item in items if _needs_server(item)]
    if server:
        items[:] = [item for item in items if not _needs_server(item)]
        config.hook.pytest_deselected(items=server)
        config.stash[_PG_LEFT_OUT] = len(server)


_PG_LEFT_OUT = pytest.StashKey[int]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under ``require`` (CI) a server test that skips itself fails: the server half never skips."""
    report = yield
    if PG_MODE == "require" and report.skipped and _needs_server(item) and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"HAGIANG_TEST_POSTGRESQL=require: a server test may not skip ({report.longrepr})"
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Say in one line that the server half did not run, and why."""
    left_out = config.stash.get(_PG_LEFT_OUT, 0)
    if left_out:
        why = PG_SKIPPED if PG_MODE != "skip" else "HAGIANG_TEST_POSTGRESQL=skip: the server half was skipped"
        terminalreporter.write_line(
            f"SKIPPED SERVER HALF ({left_out} tests deselected): {why}", yellow=True, bold=True
        )


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the whole session, stopped at the end.

    Without PostgreSQL the tests that need it are deselected (one line in the summary), unless
    ``HAGIANG_TEST_POSTGRESQL=require`` (CI), where a missing or failing server fails them.
    """
    from tests.pg_server import start_cluster

    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster):  # type: ignore[no-untyped-def]
    """A server database at the newest schema with the directory seeded, copied by each test."""
    from hagiang_desktop.services.workspace import open_workspace
    from tests.pg_server import TEMPLATE

    pg_cluster.admin(f"CREATE DATABASE {TEMPLATE}")
    ws = open_workspace(pg_cluster.url(TEMPLATE), initialise=True)
    ws.close()  # a template must have no connection when it is copied
    return TEMPLATE


@pytest.fixture
def pg_url(pg_cluster, pg_template) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The URL of a fresh server database for one test (schema at head, directory seeded)."""
    url = pg_cluster.new_database(pg_template)
    yield url
    pg_cluster.drop(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request: pytest.FixtureRequest) -> str:
    """Each engine in turn: the test runs once on a SQLite file and once on a server."""
    return str(request.param)


@pytest.fixture
def db_location(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> object:
    """A fresh database location on the engine of the test's parameter: a file path or a server URL."""
    if engine_name == "sqlite":
        return _office_file(request.getfixturevalue("_office_template"), tmp_path)
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_workspace(db_location: object):  # type: ignore[no-untyped-def]
    """A fresh database seeded with the Hà Giang directory, once on each engine."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(db_location)  # type: ignore[arg-type]
    yield ws
    ws.close()


@pytest.fixture
def example_blocs() -> Path:
    """The example blocs-and-clusters file (no blocs are shipped: tests import these first)."""
    return Path(__file__).parent / "fixtures" / "units-blocs-example.csv"


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster, pg_template, _demo_template):  # type: ignore[no-untyped-def]
    """A server database holding the demo office (moved in by ``server import-file``), copied per test."""
    import json

    from sqlalchemy import select

    from hagiang_desktop.services.server_import import import_file
    from hagiang_desktop.services.workspace import open_workspace, set_setting
    from hagiang_desktop.storage.models import Setting

    office = open_workspace(_demo_template, read_only=True)
    try:  # the office's own settings stay with it on a real move; here the server is that office
        with office.reading() as session:
            settings = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
    finally:
        office.close()
    pg_cluster.admin(f"CREATE DATABASE hagiang_demo TEMPLATE {pg_template}")
    ws = open_workspace(pg_cluster.url("hagiang_demo"))
    try:
        import_file(ws, _demo_template)
        for key, value in settings.items():
            set_setting(ws, key, value)
    finally:
        ws.close()
    return "hagiang_demo"


@pytest.fixture
def demo_location(engine_name: str, demo_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """The demo office on the engine of the test's parameter: a file path or a server URL."""
    if engine_name == "sqlite":
        yield demo_path
        return
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.new_database(request.getfixturevalue("pg_demo_template"))
    yield url
    cluster.drop(url)


@pytest.fixture
def any_demo_workspace(demo_location: object):  # type: ignore[no-untyped-def]
    """The demo office, open, once on each engine (``demo_workspace`` on a file and on a server)."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_location)  # type: ignore[arg-type]
    yield ws
    ws.close()
