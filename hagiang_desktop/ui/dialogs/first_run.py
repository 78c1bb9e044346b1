"""The first-run wizard: the office, where the database lives, the signing key, demo or empty.

It reuses the office picker and the passphrase dialog, embedded as pages, and only collects the
answers; ``services.first_run.set_up`` applies them. Shown on a fresh installation and from
Settings → Run the first-run wizard again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hagiang_desktop.services import server_names
from hagiang_desktop.services.first_run import FirstRunChoice, demo_db_path
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import DatabaseLocation, ServerLocation, parse_location
from hagiang_desktop.ui.dialogs.bundle_dialogs import PassphraseDialog
from hagiang_desktop.ui.dialogs.office_picker import OfficePickerDialog
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import choose_language, fill


def _embed(dialog: QDialog) -> QDialog:
    """Turn a dialog into a plain child widget without its own OK/Cancel (the wizard has them)."""
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.buttons.hide()  # type: ignore[attr-defined]
    return dialog


def _ok(dialog: QDialog) -> bool:
    return bool(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())  # type: ignore[attr-defined]


class OfficePage(QWizardPage):
    """Page 1: which unit this computer works for."""

    def __init__(self, units: Sequence[UnitRow], current_code: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The office"))
        self.picker = _embed(OfficePickerDialog(units, current_code, self))
        assert isinstance(self.picker, OfficePickerDialog)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        self.picker.table.selectionModel().selectionChanged.connect(lambda *_: self.completeChanged.emit())
        self.picker.search.textChanged.connect(lambda _text: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802
        """Tell whether an office is chosen (Qt override)."""
        return self.picker.code() is not None  # type: ignore[attr-defined]


class DatabasePage(QWizardPage):
    """Page 2: the database file (the user data folder by default), or the server in use.

    On a server (the wizard run again in a window on one, #22) the page names the server's
    database and keeps it: a file cannot stand in for the board's shared database here.
    """

    def __init__(self, db_path: DatabaseLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where the data is kept"))
        location = parse_location(db_path)
        self._server = location if isinstance(location, ServerLocation) else None
        if self._server is None:
            text = self.tr(
                "The office's database is one file. Keep the suggested place unless your office "
                "keeps its data elsewhere (e.g. a folder that is backed up). A file that does not "
                "exist yet is created."
            )
        else:
            text = self.tr(
                "This window works on a database on the server. The office, the signing key and "
                "the signer you choose are kept there; to work on another database, open it with "
                "File → Recent databases or start the program with its address."
            )
        intro = QLabel(text, self, wordWrap=True)
        self.path = QLineEdit(str(db_path), self, objectName="dbPath")
        self.browse = QPushButton(self.tr("Choose…"), self, objectName="dbBrowse")
        self.browse.clicked.connect(self._browse)
        if self._server is not None:
            # In words as the status bar says it; the address, for IT staff, in the tooltip.
            self.path.setText(server_names.for_people(self._server, choose_language(None)))
            self.path.setToolTip(self._server.label())
            self.path.setReadOnly(True)
            self.browse.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path.text(),
            self.tr("Database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing database is opened, not replaced
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        """Tell whether a file name is given (Qt override)."""
        return bool(self.path.text().strip())

    def location(self) -> DatabaseLocation:
        """Return the database chosen: the file typed or chosen, or the server in use."""
        if self._server is not None:
            return self._server
        return Path(self.path.text().strip()).expanduser()


class KeyPage(QWizardPage):
    """Page 3: create the signing identity now (passphrase twice) or later."""

    def __init__(self, has_identity: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The signing key"))
        intro = QLabel(
            self.tr(
                "The lists sent to the province are signed with the office's key, protected by a "
                "passphrase. It can also be created later from the Bundles menu."
            ),
            self,
            wordWrap=True,
        )
        self.now = QRadioButton(self.tr("Create the signing key &now"), self, objectName="keyNow")
        self.later = QRadioButton(self.tr("&Later"), self, objectName="keyLater")
        self.passphrase = _embed(PassphraseDialog("", "", confirm=True, parent=self))
        for label in self.passphrase.findChildren(QLabel):
            if not label.text() and label is not self.passphrase.hint:  # type: ignore[attr-defined]
                label.hide()  # the dialog's empty prompt: this page's intro says it
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if has_identity:
            layout.addWidget(QLabel(self.tr("This database already has a signing key."), self))
            self.now.setEnabled(False)
        layout.addWidget(self.now)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.later.setChecked(True)
        self.now.toggled.connect(self._toggled)
        self.passphrase.first.textChanged.connect(lambda _t: self.completeChanged.emit())  # type: ignore[attr-defined]
        self.passphrase.second.textChanged.connect(lambda _t: self.completeChanged.emit())  # type: ignore[attr-defined]
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        if on:  # by keyboard (Alt+N) the clerk types the passphrase next
            self.passphrase.first.setFocus()  # type: ignore[attr-defined]
        self.completeChanged.emit()

    def chosen_passphrase(self) -> str | None:
        """Return the new passphrase, or None for "later"."""
        return self.passphrase.first.text() if self.now.isChecked() else None  # type: ignore[attr-defined]

    def isComplete(self) -> bool:  # noqa: N802
        """Tell whether "later" is chosen or the passphrase is long enough and typed twice (Qt override)."""
        return self.later.isChecked() or _ok(self.passphrase)


class SignaturePage(QWizardPage):
    """Page 4: who signs (names only; titles and the rest in Settings → Letterhead and signature)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who signs"))
        intro = QLabel(
            self.tr(
                "The names printed under the signatures. The list and the covering letter are "
                "signed for the district's people's committee; the key form by the office's head. "
                "Titles, symbols and recipients can be changed in Settings → Letterhead and "
                "signature. Leave a name empty to write it by hand."
            ),
            self,
            wordWrap=True,
        )
        self.signer = QLineEdit(self, objectName="signerName")
        self.head = QLineEdit(self, objectName="headName")
        form = QFormLayout()
        form.addRow(self.tr("Signs the list and the letter:"), self.signer)
        form.addRow(self.tr("Head of the office:"), self.head)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)


class DataPage(QWizardPage):
    """Page 5: start with the office's (empty) database or open the demo data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Start"))
        self.empty = QRadioButton(self.tr("Start with the office's &database"), self, objectName="startEmpty")
        self.demo = QRadioButton(self.tr("Open the demo data to &practise"), self, objectName="startDemo")
        note = QLabel(
            fill(
                self.tr(
                    "The demo data is a separate practice file (%1) for Phòng Nội vụ huyện Đồng Văn; "
                    "the office's database stays untouched. Open the office's database again from "
                    "File → Recent databases."
                ),
                demo_db_path(),
            ),
            self,
            wordWrap=True,
        )
        self.empty.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        layout.addWidget(note)
        layout.addStretch(1)


class FirstRunWizard(QWizard):
    """The five pages; :meth:`choice` returns the answers once accepted.

    Args:
        units: the units offered as the office.
        db_path: the database file suggested, or the server the window has open.
        current_code: the office chosen now, if any.
        has_identity: the database already has a signing key.
    """

    def __init__(
        self,
        units: Sequence[UnitRow],
        db_path: DatabaseLocation,
        current_code: str | None = None,
        has_identity: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setting up hagiang-desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on Windows and Linux
        # Qt's own button texts are not in our catalogue (PySide6 ships no Vietnamese): name them here.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.office_page = OfficePage(units, current_code, self)
        self.db_page = DatabasePage(db_path, self)
        self.key_page = KeyPage(has_identity, self)
        self.signature_page = SignaturePage(self)
        self.data_page = DataPage(self)
        for page in (self.office_page, self.db_page, self.key_page, self.signature_page, self.data_page):
            self.addPage(page)
        fit_to_screen(self, QSize(760, 560))

    def choice(self) -> FirstRunChoice:
        """Return the answers (call after the wizard is accepted)."""
        code = self.office_page.picker.code()  # type: ignore[attr-defined]
        assert code is not None
        return FirstRunChoice(
            office_code=code,
            db_path=self.db_page.location(),
            passphrase=self.key_page.chosen_passphrase(),
            demo=self.data_page.demo.isChecked(),
            signer_name=self.signature_page.signer.text().strip(),
            head_name=self.signature_page.head.text().strip(),
        )
