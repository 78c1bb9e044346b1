"""Settings → Settings…: the office, its letterhead, language, font size, backups, inbox mode.

The dialog edits; :meth:`SettingsDialog.apply` (on OK) stores each value where its reader looks:
QSettings for this computer's preferences (``ui.prefs``), the database's settings for what
travels with the data (``backup_keep``, ``mode``, the office).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.services import maintenance, scope
from hagiang_desktop.services.workspace import set_setting
from hagiang_desktop.ui import prefs
from hagiang_desktop.ui.i18n import choose_language

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


class SettingsDialog(QDialog):
    """The settings of the open window's database and of this computer.

    Args:
        window: the main window (its office, workspace and Bundles → inbox-mode action).
    """

    def __init__(self, window: ActionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.setWindowTitle(self.tr("Settings"))
        ws = window.workspace
        self.office = QLabel(self, objectName="settingsOffice", wordWrap=True)
        choose = QPushButton(self.tr("Choose…"), self, objectName="settingsChooseOffice")
        choose.clicked.connect(self._choose_office)
        office_row = QHBoxLayout()
        office_row.addWidget(self.office, 1)
        office_row.addWidget(choose)

        self.language = QComboBox(self, objectName="settingsLanguage")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(choose_language(prefs.stored_language())), 0)
        )
        language_note = QLabel(self.tr("Takes effect when the program is started again."), self)

        self.font_size = QSpinBox(self, objectName="settingsFontSize")
        self.font_size.setRange(*prefs.FONT_SIZES)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(prefs.stored_font_size() or self.font().pointSize())

        self.backup_folder = QLineEdit(self, objectName="settingsBackupFolder")
        self.backup_folder.setPlaceholderText(self.tr("asked each time"))
        folder = prefs.backup_folder()
        self.backup_folder.setText(str(folder) if folder else "")
        browse = QPushButton(self.tr("Choose…"), self, objectName="settingsBackupBrowse")
        browse.clicked.connect(self._browse_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder, 1)
        backup_row.addWidget(browse)
        self.keep = QSpinBox(self, objectName="settingsBackupKeep")
        self.keep.setRange(1, 365)
        self.keep.setValue(maintenance.backup_keep(ws))

        if ws.is_server:  # the mode is the database's, shared by every clerk's window on it
            inbox_text = self.tr("The data on this server is the province's inbox (Ban TĐKT – Sở Nội vụ)")
        else:
            inbox_text = self.tr("This computer is the province's inbox (Ban TĐKT – Sở Nội vụ)")
        self.inbox = QCheckBox(inbox_text, self, objectName="settingsInbox")
        self.inbox.setChecked(scope.inbox_mode(ws))
        self.inbox.setEnabled(not ws.db.read_only)
        self.keep.setEnabled(not ws.db.read_only)

        self.letterhead = QPushButton(self.tr("Edit…"), self, objectName="settingsLetterhead")
        self.letterhead.clicked.connect(self._edit_letterhead)
        self.letterhead.setEnabled(not ws.db.read_only)

        form = QFormLayout()
        form.addRow(self.tr("Office:"), office_row)
        form.addRow(self.tr("Letterhead and signature:"), self.letterhead)
        self.clerk_name = QLineEdit(prefs.stored_clerk_name(), self, objectName="settingsClerkName")
        self.clerk_name.setPlaceholderText(self.tr("Your name, as the change history shows it"))
        form.addRow(self.tr("Clerk name:"), self.clerk_name)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("Font size:"), self.font_size)
        form.addRow(self.tr("Folder for “Back up now”:"), backup_row)
        form.addRow(self.tr("Automatic backups kept:"), self.keep)
        form.addRow(self.tr("Mode:"), self.inbox)
        # A server takes no automatic backups (its IT staff's nightly dumps are its backups).
        form.setRowVisible(self.keep, not ws.is_server)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_office()
        self.resize(640, self.sizeHint().height())

    def _show_office(self) -> None:
        office = self._window.scope.office
        self.office.setText(office.name if office else self.tr("no office chosen"))

    def _choose_office(self) -> None:
        from hagiang_desktop.ui.actions.office import choose_office

        choose_office(self._window)  # applied at once, like Settings → Choose the office
        self._show_office()

    def _edit_letterhead(self) -> None:
        from hagiang_desktop.ui.dialogs.letterhead import LetterheadDialog

        LetterheadDialog(self._window.workspace, self).exec()  # stored on its own OK

    def _browse_backup(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), self.backup_folder.text()
        )
        if chosen:
            self.backup_folder.setText(chosen)

    def _accept(self) -> None:
        self.apply()
        self.accept()

    def apply(self) -> None:
        """Store every value and apply what can be applied now (the font, the mode)."""
        prefs.set_language(str(self.language.currentData()))
        prefs.apply_font_size(self.font_size.value())
        prefs.apply_clerk_name(self.clerk_name.text())
        text = self.backup_folder.text().strip()
        prefs.set_backup_folder(Path(text) if text else None)
        ws = self._window.workspace
        if ws.db.read_only:
            return
        if self.keep.value() != maintenance.backup_keep(ws):
            set_setting(ws, maintenance.BACKUP_KEEP, self.keep.value())
        # The Bundles menu's own switch stores the mode, rescopes the window and shows its menus.
        mode = self._window.findChild(QAction, "inboxMode")
        if mode is not None:
            mode.setChecked(self.inbox.isChecked())
        elif self.inbox.isChecked() != scope.inbox_mode(ws):
            self._window.set_scope(scope.set_inbox_mode(ws, self.inbox.isChecked()))
