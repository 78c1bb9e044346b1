"""The nominations tab driven like a clerk drives it: keys, clicks, dialogs, the real database."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind, UnitKind
from hagiang_desktop.services import drafts
from hagiang_desktop.services import followup as followup_service
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.storage.models import AuditEvent
from hagiang_desktop.ui.labels import yes_no
from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
from tests.ui.conftest import type_text

LUNG_CU = "00715"  # Xã Lũng Cú, Đồng Văn


def _fill(
    form, *, kind="individual", field="2.3", name="Giàng Thị Mỷ", unit=LUNG_CU, tick_all=True, received=None
):
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(kind))
    form.field_combo.setCurrentIndex(form.field_combo.findData(field))
    type_text(form.name_edit, name)
    form.unit_picker.set_code(unit)
    if received is not None:
        form.received_edit.setDate(QDate(received.year, received.month, received.day))
    if tick_all:
        for code in form.checklist.codes():
            form.checklist.box(code).setChecked(True)


def _ctrl(qtbot, widget, key):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)  # the window's shortcuts see the key only once it has the focus
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_kind_first_offers_only_its_fields_and_its_section(qtbot, workspace, open_window):
    form = open_window(workspace, active=True, tab="nominations_tab").nominations_tab.form
    plan = workspace.plan
    for kind in NomineeKind:
        form.kind_combo.setCurrentIndex(form.kind_combo.findData(str(kind)))
        offered = [form.field_combo.itemData(i) for i in range(form.field_combo.count())]
        assert offered == [f.code for f in plan.fields_for_kind(kind)]
        assert form.individual_box.isVisible() == (kind == NomineeKind.INDIVIDUAL)
        assert form.collective_box.isVisible() == (kind == NomineeKind.COLLECTIVE)
        assert form.household_box.isVisible() == (kind == NomineeKind.HOUSEHOLD)


def test_criteria_show_clause_wording_and_eligibility_lives(qtbot, workspace, open_window):
    form = open_window(workspace, active=True, tab="nominations_tab").nominations_tab.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("individual"))
    form.field_combo.setCurrentIndex(form.field_combo.findData("2.3"))
    codes = form.checklist.codes()
    assert codes == [c.code for c in workspace.plan.criteria_for("2.3", NomineeKind.INDIVIDUAL)]
    box = form.checklist.box("III.1.1")
    assert box.text() == "III.1.1"
    assert workspace.plan.criterion("III.1.1").text in box.toolTip()
    assert "127/KH-UBND" in box.toolTip()
    assert "✘" in form.eligibility_label.text()
    for code in codes[:-1]:
        qtbot.mouseClick(form.checklist.box(code), Qt.MouseButton.LeftButton)
    assert codes[-1] in form.eligibility_label.text()  # the one still missing is named
    qtbot.mouseClick(form.checklist.box(codes[-1]), Qt.MouseButton.LeftButton)
    assert "✔" in form.eligibility_label.text()


def test_ineligible_saved_is_flagged_and_selected_only_with_an_override(
    qtbot, workspace, no_dialogs, open_window
):
    window = open_window(workspace, active=True, tab="nominations_tab")
    tab = window.nominations_tab
    _fill(tab.form, tick_all=False)
    tab.form.checklist.box("III.1.1").setChecked(True)
    _ctrl(qtbot, tab.form.name_edit, Qt.Key.Key_S)
    assert not no_dialogs
    assert "✘" in tab.status_bar.status_label.text()  # once, on the status line (#17)
    model = tab.model
    name_cell = model.index(0, NominationTableModel.COL_NAME)
    eligible_cell = model.index(0, NominationTableModel.COL_ELIGIBLE)
    assert model.data(eligible_cell) == "✘ " + yes_no(False)  # text, not only colour
    assert model.data(name_cell, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(name_cell, Qt.ItemDataRole.ToolTipRole)

    button = tab.status_bar.buttons[NominationStatus.SELECTED]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.status_dialog
    assert dialog is not None
    assert dialog.target() == NominationStatus.SELECTED
    assert dialog.override_edit.isVisible()
    assert not _ok(dialog).isEnabled()
    type_text(dialog.override_edit, "Thành tích đặc biệt, UBND huyện đề nghị")
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    detail = svc.get_nomination(workspace, tab._current_id)
    assert detail.status == NominationStatus.SELECTED
    assert detail.override_reason == "Thành tích đặc biệt, UBND huyện đề nghị"
    assert tab.history.model.rowCount() == 2
    assert "Thành tích đặc biệt" in tab.history.model.data(tab.history.model.index(1, 2))
    assert "(" in tab.status_bar.status_label.text()  # "(selected by override)"


def test_status_buttons_follow_the_workflow_and_a_return_needs_a_reason(
    qtbot, workspace, no_dialogs, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    _fill(tab.form)
    assert tab.save()
    visible = {s for s, b in tab.status_bar.buttons.items() if b.isVisible()}
    assert visible == {NominationStatus.SELECTED, NominationStatus.DRAFT}
    for target in (NominationStatus.SELECTED, NominationStatus.SUBMITTED):
        qtbot.mouseClick(tab.status_bar.buttons[target], Qt.MouseButton.LeftButton)
        assert _ok(tab.status_dialog).isEnabled()
        qtbot.mouseClick(_ok(tab.status_dialog), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.status_bar.buttons[NominationStatus.RETURNED], Qt.MouseButton.LeftButton)
    dialog = tab.status_dialog
    assert not _ok(dialog).isEnabled()
    assert dialog.hint_label.text()
    type_text(dialog.reason_edit, "Thiếu biên bản họp xét")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    detail = svc.get_nomination(workspace, tab._current_id)
    assert [e.to_status for e in detail.history] == ["registered", "selected", "submitted", "returned"]
    assert detail.history[-1].reason == "Thiếu biên bản họp xét"
    assert tab.history.model.rowCount() == 4
    assert not no_dialogs


def test_bulk_change_of_selected_rows_asks_override_for_the_ineligible(
    qtbot, workspace, no_dialogs, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    for name, tick in (("Lò Văn Tỉnh", True), ("Sùng Mí Chá", False), ("Vàng Thị Dợ", True)):
        tab.new_nomination()
        _fill(tab.form, name=name, tick_all=tick)
        assert tab.save()
    tab.table.selectAll()
    assert len(tab.selected_ids()) == 3
    assert tab.bulk_button.isEnabled()
    qtbot.mouseClick(tab.bulk_button, Qt.MouseButton.LeftButton)
    dialog = tab.status_dialog
    # The step forward is offered first (it opened on "draft", #17).
    assert [dialog.target_combo.itemData(i) for i in range(dialog.target_combo.count())] == [
        "selected",
        "draft",
    ]
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("selected"))
    assert not _ok(dialog).isEnabled()
    type_text(dialog.override_edit, "Đề nghị của xã")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status_worker is None)  # a selection changes in a worker
    statuses = {r.name: r.status for r in svc.list_nominations(workspace)}
    assert set(statuses.values()) == {NominationStatus.SELECTED}
    # and back to registered, no override needed
    tab.table.selectAll()
    tab.bulk_change_status()
    dialog = tab.status_dialog
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("registered"))
    assert _ok(dialog).isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: tab.status_worker is None)
    assert {r.status for r in svc.list_nominations(workspace)} == {NominationStatus.REGISTERED}
    assert not no_dialogs


def test_late_registration_is_marked_as_a_supplement_live_and_in_the_list(
    qtbot, workspace, no_dialogs, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    deadline = workspace.plan.deadline_for_unit(UnitKind.COMMUNE, UnitKind.DISTRICT)
    _fill(tab.form, received=deadline.last_on_time_day)
    assert not tab.form.supplement_label.isVisible()
    late = deadline.last_on_time_day + timedelta(days=1)
    tab.form.received_edit.setDate(QDate(late.year, late.month, late.day))
    assert tab.form.supplement_label.isVisible()
    assert "IV.2" in tab.form.supplement_label.text()
    assert tab.save()
    assert "⚑" in tab.title_label.text()
    assert "⚑" in tab.model.data(tab.model.index(0, NominationTableModel.COL_SUPPLEMENT))
    tab.filter_bar.supplement_combo.setCurrentIndex(tab.filter_bar.supplement_combo.findData(False))
    assert tab.model.rowCount() == 0
    tab.filter_bar.supplement_combo.setCurrentIndex(tab.filter_bar.supplement_combo.findData(True))
    assert tab.model.rowCount() == 1


def test_duplicate_is_reported_with_a_link_that_opens_the_other(qtbot, workspace, no_dialogs, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    _fill(tab.form, name="Hoàng Văn Hòa")
    assert tab.save()
    first = tab._current_id
    assert not tab.duplicates_label.isVisible()
    tab.new_nomination()
    _fill(tab.form, name="hoang van hoà", unit="026")  # same folded name, another unit
    assert tab.save()
    second = tab._current_id
    assert tab.duplicates_label.isVisible()
    assert f"href='{first}'" in tab.duplicates_label.text()
    tab.duplicates_label.linkActivated.emit(str(first))
    assert tab._current_id == first
    assert tab.form.name_edit.text() == "Hoàng Văn Hòa"
    assert second != first
    assert not no_dialogs


def test_filter_bar_and_folded_search(qtbot, workspace, no_dialogs, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    _fill(tab.form, name="Đoàn Thanh niên xã Lũng Cú", kind="collective", field="2.5")
    assert tab.save()
    tab.new_nomination()
    _fill(tab.form, name="Hộ ông Vàng Mí Dín", kind="household", field="2.8", tick_all=False)
    assert tab.save()
    bar = tab.filter_bar
    bar.kind_combo.setCurrentIndex(bar.kind_combo.findData("household"))
    assert tab.model.rowCount() == 1
    bar.kind_combo.setCurrentIndex(0)
    bar.eligible_combo.setCurrentIndex(bar.eligible_combo.findData(True))
    assert tab.model.data(tab.model.index(0, 0)) == "Đoàn Thanh niên xã Lũng Cú"
    bar.clear()
    bar.field_combo.setCurrentIndex(bar.field_combo.findData("2.8"))
    bar.year_combo.setCurrentIndex(bar.year_combo.findData(2018))
    assert tab.model.rowCount() == 1
    bar.year_combo.setCurrentIndex(bar.year_combo.findData(2019))
    assert tab.model.rowCount() == 0
    bar.clear()
    bar.unit_picker.set_code("026")
    assert tab.model.rowCount() == 0
    bar.unit_picker.set_code(LUNG_CU)
    assert tab.model.rowCount() == 2
    bar.clear()
    tab.search_edit.setText("vang mi din")
    tab.apply_search()
    assert tab.model.rowCount() == 1
    assert "1" in tab.count_label.text()


def test_undo_and_redo_at_form_level(qtbot, workspace, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    form = tab.form
    type_text(form.name_edit, "Lù Thị Mai")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("household"))
    assert form.household_box.isVisible()
    _ctrl(qtbot, form.name_edit, Qt.Key.Key_Z)  # from inside a text field: the form's history
    assert form.kind() == NomineeKind.INDIVIDUAL
    assert form.name_edit.text() == "Lù Thị Mai"
    _ctrl(qtbot, form.name_edit, Qt.Key.Key_Z)
    assert form.name_edit.text() == ""
    _ctrl(qtbot, form.name_edit, Qt.Key.Key_Y)
    assert form.name_edit.text() == "Lù Thị Mai"
    _ctrl(qtbot, form.kind_combo, Qt.Key.Key_Y)
    assert form.kind() == NomineeKind.HOUSEHOLD
    assert tab.undo_button.isEnabled()


def test_delete_key_on_the_list_asks_and_keeps_an_audit_record(qtbot, workspace, no_dialogs, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    _fill(tab.form)
    assert tab.save()
    nid = tab._current_id
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.table.hasFocus() and tab.selected_ids() == [nid])
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert no_dialogs[-1][0] == "question"
    assert svc.count_nominations(workspace) == 0
    assert tab._current_id is None
    with workspace.session() as s:
        actions = [a.action for a in s.scalars(select(AuditEvent).where(AuditEvent.entity_id == str(nid)))]
    assert "delete" in actions


def test_deleting_a_selection_that_lost_a_row_meanwhile_deletes_nothing(
    qtbot, workspace, no_dialogs, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    for name in ("Lò Văn Tỉnh", "Sùng Mí Chá", "Vàng Thị Dợ"):
        tab.new_nomination()
        _fill(tab.form, name=name)
        assert tab.save()
    tab.table.selectAll()
    ids = tab.selected_ids()
    assert len(ids) == 3
    svc.delete_nomination(workspace, ids[1])  # another window deleted it meanwhile
    tab.delete_selected()
    assert no_dialogs[-1][0] == "warning"
    assert str(ids[1]) in no_dialogs[-1][1]
    assert sorted(r.id for r in svc.list_nominations(workspace)) == sorted([ids[0], ids[2]])


def test_followup_panel_adds_and_removes_records(qtbot, workspace, no_dialogs, qtmodeltester, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    panel = tab.followup
    assert not panel.assessments.isEnabled()
    _fill(tab.form)
    assert tab.save()
    assert panel.assessments.isEnabled()
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData("review_2018"))
    type_text(panel.notes_edit, "Mô hình duy trì tốt")
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_Return)
    type_text(panel.description_edit, "Chuyên trang “Người tốt – việc tốt” báo Hà Giang")
    panel.activity_combo.setCurrentIndex(panel.activity_combo.findData("media"))
    qtbot.mouseClick(panel.activities.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.commendations.add_button, Qt.MouseButton.LeftButton)  # no title: refused
    assert no_dialogs[-1][0] == "warning"
    type_text(panel.title_edit, "Giấy khen của Chủ tịch UBND huyện")
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    data = followup_service.get_followup(workspace, tab._current_id)
    assert data.assessments[0].notes == "Mô hình duy trì tốt"
    assert data.activities[0].kind == "media"
    assert data.commendations[0].title == "Giấy khen của Chủ tịch UBND huyện"
    for section in (panel.assessments, panel.activities, panel.commendations):
        assert section.model.rowCount() == 1
        qtmodeltester.check(section.model)
    panel.activities.table.selectRow(0)
    qtbot.mouseClick(panel.activities.remove_button, Qt.MouseButton.LeftButton)
    assert followup_service.get_followup(workspace, tab._current_id).activities == ()
    qtmodeltester.check(tab.history.model)


def test_followup_dates_start_on_the_windows_day_not_the_computers(qtbot, workspace, no_dialogs, open_window):
    window = open_window(workspace, active=True, tab="nominations_tab")
    window.dashboard_tab.set_as_of(date(2019, 6, 3))  # the clerk looks at June 2019
    tab = window.nominations_tab
    _fill(tab.form)
    assert tab.save()
    panel = tab.followup
    for edit in (panel.assessed_edit, panel.held_edit, panel.awarded_edit):
        assert edit.date().toPython() == date(2019, 6, 3)
    assert panel.stage_combo.currentData() == "followup_2019"
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_Return)
    assert [a.assessed_on for a in followup_service.get_followup(workspace, tab._current_id).assessments] == [
        date(2019, 6, 3)
    ]
    # A stage whose window does not hold the day: refused in plain words, nothing written.
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData("final_2020"))
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_Return)
    assert no_dialogs[-1][0] == "warning"
    assert "2020" in no_dialogs[-1][1]
    assert len(followup_service.get_followup(workspace, tab._current_id).assessments) == 1


def test_followup_dates_start_in_the_plans_years_when_the_window_looks_at_a_later_day(
    qtbot, workspace, no_dialogs, open_window
):
    window = open_window(workspace, active=True, tab="nominations_tab")
    window.dashboard_tab.set_as_of(date(2026, 12, 7))  # a fresh database, typed up years later
    tab = window.nominations_tab
    _fill(tab.form)
    assert tab.save()
    panel = tab.followup
    for edit in (panel.assessed_edit, panel.held_edit, panel.awarded_edit):
        assert edit.date().toPython() == date(2020, 12, 31)  # the follow-up's last day
    assert panel.stage_combo.currentData() == "final_2020"
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_Return)
    assert no_dialogs == []
    assert [a.assessed_on for a in followup_service.get_followup(workspace, tab._current_id).assessments] == [
        date(2020, 12, 31)
    ]


def test_filtered_nomination_model_passes_the_model_tester(qtbot, demo_workspace, qtmodeltester, open_window):
    tab = open_window(demo_workspace, active=True, tab="nominations_tab").nominations_tab
    qtmodeltester.check(tab.model)
    tab.filter_bar.kind_combo.setCurrentIndex(tab.filter_bar.kind_combo.findData("collective"))
    qtmodeltester.check(tab.model)
    assert all(tab.model.row_at(r).kind == "collective" for r in range(tab.model.rowCount()))


def test_unsaved_form_is_kept_as_a_draft_and_restored_in_a_new_window(
    qtbot, workspace, no_dialogs, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    _fill(tab.form, name="Hộ bà Lò Thị Mai", kind="household", field="2.8", tick_all=False)
    qtbot.waitUntil(lambda: drafts.draft_path(workspace).exists(), timeout=3000)
    second = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    assert second.form.name_edit.text() == "Hộ bà Lò Thị Mai"
    assert second.form.kind() == NomineeKind.HOUSEHOLD
    assert second.has_unsaved_changes()
    assert second.draft_banner.isVisible()
    assert second.save()
    assert not drafts.draft_path(workspace).exists()
    assert not second.draft_banner.isVisible()
    tab._dirty = False


@pytest.mark.parametrize("answer_discard", [True])
def test_discarding_the_restored_typing_removes_the_draft(qtbot, workspace, answer_discard, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    type_text(tab.form.name_edit, "Nguyễn Văn Tạm")
    tab.write_draft()
    second = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    assert second.draft_banner.isVisible()
    qtbot.mouseClick(second.discard_draft_button, Qt.MouseButton.LeftButton)
    assert second.form.name_edit.text() == ""
    assert not second.has_unsaved_changes()
    assert drafts.load_draft(workspace) is None
    tab._dirty = False


def test_bulk_override_reason_is_kept_only_on_the_ineligible(qtbot, workspace, no_dialogs, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    ids = {}
    for name, tick in (("Lò Văn Tỉnh", True), ("Sùng Mí Chá", False)):
        tab.new_nomination()
        _fill(tab.form, name=name, tick_all=tick)
        assert tab.save()
        ids[name] = tab._current_id
    tab.table.selectAll()
    tab.bulk_change_status()
    dialog = tab.status_dialog
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("selected"))
    type_text(dialog.override_edit, "Đề nghị của xã")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.status_worker is None)
    eligible = svc.get_nomination(workspace, ids["Lò Văn Tỉnh"])
    ineligible = svc.get_nomination(workspace, ids["Sùng Mí Chá"])
    assert eligible.override_reason is None
    assert eligible.history[-1].reason is None
    assert ineligible.override_reason == "Đề nghị của xã"
    assert ineligible.history[-1].reason == "Đề nghị của xã"


def test_new_form_keeps_the_last_unit_day_and_channel_and_a_unique_unit_needs_no_popup(
    qtbot, workspace, no_dialogs, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    form = tab.form
    _fill(form, unit="", received=date(2018, 4, 12))
    # Folded text, not picked from the popup (typing would open the completer's popup, which
    # the offscreen platform answers with warnings), then Tab away.
    form.unit_picker.setEditText("lung cu")
    form.unit_picker.lineEdit().editingFinished.emit()
    assert form.unit_picker.currentText() == "Xã Lũng Cú (00715)"
    assert form.unit_picker.code() == LUNG_CU
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("email"))
    assert tab.save()
    _ctrl(qtbot, form.name_edit, Qt.Key.Key_N)
    assert form.name_edit.text() == ""
    assert form.unit_picker.code() == LUNG_CU
    assert form.to_input().received_on == date(2018, 4, 12)
    assert form.to_input().channel == "email"
    assert not [w for w in qtbot_top_levels() if w.isVisible() and w is not tab.window()]


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_an_other_field_and_a_typed_honour_through_the_form(qtbot, workspace, no_dialogs, open_window):
    """III.2 "một số lĩnh vực": the open field takes a title; the honours ("như: …") are examples."""
    from tests.core.test_plan_paths import quoted

    quoted("Tiêu chí lựa chọn cụ thể một số lĩnh vực")
    quoted("danh hiệu vinh dự của Nhà nước như")
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    form = tab.form
    assert not form.field_title_edit.isVisible()
    _fill(form, kind="collective", field="khac", name="Tổ hòa giải thôn Lũng Cú")
    assert form.field_title_edit.isVisible()  # only the open field asks for a title
    assert form.checklist.codes() == [c.code for c in workspace.plan.general_criteria]
    assert "✔" in form.eligibility_label.text()  # the general criteria alone
    type_text(form.field_title_edit, "Tư pháp")
    form.honour_combo.setEditText("Huân chương Bảo vệ Tổ quốc hạng Ba")  # not one of the plan's
    assert tab.save()
    saved = svc.list_nominations(workspace)[0]
    detail = svc.get_nomination(workspace, saved.id).data
    assert (detail.field_code, detail.field_title) == ("khac", "Tư pháp")
    assert detail.target_honour == "Huân chương Bảo vệ Tổ quốc hạng Ba"
    assert tab.model.data(tab.model.index(0, NominationTableModel.COL_FIELD)) == "khac: Tư pháp"
    form.load(svc.get_nomination(workspace, saved.id).data)  # what was typed comes back as typed
    assert form.honour_combo.currentText() == "Huân chương Bảo vệ Tổ quốc hạng Ba"
    assert form.field_title_edit.text() == "Tư pháp"
    form.honour_combo.setCurrentIndex(form.honour_combo.findData("Nhà giáo ưu tú"))
    assert form.to_input().target_honour == "Nhà giáo ưu tú"
