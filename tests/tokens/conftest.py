"""A real PKCS#11 token for the tests: SoftHSM2, initialised in a temporary folder (issue #21).

As pyHanko's own CI does: ``SOFTHSM2_CONF`` points at a config whose token folder is temporary,
``softhsm2-util`` initialises the tokens and ``pkcs11-tool`` (OpenSC) writes a key and its
certificate, issued by a test CA made here with ``cryptography``. One token set per test session:
python-pkcs11 initialises the driver once per process, and SoftHSM reads its config then.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from hagiang_desktop.cli.main import run_cli

SOFTHSM = Path("/usr/lib/softhsm/libsofthsm2.so")
#: OpenSC's logging PKCS#11 module: it forwards every call to ``PKCS11SPY`` and writes it down.
SPY = Path("/usr/lib/x86_64-linux-gnu/pkcs11/pkcs11-spy.so")
PIN = "246810"
SO_PIN = "13572468"
TOKEN_LABEL = "PNV Dong Van"
#: A second token for wrong-PIN tests, so that their failed logins never touch the first one.
SPARE_LABEL = "PNV Spare"
KEY_LABEL = "Phong Noi vu huyen Dong Van"

#: SoftHSM reads its config when the driver is initialised, once per process; another test (the
#: CLI sweep's ``keys tokens``) may load it in this process before these tests run. The config is
#: therefore pointed at this session's folder as soon as pytest collects this file, and the
#: driver initialised again once the tokens exist (:func:`token`).
_FOLDER = Path(tempfile.mkdtemp(prefix="hagiang-softhsm-"))
(_FOLDER / "tokens").mkdir()
(_FOLDER / "softhsm2.conf").write_text(
    f"directories.tokendir = {_FOLDER / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
)
os.environ["SOFTHSM2_CONF"] = str(_FOLDER / "softhsm2.conf")
atexit.register(shutil.rmtree, _FOLDER, True)


@dataclass(frozen=True)
class TestToken:
    module: Path
    label: str
    spare_label: str
    pin: str
    key_label: str
    ca_pem: Path
    cert_pem: Path
    cert_der: bytes
    folder: Path


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, "Hà Giang"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def make_ca(folder: Path, now: datetime) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name("Test CA cho dịch vụ công", "Ban Cơ yếu Chính phủ (thử nghiệm)")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=30))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    (folder / "ca.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert


def issue(
    ca_key: rsa.RSAPrivateKey, ca: x509.Certificate, public: rsa.RSAPublicKey, now: datetime, days: int = 730
) -> x509.Certificate:
    """Issue an office certificate as a CA does: no unit code of ours in it."""
    return (
        x509.CertificateBuilder()
        .subject_name(_name("Phòng Nội vụ huyện Đồng Văn", "UBND huyện Đồng Văn"))
        .issuer_name(ca.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )


def _tool(*args: str) -> None:
    subprocess.run(["pkcs11-tool", "--module", str(SOFTHSM), *args], check=True, capture_output=True)


def _put_key(label: str, key: rsa.RSAPrivateKey, cert: x509.Certificate, folder: Path) -> None:
    key_file, cert_file = folder / f"{label}.key.der", folder / f"{label}.crt.der"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    common = ["--token-label", label, "--login", "--pin", PIN, "--id", "01", "--label", KEY_LABEL]
    _tool(*common, "--write-object", str(key_file), "--type", "privkey")
    _tool(*common, "--write-object", str(cert_file), "--type", "cert")
    key_file.unlink()  # the key lives on the token only


@pytest.fixture(scope="session")
def token() -> TestToken:
    missing = [t for t in ("softhsm2-util", "pkcs11-tool") if shutil.which(t) is None]
    if missing or not SOFTHSM.is_file():
        pytest.fail(f"SoftHSM2 and OpenSC are needed (.ci/run installs them): missing {missing or SOFTHSM}")
    folder = _FOLDER  # its config is SOFTHSM2_CONF for the whole session, subprocesses included
    now = datetime.now(UTC)
    ca_key, ca = make_ca(folder, now)
    for label in (TOKEN_LABEL, SPARE_LABEL):
        subprocess.run(
            ["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", SO_PIN],
            check=True,
            capture_output=True,
        )
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = issue(ca_key, ca, key.public_key(), now)
        _put_key(label, key, cert, folder)
        if label == TOKEN_LABEL:
            office = cert
    (folder / "office.pem").write_bytes(office.public_bytes(serialization.Encoding.PEM))
    import pkcs11

    pkcs11.lib(str(SOFTHSM)).reinitialize()  # sees the new tokens, whoever loaded it first
    return TestToken(
        module=SOFTHSM,
        label=TOKEN_LABEL,
        spare_label=SPARE_LABEL,
        pin=PIN,
        key_label=KEY_LABEL,
        ca_pem=folder / "ca.pem",
        cert_pem=folder / "office.pem",
        cert_der=office.public_bytes(serialization.Encoding.DER),
        folder=folder,
    )


@pytest.fixture
def run(capsys, monkeypatch) -> Callable[..., subprocess.CompletedProcess[str]]:
    """The CLI in this process (fast, and the driver already initialised): ``run(*args, lang=...)``."""

    def call(*args: object, lang: str = "vi") -> subprocess.CompletedProcess[str]:
        monkeypatch.setenv("HAGIANG_LANG", lang)
        try:
            status = run_cli([str(a) for a in args])
        except SystemExit as exit_:
            status = exit_.code
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out, err)

    return call


@pytest.fixture
def pin_file(token: TestToken, tmp_path: Path) -> Path:
    """A file holding the test token's PIN, as ``--pin-file`` reads it."""
    pin = tmp_path / "pin.txt"
    pin.write_text(token.pin, encoding="utf-8")
    return pin


def use_token(
    run: Callable[..., subprocess.CompletedProcess[str]],
    token: TestToken,
    db: Path,
    pin: Path,
    *,
    module: Path | None = None,
    label: str | None = None,
    **options: Any,
) -> subprocess.CompletedProcess[str]:
    """Run ``keys use-token`` on ``db``: the session's token unless ``module``/``label`` say otherwise.

    ``run`` is the in-process fixture or the subprocess ``cli``; ``options`` go to it (``lang``,
    ``env``). Returns the finished command for the test to judge.
    """
    return run(
        "keys", "use-token", "--db", db, "--module", module or token.module,
        "--token-label", label or token.label, "--pin-file", pin, **options,
    )  # fmt: skip
