from __future__ import annotations

import csv
import pickle
import unicodedata
from collections import Counter
from dataclasses import FrozenInstanceError
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hagiang_desktop.core.directory import (
    UNIT_COLUMNS,
    Directory,
    DirectoryError,
    DirectoryErrorCode,
    GroupRecord,
    UnitRecord,
    default_directory_paths,
    load_directory,
    parse_directory_rows,
    parse_group_rows,
)
from hagiang_desktop.core.kinds import UnitKind

HEADER = ",".join(UNIT_COLUMNS)

COMMUNES_PER_DISTRICT = {
    "TP Hà Giang": 8,
    "Đồng Văn": 19,
    "Mèo Vạc": 18,
    "Yên Minh": 18,
    "Quản Bạ": 13,
    "Vị Xuyên": 24,
    "Bắc Mê": 13,
    "Hoàng Su Phì": 24,
    "Xín Mần": 18,
    "Bắc Quang": 23,
    "Quang Bình": 15,
}


@pytest.fixture(scope="module")
def hagiang() -> Directory:
    units_path, groups_path = default_directory_paths()
    return load_directory(units_path, groups_path)


def _write(tmp_path: Path, text: str, name: str = "units.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the real Hà Giang 2018 directory ------------------------------------------------------------


def test_default_paths_point_into_resources() -> None:
    units_path, groups_path = default_directory_paths()
    assert units_path.name == "hagiang-2018.csv"
    assert units_path.parent.parent.name == "resources"
    assert units_path.is_file()
    assert groups_path is None  # no blocs shipped: the province imports its own (#24)
    assert sorted(p.name for p in units_path.parent.glob("*.csv")) == ["hagiang-2018.csv"]


def test_real_file_header_and_nfc() -> None:
    units_path, _ = default_directory_paths()
    raw = units_path.read_text(encoding="utf-8")
    assert raw == unicodedata.normalize("NFC", raw)
    assert raw.splitlines()[0] == HEADER


def test_one_province_root(hagiang: Directory) -> None:
    (root,) = hagiang.roots()
    assert root.code == "02"
    assert root.kind is UnitKind.PROVINCE
    assert root.name == "Tỉnh Hà Giang"


def test_eleven_district_level_units(hagiang: Directory) -> None:
    districts = [unit for unit in hagiang if unit.kind is UnitKind.DISTRICT]
    assert len(districts) == 11
    assert {unit.short_name for unit in districts} == set(COMMUNES_PER_DISTRICT)
    assert all(unit.parent_code == "02" for unit in districts)
    assert all(len(unit.code) == 3 and unit.code.isdigit() for unit in districts)
    assert hagiang["024"].name == "Thành phố Hà Giang"


def test_193_communes_by_type(hagiang: Directory) -> None:
    communes = [unit for unit in hagiang if unit.kind is UnitKind.COMMUNE]
    assert len(communes) == 193
    prefixes = Counter(
        next(prefix for prefix in ("Xã ", "Thị trấn ", "Phường ") if unit.name.startswith(prefix))
        for unit in communes
    )
    assert prefixes == {"Xã ": 175, "Thị trấn ": 13, "Phường ": 5}
    assert all(len(unit.code) == 5 and unit.code.isdigit() for unit in communes)
    assert all(unit.short_name and unit.name.endswith(unit.short_name) for unit in communes)


def test_communes_per_district(hagiang: Directory) -> None:
    counts = {
        unit.short_name: sum(1 for child in hagiang.children(unit.code) if child.kind is UnitKind.COMMUNE)
        for unit in hagiang
        if unit.kind is UnitKind.DISTRICT
    }
    assert counts == COMMUNES_PER_DISTRICT


def test_known_communes(hagiang: Directory) -> None:
    assert hagiang["00715"].name == "Xã Lũng Cú"
    assert hagiang["00721"].name == "Thị trấn Đồng Văn"
    assert hagiang["00688"].name == "Phường Quang Trung"
    assert [unit.code for unit in hagiang.ancestors("00715")] == ["026", "02"]


def test_every_district_has_its_offices(hagiang: Directory) -> None:
    for district in (unit for unit in hagiang if unit.kind is UnitKind.DISTRICT):
        noi_vu = hagiang[f"{district.code}-NV"]
        assert noi_vu.kind is UnitKind.OFFICE
        assert noi_vu.parent_code == district.code
        assert noi_vu.name.startswith("Phòng Nội vụ ")
        offices = [unit for unit in hagiang.children(district.code) if unit.kind is UnitKind.OFFICE]
        assert len(offices) == 13
        health = hagiang[f"{district.code}-TTYT"]
        assert health.kind is UnitKind.PUBLIC_UNIT
    assert hagiang["026-NV"].name == "Phòng Nội vụ huyện Đồng Văn"
    assert hagiang["024-NV"].name == "Phòng Nội vụ thành phố Hà Giang"
    assert hagiang["024-QLDT"].name == "Phòng Quản lý đô thị thành phố Hà Giang"


def test_provincial_bodies(hagiang: Directory) -> None:
    kinds = Counter(unit.kind for unit in hagiang.children("02"))
    assert kinds[UnitKind.DEPARTMENT] >= 19
    assert kinds[UnitKind.MASS_ORG] == 6
    assert kinds[UnitKind.ASSOCIATION] >= 6
    assert kinds[UnitKind.ENTERPRISE] >= 3
    assert hagiang["02-SNV"].name == "Sở Nội vụ tỉnh Hà Giang"
    assert hagiang["02-MTTQ"].kind is UnitKind.MASS_ORG
    assert hagiang["02-HCTD"].kind is UnitKind.ASSOCIATION
    assert hagiang["02-PCHG"].kind is UnitKind.ENTERPRISE


def test_codes_unique_and_ascii(hagiang: Directory) -> None:
    codes = [unit.code for unit in hagiang]
    assert len(codes) == len(set(codes))
    assert all(code.isascii() for code in codes)


def test_no_blocs_or_clusters_are_shipped(hagiang: Directory) -> None:
    # Their real 2018 composition could not be checked (resources/units/README.md): none is
    # made up; the province loads its own with `units groups-import`.
    assert hagiang.groups == ()
    assert [unit.code for unit in hagiang if unit.groups] == []


def test_dates(hagiang: Directory) -> None:
    assert all(unit.valid_from == date(2018, 1, 1) for unit in hagiang)
    assert all(unit.valid_to is None for unit in hagiang)
    assert hagiang["02"].is_valid_on(date(2018, 4, 4))
    assert not hagiang["02"].is_valid_on(date(2017, 12, 31))


def test_descendants_cover_the_tree(hagiang: Directory) -> None:
    assert len(hagiang.descendants("02")) == len(hagiang) - 1
    below_dong_van = hagiang.descendants("026")
    assert all(hagiang["026"] in hagiang.ancestors(unit.code) for unit in below_dong_van)


def test_records_are_frozen(hagiang: Directory) -> None:
    with pytest.raises(FrozenInstanceError):
        hagiang["02"].name = "x"  # type: ignore[misc]


# --- reading details -----------------------------------------------------------------------------


def test_bom_crlf_nfd_and_blank_lines_accepted(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Xã Lũng Cú")
    text = f"\ufeff{HEADER}\r\n02,Tỉnh Hà Giang,province,,,,,\r\n\r\n00715, {nfd} ,commune,02\r\n"
    directory = load_directory(_write(tmp_path, text))
    assert [unit.code for unit in directory] == ["02", "00715"]
    assert directory["00715"].name == "Xã Lũng Cú"
    assert directory["00715"].groups == ()
    assert directory["00715"].short_name is None


def test_parent_may_come_later(tmp_path: Path) -> None:
    text = f"{HEADER}\nB,Child,office,A,,,,\nA,Root,province,,,,,\n"
    directory = load_directory(_write(tmp_path, text))
    assert directory.children("A") == (directory["B"],)


def test_groups_checked_against_file(tmp_path: Path) -> None:
    groups = _write(tmp_path, "code,name,kind\nK1,Khối một,bloc\nC1,Cụm một,cluster\n", "g.csv")
    units = _write(tmp_path, f"{HEADER}\nA,Root,province,,,,K1; C1,\n")
    directory = load_directory(units, groups)
    assert directory["A"].groups == ("K1", "C1")
    assert directory.group("C1") == GroupRecord(code="C1", name="Cụm một", kind="cluster")

    bad = _write(tmp_path, f"{HEADER}\nA,Root,province,,,,K1;K9,\n", "bad.csv")
    with pytest.raises(DirectoryError) as info:
        load_directory(bad, groups)
    assert (info.value.line, info.value.column) == (2, "groups")
    assert info.value.code is DirectoryErrorCode.UNKNOWN_GROUP


def test_bad_group_kind(tmp_path: Path) -> None:
    groups = _write(tmp_path, "code,name,kind\nK1,Khối một,bloc\nX,Nhóm,team\n", "g.csv")
    units = _write(tmp_path, f"{HEADER}\nA,Root,province,,,,,\n")
    with pytest.raises(DirectoryError) as info:
        load_directory(units, groups)
    assert (info.value.path, info.value.line, info.value.column) == (str(groups), 3, "kind")


def test_parse_directory_rows_numbers_rows_from_two() -> None:
    rows = [
        {"code": "A", "name": "Root", "kind": "province", "parent_code": ""},
        {"code": "B", "name": "Child", "kind": "district", "parent_code": "A", "valid_from": "2019-13-01"},
    ]
    with pytest.raises(DirectoryError) as info:
        parse_directory_rows(rows, "import.xlsx")
    assert (info.value.path, info.value.line, info.value.column) == ("import.xlsx", 3, "valid_from")
    rows[1]["valid_from"] = "2019-01-01"
    directory = parse_directory_rows(rows, "import.xlsx", groups=())
    assert directory["B"] == UnitRecord(
        code="B",
        name="Child",
        kind=UnitKind.DISTRICT,
        parent_code="A",
        valid_from=date(2019, 1, 1),
        valid_to=None,
        groups=(),
        short_name=None,
    )


def test_parse_group_rows_rejects_empty_name() -> None:
    with pytest.raises(DirectoryError) as info:
        parse_group_rows([{"code": "K", "name": " ", "kind": "bloc"}], "groups")
    assert (info.value.line, info.value.column) == (2, "name")


def test_error_pickles_and_reads_well() -> None:
    error = DirectoryError(
        "the name is empty", path="u.csv", line=4, column="name", code=DirectoryErrorCode.EMPTY_NAME
    )
    again = pickle.loads(pickle.dumps(error))
    assert (again.path, again.line, again.column, again.code) == ("u.csv", 4, "name", error.code)
    assert str(again) == "u.csv, line 4, column 'name': the name is empty"


# --- bad files: each error names its line and column -------------------------------------------

ROOT = "R,Tỉnh Thử,province,,2018-01-01,,,"


@pytest.mark.parametrize(
    ("body", "line", "column", "code"),
    [
        pytest.param(
            f"{ROOT}\nA,Xã A,commune,R,,,,\nA,Xã B,commune,R,,,,\n",
            4,
            "code",
            DirectoryErrorCode.DUPLICATE_CODE,
            id="duplicate-code",
        ),
        pytest.param(
            f"{ROOT}\nA,Xã A,commune,R,,,,\nB,Xã B,commune,Q,,,,\n",
            4,
            "parent_code",
            DirectoryErrorCode.UNKNOWN_PARENT,
            id="unknown-parent",
        ),
        pytest.param(
            f"{ROOT}\nA,Huyện A,district,C,,,,\nB,Xã B,commune,A,,,,\nC,Xã C,commune,B,,,,\n",
            3,
            "parent_code",
            DirectoryErrorCode.CYCLE,
            id="cycle",
        ),
        pytest.param(
            f"{ROOT}\nA,Own parent,office,A,,,,\n",
            3,
            "parent_code",
            DirectoryErrorCode.CYCLE,
            id="self-parent",
        ),
        pytest.param(
            f"{ROOT}\nA,Xã A,commune,R,04/04/2018,,,\n",
            3,
            "valid_from",
            DirectoryErrorCode.BAD_DATE,
            id="bad-date-format",
        ),
        pytest.param(
            f"{ROOT}\nA,Xã A,commune,R,2018-01-01,2018-02-30,,\n",
            3,
            "valid_to",
            DirectoryErrorCode.BAD_DATE,
            id="bad-date-day",
        ),
        pytest.param(
            f"{ROOT}\nA,Xã A,commune,R,2019-01-01,2018-12-31,,\n",
            3,
            "valid_to",
            DirectoryErrorCode.DATE_ORDER,
            id="date-order",
        ),
        pytest.param(
            f"{ROOT}\nA,  ,commune,R,,,,\n",
            3,
            "name",
            DirectoryErrorCode.EMPTY_NAME,
            id="empty-name",
        ),
        pytest.param(
            f"{ROOT}\nA,Xã A,hamlet,R,,,,\n",
            3,
            "kind",
            DirectoryErrorCode.UNKNOWN_KIND,
            id="unknown-kind",
        ),
        pytest.param(
            f"{ROOT}\n,Xã A,commune,R,,,,\n",
            3,
            "code",
            DirectoryErrorCode.EMPTY_CODE,
            id="empty-code",
        ),
        pytest.param(
            f"{ROOT}\nA B,Xã A,commune,R,,,,\n",
            3,
            "code",
            DirectoryErrorCode.BAD_CODE,
            id="code-with-space",
        ),
        pytest.param(
            f"{ROOT}\nA,Xã A,commune,R,,,K1;K1,\n",
            3,
            "groups",
            DirectoryErrorCode.DUPLICATE_GROUP,
            id="group-twice",
        ),
        pytest.param(
            f'{ROOT}\nA,"Xã\nA",commune,R,,,,\nB,Xã B,commune,Q,,,,\n',
            5,
            "parent_code",
            DirectoryErrorCode.UNKNOWN_PARENT,
            id="line-counts-multiline-fields",
        ),
    ],
)
def test_bad_unit_file(tmp_path: Path, body: str, line: int, column: str, code: DirectoryErrorCode) -> None:
    path = _write(tmp_path, f"{HEADER}\n{body}")
    with pytest.raises(DirectoryError) as info:
        load_directory(path)
    error = info.value
    assert (error.path, error.line, error.column, error.code) == (str(path), line, column, code)
    assert str(error).startswith(f"{path}, line {line}, column {column!r}: ")


def test_missing_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "02,Tỉnh Hà Giang,province,,,,,\n")
    with pytest.raises(DirectoryError) as info:
        load_directory(path)
    assert (info.value.line, info.value.column) == (1, "code")
    assert info.value.code is DirectoryErrorCode.MISSING_COLUMN


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError) as info:
        load_directory(_write(tmp_path, "\n"))
    assert info.value.code is DirectoryErrorCode.MISSING_HEADER
    assert info.value.line == 1


def test_duplicate_header_column(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError) as info:
        load_directory(_write(tmp_path, "code,name,kind,parent_code,name\n"))
    assert (info.value.line, info.value.column) == (1, "name")


def test_too_many_fields(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError) as info:
        load_directory(_write(tmp_path, f"{HEADER}\n{ROOT}\nA,Xã A,commune,R,,,,,extra\n"))
    assert (info.value.line, info.value.column) == (3, None)
    assert info.value.code is DirectoryErrorCode.EXTRA_FIELDS
    assert str(info.value).startswith(f"{tmp_path / 'units.csv'}, line 3: ")


def test_legacy_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.csv"
    path.write_bytes(f"{HEADER}\n{ROOT}\n".encode() + b"A,X\xb8 A,commune,R,,,,\n")
    with pytest.raises(DirectoryError) as info:
        load_directory(path)
    assert info.value.code is DirectoryErrorCode.ENCODING
    assert info.value.line == 3


# --- any acyclic tree loads, whatever its depth ----------------------------------------------


@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=60))
def test_any_tree_loads(parent_picks: list[int]) -> None:
    rows = [{"code": "U0", "name": "Gốc", "kind": "province", "parent_code": ""}]
    for index, pick in enumerate(parent_picks, start=1):
        rows.append(
            {
                "code": f"U{index}",
                "name": f"Đơn vị {index}",
                "kind": "office",
                "parent_code": f"U{pick % index}",
            }
        )
    directory = parse_directory_rows(rows, "generated")
    assert len(directory.descendants("U0")) == len(parent_picks)
    for unit in directory:
        chain = directory.ancestors(unit.code)
        assert (chain[-1].code if chain else unit.code) == "U0"


def test_csv_round_trip(hagiang: Directory, tmp_path: Path) -> None:
    path = tmp_path / "copy.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(UNIT_COLUMNS)
        for unit in hagiang:
            writer.writerow(
                [
                    unit.code,
                    unit.name,
                    unit.kind.value,
                    unit.parent_code or "",
                    unit.valid_from.isoformat() if unit.valid_from else "",
                    unit.valid_to.isoformat() if unit.valid_to else "",
                    ";".join(unit.groups),
                    unit.short_name or "",
                ]
            )
    assert load_directory(path).units == hagiang.units
