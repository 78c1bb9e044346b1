"""The office this installation works for: chosen on first run, from Settings, or from the directory.

The choice is stored with the data (``services.scope.set_office``) and scopes the nomination list,
the dashboard and the exports; the window shows it in its title and status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import units
from hagiang_desktop.services.scope import set_office
from hagiang_desktop.ui.dialogs.office_picker import OfficePickerDialog

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def install(window: ActionHost) -> None:
    """Add Settings → Choose office… and listen to the directory's "make this my office"."""
    menu_bar = window.menuBar()
    actions = menu_bar.actions()
    settings = window.menuBar().addMenu(QCoreApplication.translate("office", "&Settings"))
    if actions:  # before Help, which stays last
        menu_bar.insertMenu(actions[-1], settings)
    choose = QAction(
        QCoreApplication.translate("office", "Choose the &office…"), window, objectName="chooseOffice"
    )
    choose.triggered.connect(lambda _checked=False: choose_office(window))
    settings.addAction(choose)
    window.units_tab.office_requested.connect(lambda code: apply_office(window, code))


def choose_office(window: ActionHost) -> bool:
    """Let the clerk pick the office; apply it. Tell whether an office was chosen."""
    current = window.scope.office.code if window.scope.office else None
    dialog = OfficePickerDialog(units.list_units(window.workspace, as_of=today_vn()), current, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.code() is None:
        return False
    return apply_office(window, str(dialog.code()))


def apply_office(window: ActionHost, code: str) -> bool:
    """Make the unit with ``code`` the office and rescope the window; tell whether it was done."""
    if not window.can_change_scope():
        return False
    window.set_scope(set_office(window.workspace, code))
    return True


def ask_on_first_run(window: ActionHost) -> None:
    """Ask for the office when none is chosen yet (a fresh installation)."""
    if window.scope.office is None:
        choose_office(window)
