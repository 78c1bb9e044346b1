"""A bundle built in the window while the office's timestamp server does not answer (#21): it is
built all the same, its PDFs signed without a timestamp (PAdES B-B), and the message says so."""

from __future__ import annotations

import shutil
import socket
import zipfile
from datetime import date

from hagiang_desktop.exports import pdf_signing, signing
from hagiang_desktop.services import keys, signed_pdfs
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.ui.actions import bundles as actions
from hagiang_desktop.ui.main_window import MainWindow

PASS = "mật khẩu Đồng Văn"


def test_the_bundle_is_built_without_the_timestamp_and_says_so(qtbot, demo_path, tmp_path, no_dialogs):
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_path, copy)
    ws = open_workspace(copy)
    try:
        identity = keys.create_identity(ws, PASS)
        with socket.socket() as probe:  # a port nothing listens on once closed
            probe.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{probe.getsockname()[1]}/tsa"
        signed_pdfs.set_timestamp_url(ws, url)
        window = MainWindow(ws, as_of=date(2018, 4, 26))
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
        flow = actions.build_bundle(window, tmp_path / "goi.zip", PASS)
        with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
            pass
        built = done.args[0]
        assert built is not None
        assert not built.timestamped
        assert url in built.timestamp_problem
        kind, text = no_dialogs[-1]
        assert kind == "information"
        assert url in text
        assert "did not answer" in text or "không trả lời" in text
        with zipfile.ZipFile(built.path) as archive:
            pdfs = [name for name in archive.namelist() if name.endswith(".pdf") and name != "bia.pdf"]
            trusted = [signing.pem_to_der(identity.cert_pem)]
            reports = [pdf_signing.verify_pdf(archive.read(name), trusted) for name in pdfs]
        signed = [r[0] for r in reports if r]  # the cover sheet is the bundle's own, unsigned
        assert len(signed) >= 2  # the list and the forms at least
        assert all(r.ok and r.timestamp is None for r in signed)
    finally:
        ws.close()
