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
    assert model.rowCount() == 30
    qtmodeltester.check(model)
    model.sort(3)
    qtmodeltester.check(model)


def test_rows_table_model(qtmodeltester):
    model = RowsTableModel([Column("x", str), Column("y", lambda r: str(r * 2), numeric=True)])
    model.set_rows([1, 2, 3])
    qtmodeltester.check(model)
