"""The Export menu: the registration list (Excel, PDF) and the registration forms (issue #6).

Each export asks where to save (the last folder is remembered), runs in a worker thread behind a
progress dialog with a working Cancel (a cancelled export leaves no file), then shows the PDF in
the program's own print preview, or says where the workbook was saved. The forms are those of the
nominations selected in the Nominations tab, or, when none is selected there, every model the
office has selected for its list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hagiang_desktop.services import exporting
from hagiang_desktop.services.exporting import ExportKind, ExportProblem, ExportResult
from hagiang_desktop.ui.dialogs.forms_choice import FormsChoiceDialog, FormsSource
from hagiang_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.saved import with_open_links
from hagiang_desktop.ui.workers import Worker, run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost

__all__ = ["ExportActions", "install"]

_FOLDER_KEY = "export/folder"

_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP(
        "export",
        "Nothing to export: no model has been selected yet. Select models in the Nominations tab "
        "(status Selected) first.",
    ),
    "unknown_unit": QT_TRANSLATE_NOOP("export", "No unit with code %1 in the directory."),
    "outside_scope": QT_TRANSLATE_NOOP("export", "Unit %1 is outside the office's scope."),
    "not_found": QT_TRANSLATE_NOOP("export", "Nomination %1 no longer exists."),
}
_NAMES = {
    ExportKind.LIST_XLSX: ("danh-sach-dang-ky", "xlsx"),
    ExportKind.LIST_PDF: ("danh-sach-dang-ky", "pdf"),
    ExportKind.FORMS_PDF: ("phieu-dang-ky", "pdf"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def problem_text(problem: ExportProblem) -> str:
    """Return the clerk's message for an export the service refused."""
    source = _PROBLEMS.get(problem.code, QT_TRANSLATE_NOOP("export", "The export cannot be made (%1)."))
    return fill(_tr(source), problem.detail or problem.code)


class ExportActions(QObject):
    """The Export menu's actions and the running export.

    Attributes:
        list_action: Export → Registration list (Excel)….
        list_pdf_action: Export → Registration list (PDF)….
        forms_action: Export → Registration forms (PDF)….
        worker: the running (or last) export job.
        preview: the last print preview opened.
        last_message: the last message shown (for the status bar and tests).
        running: True from the start of an export until its worker has finished and its
            outcome has been shown.
    """

    def __init__(self, window: ActionHost) -> None:
        super().__init__(window)
        self.window = window
        self.worker: Worker | None = None
        self.preview: PdfPreviewDialog | None = None
        self.last_message = ""
        self.running = False
        menu_bar = window.menuBar()
        actions = menu_bar.actions()
        menu = menu_bar.addMenu(QCoreApplication.translate("export", "E&xport"))
        menu.setObjectName("exportMenu")
        if actions:  # before Help, which stays last
            menu_bar.insertMenu(actions[-1], menu)
        self.list_action = QAction(
            QCoreApplication.translate("export", "Registration &list (Excel)…"),
            window,
            objectName="exportListXlsx",
        )
        self.list_pdf_action = QAction(
            QCoreApplication.translate("export", "Registration list (&PDF, print)…"),
            window,
            objectName="exportListPdf",
        )
        self.forms_action = QAction(
            QCoreApplication.translate("export", "Registration &forms (PDF, print)…"),
            window,
            objectName="exportForms",
        )
        self.forms_action.setStatusTip(
            QCoreApplication.translate(
                "export",
                "Asks which forms: the models selected for the list, the rows highlighted, or one unit's",
            )
        )
        self.forms_dialog: FormsChoiceDialog | None = None
        self.list_action.triggered.connect(lambda _c=False: self.export_list())
        self.list_pdf_action.triggered.connect(lambda _c=False: self.export_list_pdf())
        self.forms_action.triggered.connect(lambda _c=False: self.choose_forms())
        for action in (self.list_action, self.list_pdf_action, self.forms_action):
            menu.addAction(action)

    # -- the three exports ------------------------------------------------------------------

    def export_list(self, path: Path | None = None) -> Worker | None:
        """Write the registration list workbook (asks for the file when ``path`` is None)."""
        return self._start(ExportKind.LIST_XLSX, path)

    def export_list_pdf(self, path: Path | None = None) -> Worker | None:
        """Write the registration list PDF, then preview it."""
        return self._start(ExportKind.LIST_PDF, path)

    def export_forms(self, path: Path | None = None, ids: list[int] | None = None) -> Worker | None:
        """Write the registration forms PDF, then preview it.

        Args:
            path: the file; asked for when None.
            ids: the nominations; by default those selected in the Nominations tab, else all the
                office's selected models.
        """
        if ids is None:
            ids = self.window.nominations_tab.selected_ids() or None
        return self._start(ExportKind.FORMS_PDF, path, ids)

    def choose_forms(self, path: Path | None = None) -> FormsChoiceDialog:
        """Ask which forms to print, with the count of each choice, then print them (#17).

        Args:
            path: the file (asked for after the choice when None).

        Returns:
            The open dialog (:attr:`forms_dialog`); accepting it starts the export.
        """
        from hagiang_desktop.services import nominations as nomination_service
        from hagiang_desktop.services.exporting import LISTED_STATUSES
        from hagiang_desktop.services.units import unit_choices

        ws = self.window.workspace
        tab = self.window.nominations_tab
        highlighted = tab.selected_ids()
        listed_statuses = {str(s) for s in LISTED_STATUSES}
        unlisted = sum(
            1
            for nomination_id in highlighted
            if str(nomination_service.get_nomination(ws, nomination_id).status) not in listed_statuses
        )
        scope = self.window.scope
        dialog = FormsChoiceDialog(
            exporting.listed_count(ws),
            len(highlighted),
            unlisted,
            lambda: unit_choices(ws, scope.unit_ids),
            lambda code: exporting.listed_count(ws, code),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            source = dialog.source()
            if source == FormsSource.HIGHLIGHTED:
                self._start(ExportKind.FORMS_PDF, path, highlighted)
            elif source == FormsSource.UNIT:
                self._start(ExportKind.FORMS_PDF, path, None, dialog.unit_code())
            else:
                self._start(ExportKind.FORMS_PDF, path, None)

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _r: setattr(self, "forms_dialog", None))
        self.forms_dialog = dialog
        dialog.open()
        return dialog

    # -- plumbing ---------------------------------------------------------------------------

    def _ask_path(self, kind: ExportKind) -> Path | None:
        stem, suffix = _NAMES[kind]
        return ask_export_path(self.window, stem, suffix, exporting.default_day(self.window.workspace))

    def _job(
        self, kind: ExportKind, path: Path, ids: list[int] | None, unit_code: str | None = None
    ) -> Callable[[Any], ExportResult]:
        ws = self.window.workspace
        if kind == ExportKind.LIST_XLSX:
            return lambda progress: exporting.export_list_xlsx(ws, path, progress=progress)
        if kind == ExportKind.LIST_PDF:
            return lambda progress: exporting.export_list_pdf(ws, path, progress=progress)
        return lambda progress: exporting.export_forms_pdf(
            ws, path, ids=ids, unit_code=unit_code, progress=progress
        )

    def _start(
        self, kind: ExportKind, path: Path | None, ids: list[int] | None = None, unit_code: str | None = None
    ) -> Worker | None:
        if self.running:
            return None  # one export at a time; the progress dialog is window-modal anyway
        path = path or self._ask_path(kind)
        if path is None:
            return None
        labels = {
            ExportKind.LIST_XLSX: QCoreApplication.translate("export", "Writing the registration list…"),
            ExportKind.LIST_PDF: QCoreApplication.translate("export", "Laying out the registration list…"),
            ExportKind.FORMS_PDF: QCoreApplication.translate("export", "Laying out the registration forms…"),
        }
        worker = run_with_progress(
            self.window,
            QCoreApplication.translate("export", "Export"),
            labels[kind],
            self._job(kind, path, ids, unit_code),
        )
        worker.succeeded.connect(lambda result: self._succeeded(kind, result))
        worker.failed.connect(lambda error: self._failed(path, error))
        worker.cancelled.connect(
            lambda: self._say(QCoreApplication.translate("export", "Export cancelled; no file was written."))
        )
        worker.finished.connect(self._finished)
        self.worker = worker
        self.running = True
        return worker

    def _finished(self) -> None:
        self.running = False

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 15000)

    def _succeeded(self, kind: ExportKind, result: ExportResult) -> None:
        if result.pages:
            text = QCoreApplication.translate("export", "Saved %1: %2 models, %3 pages.").replace(
                "%3", str(result.pages)
            )
        else:
            text = QCoreApplication.translate("export", "Saved %1: %2 models.")
        self._say(fill(text, result.path, result.count))
        self.window.refresh_dashboard()  # the upward step (list exported, forms printed) shows there
        if kind == ExportKind.LIST_XLSX:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("export", "Export"),
                with_open_links(self.last_message, result.path),
            )
            return
        self.preview = PdfPreviewDialog(result.path, self.window)
        # The count after, where the clerk looks: "one form came out where the list had two" (#17).
        self.preview.page_count.setText(
            fill(
                QCoreApplication.translate("export", "%1 models, %2 pages"),
                result.count,
                result.pages,
            )
        )
        self.preview.page_count.setToolTip(self.last_message)
        self.preview.show()

    def _failed(self, path: Path, error: object) -> None:
        if isinstance(error, ExportProblem):
            text = problem_text(error)
        elif isinstance(error, OSError):
            text = fill(
                QCoreApplication.translate("export", "Cannot write %1: %2. No partial file was left."),
                path,
                error.strerror or str(error),
            )
        else:
            text = fill(QCoreApplication.translate("export", "The export failed: %1"), error)
        self._say(text)
        QMessageBox.warning(self.window, QCoreApplication.translate("export", "Export"), text)


def install(window: ActionHost) -> ExportActions:
    """Add the Export menu to ``window`` (kept as ``window.export_actions``)."""
    actions = ExportActions(window)
    window.export_actions = actions  # type: ignore[attr-defined]
    return actions


def ask_export_path(parent: QWidget, stem: str, suffix: str, day: date) -> Path | None:
    """Ask where to write an export; return the path (with its suffix) or None when cancelled.

    The dialog opens in the folder of the last export (else Documents) on ``stem-DAY.suffix``;
    the chosen folder is remembered for the next export of any kind.
    """
    settings = QSettings()
    folder = settings.value(_FOLDER_KEY) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    suggested = Path(str(folder)) / f"{stem}-{day.isoformat()}.{suffix}"
    filters = (
        QCoreApplication.translate("export", "Excel workbook (*.xlsx)")
        if suffix == "xlsx"
        else QCoreApplication.translate("export", "PDF document (*.pdf)")
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export", "Export"), str(suggested), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    settings.setValue(_FOLDER_KEY, str(path.parent))
    return path
