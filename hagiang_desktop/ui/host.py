"""What the menu actions need of the window, without the window class (issue #23).

The actions (:mod:`hagiang_desktop.ui.actions`) are installed by the window and act on it: they
read the open database and the office's scope, show messages, refresh the tabs. They receive
an :class:`ActionHost`, which :class:`~hagiang_desktop.ui.main_window.MainWindow` is, and import
this module, never the window's: the window imports the actions, the actions do not import it
back (the import contracts check it).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from hagiang_desktop.services.scope import Scope
    from hagiang_desktop.services.workspace import DatabaseLocation, Workspace
    from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab
    from hagiang_desktop.ui.tabs.unit_directory import UnitDirectoryTab
    from hagiang_desktop.ui.widgets.status_bar import StatusBar


class ActionHost(QMainWindow):
    """The window as the actions see it: the open database, the scope, the tabs they refresh.

    Attributes:
        scope: the office and the units it covers.
        nominations_tab: the nominations tab (its list is read again after a change).
        units_tab: the unit directory tab.
        status_bar: the window's status bar (messages, saved files).
        reopen_path: a database to open once the window has closed, if any.
    """

    scope: Scope
    nominations_tab: NominationEntryTab
    units_tab: UnitDirectoryTab
    status_bar: StatusBar
    reopen_path: DatabaseLocation | None

    @property
    def workspace(self) -> Workspace:
        """The open database."""
        raise NotImplementedError

    def dashboard_day(self) -> date:
        """Return the day the dashboard judges on (the window's "as of")."""
        raise NotImplementedError

    def refresh_dashboard(self) -> None:
        """Read the dashboard's figures again."""
        raise NotImplementedError

    def reload_dashboard_groups(self) -> None:
        """Read the blocs and clusters again (after an import)."""
        raise NotImplementedError

    def can_change_scope(self) -> bool:
        """Tell whether the office may change now (asks about unsaved typing)."""
        raise NotImplementedError

    def set_scope(self, scope: Scope) -> None:
        """Show another office's scope in every tab."""
        raise NotImplementedError
