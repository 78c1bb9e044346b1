"""``hagiang-desktop export …`` in real subprocesses on the demo, on a file and on a server (#22)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.test_cli import run


def test_export_list_forms_and_list_pdf(demo_location: object, tmp_path: Path) -> None:
    db = str(demo_location)
    xlsx = tmp_path / "danh-sach.xlsx"
    listed = run("export", "list", "--db", db, "--out", str(xlsx))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("Đã ghi ")
    ws = load_workbook(xlsx)["Danh sách"]
    assert ws["F1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

    by_unit = run("export", "list", "--db", db, "--out", str(tmp_path / "x.xlsx"), "--unit", "026")
    assert by_unit.returncode == 0, by_unit.stderr

    forms = tmp_path / "phieu.pdf"
    printed = run("export", "forms", "--db", db, "--out", str(forms), "--id", "1", "--id", "2")
    assert printed.returncode == 0, printed.stderr
    assert "2 mô hình" in printed.stdout
    assert "PHIẾU ĐĂNG KÝ" in PdfReader(forms).pages[0].extract_text()

    pdf = tmp_path / "ds.pdf"
    as_pdf = run("export", "list-pdf", "--db", db, "--out", str(pdf), lang="en")
    assert as_pdf.returncode == 0, as_pdf.stderr
    assert as_pdf.stdout.startswith("Wrote ")
    assert "DANH SÁCH ĐĂNG KÝ" in PdfReader(pdf).pages[0].extract_text()

    letter = tmp_path / "cong-van.pdf"
    sent = run("export", "letter", "--db", db, "--out", str(letter))
    assert sent.returncode == 0, sent.stderr
    text = " ".join(PdfReader(letter).pages[0].extract_text().split())
    assert "Kính gửi: UBND tỉnh Hà Giang" in text
    assert "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN" in text


def test_export_errors_are_one_line(demo_location: object, tmp_path: Path) -> None:
    db = str(demo_location)
    unknown = run("export", "list", "--db", db, "--out", str(tmp_path / "a.xlsx"), "--unit", "nope")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "Không có đơn vị mã nope trong danh mục."
    missing = run(
        "export", "forms", "--db", db, "--out", str(tmp_path / "a.pdf"), "--id", "999999", lang="en"
    )
    assert missing.returncode == 1
    assert missing.stderr.strip() == "No nomination with id 999999."
    no_folder = run("export", "list-pdf", "--db", db, "--out", str(tmp_path / "no" / "a.pdf"))
    assert no_folder.returncode == 1
    assert len(no_folder.stderr.strip().splitlines()) == 1
    usage = run("export", "list", "--db", db)
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr + unknown.stderr + missing.stderr + no_folder.stderr
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("demo.sqlite3")]
