"""Crash handling: an unexpected error is logged and shown, and the window stays usable.

``sys.excepthook`` is replaced while the window runs. An error escaping a slot is written to a
rotating log in the user data folder (``logs/hagiang-desktop.log``, 5 × 1 MB) and shown in a
dialog whose report the clerk can copy and send to the IT staff.

The log and the report carry no personal data: only the exception's type, the code frames
(file, line, function) and, for our own errors, their code and record ids. Exception messages
from elsewhere may quote a nominee's name (a value in an SQL error, a file name), so they are
left out. The engine is built with ``hide_parameters`` for the same reason.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop import __version__
from hagiang_desktop.services import paths

LOGGER_NAME = "hagiang_desktop.crash"
LOG_FILE = "hagiang-desktop.log"

#: Attributes of our own exceptions that are codes or ids, safe to log.
_SAFE_ATTRIBUTES = ("code", "revision")


def log_dir() -> Path:
    """Return the log folder (private to the user)."""
    return paths.log_dir()  # loads the database layer only when called (#11)


def crash_logger() -> logging.Logger:
    """Return the logger that writes to the rotating crash log (set up once)."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logger.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_dir() / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def safe_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Build a report of an exception without personal data.

    Args:
        exc_type: the exception's class.
        exc: the exception.
        tb: its traceback.

    Returns:
        Plain text: program version, Python and OS, the exception type (with a code for our own
        errors) and every frame as file:line in function — never a message or a local value.
    """
    lines = [
        f"hagiang-desktop {__version__}; Python {platform.python_version()}; {platform.platform()}",
        f"{exc_type.__module__}.{exc_type.__qualname__}" + _safe_attributes(exc),
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    depth = 0
    while cause is not None and depth < 3:
        lines.append(
            f"caused by {type(cause).__module__}.{type(cause).__qualname__}{_safe_attributes(cause)}"
        )
        for frame in traceback.extract_tb(cause.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        cause = cause.__cause__ or cause.__context__
        depth += 1
    return "\n".join(lines)


def _safe_attributes(exc: BaseException) -> str:
    parts = []
    for name in _SAFE_ATTRIBUTES:
        value = getattr(exc, name, None)
        if isinstance(value, str | int) and len(str(value)) < 64 and str(value).isascii():
            parts.append(f"{name}={value}")
    # SQLite's own error code (e.g. 8 = read-only) says a lot and nothing personal
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if isinstance(code, int):
        parts.append(f"sqlite_errorcode={code}")
    return f" ({', '.join(parts)})" if parts else ""


def _short_path(filename: str) -> str:
    # Only the package-relative part: a home folder may carry the clerk's name.
    path = Path(filename)
    for anchor in ("hagiang_desktop", "site-packages"):
        if anchor in path.parts:
            return "/".join(path.parts[path.parts.index(anchor) :])
    return path.name


def is_read_only_error(exc: BaseException) -> bool:
    """Tell whether an error comes from writing to a database opened read-only."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == 8


class CrashDialog(QDialog):
    """Shows that something went wrong, with a report to copy; closing it goes back to work.

    Args:
        report: the safe report (see :func:`safe_report`).
        parent: the main window.
    """

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="crashDialog")
        self.setWindowTitle(QCoreApplication.translate("crash", "An unexpected error occurred"))
        intro = QLabel(
            QCoreApplication.translate(
                "crash",
                "The program met an unexpected error. What you saved before is safe; the last "
                "action may not have been completed. You can keep working.\n"
                "Please copy the report below and send it to the IT staff.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report, self, objectName="crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(QCoreApplication.translate("crash", "&Copy report"), self, objectName="copyReport")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.toPlainText())


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class _UiRelay(QObject):
    """Lives on the UI thread: a report emitted from a worker thread is shown from there (queued)."""

    raised = Signal(object, object, object)


def make_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Build the hook: log, then tell the clerk (a read-only refusal is not a crash).

    The dialog is only ever built on the UI thread: an error escaping a worker thread's ``run``
    is logged there and handed to the UI thread through a queued signal (a widget built on
    another thread ends the program).

    Args:
        parent: returns the window to put the dialog over (or None).
    """
    relay = _UiRelay()  # created on the UI thread (the hook is installed from there)

    def show(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        report = safe_report(exc_type, exc, tb)
        crash_logger().error("unexpected error\n%s", report)
        if is_read_only_error(exc):
            QMessageBox.warning(
                parent(),
                QCoreApplication.translate("crash", "Read-only"),
                QCoreApplication.translate(
                    "crash",
                    "This window opened the database read-only (another window is writing it, "
                    "or the file cannot be written). Nothing was saved.",
                ),
            )
            return
        dialog = CrashDialog(report, parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not exec(): the window stays usable behind it

    relay.raised.connect(show, Qt.ConnectionType.QueuedConnection)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if threading.current_thread() is not threading.main_thread():
            relay.raised.emit(exc_type, exc, tb)  # shown by the UI thread's event loop
            return
        show(exc_type, exc, tb)

    hook.relay = relay  # type: ignore[attr-defined]  # kept alive with the hook
    return hook


def install_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Replace ``sys.excepthook`` for the window's lifetime; return the previous hook."""
    previous = sys.excepthook
    sys.excepthook = make_excepthook(parent)
    return previous
