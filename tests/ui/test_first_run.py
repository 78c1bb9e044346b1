"""The first-run wizard: its pages driven by pytest-qt, and the answers applied to a real file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import keys
from hagiang_desktop.services.first_run import FirstRunChoice, demo_db_path, directory_units, set_up
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.dialogs.first_run import FirstRunWizard


def _wizard(qtbot, db_path: Path, **kwargs) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(directory_units(today_vn()), db_path, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_pages_collect_the_answers(qtbot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "office.sqlite3")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not wizard.currentPage().isComplete()  # no office yet
    # setText: the picker's typing is tested with the dialog itself (test_unit_directory).
    wizard.office_page.picker.search.setText("noi vu dong van")  # type: ignore[attr-defined]
    assert wizard.currentPage().isComplete()
    next_button.click()
    assert wizard.currentPage() is wizard.db_page
    assert wizard.db_page.path.text() == str(tmp_path / "office.sqlite3")
    next_button.click()
    key_page = wizard.key_page
    assert key_page.isComplete()  # "later" is the default
    key_page.now.setChecked(True)
    assert not key_page.isComplete()
    # setText: a password field takes no input-method text, which is how type_text sends it.
    key_page.passphrase.first.setText("mật khẩu dài")  # type: ignore[attr-defined]
    key_page.passphrase.second.setText("mật khẩu khác")  # type: ignore[attr-defined]
    assert not key_page.isComplete()  # the two do not match
    key_page.passphrase.second.setText("mật khẩu dài")  # type: ignore[attr-defined]
    assert key_page.isComplete()
    next_button.click()
    assert wizard.currentPage() is wizard.data_page
    wizard.data_page.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.choice() == FirstRunChoice("026-NV", tmp_path / "office.sqlite3", "mật khẩu dài", demo=True)


def test_set_up_creates_the_database_office_and_key(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "office.sqlite3"
    opened = set_up(FirstRunChoice("026-NV", path, passphrase="mật khẩu dài"))
    assert opened == path
    ws = open_workspace(path)
    try:
        assert office_scope(ws).office.code == "026-NV"  # type: ignore[union-attr]
        assert keys.active_identity(ws) is not None
        # Run again (from Settings) on the open workspace: the office changes, the key stays.
        set_up(FirstRunChoice("02-BDT", path, passphrase="khác hẳn nhé"), open_ws=ws)
        assert office_scope(ws).office.code == "02-BDT"  # type: ignore[union-attr]
        assert len(keys.list_identities(ws)) == 1
    finally:
        ws.close()


def test_set_up_with_demo_opens_the_practice_file(tmp_path: Path) -> None:
    opened = set_up(FirstRunChoice("026-NV", tmp_path / "office.sqlite3", demo=True))
    assert opened == demo_db_path()
    assert (tmp_path / "office.sqlite3").exists()  # the office's own file is made too
