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
from enum import StrEnum

from asn1crypto import cms
from asn1crypto import tsp as _tsp  # noqa: F401 - see below

# asn1crypto.tsp adds CMS attribute names (signing_certificate_v2…) to cms's OID map when it is
# imported, but not to the reverse map asn1crypto builds once, on first use by name. Imported
# here, before any signature is read, so that pyHanko (token signing, PDFs: #21) finds them by
# name whatever the program verified first.
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from hagiang_desktop.core.vntext import format_date_of, nfc

#: RSA modulus size: 3072 bits is the NIST level for use beyond 2030 and tokens accept it.
KEY_BITS = 3072
#: A self-signed office certificate lives as long as the office keeps its key (rotation retires it).
VALIDITY = timedelta(days=20 * 365)
PROVINCE_NAME = "Hà Giang"


class SigningCode(StrEnum):
    """Why a signature or a key is refused (:class:`SigningProblem`).

    Each code has its words in ``cli.messages`` (``bundle_…`` or ``key_…``) and
    ``ui.actions.bundles.PROBLEMS``, in Vietnamese and English.
    """

    BAD_CERTIFICATE = "bad_certificate"
    BAD_KEY_FILE = "bad_key_file"
    BAD_PDF = "bad_pdf"
    BAD_SIGNATURE = "bad_signature"
    CERTIFICATE_EXPIRED = "certificate_expired"
    CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
    DAMAGED_CERTIFICATE = "damaged_certificate"
    MANIFEST_EDITED = "manifest_edited"
    NO_UNIT_CODE = "no_unit_code"
    NOT_A_CA = "not_a_ca"
    SEVERAL_CERTIFICATES = "several_certificates"
    TIMESTAMP_UNREACHABLE = "timestamp_unreachable"
    UNIT_CODE_DIFFERS = "unit_code_differs"
    UNTRUSTED_SIGNER = "untrusted_signer"
    WRONG_PASSPHRASE = "wrong_passphrase"


class SigningProblem(Exception):
    """A signature or key that cannot be used; ``code`` names the problem for the UI and the CLI.

    Codes: ``wrong_passphrase``, ``bad_key_file``, ``bad_certificate``, ``several_certificates``
    (a PEM holding more than one), ``bad_signature`` (not a CMS signature, or the signature does
    not verify), ``manifest_edited`` (the signed digest is not the digest of this manifest),
    ``damaged_certificate`` (the embedded certificate's bytes were changed), ``untrusted_signer``,
    ``certificate_expired``, ``certificate_not_yet_valid``.
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
        authority: the installed certificate authority the signer's certificate chains to
            ("" when the certificate itself is trusted, pinned).
    """

    signer: CertificateInfo
    cert_der: bytes
    signing_time: datetime | None
    authority: str = ""


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
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


#: PBKDF2 rounds of the key's encryption, and iterations of the PKCS#12 MAC: the same strength.
KDF_ROUNDS = 200_000


def _p12(name: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate, passphrase: str) -> bytes:
    """Serialise the key and certificate as PKCS#12, its MAC as strong as its encryption.

    cryptography 50 encrypts with PBES2/AES-256 and the rounds asked (``kdf_rounds``), but its
    builder has no setting for the MAC, which it always computes with 2,048 iterations: checking
    a guessed passphrase against the MAC was 100 times cheaper than against the key. The MAC is
    therefore recomputed here with :data:`KDF_ROUNDS` iterations (see :func:`_strong_mac`).
    """
    blob = pkcs12.serialize_key_and_certificates(name, key, cert, None, _encryption(passphrase))
    return _strong_mac(blob, passphrase, KDF_ROUNDS)


def _pkcs12_mac_key(password: bytes, salt: bytes, iterations: int) -> bytes:
    """The PKCS#12 key derivation for the MAC key (RFC 7292 B.2, ID 3) with SHA-256 (u=32, v=64).

    The key is 32 bytes, one hash output, so the derivation is one iterated hash over the
    diversifier, the salt and the password, each stretched to whole 64-byte blocks.
    """
    block = 64

    def stretched(value: bytes) -> bytes:
        if not value:
            return b""
        size = block * -(-len(value) // block)
        return (value * (size // len(value) + 1))[:size]

    digest = hashlib.sha256(bytes([3]) * block + stretched(salt) + stretched(password)).digest()
    for _ in range(iterations - 1):
        digest = hashlib.sha256(digest).digest()
    return digest


def _strong_mac(blob: bytes, passphrase: str, iterations: int) -> bytes:
    """Replace a PKCS#12 file's MAC by an HMAC-SHA256 whose key took ``iterations`` to derive.

    The password is the passphrase as a BMPString with its terminating zero (RFC 7292 B.1), as
    OpenSSL and cryptography read it; both verify the result (tests open it with each).
    """
    import hmac
    import os

    from asn1crypto import algos
    from asn1crypto import pkcs12 as asn1_pkcs12

    pfx = asn1_pkcs12.Pfx.load(blob)
    content = pfx["auth_safe"]["content"].native
    salt = os.urandom(16)
    password = passphrase.encode("utf-16-be") + b"\x00\x00"
    mac = hmac.new(_pkcs12_mac_key(password, salt, iterations), content, hashlib.sha256).digest()
    mac_data = asn1_pkcs12.MacData(
        {
            "mac": algos.DigestInfo({"digest_algorithm": {"algorithm": "sha256"}, "digest": mac}),
            "mac_salt": salt,
            "iterations": iterations,
        }
    )
    return bytes(
        asn1_pkcs12.Pfx(
            {"version": pfx["version"], "auth_safe": pfx["auth_safe"], "mac_data": mac_data}
        ).dump()
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
    p12 = _p12(unit_code.encode("utf-8"), key, cert, passphrase)
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
        raise SigningProblem(SigningCode.WRONG_PASSPHRASE) from error
    if not isinstance(key, rsa.RSAPrivateKey) or cert is None:
        raise SigningProblem(SigningCode.BAD_KEY_FILE, "no RSA key and certificate")
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
    return _p12(name, key, cert, new_passphrase)


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
    """Read exactly one certificate from PEM or DER bytes and return its DER.

    A PEM with several certificates is refused with each one's fingerprint listed: taking the
    first silently would trust a certificate the clerk never compared with the paper form.

    Raises:
        SigningProblem: ``bad_certificate`` (not a certificate, or a damaged one) or
            ``several_certificates`` (the detail lists their fingerprints).
    """
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
        ders = [cert.public_bytes(serialization.Encoding.DER) for cert in certs]
        for cert in certs:  # fields decoded lazily fail here, not later in the trust store
            _ = (cert.not_valid_before_utc, cert.not_valid_after_utc, cert.subject.rfc4514_string())
            cert.public_key()
    except Exception as error:  # noqa: BLE001 - the parse boundary of certificate files
        raise SigningProblem(SigningCode.BAD_CERTIFICATE, short_error(error)) from error
    if len(ders) != 1:
        raise SigningProblem(SigningCode.SEVERAL_CERTIFICATES, "; ".join(fingerprint(der) for der in ders))
    return ders[0]


def check_trustable(cert_der: bytes, *, now: datetime | None = None) -> None:
    """Refuse to trust a certificate that is damaged, expired or not yet valid.

    Raises:
        SigningProblem: ``damaged_certificate``, ``certificate_expired`` or
            ``certificate_not_yet_valid``.
    """
    cert = _load_signer(cert_der, ())
    check_validity(cert, now or datetime.now(UTC), "now")


def pem_to_der(cert_pem: str) -> bytes:
    """Return the DER of a PEM certificate (see :func:`load_certificate`)."""
    return load_certificate(cert_pem.encode("ascii"))


def _text(value: str | bytes) -> str:
    # Name attributes are strings except the rare bit-string ones, shown as hex.
    return value if isinstance(value, str) else value.hex()


def describe_name(name: x509.Name) -> str:
    """Show a subject or issuer in certificate order (``C=VN, ST=Hà Giang, …, CN=…``)."""
    return ", ".join(f"{_SHORT_NAMES.get(a.oid, a.oid.dotted_string)}={_text(a.value)}" for a in name)


def issuer_of(cert_der: bytes) -> str:
    """Return who issued a certificate, shown as :func:`describe_name` does.

    Raises:
        SigningProblem: ``bad_certificate``.
    """
    try:
        return describe_name(x509.load_der_x509_certificate(cert_der).issuer)
    except Exception as error:  # noqa: BLE001 - the parse boundary of certificates
        raise SigningProblem(SigningCode.BAD_CERTIFICATE, short_error(error)) from error


def certificate_info(cert_der: bytes) -> CertificateInfo:
    """Describe a certificate: the office it names and its fingerprint.

    Raises:
        SigningProblem: ``bad_certificate``.
    """
    try:
        cert = x509.load_der_x509_certificate(cert_der)
    except Exception as error:  # noqa: BLE001 - the parse boundary of certificates
        raise SigningProblem(SigningCode.BAD_CERTIFICATE, short_error(error)) from error

    def first(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return CertificateInfo(
        unit_code=first(NameOID.SERIAL_NUMBER),
        unit_name=first(NameOID.COMMON_NAME),
        subject=describe_name(cert.subject),
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
    raise SigningProblem(SigningCode.BAD_SIGNATURE, "signer certificate not in the signature")


def _parse_signature(signature: bytes) -> _ParsedSignature:
    """Read the fields we check out of a ``manifest.p7s``: the parse boundary of signatures.

    asn1crypto parses lazily, so a malformed field fails only when it is touched, with whatever
    exception its decoder raises (``ValueError``, ``TypeError``, ``KeyError``, ``IndexError``,
    ``AttributeError``, ``OverflowError``…). Every one of them means "not a signature of ours":
    all are turned into ``bad_signature`` here, and nothing else reads the structure (#20).
    """
    try:
        info = cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            raise SigningProblem(SigningCode.BAD_SIGNATURE, "not a SignedData")
        signed_data = info["content"]
        signers = list(signed_data["signer_infos"])
        if len(signers) != 1:
            raise SigningProblem(SigningCode.BAD_SIGNATURE, f"{len(signers)} signers")
        signer = signers[0]
        if signer["digest_algorithm"]["algorithm"].native != "sha256":
            raise SigningProblem(SigningCode.BAD_SIGNATURE, "digest is not SHA-256")
        attrs = signer["signed_attrs"]
        if not attrs:
            raise SigningProblem(SigningCode.BAD_SIGNATURE, "no signed attributes")
        values = {attr["type"].native: attr["values"] for attr in attrs}
        for name in ("content_type", "message_digest"):
            if len(values.get(name) or ()) != 1:
                raise SigningProblem(
                    SigningCode.BAD_SIGNATURE, f"signed attribute {name} missing or repeated"
                )
        if values["content_type"][0].native != "data":
            raise SigningProblem(SigningCode.BAD_SIGNATURE, "content type is not data")
        signed_digest = values["message_digest"][0].native
        if not isinstance(signed_digest, bytes):
            raise SigningProblem(SigningCode.BAD_SIGNATURE, "message digest is not an octet string")
        signing_time = None
        if values.get("signing_time"):
            signing_time = values["signing_time"][0].native
            if not isinstance(signing_time, datetime):
                raise SigningProblem(SigningCode.BAD_SIGNATURE, "signing time is not a time")
        cert_der = _signer_cert(signed_data, signer)
        others = tuple(
            bytes(c.chosen.dump())
            for c in signed_data["certificates"] or []
            if c.name == "certificate" and bytes(c.chosen.dump()) != cert_der
        )
        # The signature covers the DER of the attributes as a SET OF (tag 0x31), not as they are
        # stored inside SignerInfo with the implicit [0] tag (RFC 5652, 5.4).
        attrs_der = b"\x31" + attrs.dump()[1:]
        signature_value = signer["signature"].native
        algorithm = signer["signature_algorithm"].signature_algo
        if not isinstance(signature_value, bytes):
            raise SigningProblem(SigningCode.BAD_SIGNATURE, "signature value is not an octet string")
    except SigningProblem:
        raise
    except Exception as error:  # noqa: BLE001 - the parse boundary: any decoder error is a bad file
        raise SigningProblem(SigningCode.BAD_SIGNATURE, short_error(error)) from error
    return _ParsedSignature(
        signed_digest, signing_time, cert_der, attrs_der, signature_value, algorithm, others
    )


@dataclass(frozen=True)
class _ParsedSignature:
    signed_digest: bytes
    signing_time: datetime | None
    cert_der: bytes
    attrs_der: bytes
    signature_value: bytes
    algorithm: str
    others: tuple[bytes, ...] = ()


def short_error(error: BaseException) -> str:
    """Return one line naming an exception, cut short: a crafted file's text must not flood the line."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:120]}" if text else type(error).__name__


def _load_signer(cert_der: bytes, trusted_der: Iterable[bytes]) -> x509.Certificate:
    """Load the embedded certificate, telling a damaged one from a merely unknown one.

    A certificate that does not parse, whose key cannot be read, or whose self-signature fails
    (our offices' certificates are self-signed) has been damaged: saying "untrusted signer" with
    its fingerprint would invite the clerk to trust the damaged bytes. One that has the key of a
    trusted certificate but other bytes is damaged too.
    """
    try:
        cert = x509.load_der_x509_certificate(cert_der)
        public = cert.public_key()
        if cert.issuer == cert.subject:
            cert.verify_directly_issued_by(cert)
        _ = (cert.not_valid_before_utc, cert.not_valid_after_utc, cert.subject.rfc4514_string())
    except Exception as error:  # noqa: BLE001 - InvalidVersion, UnsupportedAlgorithm, InvalidSignature…
        raise SigningProblem(SigningCode.DAMAGED_CERTIFICATE, short_error(error)) from error
    if not isinstance(public, rsa.RSAPublicKey):
        raise SigningProblem(SigningCode.BAD_SIGNATURE, "signer key is not RSA")
    mine = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    for der in trusted_der:
        if der == cert_der:
            continue
        try:
            other = x509.load_der_x509_certificate(der).public_key()
            theirs = other.public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        except Exception:  # noqa: BLE001, S112 - a trusted entry we cannot read matches nothing
            continue
        if theirs == mine:
            raise SigningProblem(
                SigningCode.DAMAGED_CERTIFICATE, "differs from the trusted certificate with this key"
            )
    return cert


def check_validity(cert: x509.Certificate, when: datetime, what: str) -> None:
    """Refuse a certificate outside its validity at ``when``.

    Args:
        cert: the certificate.
        when: the moment judged (timezone-aware).
        what: ``signing`` (the time the signer claims) or ``now``, said in the refusal.

    Raises:
        SigningProblem: ``certificate_expired`` or ``certificate_not_yet_valid``; the detail names
            the moment judged and the certificate's dates.
    """
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    moment = when if when.tzinfo else when.replace(tzinfo=UTC)
    dates = f"{what} {format_date_of(moment)}; valid {format_date_of(start)} – {format_date_of(end)}"
    if moment > end:
        raise SigningProblem(SigningCode.CERTIFICATE_EXPIRED, dates)
    if moment < start:
        raise SigningProblem(SigningCode.CERTIFICATE_NOT_YET_VALID, dates)


def verify_detached(
    content: bytes,
    signature: bytes,
    trusted_der: Iterable[bytes],
    *,
    now: datetime | None = None,
    authorities_der: Iterable[bytes] = (),
) -> VerifiedSignature:
    """Verify a detached CMS signature over ``content`` made by one of the trusted certificates.

    The checks, in order: the signature parses as one SignedData with one SHA-256 signer and
    signed attributes (else ``bad_signature``); the signed message digest equals SHA-256 of
    ``content`` (else ``manifest_edited``); the embedded certificate is whole (else
    ``damaged_certificate``); the RSA signature over the DER of the signed attributes verifies
    with its key (else ``bad_signature``); the certificate is one of ``trusted_der``, byte for
    byte (else ``untrusted_signer``); it was valid at the signing time it claims and is valid
    now (else ``certificate_expired`` or ``certificate_not_yet_valid``).

    A certificate that is not pinned but chains to an installed certificate authority (an
    office's token, #21) is trusted when every certificate on the path was valid at the signing
    time the signature states (:func:`~hagiang_desktop.exports.authorities.check_chain`).

    Args:
        content: the bytes that were signed (the manifest as found in the bundle).
        signature: the DER ``manifest.p7s``.
        trusted_der: the trusted certificates, DER.
        now: the present moment (tests); the clock by default.
        authorities_der: installed certificate authorities, DER.

    Returns:
        The signer and the signing time it claims.

    Raises:
        SigningProblem: one of the codes above.
    """
    trusted_list = list(trusted_der)
    authorities = list(authorities_der)
    parsed = _parse_signature(signature)
    if parsed.signed_digest != hashlib.sha256(content).digest():
        raise SigningProblem(SigningCode.MANIFEST_EDITED)
    if parsed.algorithm != "rsassa_pkcs1v15":
        raise SigningProblem(SigningCode.BAD_SIGNATURE, f"algorithm {parsed.algorithm}")
    pinned = hashlib.sha256(parsed.cert_der).digest() in {
        hashlib.sha256(der).digest() for der in trusted_list
    }
    # A renewed certificate may keep the old one's key: that is no sign of damage when an
    # authority vouches for it, so the comparison with the pinned ones waits for the chain.
    chained = authorities and not pinned
    cert = _load_signer(parsed.cert_der, () if chained else trusted_list)
    public = cert.public_key()
    assert isinstance(public, rsa.RSAPublicKey)  # checked by _load_signer
    try:
        public.verify(parsed.signature_value, parsed.attrs_der, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError) as error:
        raise SigningProblem(SigningCode.BAD_SIGNATURE, "signature does not verify") from error
    if chained:
        from hagiang_desktop.exports.authorities import check_chain

        moment = parsed.signing_time or now or datetime.now(UTC)
        chain = check_chain(parsed.cert_der, parsed.others, authorities, moment)
        if chain is not None:
            return VerifiedSignature(
                signer=certificate_info(parsed.cert_der),
                cert_der=parsed.cert_der,
                signing_time=parsed.signing_time,
                authority=chain.authority,
            )
        _load_signer(parsed.cert_der, trusted_list)  # damaged, or merely unknown?
    if not pinned:
        raise SigningProblem(SigningCode.UNTRUSTED_SIGNER, fingerprint(parsed.cert_der))
    if parsed.signing_time is not None:
        check_validity(cert, parsed.signing_time, "signing")
    check_validity(cert, now or datetime.now(UTC), "now")
    return VerifiedSignature(
        signer=certificate_info(parsed.cert_der), cert_der=parsed.cert_der, signing_time=parsed.signing_time
    )
