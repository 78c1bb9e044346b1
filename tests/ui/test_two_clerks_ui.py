"""Two windows on one server edit the same nomination (issue #22): the second save is shown the
conflict, both versions side by side, and nothing is overwritten unless the clerk chooses it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hagiang_desktop.services import audit
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.dialogs.edit_conflict import EditConflictDialog
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.workers import wait_for_background
from tests.services.test_search_and_sort_keys import _input


@pytest.fixture
def two_windows(qtbot, pg_url):
    workspaces = [open_workspace(pg_url) for _ in range(2)]
    nid = svc.save_nomination(workspaces[0], _input(workspaces[0], "Giàng Thị Mỷ", "Dệt thổ cẩm", "00715")).id
    windows = []
    for ws in workspaces:
        window = MainWindow(ws, as_of=date(2018, 4, 20))
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
        window.show()
        window.tabs.setCurrentWidget(window.nominations_tab)
        window.nominations_tab.open_nomination(nid)
        windows.append(window)
    yield windows, nid
    # The windows' background readers (unit counts) finish before their database is dropped.
    for window in windows:
        window.nominations_tab._dirty = False
        window.close()
    wait_for_background()
    for ws in workspaces:
        ws.close()


def _answer_conflict(qtbot, button_name, seen):
    """When the conflict dialog shows, note what it shows and press one of its buttons."""

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, answer)
            return
        table = dialog.table
        seen.extend(
            tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())
        )
        seen.append(tuple(table.horizontalHeaderItem(c).text() for c in range(table.columnCount())))
        getattr(dialog, button_name).click()

    QTimer.singleShot(0, answer)


def test_the_second_save_is_shown_both_versions_and_keeps_theirs_when_asked(qtbot, two_windows, vietnamese):
    (lan, minh), nid = two_windows
    audit.set_clerk_name("Chị Lan")
    try:
        lan.nominations_tab.form.achievements_edit.setPlainText("Dệt thổ cẩm, 40 hộ")
        assert lan.nominations_tab.save()
    finally:
        audit.set_clerk_name(None)
    minh.nominations_tab.form.achievements_edit.setPlainText("Dệt thổ cẩm, 55 hộ")
    seen: list[tuple[str, ...]] = []
    _answer_conflict(qtbot, "keep_theirs_button", seen)
    assert not minh.nominations_tab.save()
    assert ("Thành tích", "Dệt thổ cẩm, 40 hộ", "Dệt thổ cẩm, 55 hộ") in seen
    assert seen[-1] == ("Mục", "Bản Chị Lan (hagiang) đã lưu", "Bản của anh/chị")
    assert svc.get_nomination(minh.workspace, nid).data.achievements == "Dệt thổ cẩm, 40 hộ"
    assert minh.nominations_tab.form.achievements_edit.toPlainText() == "Dệt thổ cẩm, 40 hộ"  # theirs shown


def test_the_second_clerk_may_save_over_after_seeing_it(qtbot, two_windows):
    (lan, minh), nid = two_windows
    lan.nominations_tab.form.achievements_edit.setPlainText("Dệt thổ cẩm, 40 hộ")
    assert lan.nominations_tab.save()
    minh.nominations_tab.form.achievements_edit.setPlainText("Dệt thổ cẩm, 55 hộ")
    seen: list[tuple[str, ...]] = []
    _answer_conflict(qtbot, "save_mine_button", seen)
    assert minh.nominations_tab.save()
    assert seen
    detail = svc.get_nomination(lan.workspace, nid)
    assert detail.data.achievements == "Dệt thổ cẩm, 55 hộ"
    assert detail.row_version == 3
