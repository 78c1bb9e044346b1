"""The conflict dialog (#22) is as tall as what it shows: each row fits its wrapped text, no
tall empty row and no empty table below the rows, and the whole dialog within a 1366×768 screen.

With one field changed (the usual case: two clerks typed in the same nomination) the row kept
a height fitted while the columns were still narrow (71 px for two lines of 29 on a 1366×768
screen, 463 px on the tests' screen) and the dialog was sized for four rows, a band of empty
table under the one row.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.ui.dialogs.edit_conflict import ConflictDialog, ConflictRow, EditConflictDialog
from hagiang_desktop.ui.fit import DIALOG_MAX

LONG = (
    "Thực hiện tốt quy chế dân chủ ở cơ sở; 41 ý kiến của nhân dân được trả lời đúng hạn, "
    "công khai tại nhà văn hóa thôn và trên loa truyền thanh của xã."
)


def _text_height(dialog: ConflictDialog, row: int, column: int) -> int:
    """The height the cell's text needs, wrapped to its column (its own font: bold if it differs)."""
    table = dialog.table
    item = table.item(row, column)
    width = table.columnWidth(column) - 8  # the cell's margins
    rect = QFontMetrics(item.font()).boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
    )
    return rect.height()


def _check_fits(qtbot, dialog: ConflictDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    line = QFontMetrics(table.font()).lineSpacing()
    for row in range(table.rowCount()):
        needed = max(_text_height(dialog, row, column) for column in range(table.columnCount()))
        height = table.rowHeight(row)
        assert needed <= height, f"row {row}: {height} px cut its text ({needed} px)"
        assert height <= needed + line, f"row {row}: {height} px for {needed} px of text"
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    if table.verticalScrollBar().maximum() == 0:  # all rows in view: no empty band below them
        assert table.viewport().height() - rows <= line
    assert dialog.height() <= DIALOG_MAX.height()
    assert dialog.width() <= DIALOG_MAX.width()


def test_one_changed_field_gives_one_row_and_a_small_dialog(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    theirs = svc.get_nomination(demo_workspace, 1)
    theirs = dataclasses.replace(theirs, data=dataclasses.replace(theirs.data, achievements=LONG))
    mine = dataclasses.replace(theirs.data, achievements="Dệt thổ cẩm, 55 hộ")
    dialog = EditConflictDialog(mine, theirs)
    _check_fits(qtbot, dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.rowHeight(0) > QFontMetrics(dialog.font()).lineSpacing()  # the long text wraps


def test_many_long_fields_scroll_within_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog()
    rows = [ConflictRow(f"Mục {n}", LONG * (1 + n % 3), f"Bản của tôi {n}") for n in range(14)]
    dialog.show_versions("Người khác đã lưu", "Hai bản khác nhau.", "Chị Lan", rows)
    _check_fits(qtbot, dialog)
