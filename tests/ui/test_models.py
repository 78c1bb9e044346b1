from PySide6.QtCore import Qt

from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services import units
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.models.unit_tree_model import UnitTreeModel


def test_unit_tree_model(qtmodeltester, demo_workspace):
    model = UnitTreeModel(lambda uid: units.children(demo_workspace, uid), ["a", "b", "c"], str)
    qtmodeltester.check(model)
    province = model.index(0, 0)
    model.fetchMore(province)
    assert model.rowCount(province) > 11
    qtmodeltester.check(model)


def test_nomination_table_model(qtmodeltester, demo_workspace):
    scope = office_scope(demo_workspace)
    model = NominationTableModel(
        fetch=lambda f, s, d, o, limit: svc.list_nominations(
            demo_workspace, f, sort=s, descending=d, offset=o, limit=limit
        ),
        count=lambda f: svc.count_nominations(demo_workspace, f),
        headers=list("abcdefgh"),
        formatters=dict.fromkeys(
            ("kind", "status", "eligible", "supplement", "date", "not_eligible_tip"), str
        ),
    )
    model.set_filter(svc.NominationFilter(unit_ids=set(scope.unit_ids)))
    assert model.rowCount() == 60  # every demo registration is the office's
    qtmodeltester.check(model)
    model.sort(3)
    qtmodeltester.check(model)


def test_rows_table_model(qtmodeltester):
    model = RowsTableModel([Column("x", str), Column("y", lambda r: str(r * 2), numeric=True)])
    model.set_rows([1, 2, 3])
    qtmodeltester.check(model)


def _names_model(rows):
    model = RowsTableModel(
        [Column("name", lambda r: r[0] or "", sort_value=lambda r: r[0]), Column("n", lambda r: str(r[1]))]
    )
    model.set_rows(rows)
    return model


def _shown(model):
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_rows_table_model_sorts_its_own_rows_in_vietnamese_order(qtmodeltester):
    from PySide6.QtCore import QPersistentModelIndex, Qt

    model = _names_model([("Đinh", 1), ("Zed", 2), ("Cao Bằng", 3), (None, 4), ("Cà Mau", 5), ("Dung", 6)])
    kept = QPersistentModelIndex(model.index(0, 1))  # "Đinh", second column
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert _shown(model) == ["", "Cà Mau", "Cao Bằng", "Dung", "Đinh", "Zed"]
    assert (kept.row(), kept.column(), kept.data()) == (4, 1, "1")  # the selection follows its row
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _shown(model) == ["Zed", "Đinh", "Dung", "Cao Bằng", "Cà Mau", ""]
    # New rows come in the chosen order; a filter keeps it.
    model.set_rows([("Bắc Mê", 1), ("Bắc Quang", 2), ("Ba Bể", 3)])
    assert _shown(model) == ["Bắc Quang", "Bắc Mê", "Ba Bể"]
    model.set_filter(lambda r: r[1] != 2)
    qtmodeltester.check(model)
    assert _shown(model) == ["Bắc Mê", "Ba Bể"]
    assert len(model.all_rows()) == 3
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _shown(model) == ["Ba Bể", "Bắc Mê"]
    model.set_filter(None)
    assert _shown(model) == ["Ba Bể", "Bắc Mê", "Bắc Quang"]


def test_rows_table_model_sort_is_stable_and_numbers_sort_as_numbers():
    from PySide6.QtCore import Qt

    model = RowsTableModel([Column("name", lambda r: r[0]), Column("n", lambda r: str(r[1]), lambda r: r[1])])
    model.set_rows([("a", 10), ("b", 9), ("c", 10), ("d", 100)])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _shown(model) == ["b", "a", "c", "d"]  # 9 < 10 = 10 < 100, ties in their earlier order
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _shown(model) == ["d", "a", "c", "b"]


def test_a_header_layout_saved_with_more_columns_is_harmless(qtbot):
    """A clerk's saved column layout from another version must not break the table."""
    from PySide6.QtWidgets import QTableView

    wide = QTableView()
    qtbot.addWidget(wide)
    wide.setModel(RowsTableModel([Column(c, str) for c in "abcd"]))
    state = wide.horizontalHeader().saveState()

    narrow = QTableView()
    qtbot.addWidget(narrow)
    model = RowsTableModel([Column("a", str), Column("b", str)])
    model.set_rows(["x", "y"])
    narrow.setModel(model)
    narrow.horizontalHeader().restoreState(state)
    narrow.show()
    qtbot.waitExposed(narrow)
    narrow.grab()  # paints the header: every section it asks for has a title or none
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "b"


def test_the_models_share_one_header_implementation():
    from hagiang_desktop.ui.models.headers import ColumnTitles
    from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel
    from hagiang_desktop.ui.models.rows_table_model import RowsTableModel
    from hagiang_desktop.ui.models.unit_tree_model import UnitTreeModel

    for model in (NominationTableModel, RowsTableModel, UnitTreeModel):
        assert model.headerData is ColumnTitles.headerData
