"""The window's side of reliability: crash dialog and log, opening problems, backup and restore."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.storage.backup import take_backup
from hagiang_desktop.ui import crash
from hagiang_desktop.ui.actions import backup as backup_actions
from hagiang_desktop.ui.opening import open_for_window
from tests.services.test_open_damaged import make_too_new, sha
from tests.storage.test_lock import hold_in_child, stop


def _raise(exc: BaseException):  # type: ignore[no-untyped-def]
    try:
        raise exc
    except BaseException:  # noqa: BLE001 - captured to hand to the hook, as Qt would
        return sys.exc_info()


def test_crash_hook_logs_without_personal_data_and_keeps_the_window(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace)
    hook = crash.make_excepthook(lambda: window)
    secret = "Giàng Thị Mỷ"
    try:
        raise NominationProblem("not_found", secret)
    except NominationProblem as inner:
        info = _raise(RuntimeError(f"could not save {secret}"))
        info[1].__context__ = inner
    hook(*info)
    # The traceback holds this frame, which holds the traceback: without this the dialog's
    # wrapper outlives its deletion on close until the garbage collector happens to run.
    del info
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]  # the window's child, closed with it: not given to qtbot, which holds
    # widgets weakly; a garbage collection may take the window and the dialog before teardown
    report = dialog.report.toPlainText()
    assert "builtins.RuntimeError" in report
    assert "code=not_found" in report
    assert "test_reliability_ui.py" in report
    assert secret not in report
    dialog.copy_report()
    assert QGuiApplication.clipboard().text() == report
    log = (crash.log_dir() / crash.LOG_FILE).read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in log
    assert secret not in log
    assert not dialog.isModal()
    assert window.isEnabled()
    dialog.close()


def test_writing_in_a_read_only_window_is_explained_not_a_crash(qtbot, demo_path, no_dialogs):
    con = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    try:
        info = _raise_sqlite(con)
    finally:
        con.close()
    crash.make_excepthook(lambda: None)(*info)
    assert no_dialogs
    assert no_dialogs[-1][0] == "warning"
    assert "read-only" in no_dialogs[-1][1] or "chỉ đọc" in no_dialogs[-1][1]


def _raise_sqlite(con):  # type: ignore[no-untyped-def]
    try:
        con.execute("DELETE FROM nomination")
    except sqlite3.OperationalError:
        return sys.exc_info()
    pytest.fail("a read-only connection wrote")


def test_second_window_is_offered_read_only(qtbot, demo_path, no_dialogs):
    child = hold_in_child(demo_path)
    try:
        ws = open_for_window(demo_path)
        assert ws is not None
        try:
            assert ws.db.read_only
            assert svc.count_nominations(ws) == 60
        finally:
            ws.close()
    finally:
        stop(child)
    assert no_dialogs[0][0] == "question"


def test_damaged_file_offers_the_last_good_backup(qtbot, demo_path, no_dialogs):
    take_backup(demo_path, reason="auto")
    demo_path.write_bytes(b"")
    ws = open_for_window(demo_path)
    assert ws is not None
    try:
        assert not ws.db.read_only
        assert svc.count_nominations(ws) == 60
    finally:
        ws.close()
    assert [kind for kind, _ in no_dialogs] == ["question"]


def test_damaged_file_without_backup_is_left_alone(qtbot, demo_path, no_dialogs):
    demo_path.write_bytes(b"not a database at all" * 10)
    before = sha(demo_path)
    assert open_for_window(demo_path) is None
    assert [kind for kind, _ in no_dialogs] == ["warning"]
    assert sha(demo_path) == before


def test_newer_file_is_refused_with_a_message(qtbot, tmp_path, demo_path, no_dialogs):
    db = tmp_path / "newer.sqlite3"
    make_too_new(db, demo_path)
    before = sha(db)
    assert open_for_window(db) is None
    assert [kind for kind, _ in no_dialogs] == ["warning"]
    assert sha(db) == before


def test_back_up_now_and_restore_from_the_file_menu(qtbot, demo_workspace, tmp_path, no_dialogs, open_window):
    window = open_window(demo_workspace)
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert {"backupNow", "restoreBackup"} <= set(names)
    target = backup_actions.back_up_now(window, tmp_path / "usb")
    assert target is not None
    qtbot.waitUntil(window.backup_worker.isFinished, timeout=60_000)
    assert target.exists()
    assert target.parent == tmp_path / "usb"
    qtbot.waitUntil(
        lambda: (
            "Đã sao lưu" in window.statusBar().currentMessage()
            or "Backed up" in window.statusBar().currentMessage()
        )
    )
    svc.delete_nomination(demo_workspace, 1)
    assert svc.count_nominations(demo_workspace) == 59
    assert backup_actions.restore_from(window, target)
    assert svc.count_nominations(demo_workspace) == 60
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"junk")
    assert not backup_actions.restore_from(window, bad)
    assert no_dialogs[-1][0] == "warning"


def test_a_backup_can_be_cancelled_and_leaves_no_file(demo_path, tmp_path):
    from hagiang_desktop.exports.model import Cancelled
    from hagiang_desktop.services import maintenance
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_path)
    try:
        target = maintenance.backup_file_name(ws, tmp_path / "usb")
        with pytest.raises(Cancelled):
            maintenance.backup_now(ws, target=target, progress=lambda done, total: False)
        assert not target.exists()
        assert list(target.parent.iterdir()) == []
        seen = []
        made = maintenance.backup_now(ws, target=target, progress=lambda d, t: seen.append((d, t)) or True)
        assert made == target
        assert seen
        assert seen[-1][0] == seen[-1][1]
    finally:
        ws.close()


def test_purge_the_selected_nominations_from_the_file_menu(qtbot, demo_workspace, no_dialogs, open_window):
    window = open_window(demo_workspace)
    assert backup_actions.purge_selected(window, []) is None
    assert no_dialogs[-1][0] == "information"
    name = svc.get_nomination(demo_workspace, 4).data.name
    worker = backup_actions.purge_selected(window, [4, 424242])
    assert worker is not None
    qtbot.waitUntil(lambda: window.purge_worker is None, timeout=60_000)  # it runs in a worker
    assert worker.result == 1
    assert no_dialogs[-1][0] == "question"
    with pytest.raises(NominationProblem):
        svc.get_nomination(demo_workspace, 4)
    raw = demo_workspace.db.path.read_bytes()
    wal = demo_workspace.db.path.with_name(demo_workspace.db.path.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    others = {row.name for row in svc.list_nominations(demo_workspace)}
    assert len(others) <= 59
    if name not in others:  # demo names can repeat across units: only a unique one must be gone
        assert name.encode() not in raw


def test_check_the_database_from_the_file_menu(qtbot, demo_workspace, no_dialogs, open_window):
    window = open_window(demo_workspace)
    backup_actions.check_database(window)
    qtbot.waitUntil(window.check_worker.isFinished, timeout=60_000)
    qtbot.waitUntil(lambda: bool(no_dialogs))
    assert no_dialogs[-1][0] == "information"
    con = sqlite3.connect(demo_workspace.db.path)
    con.execute("UPDATE nomination SET eligible = NOT eligible WHERE id=3")
    con.commit()
    con.close()
    backup_actions.check_database(window)
    qtbot.waitUntil(window.check_worker.isFinished, timeout=60_000)
    qtbot.waitUntil(lambda: no_dialogs[-1][0] == "warning")
    assert "eligible_cache: nomination 3" in no_dialogs[-1][1]
