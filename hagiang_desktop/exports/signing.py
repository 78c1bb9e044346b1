"""The office's signing identity and detached CMS signatures over a bundle's manifest (issue #7).

Design (tech-notes, "Signing bundles"): an RSA-3072 key and a self-signed X.509 certificate that
names the office; the key is kept in a PKCS#12 blob encrypted with the clerk's passphrase. A
bundle's ``manifest.json`` is signed with a *detached* CMS ``SignedData`` (SHA-256, signed
attributes, the certificate included), so that stock OpenSSL verifies it::

    openssl cms -verify -binary -inform DER -content manifest.json -in manifest.p7s \
        -CAfile sender.pem -purpose any -out /dev/null

RSA rather than EC or Ed25519: every PKCS#11 token of the government's CA signs RSA, and every
OpenSSL since 1.0 verifies it. Nothing here is hand-made cryptography: ``cryptography`` creates
keys, certificates and signatures; ``asn1crypto`` parses the CMS structure and ``cryptography``
checks the RSA signature over the DER of the signed attributes.

Trust is pinned, not chained: the province trusts the exact certificates it received on the
signed-and-sealed fingerprint forms, so a signer certificate must be byte-identical to one of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from hagiang_desktop.core.vntext import nfc

#: RSA modulus size: 3072 bits is the NIST level for use beyond 2030 and tokens accept it.
KEY_BITS = 3072
#: A self-signed office certificate lives as long as the office keeps its key (rotation retires it).
VALIDITY = timedelta(days=20 * 365)
PROVINCE_NAME = "Hà Giang"


class SigningProblem(Exception):
    """A signature or key that cannot be used; ``code`` names the problem for the UI and the CLI.

    Codes: ``wrong_passphrase``, ``bad_key_file``, ``bad_certificate``, ``bad_signature``
    (not a CMS signature, or the signature does not verify), ``manifest_edited`` (the signed
    digest is not the digest of this manifest), ``untrusted_signer``.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class NewIdentity:
    """A freshly made signing identity.

    Attributes:
        p12: the PKCS#12 blob (key and certificate), encrypted with the passphrase.
        cert_pem: the certificate, PEM.
        fingerprint: the certificate's SHA-256 fingerprint, grouped (see :func:`fingerprint`).
    """

    p12: bytes
    cert_pem: str
    fingerprint: str


@dataclass(frozen=True)
class CertificateInfo:
    """What the program shows about a certificate.

    Attributes:
        unit_code: the office's unit code (the subject's serialNumber).
        unit_name: the office's name (the subject's common name).
        subject: the whole subject, in certificate order.
        fingerprint: grouped SHA-256 fingerprint.
        not_before: start of validity (UTC).
        not_after: end of validity (UTC).
    """

    unit_code: str
    unit_name: str
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime


@dataclass(frozen=True)
class VerifiedSignature:
    """A valid signature by a trusted certificate.

    Attributes:
        signer: the signer's certificate.
        cert_der: the signer's certificate, DER.
        signing_time: the signing time the signer claims (signed attribute), if any.
    """

    signer: CertificateInfo
    cert_der: bytes
    signing_time: datetime | None


#: How a subject is shown (forward order, as ``openssl x509 -subject`` prints it).
_SHORT_NAMES = {
    NameOID.COUNTRY_NAME: "C",
    NameOID.STATE_OR_PROVINCE_NAME: "ST",
    NameOID.LOCALITY_NAME: "L",
    NameOID.ORGANIZATION_NAME: "O",
    NameOID.ORGANIZATIONAL_UNIT_NAME: "OU",
    NameOID.SERIAL_NUMBER: "serialNumber",
    NameOID.COMMON_NAME: "CN",
}


def fingerprint(cert_der: bytes) -> str:
    """Return the SHA-256 fingerprint of a certificate as 16 groups of 4 hex digits.

    Groups of four are what a person can read aloud over the phone and compare with the printed
    form; the same digits, without spaces, are what ``openssl x509 -fingerprint -sha256`` prints.

    Args:
        cert_der: the certificate, DER.

    Returns:
        For example ``"3F2A 09C1 …"`` (upper case, 79 characters).
    """
    digest = hashlib.sha256(cert_der).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _office_name(unit_code: str, unit_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, PROVINCE_NAME),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, nfc(unit_name)),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"Mã đơn vị {unit_code}"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, unit_code),
            x509.NameAttribute(NameOID.COMMON_NAME, nfc(unit_name)),
        ]
    )


def _encryption(passphrase: str) -> serialization.KeySerializationEncryption:
    # PBES2 with AES-256 and an HMAC-SHA256 MAC: the modern PKCS#12 profile that Windows 10 1709+,
    # OpenSSL 1.1.1+ and the token vendors' tools read (the legacy RC2/3DES profile is weak).
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(200_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


def create_identity(
    unit_code: str, unit_name: str, passphrase: str, *, now: datetime | None = None
) -> NewIdentity:
    """Create a key pair and a self-signed certificate naming the office, in a PKCS#12 blob.

    Args:
        unit_code: the office's unit code (``026-NV``).
        unit_name: the office's name (``Phòng Nội vụ huyện Đồng Văn``).
        passphrase: the clerk's passphrase; it encrypts the key.
        now: the creation time (UTC); now by default.

    Returns:
        The PKCS#12 blob, the certificate (PEM) and its fingerprint.
    """
    now = now or datetime.now(UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    name = _office_name(unit_code, unit_name)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # a PC clock a little behind must not refuse it
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        unit_code.encode("utf-8"), key, cert, None, _encryption(passphrase)
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    return NewIdentity(
        p12=p12,
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        fingerprint=fingerprint(der),
    )


def _load_p12(p12: bytes, passphrase: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(p12, passphrase.encode("utf-8"))
    except ValueError as error:
        # cryptography says "Invalid password or PKCS12 data" for both; a blob we stored ourselves
        # is well formed, so a wrong passphrase is by far the likelier cause.
        raise SigningProblem("wrong_passphrase") from error
    if not isinstance(key, rsa.RSAPrivateKey) or cert is None:
        raise SigningProblem("bad_key_file", "no RSA key and certificate")
    return key, cert


def check_passphrase(p12: bytes, passphrase: str) -> None:
    """Refuse a wrong passphrase before any long job starts.

    Raises:
        SigningProblem: ``wrong_passphrase`` or ``bad_key_file``.
    """
    _load_p12(p12, passphrase)


def reencrypt(p12: bytes, old_passphrase: str, new_passphrase: str) -> bytes:
    """Return the same key and certificate encrypted with another passphrase (for a backup).

    Raises:
        SigningProblem: ``wrong_passphrase`` or ``bad_key_file``.
    """
    key, cert = _load_p12(p12, old_passphrase)
    name = certificate_info(cert.public_bytes(serialization.Encoding.DER)).unit_code.encode("utf-8")
    return pkcs12.serialize_key_and_certificates(name, key, cert, None, _encryption(new_passphrase))


def identity_from_p12(p12: bytes, passphrase: str) -> NewIdentity:
    """Open a PKCS#12 file (a backup) and return it with its certificate and fingerprint.

    Raises:
        SigningProblem: ``wrong_passphrase`` or ``bad_key_file``.
    """
    _key, cert = _load_p12(p12, passphrase)
    der = cert.public_bytes(serialization.Encoding.DER)
    return NewIdentity(
        p12=p12,
        cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        fingerprint=fingerprint(der),
    )


def load_certificate(data: bytes) -> bytes:
    """Read one certificate from PEM or DER bytes and return its DER.

    Raises:
        SigningProblem: ``bad_certificate``.
    """
    try:
        cert = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except ValueError as error:
        raise SigningProblem("bad_certificate", str(error)) from error
    return cert.public_bytes(serialization.Encoding.DER)


def pem_to_der(cert_pem: str) -> bytes:
    """Return the DER of a PEM certificate (see :func:`load_certificate`)."""
    return load_certificate(cert_pem.encode("ascii"))


def _text(value: str | bytes) -> str:
    # Name attributes are strings except the rare bit-string ones, shown as hex.
    return value if isinstance(value, str) else value.hex()


def certificate_info(cert_der: bytes) -> CertificateInfo:
    """Describe a certificate: the office it names and its fingerprint.

    Raises:
        SigningProblem: ``bad_certificate``.
    """
    try:
        cert = x509.load_der_x509_certificate(cert_der)
    except ValueError as error:
        raise SigningProblem("bad_certificate", str(error)) from error

    def first(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return CertificateInfo(
        unit_code=first(NameOID.SERIAL_NUMBER),
        unit_name=first(NameOID.COMMON_NAME),
        subject=", ".join(
            f"{_SHORT_NAMES.get(a.oid, a.oid.dotted_string)}={_text(a.value)}" for a in cert.subject
        ),
        fingerprint=fingerprint(cert_der),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
    )


@dataclass(frozen=True)
class UnlockedKey:
    """An identity opened with its passphrase: it signs any number of times.

    Opening the PKCS#12 runs its key derivation (200,000 PBKDF2 rounds for the key, the
    certificate and the MAC: a tenth of a second or more, on purpose); pay it once per passphrase
    typed, not once per signature.
    """

    private_key: rsa.RSAPrivateKey = field(repr=False)
    certificate: x509.Certificate = field(repr=False)

    def sign(self, content: bytes) -> bytes:
        """Sign ``content``: a detached CMS SignedData, DER, certificate included.

        Args:
            content: the exact bytes to sign (the manifest).

        Returns:
            The DER of the CMS ``ContentInfo`` (what goes into ``manifest.p7s``).
        """
        options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(content)
            .add_signer(self.certificate, self.private_key, hashes.SHA256())
            .sign(serialization.Encoding.DER, options)
        )


def unlock(p12: bytes, passphrase: str) -> UnlockedKey:
    """Open the identity's PKCS#12 blob with its passphrase, for signing.

    Raises:
        SigningProblem: ``wrong_passphrase`` or ``bad_key_file``.
    """
    key, cert = _load_p12(p12, passphrase)
    return UnlockedKey(key, cert)


def sign_detached(content: bytes, p12: bytes, passphrase: str) -> bytes:
    """Sign ``content`` with the identity: a detached CMS SignedData, DER, certificate included.

    Args:
        content: the exact bytes to sign (the manifest).
        p12: the identity's PKCS#12 blob.
        passphrase: its passphrase.

    Returns:
        The DER of the CMS ``ContentInfo`` (what goes into ``manifest.p7s``).

    Raises:
        SigningProblem: ``wrong_passphrase`` or ``bad_key_file``.
    """
    return unlock(p12, passphrase).sign(content)


def _signer_cert(signed_data: cms.SignedData, signer: cms.SignerInfo) -> bytes:
    sid = signer["sid"]
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native:
                return bytes(cert.dump())
        elif cert.key_identifier == sid.chosen.native:
            return bytes(cert.dump())
    raise SigningProblem("bad_signature", "signer certificate not in the signature")


def verify_detached(content: bytes, signature: bytes, trusted_der: Iterable[bytes]) -> VerifiedSignature:
    """Verify a detached CMS signature over ``content`` made by one of the trusted certificates.

    The checks, in order: the signature parses as one SignedData with one SHA-256 signer and
    signed attributes; the signed message digest equals SHA-256 of ``content`` (else
    ``manifest_edited``); the RSA signature over the DER of the signed attributes verifies with
    the signer certificate's key (else ``bad_signature``); the signer certificate is one of
    ``trusted_der``, byte for byte (else ``untrusted_signer``).

    Args:
        content: the bytes that were signed (the manifest as found in the bundle).
        signature: the DER ``manifest.p7s``.
        trusted_der: the trusted certificates, DER.

    Returns:
        The signer and the signing time it claims.

    Raises:
        SigningProblem: ``bad_signature``, ``manifest_edited`` or ``untrusted_signer``.
    """
    try:
        info = cms.ContentInfo.load(signature)
        if info["content_type"].native != "signed_data":
            raise SigningProblem("bad_signature", "not a SignedData")
        signed_data = info["content"]
        signers = list(signed_data["signer_infos"])
        if len(signers) != 1:
            raise SigningProblem("bad_signature", f"{len(signers)} signers")
        signer = signers[0]
        if signer["digest_algorithm"]["algorithm"].native != "sha256":
            raise SigningProblem("bad_signature", "digest is not SHA-256")
        attrs = signer["signed_attrs"]
        if not attrs:
            raise SigningProblem("bad_signature", "no signed attributes")
        values = {attr["type"].native: attr["values"] for attr in attrs}
        if "message_digest" not in values or values.get("content_type", [None])[0].native != "data":
            raise SigningProblem("bad_signature", "signed attributes incomplete")
        signed_digest = values["message_digest"][0].native
        signing_time = values["signing_time"][0].native if "signing_time" in values else None
        cert_der = _signer_cert(signed_data, signer)
        # The signature covers the DER of the attributes as a SET OF (tag 0x31), not as they are
        # stored inside SignerInfo with the implicit [0] tag (RFC 5652, 5.4).
        attrs_der = b"\x31" + attrs.dump()[1:]
        signature_value = signer["signature"].native
        algorithm = signer["signature_algorithm"].signature_algo
    except (ValueError, TypeError, KeyError) as error:
        raise SigningProblem("bad_signature", str(error)) from error
    if signed_digest != hashlib.sha256(content).digest():
        raise SigningProblem("manifest_edited")
    if algorithm != "rsassa_pkcs1v15":
        raise SigningProblem("bad_signature", f"algorithm {algorithm}")
    cert = x509.load_der_x509_certificate(cert_der)
    public = cert.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise SigningProblem("bad_signature", "signer key is not RSA")
    try:
        public.verify(signature_value, attrs_der, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as error:
        raise SigningProblem("bad_signature", "signature does not verify") from error
    trusted = {hashlib.sha256(der).digest() for der in trusted_der}
    if hashlib.sha256(cert_der).digest() not in trusted:
        raise SigningProblem("untrusted_signer", fingerprint(cert_der))
    return VerifiedSignature(signer=certificate_info(cert_der), cert_der=cert_der, signing_time=signing_time)
