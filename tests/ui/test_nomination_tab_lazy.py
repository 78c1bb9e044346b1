"""The nominations tab at province scale (#11): what it reads when it opens, and what it frees.

The tab must open without reading the directory's units (20,000 for the province), count and
fetch the list once, and a tab rebuilt for another office must really go away.
"""

import gc
import weakref

from PySide6.QtCore import Qt
from sqlalchemy import event

from hagiang_desktop.services import nominations as nomination_service
from hagiang_desktop.services import units as unit_service
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.ui.models import nomination_table_model
from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab
from tests.ui.test_nomination_entry import LUNG_CU


def _record_sql(ws):
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()).lower())

    event.listen(ws.db.engine, "before_cursor_execute", record)
    return statements, lambda: event.remove(ws.db.engine, "before_cursor_execute", record)


def _pages(statements: list[str]) -> list[str]:
    return [s for s in statements if "from nomination join unit" in s and " limit " in s]


def test_the_tab_opens_without_the_unit_list_and_counts_the_list_once(qtbot, demo_workspace):
    statements, stop = _record_sql(demo_workspace)
    try:
        tab = NominationEntryTab(demo_workspace, office_scope(demo_workspace))
        qtbot.addWidget(tab)
        tab.show()
        # The first page is fetched when the table paints; then let the events settle.
        qtbot.waitUntil(lambda: bool(_pages(statements)), timeout=3000)
        qtbot.wait(50)
    finally:
        stop()
    counts = [s for s in statements if s.startswith("select count(")]
    pages = _pages(statements)
    assert len(counts) == 1
    assert len(pages) == 1
    units = tab.form.member_unit_picker.model()
    assert tab.form.unit_picker.model() is units is tab.filter_bar.unit_picker.model()
    assert not units.loaded
    assert units.rowCount() <= 2  # the empty entry and at most the office's own unit
    assert tab.model.rowCount() > 0


def test_entering_a_picker_reads_the_units_and_keeps_the_choice(
    qtbot, workspace, no_dialogs, qtmodeltester, open_window
):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    form = tab.form
    form.field_combo.setCurrentIndex(form.field_combo.findData("2.3"))
    form.name_edit.setText("Giàng Thị Mỷ")
    form.unit_picker.set_code(LUNG_CU)
    assert form.unit_picker.currentText() == "Xã Lũng Cú (00715)"
    assert tab.save()
    saved_id = tab._current_id
    tab.new_nomination()
    tab.open_nomination(saved_id)
    units = form.unit_picker.model()
    assert not units.loaded
    assert form.unit_picker.code() == LUNG_CU
    qtmodeltester.check(units)

    # The clerk tabs into the unit's box (the focus arrives once the window is active).
    form.unit_picker.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(form.unit_picker.hasFocus, timeout=3000)
    assert units.loaded
    assert units.rowCount() == len(unit_service.list_units(workspace)) + 1
    assert form.unit_picker.currentText() == "Xã Lũng Cú (00715)"
    assert form.unit_picker.code() == LUNG_CU
    assert tab.filter_bar.unit_picker.code() is None
    assert not tab.has_unsaved_changes()
    qtmodeltester.check(units)


def test_the_unit_filter_filters_before_and_after_the_list_is_read(qtbot, workspace, no_dialogs, open_window):
    tab = open_window(workspace, active=True, tab="nominations_tab").nominations_tab
    form = tab.form
    form.field_combo.setCurrentIndex(form.field_combo.findData("2.3"))
    form.name_edit.setText("Giàng Thị Mỷ")
    form.unit_picker.set_code(LUNG_CU)
    assert tab.save()
    picker = tab.filter_bar.unit_picker
    picker.set_code("026")
    assert tab.model.rowCount() == 0
    picker.set_code(LUNG_CU)
    assert tab.model.rowCount() == 1
    assert not picker.model().loaded
    # The clerk clicks into the box (showing the popup warns on the offscreen platform).
    picker.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: picker.model().loaded, timeout=3000)
    assert picker.code() == LUNG_CU
    assert tab.model.rowCount() == 1
    tab.filter_bar.clear()
    assert picker.code() is None
    assert tab.model.rowCount() == 1


def test_sorting_reads_one_page_and_the_order_in_force_nothing(qtbot, demo_workspace, open_window):
    tab = open_window(demo_workspace, active=True, tab="nominations_tab").nominations_tab
    with qtbot.assertNotEmitted(tab.model.modelReset):
        tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    statements, stop = _record_sql(demo_workspace)
    try:
        with qtbot.waitSignal(tab.model.modelReset, timeout=1000):
            tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        first = tab.model.row_at(0)
    finally:
        stop()
    # Another order: the same rows, not counted again; one page read, in the new order.
    assert not [s for s in statements if s.startswith("select count(")]
    assert len(_pages(statements)) == 1
    units = [tab.model.row_at(r).unit_name for r in range(tab.model.rowCount())]
    assert first.unit_name == units[0]
    assert units[0] != units[-1]
    assert tab.model.rowCount() == 60  # every demo registration is the office's


def test_the_same_filter_again_reads_nothing(qtbot, demo_workspace, open_window):
    tab = open_window(demo_workspace, active=True, tab="nominations_tab").nominations_tab
    tab.search_edit.setText("lung cu")
    with qtbot.waitSignal(tab.model.modelReset, timeout=3000):  # after the pause
        pass
    shown = tab.model.rowCount()
    tab.search_edit.setText("lung cuX")
    tab.search_edit.setText("lung cu")  # typed and erased within the pause
    with qtbot.assertNotEmitted(tab.model.modelReset):
        tab._search_timer.timeout.emit()
        tab.filter_bar.clear()  # no filter was set
    assert tab.model.rowCount() == shown > 0
    with qtbot.waitSignal(tab.model.modelReset, timeout=1000):
        tab.filter_bar.kind_combo.setCurrentIndex(tab.filter_bar.kind_combo.findData("collective"))


def test_a_tab_rebuilt_for_another_office_is_destroyed(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace, active=True, tab="nominations_tab")
    old_tab = window.nominations_tab
    old_ref = weakref.ref(old_tab)
    destroyed: list[bool] = []
    old_tab.destroyed.connect(lambda *_args: destroyed.append(True))
    window.set_scope(window.scope)
    qtbot.waitUntil(lambda: bool(destroyed), timeout=3000)
    del old_tab
    gc.collect()
    assert old_ref() is None
    assert window.tabs.indexOf(window.nominations_tab) == 1


def test_the_model_keeps_a_window_of_pages(qtbot, demo_workspace, monkeypatch, qtmodeltester):
    monkeypatch.setattr(nomination_table_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(nomination_table_model, "MAX_PAGES", 3)
    fetched: list[int] = []

    def fetch(flt, sort, descending, offset, limit):  # type: ignore[no-untyped-def]
        fetched.append(offset)
        return nomination_service.list_nominations(
            demo_workspace, flt, sort=sort, descending=descending, offset=offset, limit=limit
        )

    model = NominationTableModel(
        fetch=fetch,
        count=lambda flt: nomination_service.count_nominations(demo_workspace, flt),
        headers=list("abcdefgh"),
        formatters=dict.fromkeys(
            ("kind", "status", "eligible", "supplement", "date", "not_eligible_tip"), str
        ),
    )
    model.set_filter(nomination_service.NominationFilter())
    every = [model.row_at(r).id for r in range(model.rowCount())]
    assert every == [r.id for r in nomination_service.list_nominations(demo_workspace)]
    assert len(fetched) == (len(every) + 1) // 2  # each page once while scrolling down
    last = model.rowCount() - 1
    assert model.row_at(last).id == every[last]
    assert len(fetched) == (len(every) + 1) // 2  # the last pages are still held
    assert model.row_at(0).id == every[0]
    assert fetched[-1] == 0  # the first page was let go, and is fetched again
    qtmodeltester.check(model)
