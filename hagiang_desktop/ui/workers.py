"""Long jobs off the UI thread, with a progress dialog and a Cancel that works.

A job is a plain function ``job(progress) -> result`` where ``progress(done, total) -> bool`` is
called from time to time and returns False once the user has pressed Cancel; the job then raises
:class:`~hagiang_desktop.services.progress.Cancelled` (the exporters and services do) and leaves no
file behind. :class:`Worker` runs it in a ``QThread`` and reports back through signals, delivered
on the UI thread; :func:`run_with_progress` adds the ``QProgressDialog``.

Typical use (see ``ui/actions/export.py``)::

    worker = run_with_progress(window, title, label, lambda progress: service(ws, out, progress=progress))
    worker.succeeded.connect(on_done)
    worker.failed.connect(on_error)

Services open their own database sessions in the worker thread; the UI thread keeps running (the
window repaints, the progress moves) but must not start a second write meanwhile: the progress
dialog is window-modal for that reason.

Jobs the clerk need not watch (the daily backup, the directory's per-unit figures) run through
:func:`run_in_background` instead: no dialog; the worker belongs to no widget, so closing a window
never destroys a thread that is still running, and :func:`wait_for_background` lets the program
(and the tests) wait for them before the database closes.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from hagiang_desktop.services.progress import Cancelled

__all__ = [
    "Job",
    "Worker",
    "background_pending",
    "run_in_background",
    "run_with_progress",
    "wait_for_background",
]

#: What a worker runs: it receives ``progress(done, total) -> bool`` and returns a result.
Job = Callable[[Callable[[int, int], bool]], Any]


class Worker(QThread):
    """Runs one job in its own thread.

    Signals:
        progressed: (done, total) each time the job reports progress.
        succeeded: the job's result.
        failed: the exception the job raised (anything but :class:`Cancelled`).
        cancelled: the job stopped because Cancel was pressed.
        done: after any of the three above (the thread is about to finish).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()
        #: The job's result once it succeeded (also sent with ``succeeded``).
        self.result: Any = None
        #: The exception once it failed (also sent with ``failed``).
        self.error: BaseException | None = None
        #: Whether the job ended by Cancel.
        self.was_cancelled = False

    def request_cancel(self) -> None:
        """Ask the job to stop at its next progress report (thread-safe)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        """Run the job (Qt override; runs in the worker thread)."""
        try:
            self.result = self._job(self._progress)
        except Cancelled:
            self.was_cancelled = True
            self.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - any failure is reported to the UI, never lost
            self.error = error
            self.failed.emit(error)
        else:
            self.succeeded.emit(self.result)
        self.done.emit()


def run_with_progress(parent: QWidget, title: str, label: str, job: Job) -> Worker:
    """Start ``job`` in a :class:`Worker` behind a window-modal progress dialog with Cancel.

    The dialog shows "done of total" once the job reports a total, a busy bar before that, and
    "Cancelling…" after Cancel until the job has cleaned up. It closes itself when the job ends.

    Args:
        parent: the window the dialog belongs to (the worker is parented to it too).
        title: the dialog's title.
        label: what is being done, e.g. "Writing the registration list…".
        job: the job, called in the worker thread with the progress callback.

    Returns:
        The worker, started as soon as the event loop runs again; connect to ``succeeded`` /
        ``failed`` / ``cancelled``. Its
        ``dialog`` attribute is the progress dialog (tests press its Cancel button).
    """
    worker = Worker(job, parent)
    dialog = QProgressDialog(label, QCoreApplication.translate("workers", "Cancel"), 0, 0, parent)
    dialog.setObjectName("workerProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    worker.dialog = dialog  # type: ignore[attr-defined]

    def progressed(done: int, total: int) -> None:
        if worker._stop.is_set():
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def cancel() -> None:
        worker.request_cancel()
        dialog.setLabelText(QCoreApplication.translate("workers", "Cancelling…"))

    def finish() -> None:
        worker.wait()
        dialog.canceled.disconnect(cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        # The worker stays (parented to the window) so callers may still read its result.

    worker.progressed.connect(progressed)
    dialog.canceled.connect(cancel)
    worker.finished.connect(finish)
    # Started once control is back in the event loop: every caller connects ``succeeded`` and
    # ``failed`` after this returns, and a job that ended at once (a file refused by its first
    # check) emitted before those connections existed, so its outcome was lost.
    QTimer.singleShot(0, worker, worker.start)
    return worker


#: Background workers still running (or finished but not yet collected): the reference keeps
#: Python from deleting a QThread whose thread is still running (Qt aborts the process then).
_BACKGROUND: set[Worker] = set()


def run_in_background(
    owner: QObject,
    job: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> Worker:
    """Start ``job()`` in a :class:`Worker` with no dialog and no parent widget.

    The callbacks run on the UI thread, and only while ``owner`` (the widget that shows the
    result) still exists: a result arriving after its window closed is dropped.

    Args:
        owner: the widget the result is for.
        job: the work, called without arguments in the worker thread.
        on_success: called with the job's result.
        on_failure: called with the exception the job raised (ignored when None).

    Returns:
        The started worker.
    """
    worker = Worker(lambda _progress: job())
    _BACKGROUND.add(worker)

    def deliver(callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is not None and shiboken6.isValid(owner):
            callback(value)

    def collect() -> None:
        worker.wait()
        _BACKGROUND.discard(worker)
        worker.deleteLater()

    worker.succeeded.connect(lambda result: deliver(on_success, result))
    worker.failed.connect(lambda error: deliver(on_failure, error))
    worker.finished.connect(collect)
    worker.start()
    return worker


def background_pending() -> bool:
    """Tell whether a background job is still running or its result not yet delivered."""
    return bool(_BACKGROUND)


def wait_for_background() -> None:
    """Block until every background job has ended (before the database closes, at exit)."""
    for worker in list(_BACKGROUND):
        worker.wait()


# A thread still running when the interpreter tears down would take the process with it.
atexit.register(wait_for_background)
