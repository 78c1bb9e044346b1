"""The signing key submenu (#21): "Choose the signing device…" joins it with a letter of its own,
in Vietnamese too ("Chọn &thiết bị ký" took T from "&Tạo khóa ký")."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QMenu

from hagiang_desktop.ui.actions import signatures
from hagiang_desktop.ui.main_window import MainWindow


def test_the_key_menus_letters_are_its_own(qtbot, demo_workspace, vietnamese):
    window = MainWindow(demo_workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    key_menu = signatures._key_menu(window.findChild(QMenu, "bundlesMenu"))
    texts = [a.text() for a in key_menu.actions() if not a.isSeparator()]
    assert texts[0].startswith("Chọn thiết &bị ký")
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t.replace("&&", "")))]
    assert len(letters) == len(texts)
    assert len(set(letters)) == len(letters), texts
