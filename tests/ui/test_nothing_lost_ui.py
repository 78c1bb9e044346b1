"""Issue #18 in the window: a half-created file, another program's file, another office's backup."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtWidgets import QMessageBox

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.workspace import OFFICE_UNIT, get_setting
from hagiang_desktop.storage.backup import take_backup
from hagiang_desktop.ui.actions import backup as backup_actions
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.opening import open_for_window
from tests.services.test_open_damaged import sha


def test_a_half_created_file_is_offered_to_be_created_anew(tmp_path, no_dialogs):
    db = tmp_path / "half.sqlite3"
    con = sqlite3.connect(db)
    con.execute("VACUUM")
    con.close()
    ws = open_for_window(db)
    assert ws is not None
    try:
        assert [kind for kind, _ in no_dialogs] == ["question"]
        assert "không có dữ liệu" in no_dialogs[0][1] or "no data" in no_dialogs[0][1]
        assert svc.count_nominations(ws) == 0
    finally:
        ws.close()


def test_another_programs_file_is_refused_untouched(tmp_path, no_dialogs):
    db = tmp_path / "other_app.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = sha(db)
    assert open_for_window(db) is None
    assert [kind for kind, _ in no_dialogs] == ["warning"]
    assert sha(db) == before


def test_another_offices_backup_is_restored_only_when_the_clerk_confirms(
    qtbot, demo_workspace, tmp_path, no_dialogs, monkeypatch
):
    window = MainWindow(demo_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    backup = take_backup(demo_workspace.db.path, folder=tmp_path / "usb")
    con = sqlite3.connect(backup)
    con.execute("UPDATE setting SET value = '\"027-NV\"' WHERE key = 'office_unit_code'")
    con.commit()
    con.close()
    assert not backup_actions.restore_from(window, backup)  # the warning was answered "OK", not "Yes"
    assert "027-NV" in no_dialogs[-1][1]
    assert "026-NV" in no_dialogs[-1][1]
    assert get_setting(demo_workspace, OFFICE_UNIT) == "026-NV"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert backup_actions.restore_from(window, backup)
    assert get_setting(demo_workspace, OFFICE_UNIT) == "027-NV"


def test_building_into_a_folder_that_cannot_be_written_is_told_not_crashed(
    qtbot, demo_workspace, tmp_path, no_dialogs
):
    from hagiang_desktop.services import keys
    from hagiang_desktop.ui.actions import bundles as actions

    keys.create_identity(demo_workspace, "mật khẩu Đồng Văn")
    window = MainWindow(demo_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    flow = actions.build_bundle(window, tmp_path / "no-such-folder" / "b.zip", "mật khẩu Đồng Văn")
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        pass
    assert done.args[0] is None
    assert no_dialogs[-1][0] == "warning"
    assert "b.zip" in no_dialogs[-1][1]
    assert svc.count_nominations(demo_workspace) == 60
    assert not [n for n in svc.list_nominations(demo_workspace) if n.status == "submitted"]


def test_an_error_raised_in_a_worker_thread_is_shown_by_the_ui_thread(qtbot):
    import sys
    import threading

    from PySide6.QtWidgets import QApplication

    from hagiang_desktop.ui import crash

    hook = crash.make_excepthook(lambda: None)
    built_on: list[threading.Thread] = []
    real = crash.CrashDialog.__init__

    def record(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        built_on.append(threading.current_thread())
        real(self, *args, **kwargs)

    crash.CrashDialog.__init__ = record  # type: ignore[method-assign]
    try:

        def worker() -> None:
            try:
                raise OSError(28, "No space left on device")
            except OSError:
                hook(*sys.exc_info())

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(built_on))
    finally:
        crash.CrashDialog.__init__ = real  # type: ignore[method-assign]
    assert built_on == [threading.main_thread()]
    for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog)]:
        dialog.close()
