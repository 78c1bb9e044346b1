"""``keys`` and ``bundle`` on the command line (issue #7): real subprocesses and files."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from hagiang_desktop.cli.main import run_cli


def subprocess_run(*args, lang="vi"):
    return subprocess.run(
        [sys.executable, "-m", "hagiang_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "HAGIANG_LANG": lang},
        check=False,
    )


@pytest.fixture
def run(capsys, monkeypatch):
    """Run a command in this process (the same entry point, minus the interpreter's start-up)."""

    def call(*args, lang="vi"):
        monkeypatch.setenv("HAGIANG_LANG", lang)
        try:
            status = run_cli([str(a) for a in args])
        except SystemExit as exit_:  # argparse's usage errors
            status = exit_.code
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out, err)

    return call


def test_keys_build_verify_import_from_the_command_line(run, demo_location, any_workspace, tmp_path):
    """The district on a file and the province on a file, then both on a server (#22)."""
    any_workspace.close()
    province_db = any_workspace.db.path
    demo_path = demo_location
    secret = tmp_path / "pass.txt"
    secret.write_text("mật khẩu Đồng Văn\n", encoding="utf-8")
    created = run("keys", "create", "--db", demo_path, "--passphrase-file", secret)
    assert created.returncode == 0, created.stderr
    assert "Dấu vân tay SHA-256" in created.stdout
    again = run("keys", "create", "--db", demo_path, "--passphrase-file", secret)
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1
    assert "--rotate" in again.stderr
    cert = tmp_path / "dong-van.pem"
    assert run("keys", "export-cert", "--db", demo_path, "--out", cert).returncode == 0
    assert cert.read_text().startswith("-----BEGIN CERTIFICATE-----")
    bundle = tmp_path / "dong-van.zip"
    built = run("bundle", "build", "--db", demo_path, "--out", bundle, "--passphrase-file", secret)
    assert built.returncode == 0, built.stderr
    assert "gói số 1" in built.stdout

    valid = subprocess_run("bundle", "verify", bundle, "--trust", cert)
    assert valid.returncode == 0, valid.stderr
    assert "Gói hợp lệ" in valid.stdout

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            out.writestr(
                info.filename, data.replace(b"026-NV", b"027-NV") if info.filename == "data.json" else data
            )
    refused = subprocess_run("bundle", "verify", tampered, "--trust", cert, lang="en")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr == "data.json was changed after signing.\n"

    untrusted = run("bundle", "import", bundle, "--db", province_db)
    assert untrusted.returncode == 1
    assert "chưa được tin cậy" in untrusted.stderr
    assert run("bundle", "trust", "--db", province_db, cert).returncode == 0
    imported = run("bundle", "import", bundle, "--db", province_db)
    assert imported.returncode == 0, imported.stderr
    assert "13 mô hình mới" in imported.stdout  # the demo district's 13 selected models
    replay = run("bundle", "import", bundle, "--db", province_db, lang="en")
    assert replay.returncode == 1
    assert "older than or the same" in replay.stderr
    inbox = run("bundle", "inbox", "--db", province_db, "--as-of", "2018-04-26")
    assert inbox.returncode == 0
    assert inbox.stdout.splitlines()[0].split("\t")[:4] == ["026", "Huyện Đồng Văn", "026-NV", "1"]
    assert run("bundle", "verify", bundle).returncode == 2  # --trust is required
    mode = run("bundle", "mode", "--db", province_db, "province", lang="en")
    assert mode.returncode == 0
    assert mode.stdout == "Mode: the province's inbox (receives and consolidates the offices' bundles).\n"
