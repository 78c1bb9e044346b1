"""The settings dialog, File → Recent databases and the window opened again on another file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from hagiang_desktop.services import maintenance, scope
from hagiang_desktop.services.workspace import get_setting
from hagiang_desktop.ui import prefs
from hagiang_desktop.ui.actions.settings import fill_recent, reopen
from hagiang_desktop.ui.dialogs.settings import SettingsDialog
from hagiang_desktop.ui.main_window import MainWindow
from tests.ui.test_first_run import whole_program  # noqa: F401  # the fixture


@pytest.fixture
def window(qtbot, demo_workspace):  # type: ignore[no-untyped-def]
    QSettings().clear()
    font = QApplication.font()  # the dialog changes the application's font: put it back after
    main = MainWindow(demo_workspace)
    qtbot.addWidget(main)
    yield main
    QSettings().clear()
    QApplication.setFont(font)


def test_settings_are_stored_where_they_are_read(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.office.text() == "Phòng Nội vụ huyện Đồng Văn"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_size.setValue(14)
    dialog.keep.setValue(3)
    dialog.inbox.setChecked(True)
    dialog.backup_folder.setText(str(tmp_path))
    dialog.apply()
    assert QApplication.font().pointSize() == 14  # applied at once
    assert prefs.stored_font_size() == 14  # and at the next start
    assert prefs.stored_language() == "en"
    assert prefs.backup_folder() == tmp_path
    ws = window.workspace
    assert maintenance.backup_keep(ws) == 3
    assert get_setting(ws, "mode") == scope.PROVINCE_INBOX
    assert window.findChild(QAction, "inboxMode").isChecked()  # the Bundles menu agrees
    assert window.scope.root.code == "02"  # the inbox covers the whole province  # type: ignore[union-attr]


def test_recent_databases_keep_five_newest_first(tmp_path: Path) -> None:
    QSettings().clear()
    paths = [tmp_path / f"db{i}.sqlite3" for i in range(7)]
    for path in paths:
        prefs.add_recent_database(path)
    prefs.add_recent_database(paths[3])  # opened again: moves to the top, not twice
    assert prefs.recent_databases() == [
        p.resolve() for p in (paths[3], paths[6], paths[5], paths[4], paths[2])
    ]
    QSettings().clear()


def test_recent_menu_and_reopen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    prefs.add_recent_database(other)
    prefs.add_recent_database(window.workspace.db.path)
    menu = window.recent_menu  # type: ignore[attr-defined]
    fill_recent(window, menu)
    actions = menu.actions()
    assert [a.isEnabled() for a in actions] == [False, True]  # the open one does nothing
    window.show()
    actions[1].trigger()
    assert window.reopen_path == other.resolve()
    assert not window.isVisible()
    assert reopen(window, tmp_path / "x.sqlite3")


def test_column_widths_sort_and_splitter_are_remembered(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    QSettings().clear()
    first = MainWindow(demo_workspace)
    qtbot.addWidget(first)
    table = first.nominations_tab.table
    table.horizontalHeader().resizeSection(1, 333)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    splitter = first.nominations_tab.splitter
    splitter.setSizes([700, 300])
    sizes = splitter.sizes()
    first.close()
    second = MainWindow(demo_workspace)
    qtbot.addWidget(second)
    header = second.nominations_tab.table.horizontalHeader()
    assert header.sectionSize(1) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert second.nominations_tab.splitter.sizes() == sizes
    QSettings().clear()


@pytest.mark.usefixtures("whole_program")
def test_a_recent_database_opens_in_a_new_window(qtbot, tmp_path: Path, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from hagiang_desktop.ui.app import run_gui

    other = tmp_path / "other.sqlite3"
    handled: list[MainWindow] = []

    def poll() -> None:
        # The first window switches to the other file, the second one closes (each once its
        # database is open: the window shows before it).
        for window in QApplication.topLevelWidgets():
            if (
                isinstance(window, MainWindow)
                and window.isVisible()
                and window.is_open()
                and window not in handled
            ):
                handled.append(window)
                if len(handled) == 1:
                    reopen(window, other)
                else:
                    window.close()
                    return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert run_gui(["--db", str(demo_path)]) == 0
    assert [w.workspace.db.path for w in handled] == [demo_path, other]
    # Only membership: the frozen-program test's own run shares this session's settings file.
    assert {other.resolve(), demo_path.resolve()} <= set(prefs.recent_databases())
    QSettings().clear()


def test_letterhead_dialog_edits_one_document_or_every_one(qtbot, window: MainWindow) -> None:
    from hagiang_desktop.services import letterhead
    from hagiang_desktop.ui.dialogs.letterhead import LetterheadDialog

    ws = window.workspace
    dialog = LetterheadDialog(ws, window)
    qtbot.addWidget(dialog)
    assert dialog.fields["issuer"].text() == "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN"  # the list, by default
    assert dialog.preview.text().startswith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    dialog.fields["signer_name"].setText("Sùng Mí Chá")
    dialog.authority.setCurrentIndex(dialog.authority.findData("TM"))
    dialog.fields["signer_title"].setText("Chủ tịch")
    assert dialog.preview.text() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nSùng Mí Chá"
    dialog.document.setCurrentIndex(dialog.document.findData("key-form"))
    assert dialog.fields["issuer"].text() == "PHÒNG NỘI VỤ"
    dialog.fields["signer_name"].setText("Hoàng Thị Hoà")
    dialog.recipients.setPlainText("Như trên\nLưu: VT")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    heads = letterhead.letterheads(ws)
    assert heads["list"].titles() == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert heads["list"].signer_name == "Sùng Mí Chá"
    assert heads["key-form"].signer_name == "Hoàng Thị Hoà"
    assert heads["key-form"].recipients == ("Như trên", "Lưu: VT")
    assert heads["letter"].signer_name == ""  # untouched
    again = LetterheadDialog(ws, window)
    qtbot.addWidget(again)
    again.every.setChecked(True)
    again.fields["signer_name"].setText("Vàng Mí Lử")
    again.apply()
    assert {h.signer_name for h in letterhead.letterheads(ws).values()} == {"Vàng Mí Lử"}
    assert letterhead.letterheads(ws)["key-form"].issuer == "PHÒNG NỘI VỤ"  # only what was changed


def test_the_clerk_name_set_in_settings_is_who_the_audit_names(qtbot, window: MainWindow) -> None:
    from sqlalchemy import select

    from hagiang_desktop.services import audit
    from hagiang_desktop.services import nominations as svc
    from hagiang_desktop.storage.models import AuditEvent

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.clerk_name.setText("  Chị Lan  ")
    try:
        dialog.apply()
        assert prefs.stored_clerk_name() == "Chị Lan"  # kept for the next start
        ws = window.workspace
        nid = svc.list_nominations(ws, limit=1)[0].id
        svc.delete_nomination(ws, nid)
        with ws.reading() as session:
            last = session.scalars(select(AuditEvent.actor).order_by(AuditEvent.id.desc())).first()
        assert last == "Chị Lan"
    finally:
        audit.set_clerk_name(None)
