"""The status bar's message never runs over the database path (#17, item 11).

At 1366 px, in Vietnamese and English, a long message (an import's or a bundle's result) was
painted over "Cơ sở dữ liệu: …". The message now has its own place left of the office and the
database, both of which are cut with "…" when long, each with its whole text in the tooltip;
the message, too, is cut to its place with the whole in the tooltip, and never widens the window.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QRect

from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.main_window import MainWindow

LONG_MESSAGE = (
    "Đã nhập 37 mô hình từ tệp Phiếu đăng ký của Ủy ban nhân dân xã Sủng Là huyện Đồng Văn tỉnh Hà Giang"
    " (12 tập thể, 20 cá nhân, 5 hộ gia đình); 3 dòng bỏ qua vì trùng với mô hình đã có trong cơ sở dữ liệu."
)


@pytest.fixture
def deep_workspace(tmp_path, demo_path):  # type: ignore[no-untyped-def]
    folder = (
        tmp_path
        / "Tài liệu của Phòng Nội vụ huyện Đồng Văn"
        / "Thi đua khen thưởng năm 2018"
        / "Kế hoạch 127 – xây dựng và nhân rộng gương điển hình tiên tiến"
    )
    folder.mkdir(parents=True)
    path = folder / "co-so-du-lieu-phong-noi-vu-dong-van-2018.sqlite3"
    shutil.copyfile(demo_path, path)
    ws = open_workspace(path)
    yield ws
    ws.close()


def _in_bar(widget) -> QRect:  # type: ignore[no-untyped-def]
    """The widget's rectangle in the status bar's coordinates."""
    bar = widget.window().statusBar()
    return QRect(widget.mapTo(bar, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_long_message_stays_left_of_the_office_and_the_path(qtbot, request, deep_workspace, language):
    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = MainWindow(deep_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    bar.showMessage(LONG_MESSAGE, 8000)
    qtbot.waitUntil(lambda: bar.message_label.isVisible(), timeout=5000)
    message, office, path = (_in_bar(w) for w in (bar.message_label, window.office_label, window.db_label))
    assert message.width() > 200
    assert not message.intersects(path), (message, path)
    assert not message.intersects(office), (message, office)
    assert message.right() < office.left() < office.right() < path.left()
    # Each is cut to its place, the whole text in its tooltip.
    full = str(deep_workspace.db.path)
    assert full not in window.db_label.text()
    assert "…" in window.db_label.text()
    # Cut from the left: what tells one file from another, its name, stays (#17, seen at 1366×768).
    assert window.db_label.text().endswith(f"…/{deep_workspace.db.path.name}")
    assert full in window.db_label.toolTip()
    shown = bar.message_label.text()
    assert shown != LONG_MESSAGE
    assert shown.endswith("…")
    assert bar.message_label.toolTip() == LONG_MESSAGE
    assert bar.currentMessage() == LONG_MESSAGE
    # It never widens the window past the laptop's screen.
    assert window.minimumSizeHint().width() <= 1366
    bar.clearMessage()
    assert bar.message_label.text() == ""
    assert bar.currentMessage() == ""


def test_a_message_goes_after_its_time(qtbot, deep_workspace):
    window = MainWindow(deep_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    window.show()
    bar = window.statusBar()
    bar.showMessage("Đã lưu.", 50)
    assert bar.currentMessage() == "Đã lưu."
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=5000)
    assert bar.message_label.text() == ""


def test_hovering_a_menu_leaves_a_result_in_place(qtbot, deep_workspace):
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    window = MainWindow(deep_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    bar = window.statusBar()
    bar.showMessage("Đã xuất 12 phiếu đăng ký.")
    QApplication.sendEvent(window, QStatusTipEvent(""))  # a menu entry without a tip
    assert bar.currentMessage() == "Đã xuất 12 phiếu đăng ký."
    QApplication.sendEvent(window, QStatusTipEvent("Mở cơ sở dữ liệu khác"))
    assert bar.message_label.toolTip() == "Mở cơ sở dữ liệu khác"
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert bar.currentMessage() == ""
