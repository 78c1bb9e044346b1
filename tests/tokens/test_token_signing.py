"""Signing with the office's USB token (issue #21): a real SoftHSM2 token, real files, stock OpenSSL."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hagiang_desktop.exports import signing, tokens
from hagiang_desktop.exports.tokens import TokenRef
from hagiang_desktop.services import bundles, signers
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.workspace import open_workspace
from tests.tokens.conftest import SPY, use_token
from tests.tokens.drivers import write_32bit_dll


def cli(
    *args: object, lang: str = "vi", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hagiang_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "HAGIANG_LANG": lang, **(env or {})},
        check=False,
    )


def _openssl_verify(content: Path, signature: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-content",
            str(content),
            "-in",
            str(signature),
            "-CAfile",
            str(ca),
            "-purpose",
            "any",
            "-out",
            os.devnull,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def test_token_lists_its_certificate_with_subject_issuer_and_validity(token, run):
    listed = run("keys", "tokens", "--module", token.module)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    mine = [r for r in rows if r[1] == token.label]
    assert len(mine) == 1
    slot, label, serial, key_label, subject, issuer, valid_to = mine[0]
    assert int(slot) >= 0
    assert serial
    assert key_label == token.key_label
    assert "CN=Phòng Nội vụ huyện Đồng Văn" in subject
    assert "Test CA cho dịch vụ công" in issuer
    assert valid_to == signing.certificate_info(token.cert_der).not_after.date().isoformat()


def test_bundle_signed_on_the_token_verifies_with_openssl_and_the_program(token, demo_path, tmp_path, run):
    (tmp_path / "pin.txt").write_text("\ufeff" + token.pin + "\r\n", encoding="utf-8")  # Notepad's BOM
    chosen = use_token(run, token, demo_path, tmp_path / "pin.txt", lang="en")
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.startswith(f"The office signs with token {token.label} from now on")
    target = tmp_path / "dong-van.zip"
    built = run("bundle", "build", "--db", demo_path, "--out", target, "--pin-file", tmp_path / "pin.txt")
    assert built.returncode == 0, built.stderr

    with zipfile.ZipFile(target) as archive:
        archive.extract("manifest.json", tmp_path)
        archive.extract("manifest.p7s", tmp_path)
        pdfs = {name: archive.read(name) for name in archive.namelist() if name.endswith(".pdf")}
    # The list, the letter and the forms in the bundle are signed PDFs (PAdES) on the token.
    from hagiang_desktop.exports import pdf_signing

    ca = signing.load_certificate(token.ca_pem.read_bytes())
    for name in ("danh-sach.pdf", "phieu-dang-ky.pdf"):
        reports = pdf_signing.verify_pdf(pdfs[name], [ca])
        assert [r.ok for r in reports] == [True], name
        assert reports[0].fingerprint == signing.fingerprint(token.cert_der)
    assert pdf_signing.verify_pdf(pdfs["cover.pdf"], [ca]) == []  # the cover sheet: the bundle's own
    manifest, p7s = tmp_path / "manifest.json", tmp_path / "manifest.p7s"
    # Stock OpenSSL, against the CA only: the token's certificate is in the signature.
    checked = _openssl_verify(manifest, p7s, token.ca_pem)
    assert checked.returncode == 0, checked.stderr
    assert "Verification successful" in checked.stderr
    # The program's own verifier, trusting the token's certificate (pinned).
    verified = signing.verify_detached(manifest.read_bytes(), p7s.read_bytes(), [token.cert_der])
    assert verified.cert_der == token.cert_der
    assert verified.signing_time is not None  # validity is judged at the signed time
    # One byte changed: both refuse.
    manifest.write_bytes(manifest.read_bytes().replace(b'"sequence": 1', b'"sequence": 2'))
    assert _openssl_verify(manifest, p7s, token.ca_pem).returncode != 0
    with pytest.raises(signing.SigningProblem) as refused:
        signing.verify_detached(manifest.read_bytes(), p7s.read_bytes(), [token.cert_der])
    assert refused.value.code == "manifest_edited"

    # The certificate the office hands the province is the token's now.
    cert = tmp_path / "office.pem"
    assert run("keys", "export-cert", "--db", demo_path, "--out", cert).returncode == 0
    assert signing.load_certificate(cert.read_bytes()) == token.cert_der


def test_the_software_key_still_signs_after_going_back_to_it(token, demo_path, tmp_path, run, pin_file):
    secret = tmp_path / "pass.txt"
    secret.write_text("mật khẩu Đồng Văn\n", encoding="utf-8")
    assert run("keys", "create", "--db", demo_path, "--passphrase-file", secret).returncode == 0
    chose = use_token(run, token, demo_path, pin_file)
    assert chose.returncode == 0, chose.stderr
    # The passphrase is not what a token takes: said, nothing signed.
    wrong_kind = run(
        "bundle", "build", "--db", demo_path, "--out", tmp_path / "a.zip", "--passphrase-file", secret
    )
    assert wrong_kind.returncode == 2
    assert "--pin-file" in wrong_kind.stderr
    assert not (tmp_path / "a.zip").exists()
    back = run("keys", "use-software", "--db", demo_path, lang="en")
    assert back.returncode == 0
    assert back.stdout.startswith("The office signs with its software key from now on")
    built = run(
        "bundle", "build", "--db", demo_path, "--out", tmp_path / "b.zip", "--passphrase-file", secret
    )
    assert built.returncode == 0, built.stderr
    cert = tmp_path / "soft.pem"
    assert run("keys", "export-cert", "--db", demo_path, "--out", cert).returncode == 0
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        verified = signing.verify_detached(
            archive.read("manifest.json"),
            archive.read("manifest.p7s"),
            [signing.load_certificate(cert.read_bytes())],
        )
    assert verified.signer.unit_code == "026-NV"


def test_a_wrong_pin_is_said_once_and_sent_to_the_token_once(token, demo_path, tmp_path, pin_file):
    """The driver is OpenSC's spy in front of SoftHSM: it writes down every call the program makes."""
    log = tmp_path / "spy.log"
    env = {"PKCS11SPY": str(token.module), "PKCS11SPY_OUTPUT": str(log)}
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("000000\n", encoding="utf-8")
    refused = use_token(cli, token, demo_path, wrong, module=SPY, label=token.spare_label, lang="en", env=env)
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("Wrong PIN.")
    assert "few tries are left" in refused.stderr  # SoftHSM raises its count-low flag after a failure
    assert "Traceback" not in refused.stderr
    assert log.read_text().count("C_Login") == 1
    assert "000000" not in refused.stderr  # the PIN is never echoed

    # Chosen with the right PIN through the spy too, then a bundle with a wrong PIN: one login.
    chosen = use_token(cli, token, demo_path, pin_file, module=SPY, label=token.spare_label, env=env)
    assert chosen.returncode == 0, chosen.stderr
    log.unlink()
    target = tmp_path / "b.zip"
    again = cli(
        "bundle", "build", "--db", demo_path, "--out", target, "--pin-file", wrong, lang="en", env=env
    )
    assert again.returncode == 1
    assert again.stderr.startswith("Wrong PIN.")
    assert again.stderr.count("\n") == 1
    assert log.read_text().count("C_Login") == 1
    assert not target.exists()


def test_a_32_bit_driver_is_named_as_such(tmp_path, demo_path, run):
    dll = write_32bit_dll(tmp_path / "eps2003csp11.dll")
    assert tokens.module_bits(dll) == 32
    found = tokens.candidate_modules([tmp_path])
    assert [(c.path.name, c.maker, c.bits, c.usable) for c in found] == [
        ("eps2003csp11.dll", "Feitian ePass2003", 32, False)
    ]
    said = run("keys", "tokens", "--module", dll, lang="en")
    assert said.returncode == 1
    assert said.stderr.startswith("The token driver is 32-bit and this program is 64-bit")
    assert said.stderr.count("\n") == 1
    pin = tmp_path / "pin.txt"
    pin.write_text("123456", encoding="utf-8")
    not_a_driver = run("keys", "use-token", "--db", demo_path, "--module", "/etc/hostname", "--pin-file", pin)
    assert not_a_driver.returncode == 1
    assert not_a_driver.stderr.startswith("Không nạp được trình điều khiển token")


def test_the_usual_drivers_on_this_pc_are_proposed(token):
    found = tokens.candidate_modules([token.module.parent, SPY.parent])
    by_name = {c.path.name: c for c in found}
    assert by_name["libsofthsm2.so"].maker == "SoftHSM (test token)"
    assert by_name["libsofthsm2.so"].usable
    assert "opensc-pkcs11.so" in by_name  # found by its export, not only by name
    assert found[0].maker  # known makers first


def test_a_token_with_the_wrong_certificate_is_refused_before_signing(token, demo_path, tmp_path):
    ws = open_workspace(demo_path, seed_directory=False)
    try:
        signers.use_token(ws, TokenRef(str(token.module), token.label), token.pin)
        # The office's token is swapped for the spare one, whose certificate differs.
        choice = signers.token_choice(ws)
        assert choice is not None
        from hagiang_desktop.services.workspace import set_setting

        set_setting(
            ws,
            signers.TOKEN_SETTING,
            {
                **choice.__dict__,
                "token_label": token.spare_label,
                "not_after": choice.not_after.isoformat(),
                "chosen_at": choice.chosen_at.isoformat(),
            },
        )
        with pytest.raises(KeyProblem) as refused:
            bundles.build_bundle(ws, tmp_path / "x.zip", token.pin)
    finally:
        ws.close()
    assert refused.value.code == "token_changed"
    assert not (tmp_path / "x.zip").exists()
