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
    "db_empty": (
        "Tệp dữ liệu {path} rỗng (0 byte), có thể đã bị mất khi sao chép hoặc mất điện. "
        "Hãy khôi phục từ bản sao lưu (lệnh restore); tệp không bị thay đổi.",
        "Database {path} is empty (0 bytes); it may have been lost while copying or in a power cut. "
        "Restore a backup (the restore command); the file was not changed.",
    ),
    "db_not_sqlite": (
        "Tệp {path} không phải là tệp dữ liệu của chương trình. Hãy kiểm tra lại tên tệp; "
        "tệp không bị thay đổi.",
        "{path} is not a database of this program. Check the file name; the file was not changed.",
    ),
    "db_damaged": (
        "Tệp dữ liệu {path} bị hỏng ({detail}). Hãy khôi phục từ bản sao lưu gần nhất (lệnh restore); "
        "tệp không bị thay đổi.",
        "Database {path} is damaged ({detail}). Restore the latest backup (the restore command); "
        "the file was not changed.",
    ),
    "db_locked": (
        "Tệp dữ liệu {path} đang được một cửa sổ chương trình khác sử dụng. "
        "Hãy đóng cửa sổ đó rồi chạy lại lệnh.",
        "Database {path} is in use by another window of the program. Close it and run the command again.",
    ),
    "db_read_only": (
        "Không ghi được vào tệp dữ liệu {path} (ổ chỉ đọc hoặc không có quyền ghi). "
        "Hãy chép tệp sang ổ đĩa của máy; tệp không bị thay đổi.",
        "Cannot write to database {path} (read-only media or no permission). "
        "Copy it to the computer's disk; the file was not changed.",
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
    # Issue #10: templates and imports. {where} names the file, the sheet and the cell.
    "import_missing": ("Không tìm thấy tệp {file}.", "File {file} not found."),
    "import_empty": ("Tệp {file} rỗng (0 byte); không có gì để nhập.", "File {file} is empty (0 bytes); nothing to import."),
    "import_unsupported": (
        "Tệp {file} không phải loại nhập được ({detail}). Hãy lưu thành .xlsx, .csv hoặc .docx.",
        "{file} is not a kind of file that can be imported ({detail}). Save it as .xlsx, .csv or .docx.",
    ),
    "import_not_xlsx": (
        "Tệp {file} không phải là bảng tính Excel .xlsx (có thể bị đổi tên). Hãy mở bằng Excel và lưu lại thành .xlsx.",
        "{file} is not an Excel .xlsx workbook (perhaps renamed). Open it in Excel and save it as .xlsx.",
    ),
    "import_damaged": (
        "Tệp {file} bị hỏng hoặc chép chưa hết. Hãy xin đơn vị gửi lại tệp.",
        "{file} is damaged or incompletely copied. Ask the unit to send it again.",
    ),
    "import_unsafe": (
        "Tệp {file} chứa cấu trúc XML không an toàn (entity/DTD) nên bị từ chối.",
        "{file} contains unsafe XML (entities/DTD) and is refused.",
    ),
    "import_too_big": (
        "Tệp {file} quá lớn ({detail} byte khi giải nén) nên bị từ chối.",
        "{file} is too large ({detail} bytes unpacked) and is refused.",
    ),
    "import_formula": (
        "Tệp {file}, trang {sheet}, ô {cell} chứa công thức. Hãy sao chép và dán dạng giá trị rồi gửi lại.",
        "{file}, sheet {sheet}, cell {cell} holds a formula. Copy and paste as values, then send it again.",
    ),
    "import_huge_cell": (
        "Tệp {file}, trang {sheet}, ô {cell} quá dài ({detail} ký tự) nên bị từ chối.",
        "{file}, sheet {sheet}, cell {cell} is too long ({detail} characters) and is refused.",
    ),
    "import_too_many_rows": (
        "Tệp {file}, trang {sheet} có quá {detail} dòng.",
        "{file}, sheet {sheet} has more than {detail} rows.",
    ),
    "import_no_header": (
        "Tệp {file}, trang {sheet}: không tìm thấy dòng tiêu đề cột.",
        "{file}, sheet {sheet}: no header row found.",
    ),
    "import_no_rows": ("Tệp {file}, trang {sheet}: không có dòng dữ liệu nào.", "{file}, sheet {sheet}: no data rows."),
    "import_not_a_form": (
        "Tệp {file} không phải phiếu đăng ký (không thấy “PHIẾU ĐĂNG KÝ” và “Tên mô hình/tập thể/cá nhân:”).",
        "{file} is not a registration form (no “PHIẾU ĐĂNG KÝ” and “Tên mô hình/tập thể/cá nhân:” found).",
    ),
    "import_bad_meta": (
        "Tệp {file}, trang {sheet}, ô {cell}: thông tin mẫu bị sửa. Hãy dùng mẫu mới.",
        "{file}, sheet {sheet}, cell {cell}: the template's metadata was altered. Use a new template.",
    ),
    "import_no_unit": (
        "Tệp {file} không phải mẫu của chương trình: hãy cho biết đơn vị gửi bằng --unit MÃ.",
        "{file} is not one of our templates: name the sending unit with --unit CODE.",
    ),
    "import_unknown_unit": ("Không có đơn vị mã {detail} trong danh mục.", "No unit with code {detail} in the directory."),
    "import_wrong_plan": (
        "Tệp {file} là mẫu của kế hoạch {detail}, không phải kế hoạch đang dùng.",
        "{file} is a template of plan {detail}, not of the plan in use.",
    ),
    "import_template_version": (
        "Tệp {file} là mẫu phiên bản khác ({detail}). Hãy gửi cho đơn vị mẫu mới.",
        "{file} is a template of another version ({detail}). Send the unit a new template.",
    ),
    "import_no_name_column": (
        "Tệp {file}: không có cột nào là tên mô hình/tập thể/cá nhân.",
        "{file}: no column holds the model's name.",
    ),
    "import_has_errors": (
        "{count} dòng có lỗi; không ghi gì. Hãy sửa tệp, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.",
        "{count} rows have errors; nothing was written. Fix the file, or use --skip-invalid to import only valid rows.",
    ),
    "import_done": (
        "{file}: {created} mô hình mới, {updated} cập nhật, {skipped} bỏ qua (đơn vị {unit}).",
        "{file}: {created} new, {updated} updated, {skipped} skipped (unit {unit}).",
    ),
    "import_dry_run": (
        "{file}: chạy thử, không ghi gì – {new} mới, {changed} thay đổi, {unchanged} không đổi, "
        "{duplicate} trùng, {error} lỗi.",
        "{file}: dry run, nothing written – {new} new, {changed} changed, {unchanged} unchanged, "
        "{duplicate} duplicates, {error} errors.",
    ),
    "row_required": ("thiếu {detail}", "{detail} missing"),
    "row_bad_kind": ("đối tượng không hợp lệ: {detail}", "unknown kind: {detail}"),
    "row_bad_field": ("lĩnh vực không hợp lệ: {detail}", "unknown field: {detail}"),
    "row_bad_honour": ("danh hiệu không có trong kế hoạch: {detail}", "honour not in the plan: {detail}"),
    "row_bad_date": ("ngày không hợp lệ: {detail}", "invalid date: {detail}"),
    "row_bad_year": ("năm sinh không hợp lệ: {detail}", "invalid birth year: {detail}"),
    "row_kind_not_allowed": ("lĩnh vực không nhận đối tượng này: {detail}", "the field does not admit this kind: {detail}"),
    "row_unknown_criterion": ("mã tiêu chí không áp dụng: {detail}", "criterion codes that do not apply: {detail}"),
    "row_name_required": ("thiếu tên", "name missing"),
    "row_unknown_field": ("lĩnh vực không hợp lệ: {detail}", "unknown field: {detail}"),
    "template_done": ("Đã tạo mẫu {path} cho {unit}.", "Wrote template {path} for {unit}."),
}


def current_language() -> str:
    """Return ``vi`` or ``en``: ``HAGIANG_LANG`` (set by ``--lang``), else Vietnamese."""
    lang = os.environ.get("HAGIANG_LANG", "vi")
    return "en" if lang.startswith("en") else "vi"


def message(code: str, **values: object) -> str:
    """Return the message for ``code`` in the current language, filled with ``values``."""
    vi, en = MESSAGES[code]
    return (en if current_language() == "en" else vi).format(**values)
