"""The province trusts a token-signed bundle (issue #21): the CA's certificate names no unit code
of ours, so the province binds it to the unit code of the office's signed fingerprint form once."""

from __future__ import annotations

from hagiang_desktop.services.workspace import open_workspace
from tests.tokens.test_token_signing import run  # noqa: F401 - the in-process CLI fixture


def test_a_token_signed_bundle_is_imported_once_its_certificate_is_bound(
    token,
    demo_path,
    workspace,
    tmp_path,
    run,  # noqa: F811
):
    workspace.close()
    province = workspace.db.path
    pin = tmp_path / "pin.txt"
    pin.write_text(token.pin, encoding="utf-8")
    chosen = run(
        "keys", "use-token", "--db", demo_path, "--module", token.module, "--token-label", token.label,
        "--pin-file", pin,
    )  # fmt: skip
    assert chosen.returncode == 0, chosen.stderr
    bundle = tmp_path / "goi.zip"
    assert run("bundle", "build", "--db", demo_path, "--out", bundle, "--pin-file", pin).returncode == 0
    cert = tmp_path / "office.pem"
    assert run("keys", "export-cert", "--db", demo_path, "--out", cert).returncode == 0

    # The certificate names no unit: the province must say which office it speaks for.
    unbound = run("bundle", "trust", "--db", province, cert, lang="en")
    assert unbound.returncode == 1
    assert "names no unit code" in unbound.stderr
    assert "--unit" in unbound.stderr
    other = run("bundle", "verify", bundle, "--trust", cert, lang="en")
    assert other.returncode == 1  # pinned, but nobody said which unit it speaks for
    assert "026-NV" in other.stderr

    assert run("bundle", "trust", "--db", province, cert, "--unit", "026-NV").returncode == 0
    imported = run("bundle", "import", bundle, "--db", province)
    assert imported.returncode == 0, imported.stderr
    assert "8 mô hình mới" in imported.stdout
    verified = run("bundle", "verify", bundle, "--trust", cert, "--unit", "026-NV")
    assert verified.returncode == 0, verified.stderr

    # Bound to another unit, the same bundle is refused as not the sender's.
    wrong = tmp_path / "province2.sqlite3"
    ws = open_workspace(wrong)
    ws.close()
    assert run("bundle", "trust", "--db", wrong, cert, "--unit", "027-NV").returncode == 0
    refused = run("bundle", "import", bundle, "--db", wrong, lang="en")
    assert refused.returncode == 1
