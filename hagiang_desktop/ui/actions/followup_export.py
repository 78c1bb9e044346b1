"""Export ▸ Follow-up report (2018–2020)…: the report the CLI's ``export followup`` writes (#24).

The clerk chooses the stages (all three, or one year), the day the figures are for (the
dashboard's day by default) and PDF or Excel; the report is written in a worker behind a
progress dialog, then the PDF opens in the print preview, or the workbook's place is shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.services import followup_report
from hagiang_desktop.ui.actions.export import ask_export_path
from hagiang_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.saved import with_open_links
from hagiang_desktop.ui.workers import Worker, run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


class FollowupReportDialog(QDialog):
    """Choose the stages, the day of the figures and the format of the follow-up report.

    Args:
        years: the plan's stage years (2018, 2019, 2020).
        day: the day proposed (the dashboard's).
    """

    def __init__(self, years: list[int], day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupReportDialog")
        self.setWindowTitle(QCoreApplication.translate("followup_export", "Follow-up report"))
        self.stage_combo = QComboBox(self, objectName="followupStage")
        self.stage_combo.addItem(
            QCoreApplication.translate("followup_export", "All stages (2018 review, 2019, 2020 evaluation)"),
            None,
        )
        for year in years:
            self.stage_combo.addItem(str(year), year)
        self.day_edit = QDateEdit(QDate(day), self, objectName="followupAsOf")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.format_combo = QComboBox(self, objectName="followupFormat")
        self.format_combo.addItem(QCoreApplication.translate("followup_export", "PDF (print)"), "pdf")
        self.format_combo.addItem(QCoreApplication.translate("followup_export", "Excel workbook"), "xlsx")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("followup_export", "&Stages:"), self.stage_combo)
        form.addRow(QCoreApplication.translate("followup_export", "Figures as &of:"), self.day_edit)
        form.addRow(QCoreApplication.translate("followup_export", "&Format:"), self.format_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def stage_year(self) -> int | None:
        """Return the stage's year, or None for all stages."""
        year: int | None = self.stage_combo.currentData()
        return year

    def as_of(self) -> date:
        """Return the day the figures are for."""
        day: date = self.day_edit.date().toPython()
        return day

    def suffix(self) -> str:
        """Return "pdf" or "xlsx"."""
        return str(self.format_combo.currentData())


class FollowupExport:
    """The menu action and the running export (kept as ``window.followup_export``).

    Attributes:
        action: Export → Follow-up report (2018–2020)….
        worker: the running (or last) export.
        preview: the last print preview opened.
        last_message: the last message shown.
    """

    def __init__(self, window: ActionHost) -> None:
        self.window = window
        self.worker: Worker | None = None
        self.preview: PdfPreviewDialog | None = None
        self.last_message = ""
        self.action = QAction(
            QCoreApplication.translate("followup_export", "Follow-up &report (2018–2020)…"),
            window,
            objectName="exportFollowup",
        )
        self.action.triggered.connect(lambda _c=False: self.ask())
        menu = window.findChild(QMenu, "exportMenu")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)

    def ask(self) -> Worker | None:
        """Ask what to print and where, then write it."""
        ws = self.window.workspace
        dialog = FollowupReportDialog(
            [s.year for s in ws.plan.stages], self.window.dashboard_day(), self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        path = ask_export_path(self.window, "bao-cao-theo-doi", dialog.suffix(), dialog.as_of())
        if path is None:
            return None
        return self.start(path, dialog.stage_year(), dialog.as_of())

    def start(self, path: Path, stage_year: int | None, as_of: date) -> Worker:
        """Write the report to ``path`` (.pdf or .xlsx) in a worker; preview or announce it after."""
        ws = self.window.workspace
        worker = run_with_progress(
            self.window,
            QCoreApplication.translate("followup_export", "Follow-up report"),
            QCoreApplication.translate("followup_export", "Writing the follow-up report…"),
            lambda _progress: followup_report.export_followup(ws, path, stage_year=stage_year, as_of=as_of),
        )
        worker.succeeded.connect(lambda result: self._written(path, result))
        worker.failed.connect(lambda error: self._failed(path, error))
        self.worker = worker
        return worker

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 15000)

    def _written(self, path: Path, result: tuple[int, int]) -> None:
        rows, pages = result
        if pages:
            self._say(
                fill(
                    QCoreApplication.translate("followup_export", "Saved %1: %2 rows, %3 pages."),
                    path,
                    rows,
                    pages,
                )
            )
            self.preview = PdfPreviewDialog(path, self.window)
            self.preview.show()
            return
        self._say(fill(QCoreApplication.translate("followup_export", "Saved %1: %2 rows."), path, rows))
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("followup_export", "Follow-up report"),
            with_open_links(self.last_message, path),
        )

    def _failed(self, path: Path, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error  # a bug: the crash handler reports it, as on the UI thread
        text = fill(
            QCoreApplication.translate("export", "Cannot write %1: %2. No partial file was left."),
            path,
            error.strerror or str(error),
        )
        self._say(text)
        QMessageBox.warning(
            self.window, QCoreApplication.translate("followup_export", "Follow-up report"), text
        )


def install(window: ActionHost) -> FollowupExport:
    """Add Export → Follow-up report (kept as ``window.followup_export``)."""
    export = FollowupExport(window)
    window.followup_export = export  # type: ignore[attr-defined]
    return export
