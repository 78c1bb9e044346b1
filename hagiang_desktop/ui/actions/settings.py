"""Settings → Settings… and Run the first-run wizard again; File → Recent databases.

Opening another database closes the window and asks ``ui.app`` to open a new one on that file
(:func:`reopen`): the workspace, its lock and every tab belong to one file, so a clean restart
of the window is the simplest honest way to switch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import keys, server_names, units
from hagiang_desktop.services.first_run import FirstRunChoice, set_up
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import DatabaseLocation, DatabaseOpenError, ServerLocation, Workspace
from hagiang_desktop.ui import prefs, view_state
from hagiang_desktop.ui.actions.bundles import problem_text as key_problem_text
from hagiang_desktop.ui.i18n import choose_language, fill
from hagiang_desktop.ui.opening import problem_text as opening_problem_text

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def _menu_with(window: ActionHost, object_name: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and any(a.objectName() == object_name for a in menu.actions()):
            return menu
    return None


def install(window: ActionHost) -> None:
    """Add the settings dialog and the wizard to the Settings menu, recent files to the File menu."""
    view_state.install(window)  # column widths, sort orders and splitters as the clerk left them
    settings_menu = _menu_with(window, "chooseOffice")
    if settings_menu is not None:
        dialog = QAction(
            QCoreApplication.translate("settings", "Se&ttings…"), window, objectName="settingsDialog"
        )
        dialog.triggered.connect(lambda _checked=False: open_settings(window))
        wizard = QAction(
            QCoreApplication.translate("settings", "Run the first-run &wizard again…"),
            window,
            objectName="firstRunWizard",
        )
        wizard.triggered.connect(lambda _checked=False: rerun_wizard(window))
        settings_menu.addAction(dialog)
        settings_menu.addSeparator()
        settings_menu.addAction(wizard)
    file_menu = window.menuBar().actions()[0].menu()
    if isinstance(file_menu, QMenu):
        recent = QMenu(
            QCoreApplication.translate("settings", "Recent &databases"), window, objectName="recentDatabases"
        )
        recent.aboutToShow.connect(lambda: fill_recent(window, recent))
        file_menu.insertMenu(file_menu.actions()[-1], recent)  # above Quit
        window.recent_menu = recent  # type: ignore[attr-defined]


def fill_recent(window: ActionHost, menu: QMenu) -> None:
    """List the recent databases; the open one is shown checked and does nothing."""
    menu.clear()
    current = window.workspace.db.path  # a file or a server (#22)
    for number, path in enumerate(prefs.recent_databases(), start=1):
        # A server in words, as the status bar names it (its URL's "&port=" read as a shortcut).
        name = (
            server_names.for_people(path, choose_language(None))
            if isinstance(path, ServerLocation)
            else str(path)
        )
        action = menu.addAction(f"&{number} {name.replace('&', '&&')}")
        action.setCheckable(True)
        action.setChecked(prefs.same_database(path, current))
        action.setEnabled(not action.isChecked())
        action.triggered.connect(lambda _checked=False, path=path: reopen(window, path))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("settings", "(none yet)")).setEnabled(False)


def reopen(window: ActionHost, path: DatabaseLocation) -> bool:
    """Close the window so that ``ui.app`` opens a new one on ``path``; tell whether it closed."""
    window.reopen_path = path
    if window.close():
        return True
    window.reopen_path = None  # the clerk kept unsaved typing
    return False


def open_settings(window: ActionHost) -> None:
    """Show the settings dialog; OK stores and applies the values."""
    from hagiang_desktop.ui.dialogs.settings import SettingsDialog

    SettingsDialog(window).exec()


def apply_choice(
    parent: QWidget | None, choice: FirstRunChoice, open_ws: Workspace | None = None
) -> DatabaseLocation | None:
    """Apply the wizard's answers and remember the office's database; None (told) if it failed.

    Returns:
        The database the window should open (the demo file when the demo was chosen).
    """
    try:
        target = set_up(choice, open_ws=open_ws)
    except DatabaseOpenError as error:
        problem = opening_problem_text(error)
    except KeyProblem as error:
        problem = key_problem_text(error)
    except KeyError as error:  # a unit that left the directory since the list was shown
        problem = str(error)
    else:
        if isinstance(choice.db_path, Path):  # a server is opened by its address, not by default
            prefs.set_database(choice.db_path)
        return target
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("settings", "First-run wizard"),
        fill(QCoreApplication.translate("settings", "The set-up was not finished: %1"), problem),
    )
    return None


def rerun_wizard(window: ActionHost) -> None:
    """Run the first-run wizard on the open database; switch files if another one was chosen."""
    from hagiang_desktop.ui.dialogs.first_run import FirstRunWizard

    ws = window.workspace
    current = window.scope.office.code if window.scope.office else None
    wizard = FirstRunWizard(
        units.list_units(ws, as_of=today_vn()),
        ws.db.path,
        current,
        keys.active_identity(ws) is not None,
        window,
    )
    if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
        return
    choice = wizard.choice()
    if not window.can_change_scope():
        return
    target = apply_choice(window, choice, ws)
    if target is None:
        return
    if prefs.same_database(target, ws.db.path):
        window.set_scope(office_scope(ws))
    else:
        reopen(window, target)
