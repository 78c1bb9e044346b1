"""The Export menu in the real window: worker thread, progress dialog, Cancel, print preview."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from hagiang_desktop.exports.model import Cancelled
from hagiang_desktop.services import nominations
from hagiang_desktop.storage.models import UpwardEvent
from hagiang_desktop.ui.workers import run_with_progress


def _close_previews(window) -> None:
    window.nominations_tab._dirty = False
    preview = window.export_actions.preview
    if preview is not None:
        preview.close()


def _finish(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.export_actions.running, timeout=60000)


def _press_cancel(dialog) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()


def _events(ws):
    with ws.session() as s:
        return [e.event_kind for e in s.scalars(select(UpwardEvent))]


def test_menu_exports_list_xlsx_in_a_worker(
    qtbot, demo_workspace, tmp_path: Path, no_dialogs, open_window
) -> None:
    window = open_window(demo_workspace)
    menus = [a.menu().objectName() for a in window.menuBar().actions()]
    assert "exportMenu" in menus
    assert menus[-1] != "exportMenu"  # Help stays last
    out = tmp_path / "ds.xlsx"
    worker = window.export_actions.export_list(out)
    _finish(qtbot, window)
    assert worker.error is None
    assert worker.result.count > 0
    assert load_workbook(out)["Danh sách"]["A2"].value == "HUYỆN ĐỒNG VĂN"  # issued by UBND huyện
    assert no_dialogs
    assert no_dialogs[-1][0] == "information"
    assert str(out) in window.export_actions.last_message
    assert _events(demo_workspace) == ["list_exported"]


def test_forms_of_the_selected_rows_open_in_the_preview_and_print(
    qtbot, demo_workspace, tmp_path, no_dialogs, open_window
):
    window = open_window(demo_workspace)
    tab = window.nominations_tab
    table = tab.table
    table.selectRow(0)
    ids = tab.selected_ids()
    assert len(ids) == 1
    out = tmp_path / "phieu.pdf"
    worker = window.export_actions.export_forms(out)
    _finish(qtbot, window)
    assert worker.error is None, worker.error
    assert worker.result.count == 1
    preview = window.export_actions.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.isVisible())
    assert preview.document.pageCount() == worker.result.pages
    name = nominations.get_nomination(demo_workspace, ids[0]).data.name
    assert name in PdfReader(out).pages[0].extract_text()
    preview.grab().save(str(tmp_path / "preview.png"))
    # Print the first page only into a PDF "printer" and read it back.
    preview.to_page.setValue(1)
    printer = preview.make_printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    printed = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setFromTo(0, 0)
    assert preview.print_to(printer) == 1
    assert len(PdfReader(printed).pages) == 1
    assert _events(demo_workspace) == ["forms_printed"]


def test_cancel_in_the_progress_dialog_leaves_no_file(
    qtbot, demo_workspace, tmp_path, no_dialogs, open_window
) -> None:
    window = open_window(demo_workspace)
    every = [r.id for r in nominations.list_nominations(demo_workspace)]
    out = tmp_path / "out" / "phieu.pdf"
    out.parent.mkdir()
    worker = window.export_actions.export_forms(out, ids=every)
    # Cancel at once: 60 forms are drawn faster than a queued progress signal comes back, so
    # cancelling from the first progress report raced the end of the job.
    _press_cancel(worker.dialog)
    _finish(qtbot, window)
    assert worker.was_cancelled
    assert list(out.parent.iterdir()) == []
    assert _events(demo_workspace) == []
    assert (
        "no file" in window.export_actions.last_message
        or "không" in window.export_actions.last_message.lower()
    )


def test_worker_reports_progress_and_a_cancel_from_the_button(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()

    def job(progress):
        done = 0
        while True:
            done += 1
            started.set()
            if not progress(done, 1000):
                raise Cancelled
            threading.Event().wait(0.005)

    worker = run_with_progress(parent, "t", "label", job)
    seen = []
    worker.progressed.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: len(seen) > 3)
    _press_cancel(worker.dialog)
    qtbot.waitUntil(worker.isFinished, timeout=10000)
    assert worker.was_cancelled
    assert seen[0][1] == 1000
