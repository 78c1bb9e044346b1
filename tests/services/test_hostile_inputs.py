"""Hostile input for every importer: Hypothesis-made and hand-made bad files.

Each importer must answer a bad file with its own typed error (which the CLI and the UI turn
into one plain line) and change nothing: not the file, not the database. Covered: the unit
directory CSV (``core.directory``), the plan catalogue (``core.plan``), the xlsx/csv/docx
registration reader (``exports.sources``, then ``services.imports.preview``), the directory
file reader (``exports.directory_files``) and signed bundles (``exports.bundle``).
Database files themselves are in ``test_open_damaged.py``.
"""

from __future__ import annotations

import hashlib
import io
import os
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hagiang_desktop.cli.bundle import bundle_error
from hagiang_desktop.cli.imports import source_message
from hagiang_desktop.core.directory import DirectoryError, load_directory
from hagiang_desktop.core.plan import PlanError, default_plan_path, load_plan
from hagiang_desktop.exports.bundle import BundleProblem, read_bundle
from hagiang_desktop.exports.directory_files import read_directory_file
from hagiang_desktop.exports.sources import SourceProblem, read_source
from hagiang_desktop.services import imports
from hagiang_desktop.services.nominations import count_nominations
from tests.engines import FILE_ONLY

HEADER = "code,name,kind,parent_code,valid_from,valid_to,groups,short_name\n"
GOOD_ROWS = "02,Tỉnh Hà Giang,province,,2018-01-01,,,\n026,Huyện Đồng Văn,district,02,2018-01-01,,,\n"

FUZZ = settings(
    max_examples=int(os.environ.get("HAGIANG_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def sha(path: Path) -> str:
    """Hash a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(text: str) -> None:
    assert text.strip()
    assert "\n" not in text.strip()
    assert "Traceback" not in text


# --- the unit directory (CSV) -----------------------------------------------------------------

HOSTILE_DIRECTORIES: dict[str, bytes] = {
    "empty": b"",
    "truncated inside a quoted cell": (HEADER + '02,"Tỉnh Hà').encode(),
    "truncated inside a letter": (HEADER + GOOD_ROWS).encode()[:-40] + b"\xe1\xba",
    "utf-16": (HEADER + GOOD_ROWS).encode("utf-16"),
    "cp1258": (HEADER + "02,Huyện Hà Giang,province,,2018-01-01,,,\n").encode("cp1258", errors="replace"),
    "tcvn3 bytes": HEADER.encode() + b"02,T\xb8nh H\xb5 Giang,province,,2018-01-01,,,\n",
    "huge cell": (HEADER + "02," + "Hà Giang " * 150_000 + ",province,,2018-01-01,,,\n").encode(),
    "xlsx renamed": b"PK\x03\x04" + bytes(range(256)) * 20,
    "wrong type in date": (HEADER + "02,Tỉnh Hà Giang,province,,ngày 1/1/2018,,,\n").encode(),
    "unknown kind": (HEADER + "02,Tỉnh Hà Giang,vương quốc,,2018-01-01,,,\n").encode(),
    "parent is itself": (HEADER + "02,Tỉnh Hà Giang,province,02,2018-01-01,,,\n").encode(),
    "10,000 rows of garbage": (
        HEADER + "".join(f"x{i},{'�' * (i % 7)},?,{i - 1},31/02,{i},@@,\n" for i in range(10_000))
    ).encode(),
}


def _attempt(load, path: Path, errors: type[Exception]) -> Exception | None:  # type: ignore[no-untyped-def]
    """Run an importer; return its typed refusal, or None if it accepted the file."""
    try:
        load(path)
    except errors as error:
        return error
    return None


@pytest.mark.parametrize("name", list(HOSTILE_DIRECTORIES))
def test_hostile_directory_csv_is_refused_with_a_line_and_column(tmp_path, name):
    path = tmp_path / "units.csv"
    path.write_bytes(HOSTILE_DIRECTORIES[name])
    before = sha(path)
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    assert caught.value.code
    assert caught.value.message
    _one_line(str(caught.value))
    assert sha(path) == before


def test_control_characters_in_a_directory_are_dropped(tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes((HEADER + "02,Tỉnh\x00Hà \x1b Giang\x07,province,,2018-01-01,,,\n").encode())
    (unit,) = load_directory(path).units
    assert unit.name == "TỉnhHà Giang"


def test_formula_names_are_refused_and_header_only_is_an_empty_directory(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(HEADER + '02,"=HYPERLINK(""http://x"")",province,,2018-01-01,,,\n', encoding="utf-8")
    with pytest.raises(DirectoryError) as caught:  # #20: a formula is no unit name
        load_directory(path)
    assert caught.value.code == "formula"
    path.write_text(HEADER, encoding="utf-8")
    assert load_directory(path).units == ()  # accepted as empty: the import preview shows 0 units


def test_nfd_directory_is_stored_as_nfc(tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes(unicodedata.normalize("NFD", HEADER + GOOD_ROWS).encode())
    directory = load_directory(path)
    assert {u.name for u in directory.units} == {"Tỉnh Hà Giang", "Huyện Đồng Văn"}
    assert all(unicodedata.is_normalized("NFC", u.name) for u in directory.units)


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_as_a_directory_give_a_directory_or_a_directory_error(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    error = _attempt(load_directory, path, DirectoryError)
    assert error is None or error.code
    assert path.read_bytes() == data


@FUZZ
@given(st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=9), max_size=30))
def test_any_text_rows_as_a_directory(tmp_path, rows):
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER.strip().split(","))
    writer.writerows(rows)
    path = tmp_path / "fuzz-rows.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    error = _attempt(load_directory, path, DirectoryError)
    assert error is None or error.code


# --- the plan catalogue (TOML) ----------------------------------------------------------------

PLAN_BYTES = default_plan_path().read_bytes()


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(PLAN_BYTES) - 1))
def test_truncated_plan_is_refused_or_still_whole(tmp_path, cut):
    path = tmp_path / "plan.toml"
    path.write_bytes(PLAN_BYTES[:cut])
    error = _attempt(load_plan, path, PlanError)
    if error is not None:
        _one_line(str(error))


@FUZZ
@given(data=st.data())
def test_plan_with_flipped_bytes_is_refused_or_loads(tmp_path, data):
    raw = bytearray(PLAN_BYTES)
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "plan.toml"
    path.write_bytes(bytes(raw))
    error = _attempt(load_plan, path, PlanError)
    assert error is None or error.message


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe" + "tiêu chí".encode("utf-16-le"), b"[plan]\nid = 127\n", b"x" * 100_000, b"\x00" * 64],
    ids=["empty", "utf-16", "wrong type", "huge garbage", "nul bytes"],
)
def test_hand_made_bad_plans(tmp_path, content):
    path = tmp_path / "plan.toml"
    path.write_bytes(content)
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    _one_line(str(caught.value))


# --- registration files (xlsx, csv, docx) -----------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>'
)

HOSTILE_SOURCES: dict[str, tuple[str, bytes]] = {
    "empty xlsx": (".xlsx", b""),
    "text renamed to xlsx": (".xlsx", "Danh sách mô hình\n".encode() * 50),
    "pdf renamed to xlsx": (".xlsx", b"%PDF-1.7\n" + b"0" * 500),
    "truncated zip": (".xlsx", _zip({"a.xml": b"x" * 5000})[:300]),
    "zip without a workbook": (".xlsx", _zip({"hello.txt": b"xin chao"})),
    "entity bomb": (
        ".xlsx",
        _zip(
            {
                "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
                "xl/worksheets/sheet1.xml": BOMB,
            }
        ),
    ),
    "docx that is a zip of junk": (".docx", _zip({"word/document.xml": b"<not closed"})),
    "csv in utf-16": (".csv", "Tên,Đơn vị\nGiàng Thị Mỷ,Lũng Cú\n".encode("utf-16")),
    "unsupported extension": (".ods", b"PK\x03\x04whatever"),
}


@pytest.mark.parametrize("name", list(HOSTILE_SOURCES))
def test_hostile_registration_files_are_refused_with_a_clear_line(tmp_path, name):
    suffix, data = HOSTILE_SOURCES[name]
    path = tmp_path / f"danh-sach{suffix}"
    path.write_bytes(data)
    with pytest.raises(SourceProblem) as caught:
        read_source(path)
    _one_line(source_message(caught.value))
    assert path.read_bytes() == data


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".xlsx", ".csv", ".docx"]))
def test_any_bytes_as_a_registration_file(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    error = _attempt(read_source, path, SourceProblem)
    if error is not None:
        _one_line(source_message(error))


@FILE_ONLY  # the parsers refuse it before any database work: one engine is enough (and it is slow)
def test_ten_thousand_rows_of_garbage_preview_without_writing(tmp_path, workspace):
    lines = ["Tên mô hình,Lĩnh vực,Loại,Ghi chú"]
    lines += [f"\x07{'Ż' * (i % 40)}\u0301,{i}.{i},???,ghi chú {i}" for i in range(10_000)]
    path = tmp_path / "rac.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = imports.preview(workspace, read_source(path), unit_code="00715")
    assert len(result.rows) == 10_000
    assert all(row.status == imports.RowStatus.ERROR for row in result.rows)
    assert count_nominations(workspace) == 0  # a preview writes nothing
    # the same garbage with a formula is refused whole, naming the cell
    path.write_text("\n".join([*lines[:5], "x,2.3,???,=1+1"]), encoding="utf-8")
    with pytest.raises(SourceProblem) as caught:
        read_source(path)
    assert caught.value.code == "formula"
    assert caught.value.cell == "D6"
    _one_line(source_message(caught.value))


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_as_a_directory_csv_file(tmp_path, data):
    path = tmp_path / "fuzz-directory.csv"
    path.write_bytes(data)
    error = _attempt(read_directory_file, path, DirectoryError)
    assert error is None or error.code


@pytest.mark.parametrize(
    "data",
    [
        b"",
        _zip({"a.txt": b"x"}),
        _zip({"[Content_Types].xml": b"<bad", "xl/workbook.xml": b"<x"}),
        _zip({"a": b"x" * 3000})[:200],
    ],
    ids=["empty", "zip of junk", "broken xml", "truncated zip"],
)
def test_bad_xlsx_as_a_directory_file(tmp_path, data):
    path = tmp_path / "units.xlsx"
    path.write_bytes(data)
    with pytest.raises(DirectoryError) as caught:
        read_directory_file(path)
    _one_line(str(caught.value))


# --- signed bundles ---------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes_as_a_bundle_are_refused(tmp_path, data):
    path = tmp_path / "goi.zip"
    path.write_bytes(data)
    with pytest.raises(BundleProblem) as caught:
        read_bundle(path, [])
    _one_line(str(bundle_error(caught.value)))
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    "members",
    [
        {},
        {"manifest.json": b"{not json"},
        {"manifest.json": b'{"format": 99}', "manifest.p7s": b"\x00" * 10},
        {"../evil.txt": b"x", "manifest.json": b"{}"},
        {"manifest.json": "{}".encode("utf-16"), "manifest.p7s": b""},
    ],
    ids=["empty zip", "broken manifest", "wrong type", "unsafe path", "utf-16 manifest"],
)
def test_hand_made_bad_bundles(tmp_path, members):
    path = tmp_path / "goi.zip"
    path.write_bytes(_zip(members))
    with pytest.raises(BundleProblem) as caught:
        read_bundle(path, [])
    _one_line(str(bundle_error(caught.value)))


def test_stray_carriage_return_in_a_csv_is_a_damaged_file(tmp_path):
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(b"\r\x01")  # found by Hypothesis: csv.Error escaped the reader
    with pytest.raises(SourceProblem) as caught:
        read_source(path)
    assert caught.value.code == "damaged"
    _one_line(source_message(caught.value))


def test_entity_bomb_inside_a_real_workbook_is_refused_as_unsafe(tmp_path):
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    book.active["A1"] = "Tên mô hình"
    book.save(plain)
    bomb = tmp_path / "bom.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = BOMB if info.filename == "xl/worksheets/sheet1.xml" else source.read(info.filename)
            target.writestr(info, data)
    bomb.write_bytes(buffer.getvalue())
    with pytest.raises(SourceProblem) as caught:
        read_source(bomb)
    assert caught.value.code == "unsafe"
    _one_line(source_message(caught.value))
    with pytest.raises(DirectoryError):
        read_directory_file(bomb)


# --- key files (.p12) -------------------------------------------------------------------------


@FILE_ONLY  # the parsers refuse it before any database work: one engine is enough (and it is slow)
@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_key_file_are_refused_and_change_nothing(tmp_path, demo_workspace, data):
    from hagiang_desktop.services import keys

    path = tmp_path / "khoa.p12"
    path.write_bytes(data)
    before = keys.list_identities(demo_workspace)
    with pytest.raises(keys.KeyProblem) as caught:
        keys.restore_key(demo_workspace, path, "mật khẩu bất kỳ")
    assert caught.value.code in {"wrong_passphrase", "bad_key_file"}
    assert keys.list_identities(demo_workspace) == before
