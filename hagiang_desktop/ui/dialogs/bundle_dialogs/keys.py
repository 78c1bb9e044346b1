"""The signing key's dialogs: the passphrase and the fingerprint to read out (issue #7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import VN_TZ, format_date_short
from hagiang_desktop.services.keys import MIN_PASSPHRASE, IdentityRow
from hagiang_desktop.ui.dialogs.bundle_dialogs.tables import close_box
from hagiang_desktop.ui.i18n import fill


def fingerprint_label(fingerprint: str, parent: QWidget | None = None) -> QLabel:
    """Show a fingerprint as four lines of four groups, fixed width, selectable."""
    groups = fingerprint.split()
    label = QLabel("\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)), parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    return label


class PassphraseDialog(QDialog):
    """Ask for the signing key's passphrase; a new one is typed twice and must be long enough.

    Args:
        title: the window title.
        prompt: what the passphrase is for.
        confirm: ask twice and enforce the minimum length (a new passphrase).
    """

    def __init__(
        self, title: str, prompt: str, *, confirm: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._confirm = confirm
        self.first: QLineEdit = QLineEdit(self, objectName="passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self, objectName="passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self, objectName="passphraseHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("bundles", "Passphrase:"), self.first)
        if confirm:
            form.addRow(QCoreApplication.translate("bundles", "Type it again:"), self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(prompt, self, objectName="passphrasePrompt")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()
        self.resize(460, self.sizeHint().height())

    def _check(self) -> None:
        text = self.first.text()
        ok = bool(text)
        hint = ""
        if self._confirm:
            # The rule stays in view while the clerk types, not only until it is met (#17).
            hint = fill(
                QCoreApplication.translate(
                    "bundles", "At least %1 characters. Write it down and keep it apart from the computer."
                ),
                MIN_PASSPHRASE,
            )
            if len(text) < MIN_PASSPHRASE:
                ok = False
            elif text != self.second.text():
                ok = False
                hint += " " + QCoreApplication.translate(
                    "bundles", "The two passphrases are not the same yet."
                )
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def done(self, result: int) -> None:
        """Close as a dialog; embedded in the wizard there is nothing to close (Qt override)."""
        if self.isWindow():
            super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Embedded in the wizard, Enter goes on to its Next and Esc does nothing (Qt override)."""
        if not self.isWindow() and event.key() == Qt.Key.Key_Escape:
            event.accept()  # QDialog would hide the embedded fields
            return
        if not self.isWindow() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # to the wizard, whose default button is Next
            return
        super().keyPressEvent(event)

    def passphrase(self) -> str:
        """Return the passphrase typed."""
        return self.first.text()


class FingerprintDialog(QDialog):
    """Show the office's certificate and its fingerprint, with the form and export buttons.

    Attributes:
        print_button: shows the fingerprint form in the print preview.
        form_button: saves the one-page fingerprint form (PDF).
        export_button: exports the certificate (PEM).
    """

    def __init__(self, identity: IdentityRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Signing certificate"))
        created = identity.created_at.astimezone(VN_TZ).date()
        info = QFormLayout()
        info.addRow(QCoreApplication.translate("bundles", "Office:"), QLabel(identity.unit_name, self))
        info.addRow(QCoreApplication.translate("bundles", "Unit code:"), QLabel(identity.unit_code, self))
        info.addRow(
            QCoreApplication.translate("bundles", "Created:"), QLabel(format_date_short(created), self)
        )
        explain = QLabel(
            QCoreApplication.translate(
                "bundles",
                "The province trusts bundles signed with this certificate only after comparing "
                "this SHA-256 fingerprint with the signed and sealed fingerprint form. Print the "
                "form, have it signed and sealed, and send it with the certificate.",
            ),
            self,
        )
        explain.setWordWrap(True)
        self.form_button = QPushButton(
            QCoreApplication.translate("bundles", "Save the fingerprint form (PDF)…"),
            self,
            objectName="saveForm",
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("bundles", "Export the certificate…"), self, objectName="exportCert"
        )
        self.print_button = QPushButton(
            QCoreApplication.translate("bundles", "Print the form…"), self, objectName="printForm"
        )
        buttons = close_box(self, self.print_button, self.form_button, self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addWidget(QLabel(QCoreApplication.translate("bundles", "SHA-256 fingerprint:"), self))
        layout.addWidget(
            fingerprint_label(identity.fingerprint, self), alignment=Qt.AlignmentFlag.AlignHCenter
        )
        layout.addWidget(explain)
        layout.addWidget(buttons)
