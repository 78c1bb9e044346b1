"""The registration list and forms as digitally signed PDFs (PAdES), and their check (issue #21).

The office's identity (its token, or the software key) is opened first, with its PIN or
passphrase, so that a wrong PIN stops the job before any work and costs the token one try only.
The PDF is then made by the usual exporter into a temporary folder (the unsigned exports stay
available as before), signed at its signature block, and written in place atomically: a failed
signature leaves no file.

Two settings shape the signature (issue #21): an image of the seal or the signature drawn in
the visible signature (kept in the database, so that a backup carries it), and a timestamp
server. With a server that answers the PDFs are PAdES B-T; one that does not answer never stops
the export: the PDFs are signed B-B and the result says why in one line.
"""

from __future__ import annotations

import base64
import io
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from hagiang_desktop.core.atomic import atomic_write_bytes
from hagiang_desktop.services import exporting, signers
from hagiang_desktop.services.exporting import ExportResult
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace, get_setting, set_setting

if TYPE_CHECKING:
    # Re-exported for the faces' annotations (#23): a signature's report.
    from hagiang_desktop.exports.pdf_signing import PdfSignatureReport as PdfSignatureReport
    from hagiang_desktop.exports.signature_spots import Spot

#: Settings key: the image of the seal or the signature shown in the visible signature (optional):
#: ``{"name": file name, "data": base64 of the PNG or JPEG}``.
STAMP_IMAGE = "signature_stamp_image"
#: Settings key: the timestamp server's address (RFC 3161 over HTTP); absent: no timestamp.
TIMESTAMP_URL = "signing_timestamp_url"
#: A seal scanned at 300 dpi is far below this; larger files are refused, not stored.
MAX_STAMP_IMAGE = 2 * 1024 * 1024
LIST_PDF = "list-pdf"
FORMS = "forms"
LETTER = "letter"


def stamp_image(ws: Workspace) -> bytes | None:
    """Return the seal or signature image set in the settings (PNG or JPEG bytes), if any."""
    value = get_setting(ws, STAMP_IMAGE)
    if isinstance(value, dict) and isinstance(value.get("data"), str):
        try:
            return base64.b64decode(value["data"], validate=True)
        except ValueError:
            return None  # a damaged setting: the signature is drawn without the image
    return None


def stamp_image_name(ws: Workspace) -> str:
    """Return the file name the seal image was set from ("" when none is set)."""
    value = get_setting(ws, STAMP_IMAGE)
    return str(value.get("name", "")) if isinstance(value, dict) else ""


def set_stamp_image(ws: Workspace, source: Path | None) -> None:
    """Set (or with None, remove) the image of the seal or signature drawn in visible signatures.

    The image is stored in the database, checked first: a file the PDF library cannot draw is
    refused and the setting stays as it was.

    Raises:
        KeyProblem: ``bad_image`` (not a PNG or JPEG, unreadable, or larger than
            :data:`MAX_STAMP_IMAGE`).
    """
    if source is None:
        set_setting(ws, STAMP_IMAGE, None)
        return
    from reportlab.lib.utils import ImageReader

    try:
        data = Path(source).read_bytes()
        if len(data) > MAX_STAMP_IMAGE:
            raise KeyProblem("bad_image", f"{source}: {len(data)} bytes > {MAX_STAMP_IMAGE}")
        if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            raise KeyProblem("bad_image", f"{source}: not a PNG or JPEG image")
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except KeyProblem:
        raise
    except Exception as error:  # noqa: BLE001 - the parse boundary of images: any failure refuses it
        raise KeyProblem("bad_image", f"{source}: {type(error).__name__}") from error
    if width < 1 or height < 1:
        raise KeyProblem("bad_image", str(source))
    set_setting(ws, STAMP_IMAGE, {"name": Path(source).name, "data": base64.b64encode(data).decode("ascii")})


def timestamp_url(ws: Workspace) -> str:
    """Return the timestamp server's address set in the settings ("" when none)."""
    value = get_setting(ws, TIMESTAMP_URL)
    return value if isinstance(value, str) else ""


def set_timestamp_url(ws: Workspace, url: str | None) -> None:
    """Set (or with None or "", remove) the timestamp server (RFC 3161 over HTTP or HTTPS).

    Raises:
        KeyProblem: ``bad_timestamp_url`` (not an ``http://`` or ``https://`` address).
    """
    url = (url or "").strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise KeyProblem("bad_timestamp_url", url)
    set_setting(ws, TIMESTAMP_URL, url or None)


@dataclass(frozen=True)
class Timestamping:
    """Whether the signatures of one export carry a timestamp.

    Attributes:
        stamper: the timestamp server's client, None without one.
        problem: "" when the server answered or none is set; else its address and why it could
            not be used (the PDFs are then signed B-B).
    """

    stamper: Any
    problem: str


def timestamping(ws: Workspace) -> Timestamping:
    """Ask the office's timestamp server once, before an export's signatures (none set: no timestamp)."""
    from hagiang_desktop.exports import pdf_signing

    url = timestamp_url(ws)
    if not url:
        return Timestamping(None, "")
    stamper, why = pdf_signing.reachable_timestamper(url)
    return Timestamping(stamper, "" if stamper is not None else f"{url} — {why}")


def _sign(
    data: bytes, key: Any, stamp: Any, spot: Spot | None, timing: Timestamping
) -> tuple[bytes, Timestamping]:
    """Sign one PDF, B-T when the server answers, else B-B; a server that stops answering is said."""
    from hagiang_desktop.exports import pdf_signing, signing

    try:
        try:
            return pdf_signing.sign_pdf(data, key, stamp, spot, timestamper=timing.stamper), timing
        except signing.SigningProblem as error:
            if error.code != "timestamp_unreachable":
                raise
            timing = Timestamping(None, f"{_server_of(timing)}{error.detail}")
            return pdf_signing.sign_pdf(data, key, stamp, spot), timing
    except signing.SigningProblem as error:
        raise KeyProblem(error.code, error.detail) from error


def _server_of(timing: Timestamping) -> str:
    """Return the server address of a timestamping client, followed by a dash ("" without one)."""
    url = getattr(timing.stamper, "url", "")
    return f"{url} — " if url else ""


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
    from hagiang_desktop.exports import pdf_signing
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
            signed, timing = _sign(
                plain.read_bytes(), key, stamp, spots[-1] if spots else None, timestamping(ws)
            )
        atomic_write_bytes(out, signed)
    finally:
        close = getattr(key, "close", None)
        if close is not None:
            close()  # the token forgets the login at once
    return ExportResult(
        Path(out),
        result.count,
        result.pages,
        timestamped=timing.stamper is not None,
        timestamp_problem=timing.problem,
    )


@dataclass(frozen=True)
class SignedMembers:
    """A bundle's members with their PDFs signed.

    Attributes:
        members: member name → bytes, each PDF replaced by its signed version.
        timestamped: the signatures carry the timestamp server's token (B-T).
        timestamp_problem: why a server that is set could not be used ("" otherwise).
    """

    members: dict[str, bytes]
    timestamped: bool
    timestamp_problem: str


def sign_bundle_pdfs(
    ws: Workspace, members: dict[str, bytes], key: Any, spots: Mapping[str, Spot]
) -> SignedMembers:
    """Sign a bundle's PDFs with the identity already opened for the bundle (one PIN for all).

    The timestamp server, when set, is asked once for the whole bundle.

    Args:
        ws: the workspace (the office's name and stamp image for the visible signature).
        members: member name → bytes; the ``.pdf`` ones are signed, the rest kept as they are.
        key: the opened identity (:func:`~hagiang_desktop.services.signers.open_signer`).
        spots: member name → its signature block (the visible signature's place).

    Returns:
        The members and whether they are timestamped.

    Raises:
        KeyProblem: ``token_error`` or ``bad_pdf``.
    """
    from hagiang_desktop.exports import pdf_signing

    office = office_scope(ws).office
    stamp = pdf_signing.Stamp(body=office.name if office else "", image=stamp_image(ws))
    signed = dict(members)
    timing = timestamping(ws) if any(name.endswith(".pdf") for name in members) else Timestamping(None, "")
    for name, data in members.items():
        if name.endswith(".pdf"):
            signed[name], timing = _sign(data, key, stamp, spots.get(name), timing)
    return SignedMembers(signed, timing.stamper is not None, timing.problem)


def sign_members(
    ws: Workspace, members: dict[str, bytes], key: Any, spots: Mapping[str, Spot]
) -> dict[str, bytes]:
    """Sign a bundle's PDFs (see :func:`sign_bundle_pdfs`); return the members only."""
    return sign_bundle_pdfs(ws, members, key, spots).members


def trusted_here(ws: Workspace) -> list[bytes]:
    """Return the certificates (DER) this installation vouches for when it checks a signed PDF.

    They are the inbox's trust store, the installed certificate authorities (their certificates
    chain to them) and this office's own certificate (the software key's or the token's): what
    the province and the office each vouch for.
    """
    from hagiang_desktop.services import bundles, certificates, trust_authorities

    found = bundles.trusted_certificates(ws)
    found.extend(trust_authorities.authorities_der(ws))
    own = signers.current_identity(ws)
    if own is not None:
        found.append(certificates.pem_to_der(own.cert_pem))
    return found


def verify(data: bytes, trusted_der: Iterable[bytes]) -> list[PdfSignatureReport]:
    """Check every signature of a PDF: who, when, with which certificate, changed since, trusted.

    Args:
        data: the PDF.
        trusted_der: the certificates trusted, DER (an office's pinned one, or a CA's).

    Returns:
        One report per signature (empty: the PDF is not signed).

    Raises:
        hagiang_desktop.services.certificates.SigningProblem: the PDF cannot be read.
    """
    from hagiang_desktop.exports import pdf_signing

    return pdf_signing.verify_pdf(data, trusted_der)
