"""PAdES B-T with the office's timestamp server, B-B with one line when it does not answer, and the
seal image in the visible signature (#21).

The timestamp server is real: pyHanko's test time-stamping authority, answering RFC 3161 requests
over HTTP on localhost from a thread of this test, with its own certificate (extended key usage
timeStamping) made here with ``cryptography``."""

from __future__ import annotations

import io
import socket
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import cms, tsp
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pypdf import PdfReader

from hagiang_desktop.exports import pdf_signing, signing
from tests.tokens.test_signed_pdfs import software  # noqa: F401 - the software key fixture


def _tsa_identity():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Máy chủ dấu thời gian thử nghiệm"),
        ]
    )
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    pkcs8 = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return (
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(pkcs8),
    )


@pytest.fixture
def tsa():
    """A time-stamping authority on http://127.0.0.1:PORT/ for this test; yields (url, requests)."""
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    cert, key = _tsa_identity()
    stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key)
    answered: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            answered.append(len(body))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tsa", answered
    server.shutdown()
    server.server_close()


def _closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"  # nothing listens there now


def _pdfsig(path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def _signed_list(run, demo_path, tmp_path, secret, name="ds.pdf"):  # noqa: F811
    out = tmp_path / name
    done = run(
        "export",
        "list-pdf",
        "--db",
        demo_path,
        "--out",
        out,
        "--sign",
        "--passphrase-file",
        secret,
        lang="en",
    )
    assert done.returncode == 0, done.stderr
    return out, done


def test_with_a_timestamp_server_the_signature_is_b_t(demo_path, tmp_path, run, software, tsa):  # noqa: F811
    secret, cert = software
    url, answered = tsa
    assert run("keys", "timestamp-server", "--db", demo_path, "ftp://x").returncode == 1  # refused, said
    set_it = run("keys", "timestamp-server", "--db", demo_path, url, lang="en")
    assert set_it.returncode == 0, set_it.stderr
    assert url in set_it.stdout
    out, done = _signed_list(run, demo_path, tmp_path, secret)
    assert "timestamp" in done.stdout
    assert "B-T" in done.stdout
    assert done.stderr == ""
    assert answered  # the server was asked
    # pyHanko sees the signature timestamp token, within the minute of signing.
    reports = pdf_signing.verify_pdf(out.read_bytes(), [signing.load_certificate(cert.read_bytes())])
    assert len(reports) == 1
    assert reports[0].ok
    assert reports[0].timestamp is not None
    assert abs(reports[0].timestamp - datetime.now(UTC)) < timedelta(minutes=10)
    # The timestamp is an unsigned attribute of the CMS poppler checks: still valid for pdfsig.
    said = _pdfsig(out)
    assert "Signature Validation: Signature is Valid." in said
    assert "ETSI.CAdES.detached" in said
    # Independently of pyHanko: the signature poppler extracts carries the timestamp token.
    dumped = tmp_path / "dump"
    dumped.mkdir()
    subprocess.run(["pdfsig", "-dump", str(out)], cwd=dumped, capture_output=True, check=True)
    (sig,) = dumped.glob("*.sig0")
    signer_info = cms.ContentInfo.load(sig.read_bytes())["content"]["signer_infos"][0]
    tokens = [a for a in signer_info["unsigned_attrs"] if a["type"].native == "signature_time_stamp_token"]
    assert len(tokens) == 1
    encapsulated = tokens[0]["values"][0]["content"]["encap_content_info"]["content"]
    stamped_at = tsp.TSTInfo.load(encapsulated.contents)["gen_time"].native
    assert abs(stamped_at - reports[0].timestamp) < timedelta(seconds=1)
    verified = run("pdf", "verify", out, "--trust", cert, lang="en")
    assert verified.returncode == 0, verified.stderr
    assert verified.stderr == ""  # the timestamp authority, not trusted here, is no traceback
    assert "Signature 1 carries a timestamp server's timestamp" in verified.stdout


def test_an_unreachable_timestamp_server_signs_b_b_and_says_so_once(demo_path, tmp_path, run, software):  # noqa: F811
    secret, cert = software
    url = _closed_port_url()
    assert run("keys", "timestamp-server", "--db", demo_path, url).returncode == 0
    out, done = _signed_list(run, demo_path, tmp_path, secret)
    assert out.is_file()  # the export is never lost to the server
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("Note: the timestamp server did not answer")
    assert url in done.stderr
    reports = pdf_signing.verify_pdf(out.read_bytes(), [signing.load_certificate(cert.read_bytes())])
    assert reports[0].ok
    assert reports[0].timestamp is None
    assert "Signature is Valid." in _pdfsig(out)
    # Off again: no timestamp asked, nothing said.
    assert run("keys", "timestamp-server", "--db", demo_path, "--off").returncode == 0
    _out, quiet = _signed_list(run, demo_path, tmp_path, secret, name="ds2.pdf")
    assert quiet.stderr == ""


def _seal_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (160, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 156, 156), outline=(200, 0, 0, 255), width=8)
    draw.ellipse((40, 40, 120, 120), fill=(200, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _images_in(obj, seen=None) -> int:
    """Count image XObjects reachable from an appearance stream's resources."""
    seen = seen if seen is not None else set()
    count = 0
    resources = obj.get("/Resources")
    xobjects = resources.get_object().get("/XObject", {}) if resources is not None else {}
    for ref in xobjects.values():
        target = ref.get_object()
        if id(target) in seen:
            continue
        seen.add(id(target))
        if target.get("/Subtype") == "/Image":
            count += 1
        elif target.get("/Subtype") == "/Form":
            count += _images_in(target, seen)
    return count


def test_the_seal_image_set_in_the_settings_is_in_the_visible_signature(demo_path, tmp_path, run, software):  # noqa: F811
    secret, _cert = software
    plain, _ = _signed_list(run, demo_path, tmp_path, secret, name="no-seal.pdf")
    seal = tmp_path / "con-dau.png"
    seal.write_bytes(_seal_png())
    not_an_image = tmp_path / "con-dau.txt"
    not_an_image.write_text("không phải ảnh", encoding="utf-8")
    refused = run("keys", "stamp-image", "--db", demo_path, not_an_image, lang="en")
    assert refused.returncode == 1
    assert refused.stderr.startswith("This image cannot be used")
    shown = run("keys", "stamp-image", "--db", demo_path, lang="en")
    assert "No seal or signature image" in shown.stdout  # unchanged by the refusal
    assert run("keys", "stamp-image", "--db", demo_path, seal).returncode == 0
    seal.unlink()  # kept in the database: the file may go
    assert "con-dau.png" in run("keys", "stamp-image", "--db", demo_path, lang="en").stdout
    sealed, _ = _signed_list(run, demo_path, tmp_path, secret, name="seal.pdf")

    def widget_images(path):
        reader = PdfReader(path)
        widgets = [
            a.get_object()
            for page in reader.pages
            for a in page.get("/Annots", [])
            if a.get_object().get("/FT") == "/Sig"
        ]
        assert len(widgets) == 1
        return _images_in(widgets[0]["/AP"]["/N"].get_object())

    assert widget_images(plain) == 0
    assert widget_images(sealed) >= 1
    assert "Signature is Valid." in _pdfsig(sealed)
    assert run("keys", "stamp-image", "--db", demo_path, "--off").returncode == 0
