"""The user guide's table of contents works and the guide can be searched (#17)."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from hagiang_desktop.ui.dialogs.help_viewer import HelpViewer, guide_anchors, guide_path


def test_every_contents_link_scrolls_to_its_heading(qtbot):
    viewer = HelpViewer("vi")
    qtbot.addWidget(viewer)
    viewer.show()
    anchors = guide_anchors(guide_path("vi"))
    assert {"cai-dat", "xuat", "goi-ho-so", "phim-tat"} <= set(anchors)
    text = viewer.browser.toPlainText()
    for name, title in anchors.items():
        # The viewer scrolls to the first place the heading's text occurs: a heading worded like
        # its contents line (no number) would land on the contents line, the right text but not
        # the heading.
        assert text.count(title) == 1, name
        viewer.browser.anchorClicked.emit(QUrl(f"#{name}"))
        assert viewer.browser.textCursor().selectedText() == title, name
    # The last one is far down the guide: the view moved there.
    assert viewer.browser.verticalScrollBar().value() > 0


def test_the_guide_search_finds_and_wraps(qtbot):
    viewer = HelpViewer("vi")
    qtbot.addWidget(viewer)
    assert viewer.find("mật khẩu")
    first = viewer.browser.textCursor().position()
    assert viewer.find("mật khẩu")
    assert viewer.browser.textCursor().position() > first
    assert not viewer.find("không có trong hướng dẫn xyz")
    assert viewer.found_label.text()
