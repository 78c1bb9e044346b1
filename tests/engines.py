"""Helpers for tests that run on both engines (issue #22): a SQLite file and a PostgreSQL server.

The services, CLI and exports suites run each test that opens a database once per engine (the
``engine_name`` fixture parameter, see ``tests/conftest.py``). A test about the file itself (the
one-writer lock, the probe, file backups, a damaged file, SQLite's FTS5 internals) is marked
:data:`FILE_ONLY`, next to a comment saying why.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys

import pytest

from hagiang_desktop.storage.location import is_server_url

#: Run a test on a SQLite file only (its fixtures would otherwise give it each engine in turn).
FILE_ONLY = pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)


def fingerprint(location: object) -> str:
    """Return what "the database is untouched" compares: a file's bytes, or a server's rows.

    Args:
        location: a SQLite file's path, or a server's URL.

    Returns:
        The file's SHA-256, or :func:`every_row` of the server.
    """
    import hashlib
    from pathlib import Path

    if isinstance(location, Path):
        return hashlib.sha256(location.read_bytes()).hexdigest()
    return every_row(location)


def every_row(location: object) -> str:
    """Return every row of every table in primary-key order, on either engine.

    A file's last commits may still be in its WAL: the rows, not the bytes, say what it holds.

    Args:
        location: a SQLite file's path, or a server's URL.

    Returns:
        One line per table.
    """
    from sqlalchemy import MetaData

    from hagiang_desktop.storage.db import make_engine
    from hagiang_desktop.storage.location import parse_location

    engine = make_engine(parse_location(location))  # type: ignore[arg-type]
    try:
        tables = MetaData()
        tables.reflect(engine)
        with engine.connect() as connection:
            lines = []
            for table in tables.sorted_tables:
                rows = connection.execute(table.select().order_by(*table.primary_key.columns)).all()
                lines.append(f"{table.name}: {rows!r}")
        return "\n".join(lines)
    finally:
        engine.dispose()


def run_command(*args: str, lang: str = "vi") -> subprocess.CompletedProcess[str]:
    """Run ``hagiang-desktop ARGS`` as a script does: a real subprocess on a file.

    A command on a server runs in this process instead (``run_cli``, the same entry point minus
    the interpreter's start-up, about a second each): the subprocess on a file has already shown
    the entry point, and the server half of the suite must stay cheap (#22).

    Args:
        args: the command line.
        lang: the UI language (``HAGIANG_LANG``).

    Returns:
        The exit status, stdout and stderr.
    """
    if not any(is_server_url(str(arg)) for arg in args):
        return subprocess.run(
            [sys.executable, "-m", "hagiang_desktop", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "HAGIANG_LANG": lang},
            check=False,
        )
    from hagiang_desktop.cli.main import run_cli

    out, err = io.StringIO(), io.StringIO()
    before = os.environ.get("HAGIANG_LANG")
    os.environ["HAGIANG_LANG"] = lang
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = run_cli(list(args))
            except SystemExit as stop:  # argparse's usage errors
                status = stop.code if isinstance(stop.code, int) else 2
    finally:
        if before is None:
            os.environ.pop("HAGIANG_LANG", None)
        else:
            os.environ["HAGIANG_LANG"] = before
    return subprocess.CompletedProcess(list(args), status, out.getvalue(), err.getvalue())
