"""The database engine, built from a path at start-up (never at import time).

SQLite settings keep SQLite's promise all the way up to the clerk:

* ``journal_mode=WAL`` so a reader never blocks the writer and a power cut loses at most the
  transaction being written;
* ``synchronous=FULL``: every commit is fsynced before ``commit()`` returns. NORMAL would be
  faster but, in WAL mode, may lose the last commits on power loss — exactly what district
  offices suffer several times a week, and a clerk was told "Đã lưu" for them;
* ``foreign_keys=ON`` (SQLite's default is off), a busy timeout for the second window;
* ``secure_delete=ON`` so that a purged nominee's data is overwritten in the file (Decree 13/2023).

The Vietnamese collation ``vi`` is registered on every connection so that SQL can
``ORDER BY name COLLATE vi``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from hagiang_desktop.core.vntext import vi_collation

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any, *, read_only: bool) -> None:
    """Apply the pragmas and the collation to each new SQLite connection."""
    dbapi_connection.create_collation("vi", vi_collation)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    """Return the SQLAlchemy URL for a database file.

    Args:
        path: the database file.
        read_only: open through a ``mode=ro`` URI so that nothing can be written.

    Returns:
        A ``sqlite+pysqlite`` URL.
    """
    resolved = path.resolve()
    if read_only:
        return f"sqlite+pysqlite:///file:{resolved.as_posix()}?mode=ro&uri=true"
    return f"sqlite+pysqlite:///{resolved.as_posix()}"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """Create the engine for the database file at ``path``.

    Args:
        path: the SQLite file; its folder must exist.
        read_only: open without the right to write (a second copy of the program, read-only media).

    Returns:
        An engine whose connections carry the pragmas described in this module.
    """
    engine = create_engine(sqlite_url(path, read_only=read_only))

    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; take it over, as
    # SQLAlchemy's documentation advises, and begin IMMEDIATE so that two writers never race
    # to upgrade a read lock (the loser would get SQLITE_BUSY mid-transaction).
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.isolation_level = None
        _on_connect(dbapi_connection, record, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


@dataclass
class Database:
    """An open database: the engine and the file it points to.

    Attributes:
        path: the SQLite file.
        engine: the SQLAlchemy engine.
        read_only: whether writes are refused.
    """

    path: Path
    engine: Engine
    read_only: bool = False

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Open one transaction: commit when the block ends, roll back on any exception."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        """Close every pooled connection (before a restore, or at exit)."""
        self.engine.dispose()
