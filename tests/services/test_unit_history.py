"""A directory that remembers (#24): dated renames, merges that move nominations, links after closing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hagiang_desktop.services import (
    dashboard,
    directory_io,
    exporting,
    nominations,
    unit_edits,
    unit_history,
    units,
)
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.unit_edits import EditErrorCode, UnitEditError
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import AuditEvent, NominationMove

DONG_VAN = "026"
LUNG_CU = "00715"


def _selected_unit(ws) -> str:
    """A commune of Đồng Văn with a selected model on the demo (it is on the list export), not one
    of the successors the tests merge or split it into (Lũng Cú, Má Lé)."""
    listed = nominations.list_nominations(ws, NominationFilter(unit_ids=office_scope(ws).unit_ids), sort="id")
    successors = (LUNG_CU, "00718")
    return next(
        n.unit_code
        for n in listed
        if n.status == "selected" and n.unit_code.startswith("00") and n.unit_code not in successors
    )


def _names(rows):
    return {r.code: r.name for r in rows}


def test_a_rename_from_a_day_keeps_the_old_name_before_it(demo_workspace, tmp_path):
    ws = demo_workspace
    code = _selected_unit(ws)
    old = units.get_unit(ws, code).name
    dong_van = units.get_unit(ws, DONG_VAN)
    unit_history.change_unit(ws, code, date(2020, 1, 1), name="Thị trấn Mới", short_name="Mới")

    # The tree (children of Huyện Đồng Văn), as of 2019 and 2020.
    assert _names(units.children(ws, dong_van.id, as_of=date(2019, 12, 31)))[code] == old
    assert _names(units.children(ws, dong_van.id, as_of=date(2020, 1, 1)))[code] == "Thị trấn Mới"
    # The list as of each day, and a search by the name of that day.
    assert _names(units.list_units(ws, as_of=date(2019, 6, 1), parent_code=DONG_VAN))[code] == old
    assert _names(units.list_units(ws, as_of=date(2020, 6, 1)))[code] == "Thị trấn Mới"
    assert code not in _names(units.list_units(ws, as_of=date(2019, 6, 1), search="thi tran moi"))
    assert code in _names(units.list_units(ws, as_of=date(2020, 6, 1), search="thi tran moi"))
    # Now (no day): the new name, as before.
    assert units.get_unit(ws, code).name == "Thị trấn Mới"

    # The registration list exported on a day of 2019 names the unit as it was then.
    def registering_units(day):
        out = tmp_path / f"ds-{day}.xlsx"
        exporting.export_list_xlsx(ws, out, day=day)
        return {str(c.value) for row in load_workbook(out)["Danh sách"].iter_rows() for c in row if c.value}

    assert old in registering_units(date(2019, 6, 1))
    assert "Thị trấn Mới" not in registering_units(date(2019, 6, 1))
    assert "Thị trấn Mới" in registering_units(date(2020, 6, 1))

    [before, after] = unit_history.history(ws, code)
    assert (before.name, before.valid_to, after.name, after.valid_from) == (
        old, date(2019, 12, 31), "Thị trấn Mới", date(2020, 1, 1)
    )  # fmt: skip
    # Changes are recorded in the order of their days.
    with pytest.raises(UnitEditError) as refused:
        unit_history.change_unit(ws, code, date(2019, 7, 1), name="Xã Cũ")
    assert refused.value.code == EditErrorCode.CHANGE_ORDER


def _registrations(ws, day):
    return {r.code: r.eligible + r.ineligible for r in dashboard.unit_table(ws, office_scope(ws), day)}


def test_a_merge_moves_the_nominations_and_the_dashboard_follows_them(demo_workspace):
    ws = demo_workspace
    gone = _selected_unit(ws)
    theirs = [n.id for n in nominations.list_nominations(ws) if n.unit_code == gone]
    assert theirs
    spring_2018 = _registrations(ws, date(2018, 4, 20))
    moved = unit_history.merge_units(ws, [gone], LUNG_CU, date(2019, 12, 1), legal_basis="Nghị quyết 1/NQ")
    assert moved == len(theirs)
    assert {n.unit_code for n in nominations.list_nominations(ws) if n.id in theirs} == {LUNG_CU}
    assert units.get_unit(ws, gone).valid_to == date(2019, 11, 30)
    with ws.reading() as s:
        assert len(s.scalars(select(NominationMove)).all()) == len(theirs)
        audited = s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "move")).all()
    assert {int(a) for a in audited} == set(theirs)
    assert {link.kind for link in units.links(ws, gone)} == {"merge"}

    # Before the merge the dashboard is as it was; from it, the models count under Lũng Cú and
    # the closed commune is no longer listed.
    assert _registrations(ws, date(2018, 4, 20)) == spring_2018
    later = _registrations(ws, date(2020, 6, 1))
    assert gone not in later
    assert later[LUNG_CU] == spring_2018[LUNG_CU] + spring_2018[gone]


def test_a_split_sends_each_nomination_where_chosen(demo_workspace):
    ws = demo_workspace
    gone = _selected_unit(ws)
    theirs = [n.id for n in nominations.list_nominations(ws) if n.unit_code == gone]
    with pytest.raises(UnitEditError) as refused:  # every nomination needs its successor
        unit_history.split_unit(ws, gone, [LUNG_CU, "00718"], date(2019, 12, 1), {})
    assert refused.value.code == EditErrorCode.NEEDS_CHOICE
    assert units.get_unit(ws, gone).valid_to is None  # nothing written
    choices = {nid: (LUNG_CU if i % 2 == 0 else "00718") for i, nid in enumerate(theirs)}
    unit_history.split_unit(ws, gone, [LUNG_CU, "00718"], date(2019, 12, 1), choices)
    now = {n.id: n.unit_code for n in nominations.list_nominations(ws) if n.id in theirs}
    assert now == choices


def test_a_link_dated_after_the_closing_is_refused(workspace):
    unit_edits.close_unit(workspace, "00718", date(2019, 11, 30))
    with pytest.raises(UnitEditError) as refused:
        unit_edits.add_link(
            workspace, predecessor_code="00718", successor_code=LUNG_CU, kind="merge",
            legal_basis="Nghị quyết", legal_date=date(2019, 12, 15),
        )  # fmt: skip
    assert refused.value.code == EditErrorCode.AFTER_CLOSING
    assert units.links(workspace, "00718") == []
    unit_edits.add_link(
        workspace, predecessor_code="00718", successor_code=LUNG_CU, kind="merge",
        legal_basis="Nghị quyết", legal_date=date(2019, 12, 1),
    )  # fmt: skip
    assert len(units.links(workspace, "00718")) == 1


FIXTURE_2025 = Path(__file__).parents[1] / "fixtures" / "units-2025-tuyen-quang.csv"


def _views(ws, day):
    """What a clerk sees of the directory and the dashboard as of a day."""
    listed = [(u.code, u.name, u.kind, u.parent_code) for u in units.list_units(ws, as_of=day)]
    tree = [(u.code, u.name) for u in units.children(ws, units.get_unit(ws, DONG_VAN).id, as_of=day)]
    board = [
        (r.code, r.name, r.eligible, r.ineligible, r.counted, r.verdict.received)
        for r in dashboard.unit_table(ws, office_scope(ws), day)
    ]
    return listed, tree, board


def test_the_2025_change_loads_as_a_dated_import_and_2018_is_unchanged(demo_workspace, tmp_path):
    ws = demo_workspace
    spring_2018 = _views(ws, date(2018, 4, 20))
    end_2020 = _views(ws, date(2020, 12, 31))
    lung_cu_models = [n.id for n in nominations.list_nominations(ws) if n.unit_code in (LUNG_CU, "00718")]

    preview = directory_io.preview_import(ws, FIXTURE_2025)
    assert preview.errors == []
    assert {c.row.code for c in preview.added} == {"08", "TQ-LUNGCU"}
    assert {c.row.code for c in preview.closed} == {"02", DONG_VAN, "027", LUNG_CU, "00718"}
    directory_io.apply_import(ws, preview)

    assert _views(ws, date(2018, 4, 20)) == spring_2018
    assert _views(ws, date(2020, 12, 31)) == end_2020
    # From 1 July 2025: Tuyên Quang, no district; the merged commune holds the old ones' models.
    july = {u.code: u for u in units.list_units(ws, as_of=date(2025, 7, 1))}
    assert not {DONG_VAN, "02", LUNG_CU} & july.keys()
    assert july["TQ-LUNGCU"].parent_code == "08"
    assert (july["00721"].name, july["00721"].parent_code) == ("Xã Đồng Văn", "08")
    assert {n.unit_code for n in nominations.list_nominations(ws) if n.id in lung_cu_models} == {"TQ-LUNGCU"}
    assert [h.name for h in unit_history.history(ws, "00721")] == ["Thị trấn Đồng Văn", "Xã Đồng Văn"]

    # The export carries the links and the earlier names; a fresh 2018 directory takes them back.
    out = tmp_path / "don-vi.csv"
    directory_io.export_directory(ws, out)
    fresh = open_workspace(tmp_path / "fresh.sqlite3")
    try:
        again = directory_io.preview_import(fresh, out)
        assert again.errors == []
        directory_io.apply_import(fresh, again)
        assert [h.name for h in unit_history.history(fresh, "00721")] == ["Thị trấn Đồng Văn", "Xã Đồng Văn"]
        assert [(link.kind, link.successor_code) for link in units.links(fresh, LUNG_CU)] == [
            ("merge", "TQ-LUNGCU")
        ]
        # The same units (row_version counts each database's own saves, #22: not compared).
        assert _unversioned(units.list_units(fresh, as_of=date(2018, 4, 20))) == _unversioned(
            units.list_units(ws, as_of=date(2018, 4, 20))
        )
    finally:
        fresh.close()


def _unversioned(rows: list[units.UnitRow]) -> list[units.UnitRow]:
    """The rows without their row version (how many saves each database made, #22)."""
    from dataclasses import replace

    return [replace(row, row_version=0) for row in rows]
