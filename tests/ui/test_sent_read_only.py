"""A nomination sent to the province stays as signed (#17): read-only with a banner, and an edit
after sending is an explicit step with a reason that the next supplement bundle carries."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionProblem, TransitionRequest
from hagiang_desktop.services import bundles, keys
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter, NominationProblem
from tests.ui.conftest import type_text

PASS = "mật khẩu Đồng Văn"


def test_a_submitted_nomination_opens_read_only_and_changes_only_through_edit_after_submission(
    qtbot, demo_workspace, tmp_path, no_dialogs, open_window
):
    ws = demo_workspace
    keys.create_identity(ws, PASS)
    built = bundles.build_bundle(ws, tmp_path / "goi-1.zip", PASS)
    sent = svc.list_nominations(ws, NominationFilter(status=NominationStatus.SUBMITTED))
    assert len(sent) == built.nomination_count
    target = sent[0]
    window = open_window(ws, as_of=date(2018, 4, 26))
    tab = window.nominations_tab
    window.tabs.setCurrentWidget(tab)
    tab.open_nomination(target.id)

    # Read-only, with when and in which bundle it went.
    assert tab.is_read_only()
    assert tab.sent_banner.isVisibleTo(window)
    assert f"Gói số {built.sequence}" in tab.sent_banner.text()
    assert tab.form.name_edit.isReadOnly()
    assert not tab.form.kind_combo.isEnabled()
    assert all(not box.isEnabled() for box in map(tab.form.checklist.box, tab.form.checklist.codes()))
    assert not tab.save_button.isEnabled()
    assert not tab.delete_button.isEnabled()
    # Ctrl+S does nothing but say why; the service refuses too (the CLI and imports go there).
    assert not tab.save()
    assert svc.get_nomination(ws, target.id).status == NominationStatus.SUBMITTED
    with pytest.raises(NominationProblem, match="sent_read_only"):
        svc.save_nomination(ws, svc.get_nomination(ws, target.id).data, target.id)

    # "Edit after submission…": the dialog asks for the reason before anything changes.
    tab.edit_after_submission()
    dialog = tab.status_dialog
    assert dialog is not None
    assert dialog.target() == NominationStatus.CHANGED
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.reason_edit.setPlainText("Sửa thành tích theo ý kiến Chủ tịch")
    dialog.accept()
    detail = svc.get_nomination(ws, target.id)
    assert detail.status == NominationStatus.CHANGED
    assert detail.history[-1].reason == "Sửa thành tích theo ý kiến Chủ tịch"
    assert not tab.is_read_only()
    assert tab.save_button.isEnabled()
    assert not tab.sent_banner.isVisibleTo(window)
    # The dashboard says so, until the supplement carries it.
    dashboard = window.dashboard_tab
    dashboard.refresh()
    qtbot.waitUntil(lambda: not dashboard.computing())
    assert "1 model(s) changed since sent" in dashboard.summary_label.text() or "1 mô hình đã sửa" in (
        dashboard.summary_label.text()
    )

    # The clerk edits and saves; the next supplement bundle carries it, and it is sent again.
    tab.form.achievements_edit.clear()
    type_text(tab.form.achievements_edit, "Thành tích đã sửa")
    assert tab.save()
    supplement = bundles.build_bundle(ws, tmp_path / "bo-sung.zip", PASS, supplement=True)
    with zipfile.ZipFile(supplement.path) as bundle:
        data = json.loads(bundle.read("data.json"))
    carried = {n["uid"]: n for n in data["nominations"]}
    assert detail.uid in carried
    assert carried[detail.uid]["achievements"] == "Thành tích đã sửa"
    after = svc.get_nomination(ws, target.id)
    assert after.status == NominationStatus.SUBMITTED
    assert [e.to_status for e in after.history][-2:] == [NominationStatus.CHANGED, NominationStatus.SUBMITTED]


def test_changed_since_sent_needs_a_reason(demo_workspace):
    ws = demo_workspace
    flt = NominationFilter(status=NominationStatus.SELECTED, eligible=True)
    row = svc.list_nominations(ws, flt, limit=1)[0]
    svc.change_status(ws, [row.id], TransitionRequest(NominationStatus.SUBMITTED, reason="Gói số 1"))
    with pytest.raises(TransitionProblem, match="reason_required"):
        svc.change_status(ws, [row.id], TransitionRequest(NominationStatus.CHANGED, reason="  "))
    assert svc.get_nomination(ws, row.id).status == NominationStatus.SUBMITTED
