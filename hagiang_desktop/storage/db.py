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

A PostgreSQL server (issue #22) is reached through psycopg 3 with the libpq URL as given, so
every libpq form works and libpq finds the password in ``PGPASSFILE``/``~/.pgpass``; the server's
own transactions and locks do what the pragmas and the file lock do for SQLite.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from hagiang_desktop.core.vntext import vi_collation
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.location import DatabaseLocation, ServerLocation

BUSY_TIMEOUT_MS = 5000

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF) → our open-error codes.
_SQLITE_CODES = {
    5: "locked",
    6: "locked",
    8: "read_only",
    10: "damaged",
    11: "damaged",
    14: "unreadable",
    26: "not_sqlite",
}


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


def probe_file(path: Path, *, read_only: bool = False) -> None:
    """Look at a database file before SQLite touches it, so that a bad file is never "repaired".

    SQLite happily turns a 0-byte file into a new empty database and writes a WAL beside a file
    it cannot read; for a clerk's data file both would hide the loss. A missing file is fine
    (a new database is created) unless ``read_only``.

    Args:
        path: the database file.
        read_only: the caller will not write (a missing file is then an error).

    Raises:
        DatabaseOpenError: ``empty``, ``not_sqlite``, ``read_only`` or ``unreadable``.
    """
    if not path.exists():
        if read_only:
            raise DatabaseOpenError("unreadable", path, "missing")
        if not os.access(path.parent if path.parent.exists() else path.parent.parent, os.W_OK):
            raise DatabaseOpenError("read_only", path, "folder not writable")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as error:
        raise DatabaseOpenError("unreadable", path, str(error)) from error
    if not head:
        raise DatabaseOpenError("empty", path)
    if not head.startswith(SQLITE_HEADER):
        raise DatabaseOpenError("not_sqlite", path)
    if len(head) < 100:
        raise DatabaseOpenError("damaged", path, "truncated header")
    if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseOpenError("read_only", path)


def readable_path(path: Path) -> Path:
    """Return a path SQLite can read ``path`` through without writing, copying it if needed.

    A WAL database on read-only media (a write-protected USB stick, a CD) cannot be opened even
    read-only when its ``-shm`` file is missing: SQLite must create it and cannot. Then the file
    (with its WAL, which may hold the last commits) is copied to a temporary folder and read
    there; the original is never written.

    Args:
        path: the database file, which exists.

    Returns:
        ``path`` itself, or the temporary copy (removed when the program exits).
    """
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
        return path
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) or 0
        # SQLITE_READONLY_CANTINIT (no permission) or SQLITE_CANTOPEN (read-only file system);
        # anything else is a real problem the caller reports.
        if code & 0xFF not in (8, 14):
            return path
    folder = Path(tempfile.mkdtemp(prefix="hagiang-ro-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    return copy


#: Words of libpq's and the server's messages (any language setting: libpq's own are English
#: in the binary wheels) → our open-error codes, first match wins.
_SERVER_MESSAGES = (
    ("no password supplied", "password_needed"),
    ("password authentication failed", "password_wrong"),
    ("authentication failed", "password_wrong"),
    ("role", "password_wrong"),  # role "x" does not exist
    ("does not exist", "no_database"),
    ("permission denied for database", "no_database"),
    ("connection refused", "server_unreachable"),
    ("no such file or directory", "server_unreachable"),
    ("could not translate host name", "server_unreachable"),
    ("timeout expired", "server_unreachable"),
    ("connection to server", "server_unreachable"),
)


def classify_server_error(error: BaseException, location: ServerLocation) -> DatabaseOpenError:
    """Turn a psycopg/SQLAlchemy error met while opening a server into a :class:`DatabaseOpenError`."""
    if isinstance(error, DatabaseOpenError):
        return error
    orig = getattr(error, "orig", None) or error
    text = " ".join(str(orig).split()) or type(orig).__name__
    lowered = text.lower()
    kind = next((code for words, code in _SERVER_MESSAGES if words in lowered), "unreadable")
    return DatabaseOpenError(kind, location, text[:300])


def classify_error(error: BaseException, path: DatabaseLocation) -> DatabaseOpenError:
    """Turn an SQLite/SQLAlchemy error met while opening into a :class:`DatabaseOpenError`."""
    if isinstance(error, DatabaseOpenError):
        return error
    if isinstance(path, ServerLocation):
        return classify_server_error(error, path)
    orig = getattr(error, "orig", None) or error
    code = getattr(orig, "sqlite_errorcode", None)
    kind = _SQLITE_CODES.get(code & 0xFF, "unreadable") if isinstance(code, int) else "unreadable"
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    if kind == "unreadable" and "malformed" in text:
        kind = "damaged"
    return DatabaseOpenError(kind, path, text)


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


# Execution option marking a read-only transaction: it begins DEFERRED, so under WAL it never
# waits for (nor blocks) the one writer, e.g. the list refreshing while an export records its event.
_READING = "hagiang_reading"


def make_engine(path: DatabaseLocation, *, read_only: bool = False) -> Engine:
    """Create the engine for the database file at ``path``, or for a server.

    Args:
        path: the SQLite file (its folder must exist), or a :class:`ServerLocation`.
        read_only: open without the right to write (a second copy of the program, read-only media).

    Returns:
        An engine whose connections carry the pragmas described in this module.
    """
    if isinstance(path, ServerLocation):
        return make_server_engine(path, read_only=read_only)
    # hide_parameters: an error message (and so the crash log) never carries a nominee's data.
    engine = create_engine(sqlite_url(path, read_only=read_only), hide_parameters=True)

    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; take it over, as
    # SQLAlchemy's documentation advises, and begin IMMEDIATE so that two writers never race
    # to upgrade a read lock (the loser would get SQLITE_BUSY mid-transaction).
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        dbapi_connection.isolation_level = None
        _on_connect(dbapi_connection, record, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        deferred = read_only or conn.get_execution_options().get(_READING, False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine


def make_server_engine(location: ServerLocation, *, read_only: bool = False) -> Engine:
    """Create the engine for a PostgreSQL server, connecting through psycopg 3 with the URL as given.

    Args:
        location: the server; a password typed at a prompt travels as a keyword, never in a URL.
        read_only: every transaction is READ ONLY (the server refuses a write).

    Returns:
        The engine.
    """
    import psycopg  # only a server needs it: SQLite offices never import it

    extra: dict[str, Any] = {"application_name": "hagiang-desktop", "connect_timeout": 10}
    if location.password is not None:
        extra["password"] = location.password

    def connect() -> Any:
        return psycopg.connect(location.url, **extra)

    engine = create_engine("postgresql+psycopg://", creator=connect, hide_parameters=True, pool_pre_ping=True)
    if read_only:

        @event.listens_for(engine, "connect")
        def _read_only(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_connection.commit()

    return engine


def serialise(session: Session, name: str) -> None:
    """Make the writers of one kind (bundle imports, sequence numbers) take turns, to the commit.

    SQLite's ``BEGIN IMMEDIATE`` already lets one writer in at a time. On a server, several
    clerks write at once: a transaction-scoped advisory lock named ``name`` makes the second
    importer of a bundle wait for the first to commit, then see its rows (and refuse a replay),
    and two bundles built at once never take the same sequence number.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"hagiang:{name}"})


def durable_commit(session: Session) -> None:
    """Make this transaction's commit wait until the server has written it to disk.

    A server run with ``synchronous_commit = off`` acknowledges a commit before it is on disk.
    A bulk move (``server import-file``) must not report "moved" and then lose it in a power
    cut; and only a commit on disk lets the vacuum after it mark the new rows visible to all
    (:func:`refresh_statistics`). SQLite always commits to disk here (``synchronous`` pragma).
    """
    if session.get_bind().dialect.name != "sqlite":
        session.execute(text("SET LOCAL synchronous_commit TO on"))


def refresh_statistics(engine: Engine, tables: Iterable[str]) -> None:
    """Tell a server what a bulk load brought (``VACUUM (ANALYZE)``), now rather than later.

    After ``server import-file`` moves 100,000 nominations in, the server would plan the list's
    searches and the dashboard's groupings without statistics until its autovacuum gets round to
    them (#22). The vacuum also marks the new rows visible to every transaction, which lets the
    dashboard's groupings read their covering indexes alone ("index-only scans", 42 ms instead
    of 135 ms over a province's registrations) instead of visiting each row. A role that does
    not own a table gets a warning, not an error. SQLite plans without statistics on purpose
    (its ``ANALYZE`` would change the plans the benchmarks settled): nothing is done on a file.

    Args:
        engine: the database's engine.
        tables: the tables loaded (our own names).
    """
    if engine.dialect.name == "sqlite":
        return
    # VACUUM cannot run inside a transaction block. Each ANALYZE commits its statistics: on a
    # server run with synchronous_commit off, such a commit not yet on disk keeps the vacuum of
    # the next table from marking rows visible to all (the commit log keeps one "flushed up to"
    # per group of transactions), so these commits wait for the disk too.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("SET synchronous_commit TO on")
        try:
            for table in tables:
                conn.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
        finally:
            conn.exec_driver_sql("RESET synchronous_commit")


def database_user(session: Session) -> str | None:
    """Return the server's user name for this session (None on SQLite, which has no users)."""
    if session.get_bind().dialect.name == "sqlite":
        return None
    return str(session.connection().exec_driver_sql("SELECT current_user").scalar())


@dataclass
class Database:
    """An open database: the engine and the file (or server) it points to.

    Attributes:
        path: the SQLite file, or the :class:`ServerLocation` of a server.
        engine: the SQLAlchemy engine.
        read_only: whether writes are refused.
    """

    path: Any  # DatabaseLocation; Any so that the many file-only callers keep their Path methods
    engine: Engine
    read_only: bool = False

    @property
    def is_server(self) -> bool:
        """Tell whether this is a PostgreSQL server (no file lock, probe or file backups apply)."""
        return isinstance(self.path, ServerLocation)

    def label(self) -> str:
        """Return what names this database to a clerk: the file path, or the URL without password."""
        return str(self.path)

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

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Open one read transaction: a consistent snapshot that never takes the write lock.

        Use it for use cases that only read (lists, counts, the dashboard, exports' reads). It is
        rolled back at the end. Writers keep :meth:`session`: a deferred transaction that reads
        and then writes can fail with SQLITE_BUSY when another writer got in between.

        On a server the transaction is REPEATABLE READ: its every statement sees the data as it
        was at the first (READ COMMITTED, the server's default, takes a new snapshot for each
        statement, and a dashboard's groupings could count a nomination its unit list did not
        have yet), and :func:`~hagiang_desktop.storage.read_ahead.read_ahead` shares it.
        """
        options: dict[str, Any] = {_READING: True}
        if self.is_server:  # a read-only transaction never fails to serialise: no retry needed
            options["isolation_level"] = "REPEATABLE READ"
        with Session(self.engine.execution_options(**options), expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        """Close every pooled connection (before a restore, or at exit)."""
        self.engine.dispose()
