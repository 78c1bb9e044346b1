"""Trusting a certificate (an office's, or the province's) and the province's trust store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from hagiang_desktop.ui.actions.bundles.common import open_path, refuse
from hagiang_desktop.ui.dialogs.bundle_dialogs import TrustStoreDialog

if TYPE_CHECKING:
    from hagiang_desktop.ui.main_window import MainWindow


def import_certificate(window: MainWindow, source: Path | None = None, *, confirm: bool = True) -> bool:
    """Trust an office's (or the province's) certificate after comparing its fingerprint."""
    from hagiang_desktop.exports import signing
    from hagiang_desktop.exports.signing import SigningProblem
    from hagiang_desktop.services import bundles

    title = QCoreApplication.translate("bundles", "Trust a certificate")
    source = source or open_path(
        window, title, QCoreApplication.translate("bundles", "Certificate (*.pem *.crt *.cer)")
    )
    if source is None:
        return False
    try:
        info = signing.certificate_info(signing.load_certificate(source.read_bytes()))
    except (SigningProblem, OSError):
        refuse(window, title, SigningProblem("bad_certificate"))
        return False
    if confirm:
        groups = info.fingerprint.split()
        lines = "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
        answer = QMessageBox.question(
            window,
            title,
            QCoreApplication.translate(
                "bundles",
                "%1 (%2)\n\nSHA-256 fingerprint:\n%3\n\n"
                "Is it exactly the fingerprint on the signed and sealed form?",
            )
            .replace("%1", info.unit_name)
            .replace("%2", info.unit_code)
            .replace("%3", lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    bundles.add_trusted(window.workspace, source.read_bytes())
    window.statusBar().showMessage(
        QCoreApplication.translate("bundles", "Trusted: %1").replace("%1", info.unit_name), 10000
    )
    return True


def trust_store(window: MainWindow) -> TrustStoreDialog:
    """Show the trust store, with buttons to import and to stop trusting a certificate."""
    from hagiang_desktop.services import bundles

    dialog = TrustStoreDialog(bundles.list_trusted(window.workspace), window)

    def imported() -> None:
        if import_certificate(window):
            dialog.model.set_rows(bundles.list_trusted(window.workspace))

    def removed() -> None:
        row = dialog.selected()
        if row is not None:
            bundles.remove_trusted(window.workspace, row.id)
            dialog.model.set_rows(bundles.list_trusted(window.workspace))

    dialog.import_button.clicked.connect(imported)
    dialog.remove_button.clicked.connect(removed)
    dialog.open()
    return dialog
