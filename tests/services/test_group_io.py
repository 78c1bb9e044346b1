"""Importing the province's emulation blocs and clusters (#24): all or nothing, members replaced."""

from __future__ import annotations

from hagiang_desktop.services import group_io, units
from tests.cli.test_cli import run


def _file(tmp_path, text: str):
    path = tmp_path / "khoi-thi-dua.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_blocs_file_replaces_the_groups_loaded_before_and_their_members(workspace, tmp_path, example_blocs):
    assert units.list_groups(workspace) == []  # none shipped (#24)
    assert group_io.import_groups(workspace, example_blocs).errors == []
    assert len(units.list_groups(workspace)) == 4
    path = _file(
        tmp_path,
        "code,name,kind,members\n"
        "K1,Khối các cơ quan tổng hợp,bloc,02-SNV;02-STC\n"
        "C1,Cụm thi đua các huyện phía Bắc,cluster,026;027\n",
    )
    result = group_io.import_groups(workspace, path, replace=True)
    assert result.errors == []
    assert {g.code for g in units.list_groups(workspace)} == {"K1", "C1"}
    assert {u.code for u in units.list_units(workspace, group_code="C1")} == {"026", "027"}
    assert units.unit_groups(workspace, "02-SNV") == ["K1"]


def test_a_bad_row_changes_nothing(workspace, tmp_path, example_blocs):
    group_io.import_groups(workspace, example_blocs)
    before = [(g.code, g.name) for g in units.list_groups(workspace)]
    path = _file(
        tmp_path, "code,name,kind,members\nK1,Khối một,bloc,02-SNV;NOPE\nK2,,bloc,\nK3,Khối ba,khoi,\n"
    )
    result = group_io.import_groups(workspace, path, replace=True)
    assert [(e.line, e.column) for e in result.errors] == [(2, "members"), (3, "name"), (4, "kind")]
    assert [(g.code, g.name) for g in units.list_groups(workspace)] == before
    assert len(before) == 4
    db = str(workspace.db.path)
    workspace.close()
    refused = run("units", "groups-import", "--db", db, str(path))
    assert refused.returncode == 1
    assert "02-SNV" not in refused.stderr
    assert refused.stderr.count("\n") == 1


def test_nominations_of_a_cluster_are_those_of_its_units_and_below(demo_workspace, tmp_path):
    from hagiang_desktop.services import nominations
    from hagiang_desktop.services.nominations import NominationFilter

    path = _file(tmp_path, "code,name,kind,members\nC1,Cụm phía Bắc,cluster,026\nK1,Khối một,bloc,00715\n")
    assert group_io.import_groups(demo_workspace, path).errors == []
    under_dong_van = units.subtree_ids(demo_workspace, "026")
    expected = {
        n.id for n in nominations.list_nominations(demo_workspace, NominationFilter(unit_ids=under_dong_van))
    }
    assert expected
    cluster = nominations.list_nominations(demo_workspace, NominationFilter(group_code="C1"))
    assert {n.id for n in cluster} == expected
    assert nominations.count_nominations(demo_workspace, NominationFilter(group_code="C1")) == len(expected)
    lung_cu = {
        n.unit_code for n in nominations.list_nominations(demo_workspace, NominationFilter(group_code="K1"))
    }
    assert lung_cu == {"00715"}


def test_the_consolidated_list_names_each_units_bloc_or_cluster(demo_workspace, tmp_path):
    from openpyxl import load_workbook

    from hagiang_desktop.services import exporting
    from hagiang_desktop.services.scope import set_inbox_mode, set_office

    path = _file(tmp_path, "code,name,kind,members\nC1,Cụm phía Bắc,cluster,026\n")
    assert group_io.import_groups(demo_workspace, path, replace=True).errors == []
    out = tmp_path / "ds.xlsx"
    exporting.export_list_xlsx(demo_workspace, out)  # an office's own list: no bloc
    assert not any(
        "(Cụm phía Bắc)" in str(c.value) for row in load_workbook(out).active.iter_rows() for c in row
    )
    set_office(demo_workspace, "02-SNV")
    set_inbox_mode(demo_workspace, True)
    exporting.export_list_xlsx(demo_workspace, out)
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value]
    assert any(
        c.startswith("Xã ") and c.endswith(" (Cụm phía Bắc)") for c in cells
    )  # a commune: its district's
