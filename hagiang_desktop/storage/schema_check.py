"""Is this file ours? Reading a database file's schema and identity without changing it.

Before the program writes to an existing file (opens it, restores it over the office's data) it
looks at what the file holds through a read-only connection:

* :func:`file_state` — ``ours`` (our ``alembic_version`` and tables), ``no_tables`` (a valid
  SQLite header and nothing else: a creation interrupted by a power cut), ``foreign`` (another
  program's database) or ``too_new`` (our tables at a revision this program does not know);
* :func:`schema_problems` — how the file's tables, columns, indexes, triggers and views differ
  from the ones our migrations build at the same revision (a dropped table, a planted trigger);
* :func:`read_setting` — a setting stored in the file (which office it belongs to).
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hagiang_desktop.storage.migrate import known_revisions

#: Tables every database of this program has had since the first revision.
CORE_TABLES = frozenset({"alembic_version", "setting", "unit", "nomination"})

OURS = "ours"
NO_TABLES = "no_tables"
FOREIGN = "foreign"
TOO_NEW = "too_new"

#: (type, name) → what must be equal: a table's columns, an index's table, a trigger's or view's SQL.
Signature = dict[tuple[str, str], Any]


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)


def file_state(path: Path) -> tuple[str, str | None]:
    """Tell what an existing SQLite file holds, reading it only.

    Args:
        path: a file that starts with the SQLite header.

    Returns:
        ``(state, revision)``: the state is :data:`OURS`, :data:`NO_TABLES`, :data:`FOREIGN` or
        :data:`TOO_NEW`; the revision is the one in ``alembic_version`` (None when absent).

    Raises:
        sqlite3.Error: the file cannot be read as a database.
    """
    con = _connect_ro(path)
    try:
        names = {str(row[0]) for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    finally:
        con.close()
    if not names:
        return NO_TABLES, None
    if not names >= CORE_TABLES or revision is None:
        return FOREIGN, revision
    if revision not in known_revisions():
        return TOO_NEW, revision
    return OURS, revision


def signature(con: sqlite3.Connection) -> Signature:
    """Describe a database's schema: what two databases of the same revision must share.

    Tables by their column names (the SQL text of a table altered by a migration differs from
    one created whole), indexes by their table, triggers and views by their SQL (whitespace
    folded): a trigger is code that runs on every write, so it must be exactly ours.
    """
    sig: Signature = {}
    rows = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            columns = con.execute("SELECT name FROM pragma_table_info(?)", (name,)).fetchall()
            sig[(kind, name)] = tuple(str(c[0]) for c in columns)
        elif kind == "index":
            sig[(kind, name)] = table
        else:
            sig[(kind, name)] = " ".join(str(sql or "").split())
    return sig


@functools.lru_cache(maxsize=4)
def reference_signature(revision: str) -> tuple[tuple[tuple[str, str], Any], ...]:
    """Build an empty database at ``revision`` with our migrations and return its signature.

    Only a restore needs it (Alembic costs a second), and a test of every migration keeps
    it honest: whatever the migrations create is, by definition, our schema.
    """
    from alembic import command
    from sqlalchemy import create_engine

    from hagiang_desktop.storage.migrate import _config

    with tempfile.TemporaryDirectory(prefix="hagiang-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        engine = create_engine(f"sqlite+pysqlite:///{path.as_posix()}")
        try:
            config = _config()
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
        finally:
            engine.dispose()
        con = _connect_ro(path)
        try:
            return tuple(sorted(signature(con).items()))
        finally:
            con.close()


def schema_problems(path: Path, revision: str) -> list[str]:
    """Compare a file's schema with the one our migrations build at ``revision``.

    Returns:
        One line per difference (``missing table unit``, ``unexpected trigger x``,
        ``changed trigger y``); empty when the schema is exactly ours.
    """
    try:
        con = _connect_ro(path)
        try:
            found = signature(con)
        finally:
            con.close()
    except sqlite3.Error as error:
        return [str(error)]
    expected = dict(reference_signature(revision))
    problems = [f"missing {kind} {name}" for (kind, name) in expected if (kind, name) not in found]
    problems += [f"unexpected {kind} {name}" for (kind, name) in found if (kind, name) not in expected]
    problems += [
        f"changed {kind} {name}"
        for (kind, name), value in expected.items()
        if (kind, name) in found and found[(kind, name)] != value
    ]
    return problems


def read_setting(path: Path, key: str) -> Any:
    """Read one JSON setting from a database file without changing it (None if absent/unreadable)."""
    with contextlib.suppress(sqlite3.Error, ValueError):
        con = _connect_ro(path)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
        return None if row is None else json.loads(row[0])
    return None
