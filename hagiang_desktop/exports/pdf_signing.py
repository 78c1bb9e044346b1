"""Digitally signed PDFs (PAdES baseline B-B, or B-T with a timestamp) and their verification (#21).

Recipients in Vietnam check a signed document in Adobe Reader, vSignPDF or the national
checker; poppler's ``pdfsig`` is an independent check. pyHanko signs: a signature field is added
to the PDF our exporters drew, at the signature block (the exporter records where:
:mod:`hagiang_desktop.exports.signature_spots`), with a visible stamp in the way Vietnamese
electronic documents show it: the body's name, the signer and the signing time in Vietnam
time, and optionally the image of the seal or signature. The signature is an approval
signature, never a certification that forbids changes, so that approvals and the province's
receipt can be added after it.

The signer is either identity: a token key (pyHanko's PKCS#11 signer) or the software key
(pyHanko's in-memory signer built from the opened PKCS#12).

When the office has set a timestamp server (RFC 3161) and it answers, each signature carries the
server's timestamp token (PAdES baseline B-T): the signing time is then vouched for by the
server, not only stated by the signer's clock. An unreachable server never stops an export: the
PDF is signed B-B and the clerk is told so in one line (:func:`reachable_timestamper`).
"""

from __future__ import annotations

import asyncio
import io
import logging
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hagiang_desktop.core.vntext import format_moment, nfc
from hagiang_desktop.exports.signature_spots import Spot
from hagiang_desktop.exports.signing import (
    SigningProblem,
    certificate_info,
    fingerprint,
    issuer_of,
    short_error,
)

# pyHanko and its validator log a path-building failure (an untrusted certificate) with its
# traceback; the verdict is ours to say, in one line: their records stay out of stderr.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


@dataclass(frozen=True)
class Stamp:
    """What the visible signature shows.

    Attributes:
        body: the signing body's name (``Phòng Nội vụ huyện Đồng Văn``).
        image: an optional image (PNG or JPEG bytes) of the seal or the signature, set in the settings.
    """

    body: str
    image: bytes | None = None


#: How long a timestamp server may take to answer (seconds) before the PDF is signed without it.
TIMESTAMP_TIMEOUT = 10


def reachable_timestamper(url: str, timeout: float = TIMESTAMP_TIMEOUT) -> tuple[Any | None, str]:
    """Ask a timestamp server (RFC 3161 over HTTP) for one token, to know whether it answers.

    The answer is kept by the client (pyHanko sizes the signature with it), so the probe costs
    one request per export, not one per document.

    Args:
        url: the server's address (``http://…`` or ``https://…``).
        timeout: seconds to wait.

    Returns:
        The client to sign with, or None and one line saying why the server cannot be used.
    """
    from pyhanko.sign.timestamps.aiohttp_client import HTTPTimeStamper

    try:
        stamper = HTTPTimeStamper(url, timeout=timeout)
        asyncio.run(stamper.async_dummy_response("sha256"))
    except Exception as error:  # noqa: BLE001 - the network's boundary: any failure means B-B
        cause = error.__cause__ or error
        return None, short_error(cause)
    return stamper, ""


def pyhanko_signer(key: Any) -> Any:
    """Return a pyHanko signer for either identity (a token key, or the opened software key)."""
    signer = getattr(key, "signer", None)
    if signer is not None:  # exports.tokens.TokenKey
        return signer
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = key.certificate.public_bytes(serialization.Encoding.DER)
    pkcs8 = key.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(der),
        signing_key=asn1_keys.PrivateKeyInfo.load(pkcs8),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]  # its __init__ is unannotated
    )


def _signer_name(signer: Any) -> str:
    cert = signer.signing_cert
    names = cert.subject.native
    return nfc(str(names.get("common_name") or names.get("organization_name") or ""))


#: The visible signature's size at most (points): about 8 × 2.3 cm, as Vietnamese signing tools draw.
STAMP_WIDTH = 230.0
STAMP_HEIGHT = 64.0


def stamp_lines(signer: str, body: str, moment: datetime) -> list[str]:
    """Return the visible signature's lines: who signed, for which body, when (Vietnam time)."""
    when = format_moment(moment, seconds=True) + " +07:00"
    return [f"Ký bởi: {nfc(signer)}", f"Cơ quan: {nfc(body)}", f"Thời gian ký: {when}"]


def appearance_pdf(lines: list[str], width: float, height: float, image: bytes | None = None) -> bytes:
    """Draw the visible signature (red frame, the seal image at its left, the lines in Tinos).

    Drawn with reportlab and our embedded fonts, as every other document of the program, so the
    Vietnamese marks come out right; pyHanko places this page in the signature's appearance.
    The seal takes the left of the frame and the lines start after it: drawn over them, as over
    a handwritten signature, it made the signer's name unreadable.
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from hagiang_desktop.exports.pdf_common import FONT, FONT_BOLD, register_fonts, wrap_text

    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    left = 5.0
    if image is not None:
        # The seal at the left of the signature (Vietnamese practice), as high as the frame.
        side = height - 4
        canvas.drawImage(
            ImageReader(io.BytesIO(image)), 2, 2, side, side, mask="auto", preserveAspectRatio=True
        )
        left = side + 6
    canvas.setStrokeColorRGB(0.8, 0.0, 0.0)
    canvas.setLineWidth(0.8)
    canvas.rect(0.5, 0.5, width - 1, height - 1)
    size, leading = 8.0, 10.0
    wrapped: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        font = FONT_BOLD if i == 0 else FONT
        wrapped.extend((font, part) for part in wrap_text(line, font, size, width - left - 5))
    y = height / 2 + leading * len(wrapped) / 2 - size
    canvas.setFillColorRGB(0.8, 0.0, 0.0)
    for font, part in wrapped:
        canvas.setFont(font, size)
        canvas.drawString(left, y, part)
        y -= leading
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def sign_pdf(
    data: bytes,
    key: Any,
    stamp: Stamp,
    spot: Spot | None,
    *,
    when: datetime | None = None,
    timestamper: Any = None,
) -> bytes:
    """Add a PAdES B-B (B-T with a timestamper) approval signature with a visible stamp to a PDF.

    Args:
        data: the PDF our exporter wrote.
        key: the opened identity (token key or software key).
        stamp: what the stamp says.
        spot: where (the signature block); None puts it at the bottom right of the last page.
        when: the signing time shown (now by default); the signature itself carries the
            signer's clock as pyHanko sets it.
        timestamper: a timestamp server's client (:func:`reachable_timestamper`): the
            signature then carries its timestamp token (B-T).

    Returns:
        The signed PDF (the original bytes, then an incremental update).

    Raises:
        SigningProblem: ``token_error``, ``bad_pdf``, or ``timestamp_unreachable`` (the server
            stopped answering: sign again without it).
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError
    from pyhanko.stamp import StaticStampStyle

    signer = pyhanko_signer(key)
    moment = when or datetime.now(UTC)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        if spot is None:
            last = int(writer.root["/Pages"]["/Count"]) - 1
            spot = Spot(last, 330, 60, STAMP_WIDTH, STAMP_HEIGHT)
        width, height = min(spot.width, STAMP_WIDTH), min(max(spot.height, 40.0), STAMP_HEIGHT)
        x = spot.x + (spot.width - width) / 2  # centred in the signature block's blank
        y = spot.y + (spot.height - height) / 2
        existing = len(list(writer.root.get("/AcroForm", {}).get("/Fields", []) or []))
        name = f"ChuKy{existing + 1}"
        meta = signers.PdfSignatureMetadata(
            field_name=name,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            certify=False,  # an approval signature: more signatures may follow
            name=_signer_name(signer),
        )
        lines = stamp_lines(_signer_name(signer), stamp.body, moment)
        with tempfile.TemporaryDirectory(prefix="hagiang-stamp-") as folder:
            look = Path(folder) / "stamp.pdf"
            look.write_bytes(appearance_pdf(lines, width, height, stamp.image))
            pdf_signer = signers.PdfSigner(
                meta,
                signer=signer,
                stamp_style=StaticStampStyle.from_pdf_file(str(look), border_width=0),
                new_field_spec=fields.SigFieldSpec(
                    name, on_page=spot.page, box=(int(x), int(y), int(x + width), int(y + height))
                ),
                timestamper=timestamper,
            )
            out = asyncio.run(pdf_signer.async_sign_pdf(writer))
    except SigningProblem:
        raise
    except TimestampRequestError as error:
        raise SigningProblem("timestamp_unreachable", short_error(error.__cause__ or error)) from error
    except Exception as error:  # noqa: BLE001 - the token's and the PDF's boundary
        code = "token_error" if getattr(key, "signer", None) is not None else "bad_pdf"
        raise SigningProblem(code, short_error(error)) from error
    return bytes(out.getvalue())


@dataclass(frozen=True)
class PdfSignatureReport:
    """What one signature of a PDF says.

    Attributes:
        field: the signature field's name.
        signer: the signer certificate's subject.
        issuer: its issuer.
        fingerprint: its grouped SHA-256 fingerprint.
        signing_time: the time the signer states (UTC), if any.
        intact: the signed bytes are unchanged (the digest matches).
        valid: the cryptographic signature verifies.
        trusted: the certificate is one of the trusted ones, or chains to a trusted CA.
        changed_after: the document was changed after this signature in a way that is not an
            allowed later signature (``pdfsig`` says the same for a byte changed inside).
        not_before: start of the certificate's validity.
        not_after: its end.
        timestamp: the time a timestamp server vouches for (B-T), None without a timestamp.
    """

    field: str
    signer: str
    issuer: str
    fingerprint: str
    signing_time: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    changed_after: bool
    not_before: datetime
    not_after: datetime
    timestamp: datetime | None = None

    @property
    def ok(self) -> bool:
        """Intact, valid, trusted, and nothing but allowed changes after it."""
        return self.intact and self.valid and self.trusted and not self.changed_after


def verify_pdf(data: bytes, trusted_der: Iterable[bytes]) -> list[PdfSignatureReport]:
    """Verify every signature of a PDF against the trusted certificates (pinned ones or CAs).

    Args:
        data: the PDF.
        trusted_der: trusted certificates, DER: an office's own certificate (pinned), or a
            certificate authority's (its certificates chain to it).

    Returns:
        One report per signature, in the document's order (empty: the PDF is not signed).

    Raises:
        SigningProblem: ``bad_pdf`` (not a PDF, or damaged beyond reading).
    """
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(der) for der in trusted_der]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as error:  # noqa: BLE001 - the parse boundary of PDFs
        raise SigningProblem("bad_pdf", short_error(error)) from error
    reports = []
    for sig in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = asyncio.run(async_validate_pdf_signature(sig, context))
        except Exception as error:  # noqa: BLE001 - a signature too damaged to evaluate
            raise SigningProblem("bad_pdf", short_error(error)) from error
        cert_der = bytes(status.signing_cert.dump())
        info = certificate_info(cert_der)
        level = status.modification_level
        changed = level is not None and level not in (
            ModificationLevel.NONE,
            ModificationLevel.LTA_UPDATES,
            ModificationLevel.FORM_FILLING,
        )
        reports.append(
            PdfSignatureReport(
                field=str(sig.field_name),
                signer=info.subject,
                issuer=issuer_of(cert_der),
                fingerprint=fingerprint(cert_der),
                signing_time=status.signer_reported_dt,
                intact=bool(status.intact),
                valid=bool(status.valid),
                trusted=bool(status.trusted),
                changed_after=changed,
                not_before=info.not_before,
                not_after=info.not_after,
                timestamp=status.timestamp_validity.timestamp if status.timestamp_validity else None,
            )
        )
    return reports
