"""Export ▸ Follow-up report from the window (#24): the stages, the day of the figures, PDF or Excel."""

from __future__ import annotations

import subprocess
from datetime import date

from openpyxl import load_workbook
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from hagiang_desktop.services import followup
from hagiang_desktop.services.followup import Rating
from hagiang_desktop.ui.actions.followup_export import FollowupReportDialog
from hagiang_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog


def test_the_followup_report_prints_from_the_export_menu(
    qtbot, demo_workspace, tmp_path, no_dialogs, open_window
):
    followup.add_assessment(demo_workspace, 1, "final_2020", date(2020, 12, 15), Rating.EXCELLENT, "Xuất sắc")
    window = open_window(demo_workspace, as_of=date(2020, 12, 31))
    menu = window.findChild(QMenu, "exportMenu")
    assert window.findChild(QAction, "exportFollowup") in menu.actions()

    # The dialog proposes the dashboard's day and every stage.
    dialog = FollowupReportDialog([2018, 2019, 2020], window.dashboard_day(), window)
    qtbot.addWidget(dialog)
    assert (dialog.as_of(), dialog.stage_year(), dialog.suffix()) == (date(2020, 12, 31), None, "pdf")

    pdf = tmp_path / "theo-doi.pdf"
    worker = window.followup_export.start(pdf, 2020, date(2020, 12, 31))
    qtbot.waitUntil(lambda: window.followup_export.preview is not None, timeout=60_000)
    assert worker.error is None
    assert isinstance(window.followup_export.preview, PdfPreviewDialog)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "(Số liệu tính đến ngày 31/12/2020)" in text
    assert "III. NĂM 2020" in text
    assert "NĂM 2018:" not in text
    window.followup_export.preview.close()

    xlsx = tmp_path / "theo-doi.xlsx"
    window.followup_export.start(xlsx, None, date(2020, 12, 31))
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=60_000)
    assert no_dialogs[-1][0] == "information"
    cells = [str(c) for row in load_workbook(xlsx)["Theo dõi"].iter_rows(values_only=True) for c in row if c]
    assert "(Số liệu tính đến ngày 31/12/2020)" in cells
    assert "Xuất sắc" in cells
    QApplication.processEvents()
