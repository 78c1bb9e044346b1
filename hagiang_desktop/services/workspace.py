"""Opening the office's database: create, migrate, seed, and the settings stored with the data.

A :class:`Workspace` is what every other service takes: the open database and the plan loaded
from its catalogue. The UI and the CLI open one at start-up and pass it down.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.directory import Directory, default_directory_paths, load_directory
from hagiang_desktop.core.plan import Plan, default_plan_path, load_plan
from hagiang_desktop.storage import migrate, schema_check
from hagiang_desktop.storage.backup import BackupError, integrity_problems, take_backup
from hagiang_desktop.storage.bulk import bulk_insert

# Re-exported (the "as" form tells mypy so): the callers take the default paths, a database's
# location (a file or a server) and the busy timeout from here, and the faces catch
# DatabaseOpenError from here, not from storage (#23).
from hagiang_desktop.storage.db import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from hagiang_desktop.storage.db import Database, classify_error, make_engine, probe_file, readable_path
from hagiang_desktop.storage.errors import OPEN_ERROR_CODES as OPEN_ERROR_CODES
from hagiang_desktop.storage.errors import DatabaseOpenError as DatabaseOpenError
from hagiang_desktop.storage.location import DatabaseLocation as DatabaseLocation
from hagiang_desktop.storage.location import ServerLocation as ServerLocation
from hagiang_desktop.storage.location import is_server as is_server
from hagiang_desktop.storage.location import parse_location as parse_location
from hagiang_desktop.storage.location import same_location as same_location
from hagiang_desktop.storage.lock import DatabaseLock
from hagiang_desktop.storage.migrate import SchemaTooNewError
from hagiang_desktop.storage.models import Setting, Unit, UnitGroup, UnitGroupMember, name_values, table_of
from hagiang_desktop.storage.paths import APP_NAME as APP_NAME
from hagiang_desktop.storage.paths import DEFAULT_DB_NAME as DEFAULT_DB_NAME
from hagiang_desktop.storage.paths import default_db_path as default_db_path
from hagiang_desktop.storage.paths import user_data_dir as user_data_dir

#: Settings keys stored in the database (they travel with the data, e.g. in a backup).
OFFICE_UNIT = "office_unit_code"
PLAN_ID = "plan_id"
MODE = "mode"  # "office" or "province_inbox"
DEMO_AS_OF = "demo_as_of"  # the day a demo database is meant to be looked at (ISO date)


@dataclass
class Workspace:
    """An open office database with its plan.

    Attributes:
        db: the open database.
        plan: the plan catalogue the database works with.
        lock: the one-writer lock when this copy of the program holds it.
    """

    db: Database
    plan: Plan
    lock: DatabaseLock | None = None

    def session(self) -> AbstractContextManager[Session]:
        """Open one transaction (see :meth:`Database.session`)."""
        return self.db.session()

    def reading(self) -> AbstractContextManager[Session]:
        """Open one read-only transaction (see :meth:`Database.reading`)."""
        return self.db.reading()

    @property
    def is_server(self) -> bool:
        """Tell whether the data lives on a PostgreSQL server (several clerks, no file lock)."""
        return self.db.is_server

    def close(self) -> None:
        """Release the database file (and the one-writer lock, if held)."""
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()


def open_workspace(
    path: DatabaseLocation | str,
    *,
    plan_path: Path | None = None,
    seed_directory: bool = True,
    read_only: bool = False,
    lock: bool = False,
    quick_check: bool = False,
    initialise: bool = False,
) -> Workspace:
    """Open (creating, migrating and seeding if needed) the database at ``path``.

    A file that is empty, not a database, damaged, from a newer program, on read-only media or
    locked by another copy is refused with a :class:`DatabaseOpenError` and left exactly as it
    was. Before a migration changes an existing file, a backup is taken.

    A PostgreSQL server (a ``postgresql://`` URL or a
    :class:`~hagiang_desktop.storage.location.ServerLocation`) is opened the same way, except that
    the file lock, the probe, the integrity check and the file backups do not apply (the server's
    transactions and the IT staff's dumps do that work), and an empty server database is created
    only when asked (``initialise``, the ``server init`` command).

    Args:
        path: the SQLite file (created with its folder if missing), or a server.
        plan_path: the plan catalogue; the bundled Plan 127 by default.
        seed_directory: load the bundled Hà Giang directory into an empty database.
        read_only: open without writing anything (no migration, no seeding).
        lock: take the one-writer lock (``<db>.lock``) and keep it until :meth:`Workspace.close`;
            the window and the CLI's writing commands ask for it.
        quick_check: run SQLite's quick integrity check first (the window does, on start).
        initialise: on a server, build the schema in an empty database (else ``not_initialised``).

    Returns:
        The open workspace.

    Raises:
        DatabaseOpenError: with a code from :data:`hagiang_desktop.storage.errors.OPEN_ERROR_CODES`
            (:class:`~hagiang_desktop.storage.migrate.SchemaTooNewError` for ``too_new``).
    """
    location = parse_location(path)
    plan = load_plan(plan_path or default_plan_path())
    if isinstance(location, ServerLocation):
        return _open_server(
            location, plan, seed_directory=seed_directory, read_only=read_only, initialise=initialise
        )
    path = location
    if not read_only:
        # A folder we create holds personal data: readable by the user only (Decree 13/2023).
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    probe_file(path, read_only=read_only)
    db_lock = DatabaseLock(path) if lock and not read_only else None
    if db_lock is not None:
        db_lock.acquire()
    db: Database | None = None
    try:
        if not path.exists():
            _create_whole(path, plan, seed_directory=seed_directory)
        open_path = readable_path(path) if read_only else path
        if quick_check:
            problems = integrity_problems(open_path, quick=True)
            if problems:
                raise DatabaseOpenError("damaged", path, "; ".join(problems[:3]))
        refuse_if_not_ours(open_path, path)  # before any connection that may write
        db = Database(path=path, engine=make_engine(open_path, read_only=read_only), read_only=read_only)
        _prepare(db, plan, seed_directory=seed_directory)
    except SchemaTooNewError as error:
        _abandon(db, db_lock)
        raise SchemaTooNewError(error.revision, path) from error
    except DatabaseOpenError:
        _abandon(db, db_lock)
        raise
    except (SQLAlchemyError, sqlite3.Error, BackupError) as error:
        _abandon(db, db_lock)
        raise classify_error(error, path) from error
    return Workspace(db=db, plan=plan, lock=db_lock)


def _open_server(
    location: ServerLocation, plan: Plan, *, seed_directory: bool, read_only: bool, initialise: bool
) -> Workspace:
    """Open a workspace on a PostgreSQL server (see :func:`open_workspace`)."""
    db = Database(path=location, engine=make_engine(location, read_only=read_only), read_only=read_only)
    try:
        has_tables, revision = migrate.server_state(db.engine)
        if not has_tables and not initialise:
            raise DatabaseOpenError("not_initialised", location)
        if has_tables and revision is None:
            raise DatabaseOpenError("foreign", location)
        if revision is not None and revision not in migrate.known_revisions():
            raise SchemaTooNewError(revision, location)
        _prepare(db, plan, seed_directory=seed_directory)
    except DatabaseOpenError:
        db.dispose()
        raise
    except SQLAlchemyError as error:
        db.dispose()
        raise classify_error(error, location) from error
    return Workspace(db=db, plan=plan)


def refuse_if_not_ours(open_path: Path, path: Path) -> None:
    """Refuse, untouched, a file that is not a database of this program at a revision we know.

    Args:
        open_path: the file to read (a temporary copy of ``path`` on read-only media).
        path: the file the clerk named (for the message).

    Raises:
        DatabaseOpenError: ``no_tables`` (an interrupted creation), ``foreign`` (another
            program's database), ``too_new`` (:class:`SchemaTooNewError`).
    """
    state, revision = schema_check.file_state(open_path)
    if state == schema_check.NO_TABLES:
        raise DatabaseOpenError("no_tables", path)
    if state == schema_check.FOREIGN:
        raise DatabaseOpenError("foreign", path, revision or "")
    if state == schema_check.TOO_NEW:
        raise SchemaTooNewError(revision or "", path)


def _create_whole(path: Path, plan: Plan, *, seed_directory: bool) -> None:
    """Build a new database in a temporary file beside ``path``, then rename it into place.

    A creation killed half-way (a power cut during the first start or ``demo``) leaves only a
    hidden ``.part`` file, never a file at ``path`` that looks like a database but has no tables.
    """
    with atomic_path(path) as tmp:
        db = Database(path=tmp, engine=make_engine(tmp))
        try:
            _prepare(db, plan, seed_directory=seed_directory)
        finally:
            db.dispose()
        # One self-contained file: its WAL would not follow the rename (the engine turns WAL on again).
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
        if os.name != "nt":
            os.chmod(tmp, 0o600)  # personal data; SQLite gives its -wal and -shm the same mode
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def _prepare(db: Database, plan: Plan, *, seed_directory: bool) -> None:
    """Migrate (after a backup) and seed a freshly opened database; check only when read-only."""
    engine = db.engine
    if db.read_only:
        migrate.needs_upgrade(engine)  # raises SchemaTooNewError; never writes
        return
    if not db.is_server and migrate.needs_upgrade(engine) and migrate.current_revision(engine) is not None:
        # A migration rewrites tables: keep the file as it was, whatever happens next (#8).
        take_backup(db.path, reason="migrate")
    migrate.upgrade(engine)
    with db.session() as session:
        if _get(session, PLAN_ID) is None:
            _set(session, PLAN_ID, plan.id)
        if seed_directory and session.scalar(select(func.count()).select_from(Unit)) == 0:
            seed_units(session, load_directory(*default_directory_paths()))


def _abandon(db: Database | None, db_lock: DatabaseLock | None) -> None:
    if db is not None:
        db.dispose()
    if db_lock is not None:
        db_lock.release()


def seed_units(session: Session, directory: Directory) -> None:
    """Insert a whole directory into an empty unit table (bulk, in the caller's transaction).

    Args:
        session: the open session.
        directory: the validated directory (parents listed before or after children).
    """
    source = Path(directory.source).stem if directory.source else "directory"
    bulk_insert(
        session,
        table_of(UnitGroup),
        [{"code": g.code, "name": g.name, "kind": g.kind} for g in directory.groups],
    )
    bulk_insert(
        session,
        table_of(Unit),
        [
            {
                "code": u.code,
                **name_values(u.name),
                "short_name": u.short_name,
                "kind": str(u.kind),
                "parent_id": None,
                "valid_from": u.valid_from,
                "valid_to": u.valid_to,
                "directory": source,
            }
            for u in directory.units
        ],
    )
    ids = dict(session.execute(select(col(Unit.code), col(Unit.id))).all())
    group_ids = dict(session.execute(select(col(UnitGroup.code), col(UnitGroup.id))).all())
    parents = [{"id": ids[u.code], "parent_id": ids[u.parent_code]} for u in directory.units if u.parent_code]
    if parents:
        session.execute(update(Unit), parents)  # ORM bulk UPDATE by primary key: one executemany
    bulk_insert(
        session,
        table_of(UnitGroupMember),
        [{"unit_id": ids[u.code], "group_id": group_ids[g]} for u in directory.units for g in u.groups],
    )


def _get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return None if row is None else json.loads(row.value)


def _set(session: Session, key: str, value: Any) -> None:
    text = json.dumps(
        value, ensure_ascii=False, default=lambda v: v.isoformat() if isinstance(v, date) else v
    )
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def get_setting(ws: Workspace, key: str, default: Any = None) -> Any:
    """Read a setting stored in the database.

    Args:
        ws: the workspace.
        key: the setting's key.
        default: returned when the setting is absent.

    Returns:
        The JSON-decoded value, or ``default``.
    """
    with ws.reading() as session:  # a read: never waits for the write lock (an export reads it)
        value = _get(session, key)
    return default if value is None else value


def set_setting(ws: Workspace, key: str, value: Any) -> None:
    """Store a setting in the database, in its own transaction."""
    with ws.session() as session:
        _set(session, key, value)
