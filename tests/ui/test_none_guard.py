"""PySide6 6.12 on Python 3.11 loses a reference to None per void Qt call: the guard in ui/__init__."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel

import hagiang_desktop.ui  # noqa: F401 - the guard lives in the package's __init__


def test_many_void_qt_calls_do_not_abort_the_process(qtbot):
    # Without the guard the process dies here with "Fatal Python error: none_dealloc" (None
    # starts with about 50,000 references in a test process).
    label = QLabel()
    qtbot.addWidget(label)
    model = QStandardItemModel()
    for i in range(120_000):
        label.setText("Đồng Văn")
        if i % 10 == 0:
            item = QStandardItem("Mèo Vạc")
            item.setData("027", 256)
            model.appendRow(item)
    assert label.text() == "Đồng Văn"
    assert model.rowCount() == 12_000
    assert None is None
