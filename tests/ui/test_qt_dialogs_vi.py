"""Qt's own file and print dialogs speak Vietnamese (#17): they were half English ("Look in:",
"Files of type:", "Output file:") where Qt draws them itself (Linux; Windows uses its native
dialogs, in the language of Windows)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel


def _texts(dialog) -> set[str]:
    widgets = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
    return {w.text() for w in widgets if w.text()} | {g.title() for g in dialog.findChildren(QGroupBox)}


def test_the_file_dialog_is_in_vietnamese(qtbot, vietnamese):
    dialog = QFileDialog(None, "Lưu")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= texts
    assert not {"&Look in:", "Files of &type:", "File &name:"} & texts


def test_the_print_dialog_is_in_vietnamese(qtbot, vietnamese):
    dialog = QPrintDialog(QPrinter())
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert {"Máy in", "&Tệp kết quả:", "Phạm vi in", "Số bản:", "Các trang từ"} <= texts
    english = {"Printer", "Output &file:", "Print range", "Copies:", "Pages from", "Location:", "Type:"}
    assert not english & texts
