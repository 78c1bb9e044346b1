"""One writer at a time: an operating-system lock on ``<database>.lock`` held while the program runs.

SQLite's own locks protect each transaction, not the clerk: two windows on the same file would
each show a stale list and overwrite each other's edits. The first copy of the program takes an
exclusive lock on a small file beside the database and keeps it until it exits; a second copy
finds it taken and opens the database read-only instead. The operating system releases the lock
when the process dies (power cut, crash, kill), so a stale lock never blocks the next start.

``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows: no extra dependency.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from hagiang_desktop.storage.errors import DatabaseOpenError


def lock_path_for(db_path: Path) -> Path:
    """Return the lock file that guards ``db_path`` (``office.sqlite3`` → ``office.sqlite3.lock``)."""
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """An exclusive, non-blocking lock on the lock file of one database.

    Args:
        db_path: the database file the lock guards.

    Attributes:
        db_path: the database file (named in errors: the clerk knows it, not the lock file).
        path: the lock file.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Tell whether this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock without waiting.

        Raises:
            DatabaseOpenError: code ``locked`` when another process (or another lock object in
                this process) holds it; ``read_only`` when the lock file cannot be created.
        """
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise DatabaseOpenError("read_only", self.db_path, str(error)) from error
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            raise DatabaseOpenError("locked", self.db_path, str(error)) from error
        # The holder's process id helps whoever looks at a "locked" report; it is not trusted.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (the file stays: removing it would race with a new holder)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def is_locked(db_path: Path) -> bool:
    """Tell whether some process holds the lock of ``db_path`` right now."""
    probe = DatabaseLock(db_path)
    try:
        probe.acquire()
    except DatabaseOpenError as error:
        return error.code == "locked"
    probe.release()
    return False


if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
