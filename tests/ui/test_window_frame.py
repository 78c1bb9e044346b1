"""The window shows its frame before the database opens, and builds the dashboard when first shown (#11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QMenu

from hagiang_desktop.services.scope import set_office
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.tabs.deadline_dashboard import DeadlineDashboardTab
from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab
from hagiang_desktop.ui.tabs.unit_directory import UnitDirectoryTab

AS_OF = date(2018, 4, 20)


def _shown(qtbot, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_frame_shows_without_a_database_then_fills(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, MainWindow(None))
    assert not window.is_open()
    assert window.tabs.count() == 3
    assert all(isinstance(window.tabs.widget(i), QLabel) for i in range(3))
    assert window.tabs.widget(0).text() == "Opening the database…"  # type: ignore[union-attr]
    assert window.findChild(QMenu, "bundlesMenu") is None
    titles = [window.tabs.tabText(i) for i in range(3)]

    window.attach(demo_workspace, AS_OF)
    assert window.is_open()
    assert [window.tabs.tabText(i) for i in range(3)] == titles
    assert isinstance(window.tabs.widget(0), UnitDirectoryTab)
    assert isinstance(window.tabs.widget(1), NominationEntryTab)
    assert window.tabs.currentIndex() == 0
    assert window.findChild(QMenu, "bundlesMenu") is not None
    assert str(demo_workspace.db.path) in window.db_label.toolTip()


def test_the_dashboard_is_built_when_first_shown(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, MainWindow(demo_workspace, AS_OF))
    window.refresh_dashboard()  # after an import or an export: nothing to do until it is built
    assert window.dashboard_day() == AS_OF
    assert window.findChildren(DeadlineDashboardTab) == []
    title = window.tabs.tabText(2)

    window.tabs.setCurrentIndex(2)
    boards = window.findChildren(DeadlineDashboardTab)
    assert len(boards) == 1
    assert window.tabs.widget(2) is boards[0] is window.dashboard_tab
    assert (window.tabs.currentIndex(), window.tabs.tabText(2)) == (2, title)
    assert window.dashboard_tab.as_of() == AS_OF
    qtbot.waitUntil(lambda: boards[0].unit_model.rowCount() > 0)  # computed in a worker


def test_another_office_builds_the_dashboard_only_if_it_is_shown(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, MainWindow(demo_workspace, AS_OF))
    window.set_scope(set_office(demo_workspace, "027-NV"))
    assert not isinstance(window.tabs.widget(2), DeadlineDashboardTab)

    window.tabs.setCurrentIndex(2)
    window.set_scope(set_office(demo_workspace, "026-NV"))
    board = window.tabs.widget(2)
    assert isinstance(board, DeadlineDashboardTab)
    assert board is window.dashboard_tab
    assert board._scope == window.scope
    assert window.dashboard_tab.as_of() == AS_OF
    qtbot.waitUntil(lambda: board.unit_model.rowCount() > 0)
