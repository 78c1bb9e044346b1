"""The unit directory's services: edits with audit, groups, links, contacts, counts, import/export."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.services import directory_io, unit_counts, unit_edits, units
from hagiang_desktop.services.unit_edits import Contacts, EditErrorCode, UnitEditError
from hagiang_desktop.storage.models import AuditEvent, Unit

DONG_VAN = "026"
LUNG_CU = "00715"


def _audit(ws, code):  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity_id == code).order_by(AuditEvent.id)))


def test_add_rename_contacts_with_audit(workspace):
    unit_edits.add_unit(
        workspace,
        code="026-TEST",
        name="Trường  Mầm non Hoa Ban",
        kind=UnitKind.PUBLIC_UNIT,
        parent_code=DONG_VAN,
        contacts=Contacts(person="Lò Thị Mai", phone="0912 345 678"),
    )
    row = units.get_unit(workspace, "026-TEST")
    assert row is not None
    assert row.name == "Trường Mầm non Hoa Ban"
    assert row.parent_code == DONG_VAN
    assert row.contact_person == "Lò Thị Mai"
    unit_edits.rename_unit(workspace, "026-TEST", "Trường Mầm non Sơn Ca")
    assert units.list_units(workspace, search="son ca")[0].code == "026-TEST"
    unit_edits.set_contacts(workspace, "026-TEST", Contacts(email="mnsonca@hagiang.gov.vn"))
    contact = units.contacts(workspace, ["026-TEST", "nope"])
    assert list(contact) == ["026-TEST"]
    assert contact["026-TEST"].email == "mnsonca@hagiang.gov.vn"
    assert contact["026-TEST"].person is None
    events = _audit(workspace, "026-TEST")
    assert [e.action for e in events] == ["create", "rename", "contacts"]
    assert json.loads(events[1].before_json)["name"] == "Trường Mầm non Hoa Ban"
    assert json.loads(events[1].after_json)["name"] == "Trường Mầm non Sơn Ca"


def test_codes_are_unique_and_names_not_empty(workspace):
    with pytest.raises(UnitEditError) as error:
        unit_edits.add_unit(workspace, code=LUNG_CU, name="X", kind=UnitKind.COMMUNE, parent_code=DONG_VAN)
    assert error.value.code == EditErrorCode.DUPLICATE_CODE
    with pytest.raises(UnitEditError) as error:
        unit_edits.add_unit(workspace, code="X1", name="  ", kind=UnitKind.COMMUNE, parent_code=DONG_VAN)
    assert error.value.code == EditErrorCode.EMPTY_NAME
    with pytest.raises(UnitEditError) as error:
        unit_edits.add_unit(workspace, code="X 1", name="X", kind=UnitKind.COMMUNE, parent_code=DONG_VAN)
    assert error.value.code == EditErrorCode.BAD_CODE
    with pytest.raises(UnitEditError) as error:
        unit_edits.add_unit(workspace, code="X1", name="X", kind=UnitKind.COMMUNE, parent_code="missing")
    assert error.value.code == EditErrorCode.UNKNOWN_PARENT


def test_move_refuses_a_cycle(workspace):
    with pytest.raises(UnitEditError) as error:
        unit_edits.move_unit(workspace, DONG_VAN, LUNG_CU)
    assert error.value.code == EditErrorCode.CYCLE
    with pytest.raises(UnitEditError):
        unit_edits.move_unit(workspace, DONG_VAN, DONG_VAN)
    unit_edits.move_unit(workspace, LUNG_CU, "027")
    assert units.get_unit(workspace, LUNG_CU).parent_code == "027"  # type: ignore[union-attr]
    assert _audit(workspace, LUNG_CU)[-1].action == "move"


def test_close_keeps_history(workspace):
    with pytest.raises(UnitEditError) as error:
        unit_edits.close_unit(workspace, DONG_VAN, date(2020, 1, 1))
    assert error.value.code == EditErrorCode.OPEN_CHILDREN
    unit_edits.close_unit(workspace, LUNG_CU, date(2020, 1, 31))
    before = {
        u.code
        for u in units.children(workspace, units.get_unit(workspace, DONG_VAN).id, as_of=date(2019, 6, 1))
    }  # type: ignore[union-attr]
    after = {
        u.code
        for u in units.children(workspace, units.get_unit(workspace, DONG_VAN).id, as_of=date(2020, 2, 1))
    }  # type: ignore[union-attr]
    assert LUNG_CU in before
    assert LUNG_CU not in after
    assert units.get_unit(workspace, LUNG_CU) is not None  # still there for old lists
    unit_edits.reopen_unit(workspace, LUNG_CU)
    assert units.get_unit(workspace, LUNG_CU).valid_to is None  # type: ignore[union-attr]


def test_delete_only_a_mistake(demo_workspace):
    registering = demo_workspace_unit_with_nominations(demo_workspace)
    with pytest.raises(UnitEditError) as error:
        unit_edits.delete_unit(demo_workspace, registering)
    assert error.value.code in {EditErrorCode.HAS_NOMINATIONS, EditErrorCode.IS_OFFICE}
    with pytest.raises(UnitEditError) as error:
        unit_edits.delete_unit(demo_workspace, DONG_VAN)
    assert error.value.code in {EditErrorCode.HAS_NOMINATIONS, EditErrorCode.HAS_CHILDREN}
    unit_edits.add_unit(
        demo_workspace, code="TYPO", name="Gõ nhầm", kind=UnitKind.OFFICE, parent_code=DONG_VAN
    )
    unit_edits.delete_unit(demo_workspace, "TYPO")
    assert units.get_unit(demo_workspace, "TYPO") is None
    assert _audit(demo_workspace, "TYPO")[-1].action == "delete"


def demo_workspace_unit_with_nominations(ws) -> str:  # type: ignore[no-untyped-def]
    from hagiang_desktop.storage.models import Nomination

    with ws.session() as s:
        unit_id = s.scalar(select(Nomination.registering_unit_id).limit(1))
        return s.scalar(select(Unit.code).where(Unit.id == unit_id))


def test_groups_filter_and_membership(workspace, example_blocs):
    from hagiang_desktop.services import group_io

    assert units.list_groups(workspace) == []  # none shipped (#24)
    assert group_io.import_groups(workspace, example_blocs).errors == []
    groups = units.list_groups(workspace)
    bloc = next(g for g in groups if g.code == "VD-K-TH")
    members = units.list_units(workspace, group_code="VD-K-TH")
    assert len(members) == bloc.member_count == 5
    unit_edits.set_groups(workspace, LUNG_CU, {"VD-K-TH"})
    assert units.unit_groups(workspace, LUNG_CU) == ["VD-K-TH"]
    assert LUNG_CU in {u.code for u in units.list_units(workspace, group_code="VD-K-TH")}
    with pytest.raises(UnitEditError):
        unit_edits.set_groups(workspace, LUNG_CU, {"NOPE"})


def test_links_with_legal_basis(workspace):
    unit_edits.add_unit(
        workspace, code="02-MOI", name="Xã Lũng Cú mới", kind=UnitKind.COMMUNE, parent_code=DONG_VAN
    )
    link_id = unit_edits.add_link(
        workspace,
        predecessor_code=LUNG_CU,
        successor_code="02-MOI",
        kind="merge",
        legal_basis="Nghị quyết 1267/NQ-UBTVQH15",
        legal_date=date(2024, 11, 14),
    )
    [link] = units.links(workspace, LUNG_CU)
    assert (link.predecessor_code, link.successor_code, link.kind) == (LUNG_CU, "02-MOI", "merge")
    assert link.legal_basis == "Nghị quyết 1267/NQ-UBTVQH15"
    assert units.links(workspace, "02-MOI") == [link]
    with pytest.raises(UnitEditError):
        unit_edits.add_link(
            workspace,
            predecessor_code=LUNG_CU,
            successor_code=LUNG_CU,
            kind="merge",
            legal_basis=None,
            legal_date=None,
        )
    unit_edits.remove_link(workspace, link_id)
    assert units.links(workspace, LUNG_CU) == []


def test_counts_once_for_the_whole_directory(demo_workspace):
    counts = unit_counts.unit_counts(demo_workspace, date(2018, 4, 20))
    registered = sum(c.registered for c in counts.values())
    from hagiang_desktop.storage.models import Nomination

    with demo_workspace.session() as s:
        assert registered == s.scalar(select(func.count()).select_from(Nomination))
    assert any(c.verdict is not None and c.verdict.quota is not None for c in counts.values())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_subtree_reads_back(workspace, tmp_path: Path, suffix: str):
    unit_edits.set_contacts(workspace, LUNG_CU, Contacts(person="Sùng Mí Vần", phone="0987"))
    out = tmp_path / f"dong-van{suffix}"
    count = directory_io.export_directory(workspace, out, root_code=DONG_VAN)
    if suffix == ".xlsx":
        book = load_workbook(out, read_only=True)
        rows = [
            [("" if v is None else str(v)) for v in r] for r in book.worksheets[0].iter_rows(values_only=True)
        ]
        book.close()
    else:
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["code", "name", "kind", "parent_code"]
    assert len(body) == count >= 1 + 19  # the district, its 19 communes and its offices
    assert body[0][:2] == [DONG_VAN, "Huyện Đồng Văn"]
    lung_cu = next(r for r in body if r[0] == LUNG_CU)
    assert lung_cu[1] == "Xã Lũng Cú"
    assert lung_cu[header.index("contact_person")] == "Sùng Mí Vần"


def test_export_then_import_changes_nothing(workspace, tmp_path: Path):
    out = tmp_path / "all.xlsx"
    total = directory_io.export_directory(workspace, out)
    preview = directory_io.preview_import(workspace, out)
    assert preview.ok, preview.errors
    assert (preview.added, preview.changed, preview.closed) == ([], [], [])
    assert preview.unchanged == total


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["code", "name", "kind", "parent_code", "valid_from", "valid_to", "contact_phone"], *rows]
        )
    return path


def test_import_preview_lists_every_error_and_changes_nothing(workspace, tmp_path: Path):
    path = _write_csv(
        tmp_path / "bad.csv",
        [
            ["N1", "Xã Mới", "commune", "nope", "", "", ""],  # unknown parent
            [LUNG_CU, "", "commune", DONG_VAN, "", "", ""],  # empty name
            ["N2", "Xã B", "commune", DONG_VAN, "2018-13-01", "", ""],  # bad date
            ["N3", "Xã C", "commune", DONG_VAN, "", "", ""],
            ["N3", "Xã C bis", "commune", DONG_VAN, "", "", ""],  # duplicate code
        ],
    )
    preview = directory_io.preview_import(workspace, path)
    assert [(e.line, e.code) for e in preview.errors] == [
        (2, "unknown_parent"),
        (3, "empty_name"),
        (4, "bad_date"),
        (6, "duplicate_code"),
    ]
    with pytest.raises(directory_io.ImportRefusedError):
        directory_io.apply_import(workspace, preview)
    assert units.get_unit(workspace, "N3") is None


def test_import_cycle_is_an_error(workspace, tmp_path: Path):
    path = _write_csv(
        tmp_path / "cycle.csv",
        [[DONG_VAN, "Huyện Đồng Văn", "district", LUNG_CU, "2018-01-01", "", ""]],
    )
    preview = directory_io.preview_import(workspace, path)
    assert [e.code for e in preview.errors] == ["cycle"]


def test_import_adds_changes_closes_in_nfc(workspace, tmp_path: Path):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Xã Lũng Cú (mới)")
    path = _write_csv(
        tmp_path / "update.csv",
        [
            ["02-NEW", "Xã Sủng Là Mới", "commune", DONG_VAN, "2025-07-01", "", "0219 3856 000"],
            [LUNG_CU, decomposed, "commune", DONG_VAN, "2018-01-01", "", ""],
            ["00718", "Xã Ma Lé", "commune", DONG_VAN, "2018-01-01", "2025-06-30", ""],
        ],
    )
    preview = directory_io.preview_import(workspace, path)
    assert preview.ok, preview.errors
    assert [c.row.code for c in preview.added] == ["02-NEW"]
    assert [(c.row.code, c.fields) for c in preview.changed] == [(LUNG_CU, ("name",))]
    assert [c.row.code for c in preview.closed] == ["00718"]
    directory_io.apply_import(workspace, preview)
    assert units.get_unit(workspace, LUNG_CU).name == "Xã Lũng Cú (mới)"  # type: ignore[union-attr]
    assert units.get_unit(workspace, "00718").valid_to == date(2025, 6, 30)  # type: ignore[union-attr]
    new = units.get_unit(workspace, "02-NEW")
    assert new is not None
    assert new.contact_phone == "0219 3856 000"
    assert new.parent_code == DONG_VAN
    assert [e.action for e in _audit(workspace, "02-NEW")] == ["import"]


def test_second_directory_as_data(workspace, tmp_path: Path):
    """The post-2025 structure (province → commune) loads beside the old one, as data."""
    book = Workbook()
    sheet = book.active
    sheet.append(["code", "name", "kind", "parent_code", "valid_from"])
    sheet.append(["08-2025", "Tỉnh Tuyên Quang", "province", None, date(2025, 7, 1)])
    sheet.append(["08-LC", "Xã Lũng Cú", "commune", "08-2025", date(2025, 7, 1)])
    sheet.append(["08-DV", "Xã Đồng Văn", "commune", "08-2025", date(2025, 7, 1)])
    path = tmp_path / "tuyen-quang-2025.xlsx"
    book.save(path)
    preview = directory_io.preview_import(workspace, path)
    assert preview.ok, preview.errors
    directory_io.apply_import(workspace, preview)
    roots_2026 = [u.code for u in units.children(workspace, None, as_of=date(2026, 1, 1))]
    roots_2018 = [u.code for u in units.children(workspace, None, as_of=date(2018, 6, 1))]
    assert "08-2025" in roots_2026
    assert "08-2025" not in roots_2018
    province = units.get_unit(workspace, "08-2025")
    assert [u.name for u in units.children(workspace, province.id)] == ["Xã Đồng Văn", "Xã Lũng Cú"]  # type: ignore[union-attr]


def test_a_name_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    from hagiang_desktop.exports.directory_files import DirectoryFileRow, write_directory

    rows = [
        DirectoryFileRow(
            code="026",
            name="Huyện Đồng Văn",
            kind="district",
            parent_code=None,
            valid_from=None,
            valid_to=None,
            groups=(),
            short_name=None,
        ),
        DirectoryFileRow(
            code="026-X",
            name="=1+2",
            kind="commune",
            parent_code="026",
            valid_from=None,
            valid_to=None,
            groups=(),
            short_name=None,
        ),
    ]
    out = tmp_path / "dm.xlsx"
    write_directory(out, rows)
    sheet = load_workbook(out).active
    assert sheet.cell(2, 2).value == "Huyện Đồng Văn"
    assert sheet.cell(3, 2).value == "=1+2"
    assert sheet.cell(3, 2).data_type == "s"  # text, never a formula
