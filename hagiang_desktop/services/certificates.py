"""Reading a certificate file: what the trust store, ``bundle verify`` and ``pdf verify`` take.

The faces (window, command line) read certificates through here, never through
:mod:`hagiang_desktop.exports.signing` itself (issue #23: the faces talk to services only).
It loads the cryptography library: import it when a certificate is first read (#11).
"""

from __future__ import annotations

from hagiang_desktop.exports import signing
from hagiang_desktop.exports.signing import CertificateInfo as CertificateInfo
from hagiang_desktop.exports.signing import SigningProblem as SigningProblem


def load_certificate(data: bytes) -> bytes:
    """Return the one certificate of a PEM or DER file, as DER.

    Raises:
        SigningProblem: ``bad_certificate`` (not a certificate) or ``several_certificates``
            (each one's fingerprint listed).
    """
    return signing.load_certificate(data)


def describe(data: bytes) -> CertificateInfo:
    """Read a certificate file (PEM or DER) and say whom it names and its fingerprint.

    Raises:
        SigningProblem: see :func:`load_certificate`.
    """
    return signing.certificate_info(signing.load_certificate(data))


def fingerprint(cert_der: bytes) -> str:
    """Return a certificate's SHA-256 fingerprint as it is printed on the fingerprint form."""
    return signing.fingerprint(cert_der)


def pem_to_der(cert_pem: str) -> bytes:
    """Return the DER of a PEM certificate (as the program stores them)."""
    return signing.pem_to_der(cert_pem)
