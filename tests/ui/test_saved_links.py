"""Success messages offer to open the file and its folder (#17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from hagiang_desktop.ui.saved import with_open_links


def test_the_message_links_the_file_and_its_folder(tmp_path: Path):
    path = tmp_path / "danh sách & phiếu.xlsx"
    text = with_open_links(f"Đã lưu {path}: 7 mô hình.", path)
    assert f"href='{QUrl.fromLocalFile(str(path)).toString()}'" in text
    assert f"href='{QUrl.fromLocalFile(str(tmp_path)).toString()}'" in text
    assert "danh sách &amp; phiếu.xlsx: 7 mô hình" in text  # the message itself stays readable
