"""Damaged or foreign database files: each refused with a clear code and message, never made worse.

Every case hashes the file before and after: opening a bad file must not "repair" it, switch it
to WAL, seed it or migrate it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from hagiang_desktop.cli.main import run_cli
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.lock import DatabaseLock
from hagiang_desktop.storage.migrate import SchemaTooNewError
from tests.storage.test_lock import hold_in_child, stop


def sha(path: Path) -> str:
    """Hash a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _root_page(path: Path, table: str) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    finally:
        con.close()
    return page_size, root


def make_empty(path: Path, demo: Path) -> None:
    path.write_bytes(b"")


def make_truncated_header(path: Path, demo: Path) -> None:
    path.write_bytes(demo.read_bytes()[:60])


def make_truncated_half(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def make_corrupted_page(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    page_size, root = _root_page(path, "nomination")
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))


def make_not_sqlite(path: Path, demo: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"this is an xlsx renamed to .sqlite3" * 40)


def make_text(path: Path, demo: Path) -> None:
    path.write_text("Danh sách mô hình\n" * 100, encoding="utf-8")


def make_too_new(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")  # a rollback-journal file: opening must not switch it
    con.close()


#: (maker, expected code, words the Vietnamese CLI message must contain)
CASES = [
    (make_empty, "empty", "rỗng"),
    (make_truncated_header, "damaged", "bị hỏng"),
    (make_truncated_half, "damaged", "bị hỏng"),
    (make_corrupted_page, "damaged", "bị hỏng"),
    (make_not_sqlite, "not_sqlite", "không phải là tệp dữ liệu"),
    (make_text, "not_sqlite", "không phải là tệp dữ liệu"),
    (make_too_new, "too_new", "phiên bản mới hơn"),
]


@pytest.mark.parametrize(("maker", "code", "words"), CASES, ids=[c[1] + ":" + c[0].__name__ for c in CASES])
def test_bad_file_is_refused_untouched_by_open_workspace(tmp_path, demo_path, maker, code, words):
    bad = tmp_path / "office.sqlite3"
    maker(bad, demo_path)
    before = sha(bad)
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(bad, lock=True, quick_check=True)
    assert caught.value.code == code
    assert sha(bad) == before
    assert not Path(f"{bad}-wal").exists() or Path(f"{bad}-wal").stat().st_size == 0
    # refused without the lock staying taken: a restore can follow at once
    DatabaseLock(bad).acquire()


@pytest.mark.parametrize(("maker", "code", "words"), CASES, ids=[c[1] + ":" + c[0].__name__ for c in CASES])
def test_bad_file_gives_one_vietnamese_line_in_the_cli(tmp_path, demo_path, capsys, maker, code, words):
    bad = tmp_path / "office.sqlite3"
    maker(bad, demo_path)
    before = sha(bad)
    status = run_cli(["units", "list", "--db", str(bad)])
    err = capsys.readouterr().err
    assert status == 1
    assert words in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sha(bad) == before


def test_too_new_is_a_typed_error_with_the_revision(tmp_path, demo_path):
    bad = tmp_path / "office.sqlite3"
    make_too_new(bad, demo_path)
    with pytest.raises(SchemaTooNewError) as caught:
        open_workspace(bad)
    assert caught.value.revision == "9999_from_the_future"
    assert caught.value.path == bad
    with pytest.raises(SchemaTooNewError):
        open_workspace(bad, read_only=True)


def test_database_locked_by_another_process(tmp_path, demo_path, capsys):
    before = sha(demo_path)
    child = hold_in_child(demo_path)
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            open_workspace(demo_path, lock=True)
        assert caught.value.code == "locked"
        # reading stays possible: the second copy is offered read-only
        ws = open_workspace(demo_path, read_only=True)
        try:
            assert ws.db.read_only
        finally:
            ws.close()
        assert run_cli(["units", "list", "--db", str(demo_path), "--search", "dong van"]) == 0
        capsys.readouterr()
    finally:
        stop(child)
    assert sha(demo_path) == before


@pytest.fixture
def read_only_media(tmp_path, demo_path):  # type: ignore[no-untyped-def]
    """A folder holding a WAL database (without its -shm) that cannot be written, like a locked USB stick.

    As a normal user chmod does it; as root (containers) a read-only bind mount, if allowed.
    """
    source = tmp_path / "stick"
    source.mkdir()
    db = source / "office.sqlite3"
    shutil.copyfile(demo_path, db)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    if os.geteuid() != 0:
        os.chmod(db, 0o444)
        os.chmod(source, 0o555)
        yield db
        os.chmod(source, 0o755)
        return
    mount = tmp_path / "mnt"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(source), str(mount)], capture_output=True, check=False
    )
    if made.returncode != 0:
        pytest.skip("cannot make read-only media here")
    subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], capture_output=True, check=False)
    try:
        if os.access(mount, os.W_OK) and not _really_read_only(mount):
            pytest.skip("the bind mount is not read-only")
        yield mount / "office.sqlite3"
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


def _really_read_only(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return True
    (folder / "probe").unlink()
    return False


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions and mounts")
def test_read_only_media_refuses_writing_and_opens_read_only(read_only_media):
    db = read_only_media
    before = sha(db)
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(db, lock=True)
    assert caught.value.code == "read_only"
    ws = open_workspace(db, read_only=True)  # through a temporary copy: SQLite cannot make the -shm
    try:
        from hagiang_desktop.services.nominations import count_nominations

        assert count_nominations(ws) == 60
    finally:
        ws.close()
    assert sha(db) == before
    assert not Path(f"{db}-shm").exists()
