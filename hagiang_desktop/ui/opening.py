"""Opening the database for the window: one writer, read-only offers, damaged files, daily backup.

The window takes the one-writer lock and runs the quick check. When the file cannot be opened
as asked, the clerk is told why in plain words and offered the way out that keeps data safe:
read-only for a file another window is writing (or on read-only media), the last good backup
for a damaged one; a file from a newer program is left alone. Nothing here writes the file
before the clerk agreed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from hagiang_desktop.services import maintenance
from hagiang_desktop.services.maintenance import BackupError
from hagiang_desktop.services.workspace import (
    DatabaseOpenError,
    ServerLocation,
    Workspace,
    open_workspace,
    parse_location,
)
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.workers import Worker, run_in_background

#: Why a file could not be opened, by error code (``%1`` is the file).
OPEN_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP(
        "opening", "The database %1 is empty (0 bytes): it was probably lost while copying or in a power cut."
    ),
    "not_sqlite": QT_TRANSLATE_NOOP("opening", "The file %1 is not a database of this program."),
    "damaged": QT_TRANSLATE_NOOP("opening", "The database %1 is damaged."),
    "too_new": QT_TRANSLATE_NOOP(
        "opening",
        "The file %1 was made by a newer version of the program. Install the newer version; "
        "the file was not changed.",
    ),
    "no_tables": QT_TRANSLATE_NOOP(
        "opening",
        "The database %1 has no data in it: its creation was probably interrupted (a power cut).",
    ),
    "foreign": QT_TRANSLATE_NOOP(
        "opening",
        "The file %1 belongs to another program. The program does not write into it; "
        "check the file name. The file was not changed.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "opening", "The database %1 is already open in another window of the program."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "opening", "The database %1 cannot be written (read-only media or no permission)."
    ),
    "unreadable": QT_TRANSLATE_NOOP("opening", "The database %1 cannot be opened."),
    # A PostgreSQL server (issue #22): %1 is its address, without any password.
    "server_unreachable": QT_TRANSLATE_NOOP(
        "opening", "The database server %1 does not answer. Check the network, or ask the IT staff."
    ),
    "password_needed": QT_TRANSLATE_NOOP("opening", "The database server %1 asks for a password."),
    "password_wrong": QT_TRANSLATE_NOOP(
        "opening", "The database server %1 refused the user name or password."
    ),
    "no_database": QT_TRANSLATE_NOOP(
        "opening",
        "The server has no database %1, or your user may not use it. "
        "Ask the IT staff to create it and give access.",
    ),
    "not_initialised": QT_TRANSLATE_NOOP(
        "opening",
        "The database %1 on the server is empty. The IT staff must run "
        "“hagiang-desktop server init” once first.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


def problem_text(error: DatabaseOpenError) -> str:
    """Return the plain-language reason a database could not be opened."""
    source = OPEN_PROBLEMS.get(error.code, OPEN_PROBLEMS["unreadable"])
    return fill(_tr(source), error.path)


def open_for_window(path: Path | ServerLocation, parent: QWidget | None = None) -> Workspace | None:
    """Open the window's database, asking the clerk when it cannot be opened as usual.

    Args:
        path: the database file.
        parent: the widget to put the questions over.

    Returns:
        The workspace (read-only if the clerk chose so), or None to quit.
    """
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        return _open_server(location, parent)
    try:
        return open_workspace(location, lock=True, quick_check=True)
    except DatabaseOpenError as error:
        return _recover(error, location, parent)


def _open_server(location: ServerLocation, parent: QWidget | None) -> Workspace | None:
    """Open a server for the window, asking for the password when the server wants one.

    No file lock: several clerks work on one server at once (their saves are checked against
    each other's, #22). The password is kept in memory only, never stored.
    """
    while True:
        try:
            return open_workspace(location, seed_directory=False)
        except DatabaseOpenError as error:
            if error.code not in ("password_needed", "password_wrong"):
                title = QCoreApplication.translate("opening", "Cannot open the database")
                QMessageBox.warning(parent, title, problem_text(error))
                return None
            label = problem_text(error) + "\n\n" + QCoreApplication.translate("opening", "Password:")
            title = QCoreApplication.translate("opening", "Password for the database server")
            password, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
            if not ok:
                return None
            location = location.with_password(password)


def _recover(error: DatabaseOpenError, path: Path, parent: QWidget | None) -> Workspace | None:
    text = problem_text(error)
    if error.code in ("locked", "read_only"):
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("opening", "Open read-only?"),
            text
            + "\n\n"
            + QCoreApplication.translate(
                "opening", "Open it read-only? You can look and export, but not change anything."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return open_workspace(path, read_only=True)
        except DatabaseOpenError as again:
            QMessageBox.warning(
                parent, QCoreApplication.translate("opening", "Cannot open the database"), problem_text(again)
            )
            return None
    if error.code == "no_tables":
        return _offer_new(text, path, parent)
    if error.code in ("damaged", "empty", "not_sqlite", "unreadable"):
        return _offer_backup(text, path, parent)
    QMessageBox.warning(parent, QCoreApplication.translate("opening", "Cannot open the database"), text)
    return None


def _offer_new(text: str, path: Path, parent: QWidget | None) -> Workspace | None:
    """A file with no table at all holds nothing to lose: create a new database there if the clerk agrees."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("opening", "Create a new database?"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "opening", "It holds nothing to keep. Remove it and create a new, empty database in its place?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        path.unlink()
        return open_workspace(path, lock=True, quick_check=True)
    except OSError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("opening", "Cannot open the database"), str(error)
        )
    except DatabaseOpenError as again:
        QMessageBox.warning(
            parent, QCoreApplication.translate("opening", "Cannot open the database"), problem_text(again)
        )
    return None


def _offer_backup(text: str, path: Path, parent: QWidget | None) -> Workspace | None:
    good = maintenance.latest_good_backup(path)
    if good is None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("opening", "Cannot open the database"),
            text
            + "\n\n"
            + QCoreApplication.translate(
                "opening",
                "No good backup was found beside it. The file was not changed; "
                "ask the IT staff, or restore a backup from a USB stick with File → Restore.",
            ),
        )
        return None
    when = QLocale().toString(good.taken_at, QLocale.FormatType.ShortFormat)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("opening", "Restore the last good backup?"),
        text
        + "\n\n"
        + fill(
            QCoreApplication.translate(
                "opening", "Restore the backup of %1? A copy of the damaged file is kept beside the backups."
            ),
            when,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        maintenance.restore_database(path, good.path)
        return open_workspace(path, lock=True, quick_check=True)
    except (BackupError, DatabaseOpenError) as error:
        detail = (
            problem_text(error) if isinstance(error, DatabaseOpenError) else "; ".join(error.problems[:2])
        )
        QMessageBox.warning(parent, QCoreApplication.translate("opening", "Cannot open the database"), detail)
        return None


def start_of_day_backup(window: QMainWindow, ws: Workspace) -> Worker:
    """Take the daily automatic backup in a background worker, silently.

    Copying and checking a province's file takes seconds (benchmarks/RESULTS.md): the window
    stays usable meanwhile. The status bar says when a backup was taken, or why it failed.

    Args:
        window: the main window (its status bar shows the outcome).
        ws: the open workspace.

    Returns:
        The running worker (tests wait on it).
    """
    return run_in_background(
        window,
        lambda: maintenance.daily_backup(ws),
        lambda made: _daily_backup_taken(window, made),
        lambda error: _daily_backup_failed(window, error),
    )


def _daily_backup_taken(window: QMainWindow, made: Path | None) -> None:
    if made is not None:  # None: one was taken less than a day ago, nothing to say
        text = fill(QCoreApplication.translate("opening", "Automatic backup taken: %1"), made.name)
        window.statusBar().showMessage(text, 10000)


def _daily_backup_failed(window: QMainWindow, error: BaseException) -> None:
    detail = "; ".join(error.problems[:2]) if isinstance(error, BackupError) else type(error).__name__
    text = fill(QCoreApplication.translate("opening", "The automatic backup failed: %1"), detail)
    window.statusBar().showMessage(text, 20000)
