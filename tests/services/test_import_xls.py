"""Excel 97-2003 (.xls) lists: read with their fonts like an .xlsx, hostile files refused (issue #19)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hagiang_desktop.exports import sources_xls
from hagiang_desktop.services import imports
from hagiang_desktop.services.imports import ReadOptions, SourceProblem
from tests.services.import_files import LEGACY_HEADERS, LEGACY_ROWS, to_tcvn3

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_xls_keeps_fonts_so_tcvn3_header_and_cells_convert(workspace):
    table = imports.read(FIXTURES / "legacy_tcvn3.xls")
    assert table.sheet == "DS"
    # The header in ".VnTimeH": converted, then upper-cased; shown beside the original.
    assert table.headers == [h.upper() for h in LEGACY_HEADERS]
    assert table.header_originals[1] == to_tcvn3(LEGACY_HEADERS[1].lower())
    assert set(table.header_encodings) == {"tcvn3_caps"}
    assert table.rows[0].cells[1].font == ".VnTime"
    pv = imports.preview(workspace, table, unit_code="00715")
    name = next(c for c in pv.columns if c.key == "name")
    assert (name.original_header, name.header) == (
        to_tcvn3(LEGACY_HEADERS[1].lower()),
        "HỌ VÀ TÊN / TÊN TẬP THỂ",
    )
    assert name.detected_by == "font"
    assert [r.data.name for r in pv.rows] == [row[0] for row in LEGACY_ROWS]


def test_sheet_and_header_row_options(workspace):
    table = imports.read(FIXTURES / "legacy_vni.xls", ReadOptions(sheet="DS", header_row=3))
    assert table.headers[1] == LEGACY_HEADERS[1]
    with pytest.raises(SourceProblem) as refused:
        imports.read(FIXTURES / "legacy_vni.xls", ReadOptions(sheet="Khác"))
    assert (refused.value.code, refused.value.detail) == ("no_sheet", "DS")


def _copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copyfile(FIXTURES / name, path)
    return path


def test_hostile_xls_refused_cleanly(tmp_path, monkeypatch):
    renamed = tmp_path / "ds.xls"
    renamed.write_text("Họ và tên;Lĩnh vực\n", encoding="utf-8")
    truncated = tmp_path / "cut.xls"
    truncated.write_bytes((FIXTURES / "legacy_tcvn3.xls").read_bytes()[:3000])
    garbage = tmp_path / "garbage.xls"
    garbage.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40)
    cases = {
        renamed: ("not_xls", "", ""),
        truncated: ("damaged", "", ""),
        garbage: ("damaged", "", ""),
        _copy(tmp_path, "hostile_formula.xls"): ("formula", "DS", "C4"),
        _copy(tmp_path, "hostile_huge.xls"): ("huge_cell", "DS", "F5"),
    }
    for path, (code, sheet, cell) in cases.items():
        with pytest.raises(SourceProblem) as refused:
            imports.read(path)
        assert (refused.value.code, refused.value.sheet, refused.value.cell) == (code, sheet, cell), path
    # The cell count is checked before a cell is read (a sheet of 65,536 × 256 empty-looking cells).
    monkeypatch.setattr(sources_xls, "MAX_CELLS", 50)
    with pytest.raises(SourceProblem) as refused:
        imports.read(FIXTURES / "legacy_tcvn3.xls")
    assert refused.value.code == "too_big"


def test_hostile_xls_on_the_command_line_is_one_line(demo_path, tmp_path):
    from tests.cli.test_cli import run

    path = _copy(tmp_path, "hostile_formula.xls")
    result = run("nominations", "import", str(path), "--db", str(demo_path), "--unit", "00715")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Tệp {path}, trang DS, ô C4 chứa công thức. Hãy sao chép và dán dạng giá trị rồi gửi lại."
    )
