"""``hagiang-desktop units export|import``: real subprocesses, real files read back."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.engines import every_row, run_command


def run(*args: str, lang: str = "vi") -> subprocess.CompletedProcess[str]:
    """A real subprocess on a file; on a server, in this process (see ``tests.engines.run_command``)."""
    return run_command(*args, lang=lang)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_round_trip(demo_location: object, tmp_path: Path, suffix: str):
    demo_path = demo_location  # a file, then a server (#22)
    out = tmp_path / f"units{suffix}"
    result = run("units", "export", "--db", str(demo_path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "413" in result.stdout
    if suffix == ".xlsx":
        book = load_workbook(out, read_only=True)
        first = next(book.worksheets[0].iter_rows(min_row=2, max_row=2, values_only=True))
        book.close()
    else:
        with out.open(encoding="utf-8-sig", newline="") as handle:
            first = next(iter(list(csv.reader(handle))[1:]))
    assert list(first[:3]) == ["02", "Tỉnh Hà Giang", "province"]
    result = run("units", "import", "--db", str(demo_path), str(out), "--dry-run", lang="en")
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 changed, 0 closed, 413 unchanged, 0 errors" in result.stdout


def test_import_with_errors_changes_nothing(demo_location: object, tmp_path: Path):
    demo_path = demo_location  # a file, then a server (#22)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name,kind,parent_code\nX1,Xã Mới,commune,026\nX2,,commune,026\nX3,Xã Ba,commune,zz\n",
        encoding="utf-8",
    )
    before = every_row(demo_path)
    result = run("units", "import", "--db", str(demo_path), str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "2 lỗi" in result.stderr
    assert "dòng 3, cột name: tên trống" in result.stdout
    assert "dòng 4, cột parent_code: không có đơn vị cấp trên này (zz)" in result.stdout
    assert every_row(demo_path) == before


def test_import_applies(demo_location: object, tmp_path: Path):
    demo_path = demo_location  # a file, then a server (#22)
    good = tmp_path / "good.csv"
    good.write_text("code,name,kind,parent_code\nX1,Xã Mới,commune,026\n", encoding="utf-8")
    result = run("units", "import", "--db", str(demo_path), str(good))
    assert result.returncode == 0, result.stderr
    listed = run("units", "list", "--db", str(demo_path), "--parent", "026")
    assert "X1\tXã Mới\tcommune\t026" in listed.stdout


def test_bad_extension_is_bad_usage(demo_path: Path, tmp_path: Path):
    result = run("units", "export", "--db", str(demo_path), "--out", str(tmp_path / "x.txt"), lang="en")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Unknown file format")
