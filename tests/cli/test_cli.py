"""The command line as scripts use it: real subprocesses, real database files."""

import pytest

from tests.engines import run_command


def run(*args, lang="vi"):
    """A real subprocess on a file; on a server, in this process (see ``tests.engines.run_command``)."""
    return run_command(*args, lang=lang)


def test_version():
    from hagiang_desktop import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"hagiang-desktop {__version__}"


def test_demo_then_units_list_with_folded_search(tmp_path):
    db = tmp_path / "demo.sqlite3"
    created = run("demo", "--db", str(db))
    assert created.returncode == 0, created.stderr
    assert "60" in created.stdout
    result = run("units", "list", "--db", str(db), "--search", "dong van")
    assert result.returncode == 0
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["026", "Huyện Đồng Văn", "district", "02"] in lines
    assert all(len(line) == 4 for line in lines)
    # Vietnamese alphabetical order of name: Huyện < Phòng < Thị trấn < Trung tâm < Trường < Văn phòng
    names = [line[1] for line in lines]
    from hagiang_desktop.core.vntext import sort_key

    assert names == sorted(names, key=sort_key)


def test_units_list_by_parent(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run("demo", "--db", str(db))
    result = run("units", "list", "--db", str(db), "--parent", "026")
    codes = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert "00715" in codes  # Xã Lũng Cú
    assert len([c for c in codes if c.isdigit()]) == 19  # Đồng Văn's 19 communes


def test_nominations_list_and_dashboard(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run("demo", "--db", str(db))
    listed = run("nominations", "list", "--db", str(db), "--unit", "026")
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert rows
    assert all(len(r) == 8 for r in rows)
    assert {r[6] for r in rows} <= {"yes", "no"}
    board = run("dashboard", "--db", str(db), "--as-of", "2018-04-20")
    table = {line.split("\t")[0]: line.split("\t") for line in board.stdout.splitlines()}
    assert table["026"][5] == "10"  # Đồng Văn's quota
    assert table["026"][6] in {"yes", "no"}


@pytest.mark.parametrize(
    ("args", "status", "vi_text"),
    [
        (("units", "list", "--db", "/nonexistent/x.db"), 1, "Không tìm thấy tệp dữ liệu"),
        (("units", "frobnicate"), 2, "invalid choice"),
        (("dashboard", "--db", "x.db", "--as-of", "20/4/2018"), 2, "YYYY-MM-DD"),
    ],
)
def test_errors_are_one_line_with_exit_codes(args, status, vi_text):
    result = run(*args)
    assert result.returncode == status
    assert vi_text in result.stderr
    assert "Traceback" not in result.stderr


def test_error_in_english(tmp_path):
    result = run("units", "list", "--db", str(tmp_path / "none.db"), lang="en")
    assert result.returncode == 1
    assert result.stderr.startswith("Database file")
