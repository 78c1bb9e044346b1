"""Two windows on one database edit the same unit (issue #22): the second save is shown both
versions side by side, the fields that differ marked, and each choice does what it says.

Runs on a SQLite file and on a PostgreSQL server (the ``db_location`` fixture's two engines).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QStyle

from hagiang_desktop.services import audit, units
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.dialogs.units.conflict import UnitConflictDialog
from hagiang_desktop.ui.dialogs.units.edit import UnitEditDialog
from hagiang_desktop.ui.workers import wait_for_background

LUNG_CU = "00715"
#: A unit's name as long as the real ones get: it must wrap in the dialog, never be cut off.
LONG_NAME = (
    "Trường Phổ thông Dân tộc Nội trú Trung học cơ sở và Trung học phổ thông xã Lũng Cú, "
    "huyện Đồng Văn, tỉnh Hà Giang"
)


@pytest.fixture
def two_windows(qtbot, open_window, db_location):  # type: ignore[no-untyped-def]
    """Lan's and Minh's windows on one database, each on the unit directory with Lũng Cú selected."""
    workspaces = [open_workspace(db_location) for _ in range(2)]
    windows = []
    for ws in workspaces:
        window = open_window(ws, tab="units_tab")
        assert window.units_tab.select_code(LUNG_CU)
        windows.append(window)
    yield windows
    for window in windows:
        window.close()
    wait_for_background()  # the tabs' figures are read in workers: done before the database goes
    for ws in workspaces:
        ws.close()


def _on_dialog(kind: type[QDialog], act: Callable[[Any], None], times: int = 1) -> list[QDialog]:
    """Act on the next ``times`` showings of a modal dialog of ``kind`` (a clerk at the keyboard).

    Each act closes the dialog, so a dialog of ``kind`` found open again is its next showing;
    its ``showing`` property says which (1, 2…).
    """
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            dialog.setProperty("showing", len(seen))
            try:
                act(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()  # a failed step must not leave the test waiting on a modal
        if len(seen) < times:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def _edit(window: Any, **fields: str) -> None:
    """Edit the selected unit in ``window``: type the fields, press OK."""

    def act(dialog: UnitEditDialog) -> None:
        for name, text in fields.items():
            getattr(dialog, name).setText(text)
        dialog.accept()

    _on_dialog(UnitEditDialog, act)
    window.units_tab.edit_action.trigger()


def _answer_conflict(button: str, seen: list[dict[str, Any]]) -> None:
    """When the conflict shows, note its rows (text, marked) and header, then press ``button``."""

    def act(dialog: UnitConflictDialog) -> None:
        table = dialog.table
        for row in range(table.rowCount()):
            items = [table.item(row, column) for column in range(3)]
            seen.append(
                {
                    "texts": tuple(item.text() for item in items),
                    "marked": all(item.font().bold() for item in items),
                    "cut": [item.text() for item in items if not _shown_whole(table, item)],
                }
            )
        seen.append({"header": tuple(table.horizontalHeaderItem(c).text() for c in range(3))})
        if os.environ.get("HAGIANG_SHOTS"):  # a developer's look at it: HAGIANG_SHOTS=folder
            shots = Path(os.environ["HAGIANG_SHOTS"])
            dialog.grab().save(str(shots / f"unit-conflict-{button}.png"))
            dialog.screen().grabWindow(0).save(str(shots / f"screen-{button}.png"))  # over the window
        getattr(dialog, button).click()

    _on_dialog(UnitConflictDialog, act)


def _shown_whole(table: Any, item: Any) -> bool:
    """Tell whether a cell shows all its text (wrapped within the cell, nothing cut off)."""
    rect: QRect = table.visualItemRect(item)
    # The style's margin on each side of a cell's text (as QCommonStyle lays out an item view's text).
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = rect.width() - 2 * margin
    metrics = QFontMetrics(item.font())
    needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
    return needed.height() <= rect.height() and needed.width() <= width


def _lan_saves(lan: Any) -> None:
    audit.set_clerk_name("Chị Lan")
    try:
        _edit(lan, name_edit=LONG_NAME, person_edit="Chị Lan")
    finally:
        audit.set_clerk_name(None)
    assert units.get_unit(lan.workspace, LUNG_CU).contact_person == "Chị Lan"


def _row(seen: list[dict[str, Any]], label: str) -> dict[str, Any]:
    return next(r for r in seen if "texts" in r and r["texts"][0] == label)


def test_the_second_save_shows_both_versions_and_keeps_theirs_when_asked(qtbot, two_windows, vietnamese):
    lan, minh = two_windows
    before = units.get_unit(minh.workspace, LUNG_CU)
    _lan_saves(lan)
    seen: list[dict[str, Any]] = []
    _answer_conflict("keep_theirs_button", seen)
    _edit(minh, person_edit="Anh Minh", phone_edit="0912 345 678")
    qtbot.waitUntil(lambda: bool(seen))

    assert seen[-1]["header"][0] == "Mục"
    assert seen[-1]["header"][1].startswith("Bản Chị Lan")
    assert seen[-1]["header"][1].endswith("đã lưu")
    assert seen[-1]["header"][2] == "Bản của anh/chị"
    assert _row(seen, "Tên") == {"texts": ("Tên", LONG_NAME, before.name), "marked": True, "cut": []}
    assert _row(seen, "Người phụ trách")["texts"] == ("Người phụ trách", "Chị Lan", "Anh Minh")
    assert _row(seen, "Điện thoại")["marked"]
    same = _row(seen, "Loại đơn vị")  # a field nobody changed: listed, not marked
    assert same["texts"][1] == same["texts"][2]
    assert not same["marked"]
    assert [r["cut"] for r in seen if r.get("cut")] == []  # every text whole at the dialog's size

    now = units.get_unit(minh.workspace, LUNG_CU)
    assert (now.name, now.contact_person, now.contact_phone) == (LONG_NAME, "Chị Lan", before.contact_phone)
    assert minh.units_tab.current_unit().name == LONG_NAME  # Minh's window shows their version
    assert "Chị Lan" in minh.units_tab.details.text()


def test_the_second_clerk_may_overwrite_with_theirs_after_seeing_it(qtbot, two_windows):
    lan, minh = two_windows
    _lan_saves(lan)
    seen: list[dict[str, Any]] = []
    _answer_conflict("save_mine_button", seen)
    _edit(minh, person_edit="Anh Minh")
    qtbot.waitUntil(lambda: bool(seen))
    now = units.get_unit(lan.workspace, LUNG_CU)
    # Minh's whole version, the name he had too: he saw Lan's name and chose his.
    assert now.contact_person == "Anh Minh"
    assert now.name != LONG_NAME
    assert now.row_version == 3  # created, Lan's save, Minh's save
    assert minh.units_tab.current_unit().contact_person == "Anh Minh"


def test_going_back_to_editing_keeps_the_typing_and_saves_nothing(qtbot, two_windows):
    lan, minh = two_windows
    _lan_saves(lan)
    seen: list[dict[str, Any]] = []
    again: list[str] = []
    _answer_conflict("go_on_button", seen)

    def first(dialog: UnitEditDialog) -> None:
        dialog.person_edit.setText("Anh Minh")
        dialog.accept()

    def back(dialog: UnitEditDialog) -> None:
        if dialog.property("showing") == 2:  # shown again after "go on editing"
            again.append(dialog.person_edit.text())
            dialog.reject()
        else:
            first(dialog)

    _on_dialog(UnitEditDialog, back, times=2)
    minh.units_tab.edit_action.trigger()
    assert seen
    assert again == ["Anh Minh"]
    assert units.get_unit(lan.workspace, LUNG_CU).contact_person == "Chị Lan"  # nothing overwritten
