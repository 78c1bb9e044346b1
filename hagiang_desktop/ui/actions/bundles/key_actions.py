"""The office's signing key: create, replace, show the fingerprint, export, back up, restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from hagiang_desktop.services import keys
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.workspace import Workspace, user_data_dir
from hagiang_desktop.ui.actions.bundles.common import ask_passphrase, open_path, refuse, save_path
from hagiang_desktop.ui.dialogs.bundle_dialogs import FingerprintDialog
from hagiang_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from hagiang_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def update_key_actions(window: ActionHost, key_menu: QMenu) -> None:
    """Enable the key actions that apply: create without a key, the others with one (#17).

    "Create the signing key…" stayed enabled with a key and asked for the passphrase twice
    before saying that the office already had one.
    """
    has_key = keys.active_identity(window.workspace) is not None
    for action in key_menu.actions():
        name = action.objectName()
        if name == "createKey":
            action.setEnabled(not has_key)
        elif name in ("showFingerprint", "exportCert", "backupKey", "rotateKey"):
            action.setEnabled(has_key)


def create_identity(window: ActionHost, passphrase: str | None = None, *, rotate: bool = False) -> bool:
    """Create (or replace, with ``rotate``) the office's key; then show its fingerprint."""
    title = (
        QCoreApplication.translate("bundles", "New signing key")
        if rotate
        else QCoreApplication.translate("bundles", "Create the signing key")
    )
    if not rotate and keys.active_identity(window.workspace) is not None:
        refuse(window, title, KeyProblem("identity_exists"))  # before asking for a passphrase (#17)
        return False
    if passphrase is None:
        passphrase = ask_passphrase(
            window,
            title,
            QCoreApplication.translate(
                "bundles",
                "Choose the passphrase that protects the office's signing key. It is asked each "
                "time a bundle is signed and cannot be recovered if forgotten.",
            ),
            confirm=True,
        )
        if passphrase is None:
            return False
    try:
        identity = keys.create_identity(window.workspace, passphrase, rotate=rotate)
    except KeyProblem as error:
        refuse(window, title, error)
        return False
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("bundles", "Signing key created: %1"), identity.fingerprint),
        15000,
    )
    return True


def rotate_identity(window: ActionHost, passphrase: str | None = None) -> bool:
    """Replace the key with a new one after a warning; the old one is kept as retired."""
    if passphrase is None:
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("bundles", "New signing key"),
            QCoreApplication.translate(
                "bundles",
                "Make a new key? The province must then receive and trust the new certificate "
                "(a new fingerprint form) before it accepts your next bundle.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    return create_identity(window, passphrase, rotate=True)


def show_fingerprint(window: ActionHost) -> FingerprintDialog | None:
    """Show the certificate's fingerprint, with buttons to save the form and export the certificate."""
    identity = keys.active_identity(window.workspace)
    if identity is None:
        refuse(
            window, QCoreApplication.translate("bundles", "Signing certificate"), KeyProblem("no_identity")
        )
        return None
    dialog = FingerprintDialog(identity, window)
    dialog.print_button.clicked.connect(lambda: print_fingerprint_form(window))
    dialog.form_button.clicked.connect(lambda: save_fingerprint_form(window))
    dialog.export_button.clicked.connect(lambda: export_certificate(window))
    dialog.open()
    return dialog


def _write_file(
    window: ActionHost,
    target: Path | None,
    title: str,
    name: str,
    filters: str,
    writer: Callable[[Workspace, Path], object],
) -> Path | None:
    """Ask where to save if needed, write the file through ``writer``, and say where it went."""
    target = target or save_path(window, title, name, filters)
    if target is None:
        return None
    try:
        writer(window.workspace, target)
    except KeyProblem as error:
        refuse(window, title, error)
        return None
    window.status_bar.show_saved(fill(QCoreApplication.translate("bundles", "Saved %1"), target), target)
    return target


def save_fingerprint_form(window: ActionHost, target: Path | None = None) -> Path | None:
    """Write the one-page fingerprint form (PDF) to sign, seal and send to the province."""
    title = QCoreApplication.translate("bundles", "Save the fingerprint form")
    filters = QCoreApplication.translate("bundles", "PDF (*.pdf)")
    return _write_file(window, target, title, "phieu-van-tay.pdf", filters, keys.fingerprint_form)


def print_fingerprint_form(window: ActionHost) -> PdfPreviewDialog | None:
    """Show the fingerprint form in the print preview, ready for the office printer."""
    title = QCoreApplication.translate("bundles", "Fingerprint form")
    target = user_data_dir() / "phieu-xac-nhan-van-tay.pdf"
    if _write_file(window, target, title, target.name, "", keys.fingerprint_form) is None:
        return None
    preview = PdfPreviewDialog(target, window)
    preview.open()
    return preview


def export_certificate(window: ActionHost, target: Path | None = None) -> Path | None:
    """Write the certificate (PEM) for the province's trust store."""
    code = window.scope.office.code if window.scope.office else "office"
    title = QCoreApplication.translate("bundles", "Export the certificate")
    filters = QCoreApplication.translate("bundles", "Certificate (*.pem)")
    return _write_file(window, target, title, f"{code}.pem", filters, keys.export_certificate)


def backup_key(window: ActionHost, target: Path | None = None, passphrase: str | None = None) -> Path | None:
    """Copy the key to a .p12 file (still protected by its passphrase), e.g. on a USB stick."""
    title = QCoreApplication.translate("bundles", "Back up the key")
    target = target or save_path(
        window, title, "khoa-ky.p12", QCoreApplication.translate("bundles", "Key backup (*.p12)")
    )
    if target is None:
        return None
    if passphrase is None:
        passphrase = ask_passphrase(
            window,
            title,
            QCoreApplication.translate("bundles", "The key's passphrase (the backup keeps it):"),
        )
        if passphrase is None:
            return None
    try:
        keys.backup_key(window.workspace, target, passphrase)
    except KeyProblem as error:
        refuse(window, title, error)
        return None
    window.status_bar.show_saved(fill(QCoreApplication.translate("bundles", "Saved %1"), target), target)
    return target


def restore_key(window: ActionHost, source: Path | None = None, passphrase: str | None = None) -> bool:
    """Make a backed-up key (.p12) the active one (a new PC)."""
    title = QCoreApplication.translate("bundles", "Restore the key")
    source = source or open_path(
        window, title, QCoreApplication.translate("bundles", "Key backup (*.p12 *.pfx)")
    )
    if source is None:
        return False
    if passphrase is None:
        passphrase = ask_passphrase(
            window, title, QCoreApplication.translate("bundles", "The passphrase of this backup:")
        )
        if passphrase is None:
            return False
    try:
        identity = keys.restore_key(window.workspace, source, passphrase)
    except KeyProblem as error:
        refuse(window, title, error)
        return False
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("bundles", "Signing key restored: %1"), identity.fingerprint),
        15000,
    )
    return True
