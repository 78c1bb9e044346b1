"""Trust through certificate authorities: an office's token certificate checked up its chain (#21).

Offices that sign with their USB token hold a certificate issued by a certificate authority (for
state bodies Ban Cơ yếu Chính phủ's VGCA: a root and its sub-CAs). The province installs those
authorities' certificates once; a signer's certificate is then trusted when a path leads from it
to one of them, every certificate on the path valid at the signing time the signature states
(the manifest's creation time), the signatures on the path checked. pyHanko's certificate
validator builds and checks the path (RFC 5280), offline: nothing is fetched, revocation is not
asked (the province works without the Internet).

Such a certificate carries no unit code of ours: the province binds each office's unit code to
its certificate once (from the signed fingerprint form, as for the program's own keys), and
later accepts a renewed certificate from the same authority with the same subject for that
unit (:func:`renewal_key`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from hagiang_desktop.core.vntext import format_date_of
from hagiang_desktop.exports.signing import SigningProblem, describe_name, fingerprint, short_error

# A path that cannot be built is logged with a traceback; the verdict is ours to say.
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").propagate = False


@dataclass(frozen=True)
class Authority:
    """A certificate authority's certificate the province installed.

    Attributes:
        der: the certificate, DER.
        subject: its subject, as the program shows subjects.
        fingerprint: grouped SHA-256 fingerprint.
        not_before: start of validity (UTC).
        not_after: end of validity (UTC).
        self_signed: a root (issuer = subject), else a sub-CA.
    """

    der: bytes
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime
    self_signed: bool


def load_authorities(data: bytes) -> list[Authority]:
    """Read one or more CA certificates (PEM, possibly a chain file, or one DER).

    Raises:
        SigningProblem: ``bad_certificate`` (not certificates), ``not_a_ca`` (a certificate
            that may not issue others: the detail names it), ``certificate_expired``.
    """
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
        for cert in certs:
            _ = (cert.not_valid_before_utc, cert.not_valid_after_utc, cert.subject.rfc4514_string())
            cert.public_key()
    except Exception as error:  # noqa: BLE001 - the parse boundary of certificate files
        raise SigningProblem("bad_certificate", short_error(error)) from error
    found = []
    now = datetime.now(UTC)
    for cert in certs:
        der = cert.public_bytes(serialization.Encoding.DER)
        try:
            is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if not is_ca:
            raise SigningProblem("not_a_ca", describe_name(cert.subject))
        if cert.not_valid_after_utc < now:
            raise SigningProblem(
                "certificate_expired",
                f"{describe_name(cert.subject)}; valid to {format_date_of(cert.not_valid_after_utc)}",
            )
        found.append(
            Authority(
                der=der,
                subject=describe_name(cert.subject),
                fingerprint=fingerprint(der),
                not_before=cert.not_valid_before_utc,
                not_after=cert.not_valid_after_utc,
                self_signed=cert.issuer == cert.subject,
            )
        )
    return found


def renewal_key(cert_der: bytes) -> str:
    """Return what a renewed certificate shares with the one it renews: subject and issuer.

    A certificate authority renewing an office's certificate issues a new one (new serial, new
    dates, often a new key) with the same subject; with the same issuer, and a chain to an
    installed authority, it speaks for the unit the old one was bound to.
    """
    cert = x509.load_der_x509_certificate(cert_der)
    return f"{describe_name(cert.subject)}\n{describe_name(cert.issuer)}"


@dataclass(frozen=True)
class ChainResult:
    """A signer's certificate checked up to an installed authority.

    Attributes:
        authority: the subject of the installed authority the path ends at.
        path: the subjects from the authority down to the signer.
    """

    authority: str
    path: tuple[str, ...]


def _moment_text(moment: datetime, cert: x509.Certificate) -> str:
    return (
        f"signing {format_date_of(moment)}; {describe_name(cert.subject)} valid "
        f"{format_date_of(cert.not_valid_before_utc)} – {format_date_of(cert.not_valid_after_utc)}"
    )


def check_chain(
    cert_der: bytes, others_der: Iterable[bytes], authorities_der: Iterable[bytes], moment: datetime
) -> ChainResult | None:
    """Check that a certificate chains to an installed authority, valid at ``moment``.

    Args:
        cert_der: the signer's certificate.
        others_der: further certificates the signature carried (sub-CAs sent along).
        authorities_der: the installed authorities (roots and sub-CAs alike are anchors).
        moment: the signing time the signature states (every certificate is judged then).

    Returns:
        The path, or None when no path leads to an installed authority.

    Raises:
        SigningProblem: ``certificate_expired`` or ``certificate_not_yet_valid`` (a path exists
            but a certificate on it was not valid at ``moment``; the detail says which and its
            dates), ``damaged_certificate`` (a certificate on the path is not signed by its
            issuer, or may not issue certificates).
    """
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator import errors as v_errors

    anchors = [asn1_x509.Certificate.load(der) for der in authorities_der]
    if not anchors:
        return None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    context = ValidationContext(
        trust_roots=anchors, moment=moment, allow_fetching=False, revocation_mode="soft-fail"
    )
    validator = CertificateValidator(
        asn1_x509.Certificate.load(cert_der),
        intermediate_certs=[asn1_x509.Certificate.load(der) for der in others_der],
        validation_context=context,
    )
    try:
        path = asyncio.run(validator.async_validate_path())
    except v_errors.PathBuildingError:
        return None
    except v_errors.ExpiredError as error:
        raise SigningProblem("certificate_expired", _validity_detail(error, moment, cert_der)) from error
    except v_errors.NotYetValidError as error:
        raise SigningProblem(
            "certificate_not_yet_valid", _validity_detail(error, moment, cert_der)
        ) from error
    except v_errors.PathValidationError as error:
        # A certificate on the path not signed by its issuer, or not allowed to issue: altered.
        raise SigningProblem("damaged_certificate", short_error(error)) from error
    subjects = tuple(
        describe_name(x509.load_der_x509_certificate(bytes(c.dump())).subject) for c in path.iter_certs(True)
    )
    return ChainResult(authority=subjects[0] if subjects else "", path=subjects)


def _validity_detail(error: Exception, moment: datetime, cert_der: bytes) -> str:
    # The validator names the certificate in its message; ours is the signer's dates at the moment.
    cert = x509.load_der_x509_certificate(cert_der)
    if not cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc:
        return _moment_text(moment, cert)
    return f"signing {format_date_of(moment)}; {short_error(error)}"
