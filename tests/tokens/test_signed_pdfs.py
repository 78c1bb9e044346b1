"""Signed PDFs (PAdES) of the list and the forms, with the token and with the software key (#21).

Each signed PDF is checked by pyHanko (the program's ``pdf verify``) and independently by
poppler's ``pdfsig``; a byte changed after signing is reported by both.
"""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from hagiang_desktop.exports import pdf_signing, signing
from hagiang_desktop.exports.signature_spots import recording_spots
from tests.tokens.conftest import use_token


def _pdfsig(path: Path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def _changed_copy(path: Path, target: Path) -> Path:
    data = path.read_bytes()
    # A byte of the signed revision (the first document information), same length: only the
    # digest tells (the signing revision repeats the information after it).
    assert data.index(b"ReportLab PDF Library") < data.index(b"/ByteRange")
    target.write_bytes(data.replace(b"ReportLab PDF Library", b"ReportLab PDF Librarz", 1))
    return target


@pytest.fixture
def software(demo_path, tmp_path, run):
    secret = tmp_path / "pass.txt"
    secret.write_text("mật khẩu Đồng Văn\n", encoding="utf-8")
    assert run("keys", "create", "--db", demo_path, "--passphrase-file", secret).returncode == 0
    cert = tmp_path / "office.pem"
    assert run("keys", "export-cert", "--db", demo_path, "--out", cert).returncode == 0
    return secret, cert


def _check_signed(path: Path, trust: Path, run, signer_cn: str) -> None:
    verified = run("pdf", "verify", path, "--trust", trust, lang="en")
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("Signature 1 (ChuKy1): signer ")
    assert f"CN={signer_cn}" in verified.stdout
    assert "the document was not changed after signing; the certificate is trusted" in verified.stdout
    said = _pdfsig(path)
    assert "Signature Validation: Signature is Valid." in said
    assert "Total document signed" in said
    assert "ETSI.CAdES.detached" in said  # PAdES, not the old adbe.pkcs7.detached
    # The visible signature: its words on the page, in Vietnamese, at the signature block.
    reader = PdfReader(path)
    annotations = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    widgets = [a for a in annotations if a.get("/FT") == "/Sig"]
    assert len(widgets) == 1
    x1, y1, x2, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert x2 - x1 > 100
    assert y2 - y1 > 30  # visible, not an invisible signature
    # Not a certification signature: approvals and the province's receipt may follow.
    assert "/Perms" not in reader.trailer["/Root"]

    changed = _changed_copy(path, path.with_name("changed.pdf"))
    refused = run("pdf", "verify", changed, "--trust", trust, lang="en")
    assert refused.returncode == 1
    assert "THE SIGNATURE IS NOT VALID" in refused.stdout or "CHANGED" in refused.stdout
    assert refused.stderr.count("\n") == 1
    assert "Digest Mismatch" in _pdfsig(changed)


def test_list_and_forms_signed_with_the_software_key(demo_path, tmp_path, run, software):
    secret, cert = software
    listed = tmp_path / "danh-sach.pdf"
    done = run(
        "export", "list-pdf", "--db", demo_path, "--out", listed, "--sign", "--passphrase-file", secret
    )
    assert done.returncode == 0, done.stderr
    _check_signed(listed, cert, run, "Phòng Nội vụ huyện Đồng Văn")
    forms = tmp_path / "phieu.pdf"
    done = run(
        "export",
        "forms",
        "--db",
        demo_path,
        "--out",
        forms,
        "--unit",
        "026",
        "--sign",
        "--passphrase-file",
        secret,
    )
    assert done.returncode == 0, done.stderr
    _check_signed(forms, cert, run, "Phòng Nội vụ huyện Đồng Văn")
    # The stamp is on the last form's head-of-unit block, with the body and Vietnam time.
    last = PdfReader(forms).pages[-1]
    widget = next(a.get_object() for a in last["/Annots"] if a.get_object().get("/FT") == "/Sig")
    assert float(widget["/Rect"][0]) > float(last.mediabox.width) / 2 - 20  # the right-hand block


def test_list_and_form_signed_with_the_token(token, demo_path, tmp_path, run, pin_file):
    pin = pin_file
    chosen = use_token(run, token, demo_path, pin)
    assert chosen.returncode == 0, chosen.stderr
    listed = tmp_path / "danh-sach.pdf"
    done = run("export", "list-pdf", "--db", demo_path, "--out", listed, "--sign", "--pin-file", pin)
    assert done.returncode == 0, done.stderr
    # A token's certificate is trusted through its CA (the VGCA root, here the test CA).
    _check_signed(listed, token.ca_pem, run, "Phòng Nội vụ huyện Đồng Văn")
    forms = tmp_path / "phieu.pdf"
    done = run("export", "forms", "--db", demo_path, "--out", forms, "--id", "1", "--sign", "--pin-file", pin)
    assert done.returncode == 0, done.stderr
    _check_signed(forms, token.ca_pem, run, "Phòng Nội vụ huyện Đồng Văn")
    letter = tmp_path / "cong-van.pdf"
    done = run("export", "letter", "--db", demo_path, "--out", letter, "--sign", "--pin-file", pin)
    assert done.returncode == 0, done.stderr
    _check_signed(letter, token.ca_pem, run, "Phòng Nội vụ huyện Đồng Văn")
    # Without the CA nobody vouches for the certificate: said, exit 1.
    untrusted = run("pdf", "verify", listed, lang="en")
    assert untrusted.returncode == 1
    assert "the certificate is NOT trusted" in untrusted.stdout


def test_a_wrong_pin_writes_no_pdf(token, demo_path, tmp_path, run, pin_file):
    assert use_token(run, token, demo_path, pin_file).returncode == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("999999", encoding="utf-8")
    out = tmp_path / "ds.pdf"
    refused = run(
        "export", "list-pdf", "--db", demo_path, "--out", out, "--sign", "--pin-file", wrong, lang="en"
    )
    assert refused.returncode == 1
    assert refused.stderr.startswith("Wrong PIN.")
    assert not out.exists()


def test_the_stamp_text_is_vietnamese_and_in_vietnam_time():
    lines = pdf_signing.stamp_lines(
        "Phòng Nội vụ", "UBND huyện Đồng Văn", datetime(2018, 4, 25, 2, 12, 44, tzinfo=UTC)
    )
    assert lines == [
        "Ký bởi: Phòng Nội vụ",
        "Cơ quan: UBND huyện Đồng Văn",
        "Thời gian ký: 25/04/2018 09:12:44 +07:00",
    ]
    drawn = pdf_signing.appearance_pdf(lines, 230, 60)
    text = PdfReader(io.BytesIO(drawn)).pages[0].extract_text()
    assert "Thời gian ký: 25/04/2018 09:12:44 +07:00" in text


def test_an_unsigned_pdf_is_said_to_carry_no_signature(demo_path, tmp_path, run):
    plain = tmp_path / "ds.pdf"
    assert run("export", "list-pdf", "--db", demo_path, "--out", plain).returncode == 0
    said = run("pdf", "verify", plain, lang="en")
    assert said.returncode == 1
    assert said.stderr == f"{plain} carries no digital signature.\n"
    # The plain export records no signature spot unless asked (nothing listens).
    with recording_spots() as spots:
        pass
    assert spots == []
    with pytest.raises(signing.SigningProblem):
        pdf_signing.verify_pdf(b"not a pdf", [])
