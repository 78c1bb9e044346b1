"""The dashboard and the directory open where the clerk works (#17): the tree at the office's
district, and a double-click on a unit's dashboard row shows that unit's nominations."""

from __future__ import annotations

from datetime import date

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.scope import office_scope


def test_the_tree_opens_at_the_offices_district(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace, as_of=date(2018, 4, 26))
    tab = window.units_tab
    tree = tab.tree
    district = office_scope(demo_workspace).root
    # A district clerk sees the district's units, not the province's thirty departments...
    assert tree.rootIndex().data() == district.name  # Huyện Đồng Văn
    shown = {
        tab.model.index(r, 0, tree.rootIndex()).data() for r in range(tab.model.rowCount(tree.rootIndex()))
    }
    assert "Phòng Nội vụ huyện Đồng Văn" in shown
    assert "Ban Dân tộc tỉnh Hà Giang" not in shown
    # ...and the whole province one tick away; a search always looks through all of it.
    assert tab.province_check.isVisible()
    tab.province_check.setChecked(True)
    assert not tree.rootIndex().isValid()
    tab.province_check.setChecked(False)
    assert tree.rootIndex().data() == district.name
    tab.search_edit.setText("ban dan toc")
    tab.apply_search()
    assert not tree.rootIndex().isValid()


def test_double_clicking_a_unit_on_the_dashboard_shows_its_nominations(qtbot, demo_workspace, open_window):
    window = open_window(demo_workspace, as_of=date(2018, 4, 26))
    dashboard = window.dashboard_tab
    qtbot.waitUntil(lambda: not dashboard.computing())
    model = dashboard.unit_view.model()
    rows = [model.index(r, 0).data(model.RowRole) for r in range(model.rowCount())]
    busy = next(r for r in rows if r.eligible + r.ineligible > 0 and r.kind == "commune")
    view = dashboard.unit_view
    index = next(model.index(r, 0) for r in range(model.rowCount()) if rows[r].code == busy.code)
    view.doubleClicked.emit(index)
    tab = window.nominations_tab
    assert window.tabs.currentWidget() is tab
    expected = svc.count_nominations(demo_workspace, NominationFilter(registering_unit_code=busy.code))
    assert expected > 0
    assert tab.model.rowCount() == expected
    assert all(tab.model.row_at(i).unit_code == busy.code for i in range(tab.model.rowCount()))


def test_an_office_with_no_units_under_it_still_sees_the_directory(qtbot, demo_workspace, open_window):
    """A department's office (the Sở Nội vụ before the province's inbox mode is on) covers no unit
    but itself: the tree opened at it and showed nothing at all."""
    from hagiang_desktop.services.scope import set_office

    set_office(demo_workspace, "02-SNV")
    window = open_window(demo_workspace, as_of=date(2018, 4, 26))
    tab = window.units_tab
    tree = tab.tree
    assert tab.model.rowCount(tree.rootIndex()) > 0  # not an empty tree
    assert tree.currentIndex().data() == "Sở Nội vụ tỉnh Hà Giang"  # the office, selected
