"""Starting the window: arguments, language, opening the database, and clear errors."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from hagiang_desktop import __version__
from hagiang_desktop.services.paths import default_db_path
from hagiang_desktop.ui import prefs
from hagiang_desktop.ui.collector import install_collector
from hagiang_desktop.ui.i18n import choose_language, install_translator

if TYPE_CHECKING:
    from hagiang_desktop.services.workspace import DatabaseLocation, Workspace
    from hagiang_desktop.ui.main_window import MainWindow

#: When the process started (close enough: this module is imported first thing for the window).
_STARTED = time.perf_counter()


def parse_gui_args(args: list[str]) -> argparse.Namespace:
    """Parse the window's arguments: ``[--db PATH] [--lang vi|en]``."""
    parser = argparse.ArgumentParser(prog="hagiang-desktop")
    parser.add_argument(
        "--db",
        type=_db_arg,
        help="database file (default: the user data folder), or a postgresql:// server URL",
    )
    parser.add_argument("--lang", choices=("vi", "en"), help="UI language (default vi)")
    # For smoke tests of the frozen program and the start-up benchmark: print when the window
    # has been painted and when its tabs are ready, then quit.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(args)


def _db_arg(text: str) -> object:
    """Parse ``--db``: a file path, or a server URL that carries no password (never on a command line)."""
    if text.strip().lower().startswith(("postgresql://", "postgres://")):
        from hagiang_desktop.services.workspace import ServerLocation

        location = ServerLocation(text.strip())
        if location.has_password_in_url():
            raise argparse.ArgumentTypeError("no password in the URL: use ~/.pgpass, or type it when asked")
        return location
    return Path(text)


def make_application(argv: list[str] | None = None) -> QApplication:
    """Create (or return) the QApplication with the program's names set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("hagiang-desktop")
    QCoreApplication.setApplicationName("hagiang-desktop")
    QCoreApplication.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    return app


def _report(what: str) -> None:
    print(f"{what} after {time.perf_counter() - _STARTED:.3f} s", flush=True)  # noqa: T201


def run_gui(args: list[str]) -> int:
    """Open the main window and run the event loop; return the exit status.

    The first start (no ``--db`` and no database yet) runs the first-run wizard. A window that
    closes asking for another database (File → Recent databases, the wizard run again) is
    followed by a new window on that file.
    """
    options = parse_gui_args(args)
    app = make_application()
    # Workers must never run Python's collector: it destroys closed dialogs on their thread.
    install_collector(app)
    install_translator(
        app, choose_language(options.lang or os.environ.get("HAGIANG_LANG") or prefs.stored_language())
    )
    prefs.apply_font_size()  # the size chosen in Settings for older eyes
    first: Path = options.db or prefs.stored_database() or default_db_path()
    path: DatabaseLocation | None = first
    if options.db is None and not options.quit_after_show and not first.exists():
        path = _first_run(first)
    status = 0
    while path is not None:
        status, path = _run_window(app, path, options)
    return status


def _first_run(path: Path) -> DatabaseLocation:
    """Run the first-run wizard; return the database to open (``path`` when it was cancelled)."""
    from hagiang_desktop.core.vntext import today_vn
    from hagiang_desktop.services.first_run import directory_units
    from hagiang_desktop.ui.actions.settings import apply_choice
    from hagiang_desktop.ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(directory_units(today_vn()), path)
    if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
        return path  # the window asks for the office instead (ask_on_first_run)
    return apply_choice(None, wizard.choice()) or path


def _run_window(
    app: QApplication, path: DatabaseLocation, options: argparse.Namespace
) -> tuple[int, DatabaseLocation | None]:
    """Show one window on ``path`` until it closes; return the status and the next database.

    The window's frame shows first and the database opens right after its first paint (#11):
    opening it loads SQLAlchemy and the models, which take several times as long as Qt does.
    The status is 1 when the database did not open (the clerk was told why).
    """
    from hagiang_desktop.ui.main_window import MainWindow

    window = MainWindow(None)
    window.show()
    previous_hook = sys.excepthook  # _open_in installs the program's own
    opened: list[Workspace] = []
    QTimer.singleShot(0, lambda: _open_in(app, window, path, options, opened))
    status = app.exec()
    sys.excepthook = previous_hook
    from hagiang_desktop.ui.workers import wait_for_background

    wait_for_background()  # the daily backup or the directory's figures may still be reading
    if not opened:
        return 1, None
    opened[0].close()
    return int(status), window.reopen_path


def _open_in(
    app: QApplication,
    window: MainWindow,
    path: DatabaseLocation,
    options: argparse.Namespace,
    opened: list[Workspace],
) -> None:
    """Open ``path`` into the shown frame (appended to ``opened``); close the frame if it cannot be."""
    app.processEvents()  # the frame is painted before the database work begins
    if options.quit_after_show:
        _report("window shown")
    if not window.isVisible():  # closed before its database opened
        return
    # Loaded after the first paint, like the rest: the frame needs nothing but Qt (#11).
    from hagiang_desktop.ui.crash import install_excepthook
    from hagiang_desktop.ui.opening import open_for_window, start_of_day_backup

    install_excepthook(lambda: window)
    # Who the audit names (several clerks on one server, #22): it loads the database layer, so
    # after the first paint like the rest.
    prefs.apply_clerk_name()
    # One writer (the lock), a quick check, and a way out for a locked, damaged or newer file.
    workspace = open_for_window(path, window)
    if workspace is None:
        window.close()
        return
    opened.append(workspace)
    prefs.add_recent_database(path)
    window.attach(workspace)
    # What start-up built lives as long as the window: take it out of the collector's full
    # passes. A full pass over it stops every thread, the UI's too, for 0.1–0.3 s whenever a
    # worker's garbage at province scale triggers one (measured: directory figures, backup).
    gc.freeze()
    if workspace.db.read_only:
        window.setWindowTitle(window.windowTitle() + " " + QCoreApplication.translate("app", "(read-only)"))
    # The daily backup copies and checks the whole file: a worker, once the window is up.
    start_of_day_backup(window, workspace)
    if options.quit_after_show:
        _report("tabs ready")
        app.quit()
    else:
        from hagiang_desktop.ui.actions.office import ask_on_first_run

        QTimer.singleShot(0, lambda: ask_on_first_run(window))  # no office chosen yet: which one?
