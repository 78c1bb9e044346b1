"""The program started on a server URL (issue #22): ``hagiang-desktop --db postgresql://…``.

Its own module: ``run_gui`` returns when its last window closes, so no other window may be open.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from hagiang_desktop.services import server_names
from hagiang_desktop.storage.location import ServerLocation
from hagiang_desktop.ui.main_window import MainWindow
from tests.ui.test_first_run import whole_program  # noqa: F401  # the fixture


@pytest.fixture
def server_copy(pg_cluster, pg_demo_template) -> Iterator[str]:  # type: ignore[no-untyped-def]
    url = pg_cluster.new_database(pg_demo_template)
    yield url
    pg_cluster.drop(url)


@pytest.mark.usefixtures("whole_program")
def test_the_program_opens_on_a_server_url_and_lists_it_among_the_recent(qtbot, server_copy):
    """``hagiang-desktop --db postgresql://…`` opens the window with its tabs (it stopped on the
    recent-databases list, which took only files), and File ▸ Recent databases names the server."""
    from hagiang_desktop.ui import prefs
    from hagiang_desktop.ui.app import run_gui

    seen: list[tuple[bool, list[tuple[str, bool]]]] = []

    def poll() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QDialog) and window.isVisible():  # the crash report: fail, not hang
                seen.append((False, [(type(window).__name__, False)]))
                window.reject()
            if isinstance(window, MainWindow) and window.isVisible() and window.is_open():
                window.recent_menu.aboutToShow.emit()
                entries = [(a.text(), a.isChecked()) for a in window.recent_menu.actions()]
                seen.append((window.nominations_tab.model.rowCount() > 0, entries))
                window.close()
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert run_gui(["--db", server_copy]) == 0
    [(listed, entries)] = seen
    assert listed
    # The open one, checked, named in words (the URL's "&port=" read as a shortcut).
    assert entries == [(f"&1 {server_names.for_people(ServerLocation(server_copy))}", True)]
    assert [str(location) for location in prefs.recent_databases()] == [server_copy]


def test_a_server_that_does_not_answer_is_not_called_a_file(qtbot, monkeypatch, tmp_path, vietnamese):
    """The window's message for a server it cannot reach was titled "Không mở được tệp dữ liệu"
    (cannot open the data file) above "Máy chủ dữ liệu … không trả lời"."""
    from PySide6.QtWidgets import QMessageBox

    from hagiang_desktop.ui.opening import open_for_window

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a, **_k: shown.append((title, text))
    )
    location = ServerLocation(f"postgresql://clerk@/hagiang?host={tmp_path}&port=1")
    assert open_for_window(location) is None
    [(title, text)] = shown
    assert title == "Không mở được dữ liệu"
    # The address in full (IT staff may have to correct it), never a password.
    assert (
        text
        == f"Máy chủ dữ liệu {location.label()} không trả lời. Hãy kiểm tra mạng hoặc nhờ bộ phận tin học."
    )
