"""Small files that would exhaust an old PC are refused before they inflate (#20).

Each bomb of issue #20 is made here, small: a workbook declaring 200,000 rows × 16,384 columns,
a shared-string table and a Word document that inflate hundreds of times, a shared-string count
in the millions, a CSV of 18,279 columns. Each is refused with the limit named, in one line, by
the registration reader (``nominations import``) and the directory reader (``units import``).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from hagiang_desktop.cli.imports import source_message
from hagiang_desktop.core.directory import DirectoryError
from hagiang_desktop.exports.directory_files import read_directory_file
from hagiang_desktop.exports.sources import SourceProblem, read_source


def _workbook(tmp_path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "plain.xlsx"
    book.save(path)
    return path


def _rezip(source: Path, target: Path, change, add: dict[str, bytes] | None = None) -> Path:  # type: ignore[no-untyped-def]
    """Copy a zip, each member through ``change(name, data) -> data``, deflated; add ``add``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, change(info.filename, src.read(info.filename)))
        for name, data in (add or {}).items():
            out.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def _dimension(ref: str):  # type: ignore[no-untyped-def]
    def change(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            head, _, rest = data.partition(b"<sheetData")
            if b"<dimension" in head:
                start = head.index(b"<dimension")
                head = head[:start] + head[head.index(b"/>", start) + 2 :]
            return (
                head.replace(b"<sheetViews", f'<dimension ref="{ref}"/><sheetViews'.encode())
                + b"<sheetData"
                + rest
            )
        return data

    return change


def _refused(path: Path, limit: str) -> SourceProblem:
    with pytest.raises(SourceProblem) as caught:
        read_source(path)
    problem = caught.value
    assert problem.code == "over_limit", problem
    assert f"({limit})" in problem.detail
    text = source_message(problem)
    assert "\n" not in text.strip()
    return problem


HEADER = [["Tên mô hình", "Lĩnh vực", "Đơn vị"], ["Đoàn Thanh niên xã Lũng Cú", "2.5", "Lũng Cú"]]


def test_a_2kb_workbook_declaring_200000_rows_by_16384_columns(tmp_path):
    bomb = _rezip(_workbook(tmp_path, HEADER), tmp_path / "bom.xlsx", _dimension("A1:XFD200000"))
    assert bomb.stat().st_size < 10_000
    problem = _refused(bomb, "dimension")
    assert "A1:XFD200000" in problem.detail
    assert problem.sheet == "xl/worksheets/sheet1.xml"


def test_units_import_of_a_workbook_declaring_20000_rows_by_16384_columns(tmp_path):
    rows = [["code", "name", "kind", "parent_code"], ["02", "Tỉnh Hà Giang", "province", ""]]
    bomb = _rezip(_workbook(tmp_path, rows), tmp_path / "units.xlsx", _dimension("A1:XFD20000"))
    with pytest.raises(DirectoryError) as caught:
        read_directory_file(bomb)
    assert "dimension" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_workbook_within_its_declared_dimension_still_reads(tmp_path):
    path = _rezip(_workbook(tmp_path, HEADER), tmp_path / "ok.xlsx", _dimension("A1:C2"))
    assert read_source(path).rows[0].cells[0].text == "Đoàn Thanh niên xã Lũng Cú"


def _shared_strings(count: int, declared: int | None = None) -> bytes:
    declared = count if declared is None else declared
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{declared}" uniqueCount="{declared}">'
    ).encode()
    return head + "<si><t>Giàng</t></si>".encode() * count + b"</sst>"


def test_shared_strings_that_inflate_hundreds_of_times(tmp_path):
    plain = _workbook(tmp_path, HEADER)
    sst = {"xl/sharedStrings.xml": _shared_strings(1_200_000, 2)}
    bomb = _rezip(plain, tmp_path / "sst.xlsx", lambda name, data: data, sst)
    assert bomb.stat().st_size < 200_000
    problem = _refused(bomb, "ratio")
    assert problem.sheet == "xl/sharedStrings.xml"


def test_a_shared_string_count_in_the_millions(tmp_path):
    plain = _workbook(tmp_path, HEADER)
    sst = {"xl/sharedStrings.xml": _shared_strings(3, 50_000_000)}
    bomb = _rezip(plain, tmp_path / "sst-count.xlsx", lambda name, data: data, sst)
    _refused(bomb, "shared_strings")


def test_a_word_file_whose_document_inflates_hundreds_of_times(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("PHIẾU ĐĂNG KÝ")
    plain = tmp_path / "phieu.docx"
    document.save(plain)

    def inflate(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            return data.replace(b"</w:body>", b"<w:p/>" * 4_000_000 + b"</w:body>")
        return data

    bomb = _rezip(plain, tmp_path / "bom.docx", inflate)
    assert bomb.stat().st_size < 200_000
    _refused(bomb, "ratio")


def test_a_csv_of_18279_columns_names_the_cell(tmp_path):
    path = tmp_path / "rong.csv"
    path.write_text("Tên mô hình,Lĩnh vực," + ",".join(["x"] * 18_277) + "\n", encoding="utf-8")
    problem = _refused(path, "columns")
    assert problem.cell == "ALM1"


def test_a_directory_csv_of_18279_columns(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("code,name,kind,parent_code," + ",".join(["x"] * 18_275) + "\n", encoding="utf-8")
    with pytest.raises(DirectoryError) as caught:
        read_directory_file(path)
    assert "columns" in str(caught.value)
