"""Signed bundles end to end (issue #7): build from the demo data, verify in Python and with
stock OpenSSL, refuse every tampering with its own reason and without touching the database,
and the round trip district → province → return → district with two real databases.
"""

from __future__ import annotations

import io
import json
import shutil
import stat
import subprocess
import unicodedata
import warnings
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.exports import schemas, signing
from hagiang_desktop.exports.bundle import (
    MANIFEST,
    SIGNATURE,
    BundleHeader,
    BundleProblem,
    Limits,
    read_bundle,
    write_bundle,
)
from hagiang_desktop.services import bundles, keys, nominations, scope
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import UpwardEvent
from tests.engines import every_row
from tests.services.bundle_templates import PASS, PROVINCE_PASS


def _open_copy(folder: Path, name: str, tmp_path: Path, request: pytest.FixtureRequest | None = None):
    """Open a copy of a template: a file, or a server database when the test runs on both engines.

    The tests marked :data:`BOTH_ENGINES` (the use cases that write: imports, returns, the
    province's decisions) run once more with the district and the inbox on a server; those that
    are refused in the verification, before any database work, stay on files.
    """
    on_server = request is not None and "engine_name" in request.fixturenames
    if on_server and request.getfixturevalue("engine_name") == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database(request.getfixturevalue("_server_templates")[name])
        request.addfinalizer(lambda: cluster.drop(url))
        return open_workspace(url)
    path = tmp_path / name
    shutil.copyfile(folder / name, path)
    return open_workspace(path)


def BOTH_ENGINES(test):  # noqa: N802 (a mark, named like one)
    """Run a test with the district and the inbox on files, then on a server (#22)."""
    on_each = pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"], indirect=True)
    return pytest.mark.usefixtures("engine_name")(on_each(test))


@pytest.fixture
def district(_templates, tmp_path, request):
    """The demo office with its key, after building bundle number 1."""
    ws = _open_copy(_templates[0], "district.sqlite3", tmp_path, request)
    yield ws
    ws.close()


@pytest.fixture
def built(_templates, tmp_path):
    folder, built = _templates
    path = tmp_path / built.path.name
    shutil.copyfile(built.path, path)
    return replace(built, path=path)


@pytest.fixture
def district_cert(_templates):
    return _templates[0] / "dong-van.pem"


@pytest.fixture
def inbox(_templates, tmp_path, request):
    """The province's inbox, trusting the district's certificate."""
    ws = _open_copy(_templates[0], "province.sqlite3", tmp_path, request)
    yield ws
    ws.close()


def dump(ws) -> str:
    """Every row of the database (what "the database is untouched" compares), on either engine."""
    return every_row(ws.db.path)


def rewrite(source: Path, target: Path, change) -> Path:
    """Copy a zip member by member through ``change(name, data) -> [(name, data), …]``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            for name, data in change(info.filename, src.read(info)):
                out.writestr(name, data)
    return target


def flip_byte(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------


def test_build_writes_every_member_and_marks_the_selected_submitted(district, built):
    selected_before = 13  # the demo office's selected nominations
    assert built.nomination_count == selected_before
    assert built.sequence == 1
    with zipfile.ZipFile(built.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(MANIFEST))
        data = json.loads(archive.read("data.json"))
        workbook = load_workbook(io.BytesIO(archive.read("danh-sach.xlsx")))
        cover = PdfReader(io.BytesIO(archive.read("cover.pdf")))
        forms = PdfReader(io.BytesIO(archive.read("phieu-dang-ky.pdf")))
        letter = PdfReader(io.BytesIO(archive.read("cong-van.pdf")))
    assert names[:2] == [MANIFEST, SIGNATURE]
    assert {f["path"] for f in manifest["files"]} == set(names[2:])
    assert manifest["sender"] == {"code": "026-NV", "name": "Phòng Nội vụ huyện Đồng Văn"}
    assert manifest["recipient"]["code"] == "02-SNV"
    # The recipient as the plan names it (#16 item 7), in the manifest, the cover and the letter.
    recipient = "UBND tỉnh Hà Giang (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)"
    assert manifest["recipient"]["name"] == recipient
    letter_text = " ".join(" ".join(page.extract_text().split()) for page in letter.pages)
    assert f"Kính gửi: {recipient}" in letter_text
    assert "V/v đăng ký danh sách mô hình, gương" in letter_text
    assert "Kế hoạch số 127/KH-UBND ngày 04/04/2018" in letter_text
    assert "Nơi nhận:" in letter_text
    assert "TM. ỦY BAN NHÂN DÂN" in letter_text
    assert recipient in " ".join(cover.pages[0].extract_text().split())
    assert manifest["plan_id"] == district.plan.id
    assert manifest["created_at"].endswith("+07:00")
    assert manifest["supplement"] is False
    assert len(data["nominations"]) == selected_before
    assert all(n["criteria"] for n in data["nominations"])
    assert any(c["evidence"] for n in data["nominations"] for c in n["criteria"])
    cells = {
        str(c.value) for sheet in workbook.worksheets for row in sheet.iter_rows() for c in row if c.value
    }
    assert {n["name"] for n in data["nominations"]} <= cells  # the official list exporter's workbook
    cover_text = cover.pages[0].extract_text()
    assert len(cover.pages) == 1
    for group in built.fingerprint.split():
        assert group in cover_text
    forms_text = "\n".join(page.extract_text() for page in forms.pages)
    assert forms_text.count("PHIẾU ĐĂNG KÝ") == selected_before  # one form per nomination
    ours = scope.office_scope(district).unit_ids
    submitted = nominations.list_nominations(
        district, NominationFilter(status=NominationStatus.SUBMITTED, unit_ids=ours)
    )
    assert len(submitted) == selected_before
    # Every selected model of the office's scope was sent (none stays merely selected).
    left = NominationFilter(status=NominationStatus.SELECTED, unit_ids=ours)
    assert not nominations.list_nominations(district, left)
    with district.session() as session:
        events = session.scalars(select(UpwardEvent)).all()
    assert [(e.event_kind, e.sequence, e.nomination_count) for e in events if e.sequence] == [
        ("bundle_built", 1, 13)
    ]
    # The list and the forms in the bundle count as exported and printed for the dashboard too.
    assert {e.event_kind for e in events} == {"list_exported", "forms_printed", "bundle_built"}
    assert events[-1].event_kind == "bundle_built"  # logged last, once the zip was complete


@BOTH_ENGINES
def test_sequence_only_grows_and_a_full_bundle_carries_the_submitted_ones(district, built, tmp_path):
    again = bundles.build_bundle(district, tmp_path / "2.zip", PASS)
    assert again.sequence == 2
    assert again.nomination_count == built.nomination_count
    with pytest.raises(BundleProblem) as refused:
        bundles.build_bundle(district, tmp_path / "3.zip", PASS, supplement=True)
    assert refused.value.code == "nothing_to_send"
    assert not (tmp_path / "3.zip").exists()


@BOTH_ENGINES
def test_wrong_passphrase_writes_nothing(district, tmp_path):
    before = dump(district)
    with pytest.raises(keys.KeyProblem) as refused:
        bundles.build_bundle(district, tmp_path / "x.zip", "not the passphrase")
    assert refused.value.code == "wrong_passphrase"
    assert not (tmp_path / "x.zip").exists()
    assert dump(district) == before


# ---------------------------------------------------------------------------------------------
# Verifying: Python and stock OpenSSL
# ---------------------------------------------------------------------------------------------


def test_python_verifies_the_bundle(built, district_cert):
    verified = read_bundle(built.path, [signing.load_certificate(district_cert.read_bytes())])
    assert verified.header.sender_code == "026-NV"
    assert verified.signature.signer.fingerprint == built.fingerprint
    assert set(verified.members) == {e.path for e in verified.entries}


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_stock_openssl_verifies_the_manifest_and_refuses_one_changed_byte(built, district_cert, tmp_path):
    with zipfile.ZipFile(built.path) as archive:
        archive.extract(MANIFEST, tmp_path)
        archive.extract(SIGNATURE, tmp_path)
    command = [
        "openssl", "cms", "-verify", "-binary", "-inform", "DER",
        "-content", str(tmp_path / MANIFEST), "-in", str(tmp_path / SIGNATURE),
        "-CAfile", str(district_cert), "-purpose", "any", "-out", "/dev/null",
    ]  # fmt: skip
    ok = subprocess.run(command, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "Verification successful" in ok.stderr
    (tmp_path / MANIFEST).write_bytes(flip_byte((tmp_path / MANIFEST).read_bytes()))
    tampered = subprocess.run(command, capture_output=True, text=True, check=False)
    assert tampered.returncode != 0


# ---------------------------------------------------------------------------------------------
# Every refusal: its own code, and the province's database untouched
# ---------------------------------------------------------------------------------------------

MEMBERS = ["cover.pdf", "data.json", "danh-sach.xlsx", "danh-sach.pdf", "cong-van.pdf", "phieu-dang-ky.pdf"]


def assert_refused(inbox, path: Path, code: str, **kwargs) -> BundleProblem:
    before = dump(inbox)
    with pytest.raises(BundleProblem) as refused:
        bundles.import_bundle(inbox, path, **kwargs)
    assert refused.value.code == code, refused.value
    assert dump(inbox) == before
    return refused.value


@pytest.mark.parametrize("member", MEMBERS)
def test_one_changed_byte_in_a_member(inbox, built, tmp_path, member):
    bad = rewrite(built.path, tmp_path / "bad.zip", lambda n, d: [(n, flip_byte(d) if n == member else d)])
    problem = assert_refused(inbox, bad, "member_changed")
    assert problem.detail == member


def test_one_changed_byte_in_the_manifest(inbox, built, tmp_path):
    bad = rewrite(built.path, tmp_path / "bad.zip", lambda n, d: [(n, flip_byte(d) if n == MANIFEST else d)])
    assert_refused(inbox, bad, "manifest_edited")


def test_a_broken_signature(inbox, built, tmp_path):
    bad = rewrite(
        built.path, tmp_path / "bad.zip", lambda n, d: [(n, d[:-40] + bytes(40) if n == SIGNATURE else d)]
    )
    assert_refused(inbox, bad, "bad_signature")


def test_a_member_added(inbox, built, tmp_path):
    def add(name, data):
        extra = [("virus.exe", b"MZ")] if name == MANIFEST else []
        return [(name, data), *extra]

    assert_refused(inbox, rewrite(built.path, tmp_path / "bad.zip", add), "extra_member")


def test_a_member_removed(inbox, built, tmp_path):
    bad = rewrite(built.path, tmp_path / "bad.zip", lambda n, d: [] if n == "danh-sach.pdf" else [(n, d)])
    assert_refused(inbox, bad, "member_missing")


@pytest.mark.parametrize("unsafe", ["../x", "/etc/x", "C:/x", "a\\..\\x", "a/./b"])
def test_a_member_renamed_to_an_unsafe_path(inbox, built, tmp_path, unsafe):
    bad = rewrite(built.path, tmp_path / "bad.zip", lambda n, d: [(unsafe if n == "data.json" else n, d)])
    assert_refused(inbox, bad, "unsafe_path")


@pytest.mark.parametrize(
    "twin", ["data.json", "Data.JSON", "cover.pdf"], ids=["same", "case-only", "same-as-other"]
)
def test_duplicate_member_names(inbox, built, tmp_path, twin):
    def twins(name, data):
        return [(name, data), (twin, b"{}")] if name == "data.json" else [(name, data)]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate it writes
        bad = rewrite(built.path, tmp_path / "bad.zip", twins)
    assert_refused(inbox, bad, "duplicate_member")


def test_nfc_nfd_twins(tmp_path, district, inbox):
    p12 = _district_p12(district)
    header = _header(district)
    name = "Đồng Văn.txt"
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as out:
        out.writestr(MANIFEST, b"{}")
        out.writestr(SIGNATURE, signing.sign_detached(b"{}", p12, PASS))
        out.writestr(unicodedata.normalize("NFC", name), b"a")
        out.writestr(unicodedata.normalize("NFD", name), b"b")
    assert_refused(inbox, bad, "duplicate_member")
    with pytest.raises(BundleProblem) as refused:
        write_bundle(tmp_path / "w.zip", header, {"A.txt": b"", "a.txt": b""}, lambda m: b"")
    assert refused.value.code == "duplicate_member"


def test_a_symbolic_link_member(inbox, built, tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(built.path) as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        link = zipfile.ZipInfo("link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        out.writestr(link, "/etc/passwd")
    assert_refused(inbox, bad, "link_member")


def test_the_manifest_edited_and_resigned_by_an_untrusted_key(inbox, built, tmp_path):
    stranger = signing.create_identity("026-NV", "Phòng Nội vụ huyện Đồng Văn", "kẻ giả mạo 123")

    def resign(name, data):
        if name == MANIFEST:
            return [(name, data.replace(b'"sequence": 1', b'"sequence": 99'))]
        if name == SIGNATURE:
            return []
        return [(name, data)]

    edited = rewrite(built.path, tmp_path / "edited.zip", resign)
    with zipfile.ZipFile(edited, "a") as archive:
        manifest = archive.read(MANIFEST)
        archive.writestr(SIGNATURE, signing.sign_detached(manifest, stranger.p12, "kẻ giả mạo 123"))
    problem = assert_refused(inbox, edited, "untrusted_signer")
    assert problem.detail == stranger.fingerprint


def test_a_replayed_older_bundle(inbox, district, built, tmp_path):
    newer = bundles.build_bundle(district, tmp_path / "newer.zip", PASS)
    assert bundles.import_bundle(inbox, newer.path).sequence == 2
    assert_refused(inbox, built.path, "replay")  # older than the last imported
    assert_refused(inbox, newer.path, "replay")  # the same one again


def test_a_truncated_zip(inbox, built, tmp_path):
    data = built.path.read_bytes()
    for cut, name in ((len(data) // 2, "half.zip"), (len(data) - 10, "tail.zip"), (0, "empty.zip")):
        path = tmp_path / name
        path.write_bytes(data[:cut])
        assert_refused(inbox, path, "damaged_zip")
    not_zip = tmp_path / "list.zip"
    not_zip.write_text("Danh sách", encoding="utf-8")
    assert_refused(inbox, not_zip, "damaged_zip")


def test_a_zip_bomb_is_refused_before_inflating(inbox, built, tmp_path):
    bomb = rewrite(
        built.path,
        tmp_path / "bomb.zip",
        lambda n, d: [(n, bytes(40 * 1024 * 1024) if n == "data.json" else d)],
    )
    assert bomb.stat().st_size < 1024 * 1024
    assert_refused(inbox, bomb, "zip_bomb")
    # The total of the declared sizes is capped too, whatever the ratio.
    assert_refused(inbox, built.path, "zip_bomb", limits=Limits(max_total_bytes=50_000))


@pytest.mark.parametrize(
    ("change", "code"),
    [({"plan_id": "plan-2021-2025"}, "other_plan"), ({"sender_code": "027-NV"}, "sender_mismatch")],
)
def test_a_signed_bundle_for_another_plan_or_sender(inbox, district, tmp_path, change, code):
    p12 = _district_p12(district)
    path = tmp_path / "other.zip"
    write_bundle(
        path, _header(district, **change), {"data.json": b"{}"}, lambda m: signing.sign_detached(m, p12, PASS)
    )
    assert_refused(inbox, path, code)


def _district_p12(district) -> bytes:
    p12, _row = keys.signing_key(district, PASS)
    return p12


def _header(district, **changes) -> BundleHeader:
    from hagiang_desktop.core.vntext import now_vn

    values = {
        "kind": "submission",
        "plan_id": district.plan.id,
        "sender_code": "026-NV",
        "sender_name": "Phòng Nội vụ huyện Đồng Văn",
        "recipient_code": "02-SNV",
        "recipient_name": "Sở Nội vụ tỉnh Hà Giang",
        "sequence": 50,
        "created_at": now_vn().replace(microsecond=0),
        "program_version": "test",
        **changes,
    }
    return BundleHeader(**values)


# ---------------------------------------------------------------------------------------------
# The province's inbox and the round trip
# ---------------------------------------------------------------------------------------------


@BOTH_ENGINES
def test_round_trip_district_province_return_district(district, inbox, built, tmp_path):
    # District → province.
    result = bundles.import_bundle(inbox, built.path)
    assert (result.sender_code, result.sequence, result.added) == ("026-NV", 1, 13)
    arrived = nominations.list_nominations(inbox)
    assert len(arrived) == 13
    assert {n.status for n in arrived} == {NominationStatus.SUBMITTED}
    view = {row.code: row for row in bundles.province_view(inbox, date(2026, 12, 31))}
    assert view["026"].bundles == 1
    assert view["026"].nominations == 13
    assert view["026"].on_time is False  # the test runs long after 26/4/2018
    assert view["027"].bundles == 0
    assert view["027"].on_time is None

    # Province → district: one nomination goes back with a reason, in a signed file.
    returned = arrived[0]
    reason = "Thiếu minh chứng cho tiêu chí chung"
    province_cert = tmp_path / "province.pem"
    keys.export_certificate(inbox, province_cert)
    back = bundles.build_return(inbox, returned.id, reason, tmp_path / "return.zip", PROVINCE_PASS)
    assert nominations.get_nomination(inbox, returned.id).status == NominationStatus.RETURNED

    # The district imports the return only once it trusts the province's certificate.
    before = dump(district)
    with pytest.raises(BundleProblem) as refused:
        bundles.import_return(district, back.path)
    assert refused.value.code == "untrusted_signer"
    assert dump(district) == before
    bundles.add_trusted(district, province_cert.read_bytes())
    bundles.import_return(district, back.path)
    [local] = [n for n in nominations.list_nominations(district) if n.status == NominationStatus.RETURNED]
    detail = nominations.get_nomination(district, local.id)
    assert detail.uid == nominations.get_nomination(inbox, returned.id).uid
    assert detail.status_reason == reason
    with pytest.raises(BundleProblem) as again:
        bundles.import_return(district, back.path)
    assert again.value.code == "replay"

    # The district fixes it, selects it again and sends a supplement; the province merges it.
    nominations.change_status(
        district, [local.id], TransitionRequest(NominationStatus.SELECTED, override_reason="Đã bổ sung")
    )
    supplement = bundles.build_bundle(district, tmp_path / "supplement.zip", PASS, supplement=True)
    assert (supplement.sequence, supplement.nomination_count, supplement.supplement) == (2, 1, True)
    merged = bundles.import_bundle(inbox, supplement.path)
    assert (merged.added, merged.updated, merged.removed) == (0, 1, 0)
    assert len(nominations.list_nominations(inbox)) == 13
    assert nominations.get_nomination(inbox, returned.id).status == NominationStatus.SUBMITTED
    assert bundles.province_view(inbox, date(2026, 12, 31))[0].bundles == 2


@BOTH_ENGINES
def test_a_newer_full_bundle_replaces_the_earlier_one(district, inbox, built, tmp_path):
    bundles.import_bundle(inbox, built.path)
    dropped = nominations.list_nominations(district, NominationFilter(status=NominationStatus.SUBMITTED))[0]
    nominations.change_status(district, [dropped.id], TransitionRequest(NominationStatus.SELECTED))
    nominations.change_status(district, [dropped.id], TransitionRequest(NominationStatus.REGISTERED))
    newer = bundles.build_bundle(district, tmp_path / "newer.zip", PASS)
    assert newer.nomination_count == 12
    result = bundles.import_bundle(inbox, newer.path)
    assert (result.added, result.updated, result.removed, result.withdrawn) == (0, 12, 0, 1)
    arrived = nominations.list_nominations(inbox)
    assert len(arrived) == 13  # issue #18: nothing is deleted at the province
    assert [n.name for n in arrived if n.status == NominationStatus.WITHDRAWN] == [dropped.name]


# ---------------------------------------------------------------------------------------------
# Issue #18: the province's decisions stick
# ---------------------------------------------------------------------------------------------


def _decide(inbox, status, count):
    """The province accepts (or returns) its first ``count`` nominations."""
    arrived = nominations.list_nominations(inbox)[:count]
    reason = "Thiếu minh chứng" if status == NominationStatus.RETURNED else None
    nominations.change_status(inbox, [n.id for n in arrived], TransitionRequest(status, reason=reason))
    return {n.uid for n in (nominations.get_nomination(inbox, a.id) for a in arrived)}


def _versions(inbox) -> dict[str, int]:
    details = (nominations.get_nomination(inbox, n.id) for n in nominations.list_nominations(inbox))
    return {d.uid: d.row_version for d in details}


def _statuses(inbox) -> dict[str, str]:
    return {
        nominations.get_nomination(inbox, n.id).uid: n.status for n in nominations.list_nominations(inbox)
    }


@BOTH_ENGINES
def test_the_same_full_bundle_sent_again_never_moves_an_accepted_nomination_back(
    district, inbox, built, tmp_path
):
    bundles.import_bundle(inbox, built.path)
    accepted = _decide(inbox, NominationStatus.ACCEPTED, 13)
    again = bundles.build_bundle(district, tmp_path / "again.zip", PASS)  # the ordinary full bundle
    preview = bundles.preview_bundle(inbox, again.path)
    assert {(c.uid, c.status, c.what) for c in preview.conflicts} == {
        (uid, "accepted", "unchanged") for uid in accepted
    }
    assert set(_statuses(inbox).values()) == {"accepted"}  # the preview wrote nothing
    result = bundles.import_bundle(inbox, again.path)
    assert (result.updated, result.kept) == (0, 13)
    assert set(_statuses(inbox).values()) == {"accepted"}


@BOTH_ENGINES
def test_a_changed_version_of_a_returned_nomination_is_a_conflict_the_province_decides(
    district, inbox, built, tmp_path
):
    bundles.import_bundle(inbox, built.path)
    returned = _decide(inbox, NominationStatus.RETURNED, 2)
    first, second = sorted(returned)
    local = {
        nominations.get_nomination(district, n.id).uid: n.id for n in nominations.list_nominations(district)
    }
    with district.session() as session:
        from hagiang_desktop.storage.models import Nomination

        for uid in (first, second):
            session.get(Nomination, local[uid]).note = "Đã bổ sung minh chứng"
    changed = bundles.build_bundle(district, tmp_path / "changed.zip", PASS)
    preview = bundles.preview_bundle(inbox, changed.path)
    assert {(c.uid, c.what) for c in preview.conflicts} == {(first, "changed"), (second, "changed")}
    versions = _versions(inbox)
    result = bundles.import_bundle(inbox, changed.path, take_changed=[first])
    statuses = _statuses(inbox)
    assert statuses[first] == "submitted"  # the province took the sender's new version
    assert statuses[second] == "returned"  # kept as the province decided
    assert (result.updated, result.kept) == (11 + 1, 1)
    # A new version: a province clerk's form left open on the old one is told, not saved over (#22).
    assert _versions(inbox)[first] == versions[first] + 1
    assert _versions(inbox)[second] == versions[second]


@BOTH_ENGINES
def test_a_later_full_bundle_withdraws_what_it_leaves_out_and_keeps_decided_ones(
    district, inbox, built, tmp_path
):
    bundles.import_bundle(inbox, built.path)
    (accepted,) = _decide(inbox, NominationStatus.ACCEPTED, 1)
    submitted = nominations.list_nominations(district, NominationFilter(status=NominationStatus.SUBMITTED))
    uid_of = {n.id: nominations.get_nomination(district, n.id).uid for n in submitted}
    other = next(i for i, uid in uid_of.items() if uid != accepted)
    dropped = [other, next(i for i, uid in uid_of.items() if uid == accepted)]
    for step in (NominationStatus.SELECTED, NominationStatus.REGISTERED):
        nominations.change_status(district, dropped, TransitionRequest(step))
    smaller = bundles.build_bundle(district, tmp_path / "smaller.zip", PASS)
    assert smaller.nomination_count == 11
    result = bundles.import_bundle(inbox, smaller.path)
    statuses = _statuses(inbox)
    assert len(statuses) == 13  # nothing deleted
    assert statuses[accepted] == "accepted"
    assert statuses[uid_of[other]] == "withdrawn"
    assert (result.updated, result.withdrawn, result.kept) == (11, 1, 1)
    assert [(c.uid, c.what) for c in result.conflicts] == [(accepted, "left_out")]
    # Sent again later, a withdrawn nomination is simply submitted again.
    for step in (NominationStatus.SELECTED,):
        nominations.change_status(district, [other], TransitionRequest(step, override_reason="Gửi lại"))
    again = bundles.build_bundle(district, tmp_path / "again.zip", PASS)
    bundles.import_bundle(inbox, again.path)
    assert _statuses(inbox)[uid_of[other]] == "submitted"


def test_trust_store_lists_units_and_fingerprints(inbox, district, district_cert):
    [row] = bundles.list_trusted(inbox)
    assert row.unit_code == "026-NV"
    assert row.fingerprint == keys.active_identity(district).fingerprint
    assert "Đồng Văn" in row.subject
    bundles.add_trusted(inbox, district_cert.read_bytes())  # the same one again: kept once
    assert len(bundles.list_trusted(inbox)) == 1
    bundles.remove_trusted(inbox, row.id)
    assert bundles.list_trusted(inbox)[0].status == "removed"


@BOTH_ENGINES
def test_in_inbox_mode_the_province_works_for_the_whole_province(inbox, built, tmp_path):
    from hagiang_desktop.services import exporting

    bundles.import_bundle(inbox, built.path)
    assert scope.office_scope(inbox).root.code == "02-SNV"  # an office: its own subtree only
    assert not scope.inbox_mode(inbox)
    whole = scope.set_inbox_mode(inbox, True)
    assert whole.office.code == "02-SNV"
    assert whole.root.code == "02"  # the province: every district and department
    arrived = nominations.list_nominations(inbox, NominationFilter(unit_ids=whole.unit_ids))
    assert len(arrived) == 13
    # The consolidated province list is the list exporter's output in this scope.
    out = tmp_path / "tinh.xlsx"
    result = exporting.export_list_xlsx(inbox, out)
    assert result.count == 13
    cells = {str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value}
    assert {n.name for n in arrived} <= cells
    assert not scope.set_inbox_mode(inbox, False).unit_ids >= whole.unit_ids


def _resigned(district, built, tmp_path, change_data) -> Path:
    """The built bundle with data.json changed and everything re-signed by the district itself."""
    with zipfile.ZipFile(built.path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n not in (MANIFEST, SIGNATURE)}
        header = json.loads(archive.read(MANIFEST))
    data = json.loads(members["data.json"])
    change_data(data)
    members["data.json"] = json.dumps(data, ensure_ascii=False).encode()
    p12 = _district_p12(district)
    path = tmp_path / "resigned.zip"
    write_bundle(path, _header(district, sequence=header["sequence"] + 1), members,
                 lambda m: signing.sign_detached(m, p12, PASS))  # fmt: skip
    return path


def test_an_office_cannot_send_models_of_units_outside_its_district(inbox, district, built, tmp_path):
    def move(data):
        data["nominations"][0]["registering_unit_code"] = "027"  # Huyện Mèo Vạc

    assert_refused(inbox, _resigned(district, built, tmp_path, move), "outside_sender")


@BOTH_ENGINES
def test_an_office_cannot_overwrite_a_model_it_did_not_send(inbox, district, built, tmp_path):
    from hagiang_desktop.storage.models import Nomination

    bundles.import_bundle(inbox, built.path)
    with inbox.session() as session:
        taken = session.scalars(select(Nomination)).first()
        taken.source_key = "bundle:027-NV"  # as if Mèo Vạc had sent it
    assert_refused(inbox, _resigned(district, built, tmp_path, lambda d: None), "foreign_nomination")


# ---------------------------------------------------------------------------------------------
# Storage (#11): members stored, not deflated; the deflated bundles of earlier versions still read
# ---------------------------------------------------------------------------------------------


def test_data_json_is_deflated_and_the_rest_stored(built):
    # Format version 2 (#21): data.json deflated; the PDFs and the workbook (compressed) stored.
    with zipfile.ZipFile(built.path) as archive:
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
        assert json.loads(archive.read(MANIFEST))["format_version"] == 2
        data = archive.getinfo("data.json")
        assert data.compress_size < data.file_size / 3
    assert kinds.pop("data.json") == zipfile.ZIP_DEFLATED
    assert set(kinds.values()) == {zipfile.ZIP_STORED}


def test_a_version_1_bundle_still_verifies_and_imports(inbox, district, built, tmp_path):
    # As version 1 wrote it: every member stored, format_version 1, signed by the district.
    with zipfile.ZipFile(built.path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n not in (MANIFEST, SIGNATURE)}
        manifest = archive.read(MANIFEST).replace(b'"format_version": 2', b'"format_version": 1')
    p12 = _district_p12(district)
    old = tmp_path / "v1.zip"
    with zipfile.ZipFile(old, "w", zipfile.ZIP_STORED) as out:
        out.writestr(MANIFEST, manifest)
        out.writestr(SIGNATURE, signing.sign_detached(manifest, p12, PASS))
        for name, data in members.items():
            out.writestr(name, data)
    assert bundles.import_bundle(inbox, old).added == built.nomination_count


def test_a_deflated_bundle_of_an_earlier_version_verifies_and_imports(inbox, built, district_cert, tmp_path):
    # Every member deflated, as versions before #11 wrote them; the signed manifest is unchanged.
    old = rewrite(built.path, tmp_path / "deflated.zip", lambda n, d: [(n, d)])
    with zipfile.ZipFile(old) as archive:
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_DEFLATED}
    trusted = [signing.load_certificate(district_cert.read_bytes())]
    assert read_bundle(old, trusted).members == read_bundle(built.path, trusted).members
    assert bundles.import_bundle(inbox, old).added == built.nomination_count


def test_a_byte_changed_in_place_in_a_stored_member(inbox, built, tmp_path):
    # No rewrite: the member's bytes lie in the file as they are, so its CRC no longer matches.
    data = bytearray(built.path.read_bytes())
    with zipfile.ZipFile(built.path) as archive:
        member = archive.read("phieu-dang-ky.pdf")
    middle = data.index(member) + len(member) // 2
    data[middle] ^= 0x01
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    problem = assert_refused(inbox, bad, "member_changed")
    assert problem.detail.startswith("phieu-dang-ky.pdf")


def test_a_bundle_cut_inside_the_stored_workbook_is_damaged_not_the_workbook(inbox, built, tmp_path):
    # The workbook is a zip too: cut just after it, the file ends with the workbook's directory.
    data = built.path.read_bytes()
    with zipfile.ZipFile(built.path) as archive:
        workbook = archive.read("danh-sach.xlsx")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: data.index(workbook) + len(workbook)])
    with zipfile.ZipFile(cut) as archive:
        assert "[Content_Types].xml" in archive.namelist()  # what zipfile alone would have opened
    assert_refused(inbox, cut, "damaged_zip")


# ---------------------------------------------------------------------------------------------
# The follow-up 2018–2020 travels (#24): district → province, the same counts on both sides
# ---------------------------------------------------------------------------------------------


def _follow_up_three_years(ws) -> list[int]:
    from hagiang_desktop.services import followup
    from hagiang_desktop.services.followup import ActivityKind, Rating

    sent = [n.id for n in nominations.list_nominations(ws, sort="id") if n.status == "submitted"][:3]
    for i, nid in enumerate(sent):
        followup.add_assessment(ws, nid, "review_2018", date(2018, 12, 18), Rating.GOOD, "Tốt")
        if i < 2:
            followup.add_activity(ws, nid, ActivityKind.STUDY_VISIT, date(2019, 5, 14), "Tham quan, học tập")
            followup.add_assessment(ws, nid, "followup_2019", date(2019, 12, 10), Rating.FAIR, "Khá")
        if i < 1:
            followup.add_commendation(
                ws, nid, date(2020, 11, 5), "Bằng khen của Chủ tịch UBND tỉnh", "1234/QĐ-UBND"
            )
            followup.add_assessment(ws, nid, "final_2020", date(2020, 12, 15), Rating.EXCELLENT, "Xuất sắc")
    return sent


def _stage_figures(ws, day):
    from hagiang_desktop.services import followup

    whole = scope.Scope(office=None, root=None, unit_ids=None)
    return [(p.stage_code, p.due, p.done, p.late, p.activities, p.commendations)
            for p in followup.stage_progress(ws, whole, day)]  # fmt: skip


@BOTH_ENGINES
def test_the_followup_travels_to_the_province_with_the_same_counts(district, inbox, tmp_path):
    from hagiang_desktop.services import followup, followup_report

    _follow_up_three_years(district)
    followup_bundle = bundles.build_bundle(district, tmp_path / "theo-doi.zip", PASS)
    with zipfile.ZipFile(followup_bundle.path) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["schema"] == schemas.DATA_SCHEMA  # /2 brought the follow-up; later versions keep it
    assert any(n["followup"]["commendations"] for n in data["nominations"])
    bundles.import_bundle(inbox, followup_bundle.path)
    # The province has the models sent; compare with the district's same models.
    for n in nominations.list_nominations(district):
        if n.status != "submitted":
            nominations.delete_nomination(district, n.id)
    for day in (date(2018, 4, 20), date(2018, 12, 31), date(2020, 12, 31), date(2021, 1, 5)):
        assert _stage_figures(inbox, day) == _stage_figures(district, day)
    assert _stage_figures(inbox, date(2020, 12, 31))[1] == ("followup_2019", 13, 2, 11, 2, 0)

    def listed(ws):
        return [(x.name, x.stage_year, x.assessed_on, x.rating, len(x.activities), len(x.commendations))
                for x in followup_report.followup_lines(ws)]  # fmt: skip

    assert listed(inbox) == listed(district)

    # A record removed at the district is removed at the province by the next bundle.
    first = nominations.list_nominations(district, sort="id")[0].id
    [talk] = followup.get_followup(district, first).activities
    followup.delete_record(district, "activity", talk.id)
    bundles.import_bundle(inbox, bundles.build_bundle(district, tmp_path / "sau.zip", PASS).path)
    assert _stage_figures(inbox, date(2020, 12, 31)) == _stage_figures(district, date(2020, 12, 31))


def test_a_followup_outside_its_stage_refuses_the_bundle_and_writes_nothing(district, inbox, built, tmp_path):
    _follow_up_three_years(district)

    def move(data):
        data["nominations"][0]["followup"] = {
            "assessments": [
                {"stage_code": "final_2020", "assessed_on": "2019-03-01", "rating": "good", "notes": ""}
            ],
            "activities": [],
            "commendations": [],
        }

    assert_refused(inbox, _resigned(district, built, tmp_path, move), "bad_data")


def test_a_version_1_data_file_still_imports_and_keeps_the_followup(district, inbox, built, tmp_path):
    def old(data):
        data["schema"] = "hagiang-bundle-data/1"
        for n in data["nominations"]:
            n.pop("followup", None)

    assert (
        bundles.import_bundle(inbox, _resigned(district, built, tmp_path, old)).added
        == built.nomination_count
    )


# ---------------------------------------------------------------------------------------------
# What the province derives itself (#23): supplement and eligibility from the plan and the dates
# ---------------------------------------------------------------------------------------------


@BOTH_ENGINES
def test_the_province_recomputes_the_supplement_mark_and_reports_the_senders_claim(
    inbox, district, built, tmp_path
):
    from hagiang_desktop.storage.models import Nomination

    claimed = {}

    def misstate(data):
        late, ineligible = data["nominations"][0], data["nominations"][1]
        late["received_on"] = "2018-05-10"  # after every deadline of the roadmap
        late["is_supplement"] = False  # the sender says it came on time
        ineligible["eligible"] = not ineligible["eligible"]  # and gets the criteria wrong
        claimed.update(late=late["uid"], ineligible=ineligible["uid"], was=ineligible["eligible"])

    result = bundles.import_bundle(inbox, _resigned(district, built, tmp_path, misstate))
    with inbox.reading() as session:
        stored = {n.uid: (n.is_supplement, n.eligible) for n in session.scalars(select(Nomination))}
    assert stored[claimed["late"]][0] is True
    assert stored[claimed["ineligible"]][1] is (not claimed["was"])
    differences = {(d.uid, d.what, d.claimed, d.found) for d in result.claims}
    assert differences == {
        (claimed["late"], "supplement", False, True),
        (claimed["ineligible"], "eligible", claimed["was"], not claimed["was"]),
    }
