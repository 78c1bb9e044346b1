"""The one-writer lock: a second holder is refused, a dead holder leaves no stale lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.lock import DatabaseLock, is_locked, lock_path_for

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hagiang_desktop.storage.lock import DatabaseLock
    lock = DatabaseLock(Path(sys.argv[1]))
    lock.acquire()
    print("held", flush=True)
    sys.stdin.readline()
    """
)


def hold_in_child(db_path):  # type: ignore[no-untyped-def]
    """Start a child process that holds the lock of ``db_path`` until its stdin closes."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def stop(child, *, kill: bool = False) -> None:  # type: ignore[no-untyped-def]
    """End a child started by :func:`hold_in_child` and close its pipes."""
    if kill:
        child.kill()
    child.stdin.close()
    child.wait()
    child.stdout.close()


def test_second_lock_in_same_process_is_refused(tmp_path):
    db = tmp_path / "office.sqlite3"
    with DatabaseLock(db) as first:
        assert first.held
        assert lock_path_for(db).exists()
        with pytest.raises(DatabaseOpenError) as caught:
            DatabaseLock(db).acquire()
        assert caught.value.code == "locked"
        assert is_locked(db)
    assert not is_locked(db)
    with DatabaseLock(db):  # released: can be taken again
        pass


def test_lock_held_by_another_process_and_freed_when_it_is_killed(tmp_path):
    db = tmp_path / "office.sqlite3"
    child = hold_in_child(db)
    try:
        assert is_locked(db)
        with pytest.raises(DatabaseOpenError) as caught:
            DatabaseLock(db).acquire()
        assert caught.value.code == "locked"
    finally:
        stop(child, kill=True)  # like a power cut: no clean release
    assert not is_locked(db)  # the operating system dropped it with the process


def test_release_is_idempotent(tmp_path):
    lock = DatabaseLock(tmp_path / "x.sqlite3")
    lock.acquire()
    lock.acquire()
    lock.release()
    lock.release()
    assert not lock.held
