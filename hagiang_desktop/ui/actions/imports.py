"""The Import menu: bring in what units send, and make the templates they should send (issue #10).

Import: file dialog → the file is read in a worker thread (progress shown) → for a list that is
not our template, the column-mapping step → the preview, built in a worker too → Apply (one
transaction, in a worker) or Cancel (nothing written). Templates: choose units → choose a
folder → one workbook per unit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from hagiang_desktop.services import imports, templates, units
from hagiang_desktop.services.imports import ImportPreview, ImportProblem, RawTable, RowChoices, SourceProblem
from hagiang_desktop.services.progress import Cancelled
from hagiang_desktop.ui.dialogs.import_dialogs import (
    ColumnMappingDialog,
    ImportPreviewDialog,
    TemplatesDialog,
    written_message,
)
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.saved import with_open_links
from hagiang_desktop.ui.workers import Job, Worker, run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def _tr(text: str) -> str:
    return QCoreApplication.translate("imports", text)


_SOURCE_PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("imports", "File %1 not found."),
    "empty": QT_TRANSLATE_NOOP("imports", "File %1 is empty (0 bytes); there is nothing to import."),
    "unsupported": QT_TRANSLATE_NOOP(
        "imports", "%1 is not a kind of file that can be imported. Save it as .xlsx, .xls, .csv or .docx."
    ),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "imports",
        "%1 is not an Excel .xlsx workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "imports", "%1 is damaged or was not copied completely. Ask the unit to send it again."
    ),
    "unsafe": QT_TRANSLATE_NOOP("imports", "%1 contains unsafe XML (entities or a DTD) and is refused."),
    "too_big": QT_TRANSLATE_NOOP("imports", "%1 is too large and is refused."),
    "over_limit": QT_TRANSLATE_NOOP(
        "imports", "%1 is over a safety limit and was refused before it was read: %2 %3 %4."
    ),
    "formula": QT_TRANSLATE_NOOP(
        "imports", "%1, sheet %2, cell %3 holds a formula. Copy and paste it as values, then import again."
    ),
    "huge_cell": QT_TRANSLATE_NOOP("imports", "%1, sheet %2, cell %3 is too long and is refused."),
    "too_many_rows": QT_TRANSLATE_NOOP("imports", "%1, sheet %2 has too many rows."),
    "no_header": QT_TRANSLATE_NOOP("imports", "%1, sheet %2: no header row found."),
    "not_xls": QT_TRANSLATE_NOOP(
        "imports",
        "%1 is not an Excel 97-2003 .xls workbook (perhaps a renamed file). "
        "Open it in Excel and save it as .xlsx.",
    ),
    "no_sheet": QT_TRANSLATE_NOOP("imports", "%1 has no sheet %2."),
    "no_rows": QT_TRANSLATE_NOOP("imports", "%1, sheet %2: there are no data rows."),
    "not_a_form": QT_TRANSLATE_NOOP(
        "imports", "%1 is not a registration form (no “PHIẾU ĐĂNG KÝ” and “Tên mô hình/tập thể/cá nhân:”)."
    ),
    "mixed_encoding": QT_TRANSLATE_NOOP(
        "imports",
        "%1 mixes two encodings: it is mostly UTF-8 but line %3 is not: «%4». Fix that line, save the "
        "file as CSV UTF-8 and import again.",
    ),
    "bad_meta": QT_TRANSLATE_NOOP(
        "imports", "%1, sheet %2, cell %3: the template's hidden information was altered. Use a new template."
    ),
}
_IMPORT_PROBLEMS = {
    "no_unit": QT_TRANSLATE_NOOP("imports", "Choose the unit that sent %1."),
    "unknown_unit": QT_TRANSLATE_NOOP("imports", "%1 names a unit that is not in the directory: %2."),
    "wrong_plan": QT_TRANSLATE_NOOP("imports", "%1 is a template of plan %2, not of the plan in use."),
    "unit_mismatch": QT_TRANSLATE_NOOP(
        "imports",
        "%1 is the template of another unit than the one chosen (%2: template ≠ chosen). Check who sent it.",
    ),
    "outside_scope": QT_TRANSLATE_NOOP(
        "imports", "%1 was sent by unit %2, outside this office's district or body; nothing is imported."
    ),
    "template_version": QT_TRANSLATE_NOOP(
        "imports", "%1 is a template of another version (%2). Send the unit a new template."
    ),
    "no_name_column": QT_TRANSLATE_NOOP("imports", "%1: no column holds the model's name."),
}


def source_problem_text(error: SourceProblem) -> str:
    """Return the message for a refused file, naming the file, the sheet and the cell."""
    return fill(
        _tr(_SOURCE_PROBLEMS.get(error.code, QT_TRANSLATE_NOOP("imports", "%1 cannot be read."))),
        error.file.name,
        error.sheet,
        error.cell,
        error.detail,
    )


def import_problem_text(error: ImportProblem, path: Path) -> str:
    """Return the message for a file refused as a whole."""
    return fill(_tr(_IMPORT_PROBLEMS.get(error.code, "%1: %2")), path.name, error.detail)


def _read_job(path: Path) -> Job:
    """Return the worker job that reads ``path`` (a Cancel pressed meanwhile drops the result)."""

    def job(progress: Callable[[int, int], bool]) -> RawTable:
        table = imports.read(path)
        if not progress(1, 1):
            raise Cancelled
        return table

    return job


class ImportFlow(QObject):
    """One import, step by step; every dialog is opened without blocking (tests drive it too).

    Signals:
        finished: emitted when the flow ends (applied, cancelled or refused).

    Attributes:
        mapping_dialog: the mapping step, while shown.
        preview_dialog: the preview, while shown.
        error: the message shown when the file was refused.
    """

    finished = Signal()

    def __init__(self, window: ActionHost, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.error: str | None = None
        self._table: RawTable | None = None
        self.worker: Worker | None = None

    def start(self) -> None:
        """Start reading in a worker thread, behind a progress dialog (ui.workers)."""
        self.worker = run_with_progress(
            self.window,
            QCoreApplication.translate("imports", "Import"),
            fill(QCoreApplication.translate("imports", "Reading %1…"), self.path.name),
            _read_job(self.path),
        )
        self.worker.succeeded.connect(self._read_done)
        self.worker.failed.connect(self._job_failed)
        self.worker.cancelled.connect(self._cancelled)

    def _job_failed(self, error: object) -> None:
        if isinstance(error, SourceProblem):
            self._fail(source_problem_text(error))
        elif isinstance(error, ImportProblem):
            self._fail(import_problem_text(error, self.path))
        else:  # an unexpected failure: still one clear line naming the file
            self._fail(
                fill(QCoreApplication.translate("imports", "%1 cannot be read."), self.path.name)
                + f" ({type(error).__name__})"
            )

    def _fail(self, text: str) -> None:
        self.error = text
        self.window.statusBar().showMessage(text, 15000)
        QMessageBox.warning(self.window, QCoreApplication.translate("imports", "Import"), text)
        self.finished.emit()

    def _read_done(self, result: object) -> None:
        assert isinstance(result, RawTable)
        self._table = result
        if result.form == "list":
            # The units under the office first (the usual senders), then the rest of the directory.
            near = templates.units_for_templates(self.window.workspace)
            known = {u.code for u in near}
            senders = near + [u for u in units.list_units(self.window.workspace) if u.code not in known]
            self.mapping_dialog = ColumnMappingDialog(self.window.workspace, result, senders, self.window)
            self.mapping_dialog.accepted.connect(self._mapped)
            self.mapping_dialog.rejected.connect(self._cancelled)
            self.mapping_dialog.open()
        else:
            self._preview(None, None)

    def _mapped(self) -> None:
        assert self.mapping_dialog is not None
        self._preview(
            self.mapping_dialog.unit_code(), self.mapping_dialog.keys(), self.mapping_dialog.choices()
        )

    def _preview(
        self, unit_code: str | None, mapping: list[str | None] | None, choices: RowChoices | None = None
    ) -> None:
        """Check every row against the database in a worker (seconds for a province's list)."""
        table = self._table
        assert table is not None
        ws = self.window.workspace
        self.worker = run_with_progress(
            self.window,
            QCoreApplication.translate("imports", "Import"),
            fill(
                QCoreApplication.translate(
                    "imports", "Checking the rows of %1…\nCancel stops here; nothing is written."
                ),
                self.path.name,
            ),
            lambda progress: imports.preview(
                ws, table, unit_code=unit_code, mapping=mapping, progress=progress, choices=choices
            ),
        )
        self.worker.succeeded.connect(lambda pv: self._previewed(pv, mapping, choices))
        self.worker.failed.connect(self._job_failed)
        self.worker.cancelled.connect(self._cancelled)

    def _previewed(
        self, pv: ImportPreview, mapping: list[str | None] | None, choices: RowChoices | None = None
    ) -> None:
        assert self._table is not None
        self.preview_dialog = ImportPreviewDialog(
            self.window.workspace, self._table, pv, mapping, self.window, choices
        )
        self.preview_dialog.accepted.connect(self._applied)
        self.preview_dialog.rejected.connect(self._cancelled)
        self.preview_dialog.open()

    def _applied(self) -> None:
        assert self.preview_dialog is not None
        assert self.preview_dialog.result is not None
        result = self.preview_dialog.result
        self.window.statusBar().showMessage(
            fill(
                QCoreApplication.translate("imports", "Imported %1: %2 new, %3 updated, %4 skipped."),
                self.path.name,
                result.created,
                result.updated,
                result.skipped,
            ),
            15000,
        )
        self.window.nominations_tab.apply_search()
        self.window.refresh_dashboard()
        self.finished.emit()

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("imports", "Import cancelled; nothing was written."), 8000
        )
        self.finished.emit()


def install(window: ActionHost) -> None:
    """Add the Import menu (before Help) with its two actions."""
    menu_bar = window.menuBar()
    actions = menu_bar.actions()
    menu = window.menuBar().addMenu(QCoreApplication.translate("imports", "&Import"))
    menu.setObjectName("importMenu")
    if actions:
        menu_bar.insertMenu(actions[-1], menu)
    import_action = QAction(
        QCoreApplication.translate("imports", "&Import a unit's list or form…"),
        window,
        objectName="importList",
    )
    import_action.setShortcut("Ctrl+I")
    import_action.triggered.connect(lambda _checked=False: ask_and_import(window))
    menu.addAction(import_action)
    template_action = QAction(
        QCoreApplication.translate("imports", "Make registration &templates…"),
        window,
        objectName="makeTemplates",
    )
    template_action.triggered.connect(lambda _checked=False: make_templates(window))
    menu.addAction(template_action)


def ask_and_import(window: ActionHost) -> ImportFlow | None:
    """Ask for a file and start importing it."""
    name, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("imports", "Import a unit's list or form"),
        "",
        QCoreApplication.translate("imports", "Lists and forms (*.xlsx *.xls *.csv *.docx)"),
    )
    return start_import(window, Path(name)) if name else None


def start_import(window: ActionHost, path: Path) -> ImportFlow:
    """Start the import of ``path`` (reading runs in a worker thread)."""
    flow = ImportFlow(window, path)
    flow.finished.connect(flow.deleteLater)
    flow.start()
    return flow


def make_templates(
    window: ActionHost, folder: Path | None = None, codes: list[str] | None = None
) -> list[Path]:
    """Let the clerk choose units and a folder; write one template per unit.

    Args:
        window: the main window.
        folder: where to write; asked when None.
        codes: the units; asked (all ticked) when None.

    Returns:
        The files written (none when cancelled).
    """
    if codes is None:
        dialog = TemplatesDialog(templates.units_for_templates(window.workspace), window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        codes = dialog.codes()
    if not codes:
        return []
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            window, QCoreApplication.translate("imports", "Folder for the templates")
        )
        if not chosen:
            return []
        folder = Path(chosen)
    paths = templates.make_templates(window.workspace, codes, folder)
    text = written_message(paths)
    window.status_bar.show_saved(text, folder, folder_only=True)
    QMessageBox.information(
        window,
        QCoreApplication.translate("imports", "Registration templates"),
        with_open_links(text, folder, folder_only=True),
    )
    return paths
