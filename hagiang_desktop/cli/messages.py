"""Messages of the command line in Vietnamese and English (the CLI does not load Qt).

Every user error is one line on stderr in the UI language; no traceback.
"""

from __future__ import annotations

import os

#: code → (Vietnamese, English); ``{name}`` placeholders are filled by :func:`message`.
MESSAGES: dict[str, tuple[str, str]] = {
    "db_missing": (
        "Không tìm thấy tệp dữ liệu {path}. Hãy kiểm tra lại đường dẫn, hoặc tạo tệp mới bằng lệnh demo.",
        "Database file {path} not found. Check the path, or create one with the demo command.",
    ),
    "db_exists": (
        "Tệp {path} đã có. Hãy chọn tên tệp khác hoặc xóa tệp cũ trước.",
        "{path} already exists. Choose another file name or remove the old file first.",
    ),
    "db_too_new": (
        "Tệp dữ liệu {path} do phiên bản mới hơn của chương trình tạo ra. Hãy cập nhật chương trình; "
        "tệp không bị thay đổi.",
        "Database {path} was made by a newer version of the program. Update the program; "
        "the file was not changed.",
    ),
    "db_unreadable": (
        "Không mở được tệp dữ liệu {path}: {detail}. Tệp không bị thay đổi.",
        "Cannot open database {path}: {detail}. The file was not changed.",
    ),
    "unknown_unit": (
        "Không có đơn vị mã {code} trong danh mục.",
        "No unit with code {code} in the directory.",
    ),
    "demo_done": (
        "Đã tạo {path}: {units} đơn vị, {nominations} mô hình mẫu.",
        "Created {path}: {units} units, {nominations} demo nominations.",
    ),
    "bad_date": (
        "Ngày không hợp lệ: {value}. Hãy viết theo dạng YYYY-MM-DD, ví dụ 2018-04-13.",
        "Invalid date: {value}. Write it as YYYY-MM-DD, for example 2018-04-13.",
    ),
    "unknown_status": (
        "Trạng thái không hợp lệ: {value}. Chọn một trong: {choices}.",
        "Unknown status: {value}. Choose one of: {choices}.",
    ),
}


def current_language() -> str:
    """Return ``vi`` or ``en``: ``HAGIANG_LANG`` (set by ``--lang``), else Vietnamese."""
    lang = os.environ.get("HAGIANG_LANG", "vi")
    return "en" if lang.startswith("en") else "vi"


def message(code: str, **values: object) -> str:
    """Return the message for ``code`` in the current language, filled with ``values``."""
    vi, en = MESSAGES[code]
    return (en if current_language() == "en" else vi).format(**values)
