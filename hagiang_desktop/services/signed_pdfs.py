"""The registration list and forms as digitally signed PDFs (PAdES), and their check (issue #21).

The office's identity (its token, or the software key) is opened first, with its PIN or
passphrase, so that a wrong PIN stops the job before any work and costs the token one try only.
The PDF is then made by the usual exporter into a temporary folder (the unsigned exports stay
available as before), signed at its signature block, and written in place atomically: a failed
signature leaves no file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hagiang_desktop.core.atomic import atomic_write_bytes
from hagiang_desktop.services import exporting, signers
from hagiang_desktop.services.exporting import ExportResult
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace, get_setting

if TYPE_CHECKING:
    from hagiang_desktop.exports.signature_spots import Spot

#: Settings key: a PNG of the seal or the signature shown in the visible signature (optional).
STAMP_IMAGE = "signature_stamp_image"
LIST_PDF = "list-pdf"
FORMS = "forms"
LETTER = "letter"


def stamp_image(ws: Workspace) -> Path | None:
    """Return the seal or signature image set in the settings, if it is there."""
    value = get_setting(ws, STAMP_IMAGE)
    path = Path(value) if isinstance(value, str) and value else None
    return path if path is not None and path.is_file() else None


def export_signed_pdf(
    ws: Workspace,
    kind: str,
    out: Path,
    secret: str,
    *,
    ids: Iterable[int] | None = None,
    unit_code: str | None = None,
) -> ExportResult:
    """Write the list (``list-pdf``), the forms (``forms``) or the letter (``letter``), signed.

    Args:
        ws: the workspace.
        kind: ``list-pdf``, ``forms`` or ``letter`` (the covering letter).
        out: the PDF to write.
        secret: the token's PIN, or the software key's passphrase (see
            :func:`~hagiang_desktop.services.signers.open_signer`).
        ids: the forms' nominations (forms only).
        unit_code: only this unit and the units under it (forms only).

    Returns:
        The file, the number of models and pages.

    Raises:
        KeyProblem: the identity cannot be opened (``wrong_pin``, ``wrong_passphrase``…) or the
            signature failed (``token_error``, ``bad_pdf``).
        exporting.ExportProblem: as the unsigned export.
    """
    from hagiang_desktop.exports import pdf_signing, signing
    from hagiang_desktop.exports.signature_spots import recording_spots

    key, _identity = signers.open_signer(ws, secret)
    try:
        office = office_scope(ws).office
        with tempfile.TemporaryDirectory(prefix="hagiang-sign-") as folder:
            plain = Path(folder) / Path(out).name
            with recording_spots() as spots:
                if kind == LETTER:
                    result = exporting.export_letter_pdf(ws, plain)
                elif kind == FORMS:
                    result = exporting.export_forms_pdf(
                        ws, plain, ids=list(ids) if ids else None, unit_code=unit_code
                    )
                else:
                    result = exporting.export_list_pdf(ws, plain)
            stamp = pdf_signing.Stamp(body=office.name if office else "", image=stamp_image(ws))
            try:
                signed = pdf_signing.sign_pdf(plain.read_bytes(), key, stamp, spots[-1] if spots else None)
            except signing.SigningProblem as error:
                raise KeyProblem(error.code, error.detail) from error
        atomic_write_bytes(out, signed)
    finally:
        close = getattr(key, "close", None)
        if close is not None:
            close()  # the token forgets the login at once
    return ExportResult(Path(out), result.count, result.pages)


def sign_members(
    ws: Workspace, members: dict[str, bytes], key: Any, spots: Mapping[str, Spot]
) -> dict[str, bytes]:
    """Sign a bundle's PDFs with the identity already opened for the bundle (one PIN for all).

    Args:
        ws: the workspace (the office's name and stamp image for the visible signature).
        members: member name → bytes; the ``.pdf`` ones are signed, the rest kept as they are.
        key: the opened identity (:func:`~hagiang_desktop.services.signers.open_signer`).
        spots: member name → its signature block (the visible signature's place).

    Returns:
        The members, each PDF replaced by its signed version.

    Raises:
        KeyProblem: ``token_error`` or ``bad_pdf``.
    """
    from hagiang_desktop.exports import pdf_signing, signing

    office = office_scope(ws).office
    stamp = pdf_signing.Stamp(body=office.name if office else "", image=stamp_image(ws))
    signed = dict(members)
    for name, data in members.items():
        if name.endswith(".pdf"):
            try:
                signed[name] = pdf_signing.sign_pdf(data, key, stamp, spots.get(name))
            except signing.SigningProblem as error:
                raise KeyProblem(error.code, error.detail) from error
    return signed
