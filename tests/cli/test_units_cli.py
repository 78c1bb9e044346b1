"""``hagiang-desktop units export|import``: real subprocesses, real files read back."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook


def run(*args: str, lang: str = "vi") -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "hagiang_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "HAGIANG_LANG": lang},
        check=False,
    )


def _digest(path: Path) -> str:
    # The WAL file may hold the last commits: compare the data through a query, not the bytes.
    import sqlite3

    con = sqlite3.connect(path)
    try:
        rows = con.execute("select code, name, parent_id, valid_to from unit order by code").fetchall()
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_round_trip(demo_path: Path, tmp_path: Path, suffix: str):
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


def test_import_with_errors_changes_nothing(demo_path: Path, tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name,kind,parent_code\nX1,Xã Mới,commune,026\nX2,,commune,026\nX3,Xã Ba,commune,zz\n",
        encoding="utf-8",
    )
    before = _digest(demo_path)
    result = run("units", "import", "--db", str(demo_path), str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "2 lỗi" in result.stderr
    assert "dòng 3, cột name: tên trống" in result.stdout
    assert "dòng 4, cột parent_code: không có đơn vị cấp trên này (zz)" in result.stdout
    assert _digest(demo_path) == before


def test_import_applies(demo_path: Path, tmp_path: Path):
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
