"""The main window: three tabs (units, nominations, dashboard), menus and the status bar.

The window shows before the database opens (#11): its frame (menus, the three tabs with a
placeholder) needs only Qt, while the tabs and the actions import the services, SQLAlchemy and the
models, which take several times as long as Qt itself. :meth:`MainWindow.attach` fills the frame
once the database is open; ``MainWindow(workspace)`` does both at once.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStatusTipEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QWidget

from hagiang_desktop.services import server_names
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.host import ActionHost
from hagiang_desktop.ui.i18n import choose_language, fill
from hagiang_desktop.ui.widgets.status_bar import ElidedLabel, StatusBar

if TYPE_CHECKING:
    from hagiang_desktop.services.scope import Scope
    from hagiang_desktop.services.workspace import DatabaseLocation, Workspace
    from hagiang_desktop.ui.tabs.deadline_dashboard import DeadlineDashboardTab
    from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab
    from hagiang_desktop.ui.tabs.unit_directory import UnitDirectoryTab


def default_as_of(ws: Workspace) -> date:
    """Open the dashboard on today, or on the day a demo database was made for (inside 2018)."""
    from hagiang_desktop.core.vntext import today_vn
    from hagiang_desktop.services.workspace import DEMO_AS_OF, get_setting

    stored = get_setting(ws, DEMO_AS_OF)
    return date.fromisoformat(stored) if stored else today_vn()


class MainWindow(ActionHost):
    """The program's window.

    Args:
        workspace: the open database; None shows the frame alone until :meth:`attach`.
        as_of: the dashboard's day; chosen from the data when None.
    """

    def __init__(
        self, workspace: Workspace | None, as_of: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        # Set when the window closes to open another database (a file or a server).
        self.reopen_path: DatabaseLocation | None = None
        self.tabs = QTabWidget(self, objectName="mainTabs")
        self._placeholders = [
            QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
            for _title in self._tab_titles()
        ]
        for placeholder, title in zip(self._placeholders, self._tab_titles(), strict=True):
            self.tabs.addTab(placeholder, title)
        self.setCentralWidget(self.tabs)
        # Messages in their own place, the office and the path cut to theirs (#17).
        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        # The path cut from its left: its end (folder and file name) tells one database from another.
        self.db_label = ElidedLabel(
            self, mode=Qt.TextElideMode.ElideLeft, widest=45, cut_at=os.sep, objectName="dbPath"
        )
        self.office_label = ElidedLabel(self, widest=48, objectName="officeName")
        # On a server several clerks share the database: who this window saves as (#22).
        self.clerk_label = ElidedLabel(self, widest=30, objectName="clerkName")
        self.clerk_label.hide()
        self.status_bar.addPermanentWidget(self.office_label)
        self.status_bar.addPermanentWidget(self.clerk_label)
        self.status_bar.addPermanentWidget(self.db_label)
        self._build_menus()
        self.setWindowTitle(self.tr("Exemplary models – Plan 127"))  # the name, not the package (#17)
        # 1280×800 on a large screen; on the common 1366×768 laptop, within its free area (#17).
        fit_to_screen(self, QSize(1280, 800))
        self._restore_geometry()
        if workspace is not None:
            self.attach(workspace, as_of)

    def _tab_titles(self) -> tuple[str, str, str]:
        return (self.tr("&Unit directory"), self.tr("&Nominations"), self.tr("&Deadline dashboard"))

    def attach(self, workspace: Workspace, as_of: date | None = None) -> None:
        """Fill the frame from the open database: the tabs, the menus that use it, the titles.

        Args:
            workspace: the open database.
            as_of: the dashboard's day; chosen from the data when None.
        """
        # The services (SQLAlchemy, the models) load here, after the frame is on screen (#11).
        from hagiang_desktop.services.scope import office_scope
        from hagiang_desktop.ui.actions import backup as backup_actions
        from hagiang_desktop.ui.actions import blocs as bloc_actions
        from hagiang_desktop.ui.actions import bundles as bundle_actions
        from hagiang_desktop.ui.actions import export as export_actions
        from hagiang_desktop.ui.actions import followup_export
        from hagiang_desktop.ui.actions import imports as import_actions
        from hagiang_desktop.ui.actions import office as office_actions
        from hagiang_desktop.ui.actions import settings as settings_actions
        from hagiang_desktop.ui.tabs.unit_directory import UnitDirectoryTab

        self._ws = workspace
        self.scope: Scope = office_scope(workspace)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for placeholder in self._placeholders:
            placeholder.deleteLater()
        self._placeholders.clear()
        self.units_tab: UnitDirectoryTab = UnitDirectoryTab(workspace, self)
        self.tabs.addTab(self.units_tab, self._tab_titles()[0])
        self._add_scoped_tabs(as_of or default_as_of(workspace))
        self._open_directory_at_office()
        self.units_tab.directory_changed.connect(self._directory_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setCurrentIndex(current)
        self._tab_shown(current)
        backup_actions.install(self)  # File → Back up now / Restore (#8)
        office_actions.install(self)
        import_actions.install(self)
        bloc_actions.install(self)  # Import → Emulation blocs and clusters (#24)
        bundle_actions.install(self)  # Bundles menu: signing key, signed bundles, inbox (#7)
        export_actions.install(self)  # Export menu: list (xlsx, PDF), forms, print preview (#6)
        followup_export.install(self)  # Export → Follow-up report (2018–2020) (#24)
        settings_actions.install(self)  # Settings…, the first-run wizard, File → Recent databases (#9)
        self._update_titles()

    def is_open(self) -> bool:
        """Tell whether the database is open in the window (:meth:`attach` has run)."""
        return self._ws is not None

    def _add_scoped_tabs(self, as_of: date) -> None:
        """Build the tabs that depend on the office's scope (again after the office changes).

        The dashboard is built when first shown or first asked for (:attr:`dashboard_tab`): it
        reads the whole scope and loads Qt Charts, while the window opens on another tab (#11).
        """
        from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab

        titles = self._tab_titles()
        # The day first: the nominations tab's follow-up dates start on it (dashboard_day).
        self._dashboard: DeadlineDashboardTab | None = None
        self._dashboard_as_of = as_of
        self.nominations_tab: NominationEntryTab = NominationEntryTab(self.workspace, self.scope, self)
        self.tabs.insertTab(1, self.nominations_tab, titles[1])
        self._dashboard_slot = QWidget()  # stands in the dashboard's place until it is built
        self.tabs.insertTab(2, self._dashboard_slot, titles[2])
        self.nominations_tab.saved.connect(self.refresh_dashboard)
        self.nominations_tab.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    @property
    def dashboard_tab(self) -> DeadlineDashboardTab:
        """The deadline dashboard (built now if it was not yet)."""
        if self._dashboard is None:
            self._build_dashboard()
        assert self._dashboard is not None
        return self._dashboard

    def _build_dashboard(self) -> None:
        from hagiang_desktop.ui import view_state
        from hagiang_desktop.ui.tabs.deadline_dashboard import DeadlineDashboardTab

        tab = DeadlineDashboardTab(self.workspace, self.scope, self._dashboard_as_of, self)
        self._dashboard = tab
        tab.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        tab.file_written.connect(self.status_bar.show_saved)
        tab.unit_requested.connect(self.show_unit_nominations)
        index, current = self.tabs.indexOf(self._dashboard_slot), self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self._tab_titles()[2])
        self.tabs.setCurrentIndex(current)
        self._dashboard_slot.deleteLater()
        view_state.restore(self, tab)  # its columns and splitter as the clerk left them

    def _tab_shown(self, index: int) -> None:
        if self._dashboard is None and self.tabs.widget(index) is self._dashboard_slot:
            self._build_dashboard()

    def show_unit_nominations(self, code: str) -> None:
        """Show the Nominations tab filtered on one registering unit (a dashboard double-click)."""
        self.nominations_tab.show_unit(code)
        self.tabs.setCurrentWidget(self.nominations_tab)

    def _open_directory_at_office(self) -> None:
        """Open the unit tree at the office's own district: its units, the province one tick away (#17)."""
        root = self.scope.root
        province = root is None or root.parent_code is None  # the province's own office sees all
        self.units_tab.set_office_root(root.code if root is not None and not province else None)

    def dashboard_day(self) -> date:
        """The dashboard's as-of day (without building the dashboard)."""
        return self._dashboard.as_of() if self._dashboard is not None else self._dashboard_as_of

    def _directory_changed(self) -> None:
        """The same office over the directory as it is now: a unit added, moved or imported (#17).

        Its nominations tab offers the new unit and lists its models; the dashboard counts it.
        """
        from hagiang_desktop.services.scope import office_scope

        self.scope = office_scope(self.workspace)
        self.nominations_tab.directory_changed(self.scope)
        if self._dashboard is not None:
            self._dashboard.set_scope(self.scope)
        self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        """Recompute the dashboard after a change; one not built yet reads fresh figures when it is."""
        if self._dashboard is not None:
            self._dashboard.refresh()

    def reload_dashboard_groups(self) -> None:
        """Read the dashboard's blocs and clusters again; one not built yet reads them when it is."""
        if self._dashboard is not None:
            self._dashboard.reload_groups()

    @property
    def workspace(self) -> Workspace:
        """The open database (from :meth:`attach` on)."""
        assert self._ws is not None, "the database is not open in this window yet"
        return self._ws

    def can_change_scope(self) -> bool:
        """Tell whether the office may change now (no unsaved typing would be lost)."""
        if not self.nominations_tab.has_unsaved_changes():
            return True
        QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save or discard the nomination form before choosing another office."),
        )
        return False

    def set_scope(self, scope: Scope) -> None:
        """Work for another office: rebuild the scoped tabs on ``scope`` and update the titles."""
        current = self.tabs.currentIndex()
        as_of = self.dashboard_day()
        self.tabs.blockSignals(True)  # no old-scope dashboard built while the tabs go
        for old in (self.nominations_tab, self._dashboard or self._dashboard_slot):
            self.tabs.removeTab(self.tabs.indexOf(old))
            old.deleteLater()
        self.tabs.blockSignals(False)
        self.scope = scope
        self._add_scoped_tabs(as_of)
        self._open_directory_at_office()
        self.tabs.setCurrentIndex(current)
        self._tab_shown(current)
        self._update_titles()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _update_titles(self) -> None:
        office = self.scope.office.name if self.scope.office else self.tr("no office chosen")
        # The program's name in the clerk's words, not the package's (#17).
        # Outside the f-string: lupdate does not read a tr() inside one (the title stayed English).
        program = self.tr("Exemplary models – Plan 127")
        self.setWindowTitle(f"{program} – {office}")
        # Both cut to their room, whole in the tooltip: in full the path set the window's
        # minimum width and the status bar's messages ran over it (#17).
        self.office_label.set_full_text(fill(self.tr("Office: %1"), office))
        if self.workspace.is_server:
            self._show_server()
            return
        path = str(self.workspace.db.path)
        template = self.tr("Database: %1")
        head, _at, tail = template.partition("%1")
        if tail.strip():  # a translation that puts the path mid-sentence: cut the whole
            self.db_label.set_full_text(fill(template, path))
        else:
            # A file keeps its name in view.
            self.db_label.set_full_text(path, head=head, keep=f"{os.sep}{self.workspace.db.path.name}")

    def _show_server(self) -> None:
        """Name the server's database and the clerk this window saves as (#22).

        The database's name stays in view and where its server is follows in words, cut at its
        end ("t1 (máy này, cổng 54329)", not the URL's tail); the address itself, for IT staff,
        is in the tooltip. The clerk and the database user are what another clerk's conflict
        dialog and the audit will name.
        """
        from hagiang_desktop.services.audit import actor_on

        location = self.workspace.db.path
        template = self.tr("Server database: %1")
        words = server_names.for_people(location, choose_language(None))  # "t1 (máy này, cổng 54329)"
        shown = fill(template, words)
        before, _at, after = template.partition("%1")
        # The name is never cut, unless a translation puts it mid-sentence: then the whole is.
        head = "" if after.strip() else before + location.database_name()
        self.db_label.set_mode(Qt.TextElideMode.ElideRight)
        # It asks room for all of it (a few words, unlike a deep path); a narrow window cuts the end.
        self.db_label.set_full_text(shown[len(head) :], head=head, keep=shown[len(head) :])
        self.db_label.setToolTip(f"{shown}\n{location.label()}")
        self.clerk_label.set_full_text(fill(self.tr("Clerk: %1"), actor_on(self.workspace)))
        self.clerk_label.show()

    def show_about(self) -> None:
        """Show the version, the plan loaded and the licences of what we ship."""
        from hagiang_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(self.workspace.plan, self).exec()

    def show_help(self) -> None:
        """Open the user guide (F1)."""
        from hagiang_desktop.ui.dialogs.help_viewer import HelpViewer

        viewer = HelpViewer(choose_language(None), self)
        viewer.show()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def event(self, event: QEvent) -> bool:
        """Show a menu entry's status tip in the message's place (Qt override)."""
        if event.type() == QEvent.Type.StatusTip and isinstance(event, QStatusTipEvent):
            self.status_bar.show_tip(event.tip())
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Ask before losing unsaved typing; remember the window size (Qt override)."""
        if self.is_open() and self.nominations_tab.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The nomination form has changes that are not saved. Save them before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.nominations_tab.save():
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.nominations_tab.discard_changes()  # a deliberate discard drops the crash draft
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        event.accept()
