"""The office's signing identity (issue #7): create, refuse, rotate, back up, restore, print."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from hagiang_desktop.exports import signing
from hagiang_desktop.services import keys, scope
from hagiang_desktop.services.workspace import open_workspace

PASS = "mật khẩu Đồng Văn"


def test_an_office_must_be_chosen_and_the_passphrase_long_enough(workspace, demo_workspace):
    with pytest.raises(keys.KeyProblem) as no_office:
        keys.create_identity(workspace, PASS)
    assert no_office.value.code == "no_office"
    with pytest.raises(keys.KeyProblem) as short:
        keys.create_identity(demo_workspace, "1234567")
    assert short.value.code == "short_passphrase"
    assert keys.active_identity(demo_workspace) is None


def test_create_names_the_office_and_rotation_retires_the_old_key(demo_workspace, tmp_path):
    first = keys.create_identity(demo_workspace, PASS)
    assert (first.unit_code, first.unit_name, first.status) == (
        "026-NV",
        "Phòng Nội vụ huyện Đồng Văn",
        "active",
    )
    info = signing.certificate_info(signing.pem_to_der(first.cert_pem))
    assert "C=VN" in info.subject
    assert "ST=Hà Giang" in info.subject
    assert len(first.fingerprint.split()) == 16
    with pytest.raises(keys.KeyProblem) as exists:
        keys.create_identity(demo_workspace, PASS)
    assert exists.value.code == "identity_exists"
    second = keys.rotate_identity(demo_workspace, PASS)
    listed = keys.list_identities(demo_workspace)
    assert [(r.fingerprint, r.status) for r in listed] == [
        (second.fingerprint, "active"),
        (first.fingerprint, "retired"),
    ]
    assert listed[1].retired_at is not None
    pem = tmp_path / "cert.pem"
    keys.export_certificate(demo_workspace, pem)
    assert (
        signing.certificate_info(signing.load_certificate(pem.read_bytes())).fingerprint == second.fingerprint
    )


def test_backup_and_restore_on_a_new_pc(demo_workspace, tmp_path):
    made = keys.create_identity(demo_workspace, PASS)
    backup = tmp_path / "khoa-ky.p12"
    with pytest.raises(keys.KeyProblem) as wrong:
        keys.backup_key(demo_workspace, backup, "sai mật khẩu")
    assert wrong.value.code == "wrong_passphrase"
    assert not backup.exists()
    keys.backup_key(demo_workspace, backup, PASS)
    new_pc = tmp_path / "new-pc.sqlite3"
    ws = open_workspace(new_pc)  # a fresh database: the directory only
    try:
        with pytest.raises(keys.KeyProblem) as refused:
            keys.restore_key(ws, backup, "sai mật khẩu")
        assert refused.value.code == "wrong_passphrase"
        restored = keys.restore_key(ws, backup, PASS)
        assert restored.fingerprint == made.fingerprint
        assert keys.signing_key(ws, PASS)[1].fingerprint == made.fingerprint
        # Restoring a key that is already known re-activates it instead of adding a copy.
        scope.set_office(ws, "026-NV")
        keys.rotate_identity(ws, PASS)
        keys.restore_key(ws, backup, PASS)
        statuses = {r.fingerprint: r.status for r in keys.list_identities(ws)}
        assert statuses[made.fingerprint] == "active"
        assert sorted(statuses.values()) == ["active", "retired"]
    finally:
        ws.close()
    garbage = tmp_path / "not.p12"
    garbage.write_bytes(b"not a key")
    with pytest.raises(keys.KeyProblem):
        keys.restore_key(demo_workspace, garbage, PASS)


def test_the_fingerprint_form_is_one_page_with_the_fingerprint(demo_workspace, tmp_path):
    made = keys.create_identity(demo_workspace, PASS)
    pdf = tmp_path / "phieu.pdf"
    keys.fingerprint_form(demo_workspace, pdf, day=date(2018, 4, 5))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "PHIẾU XÁC NHẬN CHỨNG THƯ KÝ SỐ" in text
    assert "UBND HUYỆN ĐỒNG VĂN" in text
    assert "Đồng Văn, ngày 05 tháng 4 năm 2018" in text
    for group in made.fingerprint.split():
        assert group in text
    office = keys.issuing_office(demo_workspace)
    assert (office.parent_body, office.body, office.place) == (
        "UBND HUYỆN ĐỒNG VĂN",
        "PHÒNG NỘI VỤ",
        "Đồng Văn",
    )
