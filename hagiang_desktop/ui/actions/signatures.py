"""The window's side of issue #21: the token's PIN prompt and "Kiểm tra chữ ký" (check a signed PDF).

Kept apart from the Bundles menu's module (which #17 reworks) so that both stay small: the
bundle dialog calls :func:`ask_for_pin_if_token` to relabel its secret field, and
:func:`install` adds the check to the Bundles menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QMenu, QMessageBox, QWidget

from hagiang_desktop.core.vntext import format_date_of, format_moment
from hagiang_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from hagiang_desktop.services.signed_pdfs import PdfSignatureReport
    from hagiang_desktop.ui.dialogs.signing_identity import SigningIdentityDialog
    from hagiang_desktop.ui.host import ActionHost


def signs_with_token(window: ActionHost) -> bool:
    """Tell whether the office signs with its USB token (the secret is then the token's PIN)."""
    from hagiang_desktop.services import signers

    return signers.identity_kind(window.workspace) == signers.TOKEN


def ask_for_pin_if_token(window: ActionHost, dialog: QWidget) -> None:
    """Relabel a passphrase dialog for the token's PIN when the office signs with its token.

    The warning says why the program never tries a PIN again by itself: each wrong one uses one
    of the token's few tries.
    """
    if not signs_with_token(window):
        return
    field = dialog.findChild(QWidget, "passphrase")
    for form in dialog.findChildren(QFormLayout):
        label = form.labelForField(field) if field is not None else None
        if isinstance(label, QLabel):
            label.setText(QCoreApplication.translate("signatures", "Token PIN:"))
    hint = dialog.findChild(QLabel, "passphraseHint")
    if hint is not None:
        hint.setText(
            QCoreApplication.translate(
                "signatures",
                "Each wrong PIN uses one of the token's few tries; the program never tries it again "
                "by itself.",
            )
        )
        hint.show()


def _key_menu(menu: QMenu) -> QMenu | None:
    """Return the Bundles menu's "Signing key" submenu (the one holding "Create the signing key…")."""
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu) and any(a.objectName() == "createKey" for a in sub.actions()):
            return sub
    return None


def install(window: ActionHost) -> None:
    """Add "Choose the signing device…" to the key menu and "Check a signed PDF…" to the Bundles menu."""
    menu = window.findChild(QMenu, "bundlesMenu")
    if menu is None:
        return
    key_menu = _key_menu(menu)
    if key_menu is not None:
        choose = QAction(
            QCoreApplication.translate("signatures", "Choose the signing &device (key or USB token)…"),
            window,
            objectName="chooseSigningIdentity",
        )
        choose.triggered.connect(lambda _checked=False: choose_identity(window))
        first = key_menu.actions()[0] if key_menu.actions() else None
        key_menu.insertAction(first, choose)  # type: ignore[arg-type]  # Qt: None is at the end
        key_menu.insertSeparator(first)  # type: ignore[arg-type]
    action = QAction(
        QCoreApplication.translate("signatures", "Check a signed PDF's signature…"),
        window,
        objectName="verifyPdf",
    )
    action.triggered.connect(lambda _checked=False: verify_pdf(window))
    menu.addSeparator()
    menu.addAction(action)


def choose_identity(window: ActionHost) -> SigningIdentityDialog:
    """Open the dialog that chooses the software key or the office's token (PIN asked once)."""
    from hagiang_desktop.ui.actions.bundles import problem_text
    from hagiang_desktop.ui.dialogs.signing_identity import SigningIdentityDialog

    dialog = SigningIdentityDialog(window.workspace, problem_text, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        text = dialog.current_text()
        window.statusBar().showMessage(text, 15000)

    dialog.accepted.connect(done)
    dialog.open()
    return dialog


def report_text(reports: list[PdfSignatureReport]) -> str:
    """Describe each signature in plain words (who, when, certificate, changed, trusted)."""
    lines = []
    for number, r in enumerate(reports, start=1):
        when = format_moment(r.signing_time, seconds=True) if r.signing_time else "?"
        lines.append(
            fill(
                QCoreApplication.translate(
                    "signatures",
                    "Signature %1: signed by %2 at %3 (Vietnam time).\nCertificate issued by %4, "
                    "valid %5 – %6; fingerprint %7.\n%8 %9",
                ),
                number,
                r.signer,
                when,
                r.issuer,
                format_date_of(r.not_before),
                format_date_of(r.not_after),
                r.fingerprint,
                QCoreApplication.translate("signatures", "The document was NOT changed after signing.")
                if r.intact and r.valid and not r.changed_after
                else QCoreApplication.translate("signatures", "THE DOCUMENT WAS CHANGED AFTER SIGNING."),
                QCoreApplication.translate("signatures", "The certificate is trusted.")
                if r.trusted
                else QCoreApplication.translate("signatures", "The certificate is NOT trusted here."),
            )
        )
        if r.timestamp is not None:
            lines[-1] += "\n" + fill(
                QCoreApplication.translate(
                    "signatures", "Timestamped by a timestamp server at %1 (Vietnam time)."
                ),
                format_moment(r.timestamp, seconds=True),
            )
    return "\n\n".join(lines)


def verify_pdf(window: ActionHost, source: Path | None = None) -> list[PdfSignatureReport] | None:
    """Ask for a PDF and say who signed it, when, with which certificate, and whether it changed.

    Returns:
        The reports (empty: not signed), or None when cancelled or unreadable.
    """
    from hagiang_desktop.services import certificates, signed_pdfs

    title = QCoreApplication.translate("signatures", "Check a signed PDF")
    if source is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            window, title, str(Path.home()), QCoreApplication.translate("signatures", "PDF (*.pdf)")
        )
        if not chosen:
            return None
        source = Path(chosen)
    try:
        reports = signed_pdfs.verify(source.read_bytes(), signed_pdfs.trusted_here(window.workspace))
    except (certificates.SigningProblem, OSError) as error:
        QMessageBox.warning(
            window,
            title,
            fill(QCoreApplication.translate("signatures", "Cannot read the PDF: %1"), error),
        )
        return None
    if not reports:
        QMessageBox.warning(
            window, title, QCoreApplication.translate("signatures", "This PDF carries no signature.")
        )
        return reports
    text = report_text(reports)
    if all(r.ok for r in reports):
        QMessageBox.information(window, title, text)
    else:
        QMessageBox.warning(window, title, text)
    return reports
