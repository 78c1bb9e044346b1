"""The province trusts a token-signed bundle (issue #21): the CA's certificate names no unit code
of ours, so the province binds it to the unit code of the office's signed fingerprint form once."""

from __future__ import annotations

from hagiang_desktop.services.workspace import open_workspace
from tests.tokens.conftest import use_token


def test_a_token_signed_bundle_is_imported_once_its_certificate_is_bound(
    token,
    demo_path,
    workspace,
    tmp_path,
    run,
    pin_file,
):
    workspace.close()
    province = workspace.db.path
    pin = pin_file
    chosen = use_token(run, token, demo_path, pin)
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
    assert "13 mô hình mới" in imported.stdout  # the demo district's 13 selected models
    verified = run("bundle", "verify", bundle, "--trust", cert, "--unit", "026-NV")
    assert verified.returncode == 0, verified.stderr

    # Bound to another unit, the same bundle is refused as not the sender's.
    wrong = tmp_path / "province2.sqlite3"
    ws = open_workspace(wrong)
    ws.close()
    assert run("bundle", "trust", "--db", wrong, cert, "--unit", "027-NV").returncode == 0
    refused = run("bundle", "import", bundle, "--db", wrong, lang="en")
    assert refused.returncode == 1


def test_the_province_trusts_token_bundles_through_the_ca_and_accepts_a_renewed_certificate(
    token,
    demo_path,
    workspace,
    tmp_path,
    run,
    pin_file,
):
    """The province installs the CA, binds the office's certificate once; the office's renewed
    certificate (the spare token: same subject, same CA, another key) is then accepted for 026-NV."""
    workspace.close()
    province = workspace.db.path
    pin = pin_file

    def build(label: str, name: str) -> tuple:
        chosen = use_token(run, token, demo_path, pin, label=label)
        assert chosen.returncode == 0, chosen.stderr
        bundle = tmp_path / name
        assert run("bundle", "build", "--db", demo_path, "--out", bundle, "--pin-file", pin).returncode == 0
        cert = tmp_path / f"{name}.pem"
        assert run("keys", "export-cert", "--db", demo_path, "--out", cert).returncode == 0
        return bundle, cert

    first, office_pem = build(token.label, "goi1.zip")
    installed = run("bundle", "trust-ca", "--db", province, token.ca_pem, lang="en")
    assert installed.returncode == 0, installed.stderr
    assert "Installed the certificate authority" in installed.stdout
    listed = run("bundle", "trusted-cas", "--db", province).stdout.strip().split("\t")
    assert listed[1] == "root"
    assert "Test CA cho dịch vụ công" in listed[3]
    # An office's certificate is not an authority: refused, said.
    not_ca = run("bundle", "trust-ca", "--db", province, office_pem, lang="en")
    assert not_ca.returncode == 1
    assert "not a certificate authority's" in not_ca.stderr

    # The CA vouches for the certificate, but which unit it speaks for is the province's to say.
    unbound = run("bundle", "import", first, "--db", province, lang="en")
    assert unbound.returncode == 1
    assert "not bound to any unit yet" in unbound.stderr
    assert unbound.stderr.count("\n") == 1
    assert run("bundle", "trust", "--db", province, office_pem, "--unit", "026-NV").returncode == 0
    imported = run("bundle", "import", first, "--db", province, lang="en")
    assert imported.returncode == 0, imported.stderr
    assert "Renewed" not in imported.stdout

    # Renewed: same subject, same CA, another key and fingerprint.
    second, renewed_pem = build(token.spare_label, "goi2.zip")
    assert renewed_pem.read_bytes() != office_pem.read_bytes()
    accepted = run("bundle", "import", second, "--db", province, lang="en")
    assert accepted.returncode == 0, accepted.stderr
    assert "Renewed certificate accepted for 026-NV" in accepted.stdout
    trusted = [line.split("\t") for line in run("bundle", "trusted", "--db", province).stdout.splitlines()]
    assert [row[0] for row in trusted] == ["026-NV", "026-NV"]  # bound to the same unit, recorded
    offline = run(
        "bundle", "verify", second, "--trust", office_pem, "--unit", "026-NV", "--ca", token.ca_pem, lang="en"
    )
    assert offline.returncode == 0, offline.stderr
    assert "Renewed certificate accepted for 026-NV" in offline.stdout

    # Without the authority, the renewed certificate is just unknown.
    other = tmp_path / "province3.sqlite3"
    open_workspace(other).close()
    assert run("bundle", "trust", "--db", other, office_pem, "--unit", "026-NV").returncode == 0
    refused = run("bundle", "import", second, "--db", other, lang="en")
    assert refused.returncode == 1
    assert "not trusted" in refused.stderr
    run("keys", "use-software", "--db", demo_path)
