"""The unit picker matches typed words in any order, as the directory's search does, and says at
once when the text names no unit (#17)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from hagiang_desktop.services import units as unit_service
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker
from tests.ui.conftest import type_text

# The suggestions pop up as the clerk types; the offscreen platform cannot raise or grab for them.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _picker(qtbot, workspace) -> UnitPicker:
    picker = UnitPicker(unit_service.unit_choices(workspace, None))
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_words_in_any_order_find_the_unit(qtbot, workspace):
    picker = _picker(qtbot, workspace)
    # The words in the clerk's order, not the name's ("… Nội trú huyện Đồng Văn"): the office
    # picker's search (words anywhere) finds it, and so must this one.
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "dong van noi tru")
    completer = picker.completer()
    assert completer.filter_words("dong van noi tru") == 1
    assert (
        completer.filtered.index(0, 0).data()
        == "Trường Phổ thông Dân tộc Nội trú huyện Đồng Văn (026-PTDTNT)"
    )
    assert not picker.no_match()
    picker.lineEdit().editingFinished.emit()  # Tab: the only match is taken
    assert picker.code() == "026-PTDTNT"


def test_text_that_names_no_unit_is_marked_at_once(qtbot, workspace):
    picker = _picker(qtbot, workspace)
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "xa khong co that")
    QApplication.processEvents()
    assert picker.no_match()
    assert "xa khong co that" in picker.toolTip()
    assert picker.code() is None
    picker.set_code("026-PTDTNT")
    assert not picker.no_match()
    assert picker.lineEdit().cursorPosition() == 0  # a long name shows from its start


def test_the_usual_abbreviations_find_the_unit(qtbot, workspace):
    """Seen in a clerk's day (#17): "htx lung cu" found nothing, the cooperative being written
    out ("Hợp tác xã …"); clerks write HTX, PTDTNT, THCS, UBND for the long words."""
    from hagiang_desktop.core.kinds import UnitKind
    from hagiang_desktop.services.unit_edits import add_unit

    add_unit(workspace, code="00715-C1", name="Hợp tác xã Nông nghiệp Lũng Cú", kind=UnitKind.COOPERATIVE,
             parent_code="00715")  # fmt: skip
    add_unit(workspace, code="026-S1", name="Trường Trung học cơ sở Lũng Cú", kind=UnitKind.SCHOOL,
             parent_code="026-GDDT")  # fmt: skip
    picker = _picker(qtbot, workspace)
    completer = picker.completer()
    assert completer.filter_words("htx lung cu") == 1
    assert completer.filtered.index(0, 0).data() == "Hợp tác xã Nông nghiệp Lũng Cú (00715-C1)"
    assert completer.filter_words("thcs lung cu") == 1
    assert completer.filter_words("ptdtnt dong van") == 1
    assert completer.filter_words("hop tac xa lung cu") == 1  # the words written out still find it
    # Not marked as matching nothing, and Tab takes the only match.
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), "htx lung cu")
    assert not picker.no_match()
    picker.lineEdit().editingFinished.emit()
    assert picker.code() == "00715-C1"
