"""The unit dialogs' details a clerk tripped over (#17): the edited unit's parent is shown, a new
unit starts on the directory's day, and a refusal puts the cursor on the empty field."""

from __future__ import annotations

from datetime import date

from hagiang_desktop.services import units as unit_service
from hagiang_desktop.ui.dialogs.unit_dialogs import UnitEditDialog


def test_editing_a_unit_shows_its_parent(qtbot, workspace):
    unit = unit_service.get_unit(workspace, "026-NV")
    parent = unit_service.get_unit(workspace, unit.parent_code)
    dialog = UnitEditDialog([parent], unit_service.list_groups(workspace), unit=unit)
    qtbot.addWidget(dialog)
    assert dialog.parent_picker.code() == "026"
    assert "Đồng Văn" in dialog.parent_picker.currentText()


def test_a_new_unit_starts_on_the_directorys_day_and_a_refusal_points_at_the_empty_code(qtbot, workspace):
    dialog = UnitEditDialog([], unit_service.list_groups(workspace), view_day=date(2018, 4, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.from_edit.date().toPython() == date(2018, 4, 20)
    dialog.name_edit.setText("Hợp tác xã Chè Shan tuyết")
    dialog.name_edit.setFocus()
    dialog.focus_first_missing()
    assert dialog.focusWidget() is dialog.code_edit


def test_adding_a_unit_shows_no_stray_change_date(qtbot, workspace):
    """Seen at 1366×768 (#17): "A change from" belongs to editing; when adding, its date box sat
    loose over the dialog's top left corner."""
    dialog = UnitEditDialog([], unit_service.list_groups(workspace), view_day=date(2018, 4, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.changed_edit.isVisible()
    assert not dialog.changed_check.isVisible()
    assert dialog.values()["changed_from"] is None


def test_a_new_units_kind_starts_from_its_parent(qtbot, workspace):
    """Under a commune a new unit is a village, not another commune; under a district a commune."""
    lung_cu = unit_service.get_unit(workspace, "00715")
    dong_van = unit_service.get_unit(workspace, "026")
    for parent, kind in ((lung_cu, "village"), (dong_van, "commune")):
        dialog = UnitEditDialog(
            [parent],
            unit_service.list_groups(workspace),
            parent_code=parent.code,
            lookup=lambda c, p=parent: p,
        )
        qtbot.addWidget(dialog)
        assert dialog.kind_combo.currentData() == kind, parent.code


def test_an_empty_code_is_asked_for_not_called_spaced(qtbot):
    """An empty code was refused with "Enter a code without spaces", which it had none of."""
    from hagiang_desktop.services.unit_edits import EditErrorCode, UnitEditError
    from hagiang_desktop.ui.dialogs.unit_dialogs import edit_error_text

    text = edit_error_text(UnitEditError(EditErrorCode.BAD_CODE, ""))
    assert text.startswith("Enter the unit's code")


def test_editing_a_unit_without_a_start_offers_the_directorys_day(qtbot, workspace):
    """Seen at 1366×768 (#17): editing a unit with no start date offered today (07/12/2026) while
    the directory showed 20/04/2018; ticking "date known" then dated it eight years late."""
    from hagiang_desktop.core.kinds import UnitKind
    from hagiang_desktop.services.unit_edits import add_unit

    add_unit(workspace, code="00715-C1", name="Hợp tác xã Nông nghiệp Lũng Cú", kind=UnitKind.COOPERATIVE,
             parent_code="00715")  # fmt: skip
    unit = unit_service.get_unit(workspace, "00715-C1")
    assert unit.valid_from is None
    dialog = UnitEditDialog([], unit_service.list_groups(workspace), unit=unit, view_day=date(2018, 4, 20))
    qtbot.addWidget(dialog)
    assert not dialog.from_check.isChecked()
    assert dialog.from_edit.date().toPython() == date(2018, 4, 20)
