"""The program started on a server URL (issue #22): ``hagiang-desktop --db postgresql://…``.

Its own module: ``run_gui`` returns when its last window closes, so no other window may be open.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

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
    assert entries == [(f"&1 {server_copy}", True)]  # the open one, checked
    assert [str(location) for location in prefs.recent_databases()] == [server_copy]
