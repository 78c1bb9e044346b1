import pytest

from hagiang_desktop.core.atomic import atomic_path, atomic_write_text


def test_success_replaces_the_file(tmp_path):
    target = tmp_path / "list.xlsx"
    target.write_text("old")
    atomic_write_text(target, "mới")
    assert target.read_text(encoding="utf-8") == "mới"
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]


def test_failure_leaves_the_old_file_and_no_partial_file(tmp_path):
    target = tmp_path / "list.xlsx"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("cancelled")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]


def test_failure_on_a_new_file_leaves_nothing(tmp_path):
    target = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"%PDF")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []
