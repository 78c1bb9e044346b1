"""Choose who signs for the office: the software key or the office's USB token (issue #21).

The dialog proposes the token drivers (PKCS#11) found on this computer, lets the clerk browse
for another one, lists the certificates on the token with their subject, issuer and validity,
and asks the token's PIN once. A wrong PIN is said, with what the token tells of the tries
left, and never sent again by the program: each wrong one uses one of the token's few tries.
The PIN field is emptied after each attempt; the PIN is not kept anywhere.

It only shows and collects: the services (:mod:`hagiang_desktop.services.signers`) read the
token and record the choice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import format_date_of
from hagiang_desktop.services import signed_pdfs, signers
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from hagiang_desktop.services.signers import ModuleCandidate, TokenCertificate


def _common_name(subject: str) -> str:
    """Return the ``CN=`` part of a subject as the program shows subjects (the whole when none)."""
    for part in subject.split(", "):
        if part.startswith("CN="):
            return part[3:]
    return subject


def driver_text(candidate: ModuleCandidate) -> str:
    """Describe a proposed driver: its maker and file, and why a 32-bit one cannot be used."""
    maker = candidate.maker or QCoreApplication.translate("signing_identity", "Unknown maker")
    text = f"{maker} — {candidate.path}"
    if not candidate.usable:
        if candidate.bits == 32:
            return (
                text
                + " "
                + QCoreApplication.translate(
                    "signing_identity",
                    "(32-bit driver: this 64-bit program cannot use it; install the 64-bit one)",
                )
            )
        return (
            text
            + " "
            + QCoreApplication.translate(
                "signing_identity", "(built for another kind of computer: cannot be used)"
            )
        )
    return text


class SigningIdentityDialog(QDialog):
    """Choose the software key or a token's certificate; the token's PIN is asked once.

    Args:
        ws: the workspace (the choice is recorded in its settings).
        describe: turns a refusal into the clerk's words (the Bundles menu's texts).
        parent: the window.

    Attributes:
        chosen: after OK, what signs now: a :class:`~hagiang_desktop.services.signers.TokenChoice`,
            the software key's row, or None (software chosen, no key made yet).
        attempts: how many times the PIN was sent to a token from this dialog (once per OK).
    """

    def __init__(
        self, ws: Workspace, describe: Callable[[KeyProblem], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signingIdentityDialog")
        self.setWindowTitle(QCoreApplication.translate("signing_identity", "Signing identity"))
        self._ws = ws
        self._describe = describe
        self._found: list[TokenCertificate] = []
        self._found_module = ""
        choice = signers.token_choice(ws)
        self._current: str | None = choice.fingerprint if choice is not None else None
        self.chosen: object = None
        self.attempts = 0

        self.current = QLabel(self, objectName="currentIdentity")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.software = QRadioButton(
            QCoreApplication.translate("signing_identity", "The software key made by this program"),
            self,
            objectName="useSoftware",
        )
        self.token = QRadioButton(
            QCoreApplication.translate(
                "signing_identity", "The office's USB token (its digital signature certificate)"
            ),
            self,
            objectName="useToken",
        )

        self.drivers = QComboBox(self, objectName="drivers")
        self.drivers.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drivers.setMinimumContentsLength(40)
        browse = QPushButton(
            QCoreApplication.translate("signing_identity", "Browse…"), self, objectName="browseDriver"
        )
        browse.clicked.connect(self._browse)
        self.read = QPushButton(
            QCoreApplication.translate("signing_identity", "Read the token"), self, objectName="readToken"
        )
        self.read.clicked.connect(self.read_token)
        driver_row = QHBoxLayout()
        driver_row.addWidget(self.drivers, 1)
        driver_row.addWidget(browse)
        driver_row.addWidget(self.read)

        self.certificates: QTableWidget = QTableWidget(0, 6, self, objectName="tokenCertificates")
        self.certificates.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("signing_identity", "Token"),
                QCoreApplication.translate("signing_identity", "Key"),
                QCoreApplication.translate("signing_identity", "Certificate of"),
                QCoreApplication.translate("signing_identity", "Issued by"),
                QCoreApplication.translate("signing_identity", "Valid from"),
                QCoreApplication.translate("signing_identity", "Valid to"),
            ]
        )
        self.certificates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.certificates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.certificates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.certificates.verticalHeader().hide()
        header = self.certificates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.certificates.itemSelectionChanged.connect(self._check)

        self.pin = QLineEdit(self, objectName="pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.textChanged.connect(self._check)
        pin_hint = QLabel(
            QCoreApplication.translate(
                "signing_identity",
                "The PIN is asked once when you press OK and is not kept. Each wrong PIN uses one of the "
                "token's few tries; the program never tries it again by itself.",
            ),
            self,
            objectName="pinHint",
        )
        pin_hint.setWordWrap(True)

        self.token_box = QGroupBox(
            QCoreApplication.translate("signing_identity", "USB token"), self, objectName="tokenBox"
        )
        form = QFormLayout(self.token_box)
        form.addRow(QCoreApplication.translate("signing_identity", "Driver (PKCS#11):"), driver_row)
        form.addRow(self.certificates)
        form.addRow(QCoreApplication.translate("signing_identity", "Token PIN:"), self.pin)
        form.addRow(pin_hint)

        # What every signature shows and carries, whichever identity signs (#21).
        self._seal: Path | None | bool = False  # False: unchanged; None: removed; a path: chosen
        self.seal_name = QLabel(self, objectName="sealName")
        choose_seal = QPushButton(
            QCoreApplication.translate("signing_identity", "Choose an image…"), self, objectName="chooseSeal"
        )
        choose_seal.clicked.connect(self._browse_seal)
        remove_seal = QPushButton(
            QCoreApplication.translate("signing_identity", "No image"), self, objectName="removeSeal"
        )
        remove_seal.clicked.connect(lambda _checked=False: self.choose_seal(None))
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_name, 1)
        seal_row.addWidget(choose_seal)
        seal_row.addWidget(remove_seal)
        self.timestamp = QLineEdit(signed_pdfs.timestamp_url(ws), self, objectName="timestampUrl")
        self.timestamp.setPlaceholderText(
            QCoreApplication.translate(
                "signing_identity", "http://… (optional; given by your certificate provider)"
            )
        )
        look = QGroupBox(
            QCoreApplication.translate("signing_identity", "Every signature"),
            self,
            objectName="signatureLook",
        )
        look_form = QFormLayout(look)
        look_form.addRow(QCoreApplication.translate("signing_identity", "Seal or signature image:"), seal_row)
        look_form.addRow(QCoreApplication.translate("signing_identity", "Timestamp server:"), self.timestamp)
        self._show_seal(signed_pdfs.stamp_image_name(ws))

        self.problem = QLabel(self, objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.software)
        layout.addWidget(self.token)
        layout.addWidget(self.token_box, 1)
        layout.addWidget(look)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.software.toggled.connect(self._check)
        self.token.toggled.connect(self._check)
        self._fill_drivers()
        self._show_current()
        self._check()
        fit_to_screen(self, QSize(980, 560))

    # -- what is there --------------------------------------------------------------------------

    def current_text(self) -> str:
        """Say what signs for the office now (the token's certificate, or the software key)."""
        choice = signers.token_choice(self._ws)
        if choice is not None:
            return fill(
                QCoreApplication.translate(
                    "signing_identity", "Signing now with the token %1: %2, issued by %3, valid to %4."
                ),
                choice.token_label,
                _common_name(choice.subject),
                _common_name(choice.issuer),
                format_date_of(choice.not_after),
            )
        identity = signers.current_identity(self._ws)
        if identity is None:
            return QCoreApplication.translate(
                "signing_identity",
                "The office has no signing identity yet: create the software key or choose a token.",
            )
        return fill(
            QCoreApplication.translate(
                "signing_identity", "Signing now with the software key (fingerprint %1)."
            ),
            identity.fingerprint,
        )

    def _show_current(self) -> None:
        self.current.setText(self.current_text())
        choice = signers.token_choice(self._ws)
        if choice is not None:
            self.add_driver(Path(choice.module))
        else:
            self.software.setChecked(True)

    def _fill_drivers(self) -> None:
        for candidate in signers.driver_candidates():
            self._add_candidate(candidate)

    def _add_candidate(self, candidate: ModuleCandidate) -> int:
        index = self.drivers.findData(str(candidate.path))
        if index >= 0:
            return index
        self.drivers.addItem(driver_text(candidate), str(candidate.path))
        index = self.drivers.count() - 1
        if not candidate.usable:
            # Listed so that the clerk learns why, but not selectable.
            model = self.drivers.model()
            if isinstance(model, QStandardItemModel):
                item = model.item(index)
                if item is not None:
                    item.setEnabled(False)
        return index

    def add_driver(self, path: Path) -> None:
        """Add a driver file the clerk browsed to (or the one chosen before) and select it."""
        index = self._add_candidate(signers.driver_file(path))
        self.drivers.setCurrentIndex(index)
        self.token.setChecked(True)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("signing_identity", "The token's driver"),
            "",
            QCoreApplication.translate(
                "signing_identity", "Token driver (*.dll *.so *.so.* *.dylib);;All files (*)"
            ),
        )
        if chosen:
            self.add_driver(Path(chosen))

    def module(self) -> str:
        """Return the selected driver's path ("" when none)."""
        value = self.drivers.currentData()
        return str(value) if value else ""

    # -- reading the token ------------------------------------------------------------------------

    def read_token(self) -> list[TokenCertificate]:
        """List the certificates on the selected driver's tokens (no PIN needed: they are public)."""
        self._say("")
        self.certificates.setRowCount(0)
        self._found = []
        module = self.module()
        if not module:
            self._say(QCoreApplication.translate("signing_identity", "Choose the token's driver first."))
            return []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = signers.token_certificates(module)
        except KeyProblem as error:
            self._say(self._describe(error))
            return []
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._found, self._found_module = found, module
        now = datetime.now(UTC)
        for row, cert in enumerate(found):
            self.certificates.insertRow(row)
            cells = [
                cert.token_label,
                cert.key_label,
                _common_name(cert.subject),
                _common_name(cert.issuer),
                format_date_of(cert.not_before),
                format_date_of(cert.not_after),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    fill(
                        QCoreApplication.translate(
                            "signing_identity",
                            "Certificate of: %1\nIssued by: %2\nSerial of the token: %3\nFingerprint: %4",
                        ),
                        cert.subject,
                        cert.issuer,
                        cert.serial,
                        cert.fingerprint,
                    )
                )
                if not cert.not_before <= now <= cert.not_after:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.certificates.setItem(row, column, item)
        if not found:
            self._say(QCoreApplication.translate("signing_identity", "The token holds no certificate."))
        elif len(found) == 1:
            self.certificates.selectRow(0)
        else:  # the certificate chosen before, if it is among them
            for row, cert in enumerate(found):
                if cert.fingerprint == self._current:
                    self.certificates.selectRow(row)
        self.token.setChecked(True)
        self._check()
        return found

    def selected(self) -> TokenCertificate | None:
        """Return the certificate selected in the list, if any."""
        rows = self.certificates.selectionModel().selectedRows()
        if not rows or not self._found:
            return None
        return self._found[rows[0].row()]

    # -- choosing ---------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _keeps_current(self) -> bool:
        """Tell whether the token chosen before stays (nothing else selected): no PIN is needed."""
        cert = self.selected()
        return self._current is not None and (cert is None or cert.fingerprint == self._current)

    def _check(self) -> None:
        self.token_box.setEnabled(self.token.isChecked())
        ok = (
            self.software.isChecked()
            or (self.selected() is not None and bool(self.pin.text()))
            or self._keeps_current()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # -- the seal image and the timestamp server -------------------------------------------------------

    def _show_seal(self, name: str) -> None:
        self.seal_name.setText(
            name or QCoreApplication.translate("signing_identity", "(none: the signature shows text only)")
        )

    def choose_seal(self, path: Path | None) -> None:
        """Take an image of the seal or signature (None: draw signatures without one) on OK."""
        self._seal = path
        self._show_seal(path.name if path is not None else "")

    def _browse_seal(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("signing_identity", "Seal or signature image"),
            "",
            QCoreApplication.translate("signing_identity", "Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.choose_seal(Path(chosen))

    def _save_look(self) -> bool:
        """Store the seal image and the timestamp server; False (said) when one is refused."""
        try:
            if self._seal is not False:
                signed_pdfs.set_stamp_image(self._ws, self._seal if isinstance(self._seal, Path) else None)
                self._seal = False
            signed_pdfs.set_timestamp_url(self._ws, self.timestamp.text())
        except KeyProblem as error:
            self._say(self._describe(error))
            return False
        return True

    def _expired_text(self, cert: TokenCertificate) -> str:
        now = datetime.now(UTC)
        if cert.not_after < now:
            return fill(
                QCoreApplication.translate(
                    "signing_identity", "This certificate expired on %1; choose a valid one."
                ),
                format_date_of(cert.not_after),
            )
        if cert.not_before > now:
            return fill(
                QCoreApplication.translate("signing_identity", "This certificate is valid only from %1."),
                format_date_of(cert.not_before),
            )
        return ""

    def apply(self) -> None:
        """Record the choice: the software key, or the selected certificate after one PIN try.

        The seal image and the timestamp server are stored first: a refused one is said before
        any PIN is sent.
        """
        if not self._save_look():
            return
        if self.software.isChecked():
            self.chosen = signers.use_software(self._ws)
            self.accept()
            return
        cert = self.selected()
        if self._keeps_current() and not (cert is not None and self.pin.text()):
            self.chosen = signers.token_choice(self._ws)
            self.accept()
            return
        if cert is None:
            return
        expired = self._expired_text(cert)
        if expired:
            self._say(expired)
            return
        pin = self.pin.text()
        self.pin.clear()  # one try per OK; the PIN is not kept, not even in the field
        self.attempts += 1
        try:
            self.chosen = signers.use_token(self._ws, signers.token_ref(self._found_module, cert), pin)
        except KeyProblem as error:
            self._say(self._pin_problem(error))
            self.pin.setFocus()
            return
        self.accept()

    def _pin_problem(self, error: KeyProblem) -> str:
        text = self._describe(error)
        if error.code == "wrong_pin" and error.detail == "final_try":
            text += " " + QCoreApplication.translate(
                "signing_identity", "Only ONE try is left: another wrong PIN locks the token."
            )
        elif error.code == "wrong_pin" and error.detail == "count_low":
            text += " " + QCoreApplication.translate("signing_identity", "Few tries are left.")
        return text
