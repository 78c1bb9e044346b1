"""Backups and restores: automatic and manual backups, each verified; a restore only from a sound one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from hagiang_desktop.exports.model import Cancelled
from hagiang_desktop.services.workspace import OFFICE_UNIT, Workspace, get_setting, refuse_if_not_ours
from hagiang_desktop.storage import backup as backups
from hagiang_desktop.storage import migrate, schema_check, server_backup
from hagiang_desktop.storage.backup import DEFAULT_KEEP

# Re-exported by the package: the faces catch a refused backup, and show a backup's facts, from
# services.maintenance (#23).
from hagiang_desktop.storage.backup import BackupError as BackupError
from hagiang_desktop.storage.backup import BackupInfo as BackupInfo
from hagiang_desktop.storage.db import make_engine, probe_file
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.location import ServerLocation
from hagiang_desktop.storage.lock import DatabaseLock
from hagiang_desktop.storage.server_backup import ServerBackupError as ServerBackupError

#: Setting: how many automatic backups to keep (JSON int).
BACKUP_KEEP = "backup_keep"


def backup_keep(ws: Workspace) -> int:
    """Return how many automatic backups to keep (setting ``backup_keep``, default 10)."""
    value = get_setting(ws, BACKUP_KEEP, DEFAULT_KEEP)
    return max(int(value), 1)


def daily_backup(ws: Workspace) -> Path | None:
    """Take the automatic backup on start unless one was taken in the last 24 hours.

    Returns:
        The new backup, or None when not due (or the workspace is read-only, or on a server:
        there the IT staff's nightly dumps are the backups, see the user guide).

    Raises:
        BackupError: the backup could not be made or failed its check.
    """
    if ws.db.read_only or ws.is_server:
        return None
    return backups.backup_if_due(ws.db.path, keep=backup_keep(ws))


def backup_now(
    ws: Workspace,
    folder: Path | None = None,
    *,
    target: Path | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """Back up the open database now, into ``folder`` (a USB stick) or its own backup folder.

    Safe to run in a worker thread: it reads the file through its own connection. On a server
    (#22) the backup is a ``pg_dump`` in custom format, checked, as ``backup --db URL`` makes;
    there ``folder`` or ``target`` is needed (a server has no folder of its own here).

    Args:
        ws: the workspace.
        folder: where to put the backup; the database's backup folder by default.
        target: the exact file (see :func:`backup_file_name`), chosen before starting.
        progress: ``progress(done, total) -> bool``; False cancels.

    Returns:
        The verified backup file.

    Raises:
        BackupError: the backup could not be made or failed its check.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop; no file is left.
    """
    if ws.is_server:
        return _dump_now(ws.db.path, target or backup_file_name(ws, folder), progress)
    try:
        return backups.take_backup(
            ws.db.path, folder=folder, reason="manual", target=target, progress=progress
        )
    except backups.BackupCancelled as error:
        raise Cancelled from error


def _dump_now(location: ServerLocation, target: Path, progress: Callable[[int, int], bool] | None) -> Path:
    """Back a server up now: ``pg_dump`` into ``target`` (one step: the tool gives no progress)."""
    if progress is not None and not progress(0, 1):
        raise Cancelled
    try:
        made = server_backup.dump(location, target)
    except ServerBackupError as error:  # the window shows a BackupError's problems: the tool's words
        raise BackupError("io", [error.detail or error.code]) from error
    if progress is not None:
        progress(1, 1)
    return made


def backup_file_name(ws: Workspace, folder: Path | None = None) -> Path:
    """Return the file :func:`backup_now` will write into ``folder`` (nothing is written).

    Args:
        ws: the workspace.
        folder: the folder chosen; the database's own backup folder when None (a file only).

    Raises:
        ValueError: on a server without a folder.
    """
    if ws.is_server:
        if folder is None:
            raise ValueError("a server's backup goes to a folder the clerk chooses")
        return server_backup.dump_target(ws.db.path, folder, "manual")
    return backups.backup_target(ws.db.path, folder, "manual")


def backup_file(db_path: Path, out: Path) -> Path:
    """Back up a database that need not be open: into folder ``out``, or as file ``out``.

    Args:
        db_path: the database file.
        out: a folder (the backup takes its usual name there) or the backup file itself.

    Returns:
        The verified backup file.

    Raises:
        hagiang_desktop.storage.errors.DatabaseOpenError: the database is missing or not one.
        BackupError: the backup could not be made or failed its check.
    """
    probe_file(db_path, read_only=True)
    refuse_if_not_ours(db_path, db_path)
    if out.is_dir():
        return backups.take_backup(db_path, folder=out, reason="manual")
    backups.copy_database(db_path, out)
    return out


def backup_server(location: ServerLocation, out: Path) -> Path:
    """Dump a server database with ``pg_dump`` (custom format) into ``out`` (a file or a folder).

    Args:
        location: the server database.
        out: the dump file, or a folder where the dump takes a free name.

    Returns:
        The dump, read back by ``pg_restore --list``.

    Raises:
        ServerBackupError: ``no_tools`` (with how to get them) or ``failed``; no file is left.
    """
    return server_backup.dump(location, out)


def restore_server(location: ServerLocation, source: Path) -> Path:
    """Replace a server database's content by a dump, after dumping it as it is (the safety copy).

    The safety dump goes beside ``source``; the restore runs in one transaction.

    Args:
        location: the server database.
        source: the dump to restore.

    Returns:
        The safety dump.

    Raises:
        ServerBackupError: ``not_a_dump``, ``no_tools`` or ``failed``; the server is unchanged.
    """
    server_backup.check_dump(source)
    safety = server_backup.dump(location, source.parent, reason="before-restore")
    server_backup.restore(location, source)
    return safety


def list_backups(db_path: Path) -> list[BackupInfo]:
    """List the backups in the database's own backup folder, newest first."""
    return backups.list_backups(backups.default_backup_dir(db_path), db_path)


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """Return the newest backup that :func:`verify_backup` accepts (sound, ours, a revision we know)."""
    for info in list_backups(db_path):
        try:
            verify_backup(info.path)
        except BackupError:
            continue
        return info
    return None


def verify_backup(backup: Path, *, office: str | None = None, other_office: bool = False) -> None:
    """Check that a file is a sound backup of this program that may replace the office's data.

    In order: it is a non-empty SQLite file; SQLite's ``integrity_check`` passes; it holds this
    program's tables at a revision we know (an older one is migrated after restoring); no
    reference dangles (``foreign_key_check``); its tables, indexes, triggers and views are exactly
    the ones our migrations build at its revision (nothing dropped, nothing planted); and it
    belongs to ``office`` unless ``other_office`` says the clerk chose another office's data.

    Args:
        backup: the file to restore.
        office: the unit code of the office whose data it would replace (None: not known).
        other_office: the clerk confirmed restoring another office's data.

    Raises:
        BackupError: with code ``empty``, ``not_sqlite``, ``damaged``, ``not_ours``,
            ``too_new``, ``foreign_keys``, ``schema`` or ``other_office`` (problems: the
            backup's office, then ``office``); nothing was changed.
    """
    try:
        probe_file(backup, read_only=True)
    except DatabaseOpenError as error:
        code = error.code if error.code in ("empty", "not_sqlite") else "damaged"
        raise BackupError(code, [error.detail or error.code]) from error
    problems = backups.integrity_problems(backup)
    if problems:
        raise BackupError("damaged", problems)
    try:
        state, revision = schema_check.file_state(backup)
    except sqlite3.Error as error:
        raise BackupError("damaged", [str(error)]) from error
    if state == schema_check.TOO_NEW:
        raise BackupError("too_new", [revision or ""])
    if state != schema_check.OURS or revision is None:
        raise BackupError("not_ours", [state])
    dangling = backups.foreign_key_problems(backup)
    if dangling:
        raise BackupError("foreign_keys", dangling)
    different = schema_check.schema_problems(backup, revision)
    if different:
        raise BackupError("schema", different)
    theirs = schema_check.read_setting(backup, OFFICE_UNIT)
    if office and theirs and theirs != office and not other_office:
        raise BackupError("other_office", [str(theirs), office])


def live_office(db_path: Path) -> str | None:
    """Return the office a database file belongs to, read without changing it (None if unknown)."""
    if not db_path.exists():
        return None
    value = schema_check.read_setting(db_path, OFFICE_UNIT)
    return str(value) if value else None


def restore_database(db_path: Path, backup: Path, *, other_office: bool = False) -> Path | None:
    """Replace a database that is not open (a damaged one found on start) by a verified backup.

    The file replaced must be this program's (or damaged, empty, half-created): another program's
    database is never overwritten. A backup from an older schema is migrated after restoring.

    Args:
        db_path: the database file to replace.
        backup: the backup to restore.
        other_office: the clerk confirmed restoring another office's data.

    Returns:
        The safety copy of the replaced file, or None if it could not be read.

    Raises:
        BackupError: the backup is not sound, belongs to another office (and ``other_office`` is
            False), or the target is another program's file (``target_foreign``); nothing was changed.
    """
    _refuse_foreign_target(db_path)
    verify_backup(backup, office=live_office(db_path), other_office=other_office)
    safety = backups.restore_file(backup, db_path)
    _migrate_restored(db_path)
    return safety


def restore_closed_database(db_path: Path, backup: Path, *, other_office: bool = False) -> Path | None:
    """Restore as :func:`restore_database` does, holding the one-writer lock meanwhile (``restore``).

    The lock refuses while the window (or another command) writes the file.

    Args:
        db_path: the database file to replace.
        backup: the backup to restore.
        other_office: the clerk confirmed restoring another office's data.

    Returns:
        The safety copy of the replaced file, or None if it could not be read.

    Raises:
        DatabaseOpenError: ``locked`` (another program is writing it), or the lock cannot be taken.
        BackupError: see :func:`restore_database`.
    """
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        return restore_database(db_path, backup, other_office=other_office)
    finally:
        lock.release()


def default_backup_folder(db_path: Path) -> Path:
    """Return the folder the automatic backups of a database go to (``<name>-backups`` beside it)."""
    return backups.default_backup_dir(db_path)


def _refuse_foreign_target(db_path: Path) -> None:
    try:
        probe_file(db_path, read_only=True)
        state, _revision = schema_check.file_state(db_path)
    except (DatabaseOpenError, sqlite3.Error):
        return  # missing, empty or damaged: what a restore is for
    if state == schema_check.FOREIGN:
        raise BackupError("target_foreign", [str(db_path)])


def _migrate_restored(db_path: Path) -> None:
    """Bring a restored older backup to our schema (after a backup of it, as on every start)."""
    engine = make_engine(db_path)
    try:
        if migrate.needs_upgrade(engine):
            backups.take_backup(db_path, reason="migrate")
            migrate.upgrade(engine)
    finally:
        engine.dispose()


def restore_workspace(ws: Workspace, backup: Path, *, other_office: bool = False) -> Workspace:
    """Restore a backup over the open database, keeping the same workspace and lock.

    The backup is verified before anything is closed; then every pooled connection is closed,
    the file replaced (see :func:`hagiang_desktop.storage.backup.restore_file`) and, if the
    backup is from an older schema, migrated (after its own backup). The engine opens new
    connections on the restored file, so the window keeps its workspace and only refreshes.

    Args:
        ws: the open workspace.
        backup: the backup file.
        other_office: the clerk confirmed restoring another office's data.

    Returns:
        ``ws`` itself, now on the restored data.

    Raises:
        BackupError: the backup is not sound or belongs to another office; ``ws`` is unchanged.
    """
    office = get_setting(ws, OFFICE_UNIT)
    verify_backup(backup, office=str(office) if office else None, other_office=other_office)
    ws.db.dispose()
    backups.restore_file(backup, ws.db.path)
    ws.db.dispose()
    if migrate.needs_upgrade(ws.db.engine):
        backups.take_backup(ws.db.path, reason="migrate")
        migrate.upgrade(ws.db.engine)
    return ws
