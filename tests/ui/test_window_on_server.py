"""The real window on a PostgreSQL server (issue #22): every tab and export, driven like a clerk.

One window on a copy of the demo office moved into a server is driven through the unit
directory (search, edit), the nominations tab (open, tick, save, status, delete a selection), the
follow-up, the dashboard's receipts register, the File menu (check, back up with pg_dump, restore,
purge), the imports and the exports (Excel and PDF lists, forms, follow-up report, who to call, a
signed bundle); a second pair of windows, one on the server and one on the demo's SQLite file, is
only looked at: the dashboard, the list and the directory show the same figures, rows and order
on both engines.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.timeliness import UnitState
from hagiang_desktop.services import audit, followup, keys, receipts, server_names, units
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.exporting import LISTED_STATUSES
from hagiang_desktop.services.followup import Rating
from hagiang_desktop.services.imports import RowStatus
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.workspace import Workspace, open_workspace
from hagiang_desktop.storage.models import AuditEvent
from hagiang_desktop.ui.actions import backup as backup_actions
from hagiang_desktop.ui.actions import bundles as bundle_actions
from hagiang_desktop.ui.dialogs.unit_dialogs import UnitEditDialog
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
from hagiang_desktop.ui.workers import wait_for_background
from tests.ui.conftest import _quiet, log_receipt_on, type_text
from tests.ui.test_unit_directory import _answer

AS_OF = date(2018, 4, 20)
DONG_VAN, LUNG_CU = "026", "00715"
PASS = "mật khẩu Đồng Văn"


def _open(ws: Workspace) -> MainWindow:
    window = MainWindow(ws, as_of=AS_OF)
    window.show()
    return window


def _close(window: MainWindow) -> None:
    _quiet(window)
    window.close()
    wait_for_background()  # no worker still reading a database about to be dropped
    window.deleteLater()
    QApplication.processEvents()


def _window_on_a_copy(cluster: Any, template: str) -> Iterator[MainWindow]:
    """A window on a new server copy of ``template``; closed, and the copy dropped, afterwards."""
    url = cluster.new_database(template)
    ws = open_workspace(url)
    window = _open(ws)
    yield window
    _close(window)
    ws.close()
    cluster.drop(url)


@pytest.fixture(scope="module")
def clerk(qapp, pg_cluster, pg_demo_template) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window a clerk works in, on a server copy of the demo office (changed by the tests)."""
    yield from _window_on_a_copy(pg_cluster, pg_demo_template)


@pytest.fixture(scope="module")
def both(qapp, pg_cluster, pg_demo_template, _demo_template, tmp_path_factory) -> Iterator[tuple[Any, Any]]:  # type: ignore[no-untyped-def]
    """Two windows on the same demo office, the server's and the file's; no test changes them."""
    url = pg_cluster.new_database(pg_demo_template)
    path = tmp_path_factory.mktemp("file-demo") / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    workspaces = [open_workspace(url), open_workspace(path)]
    windows = [_open(ws) for ws in workspaces]
    yield tuple(windows)
    for window in windows:
        _close(window)
    for ws in workspaces:
        ws.close()
    pg_cluster.drop(url)


def _cells(model: Any, parent: QModelIndex | None = None) -> list[tuple[str, ...]]:
    """What a table shows, row by row (the display text of every cell)."""
    parent = parent or QModelIndex()
    return [
        tuple(str(model.index(r, c, parent).data() or "") for c in range(model.columnCount(parent)))
        for r in range(model.rowCount(parent))
    ]


def _computed(qtbot: Any, board: Any) -> None:
    qtbot.waitUntil(lambda: not board.computing(), timeout=60_000)


# -- the same figures, rows and order on both engines -------------------------------------------


@pytest.mark.parametrize("day", [date(2018, 4, 13), AS_OF, date(2018, 5, 2), date(2020, 12, 31)])
def test_the_dashboard_shows_the_same_figures_on_the_server_as_in_the_file(qtbot, both, day):
    server, file = (window.dashboard_tab for window in both)
    for board in (server, file):
        _computed(qtbot, board)
        board.set_as_of(day)
        _computed(qtbot, board)
    assert server.summary_label.text() == file.summary_label.text()
    assert "%" not in server.summary_label.text()
    for name in (
        "unit_model",
        "milestone_model",
        "stage_model",
        "followup_model",
        "field_model",
        "call_model",
    ):
        assert _cells(getattr(server, name)) == _cells(getattr(file, name)), name
    assert server.unit_model.rowCount() > 0
    assert {k: v.text() for k, v in server.upward_labels.items()} == {
        k: v.text() for k, v in file.upward_labels.items()
    }
    server_bars = [s.count() for s in server.charts.fields_view.chart().series()]
    assert server_bars == [s.count() for s in file.charts.fields_view.chart().series()]


@pytest.mark.parametrize("column", range(8))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_list_sorts_by_each_column_as_in_the_file(qtbot, both, column, order):
    server, file = (window.nominations_tab for window in both)
    for tab in (server, file):
        tab.table.sortByColumn(column, order)
    assert server.model.rowCount() == file.model.rowCount() == 60
    assert _cells(server.model) == _cells(file.model)


@pytest.mark.parametrize("words", ["lung cu", "Mèo Vạc", "thổ cẩm", "giang"])
def test_a_search_finds_the_same_rows_as_in_the_file(qtbot, both, words):
    server, file = (window.nominations_tab for window in both)
    for tab in (server, file):
        tab.table.sortByColumn(NominationTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        tab.search_edit.setText(words)
        tab.apply_search()
    try:
        assert _cells(server.model) == _cells(file.model)
        assert server.count_label.text() == file.count_label.text()
    finally:
        for tab in (server, file):
            tab.search_edit.clear()
            tab.apply_search()


def test_the_directory_counts_the_same_on_the_server(qtbot, both):
    server, file = (window.units_tab for window in both)
    for tab in (server, file):
        tab.refresh_counts()
        qtbot.waitUntil(lambda tab=tab: tab._counts_loaded, timeout=60_000)
        assert tab.select_code(LUNG_CU)  # the tree opens down to the commune
    province = server.model.index(0, 0)
    assert province.data() == "Tỉnh Hà Giang"
    assert _cells(server.model, province) == _cells(file.model, file.model.index(0, 0))
    dong_van = server.current_index().parent()
    assert _cells(server.model, dong_van) == _cells(file.model, file.current_index().parent())
    assert any(row[3] for row in _cells(server.model, dong_van))  # the demo's registrations counted


# -- a clerk at work on the server --------------------------------------------------------------


def test_the_window_says_it_is_on_the_server_and_which_office(clerk, vietnamese):
    clerk._update_titles()  # in the clerk's language
    assert "Phòng Nội vụ huyện Đồng Văn" in clerk.windowTitle()
    where = clerk.workspace.db.label()
    assert where.startswith("postgresql://")
    assert where in clerk.db_label.toolTip()
    # The database's name and where its server is, in words (the bar showed the URL's raw tail,
    # "(…ck&port=54329)"): the test cluster is a socket on this machine, on a port of its own.
    name = where.split("/", 3)[3].split("?")[0]
    port = where.rsplit("port=", 1)[1]
    shown = f"Dữ liệu trên máy chủ: {name} (máy này, cổng {port})"
    clerk.resize(1366, 740)
    QApplication.processEvents()
    assert clerk.db_label.text() == shown  # whole at 1366 px, no fragment of the address
    assert clerk.db_label.toolTip().startswith(shown)
    clerk.resize(900, 600)  # a narrow window cuts the words at their end, the name stays
    QApplication.processEvents()
    assert clerk.db_label.text().startswith(f"Dữ liệu trên máy chủ: {name}")
    for fragment in ("sock", "&", "port=", "?", "postgresql"):
        assert fragment not in clerk.db_label.text()
    clerk.resize(1366, 740)
    QApplication.processEvents()
    assert clerk.clerk_label.isVisible()
    assert clerk.clerk_label.toolTip() == fill(clerk.tr("Clerk: %1"), audit.actor_on(clerk.workspace))
    assert clerk.clerk_label.toolTip().endswith(" (hagiang)")  # the database user


def test_search_the_directory_and_edit_a_unit(qtbot, clerk, no_dialogs):
    tab = clerk.units_tab
    clerk.tabs.setCurrentWidget(tab)
    type_text(tab.search_edit, "lũng cú")
    qtbot.waitUntil(lambda: bool(tab.count_label.text()), timeout=5000)
    assert tab.select_code(LUNG_CU)
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: not tab.count_label.text(), timeout=5000)
    assert tab.select_code(LUNG_CU)

    def fill(dialog: Any) -> None:
        dialog.person_edit.clear()
        type_text(dialog.person_edit, "Vàng Thị Dí")
        dialog.accept()

    seen = _answer(qtbot, UnitEditDialog, fill)
    tab.edit_action.trigger()
    assert seen
    assert not no_dialogs
    assert units.contacts(clerk.workspace, [LUNG_CU])[LUNG_CU].person == "Vàng Thị Dí"
    assert "Vàng Thị Dí" in tab.details.text()
    assert units.get_unit(clerk.workspace, LUNG_CU).row_version == 2  # type: ignore[union-attr]


def test_open_tick_save_change_status_and_delete_a_selection(qtbot, clerk, no_dialogs):
    tab = clerk.nominations_tab
    clerk.tabs.setCurrentWidget(tab)
    tab.table.sortByColumn(NominationTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    tab.table.selectRow(0)  # the row opens in the form
    nid = tab._current_id
    assert nid is not None
    form = tab.form
    untick = [code for code in form.checklist.codes() if form.checklist.box(code).isChecked()][:1]
    for code in form.checklist.codes():
        form.checklist.box(code).setChecked(code not in untick)
    form.achievements_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(form.achievements_edit, " Thêm 12 hộ tham gia.")
    assert tab.has_unsaved_changes()
    assert tab.save()
    detail = svc.get_nomination(clerk.workspace, nid)
    assert detail.data.achievements.endswith("Thêm 12 hộ tham gia.")
    assert set(detail.data.checks) == set(form.checklist_state())
    assert not detail.eligible  # one criterion left out
    assert detail.row_version >= 2

    for code in form.checklist.codes():
        form.checklist.box(code).setChecked(True)
    assert tab.save()
    assert svc.get_nomination(clerk.workspace, nid).eligible
    before = svc.get_nomination(clerk.workspace, nid).status
    target = next(s for s, b in tab.status_bar.buttons.items() if b.isVisible() and s != before)
    tab.status_bar.buttons[target].click()
    dialog = tab.status_dialog
    if target == NominationStatus.RETURNED:
        type_text(dialog.reason_edit, "Thiếu biên bản")
    dialog.accept()
    assert svc.get_nomination(clerk.workspace, nid).status == target
    assert tab.history.model.rowCount() == len(svc.get_nomination(clerk.workspace, nid).history)

    total = svc.count_nominations(clerk.workspace)
    tab.table.clearSelection()
    rows = tab.table.selectionModel()
    for row in (tab.model.rowCount() - 2, tab.model.rowCount() - 1):  # Ctrl+click on two rows
        rows.select(tab.model.index(row, 0), rows.SelectionFlag.Select | rows.SelectionFlag.Rows)
    doomed = tab.selected_ids()
    assert len(doomed) == 2
    tab.delete_selected()
    assert no_dialogs[-1][0] == "question"
    assert svc.count_nominations(clerk.workspace) == total - 2
    assert tab.model.rowCount() == total - 2
    assert not {r.id for r in svc.list_nominations(clerk.workspace)} & set(doomed)


def test_the_followup_panel_records_an_assessment_on_the_server(qtbot, clerk, no_dialogs):
    tab = clerk.nominations_tab
    clerk.tabs.setCurrentWidget(tab)
    tab.table.selectRow(1)
    nid = tab._current_id
    panel = tab.followup
    tab.form_tabs.setCurrentIndex(tab.form_tabs.count() - 1)  # the form's "Theo dõi 2018–2020" page
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData("review_2018"))
    type_text(panel.notes_edit, "Mô hình duy trì tốt")
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_Return)
    assert not no_dialogs
    assert followup.get_followup(clerk.workspace, nid).assessments[0].notes == "Mô hình duy trì tốt"
    assert panel.assessments.model.rowCount() == 1


def _pdf_text(path: Path) -> str:
    """The words of a PDF as pdftotext reads them, one space apart."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def _finish(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.export_actions.running, timeout=60_000)


def test_the_exports_of_the_window_on_the_server(qtbot, clerk, no_dialogs, tmp_path):
    actions = clerk.export_actions
    xlsx = tmp_path / "danh-sach.xlsx"
    worker = actions.export_list(xlsx)
    _finish(qtbot, clerk)
    assert worker.error is None, worker.error
    sheet = load_workbook(xlsx)["Danh sách"]
    assert sheet["A2"].value == "HUYỆN ĐỒNG VĂN"
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c}
    listed = [
        r.name
        for status in LISTED_STATUSES
        for r in svc.list_nominations(clerk.workspace, NominationFilter(status=status))
    ]
    assert worker.result.count == len(listed) > 0
    assert set(listed) <= cells

    tab = clerk.nominations_tab
    tab.table.selectRow(0)
    name = svc.get_nomination(clerk.workspace, tab.selected_ids()[0]).data.name
    pdf = tmp_path / "phieu.pdf"
    worker = actions.export_forms(pdf)
    _finish(qtbot, clerk)
    assert worker.error is None, worker.error
    assert name in _pdf_text(pdf)
    assert len(PdfReader(pdf).pages) == worker.result.pages
    qtbot.waitUntil(lambda: actions.preview is not None and actions.preview.isVisible())
    actions.preview.close()

    first = svc.list_nominations(clerk.workspace, NominationFilter(status=NominationStatus.SELECTED))[0]
    followup.add_assessment(
        clerk.workspace, first.id, "final_2020", date(2020, 12, 15), Rating.EXCELLENT, "x"
    )
    report = tmp_path / "theo-doi.pdf"
    worker = clerk.followup_export.start(report, None, date(2020, 12, 31))
    qtbot.waitUntil(lambda: clerk.followup_export.preview is not None, timeout=60_000)
    assert worker.error is None
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "(Số liệu tính đến ngày 31/12/2020)" in text
    assert "15/12/2020 Xuất sắc" in text  # the assessment just recorded on the server
    clerk.followup_export.preview.close()

    board = clerk.dashboard_tab
    _computed(qtbot, board)
    call = tmp_path / "goi.xlsx"
    with qtbot.waitSignal(board.file_written, timeout=60_000):
        worker = board.export_who_to_call(call)
    assert worker.result == board.call_model.rowCount() > 0


def test_a_signed_bundle_is_built_from_the_server(qtbot, clerk, no_dialogs, tmp_path):
    assert bundle_actions.create_identity(clerk, PASS)
    flow = bundle_actions.build_bundle(clerk, tmp_path / "dong-van.zip", PASS)
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    built = done.args[0]
    assert built is not None, no_dialogs
    assert built.sequence == 1
    assert no_dialogs[-1][0] == "information"
    with zipfile.ZipFile(built.path) as bundle:
        assert "danh-sach.xlsx" in bundle.namelist()
    assert keys.active_identity(clerk.workspace) is not None


def test_a_receipt_logged_on_the_dashboard_counts_on_the_server(qtbot, clerk):
    board = clerk.dashboard_tab
    clerk.tabs.setCurrentWidget(board)
    _computed(qtbot, board)
    board.set_as_of(AS_OF)
    _computed(qtbot, board)
    target = next(r for r in board.unit_model.rows() if r.verdict.state == UnitState.MISSING)

    log_receipt_on(qtbot, board, target.code)
    row = {r.code: r for r in board.unit_model.rows()}[target.code]
    assert row.verdict.state == UnitState.ON_TIME
    assert [r.doc_number for r in receipts.list_receipts(clerk.workspace)][-1:] == ["15/UBND"]


def test_file_menu_checks_the_server_database(qtbot, clerk, no_dialogs):
    backup_actions.check_database(clerk)
    qtbot.waitUntil(lambda: clerk.check_worker.isFinished(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=10_000)
    assert no_dialogs[-1][0] == "information", no_dialogs


def test_file_menu_speaks_of_the_server_not_a_file(qtbot, clerk, no_dialogs, vietnamese):
    """In Vietnamese the File menu said "file" on a server: "Kiểm tra tệp dữ liệu…", whose result
    named a file's checks ("toàn vẹn tệp"), and "Tệp dữ liệu gần đây", which listed the server
    by its URL, "&port=" read as a shortcut ("…sock_port=54329")."""
    from hagiang_desktop.ui import prefs

    location = clerk.workspace.db.path
    prefs.add_recent_database(location)
    window = _open(clerk.workspace)  # its menus in Vietnamese
    try:
        check = window.findChild(QAction, "checkDatabase")
        assert check.text() == "Kiểm &tra dữ liệu…"
        backup_actions.check_database(window)
        qtbot.waitUntil(lambda: window.check_worker.isFinished(), timeout=60_000)
        qtbot.waitUntil(lambda: bool(no_dialogs), timeout=10_000)
        kind, text = no_dialogs[-1]
        assert kind == "information", no_dialogs
        assert text.startswith("Dữ liệu trên máy chủ đạt mọi bước kiểm tra: các quy tắc của chương trình")
        assert "tệp" not in text
        window.recent_menu.aboutToShow.emit()
        assert window.recent_menu.title() == "Dữ liệu &gần đây"
        first = window.recent_menu.actions()[0]
        assert (first.text(), first.isChecked()) == (f"&1 {server_names.for_people(location, 'vi')}", True)
    finally:
        _close(window)
        QSettings().remove(prefs.RECENT)


def test_file_menu_backs_the_server_up_with_pg_dump(qtbot, clerk, no_dialogs, tmp_path, vietnamese):
    target = backup_actions.back_up_now(clerk, tmp_path)
    assert target is not None
    # What is being done, on a server (it read "copying and checking the data file").
    assert clerk.backup_worker.dialog.labelText() == "Đang sao lưu dữ liệu trên máy chủ (pg_dump)…"
    qtbot.waitUntil(lambda: clerk.backup_worker.isFinished(), timeout=60_000)
    assert clerk.backup_worker.error is None, clerk.backup_worker.error
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, restorable by pg_restore


@pytest.fixture
def own_window(qtbot, pg_cluster, pg_demo_template) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A window on a server copy of its own (a restore replaces everything in it)."""
    yield from _window_on_a_copy(pg_cluster, pg_demo_template)


def test_file_menu_restores_a_server_dump(qtbot, own_window, no_dialogs, tmp_path, monkeypatch):
    """File ▸ Restore on a server takes a pg_dump (it asked for an SQLite file beside a path the
    server has not, and crashed), keeps a dump of the data it replaces, and shows what came back."""
    from PySide6.QtWidgets import QFileDialog

    window = own_window
    dump = backup_actions.back_up_now(window, tmp_path)
    qtbot.waitUntil(lambda: window.backup_worker.isFinished(), timeout=60_000)
    total = svc.count_nominations(window.workspace)
    gone = svc.list_nominations(window.workspace)[0]
    svc.delete_nomination(window.workspace, gone.id)
    offered: list[str] = []

    def choose(_parent, _title, folder, filters):  # type: ignore[no-untyped-def]
        offered.append(filters)
        return str(dump), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    assert backup_actions.restore_from(window)
    qtbot.waitUntil(lambda: window.restore_worker.isFinished(), timeout=60_000)
    assert window.restore_worker.error is None, window.restore_worker.error
    assert "*.dump" in offered[0]
    assert no_dialogs[-1][0] == "question"  # asked before replacing the server's data
    assert svc.count_nominations(window.workspace) == total
    assert window.nominations_tab.model.rowCount() == total
    assert len(list(tmp_path.glob("*before-restore*"))) == 1  # the data it replaced, kept


def test_file_menu_purges_a_nominee_on_the_server(qtbot, clerk, no_dialogs):
    tab = clerk.nominations_tab
    clerk.tabs.setCurrentWidget(tab)
    tab.table.selectRow(2)
    [nid] = tab.selected_ids()
    name = svc.get_nomination(clerk.workspace, nid).data.name
    worker = backup_actions.purge_selected(clerk)
    assert worker is not None
    qtbot.waitUntil(lambda: clerk.purge_worker is None, timeout=60_000)
    assert worker.error is None, worker.error
    assert worker.result == 1
    assert nid not in {r.id for r in svc.list_nominations(clerk.workspace)}
    with clerk.workspace.reading() as session:  # nothing of the nominee left in the audit log either
        logged = session.execute(
            select(AuditEvent.before_json, AuditEvent.after_json).where(AuditEvent.entity_id == str(nid))
        ).all()
    assert not any(name in (entry or "") for row in logged for entry in row)


def test_the_list_prints_to_pdf_on_the_server(qtbot, clerk, no_dialogs, tmp_path):
    out = tmp_path / "danh-sach.pdf"
    worker = clerk.export_actions.export_list_pdf(out)
    _finish(qtbot, clerk)
    assert worker.error is None, worker.error
    assert "DANH SÁCH ĐĂNG KÝ MÔ HÌNH" in _pdf_text(out)


def test_a_filled_template_is_imported_through_the_window_on_the_server(qtbot, clerk, no_dialogs, tmp_path):
    from hagiang_desktop.services import templates
    from hagiang_desktop.ui.actions.imports import start_import
    from tests.services.import_files import fill_template, many_rows

    template = templates.make_template(clerk.workspace, "026-GDDT", tmp_path / "mau.xlsx", rows=20)
    filled = fill_template(template, tmp_path / "20-dong.xlsx", many_rows(20))
    before = svc.count_nominations(clerk.workspace)
    flow = start_import(clerk, filled)
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=60_000
    )
    dialog = flow.preview_dialog
    new = dialog.preview.count(RowStatus.NEW)
    assert new > 0
    dialog.skip_invalid.setChecked(True)
    with qtbot.waitSignal(flow.finished, timeout=60_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert svc.count_nominations(clerk.workspace) == before + new
    assert clerk.nominations_tab.model.rowCount() == before + new


def test_settings_on_a_server_speak_of_the_server(qtbot, clerk, vietnamese):
    """Settings said "Máy này là nơi nhận hồ sơ của tỉnh" (this computer is the inbox) of a mode
    every clerk's window on the server shares, and offered "Số bản sao lưu tự động được giữ"
    (automatic backups kept), which a server never takes (its IT staff's nightly dumps do)."""
    from PySide6.QtWidgets import QFormLayout

    from hagiang_desktop.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.inbox.text() == "Dữ liệu trên máy chủ này là nơi nhận hồ sơ của tỉnh (Ban TĐKT – Sở Nội vụ)"
    form = dialog.findChild(QFormLayout)
    assert form.labelForField(dialog.keep).text() == "Số bản sao lưu tự động được giữ:"
    assert not dialog.keep.isVisible()
    assert not form.labelForField(dialog.keep).isVisible()
    assert dialog.backup_folder.isVisible()  # File ▸ Back up now still asks for a folder
    dialog.reject()
