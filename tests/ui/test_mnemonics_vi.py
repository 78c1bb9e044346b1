"""Alt+letter in Vietnamese does what it says (#17, seen in a clerk's day at 1366×768).

Alt+X, meant to open the Xuất (Export) menu, only moved the focus to "Xóa…" (Delete) on the
nominations tab, where Enter then asked to delete the record; Alt+L cycled between "Lưu" and
"Lĩnh vực" without saving. A menu's letter must not be a page's, and Save's letter is its own.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QAbstractButton, QLabel

from hagiang_desktop.ui.main_window import MainWindow


def _letter(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _page_letters(window: MainWindow) -> dict[str, list[str]]:
    page = window.tabs.currentWidget()
    letters: dict[str, list[str]] = {}
    widgets = [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    labels = [lb for lb in page.findChildren(QLabel) if lb.isVisibleTo(window) and lb.buddy() is not None]
    for text in [w.text() for w in widgets] + [lb.text() for lb in labels]:
        letter = _letter(text)
        if letter:
            letters.setdefault(letter, []).append(text)
    return letters


def test_the_export_and_settings_menus_letters_belong_to_them_alone(qtbot, demo_workspace, vietnamese):
    window = MainWindow(demo_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    window.show()
    menus = {_letter(a.text()): a.text() for a in window.menuBar().actions()}
    assert menus["x"] == "&Xuất"
    assert menus["c"] == "&Cài đặt"
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        letters = _page_letters(window)
        for letter in ("x", "c"):
            assert letter not in letters, (window.tabs.tabText(index), letters[letter])
        if index == 1:  # the nominations tab: Save has a letter of its own
            save = window.nominations_tab.save_button.text()
            assert len(letters[_letter(save)]) == 1, letters[_letter(save)]


def test_each_menus_letters_are_its_own(qtbot, demo_workspace, vietnamese):
    """Xuất had P twice ("Danh sách đăng ký (PDF…)" and "Phiếu đăng ký"): P only moved the highlight."""
    window = MainWindow(demo_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    for top in window.menuBar().actions():
        menu = top.menu()
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = _letter(action.text())
            if letter is None or not action.isVisible():
                continue
            assert letter not in seen, (top.text(), seen[letter], action.text())
            seen[letter] = action.text()
