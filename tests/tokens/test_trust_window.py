"""The province's window trusts token certificates (#21): it installs the certificate authority and
binds an office's CA-issued certificate to the unit code typed from the form."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from hagiang_desktop.services import bundles, trust_authorities
from hagiang_desktop.ui.actions.bundles import trust
from hagiang_desktop.ui.main_window import MainWindow


@pytest.fixture
def said(monkeypatch):
    shown: list[str] = []

    def warn(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def test_the_window_installs_the_ca_and_binds_a_token_certificate(qtbot, token, workspace, said):
    window = MainWindow(workspace, as_of=date(2018, 4, 26))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    # An office's certificate is not an authority: refused, said, nothing installed.
    assert not trust.install_authorities(window, token.cert_pem, confirm=False)
    assert "certificate authority" in said[-1] or "tổ chức cấp chứng thư" in said[-1]
    assert trust_authorities.list_authorities(workspace) == []
    assert trust.install_authorities(window, token.ca_pem, confirm=False)
    assert [r.root for r in trust_authorities.list_authorities(workspace)] == [True]
    # The token's certificate names no unit code: bound to the one typed from the form.
    assert trust.import_certificate(window, token.cert_pem, confirm=False, unit_code="026-NV")
    assert [(r.unit_code, r.status) for r in bundles.list_trusted(workspace)] == [("026-NV", "active")]
    dialog = trust.trust_store(window)
    label = dialog.findChild(QLabel, "authorities")
    assert "Test CA cho dịch vụ công" in label.text()
    dialog.reject()
