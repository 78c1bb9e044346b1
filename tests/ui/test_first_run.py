"""The first-run wizard: its pages driven by pytest-qt, and the answers applied to a real file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import keys
from hagiang_desktop.services.first_run import FirstRunChoice, demo_db_path, directory_units, set_up
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui import prefs
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
    assert wizard.currentPage() is wizard.signature_page
    wizard.signature_page.signer.setText("Sùng Mí Chá")
    wizard.signature_page.head.setText("Hoàng Thị Hoà")
    next_button.click()
    assert wizard.currentPage() is wizard.data_page
    wizard.data_page.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.choice() == FirstRunChoice(
        "026-NV", tmp_path / "office.sqlite3", "mật khẩu dài", demo=True, signer_name="Sùng Mí Chá",
        head_name="Hoàng Thị Hoà",
    )  # fmt: skip


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


def test_set_up_stores_who_signs(tmp_path: Path) -> None:
    from hagiang_desktop.services import letterhead

    path = tmp_path / "office.sqlite3"
    set_up(FirstRunChoice("026-NV", path, signer_name="Sùng Mí Chá", head_name="Hoàng Thị Hoà"))
    ws = open_workspace(path)
    try:
        heads = letterhead.letterheads(ws)
        assert heads["list"].signer_name == heads["letter"].signer_name == "Sùng Mí Chá"
        assert heads["key-form"].signer_name == "Hoàng Thị Hoà"
        assert heads["list"].titles() == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    finally:
        ws.close()


def test_set_up_with_demo_opens_the_practice_file(tmp_path: Path) -> None:
    opened = set_up(FirstRunChoice("026-NV", tmp_path / "office.sqlite3", demo=True))
    assert opened == demo_db_path()
    assert (tmp_path / "office.sqlite3").exists()  # the office's own file is made too


def _when_shown(qtbot, kind: type, act) -> list[object]:  # type: ignore[no-untyped-def]
    """Drive the first top-level ``kind`` once it appears (the wizard blocks in exec)."""
    seen: list[object] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and widget not in seen:
                seen.append(widget)
                act(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _answer(wizard: FirstRunWizard) -> None:
    wizard.office_page.picker.search.setText("noi vu meo vac")  # type: ignore[attr-defined]
    for _page in range(3):
        wizard.next()
    wizard.accept()


@pytest.fixture
def whole_program(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Let a test call ``run_gui``; afterwards drop its translator and its windows.

    Other tests read the English source texts, and a closed window left alive would keep its
    timers on a closed database.
    """
    from hagiang_desktop.ui import i18n

    monkeypatch.setenv("HAGIANG_LANG", os.environ.get("HAGIANG_LANG", "vi"))
    QSettings().clear()
    yield
    app = QApplication.instance()
    for translator in list(i18n._installed):
        app.removeTranslator(translator)  # type: ignore[union-attr]
    i18n._installed.clear()
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            widget.deleteLater()
    qtbot.wait(10)
    QSettings().clear()


def test_first_start_runs_the_wizard_then_opens_the_window(
    qtbot, tmp_path: Path, monkeypatch, whole_program
) -> None:  # type: ignore[no-untyped-def]
    from hagiang_desktop.ui.app import run_gui
    from hagiang_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("HAGIANG_DATA_DIR", str(tmp_path))
    seen = _when_shown(qtbot, FirstRunWizard, _answer)
    windows = _when_shown(qtbot, MainWindow, lambda window: QTimer.singleShot(50, window.close))
    assert run_gui(["--lang", "vi"]) == 0
    assert seen
    assert windows
    window = windows[0]
    assert isinstance(window, MainWindow)
    assert window.scope.office.code == "027-NV"  # type: ignore[union-attr]
    assert window.workspace.db.path == tmp_path / "hagiang.sqlite3"
    assert prefs.stored_database() == tmp_path / "hagiang.sqlite3"
    QSettings().clear()


def test_wizard_again_from_settings_changes_the_office(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    from hagiang_desktop.ui.actions.settings import rerun_wizard
    from hagiang_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    seen = _when_shown(qtbot, FirstRunWizard, _answer)
    rerun_wizard(window)
    assert seen
    assert window.scope.office.code == "027-NV"  # type: ignore[union-attr]
    assert window.reopen_path is None  # the same file: no new window
    QSettings().clear()


def test_wizard_again_on_a_server_changes_the_office_and_keeps_the_server(qtbot, pg_url) -> None:  # type: ignore[no-untyped-def]
    """Settings ▸ Run the set-up wizard again in a window on a server (#22): it crashed reading
    the server as a file; the database page names the server, which cannot be swapped for a file
    there, and the office is set on the server's database."""
    from hagiang_desktop.ui.actions.settings import rerun_wizard
    from hagiang_desktop.ui.main_window import MainWindow

    ws = open_workspace(pg_url)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    pages: list[tuple[bool, bool, str]] = []

    def answer(wizard: FirstRunWizard) -> None:
        page = wizard.db_page
        pages.append((page.path.isReadOnly(), page.browse.isVisible(), page.path.text()))
        _answer(wizard)

    seen = _when_shown(qtbot, FirstRunWizard, answer)
    try:
        rerun_wizard(window)
        assert seen
        # Shown in words (the database, this machine, its port; not the URL), not editable, no file chooser.
        port = pg_url.rsplit("port=", 1)[1]
        assert pages == [(True, False, f"{ws.db.path.database_name()} (máy này, cổng {port})")]
        assert window.scope.office.code == "027-NV"  # type: ignore[union-attr]
        assert window.reopen_path is None  # the same server database: no new window
        assert office_scope(ws).office.code == "027-NV"  # type: ignore[union-attr]
    finally:
        window.close()
        ws.close()
        QSettings().clear()
