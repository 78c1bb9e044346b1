"""The unit directory's files: import a directory file (checked, previewed, written) and export it.

Checking and writing a province's 20,000 units take seconds each: both run in workers behind a
progress dialog, and Cancel writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from hagiang_desktop.services import directory_io
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.unit_dialogs import (
    ImportPreviewDialog,
)
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.workers import Worker, run_with_progress


class UnitFileController(QObject):
    """Import and export directory files (xlsx or CSV).

    Args:
        workspace: the open database.
        parent: the widget the dialogs and messages belong to.

    Attributes:
        import_worker: the worker checking or writing a directory file, once started.
        import_dialog: the preview shown meanwhile.
        export_worker: the directory file being written, once started.

    Signals:
        imported: an import was written (the directory is to be shown again).
        import_ended: an import of a directory file ended; True when it was written.
    """

    import_ended = Signal(bool)
    imported = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._parent = parent
        self.import_worker: Worker | None = None
        self.import_dialog: ImportPreviewDialog | None = None
        self.export_worker: Worker | None = None

    def import_file(self, path: Path | None = None) -> Worker | None:
        """Import a directory file: check it in a worker, show the preview, write it in a worker.

        Checking and writing a province's 20,000 units take seconds each, so neither runs on the
        UI thread; Cancel during either writes nothing (the writing is one transaction, rolled
        back). ``import_ended`` tells when the import is over.

        Args:
            path: the file; asked when None.

        Returns:
            The worker checking the file, or None when no file was chosen.
        """
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("Import a unit directory"),
                "",
                self.tr("Directory files (*.xlsx *.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        ws, source = self._ws, path
        self.import_dialog = None
        self.import_worker = run_with_progress(
            self._parent.window(),
            self.tr("Import a unit directory"),
            fill(self.tr("Checking the units of %1…\nCancel stops here; nothing is written."), path.name),
            lambda progress: directory_io.preview_import(ws, source, progress=progress),
        )
        self.import_worker.succeeded.connect(self._import_previewed)
        self.import_worker.failed.connect(lambda error: self._import_unreadable(source, error))
        self.import_worker.cancelled.connect(lambda: self.import_ended.emit(False))
        return self.import_worker

    def _import_unreadable(self, path: Path, error: BaseException) -> None:
        if not isinstance(error, OSError | ValueError):
            raise error  # a bug, not a bad file: the crash handler reports it, as on the UI thread
        QMessageBox.warning(self._parent, self.tr("Cannot read the file"), f"{path}\n{error}")
        self.import_ended.emit(False)

    def _import_previewed(self, preview: directory_io.ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, self._parent)
        dialog.apply_requested.connect(lambda: self._apply_import(dialog))
        dialog.rejected.connect(lambda: self.import_ended.emit(False))
        self.import_dialog = dialog
        dialog.open()

    def _apply_import(self, dialog: ImportPreviewDialog) -> None:
        """Write the previewed import in a worker; the preview stays open until it is written."""
        ws, preview = self._ws, dialog.preview
        count = len(preview.added) + len(preview.changed) + len(preview.closed)
        dialog.set_busy(True)
        self.import_worker = run_with_progress(
            dialog,
            self.tr("Import a unit directory"),
            fill(
                self.tr(
                    "Writing %1 units in one transaction…\n"
                    "Cancel stops before the end: nothing is written then."
                ),
                count,
            ),
            lambda progress: directory_io.apply_import(ws, preview, progress=progress),
        )
        self.import_worker.succeeded.connect(lambda _none: self._imported(dialog))
        self.import_worker.failed.connect(self._import_failed)
        self.import_worker.cancelled.connect(dialog.show_cancelled)
        self.import_worker.done.connect(lambda: dialog.set_busy(False))

    def _import_failed(self, error: BaseException) -> None:
        # No refusal is possible (Import is enabled only for a clean preview): a bug, reported
        # by the crash handler as when it ran on the UI thread.
        raise error

    def _imported(self, dialog: ImportPreviewDialog) -> None:
        dialog.accept()
        self.imported.emit()
        self.import_ended.emit(True)

    def export_file(self, root: UnitRow | None, path: Path | None = None) -> Worker | None:
        """Export the directory (or the branch under ``root``) to xlsx or CSV, in a worker.

        A province's 20,000 units take about 2 s to write as a workbook: not on the UI thread.
        The status bar says where the file is; a file that cannot be written is said in plain
        words.

        Returns:
            The worker writing the file (its ``result`` is the number of units), or None when
            no file was chosen.
        """
        if path is None:
            suggested = f"danh-muc-{root.code if root else 'don-vi'}.xlsx"
            name, _filter = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export the unit directory"),
                suggested,
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".xlsx")
        ws, target, code = self._ws, path, root.code if root else None
        worker = run_with_progress(
            self._parent.window(),
            self.tr("Export the unit directory"),
            self.tr("Writing the unit directory…"),
            lambda progress: directory_io.export_directory(ws, target, root_code=code, progress=progress),
        )
        worker.succeeded.connect(lambda count: self._exported(count, target))
        worker.failed.connect(lambda error: self._not_exported(target, error))
        self.export_worker = worker
        return worker

    def _exported(self, count: int, path: Path) -> None:
        bar = getattr(self._parent.window(), "status_bar", None)
        if bar is not None:  # the tab alone (tests) has no status bar
            bar.show_saved(fill(self.tr("%1 units written to %2"), count, path), path)

    def _not_exported(self, path: Path, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error  # a bug, not a refusal: the crash handler reports it, as on the UI thread
        QMessageBox.warning(
            self._parent,
            self.tr("Export the unit directory"),
            fill(
                self.tr("Cannot write %1: %2. No partial file was left."),
                path,
                error.strerror or str(error),
            ),
        )
