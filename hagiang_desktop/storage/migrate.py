"""Schema migrations (Alembic), run on start with a backup first.

A database made by a newer program (its revision unknown to us) is refused untouched, so that an
older copy of the program never damages it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from hagiang_desktop.storage.errors import DatabaseOpenError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

    from hagiang_desktop.storage.location import ServerLocation

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Every revision in ``migrations/versions``, oldest first. Declared here so that opening a database
#: that needs no migration never imports Alembic (a quarter of a second at start-up, #11);
#: tests/storage/test_revisions.py fails until a new migration is added here too.
REVISIONS = (
    "0001_baseline",
    "0002_audit_entity_index",
    "0003_sort_keys_search",
    "0004_unit_history",
    "0005_open_field_unit_plan",
    "0006_row_versions",
    "0007_server_list_indexes",
)


#: The server-wide advisory lock taken while a migration runs on PostgreSQL (any fixed number).
_MIGRATION_LOCK = 22_127_2018


class SchemaTooNewError(DatabaseOpenError):
    """The database was written by a newer version of the program (code ``too_new``).

    Attributes:
        revision: the unknown schema revision found in the file.
    """

    def __init__(self, revision: str, path: Path | ServerLocation | None = None) -> None:
        super().__init__("too_new", path or Path(), revision)
        self.revision = revision


def _config() -> Config:
    # Alembic costs a quarter of a second to import: only when a migration must run (#11).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """Return the newest schema revision this program knows."""
    return REVISIONS[-1]


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at, or None for a database without our schema."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):  # sqlite_master or the server's catalogue
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    """Return every revision this program can migrate from."""
    return set(REVISIONS)


def needs_upgrade(engine: Engine) -> bool:
    """Tell whether :func:`upgrade` would change the database.

    Raises:
        SchemaTooNewError: the database comes from a newer program.
    """
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(current)
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema in one transaction per revision.

    Raises:
        SchemaTooNewError: the database comes from a newer program; nothing is changed.
    """
    if not needs_upgrade(engine):
        return
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several clerks may start a newer program at once: one migrates, the others wait here
            # and then find the schema at head (Alembic reads the version again in this transaction).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def server_state(engine: Engine) -> tuple[bool, str | None]:
    """Tell whether a server database holds any table, and its schema revision.

    Returns:
        ``(has_tables, revision)``: ``(False, None)`` for an empty database, ``(True, None)``
        for another program's tables.
    """
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    return bool(names), current_revision(engine) if "alembic_version" in names else None


def file_revision(path: Path) -> str | None:
    """Read the schema revision of a database file through a read-only connection.

    Used before anything may write to the file (even switching it to WAL), so that a database
    from a newer program is refused byte for byte untouched.

    Returns:
        The revision, or None for a file without our schema (new or foreign).
    """
    con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        con.close()


def refuse_if_too_new(path: Path) -> None:
    """Raise :class:`SchemaTooNewError` if the file at ``path`` comes from a newer program.

    Raises:
        SchemaTooNewError: the revision in the file is unknown to this program.
    """
    revision = file_revision(path)
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNewError(revision, path)
