"""Long jobs run in worker threads, never on the UI thread (issue #11).

A job on the UI thread freezes the window for as long as it runs: seconds for a list of
100,000 rows (see benchmarks/RESULTS.md). These tests start each long job through the real
window and record, with ``sys.setprofile`` (which watches the calling thread only, i.e. the UI
thread), whether the service function doing the work was ever entered there. Nothing of ours is
replaced: the jobs run for real and their files are checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QProgressDialog, QPushButton

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.services import (
    bundles,
    dashboard,
    directory_io,
    exporting,
    imports,
    keys,
    maintenance,
    nominations,
    scope,
    templates,
    unit_counts,
    units,
)
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.workspace import Workspace, open_workspace
from hagiang_desktop.ui.actions import backup as backup_actions
from hagiang_desktop.ui.actions import bundles as bundle_actions
from hagiang_desktop.ui.actions.imports import start_import
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.models.nomination_table_model import PAGE_SIZE
from hagiang_desktop.ui.opening import start_of_day_backup
from hagiang_desktop.ui.tabs import nomination_status
from hagiang_desktop.ui.widgets.receipts_register import ReceiptDialog
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker
from hagiang_desktop.ui.workers import background_pending
from tests.services.import_files import fill_template, many_rows

PASS = "mật khẩu Đồng Văn"
IMPORT_UNIT = "026-GDDT"


@contextmanager
def entered_on_ui_thread(*functions: Callable[..., Any]) -> Iterator[list[str]]:
    """Record which of ``functions`` are called on this (the UI) thread while the block runs."""
    codes = {f.__code__: f.__qualname__ for f in functions}
    seen: list[str] = []

    def profile(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code in codes:
            seen.append(codes[frame.f_code])

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(previous)


def _close_previews(window: MainWindow) -> None:
    window.nominations_tab._dirty = False
    preview = window.export_actions.preview
    if preview is not None:
        preview.close()


def test_exports_run_in_a_worker(qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window) -> None:
    window = open_window(demo_workspace)
    actions = window.export_actions
    jobs = (
        (actions.export_list, tmp_path / "ds.xlsx"),
        (actions.export_list_pdf, tmp_path / "ds.pdf"),
        (actions.export_forms, tmp_path / "phieu.pdf"),
    )
    with entered_on_ui_thread(
        exporting.export_list_xlsx, exporting.export_list_pdf, exporting.export_forms_pdf
    ) as seen:
        for start, out in jobs:
            worker = start(out)
            assert worker is not None
            qtbot.waitUntil(lambda: not actions.running, timeout=60_000)
            assert worker.error is None
            assert out.stat().st_size > 0
            if actions.preview is not None:
                actions.preview.close()
    assert seen == []


def test_bundle_is_built_in_a_worker(qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window) -> None:
    window = open_window(demo_workspace)
    assert bundle_actions.create_identity(window, PASS)
    target = tmp_path / "dong-van.zip"
    with entered_on_ui_thread(bundles.build_bundle) as seen:
        flow = bundle_actions.build_bundle(window, target, PASS)
        assert flow is not None
        with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
            pass
    assert done.args[0] is not None
    assert target.stat().st_size > 0
    assert seen == []


def test_backup_runs_in_a_worker(qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window) -> None:
    window = open_window(demo_workspace)
    with entered_on_ui_thread(maintenance.backup_now) as seen:
        made = backup_actions.back_up_now(window, tmp_path)
        qtbot.waitUntil(lambda: made is not None and made.exists(), timeout=60_000)
    assert seen == []


def _press_cancel(progress_dialog: QProgressDialog) -> None:
    """Press the progress dialog's Cancel button, as the clerk does (it may not be shown yet)."""
    progress_dialog.findChild(QPushButton).click()


def _built_bundle(qtbot, district: MainWindow, tmp_path: Path) -> tuple[Path, bundles.BuiltBundle]:
    """Give the district a key, build its bundle; return its certificate and the bundle."""
    assert bundle_actions.create_identity(district, PASS)
    cert = bundle_actions.export_certificate(district, tmp_path / "dong-van.pem")
    assert cert is not None
    flow = bundle_actions.build_bundle(district, tmp_path / "dong-van.zip", PASS)
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    return cert, done.args[0]


def _finished(qtbot, flow: Any) -> Any:
    """Wait for a flow run in a worker to end; return what its ``finished`` signal carried."""
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    return done.args[0] if done.args else None


@pytest.fixture
def province_ws(tmp_path: Path) -> Iterator[Workspace]:
    """The province's inbox database, open."""
    ws = open_workspace(tmp_path / "province.sqlite3")
    scope.set_office(ws, "02-SNV")
    yield ws
    ws.close()


def _province(qtbot, province_ws: Workspace, cert: Path, open_window) -> MainWindow:
    """The province's window, trusting the district's certificate."""
    window = open_window(province_ws)
    assert bundle_actions.import_certificate(window, cert, confirm=False)
    return window


def test_bundle_import_and_return_file_run_in_a_worker(
    qtbot, demo_workspace, province_ws, tmp_path: Path, no_dialogs, open_window
) -> None:
    district = open_window(demo_workspace)
    cert, built = _built_bundle(qtbot, district, tmp_path)
    province = _province(qtbot, province_ws, cert, open_window)
    with entered_on_ui_thread(bundles.import_bundle) as seen:
        imported = _finished(qtbot, bundle_actions.import_bundle(province, built.path))
    assert imported is not None
    assert imported.added == built.nomination_count
    assert seen == []

    keys.create_identity(province_ws, PASS)
    province_cert = tmp_path / "province.pem"
    keys.export_certificate(province_ws, province_cert)
    first = bundles.returnable_nominations(province_ws)[0]
    back = bundles.build_return(province_ws, first.id, "Thiếu minh chứng", tmp_path / "tra.zip", PASS)
    assert bundle_actions.import_certificate(district, province_cert, confirm=False)
    with entered_on_ui_thread(bundles.import_return) as seen:
        returned = _finished(qtbot, bundle_actions.import_return(district, back.path))
    assert returned is not None
    assert returned.updated == 1
    assert seen == []


def _province_with_a_bundle(qtbot, district_ws, province_ws, tmp_path: Path, open_window) -> MainWindow:
    """The province's window once it imported the district's bundle, with its own signing key."""
    district = open_window(district_ws)
    cert, built = _built_bundle(qtbot, district, tmp_path)
    province = _province(qtbot, province_ws, cert, open_window)
    assert _finished(qtbot, bundle_actions.import_bundle(province, built.path)) is not None
    keys.create_identity(province_ws, PASS)
    return province


def test_returning_a_nomination_reads_and_signs_in_workers(
    qtbot, demo_workspace, province_ws, tmp_path: Path, no_dialogs, open_window
) -> None:
    province = _province_with_a_bundle(qtbot, demo_workspace, province_ws, tmp_path, open_window)
    target = tmp_path / "tra-lai.zip"
    with entered_on_ui_thread(
        bundles.returnable_nominations, bundles.build_return, keys.unlocked_key
    ) as seen:
        flow = bundle_actions.return_nomination(province, target=target, passphrase=PASS)
        qtbot.waitUntil(lambda: flow.dialog is not None, timeout=60_000)
        chooser = flow.dialog
        chooser.view.selectRow(0)
        chooser.reason.setPlainText("Thiếu minh chứng")
        chosen = chooser.selected()
        with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
            chooser.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert seen == []
    assert done.args[0] is not None
    assert target.stat().st_size > 0
    assert nominations.get_nomination(province_ws, chosen.id).status == NominationStatus.RETURNED


def test_cancel_of_a_return_writes_nothing(
    qtbot, demo_workspace, province_ws, tmp_path: Path, no_dialogs, open_window
) -> None:
    province = _province_with_a_bundle(qtbot, demo_workspace, province_ws, tmp_path, open_window)
    first = bundles.returnable_nominations(province_ws)[0]
    target = tmp_path / "tra-lai.zip"
    flow = bundle_actions.return_nomination(province, first.id, "Thiếu minh chứng", target, PASS)
    # Cancel at once: the worker stops when the key is open, before the file and the transaction.
    _press_cancel(flow.worker.dialog)
    assert _finished(qtbot, flow) is None
    assert flow.worker.was_cancelled
    assert not target.exists()
    assert nominations.get_nomination(province_ws, first.id).status == first.status
    assert "nothing was written" in province.statusBar().currentMessage()


def test_cancel_of_a_bundle_import_writes_nothing(
    qtbot, demo_workspace, province_ws, tmp_path: Path, no_dialogs, open_window
) -> None:
    district = open_window(demo_workspace)
    cert, built = _built_bundle(qtbot, district, tmp_path)
    province = _province(qtbot, province_ws, cert, open_window)
    flow = bundle_actions.import_bundle(province, built.path)
    assert flow is not None
    # Cancel at once: the worker stops at its first report, inside the one transaction.
    _press_cancel(flow.worker.dialog)
    assert _finished(qtbot, flow) is None
    assert flow.worker.was_cancelled
    assert nominations.count_nominations(province_ws) == 0
    assert all(not r.bundles for r in bundles.province_view(province_ws, date(2018, 4, 20)))


def test_import_preview_and_apply_run_in_a_worker(
    qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    template = templates.make_template(demo_workspace, IMPORT_UNIT, tmp_path / "mau.xlsx", rows=200)
    source = fill_template(template, tmp_path / "200-dong.xlsx", many_rows(200))
    window = open_window(demo_workspace)
    before = nominations.count_nominations(demo_workspace)
    with entered_on_ui_thread(imports.preview, imports.apply) as seen:
        flow = start_import(window, source)
        qtbot.waitUntil(lambda: flow.preview_dialog is not None, timeout=60_000)
        dialog = flow.preview_dialog
        dialog.skip_invalid.setChecked(True)
        with qtbot.waitSignal(flow.finished, timeout=60_000):
            dialog.apply()
    assert dialog.result is not None
    assert dialog.result.created > 0
    assert nominations.count_nominations(demo_workspace) == before + dialog.result.created
    assert seen == []


def test_cancel_of_an_import_apply_writes_nothing(
    qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    template = templates.make_template(demo_workspace, IMPORT_UNIT, tmp_path / "mau.xlsx", rows=200)
    source = fill_template(template, tmp_path / "200-dong.xlsx", many_rows(200))
    window = open_window(demo_workspace)
    before = nominations.count_nominations(demo_workspace)
    flow = start_import(window, source)
    qtbot.waitUntil(lambda: flow.preview_dialog is not None, timeout=60_000)
    dialog = flow.preview_dialog
    dialog.skip_invalid.setChecked(True)
    dialog.apply()
    _press_cancel(dialog.worker.dialog)  # before its last report: the transaction is rolled back
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=60_000)
    assert dialog.worker.was_cancelled
    assert dialog.result is None
    assert dialog.isVisible()  # the clerk may apply again or close
    assert "nothing was written" in dialog.hint_label.text()
    assert nominations.count_nominations(demo_workspace) == before
    with qtbot.waitSignal(flow.finished):
        dialog.reject()


def test_daily_backup_runs_in_a_worker(qtbot, demo_workspace, no_dialogs, open_window) -> None:
    window = open_window(demo_workspace)
    with entered_on_ui_thread(maintenance.daily_backup) as seen:
        worker = start_of_day_backup(window, demo_workspace)
        qtbot.waitUntil(lambda: not background_pending(), timeout=60_000)
    assert worker.error is None
    assert worker.result is not None
    assert worker.result.exists()
    assert worker.result.name in window.statusBar().currentMessage()
    assert seen == []


def test_directory_figures_load_in_a_worker_and_the_latest_request_wins(
    qtbot, demo_workspace, no_dialogs, open_window
) -> None:
    with entered_on_ui_thread(unit_counts.unit_counts) as seen:
        window = open_window(demo_workspace)
        tab = window.units_tab
        qtbot.waitUntil(lambda: tab._counts_loaded, timeout=60_000)
        # Two days asked in a row: whichever answer arrives last, the second day's figures show.
        tab.as_of_edit.setDate(QDate(2018, 1, 2))
        tab.as_of_edit.setDate(QDate(2018, 12, 31))
        qtbot.waitUntil(lambda: not background_pending(), timeout=60_000)
    assert seen == []
    assert tab._counts == unit_counts.unit_counts(demo_workspace, date(2018, 12, 31))
    assert tab._counts != unit_counts.unit_counts(demo_workspace, date(2018, 1, 2))


def test_bulk_status_change_runs_in_a_worker(qtbot, demo_workspace, no_dialogs, open_window) -> None:
    window = open_window(demo_workspace)
    tab = window.nominations_tab
    ids = [r.id for r in nominations.list_nominations(demo_workspace, NominationFilter(status="registered"))]
    assert len(ids) > 1
    with entered_on_ui_thread(nominations.change_status) as seen:
        worker = tab.apply_status(ids, TransitionRequest(NominationStatus.DRAFT))
        assert worker is not None
        qtbot.waitUntil(lambda: tab.status_worker is None, timeout=60_000)
    assert seen == []
    statuses = {d.status for d in (nominations.get_nomination(demo_workspace, i) for i in ids)}
    assert statuses == {NominationStatus.DRAFT}


def test_a_long_selection_is_read_in_a_worker_before_the_status_dialog(
    qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    template = templates.make_template(demo_workspace, IMPORT_UNIT, tmp_path / "mau.xlsx", rows=300)
    table = imports.read(fill_template(template, tmp_path / "300-dong.xlsx", many_rows(300)))
    imports.apply(demo_workspace, imports.preview(demo_workspace, table), skip_invalid=True)
    tab = open_window(demo_workspace).nominations_tab
    total = tab.model.rowCount()  # the office's list
    assert total > PAGE_SIZE  # longer than a page: read in the worker
    tab.table.selectAll()
    with entered_on_ui_thread(nomination_status.read_selection) as seen:
        worker = tab.bulk_change_status()
        assert worker is not None
        qtbot.waitUntil(lambda: tab.status_dialog is not None, timeout=60_000)
    assert seen == []
    assert len(worker.result.ids) == total
    assert tab.status_dialog.target_combo.count() > 0
    tab.status_dialog.reject()


def test_purge_runs_in_a_worker(qtbot, demo_workspace, no_dialogs, open_window) -> None:
    window = open_window(demo_workspace)
    ids = [r.id for r in nominations.list_nominations(demo_workspace)[:2]]
    with entered_on_ui_thread(maintenance.purge_nomination) as seen:
        worker = backup_actions.purge_selected(window, ids)
        assert worker is not None
        qtbot.waitUntil(lambda: window.purge_worker is None, timeout=60_000)
    assert worker.result == 2
    assert seen == []
    assert str(2) in window.statusBar().currentMessage()


def _directory_file(path: Path, count: int) -> Path:
    """Write a directory CSV of ``count`` new villages under Đồng Văn."""
    lines = ["code,name,kind,parent_code,valid_from"]
    lines += [f"026-T{i:04d},Thôn Lũng Phìn {i},public_unit,026,2018-01-01" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_directory_import_checks_and_writes_in_a_worker(
    qtbot, workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    tab = open_window(workspace).units_tab
    before = len(units.list_units(workspace))
    with entered_on_ui_thread(directory_io.preview_import, directory_io.apply_import) as seen:
        assert tab.import_file(_directory_file(tmp_path / "thon.csv", 500)) is not None
        qtbot.waitUntil(lambda: tab.import_dialog is not None, timeout=60_000)
        with qtbot.waitSignal(tab.import_ended, timeout=60_000) as ended:
            tab.import_dialog.apply_requested.emit()
    assert seen == []
    assert ended.args == [True]
    assert len(units.list_units(workspace)) == before + 500


def test_cancel_of_a_directory_import_writes_nothing(
    qtbot, workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    tab = open_window(workspace).units_tab
    before = len(units.list_units(workspace))
    assert tab.import_file(_directory_file(tmp_path / "thon.csv", 500)) is not None
    qtbot.waitUntil(lambda: tab.import_dialog is not None, timeout=60_000)
    dialog = tab.import_dialog
    dialog.apply_requested.emit()
    _press_cancel(tab.import_worker.dialog)  # before its last report: the transaction is rolled back
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=60_000)
    assert tab.import_worker.was_cancelled
    assert dialog.isVisible()  # the clerk may import again or close
    assert "nothing was written" in dialog.hint_label.text()
    assert len(units.list_units(workspace)) == before
    with qtbot.waitSignal(tab.import_ended) as ended:
        dialog.reject()
    assert ended.args == [False]


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_who_to_call_list_is_written_in_a_worker(
    qtbot, demo_workspace, tmp_path: Path, no_dialogs, suffix: str, open_window
) -> None:
    window = open_window(demo_workspace)
    tab = window.dashboard_tab
    path = tmp_path / f"goi.{suffix}"
    with (
        entered_on_ui_thread(dashboard.export_who_to_call, dashboard.call_sheet) as seen,
        qtbot.waitSignal(tab.file_written, timeout=60_000) as said,
    ):
        worker = tab.export_who_to_call(path)
    assert seen == []
    assert worker.result > 0
    assert path.stat().st_size > 0
    assert str(path) in said.args[0]
    # The status bar says so and offers to open the file and its folder (#17).
    assert str(path) in window.statusBar().currentMessage()
    links = window.status_bar.links_label
    assert not links.isHidden()
    assert QUrl.fromLocalFile(str(path)).toString() in links.text()
    assert QUrl.fromLocalFile(str(tmp_path)).toString() in links.text()


def test_who_to_call_list_that_cannot_be_written_is_said_in_plain_words(
    qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    tab = open_window(demo_workspace).dashboard_tab
    worker = tab.export_who_to_call(tmp_path / "no-such-folder" / "goi.xlsx")
    qtbot.waitUntil(lambda: worker.isFinished() and bool(no_dialogs), timeout=60_000)
    assert isinstance(worker.error, OSError)
    assert "No partial file was left" in no_dialogs[-1][1]


def _on_dialog(qtbot, kind: type[QDialog], picker_name: str, found: list[Any]) -> None:
    """When the next modal ``kind`` shows: record its picker's state, wait for its list, close it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        picker = getattr(dialog, picker_name)
        found.append(picker.model().loaded)  # not yet: the dialog showed before the list was read
        qtbot.waitUntil(lambda: picker.model().loaded, timeout=60_000)
        found.append(picker.count())
        dialog.reject()

    QTimer.singleShot(0, look)


def test_the_receipt_dialog_reads_its_units_in_a_worker(
    qtbot, demo_workspace, no_dialogs, open_window
) -> None:
    tab = open_window(demo_workspace).dashboard_tab
    found: list[Any] = []
    with entered_on_ui_thread(units.unit_choices) as seen:
        _on_dialog(qtbot, ReceiptDialog, "unit_picker", found)
        tab.receipts.add_button.click()
    assert seen == []
    assert found == [False, len(units.unit_choices(demo_workspace, tab._scope.unit_ids))]


@pytest.mark.parametrize(
    ("action", "kind", "picker", "more"),
    [
        ("add_action", "UnitEditDialog", "parent_picker", 1),  # an empty entry: no parent
        ("move_action", "MoveDialog", "picker", 1),
        ("links_action", "LinksDialog", "other", -1),  # every unit but the one linked
    ],
)
def test_the_directory_dialogs_read_their_units_in_a_worker(
    qtbot, workspace, no_dialogs, action: str, kind: str, picker: str, more: int, open_window
) -> None:
    from hagiang_desktop.ui.dialogs import unit_dialogs

    tab = open_window(workspace).units_tab
    assert tab.select_code("00715")
    found: list[Any] = []
    with entered_on_ui_thread(units.list_units) as seen:
        _on_dialog(qtbot, getattr(unit_dialogs, kind), picker, found)
        getattr(tab, action).trigger()
    assert seen == []
    assert found == [False, len(units.list_units(workspace)) + more]


def test_a_picker_read_in_a_worker_says_it_is_loading(qtbot, demo_workspace) -> None:
    gate = threading.Event()
    choices = units.unit_choices(demo_workspace)
    picker = UnitPicker(
        lambda: gate.wait(60) and choices, lookup=lambda code: units.get_unit(demo_workspace, code)
    )
    qtbot.addWidget(picker)
    picker.load_in_background()
    picker.set_code("00715")  # a unit chosen before the list is read is kept
    assert picker.lineEdit().placeholderText() == "Loading the list of units…"
    assert not picker.model().loaded
    gate.set()
    qtbot.waitUntil(lambda: picker.model().loaded, timeout=60_000)
    assert picker.lineEdit().placeholderText() == ""
    assert picker.count() == len(choices)
    assert picker.code() == "00715"


def test_the_directory_is_exported_in_a_worker(
    qtbot, workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    window = open_window(workspace)
    out = tmp_path / "danh-muc.xlsx"
    with entered_on_ui_thread(directory_io.export_directory, directory_io.directory_rows) as seen:
        worker = window.units_tab.export_file(None, out)
        qtbot.waitUntil(lambda: worker.isFinished() and worker.result is not None, timeout=60_000)
    assert seen == []
    assert worker.result == len(units.list_units(workspace))
    assert out.stat().st_size > 0
    qtbot.waitUntil(lambda: str(out) in window.statusBar().currentMessage(), timeout=60_000)


def test_a_directory_file_that_cannot_be_written_is_said_in_plain_words(
    qtbot, workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    tab = open_window(workspace).units_tab
    worker = tab.export_file(None, tmp_path / "no-such-folder" / "danh-muc.csv")
    qtbot.waitUntil(lambda: worker.isFinished() and bool(no_dialogs), timeout=60_000)
    assert isinstance(worker.error, OSError)
    assert "No partial file was left" in no_dialogs[-1][1]


def test_start_up_objects_are_kept_out_of_full_collections(demo_path: Path) -> None:
    """A full garbage collection stops every thread, the UI's too (0.1–0.3 s at province scale,
    triggered by a worker's garbage): what start-up built is frozen out of it (gc.freeze)."""
    code = (
        "import gc, sys\n"
        "from hagiang_desktop.ui.app import run_gui\n"
        "assert run_gui(['--db', sys.argv[1], '--quit-after-show']) == 0\n"
        "print('frozen', gc.get_freeze_count())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split("frozen ")[1]) > 10_000
