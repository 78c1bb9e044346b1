"""Hostile signed files (#20): crafted signatures, zip headers, certificates and documents.

Every case of issue #20's "What was seen" about bundles, returns and certificates, with the
crafted file made here from a real bundle. Each must be refused with its own code, as one line,
with the database untouched; none may raise anything but ``BundleProblem``.
"""

# ruff: noqa: F811 - the bundle tests' fixtures are imported, and pytest passes them by name

from __future__ import annotations

import json
import struct
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import cms

from hagiang_desktop.cli.bundle import bundle_error
from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.exports import signing
from hagiang_desktop.exports.bundle import MANIFEST, SIGNATURE, BundleProblem, read_bundle
from hagiang_desktop.services import bundles, nominations
from hagiang_desktop.services.nominations import NominationFilter
from tests.services.test_bundles import (  # noqa: F401 - the shared fixtures of the bundle tests
    BOTH_ENGINES,
    PASS,
    _district_p12,
    built,
    district,
    district_cert,
    dump,
    inbox,
)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _one_line(problem: BundleProblem) -> str:
    text = str(bundle_error(problem))
    assert text.strip()
    assert "\n" not in text
    assert "Traceback" not in text
    assert len(text) < 600
    return text


def _refused(inbox, path: Path, code: str) -> BundleProblem:
    before = dump(inbox)
    with pytest.raises(BundleProblem) as caught:
        bundles.import_bundle(inbox, path)
    assert caught.value.code == code, caught.value
    assert dump(inbox) == before
    _one_line(caught.value)
    return caught.value


def _trusted(district_cert: Path) -> list[bytes]:
    return [signing.load_certificate(district_cert.read_bytes())]


def _cert_in(signature: bytes) -> bytes:
    info = cms.ContentInfo.load(signature)
    return bytes(info["content"]["certificates"][0].chosen.dump())


# --- crafted, unsigned manifest.p7s -----------------------------------------------------------


def _with_signature(built, tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    members = _members(built.path)
    members[SIGNATURE] = change(members[SIGNATURE])
    return _zip(tmp_path / "crafted.zip", members)


def _cert_patched(patch):  # type: ignore[no-untyped-def]
    def change(signature: bytes) -> bytes:
        cert = _cert_in(signature)
        return signature.replace(cert, patch(cert))

    return change


def _version_6(cert: bytes) -> bytes:
    at = cert.index(b"\xa0\x03\x02\x01\x02")  # [0] EXPLICIT Version v3
    return cert[: at + 4] + b"\x05" + cert[at + 5 :]


def _unknown_key_oid(cert: bytes) -> bytes:
    rsa_oid = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"
    return cert.replace(rsa_oid, rsa_oid[:-1] + b"\x63")


def _bad_utctime(cert: bytes) -> bytes:
    at = cert.index(b"\x17\x0d")  # the first UTCTime: notBefore
    return cert[: at + 2] + b"9913" + cert[at + 6 :]


def _attrs_changed(change):  # type: ignore[no-untyped-def]
    def patch(signature: bytes) -> bytes:
        info = cms.ContentInfo.load(signature)
        signer = info["content"]["signer_infos"][0]
        attrs = [change(attr) for attr in signer["signed_attrs"]]
        signer["signed_attrs"] = cms.CMSAttributes([a for a in attrs if a is not None])
        return bytes(info.dump(force=True))

    return patch


def _drop_content_type(attr):  # type: ignore[no-untyped-def]
    return None if attr["type"].native == "content_type" else attr


def _empty_digest(attr):  # type: ignore[no-untyped-def]
    if attr["type"].native == "message_digest":
        return cms.CMSAttribute({"type": "message_digest", "values": []})
    return attr


CRAFTED_SIGNATURES = {
    "certificate version 6 (InvalidVersion)": (_cert_patched(_version_6), "damaged_certificate"),
    "unknown key OID (UnsupportedAlgorithm)": (_cert_patched(_unknown_key_oid), "damaged_certificate"),
    "bad UTCTime (ValueError)": (_cert_patched(_bad_utctime), "damaged_certificate"),
    "no content-type attribute (AttributeError)": (_attrs_changed(_drop_content_type), "bad_signature"),
    "empty digest set (IndexError)": (_attrs_changed(_empty_digest), "bad_signature"),
    "trailing garbage": (lambda s: s + b"\x00" * 7, "bad_signature"),
    "cut in half": (lambda s: s[: len(s) // 2], "bad_signature"),
    "not DER at all": (lambda s: b"-----BEGIN PKCS7-----", "bad_signature"),
}


@pytest.mark.parametrize("case", list(CRAFTED_SIGNATURES))
def test_crafted_signatures_are_refused_with_one_line(inbox, built, district_cert, tmp_path, case):
    change, code = CRAFTED_SIGNATURES[case]
    path = _with_signature(built, tmp_path, change)
    with pytest.raises(BundleProblem) as caught:
        read_bundle(path, _trusted(district_cert))
    assert caught.value.code == code, caught.value
    _one_line(caught.value)
    _refused(inbox, path, code)


def test_one_flipped_byte_in_the_embedded_certificate_is_damaged_not_untrusted(
    inbox, built, district_cert, tmp_path
):
    def flip_in_signature_value(cert: bytes) -> bytes:
        at = len(cert) - 20  # inside the certificate's own signature: the key still verifies the CMS
        return cert[:at] + bytes([cert[at] ^ 0x01]) + cert[at + 1 :]

    path = _with_signature(built, tmp_path, _cert_patched(flip_in_signature_value))
    problem = _refused(inbox, path, "damaged_certificate")
    assert "fingerprint" not in _one_line(problem)
    with pytest.raises(BundleProblem) as caught:
        read_bundle(path, [])  # not even trusted: still damaged first, never "trust this fingerprint"
    assert caught.value.code == "damaged_certificate"


# --- crafted zip headers --------------------------------------------------------------------------


def _patch_central_flags(data: bytes, name: bytes, flags: int) -> bytes:
    """Set general-purpose flag bits of ``name`` in the zip's central directory."""
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == name:
            old = struct.unpack_from("<H", data, at + 8)[0]
            return data[: at + 8] + struct.pack("<H", old | flags) + data[at + 10 :]
        at += 4


def test_encrypted_flag_on_a_member_is_a_damaged_zip(inbox, built, tmp_path):
    path = tmp_path / "encrypted.zip"
    path.write_bytes(_patch_central_flags(built.path.read_bytes(), b"manifest.json", 0x1))
    problem = _refused(inbox, path, "damaged_zip")
    assert "RuntimeError" in problem.detail


def test_utf8_flag_on_a_name_that_is_not_utf8_is_a_damaged_zip(inbox, built, tmp_path):
    members = _members(built.path)
    members["coverX.pdf"] = b"x"
    raw = _zip(tmp_path / "plain.zip", members).read_bytes().replace(b"coverX.pdf", b"cover\xff.pdf")
    path = tmp_path / "utf8.zip"
    path.write_bytes(_patch_central_flags(raw, b"cover\xff.pdf", 0x800))
    problem = _refused(inbox, path, "damaged_zip")
    assert "UnicodeDecodeError" in problem.detail


def test_an_extra_member_error_lists_a_few_names_and_counts_the_rest(inbox, built, tmp_path):
    members = _members(built.path)
    members.update({f"thua/{i:04}.txt": b"x" for i in range(1990)})
    problem = _refused(inbox, _zip(tmp_path / "many.zip", members), "extra_member")
    assert problem.detail.endswith("(+1985)")
    assert problem.detail.count(",") == 4


# --- certificates ----------------------------------------------------------------------------------


def test_expired_and_not_yet_valid_certificates_are_refused(inbox, district, built, district_cert, tmp_path):
    verified = read_bundle(built.path, _trusted(district_cert))
    not_after = verified.signature.signer.not_after
    manifest, signature = _members(built.path)[MANIFEST], _members(built.path)[SIGNATURE]
    with pytest.raises(signing.SigningProblem) as caught:
        signing.verify_detached(
            manifest, signature, _trusted(district_cert), now=not_after + timedelta(days=1)
        )
    assert caught.value.code == "certificate_expired"
    with pytest.raises(signing.SigningProblem) as caught:
        signing.verify_detached(
            manifest, signature, _trusted(district_cert), now=datetime(2000, 1, 1, tzinfo=UTC)
        )
    assert caught.value.code == "certificate_not_yet_valid"


def test_an_expired_certificate_is_not_trusted(inbox):
    old = signing.create_identity(
        "026-NV", "Phòng Nội vụ", "mật khẩu cũ 1", now=datetime(1990, 1, 1, tzinfo=UTC)
    )
    before = dump(inbox)
    with pytest.raises(signing.SigningProblem) as caught:
        bundles.add_trusted(inbox, old.cert_pem.encode())
    assert caught.value.code == "certificate_expired"
    assert dump(inbox) == before


def test_a_pem_with_several_certificates_lists_each_and_trusts_none(inbox, district_cert):
    other = signing.create_identity("027-NV", "Phòng Nội vụ huyện Mèo Vạc", "mật khẩu khác 1")
    pem = district_cert.read_bytes() + other.cert_pem.encode()
    before = dump(inbox)
    with pytest.raises(signing.SigningProblem) as caught:
        bundles.add_trusted(inbox, pem)
    assert caught.value.code == "several_certificates"
    assert other.fingerprint in caught.value.detail
    assert dump(inbox) == before


# --- manifest.json, data.json and return.json against their schemas ---------------------------------


def _signed(district, tmp_path: Path, manifest: bytes, members: dict[str, bytes]) -> Path:
    p12 = _district_p12(district)
    signature = signing.sign_detached(manifest, p12, PASS)
    return _zip(tmp_path / "signed.zip", {MANIFEST: manifest, SIGNATURE: signature, **members})


def _manifest_of(built) -> dict:
    return json.loads(_members(built.path)[MANIFEST])


MANIFEST_CASES = {
    "sequence Infinity": lambda m: json.dumps(m).replace('"sequence": 1', '"sequence": Infinity'),
    "sequence 2^63": lambda m: json.dumps({**m, "sequence": 2**63}),
    "sequence 2^63-1": lambda m: json.dumps({**m, "sequence": 2**63 - 1}),
    "sequence true": lambda m: json.dumps({**m, "sequence": True}),
    'sequence "7"': lambda m: json.dumps({**m, "sequence": "7"}),
    "sequence 7.9": lambda m: json.dumps({**m, "sequence": 7.9}),
    "sequence -5": lambda m: json.dumps({**m, "sequence": -5}),
    "sequence 0": lambda m: json.dumps({**m, "sequence": 0}),
    'supplement "false"': lambda m: json.dumps({**m, "supplement": "false"}),
    "name an int": lambda m: json.dumps({**m, "sender": {"code": "026-NV", "name": 7}}),
    "name null": lambda m: json.dumps({**m, "sender": {"code": "026-NV", "name": None}}),
    "a list instead of an object": lambda m: json.dumps([m]),
    "duplicate keys": lambda m: json.dumps(m)[:-1] + ', "sequence": 99}',
    "deep nesting": lambda m: (
        json.dumps({**m, "program_version": "x"})[:-1] + ', "x": ' + "[" * 50_000 + "]" * 50_000 + "}"
    ),
    "created_at not a time": lambda m: json.dumps({**m, "created_at": "hôm qua"}),
}


@pytest.mark.parametrize("case", list(MANIFEST_CASES))
def test_signed_manifests_that_break_the_schema(inbox, district, built, tmp_path, case):
    manifest = _manifest_of(built)
    members = {k: v for k, v in _members(built.path).items() if k not in (MANIFEST, SIGNATURE)}
    text = MANIFEST_CASES[case](manifest)
    path = _signed(district, tmp_path, text.encode(), members)
    _refused(inbox, path, "bad_manifest")


def _resign_data(district, built, tmp_path: Path, data: bytes, **manifest_changes) -> Path:
    """The built bundle with data.json replaced, its manifest re-made and signed by the district."""
    import hashlib

    members = {k: v for k, v in _members(built.path).items() if k not in (MANIFEST, SIGNATURE)}
    members["data.json"] = data
    manifest = _manifest_of(built)
    manifest.update(manifest_changes)
    manifest["sequence"] = manifest_changes.get("sequence", 7)
    manifest["files"] = [
        {"path": name, "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        for name, body in members.items()
    ]
    return _signed(district, tmp_path, json.dumps(manifest, ensure_ascii=False).encode(), members)


def _data_of(built) -> dict:
    return json.loads(_members(built.path)["data.json"])


def _first(change):  # type: ignore[no-untyped-def]
    def apply(data: dict) -> dict:
        change(data["nominations"][0])
        return data

    return apply


DATA_CASES = {
    "year abc": _first(lambda n: n.update(year="abc")),
    "received_on not a date": _first(lambda n: n.update(received_on="13/04/2018")),
    "received_on 9999-12-31": _first(lambda n: n.update(received_on="9999-12-31")),
    "received_on 0001-01-01": _first(lambda n: n.update(received_on="0001-01-01")),
    "name an int": _first(lambda n: n.update(name=5)),
    "name null": _first(lambda n: n.update(name=None)),
    "empty name": _first(lambda n: n.update(name="   ")),
    "empty uid": _first(lambda n: n.update(uid="")),
    "met no": _first(lambda n: n["criteria"].append({"code": "x", "met": "no", "evidence": None})),
    "duplicate criteria": _first(lambda n: n["criteria"].extend(n["criteria"][:1] * 2)),
    "unknown criterion": _first(
        lambda n: n["criteria"].append({"code": "9.9.z", "met": True, "evidence": None})
    ),
    "unknown field": _first(lambda n: n.update(field_code="99.1")),
    "unknown key": _first(lambda n: n.update(surprise=1)),
    "a duplicate uid": lambda d: {**d, "nominations": [d["nominations"][0], d["nominations"][0]]},
    "nominations a dict": lambda d: {**d, "nominations": {"a": 1}},
    "a list instead of an object": lambda d: [d],
    "an empty full bundle": lambda d: {**d, "nominations": []},
    "sender differs from the manifest": lambda d: {**d, "sender_code": "027-NV"},
    "supplement differs from the manifest": lambda d: {**d, "supplement": True},
    "plan differs from the manifest": lambda d: {**d, "plan_id": "1/KH-UBND"},
}


@pytest.mark.parametrize("case", list(DATA_CASES))
def test_signed_data_that_breaks_the_schema_or_the_plan(inbox, district, built, tmp_path, case):
    data = DATA_CASES[case](_data_of(built))
    path = _resign_data(district, built, tmp_path, json.dumps(data, ensure_ascii=False).encode())
    problem = _refused(inbox, path, "bad_data")
    assert "data.json" in problem.detail


def test_signed_data_with_duplicate_keys_or_deep_nesting(inbox, district, built, tmp_path):
    text = json.dumps(_data_of(built), ensure_ascii=False)
    duplicate = text[:-1] + ', "supplement": true}'
    _refused(inbox, _resign_data(district, built, tmp_path, duplicate.encode()), "bad_data")
    deep = text[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    _refused(inbox, _resign_data(district, built, tmp_path, deep.encode()), "bad_data")


@BOTH_ENGINES
def test_an_empty_full_bundle_that_says_it_withdraws_everything_is_taken(inbox, district, built, tmp_path):
    bundles.import_bundle(inbox, built.path)
    assert nominations.count_nominations(inbox) > 0
    data = {**_data_of(built), "nominations": [], "units": [], "withdraw_all": True}
    path = _resign_data(district, built, tmp_path, json.dumps(data).encode(), sequence=9)
    result = bundles.import_bundle(inbox, path)
    # Issue #18: what a full bundle leaves out is withdrawn by the sender, never deleted.
    assert result.withdrawn == nominations.count_nominations(inbox) > 0
    assert {n.status for n in nominations.list_nominations(inbox)} == {"withdrawn"}


@BOTH_ENGINES
def test_a_member_unit_outside_the_sender_is_refused(inbox, district, built, tmp_path):
    for code, refusal in (("027", "outside_sender"), ("ZZZ-404", "unknown_unit")):
        data = _first(lambda n, code=code: n.update(member_unit_code=code))(_data_of(built))
        _refused(inbox, _resign_data(district, built, tmp_path, json.dumps(data).encode()), refusal)


# --- return.json -----------------------------------------------------------------------------------


def _province_return(district, inbox, built, tmp_path, document: dict) -> Path:
    """A return file signed by the province, with ``document`` as its return.json."""
    import hashlib

    from hagiang_desktop.services import keys
    from tests.services.test_bundles import PROVINCE_PASS

    bundles.import_bundle(inbox, built.path)
    p12, _row = keys.signing_key(inbox, PROVINCE_PASS)
    body = json.dumps(document, ensure_ascii=False).encode()
    manifest = {
        **_manifest_of(built),
        "kind": "return",
        "sender": {"code": "02-SNV", "name": "Sở Nội vụ tỉnh Hà Giang"},
        "recipient": {"code": "026-NV", "name": "Phòng Nội vụ huyện Đồng Văn"},
        "sequence": 3,
        "supplement": False,
        "files": [{"path": "return.json", "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}],
    }
    raw = json.dumps(manifest, ensure_ascii=False).encode()
    signature = signing.sign_detached(raw, p12, PROVINCE_PASS)
    district_trusts = keys.export_certificate(inbox, tmp_path / "province.pem")
    bundles.add_trusted(district, (tmp_path / "province.pem").read_bytes())
    assert district_trusts
    return _zip(tmp_path / "return.zip", {MANIFEST: raw, SIGNATURE: signature, "return.json": body})


def _sent_and_unsent(district) -> tuple[str, str]:
    rows = nominations.list_nominations(district, NominationFilter(), sort="id")
    sent = next(r for r in rows if r.status == NominationStatus.SUBMITTED)
    unsent = next(r for r in rows if r.status not in (NominationStatus.SUBMITTED, NominationStatus.ACCEPTED))
    return nominations.get_nomination(district, sent.id).uid, nominations.get_nomination(
        district, unsent.id
    ).uid


@pytest.mark.parametrize("case", ["never sent", "empty reason", "repeated uid", "no returns"])
def test_province_returns_that_do_not_hold(district, inbox, built, tmp_path, case):
    sent, unsent = _sent_and_unsent(district)
    item = {
        "uid": sent,
        "name": "x",
        "reason": "Thiếu minh chứng",
        "returned_at": "2018-04-28T10:00:00+07:00",
    }
    returns = {
        "never sent": [{**item, "uid": unsent}],
        "empty reason": [{**item, "reason": "  "}],
        "repeated uid": [item, item],
        "no returns": [],
    }[case]
    path = _province_return(
        district, inbox, built, tmp_path, {"schema": "hagiang-return/1", "returns": returns}
    )
    before = dump(district)
    with pytest.raises(BundleProblem) as caught:
        bundles.import_return(district, path)
    assert caught.value.code in {"bad_data", "unknown_nomination"}
    _one_line(caught.value)
    assert dump(district) == before


# --- PKCS#12 -------------------------------------------------------------------------------------


def test_the_pkcs12_mac_is_as_strong_as_its_encryption(tmp_path):
    import subprocess

    from cryptography.hazmat.primitives.serialization import pkcs12

    passphrase = "mật khẩu Đồng Văn"
    identity = signing.create_identity("026-NV", "Phòng Nội vụ huyện Đồng Văn", passphrase)
    backup = signing.reencrypt(identity.p12, passphrase, "mật khẩu mới 2018")
    for blob, secret in ((identity.p12, passphrase), (backup, "mật khẩu mới 2018")):
        key, cert, _ = pkcs12.load_key_and_certificates(blob, secret.encode())  # checks the MAC
        assert key is not None
        assert cert is not None
        with pytest.raises(ValueError, match="Invalid password"):
            pkcs12.load_key_and_certificates(blob, b"sai mat khau")
        path = tmp_path / "khoa.p12"
        path.write_bytes(blob)
        shown = subprocess.run(
            ["openssl", "pkcs12", "-info", "-noout", "-in", str(path), "-passin", f"pass:{secret}"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        assert "MAC: sha256, Iteration 200000" in shown
        assert shown.count("Iteration 200000") == 3  # the MAC, the certificate bag and the key


def test_a_bundle_that_fails_records_no_export(district, tmp_path):
    from sqlalchemy import func, select

    from hagiang_desktop.storage.models import UpwardEvent

    def events() -> int:
        with district.session() as session:
            return int(session.scalar(select(func.count()).select_from(UpwardEvent)) or 0)

    before = events()
    with pytest.raises(OSError, match="goi"):  # found only when the zip is written
        bundles.build_bundle(district, Path("/proc/goi.zip"), PASS)
    assert events() == before
    bundles.build_bundle(district, tmp_path / "goi.zip", PASS)
    assert events() == before + 3  # the bundle, and the list and the forms it carried
