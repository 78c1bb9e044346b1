"""``check``, ``backup``, ``restore`` and ``purge`` on the command line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from hagiang_desktop.cli.main import run_cli
from tests.services.test_open_damaged import make_too_new, sha
from tests.storage.test_lock import hold_in_child, stop


def test_check_of_the_demo_database_passes(demo_path):
    result = subprocess.run(
        [sys.executable, "-m", "hagiang_desktop", "check", "--db", str(demo_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines[:3]] == ["ĐẠT", "ĐẠT", "ĐẠT"]
    assert lines[-1] == "Tệp dữ liệu không có lỗi."


def test_check_reports_problems_and_exits_1(demo_path, capsys, monkeypatch):
    monkeypatch.setenv("HAGIANG_LANG", "en")
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE nomination SET eligible = NOT eligible WHERE id=7")
    con.commit()
    con.close()
    assert run_cli(["check", "--db", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM\tThe program's own rules" in out
    assert "  - eligible_cache: nomination 7: " in out
    assert "1 problem(s) found" in out


def test_check_on_a_newer_database(tmp_path, demo_path, capsys):
    db = tmp_path / "new.sqlite3"
    make_too_new(db, demo_path)
    assert run_cli(["check", "--db", str(db)]) == 1
    assert "phiên bản mới hơn" in capsys.readouterr().err


def test_backup_to_a_folder_then_restore(tmp_path, demo_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run_cli(["backup", "--db", str(demo_path), "--out", str(usb)]) == 0
    (copy,) = usb.iterdir()
    assert "Đã sao lưu và kiểm tra" in capsys.readouterr().out
    assert run_cli(["purge", "--id", "5", "--db", str(demo_path)]) == 0
    assert "mô hình số 5" in capsys.readouterr().out
    assert run_cli(["purge", "--id", "5", "--db", str(demo_path)]) == 1
    assert capsys.readouterr().err.strip() == "Không có mô hình số 5."
    assert run_cli(["restore", "--db", str(demo_path), "--from", str(copy)]) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    con = sqlite3.connect(demo_path)
    assert con.execute("SELECT count(*) FROM nomination").fetchone()[0] == 60
    con.close()


def test_restore_of_a_bad_backup_changes_nothing(tmp_path, demo_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("không phải tệp dữ liệu", encoding="utf-8")
    before = sha(demo_path)
    assert run_cli(["restore", "--db", str(demo_path), "--from", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "không khôi phục" in err
    assert len(err.strip().splitlines()) == 1
    assert sha(demo_path) == before


def test_writing_commands_refuse_while_the_window_holds_the_lock(tmp_path, demo_path, capsys):
    copy = tmp_path / "copy.sqlite3"
    assert run_cli(["backup", "--db", str(demo_path), "--out", str(copy)]) == 0
    capsys.readouterr()
    before = sha(demo_path)
    child = hold_in_child(demo_path)
    try:
        assert run_cli(["purge", "--id", "1", "--db", str(demo_path)]) == 1
        assert "đang được một cửa sổ chương trình khác sử dụng" in capsys.readouterr().err
        assert run_cli(["restore", "--db", str(demo_path), "--from", str(copy)]) == 1
        assert "đang được một cửa sổ chương trình khác sử dụng" in capsys.readouterr().err
        # reading still works while the window is open
        assert run_cli(["check", "--db", str(demo_path), "--quick"]) == 0
        assert run_cli(["nominations", "list", "--db", str(demo_path)]) == 0
    finally:
        stop(child)
    assert sha(demo_path) == before
