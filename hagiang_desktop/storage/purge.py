"""After a nominee's data is deleted (Decree 13/2023): leave no copy of it in the database's files.

Deleting rows frees their space but does not erase it. On SQLite the search index keeps the old
text in its segments until they are merged, and the WAL keeps the old pages until a checkpoint;
``secure_delete`` (storage.db) overwrites the freed pages. On a PostgreSQL server ``VACUUM FULL``
rewrites the tables without the deleted rows (a purge is rare: the seconds it locks the tables
for are acceptable); the server's WAL and the IT staff's dumps still hold the data until they
expire, which the user guide tells the IT staff.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from hagiang_desktop.storage.models import SEARCH_TABLE

#: The tables a purge deletes from: the nomination, what hangs off it, and its audit entries.
PURGED_TABLES = (
    "nomination",
    "criterion_check",
    "status_event",
    "assessment",
    "replication_activity",
    "commendation",
    "nomination_move",
    "audit_event",
)


def drop_deleted_search_text(session: Session) -> None:
    """Merge the search index so that deleted text leaves it (SQLite's FTS5; nothing to do on a server).

    In the caller's transaction: the delete trigger only marks the nominee's trigrams deleted,
    their text stays in the old segments until merged (seconds on the province's index).
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('optimize')"))


def flush_freed_space(engine: Engine, tables: Iterable[str]) -> bool:
    """Make the freed space of ``tables`` leave the database's files, outside any transaction.

    Args:
        engine: the database.
        tables: the tables rows were deleted from (used on a server).

    Returns:
        True when it was done now; False when another reader kept SQLite's WAL from being
        emptied (it is emptied at the next checkpoint).
    """
    raw = engine.raw_connection()
    try:
        if engine.dialect.name == "sqlite":
            busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return bool(busy is not None and busy[0] == 0)
        driver = raw.driver_connection
        assert driver is not None
        previous = driver.autocommit
        driver.autocommit = True  # VACUUM refuses to run inside a transaction
        try:
            for table in tables:
                driver.execute(f"VACUUM FULL {table}")  # our own table names
        finally:
            driver.autocommit = previous
        return True
    finally:
        raw.close()
