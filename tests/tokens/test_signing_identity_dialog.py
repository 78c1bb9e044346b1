"""Choosing the signing identity in the window (#21): drivers proposed, the token's certificates
listed with subject, issuer and validity, the PIN asked once and never retried, back to the
software key; a 32-bit driver named as such. Against the real SoftHSM token."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from hagiang_desktop.services import signers
from hagiang_desktop.ui.actions import signatures
from hagiang_desktop.ui.dialogs.signing_identity import SigningIdentityDialog
from hagiang_desktop.ui.main_window import MainWindow
from tests.tokens.drivers import write_32bit_dll


@pytest.fixture
def window(qtbot, demo_workspace):
    signers.use_software(demo_workspace)
    window = MainWindow(demo_workspace, as_of=date(2018, 4, 26))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    window.show()
    yield window
    signers.use_software(demo_workspace)


def _ok(dialog: SigningIdentityDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _open(window) -> SigningIdentityDialog:
    bundles_menu = window.findChild(QMenu, "bundlesMenu")
    key_menu = signatures._key_menu(bundles_menu)
    action = next(a for a in key_menu.actions() if a.objectName() == "chooseSigningIdentity")
    action.trigger()
    shown = [d for d in window.findChildren(SigningIdentityDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _row_of(dialog, label):
    for row in range(dialog.certificates.rowCount()):
        if dialog.certificates.item(row, 0).text() == label:
            return row
    raise AssertionError(label)


def test_the_clerk_chooses_the_token_in_the_window_then_goes_back_to_the_software_key(qtbot, token, window):
    ws = window.workspace
    dialog = _open(window)
    assert dialog.software.isChecked()
    assert "phần mềm" in dialog.current.text() or "software key" in dialog.current.text()
    # The drivers found on this computer are proposed; SoftHSM among them, by its maker.
    proposed = [dialog.drivers.itemData(i) for i in range(dialog.drivers.count())]
    assert str(token.module) in proposed
    dialog.drivers.setCurrentIndex(proposed.index(str(token.module)))
    assert "SoftHSM" in dialog.drivers.currentText()
    found = dialog.read_token()
    assert {c.token_label for c in found} == {token.label, token.spare_label}
    row = _row_of(dialog, token.label)
    cells = [dialog.certificates.item(row, c).text() for c in range(6)]
    assert cells[1] == token.key_label
    assert cells[2] == "Phòng Nội vụ huyện Đồng Văn"
    assert cells[3] == "Test CA cho dịch vụ công"
    assert all(cells[4:])  # valid from, valid to
    dialog.certificates.selectRow(row)
    assert not _ok(dialog).isEnabled()  # no PIN yet
    dialog.pin.setText(token.pin)
    assert _ok(dialog).isEnabled()
    _ok(dialog).click()
    assert dialog.result() == SigningIdentityDialog.DialogCode.Accepted
    assert dialog.attempts == 1
    assert dialog.pin.text() == ""  # not kept
    choice = signers.token_choice(ws)
    assert choice is not None
    assert choice.token_label == token.label
    assert choice.module == str(token.module)
    assert token.pin not in str(choice)  # the PIN is not stored
    assert "Đồng Văn" in window.statusBar().currentMessage()

    # Opened again: it shows the token; going back to the software key needs no PIN.
    dialog = _open(window)
    assert dialog.token.isChecked()
    assert token.label in dialog.current.text()
    dialog.software.setChecked(True)
    _ok(dialog).click()
    assert signers.token_choice(ws) is None
    assert signers.identity_kind(ws) == signers.SOFTWARE


def test_a_wrong_pin_is_said_once_and_not_tried_again(qtbot, token, window):
    dialog = _open(window)
    dialog.add_driver(token.module)
    dialog.read_token()
    dialog.certificates.selectRow(_row_of(dialog, token.spare_label))  # its tries only
    dialog.pin.setText("000000")
    _ok(dialog).click()
    assert dialog.isVisible()  # still open, nothing chosen
    assert dialog.attempts == 1
    assert dialog.problem.isVisible()
    assert "PIN" in dialog.problem.text()
    assert dialog.pin.text() == ""
    assert not _ok(dialog).isEnabled()  # nothing is sent again until the clerk types a PIN
    assert signers.token_choice(window.workspace) is None
    dialog.pin.setText(token.pin)
    _ok(dialog).click()
    assert dialog.attempts == 2
    assert signers.token_choice(window.workspace).token_label == token.spare_label


def test_a_32_bit_driver_is_named_and_refused_before_any_pin(qtbot, window, tmp_path):
    dll = write_32bit_dll(tmp_path / "eps2003csp11.dll")
    dialog = _open(window)
    dialog.add_driver(dll)
    assert "Feitian" in dialog.drivers.currentText()
    assert "32-bit" in dialog.drivers.currentText() or "32 bit" in dialog.drivers.currentText()
    assert dialog.read_token() == []
    assert "32" in dialog.problem.text()
    assert dialog.attempts == 0
    assert not _ok(dialog).isEnabled()


def test_the_seal_image_and_the_timestamp_server_are_set_in_the_same_dialog(qtbot, window, tmp_path):
    from PIL import Image

    from hagiang_desktop.services import signed_pdfs

    ws = window.workspace
    dialog = _open(window)
    not_an_image = tmp_path / "dau.png"
    not_an_image.write_text("không phải ảnh", encoding="utf-8")
    dialog.choose_seal(not_an_image)
    _ok(dialog).click()
    assert dialog.isVisible()
    assert "PNG" in dialog.problem.text()
    assert signed_pdfs.stamp_image(ws) is None  # nothing stored
    seal = tmp_path / "con-dau.png"
    Image.new("RGB", (90, 90), (200, 0, 0)).save(seal)
    dialog.choose_seal(seal)
    dialog.timestamp.setText("ftp://tsa.example")
    _ok(dialog).click()
    assert dialog.isVisible()
    assert "ftp://tsa.example" in dialog.problem.text()
    dialog.timestamp.setText("http://tsa.ca.gov.vn")
    _ok(dialog).click()
    assert not dialog.isVisible()
    assert signed_pdfs.stamp_image(ws) == seal.read_bytes()
    assert signed_pdfs.stamp_image_name(ws) == "con-dau.png"
    assert signed_pdfs.timestamp_url(ws) == "http://tsa.ca.gov.vn"
    dialog = _open(window)
    assert dialog.seal_name.text() == "con-dau.png"
    dialog.choose_seal(None)
    dialog.timestamp.clear()
    _ok(dialog).click()
    assert signed_pdfs.stamp_image(ws) is None
    assert signed_pdfs.timestamp_url(ws) == ""
