"""The Bundles menu in the real window (issue #7): key, fingerprint, build in a worker, inbox
import with its refusal in words, trust store, return and import-return."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.services import bundles, keys, nominations, scope
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import Nomination
from hagiang_desktop.ui.actions import bundles as actions
from hagiang_desktop.ui.dialogs.bundle_dialogs import PassphraseDialog, ReturnDialog

PASS = "mật khẩu Đồng Văn"
PROVINCE_PASS = "Ban thi đua tỉnh"


def _imported(qtbot, flow):
    """Wait for an import started in its worker; return what it imported (None: refused)."""
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    return done.args[0]


@pytest.fixture
def province(tmp_path):
    ws = open_workspace(tmp_path / "province.sqlite3")
    scope.set_office(ws, "02-SNV")
    yield ws
    ws.close()


def test_passphrase_dialog_needs_a_long_enough_passphrase_typed_twice(qtbot):
    dialog = PassphraseDialog("t", "p", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.first.setText("ngắn")
    assert not ok.isEnabled()
    assert "8" in dialog.hint.text()
    dialog.first.setText(PASS)
    dialog.second.setText(PASS[:-1])
    assert not ok.isEnabled()
    dialog.second.setText(PASS)
    assert ok.isEnabled()
    assert dialog.passphrase() == PASS


def test_district_to_province_and_back_through_the_windows(
    qtbot, qtmodeltester, demo_workspace, province, tmp_path, no_dialogs, open_window
):
    district_window = open_window(demo_workspace, as_of=date(2018, 4, 26))
    menu_names = [a.text() for a in district_window.menuBar().actions()]
    assert any("Bundles" in name or "Gói" in name for name in menu_names)

    # The clerk creates the key and looks at the fingerprint.
    assert actions.create_identity(district_window, PASS)
    identity = keys.active_identity(demo_workspace)
    dialog = actions.show_fingerprint(district_window)
    assert dialog is not None
    shown = dialog.findChild(QLabel, "fingerprint")
    assert shown.text().split() == identity.fingerprint.split()
    dialog.close()
    preview = actions.print_fingerprint_form(district_window)
    assert preview is not None
    assert preview.page_range() == (0, 0)  # one A4 page to sign and seal
    preview.close()
    form = actions.save_fingerprint_form(district_window, tmp_path / "form.pdf")
    cert = actions.export_certificate(district_window, tmp_path / "dong-van.pem")
    assert form.stat().st_size > 0
    assert cert.read_text().startswith("-----BEGIN CERTIFICATE-----")

    # Build the bundle in the worker, with progress.
    flow = actions.build_bundle(district_window, tmp_path / "dong-van.zip", PASS)
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    built = done.args[0]
    assert built is not None
    assert built.sequence == 1
    assert no_dialogs[-1][0] == "information"
    assert "dong-van.zip" in no_dialogs[-1][1]

    # The province imports it: first refused (not trusted), in words, then trusted and merged.
    province_window = open_window(province, as_of=date(2018, 4, 26))
    assert _imported(qtbot, actions.import_bundle(province_window, built.path)) is None
    assert no_dialogs[-1][0] == "warning"
    assert identity.fingerprint in no_dialogs[-1][1]
    assert actions.import_certificate(province_window, cert)  # the fingerprint question answers Yes
    store = actions.trust_store(province_window)
    qtmodeltester.check(store.model)
    assert [r.unit_code for r in store.model.rows()] == ["026-NV"]
    store.close()
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(built.path) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            out.writestr(info.filename, data + b" " if info.filename == "danh-sach.xlsx" else data)
    assert _imported(qtbot, actions.import_bundle(province_window, tampered)) is None
    assert "danh-sach.xlsx" in no_dialogs[-1][1]
    assert _imported(qtbot, actions.import_bundle(province_window, built.path)) is not None
    assert "13 " in no_dialogs[-1][1]
    overview = actions.inbox_overview(province_window)
    qtmodeltester.check(overview.model)
    sent = [r for r in overview.model.rows() if r.bundles]
    assert [(r.code, r.nominations) for r in sent] == [("026", 13)]
    overview.close()

    # The province returns one nomination; the district imports the signed return.
    keys.create_identity(province, PROVINCE_PASS)
    keys.export_certificate(province, tmp_path / "province.pem")
    [first, *_] = bundles.returnable_nominations(province)
    chooser = ReturnDialog(bundles.returnable_nominations(province), province_window)
    qtmodeltester.check(chooser.model)
    ok = chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)
    chooser.view.selectRow(0)
    assert not ok.isEnabled()  # a reason is required
    chooser.reason.setPlainText("Thiếu minh chứng")
    assert ok.isEnabled()
    chooser.close()
    back = _imported(  # signed in its worker
        qtbot,
        actions.return_nomination(
            province_window, first.id, "Thiếu minh chứng", tmp_path / "tra-lai.zip", PROVINCE_PASS
        ),
    )
    assert back is not None
    assert actions.import_certificate(district_window, tmp_path / "province.pem", confirm=False)
    assert _imported(qtbot, actions.import_return(district_window, back.path)) is not None
    returned = nominations.list_nominations(
        demo_workspace, NominationFilter(status=NominationStatus.RETURNED)
    )
    assert [r.name for r in returned] == [first.name]

    # Issue #18: the province accepts one; the district changes it and sends its full list again.
    accepted = next(n for n in nominations.list_nominations(province) if n.id != first.id)
    nominations.change_status(province, [accepted.id], TransitionRequest(NominationStatus.ACCEPTED))
    uid = nominations.get_nomination(province, accepted.id).uid
    local = next(
        n.id for n in nominations.list_nominations(demo_workspace)
        if nominations.get_nomination(demo_workspace, n.id).uid == uid
    )  # fmt: skip
    with demo_workspace.session() as session:
        session.get(Nomination, local).note = "Bổ sung số liệu năm 2018"
    again = bundles.build_bundle(demo_workspace, tmp_path / "lan-2.zip", PASS)
    asked = len(no_dialogs)
    result = _imported(qtbot, actions.import_bundle(province_window, again.path))
    assert result is not None
    [(kind, question)] = [d for d in no_dialogs[asked:] if d[0] == "question"]
    assert accepted.name in question  # the province is asked; the fixture answers "Yes": take it
    assert nominations.get_nomination(province, accepted.id).status == NominationStatus.SUBMITTED
    assert (
        nominations.get_nomination(province, first.id).status == NominationStatus.RETURNED
    )  # left out: kept
    assert first.name in no_dialogs[-1][1]  # listed in the result


def test_build_without_a_key_says_so(qtbot, demo_workspace, no_dialogs, open_window):
    window = open_window(demo_workspace, as_of=date(2018, 4, 26))
    assert actions.build_bundle(window) is None
    assert no_dialogs
    assert no_dialogs[-1][0] == "warning"


def test_wrong_passphrase_in_the_worker_is_reported(qtbot, demo_path, tmp_path, no_dialogs, open_window):
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_path, copy)
    ws = open_workspace(copy)
    try:
        keys.create_identity(ws, PASS)
        window = open_window(ws, as_of=date(2018, 4, 26))
        flow = actions.build_bundle(window, tmp_path / "x.zip", "sai mật khẩu")
        with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
            pass
        assert done.args[0] is None
        assert flow.error == actions.problem_text(keys.KeyProblem("wrong_passphrase"))
        assert not (tmp_path / "x.zip").exists()
    finally:
        window.close()
        ws.close()


def test_the_inbox_mode_switch_shows_the_inbox_menu(qtbot, province, no_dialogs, open_window):
    window = open_window(province, as_of=date(2018, 4, 26))
    mode = window.findChild(QAction, "inboxMode")
    build = window.findChild(QAction, "buildBundle")
    inbox_menu = window.findChild(QMenu, "inboxMenu")
    assert not mode.isChecked()
    assert not inbox_menu.menuAction().isVisible()
    assert build.isVisible()
    mode.setChecked(True)
    assert inbox_menu.menuAction().isVisible()
    assert not build.isVisible()
    assert window.scope.root.code == "02"
    mode.setChecked(False)
    assert window.scope.root.code == "02-SNV"


def test_the_import_message_says_what_the_province_computed_otherwise_than_the_sender(qapp):
    from hagiang_desktop.services.bundles import Claim, ClaimDifference, ImportResult
    from hagiang_desktop.ui.actions.bundles.inbox import _imported_text

    result = ImportResult(
        "026-NV", "Phòng Nội vụ huyện Đồng Văn", 2, False, 1, 0, 0, "AB:CD",
        claims=(ClaimDifference("u-1", "Tổ hợp tác Mông", Claim.SUPPLEMENT, claimed=False, found=True),),
    )  # fmt: skip
    text = _imported_text(result)
    assert "• Tổ hợp tác Mông: " in text
    assert "đã lưu là đăng ký bổ sung" in text or "stored as a supplement" in text
