"""Building a bundle shows what it carries before anything changes, and a wrong passphrase is
typed again without choosing the file again (#17)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.services import keys
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.bundle_summary import bundle_summary
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.ui.actions import bundles as actions

PASS = "mật khẩu Đồng Văn"


def _statuses(ws):
    return {r.id: r.status for r in svc.list_nominations(ws, NominationFilter(), limit=10_000)}


def test_the_summary_counts_and_nothing_changes_until_the_right_passphrase(
    qtbot, demo_workspace, tmp_path, no_dialogs, open_window
):
    ws = demo_workspace
    keys.create_identity(ws, PASS)
    ours = set(office_scope(ws).unit_ids or ())
    flt = NominationFilter(status=NominationStatus.SELECTED, unit_ids=ours)
    selected = svc.list_nominations(ws, flt, limit=10_000)
    # One was sent before and changed since: the summary names it apart from the new ones.
    changed = selected[0].id
    svc.change_status(ws, [changed], TransitionRequest(NominationStatus.SUBMITTED, reason="Gói số 1"))
    svc.change_status(ws, [changed], TransitionRequest(NominationStatus.CHANGED, reason="Sửa tên"))
    summary = bundle_summary(ws, supplement=True)
    assert (summary.new, summary.changed, summary.total) == (len(selected) - 1, 1, len(selected))
    assert "phieu-dang-ky.pdf" in summary.files
    window = open_window(ws, as_of=date(2018, 4, 26))
    before = _statuses(ws)

    flow = actions.build_bundle(window, tmp_path / "bo-sung.zip", supplement=True)
    assert flow is not None
    dialog = flow.summary_dialog
    assert dialog is not None
    prompt = dialog.findChild(QLabel, "passphrasePrompt")
    text = prompt.text()
    qtbot.waitExposed(dialog)
    assert prompt.height() >= prompt.heightForWidth(prompt.width())  # no line cut off
    assert "Ban Thi đua" in text or "Sở Nội vụ" in text
    assert f"{len(selected) - 1} " in text  # new
    assert "phieu-dang-ky.pdf" in text
    assert _statuses(ws) == before  # the summary changed nothing

    # A wrong passphrase: the same dialog comes back with the reason; still nothing changed.
    dialog.first.setText("sai mật khẩu")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog) and dialog.isVisible(), timeout=60_000)
    assert flow.summary_dialog is dialog
    assert not (tmp_path / "bo-sung.zip").exists()
    assert _statuses(ws) == before

    # The right one: built, every carried model now submitted.
    dialog.first.setText(PASS)
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args[0] is not None
    assert done.args[0].nomination_count == len(selected)
    after = _statuses(ws)
    assert all(after[r.id] == NominationStatus.SUBMITTED for r in selected)


def test_key_actions_are_enabled_only_when_they_apply(qtbot, demo_workspace, no_dialogs, open_window):
    window = open_window(demo_workspace, as_of=date(2018, 4, 26))

    def enabled(name: str) -> bool:
        actions.update_key_actions(window, _key_menu(window))  # as when the menu opens
        return window.findChild(QAction, name).isEnabled()

    assert enabled("createKey")
    assert not enabled("showFingerprint")
    assert not enabled("backupKey")
    keys.create_identity(demo_workspace, PASS)
    assert not enabled("createKey")
    assert enabled("showFingerprint")
    # Asked anyway (a script), it says so at once instead of asking for a passphrase twice.
    assert not actions.create_identity(window)
    assert any("already" in text or "đã có" in text for _kind, text in no_dialogs)


def _key_menu(window):
    for menu in window.findChildren(QMenu):
        if any(a.objectName() == "createKey" for a in menu.actions()):
            return menu
    raise AssertionError("no signing key menu")
