"""Smaller items of #17 checked in the real window: the delete question names the record, and
the status dialog offers the step forward first (it opened on "Bản nháp")."""

from __future__ import annotations

from datetime import date

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.ui.main_window import MainWindow


def _registered(ws) -> int:  # type: ignore[no-untyped-def]
    checks = {c.code: "" for c in ws.plan.criteria_for("2.1", NomineeKind.COLLECTIVE)}
    data = NominationInput(
        kind=NomineeKind.COLLECTIVE,
        field_code="2.1",
        name="Tổ hòa giải thôn Lô Lô Chải",
        registering_unit_code="00715",
        checks=checks,
        received_on=date(2018, 4, 9),
    )
    nid = svc.save_nomination(ws, data).id
    assert svc.get_nomination(ws, nid).status == NominationStatus.REGISTERED
    return nid


def test_the_delete_question_names_the_record(qtbot, workspace, no_dialogs, open_window):
    nid = _registered(workspace)
    tab = open_window(workspace).nominations_tab
    tab.open_nomination(nid)
    tab.delete_current()
    (kind, text), *_ = no_dialogs
    assert kind == "question"
    assert f"#{nid}" in text
    assert "“Tổ hòa giải thôn Lô Lô Chải”" in text
    assert "Registered" in text or "Đã đăng ký" in text


def test_the_status_dialog_opens_on_the_step_forward(qtbot, workspace, open_window):
    nid = _registered(workspace)
    tab = open_window(workspace).nominations_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    tab.table.selectRow(0)
    assert tab.selected_ids() == [nid]
    tab.bulk_change_status()  # from the list: no status chosen beforehand
    qtbot.waitUntil(lambda: getattr(tab, "status_dialog", None) is not None, timeout=5000)
    dialog = tab.status_dialog
    assert dialog.target_combo.currentData() == str(NominationStatus.SELECTED)
    dialog.reject()


def test_the_frame_is_named_for_the_clerk_while_the_database_opens(qtbot, vietnamese):
    """Seen at 1366×768 (#17): while a slow database opened, the frame's title said "hagiang-desktop"."""
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert "hagiang" not in window.windowTitle()
    assert window.windowTitle() == "Mô hình, gương điển hình tiên tiến – KH 127"
