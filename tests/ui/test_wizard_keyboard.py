"""The first-run wizard by keyboard (#17): Esc clears the office search and never empties the
page; Enter advances; the chosen office is always named on the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services.first_run import directory_units
from hagiang_desktop.ui.dialogs.first_run import FirstRunWizard
from tests.ui.conftest import type_text


def _wizard(qtbot, tmp_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(directory_units(today_vn()), tmp_path / "office.sqlite3")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.office_page.picker.search.setFocus()
    QApplication.processEvents()
    return wizard


def test_esc_clears_the_search_and_keeps_the_office_list(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    picker = wizard.office_page.picker
    type_text(picker.search, "dong van")
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.search.text() == ""
    assert picker.isVisible()
    assert picker.table.isVisible()
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.office_page
    # Esc again on an empty search: still nothing lost.
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.isVisible()
    assert wizard.isVisible()
    # Double-clicking (or Enter on) an office no longer hides the embedded list either.
    picker.accept()
    assert picker.isVisible()


def test_enter_advances_and_the_choice_is_named(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    picker = wizard.office_page.picker
    type_text(picker.search, "noi vu dong van")
    assert picker.code() == "026-NV"
    assert "Phòng Nội vụ huyện Đồng Văn" in picker.chosen_label.text()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert wizard.currentPage() is wizard.db_page
    qtbot.keyClick(wizard.db_page.path, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.key_page
    key_page = wizard.key_page
    key_page.now.setChecked(True)
    key_page.passphrase.first.setText("mật khẩu dài")
    key_page.passphrase.second.setText("mật khẩu dài")
    assert key_page.passphrase.isVisible()
    qtbot.keyClick(key_page.passphrase.second, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.signature_page  # who signs (#15); Enter goes on from a name
    type_text(wizard.signature_page.signer, "Sùng Mí Chá")
    qtbot.keyClick(wizard.signature_page.signer, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.data_page
    # The length hint stays on the key page, not only while the passphrase is too short.
    assert "8" in key_page.passphrase.hint.text()


def test_a_search_that_hides_the_chosen_office_clears_the_choice(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path)
    picker = wizard.office_page.picker
    type_text(picker.search, "noi vu dong van")
    assert picker.code() == "026-NV"
    picker.search.clear()
    type_text(picker.search, "meo vac")
    # Whatever is chosen is shown in the list and named under it: never an invisible choice.
    code = picker.code()
    if code is not None:
        rows = picker.table.selectionModel().selectedRows()
        assert rows
        assert not picker.table.isRowHidden(rows[0].row())
        assert code in picker.chosen_label.text()
