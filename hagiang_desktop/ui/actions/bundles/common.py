"""What the Bundles menu's actions share: refusals in plain words, file and passphrase prompts.

The services refuse with codes; :data:`PROBLEMS` says each in plain words (Vietnamese through
the translation files).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.ui.dialogs.bundle_dialogs import PassphraseDialog
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.saved import with_open_links

if TYPE_CHECKING:
    from hagiang_desktop.services.bundles import BundleProblem
    from hagiang_desktop.services.certificates import SigningProblem
    from hagiang_desktop.ui.host import ActionHost


#: What the clerk reads for each refusal (``%1``: the detail).
PROBLEMS = {
    # Signed PDFs and tokens (#21): every SigningCode and TokenCode has its words here too (#23).
    "bad_pdf": QT_TRANSLATE_NOOP("bundles", "This file cannot be read as a PDF (%1)."),
    "no_unit_code": QT_TRANSLATE_NOOP(
        "bundles",
        "The certificate, issued by a certificate authority, names no unit code (%1). Choose its unit "
        "as written on the signed and sealed fingerprint form.",
    ),
    "unit_code_differs": QT_TRANSLATE_NOOP(
        "bundles", "The certificate names another unit code than the one chosen (%1)."
    ),
    "timestamp_unreachable": QT_TRANSLATE_NOOP("bundles", "The timestamp server does not answer (%1)."),
    "token_not_found": QT_TRANSLATE_NOOP("bundles", "No token with this label is plugged in (%1)."),
    "several_tokens": QT_TRANSLATE_NOOP("bundles", "Several tokens are plugged in (%1); choose one."),
    "key_not_found": QT_TRANSLATE_NOOP("bundles", "The key and its certificate are not on the token (%1)."),
    "several_keys": QT_TRANSLATE_NOOP("bundles", "The token holds several certificates (%1); choose one."),
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
    "bad_image": QT_TRANSLATE_NOOP(
        "bundles", "This image cannot be used (%1); choose a PNG or JPEG under 2 MB. Nothing was changed."
    ),
    "bad_timestamp_url": QT_TRANSLATE_NOOP(
        "bundles", "The timestamp server's address is not valid (%1); it must start with http:// or https://."
    ),
    "unbound_certificate": QT_TRANSLATE_NOOP(
        "bundles",
        "The bundle is signed with a certificate a trusted authority issued (%1), not yet bound to any "
        "unit. Bind it once from the office's signed fingerprint form (Trusted certificates → Import, "
        "with the unit code).",
    ),
    "not_a_ca": QT_TRANSLATE_NOOP(
        "bundles",
        "This is not a certificate authority's certificate (%1). An office's certificate is trusted "
        "with its unit code instead.",
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
        fill(QCoreApplication.translate("bundles", source), error.detail)
        if source
        else f"{error.code}: {error.detail}"
    )


def refuse(window: ActionHost, title: str, error: BundleProblem | KeyProblem | SigningProblem) -> None:
    """Say why ``error`` refused the action: in the status bar and in a warning box."""
    text = problem_text(error)
    window.statusBar().showMessage(text, 15000)
    QMessageBox.warning(window, title, text)


def show_done(window: ActionHost, title: str, text: str, path: Path | None = None) -> None:
    """Say the action is done: in the status bar and in a box (with a link to ``path``)."""
    window.statusBar().showMessage(text, 15000)
    QMessageBox.information(window, title, with_open_links(text, path) if path is not None else text)


def refresh_views(window: ActionHost) -> None:
    """Read the nominations list and the dashboard again (statuses changed)."""
    window.nominations_tab.apply_search()
    window.refresh_dashboard()


def ask_passphrase(window: ActionHost, title: str, prompt: str, *, confirm: bool = False) -> str | None:
    """Ask for the passphrase (twice with ``confirm``); None if cancelled."""
    dialog = PassphraseDialog(title, prompt, confirm=confirm, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def save_path(window: ActionHost, title: str, name: str, filters: str) -> Path | None:
    """Ask where to save ``name``; None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(window, title, str(Path.home() / name), filters)
    return Path(chosen) if chosen else None


def open_path(window: ActionHost, title: str, filters: str) -> Path | None:
    """Ask which file to open; None if cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(window, title, str(Path.home()), filters)
    return Path(chosen) if chosen else None
