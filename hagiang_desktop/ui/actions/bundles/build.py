"""Building a signed bundle: the summary and passphrase, then the build in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.ui.actions import signatures
from hagiang_desktop.ui.actions.bundles.common import (
    problem_text,
    refresh_views,
    refuse,
    save_path,
    show_done,
)
from hagiang_desktop.ui.dialogs.bundle_dialogs import BundleSummaryDialog
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from hagiang_desktop.services.bundles import BuiltBundle
    from hagiang_desktop.ui.host import ActionHost


class BuildJob(QThread):
    """Build a bundle in a worker thread (forms for many nominations take a while on an old PC).

    Signals:
        progressed: (percent, step) while it works.
        built: the BuiltBundle, or the KeyProblem/BundleProblem that stopped it.
    """

    progressed = Signal(int, str)
    built = Signal(object)

    def __init__(self, window: ActionHost, target: Path, passphrase: str, supplement: bool) -> None:
        super().__init__(window)
        self._ws = window.workspace
        self.target = target
        self._passphrase = passphrase
        self._supplement = supplement

    def run(self) -> None:
        """Build the bundle (Qt override, runs in the worker thread)."""
        # The bundle services load openpyxl, reportlab and cryptography: on first use, not at start-up (#11).
        from hagiang_desktop.services import bundles

        try:
            result: Any = bundles.build_bundle(
                self._ws,
                self.target,
                self._passphrase,
                supplement=self._supplement,
                progress=lambda percent, step: self.progressed.emit(percent, step),
            )
        except Exception as error:  # noqa: BLE001 - reported on the UI thread, never raised in this one
            result = error
        self.built.emit(result)


_STEPS = {
    "collect": QT_TRANSLATE_NOOP("bundles", "Reading the selected nominations…"),
    "list": QT_TRANSLATE_NOOP("bundles", "Writing the registration list…"),
    "forms": QT_TRANSLATE_NOOP("bundles", "Writing the registration forms…"),
    "cover": QT_TRANSLATE_NOOP("bundles", "Writing the cover page…"),
    "sign": QT_TRANSLATE_NOOP("bundles", "Signing and writing the bundle…"),
    "done": QT_TRANSLATE_NOOP("bundles", "Done."),
}


class BuildFlow(QObject):
    """One bundle build: the summary and passphrase, progress dialog, worker, result message.

    Asked interactively (:meth:`ask`), the clerk first sees what the bundle will carry and types
    the passphrase in the same dialog; a wrong passphrase brings that dialog back with a note,
    the file and the summary kept (#17). Nothing changes status until the file is written.

    Signals:
        finished: emitted with the BuiltBundle, or None when it failed or was cancelled.

    Attributes:
        result: the bundle built, once done.
        error: the message shown when it failed.
        summary_dialog: the summary and passphrase dialog while it is open.
    """

    finished = Signal(object)

    def __init__(self, window: ActionHost, target: Path, supplement: bool) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.supplement = supplement
        self.result: BuiltBundle | None = None
        self.error: str | None = None
        self.summary_dialog: BundleSummaryDialog | None = None
        self.progress: QProgressDialog | None = None

    def ask(self, problem: str | None = None) -> BundleSummaryDialog:
        """Show the summary and ask for the passphrase (again, with ``problem``, after a wrong one)."""
        from hagiang_desktop.services.bundle_summary import bundle_summary

        if self.summary_dialog is None:
            summary = bundle_summary(self.window.workspace, supplement=self.supplement)
            dialog = BundleSummaryDialog(summary, self.target, self.window)
            signatures.ask_for_pin_if_token(self.window, dialog)  # a token's PIN, not a passphrase
            dialog.accepted.connect(lambda: self.start(dialog.passphrase()))
            dialog.rejected.connect(self._cancelled)
            self.summary_dialog = dialog
        if problem:
            self.summary_dialog.show_problem(problem)
        self.summary_dialog.open()
        return self.summary_dialog

    def _cancelled(self) -> None:
        self.summary_dialog = None
        self.finished.emit(None)

    def start(self, passphrase: str) -> None:
        """Start building with ``passphrase``."""
        self.progress = QProgressDialog(
            QCoreApplication.translate("bundles", "Building the bundle…"), "", 0, 100, self.window
        )
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowTitle(QCoreApplication.translate("bundles", "Signed bundle"))
        self.progress.setValue(0)
        self.job = BuildJob(self.window, self.target, passphrase, self.supplement)
        self.job.progressed.connect(self._progressed)
        self.job.built.connect(self._built)
        self.job.finished.connect(self.job.deleteLater)
        self.job.start()

    def _progressed(self, percent: int, step: str) -> None:
        assert self.progress is not None
        self.progress.setLabelText(QCoreApplication.translate("bundles", _STEPS.get(step, step)))
        self.progress.setValue(percent)

    def _built(self, result: object) -> None:
        from hagiang_desktop.services.bundles import BuiltBundle, BundleProblem

        self.job.wait()
        assert self.progress is not None
        self.progress.reset()
        self.progress.hide()
        title = QCoreApplication.translate("bundles", "Signed bundle")
        if (
            isinstance(result, KeyProblem)
            and result.code == "wrong_passphrase"
            and self.summary_dialog is not None
        ):
            self.ask(problem_text(result))  # type it again: the file and the summary are kept
            return
        self.summary_dialog = None
        if isinstance(result, (KeyProblem, BundleProblem)):
            self.error = problem_text(result)
            refuse(self.window, title, result)
            self.finished.emit(None)
            return
        if isinstance(result, OSError):  # the folder cannot be written: no file, nothing marked
            self.error = fill(
                QCoreApplication.translate(
                    "bundles",
                    "The bundle could not be written to %1 (%2). Nothing was marked submitted; "
                    "choose another folder.",
                ),
                self.job.target,
                result.strerror or type(result).__name__,
            )
            QMessageBox.warning(self.window, title, self.error)
            self.finished.emit(None)
            return
        if isinstance(result, BaseException):
            self.finished.emit(None)
            raise result  # a bug: the crash handler reports it, here on the UI thread
        assert isinstance(result, BuiltBundle)
        self.result = result
        refresh_views(self.window)
        kind = (
            QCoreApplication.translate("bundles", "supplement bundle")
            if result.supplement
            else QCoreApplication.translate("bundles", "bundle")
        )
        text = fill(
            QCoreApplication.translate(
                "bundles",
                "The signed %1 number %2 with %3 nominations is written to %4. "
                "They are now marked as submitted.",
            ),
            kind,
            result.sequence,
            result.nomination_count,
            result.path,
        )
        if result.timestamp_problem:  # the PDFs are signed all the same, without the timestamp
            text += " " + fill(
                QCoreApplication.translate(
                    "bundles",
                    "The timestamp server did not answer (%1): its PDFs are signed without a timestamp.",
                ),
                result.timestamp_problem,
            )
        show_done(self.window, title, text, result.path)
        self.finished.emit(result)


def build_bundle(
    window: ActionHost, target: Path | None = None, passphrase: str | None = None, *, supplement: bool = False
) -> BuildFlow | None:
    """Ask where to write the bundle, show what it carries with the passphrase, then build it.

    With a ``passphrase`` given (scripts, tests) it builds at once; otherwise the summary and
    passphrase dialog opens (:attr:`BuildFlow.summary_dialog`) and the build starts when the
    clerk confirms.

    Returns:
        The flow (its ``finished`` signal tells the result), or None if cancelled.
    """
    from hagiang_desktop.services import signers

    title = QCoreApplication.translate("bundles", "Signed bundle")
    if signers.current_identity(window.workspace) is None:  # the software key or the token (#21)
        refuse(window, title, KeyProblem("no_identity"))
        return None
    if target is None:
        code = window.scope.office.code if window.scope.office else "bundle"
        name = f"{code}-bo-sung.zip" if supplement else f"{code}-danh-sach.zip"
        target = save_path(window, title, name, QCoreApplication.translate("bundles", "Bundle (*.zip)"))
        if target is None:
            return None
    flow = BuildFlow(window, target, supplement)
    if passphrase is None:
        flow.ask()
    else:
        flow.start(passphrase)
    return flow
