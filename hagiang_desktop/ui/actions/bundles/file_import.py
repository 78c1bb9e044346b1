"""Verifying and merging a signed file (a bundle, a return file) in a worker, behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hagiang_desktop.ui.actions.bundles.common import (
    open_path,
    problem_text,
    refresh_views,
    refuse,
    show_done,
)
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.workers import run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.services.bundles import ImportResult
    from hagiang_desktop.ui.host import ActionHost


class FileImportFlow(QObject):
    """Verify and merge a signed file (a bundle, a return file) in a worker, behind a progress dialog.

    A district's full list takes seconds to verify and merge: the window keeps painting
    meanwhile. The merge is one transaction, so Cancel (until it commits) writes nothing; the
    dialog says so.

    Signals:
        finished: the ImportResult, or None when the file was refused or the import cancelled.

    Attributes:
        result: what was imported, once done.
        error: the message shown when the file was refused.
        worker: the worker; its ``dialog`` is the progress dialog.
    """

    finished = Signal(object)

    def __init__(
        self,
        window: ActionHost,
        title: str,
        source: Path,
        importer: Callable[..., ImportResult],
        report: Callable[[ImportResult], str],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.title = title
        self.result: ImportResult | None = None
        self.error: str | None = None
        self._report = report
        ws = window.workspace
        label = fill(
            QCoreApplication.translate(
                "bundles", "Verifying and importing %1…\nCancel stops the import: nothing is written then."
            ),
            source.name,
        )
        self.worker = run_with_progress(
            window, title, label, lambda progress: importer(ws, source, progress=progress)
        )
        self.worker.succeeded.connect(self._imported)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        refresh_views(self.window)
        show_done(self.window, self.title, self._report(result))
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        from hagiang_desktop.services.bundles import BundleProblem

        if not isinstance(error, BundleProblem):
            self.finished.emit(None)
            raise error  # a bug, not a refusal: the crash handler reports it, as before
        self.error = problem_text(error)
        refuse(self.window, self.title, error)
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("bundles", "Import cancelled; nothing was written."), 10000
        )
        self.finished.emit(None)


def import_file(
    window: ActionHost,
    source: Path | None,
    title: str,
    filters: str,
    importer: Callable[..., ImportResult],
    report: Callable[[ImportResult], str],
) -> FileImportFlow | None:
    """Ask for the file if needed, then verify and import it in a worker (None: no file chosen)."""
    source = source or open_path(window, title, filters)
    if source is None:
        return None
    return FileImportFlow(window, title, source, importer, report)
