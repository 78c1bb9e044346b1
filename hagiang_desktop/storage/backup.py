"""Backups with SQLite's online backup API, checked before they are trusted.

A backup is made page by page from a live connection (it sees every committed transaction,
including those still in the WAL), into a temporary file beside the target; that file passes
``PRAGMA integrity_check`` and is then renamed into place (``core.atomic``), so a power cut
during a backup leaves either no backup or a complete one, never a half file that looks good.

A restore is the same road backwards: the chosen backup is checked first, copied beside the live
file, checked again, and only then renamed over the live file — the live file is never touched
before the backup has been verified, and a copy of it is taken first.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.storage.db import BUSY_TIMEOUT_MS

#: How many automatic backups to keep when the setting is absent.
DEFAULT_KEEP = 10

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite3$")


class BackupError(Exception):
    """A backup could not be made or a file is not a usable backup.

    Attributes:
        code: ``damaged`` (the integrity check failed or the file is not a database) or
            ``io`` (the operating system refused to read or write).
        problems: the integrity check's report, or the system error.
    """

    def __init__(self, code: str, problems: list[str]) -> None:
        super().__init__(f"{code}: {'; '.join(problems[:3])}")
        self.code = code
        self.problems = problems


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a backup folder.

    Attributes:
        path: the file.
        taken_at: when it was taken (local time, from its name).
        reason: ``auto``, ``manual``, ``migrate`` or ``restore``.
    """

    path: Path
    taken_at: datetime
    reason: str


def _connect_ro(path: Path) -> sqlite3.Connection:
    # A read-only URI: checking or copying a file must never create or change it.
    return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Run SQLite's integrity check on a file without changing it.

    Args:
        path: the database file.
        quick: run ``quick_check`` (seconds on a large file) instead of the full check.

    Returns:
        The problems found; empty when the file is sound.
    """
    try:
        con = _connect_ro(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        con.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


#: SQLite primary result codes that say "not allowed or not reachable here", never "damaged":
#: PERM, BUSY, LOCKED, READONLY, CANTOPEN, AUTH.
_ACCESS_CODES = frozenset({3, 5, 6, 8, 14, 23})


def access_problem(path: Path) -> str | None:
    """Tell whether SQLite is refused access to a file (permissions, media, a lock), read-only.

    Returns:
        The reason, or None when the file can be read (it may still be damaged: the integrity
        check says so).
    """
    try:
        con = _connect_ro(path)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as error:
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF in _ACCESS_CODES:
            return str(error)
    return None


#: Pages copied per step of the backup API (4 MB at 4 KB pages): progress and Cancel between steps.
_PAGES_PER_STEP = 1024

#: ``progress(done, total) -> bool``: pages copied so far and in all; False asks to stop.
Progress = Callable[[int, int], bool]


class BackupCancelled(Exception):  # noqa: N818 - an outcome the clerk chose, not an error
    """The clerk cancelled a backup; no file was left behind."""


def _step_progress(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None

    def report(_status: int, remaining: int, total: int) -> None:
        if not progress(total - remaining, total):
            raise BackupCancelled  # propagates out of Connection.backup()

    return report


def copy_database(source: Path, target: Path, *, progress: Progress | None = None) -> None:
    """Copy a database with the online backup API into ``target``, verified, atomically.

    The copy is a single self-contained file (rollback journal, not WAL), so it can be carried
    on a USB stick alone.

    Args:
        source: the live database (may be open and in use by this process).
        target: the file to create or replace.
        progress: called between steps with (pages done, pages in all); returning False stops.

    Raises:
        BackupError: the source cannot be read or the copy fails its integrity check.
        BackupCancelled: ``progress`` asked to stop; ``target`` is untouched.
    """
    try:
        with atomic_path(target) as tmp:
            src = _connect_ro(source)
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest, pages=_PAGES_PER_STEP if progress else -1, progress=_step_progress(progress))
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
                src.close()
            # quick_check: every page and b-tree is read and checked, only the index-against-table
            # cross-check is skipped. A full integrity_check made a backup of the province's
            # 100,000 rows take 1.5 s instead of 0.5 s (issue #11, benchmarks/RESULTS.md); the
            # full check still runs before a restore (verify_backup).
            problems = integrity_problems(tmp, quick=True)
            if problems:
                raise BackupError("damaged", problems)
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o600)  # a backup holds the same personal data as the database
    except sqlite3.Error as error:
        raise BackupError("damaged", [str(error)]) from error
    except OSError as error:
        raise BackupError("io", [str(error)]) from error


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only (POSIX) if missing; an existing one is left as it is.

    A folder the clerk chose (a shared folder, a USB stick's root) keeps its permissions: only
    the backup files written into it are private (issue #18).
    """
    if folder.is_dir():
        return folder
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
    return folder


def default_backup_dir(db_path: Path) -> Path:
    """Return the automatic backup folder of a database: ``<folder>/<name>-backups``."""
    return db_path.parent / f"{db_path.stem}-backups"


def list_backups(folder: Path, db_path: Path) -> list[BackupInfo]:
    """List the backups of ``db_path`` found in ``folder``, newest first."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    if not folder.is_dir():
        return []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or match["stem"] != db_path.stem or not entry.is_file():
            continue
        taken = datetime.strptime(match["stamp"], _STAMP)
        # the counter orders backups taken within the same second
        found.append((taken, int(match["n"] or 1), BackupInfo(entry, taken, match["reason"])))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [info for _, _, info in found]


def _new_name(folder: Path, db_path: Path, reason: str, now: datetime) -> Path:
    base = f"{db_path.stem}-{now.strftime(_STAMP)}"
    candidate = folder / f"{base}-{reason}.sqlite3"
    n = 1
    while candidate.exists():  # two backups in the same second (a test, a quick double click)
        n += 1
        candidate = folder / f"{base}-{n}-{reason}.sqlite3"
    return candidate


def backup_target(db_path: Path, folder: Path | None = None, reason: str = "manual") -> Path:
    """Return the file the next backup of ``db_path`` into ``folder`` will get (nothing written)."""
    return _new_name(folder or default_backup_dir(db_path), db_path, reason, datetime.now())


def take_backup(
    db_path: Path,
    *,
    folder: Path | None = None,
    reason: str = "manual",
    keep: int | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Back up ``db_path`` into a folder, then keep only the newest ``keep`` backups there.

    Args:
        db_path: the live database.
        folder: where to put it; the database's own backup folder by default.
        reason: ``auto``, ``manual``, ``migrate`` or ``restore`` (part of the file name).
        keep: how many backups to keep after this one; None keeps all.
        target: the file name chosen beforehand (:func:`backup_target`); a new one by default.
        progress: see :func:`copy_database`.

    Returns:
        The new backup file.

    Raises:
        BackupError: see :func:`copy_database`.
        BackupCancelled: ``progress`` asked to stop.
    """
    folder = ensure_private_dir(target.parent if target else folder or default_backup_dir(db_path))
    target = target or _new_name(folder, db_path, reason, datetime.now())
    copy_database(db_path, target, progress=progress)
    if keep is not None:
        rotate(folder, db_path, keep, reason=reason)
    return target


def rotate(folder: Path, db_path: Path, keep: int, *, reason: str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``db_path`` in ``folder``.

    Args:
        folder: the backup folder.
        db_path: the database whose backups are rotated.
        keep: how many to keep (at least one).
        reason: rotate only backups taken for this reason (automatic ones never push out the
            copy taken before a migration or a restore).

    Returns:
        The files deleted.
    """
    removed = []
    candidates = [b for b in list_backups(folder, db_path) if reason is None or b.reason == reason]
    for info in candidates[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def backup_if_due(
    db_path: Path, *, keep: int, min_hours: float = 24.0, now: datetime | None = None
) -> Path | None:
    """Take the automatic backup unless one was taken less than ``min_hours`` ago.

    Returns:
        The new backup, or None when not due.
    """
    now = now or datetime.now()
    latest = next((b for b in list_backups(default_backup_dir(db_path), db_path) if b.reason == "auto"), None)
    if latest is not None and (now - latest.taken_at).total_seconds() < min_hours * 3600:
        return None
    return take_backup(db_path, reason="auto", keep=keep)


def _remove_wal(db_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()


def checkpoint(db_path: Path) -> None:
    """Move everything from the WAL into the main file and empty the WAL (best effort)."""
    try:
        con = sqlite3.connect(db_path)
    except sqlite3.Error:
        return
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # a damaged file: the restore replaces it anyway
    finally:
        con.close()


def restore_file(backup: Path, db_path: Path) -> Path | None:
    """Replace the live database with a verified backup (every connection must be closed).

    Order matters: the backup is checked; a copy of the live file is kept (if it can still be
    read); the backup is copied beside the live file and checked again; the live file's WAL is
    emptied and removed (a stale WAL applied to the restored file would corrupt it); only then
    is the copy renamed over the live file.

    Args:
        backup: the backup file to restore.
        db_path: the live database.

    Returns:
        The safety copy of the live file taken before restoring, or None if it was unreadable.

    Raises:
        BackupError: the backup is damaged or not a database; nothing was changed.
    """
    problems = integrity_problems(backup)
    if problems:
        raise BackupError("damaged", problems)
    safety: Path | None = None
    if db_path.exists():
        checkpoint(db_path)
        try:
            safety = take_backup(db_path, reason="restore")
        except BackupError:
            safety = None  # the live file is the damaged one we are replacing
    tmp_path: Path | None = None
    try:
        with atomic_path(db_path) as tmp:
            tmp_path = tmp
            src = _connect_ro(backup)
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
                # A rollback-journal file: a WAL copy would leave ``.part-wal``/``.part-shm`` files
                # behind after its read-only check (the engine switches the live file to WAL again).
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
                src.close()
            problems = integrity_problems(tmp)
            if problems:
                raise BackupError("damaged", problems)
            _remove_wal(db_path)
    except sqlite3.Error as error:
        raise BackupError("damaged", [str(error)]) from error
    except OSError as error:
        raise BackupError("io", [str(error)]) from error
    finally:
        if tmp_path is not None:
            _remove_wal(tmp_path)
    return safety


def search_index_problems(path: Path, table: str) -> list[str] | None:
    """Run FTS5's own check of a search index against the table it indexes, without changing the file.

    FTS5 checks itself only through ``INSERT INTO t (t, rank) VALUES ('integrity-check', 1)``,
    which SQLite refuses on a read-only connection. So it runs on a read-write connection, in a
    transaction that is rolled back (the command writes nothing), while a read-only connection
    holds the file open: the read-write one is then never the last to close, and does not
    checkpoint the WAL into the file as the last connection would.

    Args:
        path: the database file.
        table: the FTS5 table (external content: its index is compared with the content table).

    Returns:
        The problems found (empty when the index agrees with its table), or None when the file
        cannot be opened for writing (read-only media): then it was not checked.
    """
    try:
        guard = _connect_ro(path)
        guard.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds its shared lock
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return _fts_integrity(path, table)
    finally:
        guard.close()


def _fts_integrity(path: Path, table: str) -> list[str] | None:
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=rw", uri=True, isolation_level=None)
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        con.execute("BEGIN")
    except sqlite3.Error:
        return None
    try:
        con.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")  # noqa: S608 - our table
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY:
            return None
        return [f"{table}: {error}"]
    finally:
        con.rollback()
        con.close()
    return []


def foreign_key_problems(path: Path) -> list[str]:
    """Run ``PRAGMA foreign_key_check`` on a file without changing it.

    Returns:
        One line per dangling reference (``table row id → parent table``); empty when none.
    """
    try:
        con = _connect_ro(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = con.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        con.close()
    return [f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in rows]
