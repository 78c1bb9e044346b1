from datetime import date

from PySide6.QtCore import Qt

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def test_fill_the_form_in_the_real_window_and_find_the_row(qtbot, workspace, no_dialogs, open_window):
    window = open_window(workspace, active=True)
    tab = window.nominations_tab
    window.tabs.setCurrentWidget(tab)
    form = tab.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("household"))
    assert [form.field_combo.itemData(i) for i in range(form.field_combo.count())] == ["2.8", "khac"]
    type_text(form.name_edit, "Hộ ông Vàng Mí Dín")
    form.unit_picker.set_code("00715")
    type_text(form.village_edit, "Thôn Lũng Cú")
    type_text(form.achievements_edit, "Nuôi 40 đàn ong bạc hà ở Mèo Vạc")
    for code in form.checklist.codes():
        qtbot.mouseClick(form.checklist.box(code), Qt.MouseButton.LeftButton)
    assert "✔" in form.eligibility_label.text()
    assert tab.has_unsaved_changes()
    form.name_edit.setFocus()
    qtbot.waitUntil(form.name_edit.hasFocus)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not no_dialogs
    assert not tab.has_unsaved_changes()
    rows = svc.list_nominations(workspace, NominationFilter(search="vang mi din"))
    assert len(rows) == 1
    detail = svc.get_nomination(workspace, rows[0].id)
    assert detail.data.kind == NomineeKind.HOUSEHOLD
    assert detail.data.village == "Thôn Lũng Cú"
    assert detail.data.achievements == "Nuôi 40 đàn ong bạc hà ở Mèo Vạc"
    assert detail.eligible
    assert tab.model.rowCount() == 1


def test_switching_field_keeps_general_ticks_and_names_dropped_ones(qtbot, workspace, open_window):
    window = open_window(workspace, active=True)
    form = window.nominations_tab.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("individual"))
    form.field_combo.setCurrentIndex(form.field_combo.findData("2.3"))
    form.checklist.box("III.1.2").setChecked(True)
    form.checklist.box("2.3.b.1").setChecked(True)
    form.field_combo.setCurrentIndex(form.field_combo.findData("2.4"))
    assert set(form.checklist_state()) == {"III.1.2"}
    assert form.dropped_codes == ["2.3.b.1"]
    assert "2.3.b.1" in form.dropped_label.text()


def test_window_shows_the_office_and_database_and_unit_tree(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace, active=True)
    assert "Phòng Nội vụ huyện Đồng Văn" in window.windowTitle()
    assert str(demo_workspace.db.path) in window.db_label.toolTip()
    tree = window.units_tab.model
    assert tree.data(tree.index(0, 0)) == "Tỉnh Hà Giang"


def test_unit_search_keeps_ancestors_visible(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace, active=True)
    tab = window.units_tab
    tab.search_edit.setText("hoàng su phì")
    tab.apply_search()
    model = tab.model
    province = model.index(0, 0)
    assert model.data(province) == "Tỉnh Hà Giang"
    district_names = [model.data(model.index(r, 0, province)) for r in range(model.rowCount(province))]
    assert "Huyện Hoàng Su Phì" in district_names
    tab.search_edit.setText("Hoang Su Phi")
    tab.apply_search()
    assert model.rowCount(model.index(0, 0)) == len(district_names)


def test_dashboard_as_of_selector_recomputes(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace, active=True)
    board = window.dashboard_tab
    qtbot.waitUntil(lambda: board.unit_model.rowCount() > 0)  # computed in a worker
    rows_before = {r.code: r for r in board.unit_model.rows()}
    assert rows_before["026"].verdict.days_left == 6  # 20/4 → last day 26/4
    with qtbot.waitSignal(board.refreshed):
        board.set_as_of(date(2018, 4, 1))
    rows_after = {r.code: r for r in board.unit_model.rows()}
    assert all(r.verdict.received == 0 for r in rows_after.values())


def test_the_window_fits_a_laptop_screen_in_vietnamese(qtbot, qapp, demo_workspace, example_blocs):
    """Long field and group names must not push the window past a 1366-pixel-wide screen."""
    from hagiang_desktop.services import group_io
    from hagiang_desktop.ui import i18n

    assert group_io.import_groups(demo_workspace, example_blocs).errors == []

    i18n.install_translator(qapp, "vi")
    try:
        window = MainWindow(demo_workspace)
        qtbot.addWidget(window)
        window.show()
        for index in range(window.tabs.count()):  # the dashboard is built when first shown
            window.tabs.setCurrentIndex(index)
            qtbot.waitExposed(window)
        assert window.tabs.tabText(1).replace("&", "") == "Mô hình đăng ký"
        assert window.minimumSizeHint().width() <= 1366
    finally:
        for translator in list(i18n._installed):
            qapp.removeTranslator(translator)
        i18n._installed.clear()
