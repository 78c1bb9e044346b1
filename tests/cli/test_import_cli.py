"""`template` and `nominations import` on the command line: exit codes, one-line errors, dry run."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import run
from tests.engines import fingerprint
from tests.services.import_files import fill_template


def _template(demo_path: object, tmp_path: Path) -> Path:
    out = tmp_path / "mau.xlsx"
    result = run("template", "--db", str(demo_path), "--unit", "026-GDDT", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists()
    assert "026-GDDT" in result.stdout
    return out


def test_template_for_unknown_unit_is_one_line_error(demo_path, tmp_path):
    result = run("template", "--db", str(demo_path), "--unit", "nope", "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 1
    assert result.stderr.strip() == "Không có đơn vị mã nope trong danh mục."
    assert not (tmp_path / "x.xlsx").exists()


def test_dry_run_changes_nothing_then_import_and_skip_invalid(demo_location, tmp_path):
    demo_path = demo_location  # a file, then a server (#22)
    filled = fill_template(
        _template(demo_path, tmp_path),
        tmp_path / "gui.xlsx",
        [
            {"B": "Trường Mầm non Hoa Ban", "C": "Tập thể", "D": "2.3"},
            {"B": "Tổ B", "C": "Tập thể", "D": "2.9"},
        ],
    )
    before = fingerprint(demo_path)
    dry = run("nominations", "import", str(filled), "--db", str(demo_path), "--dry-run")
    assert dry.returncode == 1  # a row has an error
    assert "Đăng ký!D5: lĩnh vực không hợp lệ: 2.9" in dry.stdout
    assert "chạy thử" in dry.stdout
    assert fingerprint(demo_path) == before

    refused = run("nominations", "import", str(filled), "--db", str(demo_path))
    assert refused.returncode == 1
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "--skip-invalid" in refused.stderr
    listed = run("nominations", "list", "--db", str(demo_path))
    assert "Hoa Ban" not in listed.stdout

    done = run("nominations", "import", str(filled), "--db", str(demo_path), "--skip-invalid", lang="en")
    assert done.returncode == 0, done.stderr
    assert "1 new, 0 updated, 1 skipped" in done.stdout
    listed = run("nominations", "list", "--db", str(demo_path))
    assert "Trường Mầm non Hoa Ban" in listed.stdout


def test_bad_file_is_one_line_naming_the_cell(demo_path, tmp_path):
    filled = fill_template(
        _template(demo_path, tmp_path),
        tmp_path / "f.xlsx",
        [{"B": "Tổ A", "C": "Tập thể", "D": "2.1", "H": "=1+1"}],
    )
    result = run("nominations", "import", str(filled), "--db", str(demo_path))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Tệp {filled}, trang Đăng ký, ô H4 chứa công thức. Hãy sao chép và dán dạng giá trị rồi gửi lại."
    )
    assert "Traceback" not in result.stderr


def test_list_needs_a_sender(demo_path, tmp_path):
    csv = tmp_path / "ds.csv"
    csv.write_text("Họ và tên,Lĩnh vực,Loại\nLò Văn Sử,2.6,Cá nhân\n", encoding="utf-8")
    result = run("nominations", "import", str(csv), "--db", str(demo_path))
    assert result.returncode == 1
    assert "--unit" in result.stderr
    ok = run(
        "nominations",
        "import",
        str(csv),
        "--db",
        str(demo_path),
        "--unit",
        "00715",
        "--received",
        "2018-04-10",
    )
    assert ok.returncode == 0, ok.stderr
