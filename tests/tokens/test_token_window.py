"""The window with the office's token (#21): the bundle dialog asks for the token's PIN, and
"Check a signed PDF's signature" says who signed, when, and whether the file changed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QMenu, QMessageBox

from hagiang_desktop.exports.tokens import TokenRef
from hagiang_desktop.services import signed_pdfs, signers
from hagiang_desktop.ui.actions import bundles as actions
from hagiang_desktop.ui.actions import signatures
from hagiang_desktop.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch):
    said: list[tuple[str, str]] = []

    def record(kind):
        def show(_parent, _title, text, *args, **kwargs):
            said.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return said


def _window(qtbot, ws):
    window = MainWindow(ws, as_of=date(2018, 4, 26))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    window.show()
    return window


def test_the_bundle_dialog_asks_for_the_tokens_pin_and_signs_on_the_token(
    qtbot, token, demo_workspace, tmp_path, shown
):
    ws = demo_workspace
    signers.use_token(ws, TokenRef(str(token.module), token.label), token.pin)
    window = _window(qtbot, ws)
    flow = actions.build_bundle(window, tmp_path / "goi.zip")
    assert flow is not None
    dialog = flow.summary_dialog
    assert dialog is not None
    labels = [
        form.labelForField(dialog.first).text()
        for form in dialog.findChildren(QFormLayout)
        if form.labelForField(dialog.first) is not None
    ]
    assert labels in (["Token PIN:"], ["Mã PIN của token:"])
    assert dialog.findChild(QLabel, "passphraseHint").isVisibleTo(dialog)
    dialog.first.setText(token.pin)
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args[0] is not None, shown
    assert done.args[0].fingerprint == signing_fingerprint(token)


def signing_fingerprint(token):
    from hagiang_desktop.exports.signing import fingerprint

    return fingerprint(token.cert_der)


def test_check_a_signed_pdf_from_the_menu(qtbot, token, demo_workspace, tmp_path, shown):
    ws = demo_workspace
    signers.use_token(ws, TokenRef(str(token.module), token.label), token.pin)
    signed = tmp_path / "ds.pdf"
    signed_pdfs.export_signed_pdf(ws, signed_pdfs.LIST_PDF, signed, token.pin)
    window = _window(qtbot, ws)
    menu = window.findChild(QMenu, "bundlesMenu")
    assert any(a.objectName() == "verifyPdf" for a in menu.actions())
    reports = signatures.verify_pdf(window, signed)
    assert reports is not None
    assert len(reports) == 1
    assert reports[0].ok  # the office's own certificate is trusted here
    kind, text = shown[-1]
    assert kind == "information"
    assert "Phòng Nội vụ huyện Đồng Văn" in text
    # A byte changed: the window says so.
    data = signed.read_bytes()
    (tmp_path / "changed.pdf").write_bytes(
        data.replace(b"ReportLab PDF Library", b"ReportLab PDF Librarz", 1)
    )
    reports = signatures.verify_pdf(window, tmp_path / "changed.pdf")
    assert reports is not None
    assert not reports[0].ok
    kind, text = shown[-1]
    assert kind == "warning"
    assert "SAU KHI KÝ" in text or "AFTER SIGNING" in text
