"""Returns: the province sends a nomination back; the district applies the province's return file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.ui.actions.bundles.common import (
    ask_passphrase,
    refresh_views,
    refuse,
    save_path,
    show_done,
)
from hagiang_desktop.ui.actions.bundles.file_import import FileImportFlow, import_file
from hagiang_desktop.ui.dialogs.bundle_dialogs import ReturnDialog
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.workers import Worker, run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.services.bundles import BuiltBundle, ImportResult
    from hagiang_desktop.ui.host import ActionHost


def _returned_text(result: ImportResult) -> str:
    return fill(
        QCoreApplication.translate(
            "bundles", "%1 returned %2 nominations; they are marked as returned with the reason."
        ),
        result.sender_name,
        result.updated,
    )


def import_return(window: ActionHost, source: Path | None = None) -> FileImportFlow | None:
    """Apply the province's signed return file (in a worker): the nominations named become returned.

    Returns:
        The running import (its ``finished`` signal tells the result), or None if no file was chosen.
    """
    from hagiang_desktop.services import bundles

    title = QCoreApplication.translate("bundles", "Return file")
    filters = QCoreApplication.translate("bundles", "Return file (*.zip)")
    return import_file(window, source, title, filters, bundles.import_return, _returned_text)


class ReturnFlow(QObject):
    """Return one nomination to its office: the choice is read, and the file signed, in workers.

    A province's inbox lists every nomination that came in a bundle (100,000: 0.8 s to read), and
    signing opens the key (a deliberately slow derivation) and writes the file: none of it on the
    UI thread. Cancel while the key is opened writes nothing.

    Signals:
        finished: the BuiltBundle, or None when refused or given up.

    Attributes:
        dialog: the chooser, once shown.
        worker: the worker reading the list or signing; its ``dialog`` is the progress dialog.
        result: the return file built, once done.
    """

    finished = Signal(object)

    def __init__(self, window: ActionHost, target: Path | None, passphrase: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.title = QCoreApplication.translate("bundles", "Return a nomination")
        self._target = target
        self._passphrase = passphrase
        self.dialog: ReturnDialog | None = None
        self.worker: Worker | None = None
        self.result: BuiltBundle | None = None

    def choose(self) -> None:
        """Read the nominations that came in bundles in a worker, then show the chooser."""
        from hagiang_desktop.services import bundles

        ws = self.window.workspace
        self.worker = run_with_progress(
            self.window,
            self.title,
            QCoreApplication.translate("bundles", "Reading the nominations that came in bundles…"),
            lambda _progress: bundles.returnable_nominations(ws),
        )
        self.worker.succeeded.connect(self._show_choice)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(lambda: self.finished.emit(None))

    def _show_choice(self, rows: list[Any]) -> None:
        self.dialog = ReturnDialog(rows, self.window)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.rejected.connect(lambda: self.finished.emit(None))
        self.dialog.open()

    def _chosen(self) -> None:
        assert self.dialog is not None
        chosen = self.dialog.selected()
        if chosen is None:
            self.finished.emit(None)
            return
        self.sign(chosen.id, self.dialog.reason.toPlainText())

    def sign(self, nomination_id: int, reason: str) -> None:
        """Ask where to save and for the passphrase (unless given), then sign in a worker."""
        from hagiang_desktop.services import bundles

        target = self._target or save_path(
            self.window,
            self.title,
            "tra-lai.zip",
            QCoreApplication.translate("bundles", "Return file (*.zip)"),
        )
        passphrase = self._passphrase
        if target is not None and passphrase is None:
            passphrase = ask_passphrase(
                self.window,
                self.title,
                QCoreApplication.translate("bundles", "The signing key's passphrase:"),
            )
        if target is None or passphrase is None:
            self.finished.emit(None)
            return
        ws, secret = self.window.workspace, passphrase
        self.worker = run_with_progress(
            self.window,
            self.title,
            QCoreApplication.translate(
                "bundles",
                "Signing the return file…\nCancel stops before it is written: nothing is written then.",
            ),
            lambda progress: bundles.build_return(
                ws, nomination_id, reason, target, secret, progress=progress
            ),
        )
        self.worker.succeeded.connect(self._built)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def _built(self, built: BuiltBundle) -> None:
        self.result = built
        refresh_views(self.window)
        show_done(
            self.window,
            self.title,
            fill(
                QCoreApplication.translate(
                    "bundles", "The signed return file is written to %1. Send it to the office."
                ),
                built.path,
            ),
        )
        self.finished.emit(built)

    def _failed(self, error: BaseException) -> None:
        from hagiang_desktop.services.bundles import BundleProblem

        if not isinstance(error, KeyProblem | BundleProblem):
            self.finished.emit(None)
            raise error  # a bug, not a refusal: the crash handler reports it, as before
        refuse(self.window, self.title, error)
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("bundles", "Return cancelled; nothing was written."), 10000
        )
        self.finished.emit(None)


def return_nomination(
    window: ActionHost,
    nomination_id: int | None = None,
    reason: str | None = None,
    target: Path | None = None,
    passphrase: str | None = None,
) -> ReturnFlow:
    """Return a nomination to the office that sent it, as a signed return file.

    Without a nomination and a reason, the clerk chooses them (the list is read in a worker);
    where to save and the passphrase are asked unless given.

    Returns:
        The running flow; its ``finished`` signal carries the BuiltBundle, or None.
    """
    flow = ReturnFlow(window, target, passphrase)
    flow.finished.connect(flow.deleteLater)
    if nomination_id is None or reason is None:
        flow.choose()
    else:
        flow.sign(nomination_id, reason)
    return flow
