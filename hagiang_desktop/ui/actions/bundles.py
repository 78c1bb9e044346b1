"""The Bundles menu: the signing key, signed bundles to the province, and the province's inbox.

Issue #7. Every function here can run with its inputs given (tests, scripted use) or ask for
them with the usual dialogs when they are None. The services do the work; refusals come back as
codes and are shown in plain words (Vietnamese through the translation files).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QProgressDialog

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import keys, scope
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.workspace import Workspace, user_data_dir
from hagiang_desktop.ui.actions import signatures
from hagiang_desktop.ui.dialogs.bundle_dialogs import (
    BundleSummaryDialog,
    FingerprintDialog,
    InboxDialog,
    PassphraseDialog,
    ReturnDialog,
    TrustStoreDialog,
)
from hagiang_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from hagiang_desktop.ui.saved import with_open_links
from hagiang_desktop.ui.workers import Worker, run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.exports.bundle import BundleProblem
    from hagiang_desktop.exports.signing import SigningProblem
    from hagiang_desktop.services.bundles import BuiltBundle, ImportResult
    from hagiang_desktop.ui.main_window import MainWindow


#: What the clerk reads for each refusal (``%1``: the detail).
PROBLEMS = {
    "no_office": QT_TRANSLATE_NOOP(
        "bundles", "Choose this installation's office first (Settings → Choose the office)."
    ),
    "no_identity": QT_TRANSLATE_NOOP(
        "bundles", "The office has no signing key yet. Create one first (Bundles → Signing key)."
    ),
    "identity_exists": QT_TRANSLATE_NOOP("bundles", "The office already has a signing key."),
    "other_office": QT_TRANSLATE_NOOP(
        "bundles",
        "This key belongs to another office (%1: the key ≠ this office); it was not restored. Bundles "
        "signed with it would be refused by the province as coming from the wrong sender. Use this "
        "office's own key backup.",
    ),
    "office_mismatch": QT_TRANSLATE_NOOP(
        "bundles",
        "The active signing key belongs to another office (%1: the key ≠ this office): the province "
        "would refuse the bundle. Nothing was built or marked. Restore this office's own key or create "
        "a new one.",
    ),
    "short_passphrase": QT_TRANSLATE_NOOP("bundles", "The passphrase is too short: at least %1 characters."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("bundles", "The passphrase is not right. Nothing was changed."),
    "bad_key_file": QT_TRANSLATE_NOOP("bundles", "This file is not a usable key backup (.p12)."),
    # The office's USB token (#21): a wrong PIN is never retried by the program.
    "wrong_pin": QT_TRANSLATE_NOOP(
        "bundles", "Wrong PIN. Each wrong PIN uses one of the token's tries; nothing was signed."
    ),
    "pin_locked": QT_TRANSLATE_NOOP(
        "bundles", "The token's PIN is locked. The administrator PIN or the certificate provider unlocks it."
    ),
    "no_token": QT_TRANSLATE_NOOP("bundles", "No token is plugged in. Plug in the office's token."),
    "token_changed": QT_TRANSLATE_NOOP(
        "bundles", "The token plugged in is not the office's chosen token. Plug in the right one."
    ),
    "module_32bit": QT_TRANSLATE_NOOP(
        "bundles", "The token's driver is 32-bit; this program needs its 64-bit driver (%1)."
    ),
    "module_missing": QT_TRANSLATE_NOOP("bundles", "The token's driver is not on this computer (%1)."),
    "module_unloadable": QT_TRANSLATE_NOOP("bundles", "The token's driver cannot be loaded (%1)."),
    "token_error": QT_TRANSLATE_NOOP("bundles", "The token refused: %1."),
    "bad_certificate": QT_TRANSLATE_NOOP("bundles", "This file is not a certificate (.pem)."),
    "not_recorded": QT_TRANSLATE_NOOP(
        "bundles",
        "The database could not be written (%1); another program may be holding it. No bundle was made "
        "and nothing was marked submitted. Close the other program and try again.",
    ),
    "too_large": QT_TRANSLATE_NOOP("bundles", "The bundle file is far too large; it was refused."),
    "damaged_zip": QT_TRANSLATE_NOOP(
        "bundles",
        "The bundle is damaged or was not copied completely (or it is not a bundle). Ask for it again.",
    ),
    "unsafe_path": QT_TRANSLATE_NOOP(
        "bundles", "The bundle holds a file with an unsafe path (%1); it was refused."
    ),
    "link_member": QT_TRANSLATE_NOOP("bundles", "The bundle holds a link (%1); it was refused."),
    "duplicate_member": QT_TRANSLATE_NOOP(
        "bundles", "The bundle holds two files with the same name (%1); it was refused."
    ),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "bundles", "The bundle would unpack to an enormous size (a zip bomb); it was refused."
    ),
    "no_manifest": QT_TRANSLATE_NOOP(
        "bundles", "This is not a signed bundle: its list of files or its signature is missing."
    ),
    "bad_manifest": QT_TRANSLATE_NOOP("bundles", "The bundle's list of files is malformed: %1."),
    "damaged_certificate": QT_TRANSLATE_NOOP(
        "bundles",
        "The signing certificate inside the bundle is damaged or was altered (%1). "
        "Do not trust it; ask the office to send the bundle again.",
    ),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "bundles", "The signing certificate has expired (%1); it was refused."
    ),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP(
        "bundles", "The signing certificate is not valid yet (%1); check the computers' clocks."
    ),
    "several_certificates": QT_TRANSLATE_NOOP(
        "bundles",
        "The file holds several certificates (%1). Put each in its own file and compare its "
        "fingerprint with the paper form before trusting it.",
    ),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "bundles", "The bundle was made by a newer program. Update the program."
    ),
    "bad_signature": QT_TRANSLATE_NOOP("bundles", "The bundle's digital signature is not valid."),
    "manifest_edited": QT_TRANSLATE_NOOP(
        "bundles", "The bundle's list of files was changed after it was signed."
    ),
    "untrusted_signer": QT_TRANSLATE_NOOP(
        "bundles", "The bundle is signed with a certificate that is not trusted here (fingerprint %1)."
    ),
    "sender_mismatch": QT_TRANSLATE_NOOP(
        "bundles", "The sender written in the bundle is not the office that signed it."
    ),
    "member_missing": QT_TRANSLATE_NOOP("bundles", "Files are missing from the bundle: %1."),
    "extra_member": QT_TRANSLATE_NOOP("bundles", "The bundle holds files that were not signed: %1."),
    "member_changed": QT_TRANSLATE_NOOP("bundles", "The file %1 was changed after the bundle was signed."),
    "other_plan": QT_TRANSLATE_NOOP("bundles", "The bundle belongs to another plan (%1)."),
    "wrong_kind": QT_TRANSLATE_NOOP("bundles", "This file is not of the kind expected here."),
    "replay": QT_TRANSLATE_NOOP(
        "bundles",
        "This bundle is older than, or the same as, one already received from this office; it was refused.",
    ),
    "outside_sender": QT_TRANSLATE_NOOP(
        "bundles",
        "The bundle holds a model of a unit that is not under the sending office (%1); it was refused.",
    ),
    "foreign_nomination": QT_TRANSLATE_NOOP(
        "bundles", "The bundle would overwrite a model sent by another office (%1); it was refused."
    ),
    "nothing_to_send": QT_TRANSLATE_NOOP("bundles", "No nomination is selected to send."),
    "sequence_taken": QT_TRANSLATE_NOOP(
        "bundles", "Another bundle was built at the same time. Build it again."
    ),
    "bad_data": QT_TRANSLATE_NOOP("bundles", "The data in the bundle is malformed: %1."),
    "unknown_unit": QT_TRANSLATE_NOOP("bundles", "The bundle names a unit that is not in the directory: %1."),
    "reason_required": QT_TRANSLATE_NOOP("bundles", "Write why the nomination goes back."),
    "not_found": QT_TRANSLATE_NOOP("bundles", "That nomination no longer exists."),
    "not_from_bundle": QT_TRANSLATE_NOOP("bundles", "That nomination did not come in an office's bundle."),
    "not_for_us": QT_TRANSLATE_NOOP("bundles", "This return file is addressed to another office (%1)."),
    "unknown_nomination": QT_TRANSLATE_NOOP(
        "bundles", "The return file names a nomination that is not here."
    ),
}


def problem_text(error: BundleProblem | KeyProblem | SigningProblem) -> str:
    """Return the plain-language reason for a refused key, bundle or return file."""
    source = PROBLEMS.get(error.code)
    return (
        QCoreApplication.translate("bundles", source).replace("%1", error.detail)
        if source
        else f"{error.code}: {error.detail}"
    )


def _refuse(window: MainWindow, title: str, error: BundleProblem | KeyProblem | SigningProblem) -> None:
    text = problem_text(error)
    window.statusBar().showMessage(text, 15000)
    QMessageBox.warning(window, title, text)


def _done(window: MainWindow, title: str, text: str, path: Path | None = None) -> None:
    window.statusBar().showMessage(text, 15000)
    QMessageBox.information(window, title, with_open_links(text, path) if path is not None else text)


def _refresh(window: MainWindow) -> None:
    # The nominations' statuses changed: the list and the dashboard read them again.
    window.nominations_tab.apply_search()
    window.refresh_dashboard()


def _ask_passphrase(window: MainWindow, title: str, prompt: str, *, confirm: bool = False) -> str | None:
    dialog = PassphraseDialog(title, prompt, confirm=confirm, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def _save_path(window: MainWindow, title: str, name: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(window, title, str(Path.home() / name), filters)
    return Path(chosen) if chosen else None


def _open_path(window: MainWindow, title: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(window, title, str(Path.home()), filters)
    return Path(chosen) if chosen else None


def install(window: MainWindow) -> None:
    """Add the Bundles menu (before Help); the province's inbox shows only in inbox mode."""
    menu_bar = window.menuBar()
    menu = QMenu(QCoreApplication.translate("bundles", "&Bundles"), window, objectName="bundlesMenu")
    help_action = menu_bar.actions()[-1] if menu_bar.actions() else None
    menu_bar.insertMenu(help_action, menu)
    key_menu = QMenu(QCoreApplication.translate("bundles", "Signing &key"), menu)
    inbox_menu = QMenu(QCoreApplication.translate("bundles", "Province &inbox"), menu, objectName="inboxMenu")
    # (menu, text, object name, slot); None is a separator. Built from data, as the house does.
    entries: list[tuple[QMenu, str, str, Callable[[MainWindow], object]] | tuple[QMenu, None]] = [
        (
            key_menu,
            QCoreApplication.translate("bundles", "&Create the signing key…"),
            "createKey",
            create_identity,
        ),
        (
            key_menu,
            QCoreApplication.translate("bundles", "Show the &fingerprint…"),
            "showFingerprint",
            show_fingerprint,
        ),
        (
            key_menu,
            QCoreApplication.translate("bundles", "&Export the certificate…"),
            "exportCert",
            export_certificate,
        ),
        (key_menu, None),
        (key_menu, QCoreApplication.translate("bundles", "&Back up the key…"), "backupKey", backup_key),
        (
            key_menu,
            QCoreApplication.translate("bundles", "&Restore the key from a backup…"),
            "restoreKey",
            restore_key,
        ),
        (
            key_menu,
            QCoreApplication.translate("bundles", "Replace with a &new key…"),
            "rotateKey",
            rotate_identity,
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Build the signed &bundle…"),
            "buildBundle",
            build_bundle,
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Build a &supplement bundle…"),
            "buildSupplement",
            lambda w: build_bundle(w, supplement=True),
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Import a return file from the province…"),
            "importReturn",
            import_return,
        ),
        (
            menu,
            QCoreApplication.translate("bundles", "Trust the province's certificate…"),
            "trustProvince",
            import_certificate,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Overview of received bundles…"),
            "inboxOverview",
            inbox_overview,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Import a bundle…"),
            "importBundle",
            import_bundle,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Trusted certificates…"),
            "trustStore",
            trust_store,
        ),
        (
            inbox_menu,
            QCoreApplication.translate("bundles", "&Return a nomination to its office…"),
            "returnNomination",
            return_nomination,
        ),
    ]
    menu.addMenu(key_menu)
    menu.addSeparator()
    office_actions: list[QAction] = []
    for entry in entries:
        if entry[1] is None:
            entry[0].addSeparator()
            continue
        target, text, name, slot = entry  # type: ignore[misc]
        action = QAction(text, window, objectName=name)
        action.triggered.connect(lambda _checked=False, slot=slot: slot(window))
        target.addAction(action)
        if target is menu:
            office_actions.append(action)
    key_menu.aboutToShow.connect(lambda: update_key_actions(window, key_menu))
    update_key_actions(window, key_menu)
    menu.addSeparator()
    inbox_action = menu.addMenu(inbox_menu)
    mode = QAction(
        QCoreApplication.translate("bundles", "This is the province's inbox"), window, objectName="inboxMode"
    )
    mode.setCheckable(True)
    mode.setChecked(scope.inbox_mode(window.workspace))
    menu.addAction(mode)

    def show_mode(on: bool) -> None:
        inbox_action.setVisible(on)
        # A district office turns the inbox on in Settings, not with one stray click in this
        # menu (#17); the province sees the switch here to turn it off.
        mode.setVisible(on)
        for action in office_actions:
            action.setVisible(not on)

    def toggle(on: bool) -> None:
        if not window.can_change_scope():
            mode.setChecked(not on)
            return
        window.set_scope(scope.set_inbox_mode(window.workspace, on))
        show_mode(on)

    mode.toggled.connect(toggle)
    show_mode(mode.isChecked())
    signatures.install(window)  # "Check a signed PDF's signature…" (#21)


def update_key_actions(window: MainWindow, key_menu: QMenu) -> None:
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


# ----------------------------------------------------------------------------------------------
# The signing key
# ----------------------------------------------------------------------------------------------


def create_identity(window: MainWindow, passphrase: str | None = None, *, rotate: bool = False) -> bool:
    """Create (or replace, with ``rotate``) the office's key; then show its fingerprint."""
    title = (
        QCoreApplication.translate("bundles", "New signing key")
        if rotate
        else QCoreApplication.translate("bundles", "Create the signing key")
    )
    if not rotate and keys.active_identity(window.workspace) is not None:
        _refuse(window, title, KeyProblem("identity_exists"))  # before asking for a passphrase (#17)
        return False
    if passphrase is None:
        passphrase = _ask_passphrase(
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
        _refuse(window, title, error)
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("bundles", "Signing key created: %1").replace("%1", identity.fingerprint),
        15000,
    )
    return True


def rotate_identity(window: MainWindow, passphrase: str | None = None) -> bool:
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


def show_fingerprint(window: MainWindow) -> FingerprintDialog | None:
    """Show the certificate's fingerprint, with buttons to save the form and export the certificate."""
    identity = keys.active_identity(window.workspace)
    if identity is None:
        _refuse(
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
    window: MainWindow,
    target: Path | None,
    title: str,
    name: str,
    filters: str,
    writer: Callable[[Workspace, Path], object],
) -> Path | None:
    """Ask where to save if needed, write the file through ``writer``, and say where it went."""
    target = target or _save_path(window, title, name, filters)
    if target is None:
        return None
    try:
        writer(window.workspace, target)
    except KeyProblem as error:
        _refuse(window, title, error)
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("bundles", "Saved %1").replace("%1", str(target)), 10000
    )
    return target


def save_fingerprint_form(window: MainWindow, target: Path | None = None) -> Path | None:
    """Write the one-page fingerprint form (PDF) to sign, seal and send to the province."""
    title = QCoreApplication.translate("bundles", "Save the fingerprint form")
    filters = QCoreApplication.translate("bundles", "PDF (*.pdf)")
    return _write_file(window, target, title, "phieu-van-tay.pdf", filters, keys.fingerprint_form)


def print_fingerprint_form(window: MainWindow) -> PdfPreviewDialog | None:
    """Show the fingerprint form in the print preview, ready for the office printer."""
    title = QCoreApplication.translate("bundles", "Fingerprint form")
    target = user_data_dir() / "phieu-xac-nhan-van-tay.pdf"
    if _write_file(window, target, title, target.name, "", keys.fingerprint_form) is None:
        return None
    preview = PdfPreviewDialog(target, window)
    preview.open()
    return preview


def export_certificate(window: MainWindow, target: Path | None = None) -> Path | None:
    """Write the certificate (PEM) for the province's trust store."""
    code = window.scope.office.code if window.scope.office else "office"
    title = QCoreApplication.translate("bundles", "Export the certificate")
    filters = QCoreApplication.translate("bundles", "Certificate (*.pem)")
    return _write_file(window, target, title, f"{code}.pem", filters, keys.export_certificate)


def backup_key(window: MainWindow, target: Path | None = None, passphrase: str | None = None) -> Path | None:
    """Copy the key to a .p12 file (still protected by its passphrase), e.g. on a USB stick."""
    title = QCoreApplication.translate("bundles", "Back up the key")
    target = target or _save_path(
        window, title, "khoa-ky.p12", QCoreApplication.translate("bundles", "Key backup (*.p12)")
    )
    if target is None:
        return None
    if passphrase is None:
        passphrase = _ask_passphrase(
            window,
            title,
            QCoreApplication.translate("bundles", "The key's passphrase (the backup keeps it):"),
        )
        if passphrase is None:
            return None
    try:
        keys.backup_key(window.workspace, target, passphrase)
    except KeyProblem as error:
        _refuse(window, title, error)
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("bundles", "Saved %1").replace("%1", str(target)), 10000
    )
    return target


def restore_key(window: MainWindow, source: Path | None = None, passphrase: str | None = None) -> bool:
    """Make a backed-up key (.p12) the active one (a new PC)."""
    title = QCoreApplication.translate("bundles", "Restore the key")
    source = source or _open_path(
        window, title, QCoreApplication.translate("bundles", "Key backup (*.p12 *.pfx)")
    )
    if source is None:
        return False
    if passphrase is None:
        passphrase = _ask_passphrase(
            window, title, QCoreApplication.translate("bundles", "The passphrase of this backup:")
        )
        if passphrase is None:
            return False
    try:
        identity = keys.restore_key(window.workspace, source, passphrase)
    except KeyProblem as error:
        _refuse(window, title, error)
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("bundles", "Signing key restored: %1").replace("%1", identity.fingerprint),
        15000,
    )
    return True


# ----------------------------------------------------------------------------------------------
# Building a bundle (in a worker thread)
# ----------------------------------------------------------------------------------------------


class BuildJob(QThread):
    """Build a bundle in a worker thread (forms for many nominations take a while on an old PC).

    Signals:
        progressed: (percent, step) while it works.
        built: the BuiltBundle, or the KeyProblem/BundleProblem that stopped it.
    """

    progressed = Signal(int, str)
    built = Signal(object)

    def __init__(self, window: MainWindow, target: Path, passphrase: str, supplement: bool) -> None:
        super().__init__(window)
        self._ws = window.workspace
        self.target = target
        self._passphrase = passphrase
        self._supplement = supplement

    def run(self) -> None:
        """Build the bundle (Qt override, runs in the worker thread)."""
        # The bundle services load openpyxl, reportlab and cryptography: on first use, not at start-up (#11).
        from hagiang_desktop.services import bundles

        try:
            result: Any = bundles.build_bundle(
                self._ws,
                self.target,
                self._passphrase,
                supplement=self._supplement,
                progress=lambda percent, step: self.progressed.emit(percent, step),
            )
        except Exception as error:  # noqa: BLE001 - reported on the UI thread, never raised in this one
            result = error
        self.built.emit(result)


_STEPS = {
    "collect": QT_TRANSLATE_NOOP("bundles", "Reading the selected nominations…"),
    "list": QT_TRANSLATE_NOOP("bundles", "Writing the registration list…"),
    "forms": QT_TRANSLATE_NOOP("bundles", "Writing the registration forms…"),
    "cover": QT_TRANSLATE_NOOP("bundles", "Writing the cover page…"),
    "sign": QT_TRANSLATE_NOOP("bundles", "Signing and writing the bundle…"),
    "done": QT_TRANSLATE_NOOP("bundles", "Done."),
}


class BuildFlow(QObject):
    """One bundle build: the summary and passphrase, progress dialog, worker, result message.

    Asked interactively (:meth:`ask`), the clerk first sees what the bundle will carry and types
    the passphrase in the same dialog; a wrong passphrase brings that dialog back with a note,
    the file and the summary kept (#17). Nothing changes status until the file is written.

    Signals:
        finished: emitted with the BuiltBundle, or None when it failed or was cancelled.

    Attributes:
        result: the bundle built, once done.
        error: the message shown when it failed.
        summary_dialog: the summary and passphrase dialog while it is open.
    """

    finished = Signal(object)

    def __init__(self, window: MainWindow, target: Path, supplement: bool) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.supplement = supplement
        self.result: BuiltBundle | None = None
        self.error: str | None = None
        self.summary_dialog: BundleSummaryDialog | None = None
        self.progress: QProgressDialog | None = None

    def ask(self, problem: str | None = None) -> BundleSummaryDialog:
        """Show the summary and ask for the passphrase (again, with ``problem``, after a wrong one)."""
        from hagiang_desktop.services.bundle_summary import bundle_summary

        if self.summary_dialog is None:
            summary = bundle_summary(self.window.workspace, supplement=self.supplement)
            dialog = BundleSummaryDialog(summary, self.target, self.window)
            signatures.ask_for_pin_if_token(self.window, dialog)  # a token's PIN, not a passphrase
            dialog.accepted.connect(lambda: self.start(dialog.passphrase()))
            dialog.rejected.connect(self._cancelled)
            self.summary_dialog = dialog
        if problem:
            self.summary_dialog.show_problem(problem)
        self.summary_dialog.open()
        return self.summary_dialog

    def _cancelled(self) -> None:
        self.summary_dialog = None
        self.finished.emit(None)

    def start(self, passphrase: str) -> None:
        """Start building with ``passphrase``."""
        self.progress = QProgressDialog(
            QCoreApplication.translate("bundles", "Building the bundle…"), "", 0, 100, self.window
        )
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowTitle(QCoreApplication.translate("bundles", "Signed bundle"))
        self.progress.setValue(0)
        self.job = BuildJob(self.window, self.target, passphrase, self.supplement)
        self.job.progressed.connect(self._progressed)
        self.job.built.connect(self._built)
        self.job.finished.connect(self.job.deleteLater)
        self.job.start()

    def _progressed(self, percent: int, step: str) -> None:
        assert self.progress is not None
        self.progress.setLabelText(QCoreApplication.translate("bundles", _STEPS.get(step, step)))
        self.progress.setValue(percent)

    def _built(self, result: object) -> None:
        from hagiang_desktop.exports.bundle import BundleProblem
        from hagiang_desktop.services.bundles import BuiltBundle

        self.job.wait()
        assert self.progress is not None
        self.progress.reset()
        self.progress.hide()
        title = QCoreApplication.translate("bundles", "Signed bundle")
        if (
            isinstance(result, KeyProblem)
            and result.code == "wrong_passphrase"
            and self.summary_dialog is not None
        ):
            self.ask(problem_text(result))  # type it again: the file and the summary are kept
            return
        self.summary_dialog = None
        if isinstance(result, (KeyProblem, BundleProblem)):
            self.error = problem_text(result)
            _refuse(self.window, title, result)
            self.finished.emit(None)
            return
        if isinstance(result, OSError):  # the folder cannot be written: no file, nothing marked
            self.error = (
                QCoreApplication.translate(
                    "bundles",
                    "The bundle could not be written to %1 (%2). Nothing was marked submitted; "
                    "choose another folder.",
                )
                .replace("%1", str(self.job.target))
                .replace("%2", result.strerror or type(result).__name__)
            )
            QMessageBox.warning(self.window, title, self.error)
            self.finished.emit(None)
            return
        if isinstance(result, BaseException):
            self.finished.emit(None)
            raise result  # a bug: the crash handler reports it, here on the UI thread
        assert isinstance(result, BuiltBundle)
        self.result = result
        _refresh(self.window)
        kind = (
            QCoreApplication.translate("bundles", "supplement bundle")
            if result.supplement
            else QCoreApplication.translate("bundles", "bundle")
        )
        _done(
            self.window,
            title,
            QCoreApplication.translate(
                "bundles",
                "The signed %1 number %2 with %3 nominations is written to %4. "
                "They are now marked as submitted.",
            )
            .replace("%1", kind)
            .replace("%2", str(result.sequence))
            .replace("%3", str(result.nomination_count))
            .replace("%4", str(result.path)),
            result.path,
        )
        self.finished.emit(result)


def build_bundle(
    window: MainWindow, target: Path | None = None, passphrase: str | None = None, *, supplement: bool = False
) -> BuildFlow | None:
    """Ask where to write the bundle, show what it carries with the passphrase, then build it.

    With a ``passphrase`` given (scripts, tests) it builds at once; otherwise the summary and
    passphrase dialog opens (:attr:`BuildFlow.summary_dialog`) and the build starts when the
    clerk confirms.

    Returns:
        The flow (its ``finished`` signal tells the result), or None if cancelled.
    """
    from hagiang_desktop.services import signers

    title = QCoreApplication.translate("bundles", "Signed bundle")
    if signers.current_identity(window.workspace) is None:  # the software key or the token (#21)
        _refuse(window, title, KeyProblem("no_identity"))
        return None
    if target is None:
        code = window.scope.office.code if window.scope.office else "bundle"
        name = f"{code}-bo-sung.zip" if supplement else f"{code}-danh-sach.zip"
        target = _save_path(window, title, name, QCoreApplication.translate("bundles", "Bundle (*.zip)"))
        if target is None:
            return None
    flow = BuildFlow(window, target, supplement)
    if passphrase is None:
        flow.ask()
    else:
        flow.start(passphrase)
    return flow


class FileImportFlow(QObject):
    """Verify and merge a signed file (a bundle, a return file) in a worker, behind a progress dialog.

    A district's full list takes seconds to verify and merge: the window keeps painting
    meanwhile. The merge is one transaction, so Cancel (until it commits) writes nothing; the
    dialog says so.

    Signals:
        finished: the ImportResult, or None when the file was refused or the import cancelled.

    Attributes:
        result: what was imported, once done.
        error: the message shown when the file was refused.
        worker: the worker; its ``dialog`` is the progress dialog.
    """

    finished = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        title: str,
        source: Path,
        importer: Callable[..., ImportResult],
        report: Callable[[ImportResult], str],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.title = title
        self.result: ImportResult | None = None
        self.error: str | None = None
        self._report = report
        ws = window.workspace
        label = QCoreApplication.translate(
            "bundles", "Verifying and importing %1…\nCancel stops the import: nothing is written then."
        ).replace("%1", source.name)
        self.worker = run_with_progress(
            window, title, label, lambda progress: importer(ws, source, progress=progress)
        )
        self.worker.succeeded.connect(self._imported)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        _refresh(self.window)
        _done(self.window, self.title, self._report(result))
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        from hagiang_desktop.exports.bundle import BundleProblem

        if not isinstance(error, BundleProblem):
            self.finished.emit(None)
            raise error  # a bug, not a refusal: the crash handler reports it, as before
        self.error = problem_text(error)
        _refuse(self.window, self.title, error)
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("bundles", "Import cancelled; nothing was written."), 10000
        )
        self.finished.emit(None)


def _import_file(
    window: MainWindow,
    source: Path | None,
    title: str,
    filters: str,
    importer: Callable[..., ImportResult],
    report: Callable[[ImportResult], str],
) -> FileImportFlow | None:
    """Ask for the file if needed, then verify and import it in a worker (None: no file chosen)."""
    source = source or _open_path(window, title, filters)
    if source is None:
        return None
    return FileImportFlow(window, title, source, importer, report)


def _returned_text(result: ImportResult) -> str:
    return (
        QCoreApplication.translate(
            "bundles", "%1 returned %2 nominations; they are marked as returned with the reason."
        )
        .replace("%1", result.sender_name)
        .replace("%2", str(result.updated))
    )


def import_return(window: MainWindow, source: Path | None = None) -> FileImportFlow | None:
    """Apply the province's signed return file (in a worker): the nominations named become returned.

    Returns:
        The running import (its ``finished`` signal tells the result), or None if no file was chosen.
    """
    from hagiang_desktop.services import bundles

    title = QCoreApplication.translate("bundles", "Return file")
    filters = QCoreApplication.translate("bundles", "Return file (*.zip)")
    return _import_file(window, source, title, filters, bundles.import_return, _returned_text)


# ----------------------------------------------------------------------------------------------
# The province's inbox
# ----------------------------------------------------------------------------------------------


def import_certificate(window: MainWindow, source: Path | None = None, *, confirm: bool = True) -> bool:
    """Trust an office's (or the province's) certificate after comparing its fingerprint."""
    from hagiang_desktop.exports import signing
    from hagiang_desktop.exports.signing import SigningProblem
    from hagiang_desktop.services import bundles

    title = QCoreApplication.translate("bundles", "Trust a certificate")
    source = source or _open_path(
        window, title, QCoreApplication.translate("bundles", "Certificate (*.pem *.crt *.cer)")
    )
    if source is None:
        return False
    try:
        info = signing.certificate_info(signing.load_certificate(source.read_bytes()))
    except (SigningProblem, OSError):
        _refuse(window, title, SigningProblem("bad_certificate"))
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


def _imported_text(result: ImportResult) -> str:
    kind = (
        QCoreApplication.translate("bundles", "supplement bundle")
        if result.supplement
        else QCoreApplication.translate("bundles", "bundle")
    )
    text = (
        QCoreApplication.translate(
            "bundles",
            "Verified and imported the %1 number %2 of %3: %4 new, %5 updated, %6 withdrawn by the sender, "
            "%7 kept as the province decided.",
        )
        .replace("%1", kind)
        .replace("%2", str(result.sequence))
        .replace("%3", result.sender_name)
        .replace("%4", str(result.added))
        .replace("%5", str(result.updated))
        .replace("%6", str(result.withdrawn))
        .replace("%7", str(result.kept))
    )
    if result.conflicts:
        text += "\n\n" + _conflict_lines(result)
    return text


#: What happened to a nomination the province had decided on, by Conflict.what (``%1``: its status).
_CONFLICTS = {
    "unchanged": QT_TRANSLATE_NOOP("bundles", "%1 at the province, sent again unchanged"),
    "changed": QT_TRANSLATE_NOOP("bundles", "%1 at the province, sent again changed"),
    "left_out": QT_TRANSLATE_NOOP("bundles", "%1 at the province, left out of this bundle"),
}

#: Lines of conflicts listed in a message box (the rest is counted).
_SHOWN_CONFLICTS = 12


def _conflict_lines(result: ImportResult) -> str:
    from hagiang_desktop.ui.labels import status_label

    lines = []
    for conflict in result.conflicts[:_SHOWN_CONFLICTS]:
        what = QCoreApplication.translate("bundles", _CONFLICTS[conflict.what])
        taken = ""
        if conflict.taken:
            taken = " " + QCoreApplication.translate("bundles", "(the sender's version taken)")
        lines.append(f"• {conflict.name}: {what.replace('%1', status_label(conflict.status))}{taken}")
    more = len(result.conflicts) - _SHOWN_CONFLICTS
    if more > 0:
        lines.append(QCoreApplication.translate("bundles", "… and %1 more").replace("%1", str(more)))
    return "\n".join(lines)


class BundleImportFlow(QObject):
    """Import a bundle after a preview: the province decides on the nominations it already decided.

    The preview (the same merge, rolled back) runs in a worker. When the bundle sends again, with
    changes, nominations the province accepted or returned, the province is asked whether to take
    the sender's changed versions (they become "submitted" again) or keep its decisions; then the
    import runs in a worker. Same signals and attributes as :class:`FileImportFlow`.
    """

    finished = Signal(object)

    def __init__(self, window: MainWindow, title: str, source: Path) -> None:
        from hagiang_desktop.services import bundles

        super().__init__(window)
        self.window = window
        self.title = title
        self.source = source
        self.result: ImportResult | None = None
        self.error: str | None = None
        self.importing: FileImportFlow | None = None
        ws = window.workspace
        label = QCoreApplication.translate("bundles", "Verifying %1…").replace("%1", source.name)
        self.worker = run_with_progress(
            window, title, label, lambda progress: bundles.preview_bundle(ws, source, progress=progress)
        )
        self.worker.succeeded.connect(self._previewed)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("bundles", "Import cancelled; nothing was written."), 10000
        )
        self.finished.emit(None)

    def _failed(self, error: BaseException) -> None:
        from hagiang_desktop.exports.bundle import BundleProblem

        if not isinstance(error, BundleProblem):
            self.finished.emit(None)
            raise error  # a bug, not a refusal: the crash handler reports it (on this, the UI thread)
        self.error = problem_text(error)
        _refuse(self.window, self.title, error)
        self.finished.emit(None)

    def _previewed(self, preview: ImportResult) -> None:
        from hagiang_desktop.services import bundles

        changed = [c.uid for c in preview.conflicts if c.what == "changed"]
        take: list[str] = []
        if changed:
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("bundles", "Nominations the province has decided on"),
                QCoreApplication.translate(
                    "bundles",
                    "This bundle touches nominations the province has already decided on:\n\n%1\n\n"
                    "Take the sender's changed versions (they become “submitted” again)? "
                    "No keeps the province's decisions.",
                ).replace("%1", _conflict_lines(preview)),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                self.finished.emit(None)
                return
            if answer == QMessageBox.StandardButton.Yes:
                take = changed

        def importer(ws: Workspace, source: Path, progress: Any = None) -> ImportResult:
            return bundles.import_bundle(ws, source, progress=progress, take_changed=take)

        self.importing = FileImportFlow(self.window, self.title, self.source, importer, _imported_text)
        self.worker = self.importing.worker
        self.importing.finished.connect(self._imported)

    def _imported(self, result: ImportResult | None) -> None:
        self.result = result
        self.error = self.importing.error if self.importing is not None else None
        self.finished.emit(result)


def import_bundle(window: MainWindow, source: Path | None = None) -> BundleImportFlow | None:
    """Verify a bundle, preview it, let the province decide on conflicts, then merge it in a worker.

    Returns:
        The running import (its ``finished`` signal tells the result), or None if no file was chosen.
    """
    title = QCoreApplication.translate("bundles", "Import a bundle")
    filters = QCoreApplication.translate("bundles", "Bundle (*.zip)")
    source = source or _open_path(window, title, filters)
    if source is None:
        return None
    return BundleImportFlow(window, title, source)


def inbox_overview(window: MainWindow) -> InboxDialog:
    """Show which units have sent their bundle, when, and whether on time (as of the dashboard's day)."""
    from hagiang_desktop.services import bundles

    as_of = window.dashboard_day()
    dialog = InboxDialog(bundles.province_view(window.workspace, as_of), format_date_short(as_of), window)

    def reload(result: ImportResult | None) -> None:
        if result is not None:
            dialog.model.set_rows(bundles.province_view(window.workspace, as_of))

    def imported() -> None:
        flow = import_bundle(window)
        if flow is not None:
            flow.finished.connect(reload)

    dialog.import_button.clicked.connect(imported)
    dialog.open()
    return dialog


class ReturnFlow(QObject):
    """Return one nomination to its office: the choice is read, and the file signed, in workers.

    A province's inbox lists every nomination that came in a bundle (100,000: 0.8 s to read), and
    signing opens the key (a deliberately slow derivation) and writes the file: none of it on the
    UI thread. Cancel while the key is opened writes nothing.

    Signals:
        finished: the BuiltBundle, or None when refused or given up.

    Attributes:
        dialog: the chooser, once shown.
        worker: the worker reading the list or signing; its ``dialog`` is the progress dialog.
        result: the return file built, once done.
    """

    finished = Signal(object)

    def __init__(self, window: MainWindow, target: Path | None, passphrase: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.title = QCoreApplication.translate("bundles", "Return a nomination")
        self._target = target
        self._passphrase = passphrase
        self.dialog: ReturnDialog | None = None
        self.worker: Worker | None = None
        self.result: BuiltBundle | None = None

    def choose(self) -> None:
        """Read the nominations that came in bundles in a worker, then show the chooser."""
        from hagiang_desktop.services import bundles

        ws = self.window.workspace
        self.worker = run_with_progress(
            self.window,
            self.title,
            QCoreApplication.translate("bundles", "Reading the nominations that came in bundles…"),
            lambda _progress: bundles.returnable_nominations(ws),
        )
        self.worker.succeeded.connect(self._show_choice)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(lambda: self.finished.emit(None))

    def _show_choice(self, rows: list[Any]) -> None:
        self.dialog = ReturnDialog(rows, self.window)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.rejected.connect(lambda: self.finished.emit(None))
        self.dialog.open()

    def _chosen(self) -> None:
        assert self.dialog is not None
        chosen = self.dialog.selected()
        if chosen is None:
            self.finished.emit(None)
            return
        self.sign(chosen.id, self.dialog.reason.toPlainText())

    def sign(self, nomination_id: int, reason: str) -> None:
        """Ask where to save and for the passphrase (unless given), then sign in a worker."""
        from hagiang_desktop.services import bundles

        target = self._target or _save_path(
            self.window,
            self.title,
            "tra-lai.zip",
            QCoreApplication.translate("bundles", "Return file (*.zip)"),
        )
        passphrase = self._passphrase
        if target is not None and passphrase is None:
            passphrase = _ask_passphrase(
                self.window,
                self.title,
                QCoreApplication.translate("bundles", "The signing key's passphrase:"),
            )
        if target is None or passphrase is None:
            self.finished.emit(None)
            return
        ws, secret = self.window.workspace, passphrase
        self.worker = run_with_progress(
            self.window,
            self.title,
            QCoreApplication.translate(
                "bundles",
                "Signing the return file…\nCancel stops before it is written: nothing is written then.",
            ),
            lambda progress: bundles.build_return(
                ws, nomination_id, reason, target, secret, progress=progress
            ),
        )
        self.worker.succeeded.connect(self._built)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def _built(self, built: BuiltBundle) -> None:
        self.result = built
        _refresh(self.window)
        _done(
            self.window,
            self.title,
            QCoreApplication.translate(
                "bundles", "The signed return file is written to %1. Send it to the office."
            ).replace("%1", str(built.path)),
        )
        self.finished.emit(built)

    def _failed(self, error: BaseException) -> None:
        from hagiang_desktop.exports.bundle import BundleProblem

        if not isinstance(error, KeyProblem | BundleProblem):
            self.finished.emit(None)
            raise error  # a bug, not a refusal: the crash handler reports it, as before
        _refuse(self.window, self.title, error)
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("bundles", "Return cancelled; nothing was written."), 10000
        )
        self.finished.emit(None)


def return_nomination(
    window: MainWindow,
    nomination_id: int | None = None,
    reason: str | None = None,
    target: Path | None = None,
    passphrase: str | None = None,
) -> ReturnFlow:
    """Return a nomination to the office that sent it, as a signed return file.

    Without a nomination and a reason, the clerk chooses them (the list is read in a worker);
    where to save and the passphrase are asked unless given.

    Returns:
        The running flow; its ``finished`` signal carries the BuiltBundle, or None.
    """
    flow = ReturnFlow(window, target, passphrase)
    flow.finished.connect(flow.deleteLater)
    if nomination_id is None or reason is None:
        flow.choose()
    else:
        flow.sign(nomination_id, reason)
    return flow
