"""Trusting a certificate (an office's, or the province's) and the province's trust store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QInputDialog, QLabel, QMessageBox, QPushButton

from hagiang_desktop.ui.actions.bundles.common import open_path, refuse
from hagiang_desktop.ui.dialogs.bundle_dialogs import TrustStoreDialog
from hagiang_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def import_certificate(
    window: ActionHost, source: Path | None = None, *, confirm: bool = True, unit_code: str | None = None
) -> bool:
    """Trust an office's (or the province's) certificate after comparing its fingerprint.

    A certificate a certificate authority issued (an office's USB token) names no unit code of
    ours: the clerk types the unit code printed on the office's signed fingerprint form (#21).
    """
    from hagiang_desktop.services import bundles, certificates
    from hagiang_desktop.services.certificates import SigningProblem

    title = QCoreApplication.translate("bundles", "Trust a certificate")
    source = source or open_path(
        window, title, QCoreApplication.translate("bundles", "Certificate (*.pem *.crt *.cer)")
    )
    if source is None:
        return False
    try:
        info = certificates.describe(source.read_bytes())
    except (SigningProblem, OSError):
        refuse(window, title, SigningProblem("bad_certificate"))
        return False
    if confirm:
        groups = info.fingerprint.split()
        lines = "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
        answer = QMessageBox.question(
            window,
            title,
            fill(
                QCoreApplication.translate(
                    "bundles",
                    "%1 (%2)\n\nSHA-256 fingerprint:\n%3\n\n"
                    "Is it exactly the fingerprint on the signed and sealed form?",
                ),
                info.unit_name,
                info.unit_code,
                lines,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    if not info.unit_code and unit_code is None:
        typed, ok = QInputDialog.getText(
            window,
            title,
            QCoreApplication.translate(
                "bundles",
                "This certificate was issued by a certificate authority and names no unit code. Type the "
                "unit code printed on the office's signed fingerprint form:",
            ),
        )
        if not ok or not typed.strip():
            return False
        unit_code = typed.strip()
    try:
        bundles.add_trusted(window.workspace, source.read_bytes(), unit_code or None)
    except SigningProblem as error:
        refuse(window, title, error)
        return False
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("bundles", "Trusted: %1"), info.unit_name), 10000
    )
    return True


def trust_store(window: ActionHost) -> TrustStoreDialog:
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
    authorities = QLabel(_authorities_text(window), dialog, objectName="authorities")
    authorities.setWordWrap(True)
    column = dialog.layout()
    assert isinstance(column, QBoxLayout)  # the dialog's column (the stubs say a QLayout, or None)
    column.insertWidget(1, authorities)
    install = QPushButton(
        QCoreApplication.translate("bundles", "Install certificate authorities…"),
        dialog,
        objectName="installCa",
    )
    install.clicked.connect(
        lambda _checked=False: install_authorities(window) and authorities.setText(_authorities_text(window))
    )
    box = dialog.findChild(QDialogButtonBox)
    if box is not None:
        box.addButton(install, QDialogButtonBox.ButtonRole.ActionRole)
    dialog.open()
    return dialog


def _authorities_text(window: ActionHost) -> str:
    from hagiang_desktop.services import trust_authorities

    rows = trust_authorities.list_authorities(window.workspace)
    if not rows:
        return QCoreApplication.translate(
            "bundles", "No certificate authority is installed: only the certificates above are trusted."
        )
    names = "; ".join(r.subject.split("CN=")[-1] for r in rows)
    return fill(
        QCoreApplication.translate(
            "bundles",
            "Certificate authorities installed (certificates they issue are trusted once bound to a unit): "
            "%1",
        ),
        names,
    )


def install_authorities(window: ActionHost, source: Path | None = None, *, confirm: bool = True) -> bool:
    """Install the certificate authorities of a file (the VGCA root and sub-CAs…), fingerprints compared."""
    from hagiang_desktop.services import trust_authorities
    from hagiang_desktop.services.certificates import SigningProblem

    title = QCoreApplication.translate("bundles", "Install certificate authorities")
    source = source or open_path(
        window, title, QCoreApplication.translate("bundles", "Certificate (*.pem *.crt *.cer)")
    )
    if source is None:
        return False
    try:
        data = source.read_bytes()
        found = trust_authorities.read_authorities(data)
    except OSError:
        refuse(window, title, SigningProblem("bad_certificate"))
        return False
    except SigningProblem as error:
        refuse(window, title, error)
        return False
    if confirm:
        listed = "\n\n".join(f"{a.subject.split('CN=')[-1]}\n{a.fingerprint}" for a in found)
        answer = QMessageBox.question(
            window,
            title,
            fill(
                QCoreApplication.translate(
                    "bundles",
                    "%1\n\nAre these exactly the fingerprints the certificate authority publishes?",
                ),
                listed,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    trust_authorities.add_authorities(window.workspace, data)
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("bundles", "Installed %1 certificate authorities."), len(found)),
        10000,
    )
    return True
