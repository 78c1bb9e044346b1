"""Trust through a certificate authority's chain (#21): a bundle signed with a CA-issued certificate
is trusted through the installed root or sub-CA, judged at the signing time the manifest states;
an expired or not-yet-valid certificate is named as such; a renewed certificate from the same
authority with the same subject speaks for the unit the old one was bound to.

Real certificates (a root, a sub-CA, office certificates, made with ``cryptography``), real CMS
signatures (pyHanko's signer, as the token path signs) and real bundle files."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from hagiang_desktop.core.vntext import VN_TZ, format_date_of
from hagiang_desktop.exports import authorities
from hagiang_desktop.exports.bundle import BundleHeader, BundleProblem, read_bundle, write_bundle
from hagiang_desktop.exports.signing import SigningProblem, fingerprint

NOW = datetime.now(UTC).replace(microsecond=0)
OFFICE = "Phòng Nội vụ huyện Đồng Văn"


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "UBND huyện Đồng Văn"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@dataclass
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _issue(subject: str, issuer: Issued | None, start: datetime, end: datetime, *, ca: bool) -> Issued:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer.cert.subject if issuer else _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.KeyUsage(not ca, not ca, False, False, False, ca, ca, False, False), critical=True
        )
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    return Issued(key, builder.sign(signer_key, hashes.SHA256()))


@pytest.fixture(scope="module")
def pki():
    root = _issue(
        "Test Root CA (VGCA thử nghiệm)",
        None,
        NOW - timedelta(days=3650),
        NOW + timedelta(days=3650),
        ca=True,
    )
    sub = _issue(
        "Test Sub-CA cơ quan nhà nước", root, NOW - timedelta(days=1000), NOW + timedelta(days=3000), ca=True
    )
    office = _issue(OFFICE, sub, NOW - timedelta(days=300), NOW + timedelta(days=60), ca=False)
    renewed = _issue(OFFICE, sub, NOW + timedelta(days=30), NOW + timedelta(days=800), ca=False)
    other_root = _issue("Another CA", None, NOW - timedelta(days=100), NOW + timedelta(days=1000), ca=True)
    stranger = _issue(OFFICE, other_root, NOW - timedelta(days=10), NOW + timedelta(days=300), ca=False)
    return {
        "root": root,
        "sub": sub,
        "office": office,
        "renewed": renewed,
        "other": other_root,
        "stranger": stranger,
    }


def _signer(who: Issued, *chain: Issued):
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    pkcs8 = who.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(who.der),
        signing_key=asn1_keys.PrivateKeyInfo.load(pkcs8),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(c.der) for c in chain]),
    )


def _bundle(tmp_path: Path, who: Issued, when: datetime, *chain: Issued, name: str = "goi.zip") -> Path:
    """A real bundle signed as the token path signs: pyHanko's detached CMS, signingTime = created_at."""
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    header = BundleHeader(
        kind="submission",
        plan_id="127-KH-UBND-2018",
        sender_code="026-NV",
        sender_name=OFFICE,
        recipient_code="000-NV",
        recipient_name="Sở Nội vụ tỉnh Hà Giang",
        sequence=1,
        created_at=when.astimezone(VN_TZ),
        program_version="test",
    )
    signer = _signer(who, *chain)

    def sign(content: bytes) -> bytes:
        attrs = PdfCMSSignedAttributes(signing_time=when)
        info = asyncio.run(
            signer.async_sign_general_data(content, "sha256", detached=True, signed_attr_settings=attrs)
        )
        return bytes(info.dump())

    target = tmp_path / name
    write_bundle(target, header, {"data.json": b'{"x": 1}\n'}, sign)
    return target


def _bound(*certs: Issued) -> dict:
    return {
        "bound_codes": {fingerprint(c.der): "026-NV" for c in certs},
        "renewals": {authorities.renewal_key(c.der): ("026-NV", fingerprint(c.der)) for c in certs},
    }


def test_a_bundle_signed_by_a_ca_issued_certificate_is_trusted_through_the_root(pki, tmp_path):
    bundle = _bundle(tmp_path, pki["office"], NOW, pki["sub"])  # the token sends its sub-CA along
    verified = read_bundle(bundle, [], authorities_der=[pki["root"].der], **_bound(pki["office"]))
    assert verified.header.sender_code == "026-NV"
    assert verified.signature.signer.fingerprint == fingerprint(pki["office"].der)
    assert "Test Root CA" in verified.signature.authority
    assert verified.renewed_from == ""
    # Without the root, not trusted: the chain is what vouches for it, nothing else.
    with pytest.raises(BundleProblem) as refused:
        read_bundle(bundle, [], authorities_der=[pki["other"].der], **_bound(pki["office"]))
    assert refused.value.code == "untrusted_signer"


def test_the_sub_ca_installed_alone_is_enough(pki, tmp_path):
    bundle = _bundle(tmp_path, pki["office"], NOW)  # no chain sent along
    verified = read_bundle(bundle, [], authorities_der=[pki["sub"].der], **_bound(pki["office"]))
    assert "Sub-CA" in verified.signature.authority


def test_a_certificate_no_unit_is_bound_to_is_refused_saying_so(pki, tmp_path):
    bundle = _bundle(tmp_path, pki["office"], NOW, pki["sub"])
    with pytest.raises(BundleProblem) as refused:
        read_bundle(bundle, [], authorities_der=[pki["root"].der])
    assert refused.value.code == "unbound_certificate"
    assert OFFICE in refused.value.detail


def test_validity_is_judged_at_the_manifests_signing_time(pki, tmp_path):
    office = pki["office"]
    late = office.cert.not_valid_after_utc + timedelta(days=2)
    expired = _bundle(tmp_path, office, late, pki["sub"], name="late.zip")
    with pytest.raises(BundleProblem) as refused:
        read_bundle(expired, [], authorities_der=[pki["root"].der], **_bound(office))
    assert refused.value.code == "certificate_expired"
    # Day first, in Vietnam's calendar, as every date the clerk reads (#23).
    assert f"signing {format_date_of(late)}" in refused.value.detail
    assert format_date_of(office.cert.not_valid_after_utc) in refused.value.detail

    early = office.cert.not_valid_before_utc - timedelta(days=2)
    too_early = _bundle(tmp_path, office, early, pki["sub"], name="early.zip")
    with pytest.raises(BundleProblem) as refused:
        read_bundle(too_early, [], authorities_der=[pki["root"].der], **_bound(office))
    assert refused.value.code == "certificate_not_yet_valid"

    # Signed while valid: trusted, whatever the day it is checked on.
    inside = office.cert.not_valid_after_utc - timedelta(days=1)
    ok = _bundle(tmp_path, office, inside, pki["sub"], name="ok.zip")
    assert read_bundle(ok, [], authorities_der=[pki["root"].der], **_bound(office)).header.sequence == 1


def test_a_renewed_certificate_from_the_same_ca_speaks_for_the_bound_unit(pki, tmp_path):
    when = NOW + timedelta(days=40)  # the renewed certificate's time
    bundle = _bundle(tmp_path, pki["renewed"], when, pki["sub"])
    verified = read_bundle(bundle, [], authorities_der=[pki["root"].der], **_bound(pki["office"]))
    assert verified.header.sender_code == "026-NV"
    assert verified.renewed_from == fingerprint(pki["office"].der)
    assert verified.signature.signer.fingerprint == fingerprint(pki["renewed"].der)

    # Same subject, but issued by an authority that is installed and is not the bound one's issuer:
    # it speaks for nobody until the province binds it.
    other = _bundle(tmp_path, pki["stranger"], NOW, name="stranger.zip")
    with pytest.raises(BundleProblem) as refused:
        read_bundle(other, [], authorities_der=[pki["root"].der, pki["other"].der], **_bound(pki["office"]))
    assert refused.value.code == "unbound_certificate"


def test_installing_authorities_refuses_an_office_certificate(pki):
    chain = pki["root"].pem + pki["sub"].pem
    found = authorities.load_authorities(chain)
    assert [a.self_signed for a in found] == [True, False]
    with pytest.raises(SigningProblem) as refused:
        authorities.load_authorities(pki["office"].pem)
    assert refused.value.code == "not_a_ca"
