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
    "db_no_tables": (
        "Tệp {path} là tệp dữ liệu trống, không có dữ liệu (có thể việc tạo tệp đã bị ngắt giữa chừng). "
        "Hãy xóa tệp này rồi chạy lại; chương trình sẽ tạo tệp mới. Tệp không bị thay đổi.",
        "{path} is a database with no data in it (its creation was probably interrupted). "
        "Remove this file and run again; the program will create a new one. The file was not changed.",
    ),
    "db_foreign": (
        "Tệp {path} là dữ liệu của một chương trình khác, không phải của chương trình này. "
        "Hãy kiểm tra lại tên tệp; tệp không bị thay đổi.",
        "{path} belongs to another program, not to this one. Check the file name; the file was not changed.",
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
    # A PostgreSQL server (issue #22)
    "db_server_unreachable": (
        "Không kết nối được máy chủ dữ liệu {path} ({detail}). Hãy kiểm tra địa chỉ, mạng, "
        "hoặc nhờ bộ phận tin học kiểm tra máy chủ PostgreSQL.",
        "Cannot reach the database server {path} ({detail}). Check the address and the network, "
        "or ask IT to check the PostgreSQL server.",
    ),
    "db_password_needed": (
        "Máy chủ {path} cần mật khẩu. Hãy ghi mật khẩu vào tệp .pgpass (hoặc PGPASSFILE) "
        "hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập mật khẩu; không ghi mật khẩu trên dòng lệnh.",
        "Server {path} asks for a password. Put it in the .pgpass file (or PGPASSFILE), or run the "
        "command in a terminal to type it; never on the command line.",
    ),
    "db_password_wrong": (
        "Máy chủ {path} không chấp nhận tên người dùng hoặc mật khẩu ({detail}).",
        "Server {path} refused the user name or password ({detail}).",
    ),
    "db_no_database": (
        "Máy chủ không có cơ sở dữ liệu {path}, hoặc người dùng không được phép vào ({detail}). "
        "Hãy nhờ bộ phận tin học tạo cơ sở dữ liệu và cấp quyền.",
        "The server has no database {path}, or the user may not connect to it ({detail}). "
        "Ask IT to create the database and grant access.",
    ),
    "db_not_initialised": (
        "Cơ sở dữ liệu {path} trên máy chủ còn trống. Hãy chạy lệnh "
        "'hagiang-desktop server init --db ĐỊA_CHỈ' một lần trước.",
        "Database {path} on the server is empty. Run 'hagiang-desktop server init --db URL' once first.",
    ),
    "db_password_in_url": (
        "Không ghi mật khẩu trong địa chỉ máy chủ trên dòng lệnh. Hãy ghi vào tệp .pgpass "
        "(hoặc PGPASSFILE), hoặc để chương trình hỏi mật khẩu.",
        "Never put the password in the server address on the command line. Put it in the .pgpass "
        "file (or PGPASSFILE), or let the program ask for it.",
    ),
    "password_prompt": ("Mật khẩu cho {path}: ", "Password for {path}: "),
    "server_only_files": (
        "Lệnh này chỉ dùng cho tệp dữ liệu, không dùng cho máy chủ {path}.",
        "This command works on a database file, not on the server {path}.",
    ),
    "server_needs_url": (
        "Lệnh server cần địa chỉ máy chủ: --db postgresql://người_dùng@máy_chủ/tên_cơ_sở_dữ_liệu",
        "The server commands need a server address: --db postgresql://user@host/dbname",
    ),
    "server_init_done": (
        "Đã khởi tạo cơ sở dữ liệu {path}: cấu trúc dữ liệu phiên bản {revision}, "
        "{units} đơn vị trong danh mục.",
        "Initialised the database {path}: schema revision {revision}, {units} units in the directory.",
    ),
    "server_import_done": (
        "Đã chuyển toàn bộ dữ liệu của tệp {path} vào cơ sở dữ liệu {server}, trong một giao dịch. Chi tiết:",
        "Moved all the data of {path} into the server database {server}, in one transaction. What moved:",
    ),
    # The report's lines, one per kind of record (cli.server prints them in this order).
    "moved_units_matched": ("Đơn vị khớp theo mã", "Units matched by code"),
    "moved_units_added": ("Đơn vị thêm mới vào danh mục", "Units added to the directory"),
    "moved_unit_contact": ("Đơn vị được bổ sung người liên hệ", "Units given the office's contact person"),
    "moved_unit_group": ("Khối, cụm thi đua thêm mới", "Emulation blocs and clusters added"),
    "moved_unit_group_member": ("Đơn vị xếp vào khối, cụm", "Units placed in blocs and clusters"),
    "moved_unit_link": ("Sáp nhập, chia tách, đổi tên đơn vị", "Unit mergers, splits and renamings"),
    "moved_unit_version": (
        "Thông tin cũ của đơn vị (trước ngày thay đổi)",
        "Units' earlier details (before a dated change)",
    ),
    "moved_unit_plan": ("Kế hoạch nhân rộng của đơn vị", "Units' replication plans"),
    "moved_nomination": ("Hồ sơ đăng ký (mô hình)", "Nominations (models)"),
    "moved_criterion_check": ("Tiêu chí đã đánh dấu", "Criteria ticked"),
    "moved_status_event": ("Lịch sử trạng thái", "Status history entries"),
    "moved_assessment": ("Đánh giá theo giai đoạn", "Assessments per stage"),
    "moved_replication_activity": ("Hoạt động nhân rộng", "Replication activities"),
    "moved_commendation": ("Khen thưởng đã nhận", "Commendations received"),
    "moved_nomination_move": ("Mô hình chuyển sang đơn vị kế thừa", "Nominations moved to a successor unit"),
    "moved_receipt": ("Văn bản đến (sổ theo dõi)", "Receipts register entries"),
    "moved_inbox_bundle": ("Gói hồ sơ đã nhận", "Bundles received"),
    "moved_upward_event": ("Các bước gửi lên cấp trên", "Steps of sending upward"),
    "moved_audit_event": ("Nhật ký thao tác", "Audit log entries"),
    "moved_setting": ("Cài đặt của cơ quan", "Office settings"),
    "moved_signing_identity": ("Khóa ký của cơ quan", "Signing keys"),
    "moved_trusted_certificate": ("Chứng thư được tin cậy", "Trusted certificates"),
    "moved_skipped": (
        "{what} (đã có trên máy chủ, không chép lại)",
        "{what} (already on the server, not copied)",
    ),
    "moved_not_moved": (
        "{what} (giữ lại trong tệp, không chuyển)",
        "{what} (stay with the office, not moved)",
    ),
    "server_import_again": (
        "Hồ sơ của tệp {path} đã có trên máy chủ ({detail} hồ sơ trùng mã): tệp này đã được chuyển "
        "trước đây. Không chuyển gì; máy chủ không thay đổi.",
        "The nominations of {path} are on the server already ({detail} with the same identifier): "
        "this file was moved before. Nothing moved; the server was not changed.",
    ),
    "server_collation": (
        "Cơ sở dữ liệu {path} được tạo với bảng so sánh chữ {detail}; chương trình cần C.UTF-8 để sắp "
        "xếp giống hệt trên mọi máy. Hãy nhờ bộ phận tin học tạo lại: createdb --locale=C.UTF-8 "
        "--template=template0 (xem Hướng dẫn sử dụng). Không có gì bị thay đổi.",
        "Database {path} was created with the collation {detail}; the program needs C.UTF-8 so that "
        "lists sort the same everywhere. Ask IT to create it again: createdb --locale=C.UTF-8 "
        "--template=template0 (see the user guide). Nothing was changed.",
    ),
    "server_backup_no_tools": (
        "Chưa có chương trình pg_dump/pg_restore của PostgreSQL trên máy này ({detail}). "
        "Không có gì bị thay đổi.",
        "PostgreSQL's pg_dump/pg_restore are not installed on this computer ({detail}). Nothing was changed.",
    ),
    "server_backup_failed": (
        "Sao lưu/khôi phục máy chủ không thành công ({detail}). Máy chủ không bị thay đổi; không có tệp nào "
        "được ghi.",
        "The server backup/restore failed ({detail}). The server was not changed; no file was written.",
    ),
    "server_backup_not_a_dump": (
        "Tệp {path} không phải bản sao lưu máy chủ của chương trình (pg_dump dạng custom); không khôi phục. "
        "Máy chủ không bị thay đổi.",
        "{path} is not a server backup of this program (a custom-format pg_dump); nothing restored. "
        "The server was not changed.",
    ),
    "server_init_already": (
        "Cơ sở dữ liệu {path} đã được khởi tạo (phiên bản {revision}, {units} đơn vị); không thay đổi gì.",
        "The database {path} was already initialised (revision {revision}, {units} units); nothing changed.",
    ),
    "check_integrity": ("Kiểm tra toàn vẹn tệp (integrity_check)", "File integrity (integrity_check)"),
    "check_foreign_keys": (
        "Kiểm tra liên kết (foreign_key_check)",
        "Links between records (foreign_key_check)",
    ),
    "check_invariants": ("Kiểm tra quy tắc của chương trình", "The program's own rules"),
    "check_search_index": ("Kiểm tra chỉ mục tìm kiếm", "The search index"),
    "check_access": ("Quyền đọc tệp ở chỗ này", "Access to the file here"),
    "check_summary_access": (
        "Không đọc được tệp ở chỗ này ({detail}). Đây là vấn đề quyền truy cập hoặc ổ chỉ đọc, "
        "không phải tệp bị hỏng: đừng khôi phục từ bản sao lưu. Hãy chép tệp sang ổ đĩa của máy "
        "rồi kiểm tra lại, hoặc nhờ bộ phận tin học cấp quyền.",
        "The file cannot be read here ({detail}). This is a permission or read-only media problem, "
        "not damage: do not restore a backup. Copy the file to the computer's disk and check again, "
        "or ask IT for access.",
    ),
    "check_ok": ("ĐẠT\t{check}", "OK\t{check}"),
    "check_bad": ("LỖI\t{check}", "PROBLEM\t{check}"),
    "check_finding": ("  - {kind}: {detail}", "  - {kind}: {detail}"),
    "check_summary_ok": ("Tệp dữ liệu không có lỗi.", "The database has no problem."),
    "check_summary_bad": (
        "Tìm thấy {count} lỗi. Hãy sao lưu tệp rồi khôi phục từ bản sao lưu tốt gần nhất, "
        "hoặc liên hệ bộ phận tin học.",
        "{count} problem(s) found. Back up the file, then restore the latest good backup or ask IT.",
    ),
    "check_summary_server_ok": (
        "Dữ liệu trên máy chủ không có lỗi.",
        "The data on the server has no problem.",
    ),
    "check_summary_server_bad": (
        "Tìm thấy {count} lỗi trong dữ liệu trên máy chủ. Hãy báo bộ phận tin học (nơi giữ các bản sao lưu "
        "của máy chủ).",
        "{count} problem(s) found in the data on the server. Tell IT, who keep its backups.",
    ),
    "backup_done": ("Đã sao lưu và kiểm tra: {path}", "Backed up and verified: {path}"),
    "backup_failed": (
        "Không sao lưu được ({detail}). Tệp dữ liệu không bị thay đổi.",
        "The backup failed ({detail}). The database was not changed.",
    ),
    "restore_done": (
        "Đã khôi phục {path} từ {source}. Bản sao của tệp cũ: {safety}",
        "Restored {path} from {source}. Copy of the old file: {safety}",
    ),
    "restore_bad_backup": (
        "Bản sao lưu {path} bị hỏng hoặc không phải tệp dữ liệu ({detail}); không khôi phục. "
        "Tệp dữ liệu không bị thay đổi.",
        "Backup {path} is damaged or not a database ({detail}); nothing restored. "
        "The database was not changed.",
    ),
    "restore_empty": (
        "Bản sao lưu {path} rỗng (0 byte), có thể tệp đã hỏng khi chép ra USB; không khôi phục. "
        "Hãy chọn bản sao lưu khác; tệp dữ liệu không bị thay đổi.",
        "Backup {path} is empty (0 bytes), probably damaged while copying; nothing restored. "
        "Choose another backup; the database was not changed.",
    ),
    "restore_not_ours": (
        "Tệp {path} không phải bản sao lưu của chương trình này; không khôi phục. "
        "Hãy chọn đúng tệp sao lưu; tệp dữ liệu không bị thay đổi.",
        "{path} is not a backup of this program; nothing restored. "
        "Choose the right backup file; the database was not changed.",
    ),
    "restore_foreign_keys": (
        "Bản sao lưu {path} có liên kết hỏng giữa các bản ghi ({detail}); không khôi phục. "
        "Hãy chọn bản sao lưu khác; tệp dữ liệu không bị thay đổi.",
        "Backup {path} has broken links between records ({detail}); nothing restored. "
        "Choose another backup; the database was not changed.",
    ),
    "restore_schema": (
        "Bản sao lưu {path} đã bị sửa đổi, cấu trúc không đúng của chương trình ({detail}); "
        "không khôi phục. Hãy chọn bản sao lưu khác; tệp dữ liệu không bị thay đổi.",
        "Backup {path} was altered, its structure is not this program's ({detail}); nothing restored. "
        "Choose another backup; the database was not changed.",
    ),
    "restore_other_office": (
        "Bản sao lưu {path} là dữ liệu của đơn vị {theirs}, không phải của đơn vị này ({ours}); "
        "không khôi phục. Nếu thật sự muốn thay toàn bộ dữ liệu bằng dữ liệu của {theirs}, "
        "chạy lại lệnh với --other-office.",
        "Backup {path} holds the data of office {theirs}, not of this office ({ours}); nothing restored. "
        "To replace all data by that of {theirs}, run the command again with --other-office.",
    ),
    "restore_too_new": (
        "Bản sao lưu {path} do phiên bản mới hơn của chương trình tạo ra; không khôi phục.",
        "Backup {path} was made by a newer version of the program; nothing restored.",
    ),
    "purge_done": (
        "Đã xóa hẳn dữ liệu cá nhân của mô hình số {id} ({audit} mục nhật ký đã xóa). "
        "Các bản sao lưu cũ vẫn còn dữ liệu này cho đến khi được xoay vòng.",
        "Purged the personal data of nomination {id} ({audit} audit entries scrubbed). "
        "Older backups still hold it until they are rotated out.",
    ),
    "nomination_not_found": ("Không có mô hình số {id}.", "No nomination with id {id}."),
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
    # --- signing keys and bundles (issue #7) -------------------------------------------------
    "passphrase_prompt": ("Mật khẩu khóa ký: ", "Signing key passphrase: "),
    "passphrase_prompt_new": ("Mật khẩu mới cho khóa ký: ", "New passphrase for the signing key: "),
    "passphrase_prompt_again": ("Nhập lại mật khẩu: ", "Type the passphrase again: "),
    "passphrase_mismatch": ("Hai lần nhập mật khẩu không khớp nhau.", "The two passphrases differ."),
    "passphrase_file_unreadable": (
        "Không đọc được tệp mật khẩu {path}.",
        "Cannot read the passphrase file {path}.",
    ),
    "file_missing": ("Không tìm thấy tệp {path}.", "File {path} not found."),
    "key_no_office": (
        "Chưa chọn đơn vị sử dụng chương trình; hãy chọn đơn vị trong phần Cài đặt trước.",
        "No office is chosen yet; choose this installation's office in the settings first.",
    ),
    "key_no_identity": (
        "Đơn vị chưa có khóa ký; hãy tạo bằng lệnh keys create.",
        "The office has no signing key yet; create one with keys create.",
    ),
    "key_identity_exists": (
        "Đơn vị đã có khóa ký đang dùng. Muốn thay khóa mới thì dùng --rotate (khóa cũ được lưu là đã thay).",
        "The office already has an active signing key. Use --rotate to replace it "
        "(the old one is kept as retired).",
    ),
    "key_short_passphrase": (
        "Mật khẩu quá ngắn: cần ít nhất {detail} ký tự.",
        "The passphrase is too short: at least {detail} characters.",
    ),
    "key_wrong_passphrase": ("Mật khẩu khóa ký không đúng.", "Wrong passphrase for the signing key."),
    "key_bad_key_file": (
        "Tệp không phải bản sao khóa ký (.p12) dùng được: {detail}",
        "Not a usable signing key backup (.p12): {detail}",
    ),
    "key_bad_certificate": ("Tệp không phải chứng thư hợp lệ: {detail}", "Not a valid certificate: {detail}"),
    "key_several_certificates": (
        "Tệp chứa nhiều chứng thư ({detail}); hãy tách từng chứng thư ra một tệp và so dấu vân tay "
        "với phiếu giấy trước khi tin cậy.",
        "The file holds several certificates ({detail}); put each in its own file and compare its "
        "fingerprint with the paper form before trusting it.",
    ),
    "key_damaged_certificate": (
        "Chứng thư bị hỏng hoặc bị sửa ({detail}); không tin cậy.",
        "The certificate is damaged or was altered ({detail}); not trusted.",
    ),
    "key_certificate_expired": (
        "Chứng thư đã hết hạn ({detail}); không tin cậy.",
        "The certificate has expired ({detail}); not trusted.",
    ),
    "key_certificate_not_yet_valid": (
        "Chứng thư chưa đến ngày có hiệu lực ({detail}); không tin cậy.",
        "The certificate is not valid yet ({detail}); not trusted.",
    ),
    "key_created": (
        "Đã tạo khóa ký cho {unit}. Dấu vân tay SHA-256: {fingerprint}",
        "Created the signing key of {unit}. SHA-256 fingerprint: {fingerprint}",
    ),
    "key_backed_up": (
        "Đã sao lưu khóa ký vào {path} (vẫn được bảo vệ bằng mật khẩu). Dấu vân tay: {fingerprint}",
        "Backed up the signing key to {path} (still protected by its passphrase). Fingerprint: {fingerprint}",
    ),
    "key_other_office": (
        "Khóa trong tệp này là của đơn vị khác ({detail}: khóa ≠ đơn vị này); không khôi phục. "
        "Gói ký bằng khóa này sẽ bị tỉnh từ chối vì sai đơn vị gửi. Hãy dùng tệp sao lưu khóa của "
        "chính đơn vị; nếu thật sự muốn, chạy lại với --other-office.",
        "The key in this file belongs to another office ({detail}: key ≠ this office); not restored. "
        "Bundles signed with it would be refused by the province as coming from the wrong sender. "
        "Use this office's own key backup; to restore it anyway, run again with --other-office.",
    ),
    "key_office_mismatch": (
        "Khóa ký đang dùng là của đơn vị khác ({detail}: khóa ≠ đơn vị này): tỉnh sẽ từ chối gói. "
        "Chưa tạo gói, chưa có mô hình nào bị đánh dấu đã gửi. Hãy khôi phục khóa của chính đơn vị "
        "hoặc tạo khóa mới.",
        "The active signing key belongs to another office ({detail}: key ≠ this office): the province "
        "would refuse the bundle. No bundle was made and nothing was marked submitted. Restore this "
        "office's own key or create a new one.",
    ),
    "key_restored": (
        "Đã khôi phục khóa ký của {unit}. Dấu vân tay: {fingerprint}",
        "Restored the signing key of {unit}. Fingerprint: {fingerprint}",
    ),
    "cert_exported": (
        "Đã ghi chứng thư vào {path}. Dấu vân tay: {fingerprint}",
        "Wrote the certificate to {path}. Fingerprint: {fingerprint}",
    ),
    "form_written": (
        "Đã ghi phiếu xác nhận dấu vân tay vào {path}.",
        "Wrote the fingerprint form to {path}.",
    ),
    "timestamp_server": (
        "Máy chủ cấp dấu thời gian: {value} (tệp PDF ký số có dấu thời gian, PAdES B-T).",
        "Timestamp server: {value} (signed PDFs carry its timestamp, PAdES B-T).",
    ),
    "timestamp_server_none": (
        "Chưa đặt máy chủ cấp dấu thời gian: tệp PDF được ký không có dấu thời gian (PAdES B-B).",
        "No timestamp server: PDFs are signed without a timestamp (PAdES B-B).",
    ),
    "timestamp_server_and_off": (
        "Hãy cho địa chỉ máy chủ hoặc --off, không cho cả hai.",
        "Give the server's address or --off, not both.",
    ),
    "key_bad_timestamp_url": (
        "Địa chỉ máy chủ cấp dấu thời gian không hợp lệ ({detail}); cần dạng http://… hoặc https://….",
        "The timestamp server's address is not valid ({detail}); it must be http://… or https://….",
    ),
    "key_timestamp_unreachable": (
        "Máy chủ cấp dấu thời gian không trả lời ({detail}).",
        "The timestamp server does not answer ({detail}).",
    ),
    "export_timestamped": (
        "Chữ ký có dấu thời gian của máy chủ cấp dấu thời gian (PAdES B-T).",
        "The signature carries the timestamp server's timestamp (PAdES B-T).",
    ),
    "export_not_timestamped": (
        "Lưu ý: máy chủ cấp dấu thời gian không trả lời ({detail}); tệp đã được ký không có dấu thời gian "
        "(PAdES B-B).",
        "Note: the timestamp server did not answer ({detail}); the file was signed without a timestamp "
        "(PAdES B-B).",
    ),
    "stamp_image": (
        "Ảnh con dấu/chữ ký trong chữ ký số: {value}",
        "Seal or signature image in visible signatures: {value}",
    ),
    "stamp_image_none": (
        "Chưa đặt ảnh con dấu/chữ ký: chữ ký số chỉ hiện chữ.",
        "No seal or signature image: visible signatures show text only.",
    ),
    "stamp_image_and_off": (
        "Hãy cho tệp ảnh hoặc --off, không cho cả hai.",
        "Give the image file or --off, not both.",
    ),
    "key_bad_image": (
        "Không dùng được ảnh này ({detail}); cần tệp PNG hoặc JPEG dưới 2 MB. Cài đặt không đổi.",
        "This image cannot be used ({detail}); a PNG or JPEG under 2 MB is needed. The setting is unchanged.",
    ),
    "ca_trusted": (
        "Đã cài tổ chức cấp chứng thư {subject}: {fingerprint}",
        "Installed the certificate authority {subject}: {fingerprint}",
    ),
    "ca_removed": (
        "Đã gỡ tổ chức cấp chứng thư {fingerprint}.",
        "Removed the certificate authority {fingerprint}.",
    ),
    "ca_not_installed": (
        "Không có tổ chức cấp chứng thư nào có vân tay {fingerprint} (xem lệnh bundle trusted-cas).",
        "No installed certificate authority has the fingerprint {fingerprint} (see bundle trusted-cas).",
    ),
    "key_not_a_ca": (
        "Chứng thư {detail} không phải của tổ chức cấp chứng thư; chứng thư của một đơn vị được tin cậy "
        "bằng lệnh bundle trust --unit MÃ.",
        "The certificate {detail} is not a certificate authority's; an office's certificate is trusted "
        "with bundle trust --unit CODE.",
    ),
    "bundle_unbound_certificate": (
        "Gói được ký bằng chứng thư do tổ chức được tin cậy cấp ({detail}) nhưng chưa gắn với đơn vị nào: "
        "hãy gắn một lần theo phiếu vân tay của đơn vị (bundle trust --unit MÃ CHỨNG_THƯ.pem).",
        "The bundle is signed with a certificate a trusted authority issued ({detail}) that is not "
        "bound to any unit yet: bind it once from the office's fingerprint form "
        "(bundle trust --unit CODE CERT.pem).",
    ),
    "bundle_import_renewed": (
        "Chứng thư gia hạn được chấp nhận cho {unit} (cùng chủ thể, cùng tổ chức cấp với chứng thư đã gắn "
        "{old}) và đã được ghi vào danh sách tin cậy; vân tay mới {new}.",
        "Renewed certificate accepted for {unit} (same subject and authority as the bound certificate "
        "{old}) and added to the trust store; new fingerprint {new}.",
    ),
    "bundle_renewed": (
        "Chứng thư gia hạn được chấp nhận cho {unit}: cùng chủ thể và cùng tổ chức cấp ({authority}) với "
        "chứng thư đã gắn {old}; vân tay mới {new}.",
        "Renewed certificate accepted for {unit}: same subject and same authority ({authority}) as the "
        "bound certificate {old}; new fingerprint {new}.",
    ),
    "cert_trusted": (
        "Đã tin cậy chứng thư của {unit}: {fingerprint}",
        "Trusted the certificate of {unit}: {fingerprint}",
    ),
    "bundle_built": (
        "Đã lập gói {path}: gói số {sequence}, {count} mô hình.",
        "Built {path}: bundle number {sequence}, {count} nominations.",
    ),
    "bundle_valid": (
        "Gói hợp lệ: {sender}, gói số {sequence}, {files} tệp; ký bởi chứng thư {fingerprint}",
        "Valid bundle: {sender}, number {sequence}, {files} files; signed by certificate {fingerprint}",
    ),
    "bundle_imported": (
        "Đã nhập gói số {sequence} của {sender}: {added} mô hình mới, {updated} cập nhật, "
        "{withdrawn} đơn vị gửi đã rút, {kept} giữ nguyên quyết định của tỉnh.",
        "Imported bundle {sequence} of {sender}: {added} new, {updated} updated, "
        "{withdrawn} withdrawn by the sender, {kept} kept as the province decided.",
    ),
    # What the province derived otherwise than the sender's bundle said (#23): its own is stored.
    "bundle_claim_supplement_yes": (
        "{name} ({uid}): nhận sau hạn nộp nên là đăng ký bổ sung (gói của đơn vị gửi ghi là đúng hạn); "
        "đã lưu là bổ sung.",
        "{name} ({uid}): received after its deadline, so it is a supplement (the sender's bundle said "
        "on time); stored as a supplement.",
    ),
    "bundle_claim_supplement_no": (
        "{name} ({uid}): nhận đúng hạn nên không phải đăng ký bổ sung (gói của đơn vị gửi ghi là bổ sung); "
        "đã lưu là đúng hạn.",
        "{name} ({uid}): received on time, so it is not a supplement (the sender's bundle said it was); "
        "stored as on time.",
    ),
    "bundle_claim_eligible_yes": (
        "{name} ({uid}): đạt đủ tiêu chí của lĩnh vực (gói của đơn vị gửi ghi là chưa đạt); đã lưu là đạt.",
        "{name} ({uid}): meets every criterion of its field (the sender's bundle said it does not); "
        "stored as eligible.",
    ),
    "bundle_claim_eligible_no": (
        "{name} ({uid}): chưa đạt đủ tiêu chí của lĩnh vực (gói của đơn vị gửi ghi là đạt); "
        "đã lưu là chưa đạt.",
        "{name} ({uid}): does not meet every criterion of its field (the sender's bundle said it does); "
        "stored as not eligible.",
    ),
    "bundle_not_recorded": (
        "Không ghi được vào tệp dữ liệu ({detail}), có thể một chương trình khác đang giữ tệp. "
        "Chưa tạo gói, chưa có mô hình nào bị đánh dấu đã gửi; hãy đóng chương trình kia rồi chạy lại lệnh.",
        "Could not write to the database ({detail}); another program may be holding it. "
        "No bundle was made and nothing was marked submitted; close the other program and run again.",
    ),
    "bundle_write_failed": (
        "Không ghi được tệp gói {path} ({detail}). Chưa có mô hình nào bị đánh dấu đã gửi; "
        "hãy chọn thư mục khác.",
        "Cannot write the bundle {path} ({detail}). Nothing was marked submitted; choose another folder.",
    ),
    "bundle_previewed": (
        "Xem trước gói số {sequence} của {sender} (chưa nhập): {added} mô hình mới, {updated} cập nhật, "
        "{withdrawn} đơn vị gửi đã rút, {kept} giữ nguyên quyết định của tỉnh.",
        "Preview of bundle {sequence} of {sender} (nothing imported): {added} new, {updated} updated, "
        "{withdrawn} withdrawn by the sender, {kept} kept as the province decided.",
    ),
    "bundle_conflict_unchanged": (
        "TRÙNG\t{uid}\t{name}\tTỉnh đã quyết định: {status}; đơn vị gửi lại không thay đổi — giữ nguyên.",
        "CONFLICT\t{uid}\t{name}\t{status} at the province, sent again unchanged — kept.",
    ),
    "bundle_conflict_changed": (
        "TRÙNG\t{uid}\t{name}\tTỉnh đã quyết định: {status}; đơn vị gửi lại có thay đổi — giữ nguyên. "
        "Để nhận bản mới, nhập lại với --take-changed {uid}.",
        "CONFLICT\t{uid}\t{name}\t{status} at the province, sent again changed — kept. "
        "To take the new version, import with --take-changed {uid}.",
    ),
    "bundle_conflict_changed_taken": (
        "TRÙNG\t{uid}\t{name}\tTỉnh đã quyết định: {status}; đã nhận bản mới của đơn vị gửi (chờ xét lại).",
        "CONFLICT\t{uid}\t{name}\t{status} at the province; the sender's new version was taken "
        "(submitted again).",
    ),
    "bundle_conflict_left_out": (
        "TRÙNG\t{uid}\t{name}\tTỉnh đã quyết định: {status}; gói mới không còn mô hình này — giữ nguyên.",
        "CONFLICT\t{uid}\t{name}\t{status} at the province, left out of the new bundle — kept.",
    ),
    "status_accepted": ("đã chấp nhận", "accepted"),
    "status_returned": ("đã trả lại", "returned"),
    "return_built": (
        "Đã lập tệp trả lại {path} (số {sequence}).",
        "Built the return file {path} (number {sequence}).",
    ),
    "return_imported": (
        "Đã nhận tệp trả lại của {sender}: {count} mô hình chuyển sang trạng thái bị trả lại.",
        "Imported the return file of {sender}: {count} nominations are now returned.",
    ),
    "mode_office": (
        "Chế độ: đơn vị gửi danh sách lên tỉnh.",
        "Mode: an office that sends its list to the province.",
    ),
    "mode_province": (
        "Chế độ: hộp thư của tỉnh (nhận và tổng hợp các gói của đơn vị).",
        "Mode: the province's inbox (receives and consolidates the offices' bundles).",
    ),
    "bundle_outside_sender": (
        "Gói có mô hình của đơn vị {detail}, không thuộc đơn vị gửi; đã từ chối.",
        "The bundle holds a model of unit {detail}, which is not under the sender; refused.",
    ),
    "bundle_foreign_nomination": (
        "Gói ghi đè mô hình «{detail}» do đơn vị khác gửi; đã từ chối.",
        "The bundle would overwrite “{detail}”, sent by another office; refused.",
    ),
    "bundle_too_large": (
        "Tệp gói quá lớn ({detail}); đã từ chối.",
        "The bundle file is too large ({detail}); refused.",
    ),
    "bundle_damaged_zip": (
        "Tệp gói bị hỏng hoặc bị cắt cụt, hoặc không phải tệp .zip.",
        "The bundle is damaged or truncated, or not a .zip file.",
    ),
    "bundle_unsafe_path": (
        "Gói chứa tệp có đường dẫn không an toàn ({detail}); đã từ chối.",
        "The bundle holds a file with an unsafe path ({detail}); refused.",
    ),
    "bundle_link_member": (
        "Gói chứa liên kết tượng trưng ({detail}); đã từ chối.",
        "The bundle holds a symbolic link ({detail}); refused.",
    ),
    "bundle_duplicate_member": (
        "Gói chứa hai tệp trùng tên ({detail}); đã từ chối.",
        "The bundle holds two files with the same name ({detail}); refused.",
    ),
    "bundle_zip_bomb": (
        "Gói khi giải nén sẽ quá lớn (bom zip: {detail}); đã từ chối trước khi giải nén.",
        "The bundle would inflate too much (zip bomb: {detail}); refused before inflating it.",
    ),
    "bundle_no_manifest": (
        "Gói thiếu manifest.json hoặc chữ ký manifest.p7s.",
        "The bundle lacks manifest.json or its signature manifest.p7s.",
    ),
    "bundle_bad_manifest": (
        "Tệp manifest.json không đúng định dạng: {detail}",
        "manifest.json is malformed: {detail}",
    ),
    "bundle_unsupported_format": (
        "Gói được lập theo định dạng phiên bản {detail}; hãy cập nhật chương trình.",
        "The bundle uses format version {detail}; update the program.",
    ),
    "bundle_bad_signature": (
        "Chữ ký số của gói không hợp lệ ({detail}).",
        "The bundle's signature is not valid ({detail}).",
    ),
    "bundle_manifest_edited": (
        "Tệp manifest.json đã bị sửa sau khi ký.",
        "manifest.json was changed after it was signed.",
    ),
    "bundle_untrusted_signer": (
        "Gói được ký bằng chứng thư chưa được tin cậy (dấu vân tay {detail}).",
        "The bundle is signed by a certificate that is not trusted (fingerprint {detail}).",
    ),
    "bundle_damaged_certificate": (
        "Chứng thư ký gửi kèm trong gói đã bị hỏng hoặc bị sửa ({detail}); đừng tin cậy chứng thư này. "
        "Hãy đề nghị đơn vị gửi lại gói.",
        "The signing certificate inside the bundle is damaged or was altered ({detail}); do not trust it. "
        "Ask the office to send the bundle again.",
    ),
    "bundle_certificate_expired": (
        "Chứng thư ký của gói đã hết hạn ({detail}); đã từ chối. Đơn vị gửi cần tạo khóa mới.",
        "The bundle's signing certificate has expired ({detail}); refused. The sender needs a new key.",
    ),
    "bundle_certificate_not_yet_valid": (
        "Chứng thư ký của gói chưa đến ngày có hiệu lực ({detail}); đã từ chối. "
        "Hãy kiểm tra đồng hồ của máy gửi và máy nhận.",
        "The bundle's signing certificate is not valid yet ({detail}); refused. "
        "Check the clocks of the sending and the receiving computer.",
    ),
    "bundle_sender_mismatch": (
        "Đơn vị gửi ghi trong gói khác đơn vị trên chứng thư ký ({detail}).",
        "The sender named in the bundle is not the one on the signing certificate ({detail}).",
    ),
    "bundle_member_missing": ("Gói thiếu tệp: {detail}.", "Files missing from the bundle: {detail}."),
    "bundle_extra_member": (
        "Gói có thêm tệp không có trong danh mục đã ký: {detail}.",
        "The bundle holds files not listed in the signed manifest: {detail}.",
    ),
    "bundle_member_changed": ("Tệp {detail} đã bị sửa sau khi ký.", "{detail} was changed after signing."),
    "bundle_other_plan": (
        "Gói thuộc kế hoạch khác ({detail}).",
        "The bundle belongs to another plan ({detail}).",
    ),
    "bundle_wrong_kind": (
        "Tệp không phải loại cần nhập ({detail}).",
        "The file is not of the expected kind ({detail}).",
    ),
    "bundle_replay": (
        "Gói này cũ hơn hoặc trùng với gói đã nhận từ đơn vị này (số {detail}); đã từ chối.",
        "This bundle is older than or the same as one already received from this sender "
        "(number {detail}); refused.",
    ),
    "bundle_nothing_to_send": (
        "Chưa có mô hình nào được lựa chọn để gửi.",
        "No nomination is selected to send.",
    ),
    "bundle_sequence_taken": (
        "Một gói khác vừa được lập cùng lúc (số {detail}); hãy lập lại.",
        "Another bundle was built at the same time (number {detail}); build it again.",
    ),
    "bundle_bad_data": (
        "Dữ liệu trong gói không đúng định dạng: {detail}",
        "The bundle's data is malformed: {detail}",
    ),
    "bundle_unknown_unit": (
        "Gói nhắc đến đơn vị không có trong danh mục: {detail}.",
        "The bundle names a unit not in the directory: {detail}.",
    ),
    "bundle_reason_required": ("Hãy ghi lý do trả lại.", "Give the reason for returning it."),
    "bundle_not_found": ("Không có mô hình số {detail}.", "No nomination number {detail}."),
    "bundle_not_from_bundle": (
        "Mô hình «{detail}» không đến từ gói của đơn vị nào nên không trả lại được.",
        "Nomination “{detail}” did not come in any office's bundle, so it cannot be returned.",
    ),
    "bundle_not_for_us": (
        "Tệp này gửi cho đơn vị khác ({detail}).",
        "This file is addressed to another office ({detail}).",
    ),
    "bundle_unknown_nomination": (
        "Tệp trả lại nhắc đến mô hình không có trong dữ liệu: {detail}.",
        "The return file names a nomination not in this database: {detail}.",
    ),
    "unknown_status": (
        "Trạng thái không hợp lệ: {value}. Chọn một trong: {choices}.",
        "Unknown status: {value}. Choose one of: {choices}.",
    ),
    # Issue #10: templates and imports; a refused file is named with its sheet and cell.
    "import_missing": ("Không tìm thấy tệp {file}.", "File {file} not found."),
    "import_empty": (
        "Tệp {file} rỗng (0 byte); không có gì để nhập.",
        "File {file} is empty (0 bytes); nothing to import.",
    ),
    "import_unsupported": (
        "Tệp {file} không phải loại nhập được ({detail}). Hãy lưu thành .xlsx, .xls, .csv hoặc .docx.",
        "{file} is not a kind of file that can be imported ({detail}). "
        "Save it as .xlsx, .xls, .csv or .docx.",
    ),
    "import_not_xls": (
        "Tệp {file} không phải là bảng tính Excel 97-2003 .xls (có thể bị đổi tên). "
        "Hãy mở bằng Excel và lưu lại thành .xlsx.",
        "{file} is not an Excel 97-2003 .xls workbook (perhaps renamed). "
        "Open it in Excel and save it as .xlsx.",
    ),
    "import_no_sheet": (
        "Tệp {file} không có trang {sheet}. Các trang: {detail}.",
        "{file} has no sheet {sheet}. Its sheets: {detail}.",
    ),
    "import_unknown_column": (
        "Tệp {file} không có cột {detail} (ghi chữ cái cột hoặc đúng tiêu đề cột).",
        "{file} has no column {detail} (give the column's letter or its header text).",
    ),
    "import_unknown_key": (
        "Không có trường {detail}. Các trường: {choices}.",
        "No field named {detail}. The fields: {choices}.",
    ),
    "import_bad_choice": (
        "Không hiểu {detail}: ghi dạng CỘT=GIÁ_TRỊ.",
        "Cannot read {detail}: write it as COLUMN=VALUE.",
    ),
    "infer_household_name": (
        "hộ: tên bắt đầu bằng “{evidence}”",
        "household: the name starts with “{evidence}”",
    ),
    "infer_household_position": ("hộ: chức vụ “{evidence}”", "household: position “{evidence}”"),
    "infer_collective_position": ("tập thể: chức vụ “{evidence}”", "collective: position “{evidence}”"),
    "infer_body": ("tập thể: tên bắt đầu bằng “{evidence}”", "collective: the name starts with “{evidence}”"),
    "infer_person": ("cá nhân: tên người", "individual: a person's name"),
    "infer_field_kind": (
        "lĩnh vực {evidence} chỉ nhận hộ gia đình",
        "field {evidence} admits households only",
    ),
    "infer_sector": ("lĩnh vực {value}: ngành “{evidence}”", "field {value}: sector “{evidence}”"),
    "infer_words": ("lĩnh vực {value}: có chữ “{evidence}”", "field {value}: the words “{evidence}”"),
    "infer_household_field": ("lĩnh vực {value}: hộ gia đình", "field {value}: a household"),
    "infer_clerk_kind": ("đối tượng {value}: do người nhập chọn", "kind {value}: chosen"),
    "infer_clerk_field_code": ("lĩnh vực {value}: do người nhập chọn", "field {value}: chosen"),
    "infer_other_field": ("lĩnh vực khác: ngành “{evidence}”", "other field: sector “{evidence}”"),
    "import_mapping": (
        "Cách đọc cột: {mapping}",
        "Columns read as: {mapping}",
    ),
    "import_not_xlsx": (
        "Tệp {file} không phải là bảng tính Excel .xlsx (có thể bị đổi tên). "
        "Hãy mở bằng Excel và lưu lại thành .xlsx.",
        "{file} is not an Excel .xlsx workbook (perhaps renamed). Open it in Excel and save it as .xlsx.",
    ),
    "import_mixed_encoding": (
        "Tệp {file} lẫn hai bảng mã: phần lớn là UTF-8 nhưng dòng {cell} không phải: «{detail}». "
        "Hãy sửa dòng đó rồi lưu lại tệp dạng CSV UTF-8 và nhập lại; không có gì được nhập.",
        "{file} mixes two encodings: it is mostly UTF-8 but line {cell} is not: «{detail}». "
        "Fix that line, save the file as CSV UTF-8 and import again; nothing was imported.",
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
    "import_over_limit": (
        "Tệp {file} vượt giới hạn an toàn nên bị từ chối trước khi đọc: {sheet} {cell} {detail}.",
        "{file} is over a safety limit and was refused before it was read: {sheet} {cell} {detail}.",
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
    "import_no_rows": (
        "Tệp {file}, trang {sheet}: không có dòng dữ liệu nào.",
        "{file}, sheet {sheet}: no data rows.",
    ),
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
    "import_unknown_unit": (
        "Không có đơn vị mã {detail} trong danh mục.",
        "No unit with code {detail} in the directory.",
    ),
    "import_unit_mismatch": (
        "Tệp {file} là mẫu của đơn vị khác với đơn vị ghi ở --unit ({detail}: mẫu ≠ --unit). "
        "Hãy kiểm tra đơn vị gửi; không có gì được nhập.",
        "{file} is the template of another unit than the one given with --unit ({detail}: template ≠ "
        "--unit). Check who sent it; nothing was imported.",
    ),
    "import_outside_scope": (
        "Đơn vị {detail} không thuộc phạm vi của cơ quan này; không nhập và không ghi nhận đã nộp. "
        "Hãy kiểm tra lại đơn vị gửi.",
        "Unit {detail} is outside this office's district or body; nothing was imported and no receipt "
        "recorded. Check who sent it.",
    ),
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
        "{count} dòng có lỗi; không ghi gì. Hãy sửa tệp, hoặc dùng --skip-invalid để chỉ nhập "
        "các dòng hợp lệ.",
        "{count} rows have errors; nothing was written. Fix the file, or use --skip-invalid to import "
        "only valid rows.",
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
    "row_kind_not_allowed": (
        "lĩnh vực không nhận đối tượng này: {detail}",
        "the field does not admit this kind: {detail}",
    ),
    "row_unknown_criterion": (
        "mã tiêu chí không áp dụng: {detail}",
        "criterion codes that do not apply: {detail}",
    ),
    "row_name_required": ("thiếu tên", "name missing"),
    # own-plan (issue #16, plan IV.1)
    "own_plan_recorded": ("Đã ghi kế hoạch của {unit}: {title}.", "Recorded the plan of {unit}: {title}."),
    "own_plan_nothing": (
        "cần --file (tệp .pdf/.docx) hoặc --number và --date",
        "give --file (.pdf/.docx) or --number and --date",
    ),
    "own_plan_no_unit": ("chưa chọn đơn vị: dùng --unit", "no office chosen: use --unit"),
    "own_plan_nothing_recorded": (
        "cần tệp kế hoạch hoặc số và ngày ký",
        "attach the plan or give its number and date",
    ),
    "own_plan_bad_suffix": ("chỉ nhận tệp .pdf hoặc .docx: {detail}", "only .pdf or .docx files: {detail}"),
    "own_plan_too_big": ("tệp quá lớn (trên 20 MB)", "the file is too large (over 20 MB)"),
    "own_plan_not_a_document": (
        "tệp không phải PDF hoặc Word: {detail}",
        "not a PDF or Word document: {detail}",
    ),
    "own_plan_unreadable": ("không đọc được tệp: {detail}", "cannot read the file: {detail}"),
    "own_plan_no_deadline": (
        "{detail} không gửi kế hoạch riêng về tỉnh (chỉ huyện, thành phố và cơ quan cấp tỉnh)",
        "{detail} sends no plan of its own to the province (only districts and provincial bodies)",
    ),
    "own_plan_unknown_unit": ("không có đơn vị mã {detail}", "no unit with code {detail}"),
    "row_unknown_field": ("lĩnh vực không hợp lệ: {detail}", "unknown field: {detail}"),
    "row_field_title_required": (
        'ghi tên lĩnh vực sau "{detail}:", ví dụ "{detail}: Tư pháp"',
        'name the other field after "{detail}:", e.g. "{detail}: Tư pháp"',
    ),
    "template_done": ("Đã tạo mẫu {path} cho {unit}.", "Wrote template {path} for {unit}."),
    # export list / forms / list-pdf (issue #6)
    "followup_unknown_stage": (
        "Kế hoạch không có giai đoạn năm {value}; các năm: {choices}.",
        "The plan has no stage in {value}; its years: {choices}.",
    ),
    "export_followup_bad_format": (
        "Tệp báo cáo phải có đuôi .xlsx hoặc .pdf: {path}.",
        "The report file must end in .xlsx or .pdf: {path}.",
    ),
    "export_followup_done": (
        "Đã ghi {path}: {count} dòng theo dõi mô hình.",
        "Wrote {path}: {count} follow-up lines.",
    ),
    "export_followup_done_pages": (
        "Đã ghi {path}: {count} dòng theo dõi mô hình, {pages} trang.",
        "Wrote {path}: {count} follow-up lines, {pages} pages.",
    ),
    "export_done": ("Đã ghi {path}: {count} mô hình.", "Wrote {path}: {count} models."),
    "export_done_pages": (
        "Đã ghi {path}: {count} mô hình, {pages} trang.",
        "Wrote {path}: {count} models, {pages} pages.",
    ),
    "export_empty": (
        "Không có mô hình nào để xuất: chưa lựa chọn mô hình nào "
        "(trạng thái Đã lựa chọn, Đã gửi, Đã được tiếp nhận).",
        "Nothing to export: no model has been selected yet (status selected, submitted or accepted).",
    ),
    "export_unknown_unit": (
        "Không có đơn vị mã {detail} trong danh mục.",
        "No unit with code {detail} in the directory.",
    ),
    "export_outside_scope": (
        "Đơn vị {detail} không thuộc phạm vi của cơ quan đang làm việc.",
        "Unit {detail} is outside the office's scope.",
    ),
    "export_not_found": ("Không có mô hình số {detail}.", "No nomination with id {detail}."),
    "export_no_folder": (
        "Không có thư mục {path}. Hãy chọn một thư mục có sẵn.",
        "Folder {path} does not exist. Choose an existing folder.",
    ),
    "export_write_failed": (
        "Không ghi được {path}: {detail}. Không có tệp nào bị ghi dở.",
        "Cannot write {path}: {detail}. No partial file was left.",
    ),
    # Issue #20: every file to write is checked before the work starts; nothing is a traceback.
    "out_is_folder": (
        "{path} là một thư mục; hãy ghi rõ tên tệp cần ghi.",
        "{path} is a folder; give the name of the file to write.",
    ),
    "out_wrong_kind": (
        "Lệnh này ghi tệp {kinds}, không ghi được {path}. Hãy đổi đuôi tên tệp.",
        "This command writes {kinds} files, not {path}. Change the file name's extension.",
    ),
    "out_read_only": (
        "Không có quyền ghi {path} (thư mục hoặc ổ đĩa chỉ đọc). Hãy chọn nơi ghi khác.",
        "Cannot write {path} (read-only folder or drive). Choose another place.",
    ),
    "os_error": (
        "Không đọc/ghi được tệp {path}: {detail}. Dữ liệu không bị thay đổi.",
        "Cannot read or write {path}: {detail}. Nothing was changed.",
    ),
    "db_busy": (
        "Tệp dữ liệu {path} đang bận (một cửa sổ hoặc lệnh khác đang ghi); đã chờ {seconds} giây. "
        "Hãy chạy lại lệnh sau ít phút; dữ liệu không bị thay đổi.",
        "Database {path} is busy (another window or command is writing); waited {seconds} seconds. "
        "Run the command again in a few minutes; nothing was changed.",
    ),
    "unexpected": (
        "Lỗi ngoài dự kiến ({detail}); lệnh đã dừng, dữ liệu không bị thay đổi. "
        "Hãy báo bộ phận tin học kèm lệnh đã chạy.",
        "Unexpected error ({detail}); the command stopped and nothing was changed. "
        "Tell IT, with the command you ran.",
    ),
    "interrupted": (
        "Đã dừng theo yêu cầu; dữ liệu không bị thay đổi.",
        "Stopped as asked; nothing was changed.",
    ),
    "passphrase_file_too_large": (
        "Tệp mật khẩu {path} quá lớn (quá {limit} byte): đó không phải tệp mật khẩu.",
        "The passphrase file {path} is too large (over {limit} bytes): it is not a passphrase file.",
    ),
    # --- the office's USB token (issue #21) ---------------------------------------------------
    "pin_prompt": ("Mã PIN của token: ", "Token PIN: "),
    "pin_file_unreadable": ("Không đọc được tệp mã PIN {path}.", "Cannot read the PIN file {path}."),
    "pin_file_too_large": (
        "Tệp mã PIN {path} quá lớn (quá {limit} byte): đó không phải tệp mã PIN.",
        "The PIN file {path} is too large (over {limit} bytes): it is not a PIN file.",
    ),
    "identity_needs_pin": (
        "Đơn vị đang ký bằng token: hãy cho mã PIN bằng --pin-file (hoặc nhập khi được hỏi), "
        "không phải --passphrase-file.",
        "This office signs with its token: give the PIN with --pin-file (or type it when asked), "
        "not --passphrase-file.",
    ),
    "identity_needs_passphrase": (
        "Đơn vị đang ký bằng khóa phần mềm: hãy cho mật khẩu bằng --passphrase-file, không phải --pin-file.",
        "This office signs with its software key: give the passphrase with --passphrase-file, "
        "not --pin-file.",
    ),
    "key_wrong_pin": (
        "Mã PIN không đúng. Chương trình không tự thử lại: mỗi lần nhập sai dùng mất một lần thử của token.",
        "Wrong PIN. The program does not try again by itself: each wrong PIN uses one of the token's tries.",
    ),
    "key_wrong_pin_count_low": (
        "Mã PIN không đúng. Token báo chỉ còn ít lần thử: nhập sai thêm có thể khóa token.",
        "Wrong PIN. The token says few tries are left: more wrong PINs may lock it.",
    ),
    "key_wrong_pin_final_try": (
        "Mã PIN không đúng. Token báo chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa.",
        "Wrong PIN. The token says ONE try is left: one more wrong PIN locks it.",
    ),
    "key_pin_locked": (
        "Token đã bị khóa mã PIN. Cần mã PIN quản trị (SO PIN) hoặc nhà cung cấp chứng thư số mở khóa.",
        "The token's PIN is locked. The administrator PIN (SO PIN) or the certificate provider unlocks it.",
    ),
    "key_module_missing": (
        "Không tìm thấy tệp trình điều khiển token {detail}.",
        "Token driver file {detail} not found.",
    ),
    "key_module_32bit": (
        "Trình điều khiển token là bản 32-bit, chương trình này là 64-bit nên không nạp được: {detail}. "
        "Hãy cài bản 64-bit của trình điều khiển (nhà cung cấp chứng thư số có bản này).",
        "The token driver is 32-bit and this program is 64-bit, so it cannot load it: {detail}. "
        "Install the 64-bit driver (the certificate provider has one).",
    ),
    "key_module_other_arch": (
        "Trình điều khiển token được làm cho loại máy khác: {detail}.",
        "The token driver is built for another kind of computer: {detail}.",
    ),
    "key_module_unloadable": (
        "Không nạp được trình điều khiển token (không phải PKCS#11, hoặc bị lỗi): {detail}.",
        "Cannot load the token driver (not PKCS#11, or broken): {detail}.",
    ),
    "key_no_token": (
        "Không thấy token nào cắm vào máy (trình điều khiển {detail}).",
        "No token is plugged in (driver {detail}).",
    ),
    "key_token_not_found": ("Không thấy token có nhãn {detail}.", "No token labelled {detail}."),
    "key_several_tokens": (
        "Có nhiều token: {detail}. Hãy chọn một bằng --token-label.",
        "Several tokens: {detail}. Choose one with --token-label.",
    ),
    "key_key_not_found": (
        "Không thấy khóa và chứng thư {detail} trên token.",
        "No key and certificate {detail} on the token.",
    ),
    "key_several_keys": (
        "Token có nhiều chứng thư: {detail}. Hãy chọn một bằng --key-label.",
        "The token holds several certificates: {detail}. Choose one with --key-label.",
    ),
    "key_token_error": ("Token từ chối: {detail}.", "The token refused: {detail}."),
    "key_token_changed": (
        "Token đang cắm không phải token đã chọn (chứng thư có vân tay {detail}). "
        "Hãy cắm đúng token, hoặc chọn lại bằng lệnh keys use-token.",
        "The token plugged in is not the one chosen (its certificate's fingerprint is {detail}). "
        "Plug in the right token, or choose again with keys use-token.",
    ),
    "token_chosen": (
        "Từ nay đơn vị ký bằng token {token}: {subject} (cấp bởi {issuer}, hết hạn {valid_to}). "
        "Vân tay: {fingerprint}",
        "The office signs with token {token} from now on: {subject} (issued by {issuer}, valid to "
        "{valid_to}). Fingerprint: {fingerprint}",
    ),
    "software_chosen": (
        "Từ nay đơn vị ký bằng khóa phần mềm (vân tay {fingerprint}).",
        "The office signs with its software key from now on (fingerprint {fingerprint}).",
    ),
    "software_chosen_none": (
        "Từ nay đơn vị ký bằng khóa phần mềm; chưa có khóa: hãy tạo bằng lệnh keys create.",
        "The office signs with a software key from now on; there is none yet: make one with keys create.",
    ),
    "key_no_unit_code": (
        "Chứng thư do tổ chức chứng thực cấp (token) không ghi mã đơn vị: {detail}. Hãy thêm --unit MÃ "
        "theo mã đơn vị trên phiếu vân tay đã ký, đóng dấu.",
        "A certificate issued by a certificate authority (a token's) names no unit code: {detail}. Add "
        "--unit CODE, the unit code on the signed and sealed fingerprint form.",
    ),
    "key_unit_code_differs": (
        "Chứng thư ghi mã đơn vị khác với --unit: {detail}.",
        "The certificate names another unit code than --unit: {detail}.",
    ),
    "export_secret_without_sign": (
        "--pin-file và --passphrase-file chỉ dùng cùng --sign (xuất tệp PDF có chữ ký số).",
        "--pin-file and --passphrase-file go with --sign only (a digitally signed PDF).",
    ),
    "export_signed": (
        "Đã ghi {path} có chữ ký số: {count} mô hình, {pages} trang.",
        "Wrote {path}, digitally signed: {count} models, {pages} pages.",
    ),
    "key_bad_pdf": ("Không đọc được tệp PDF: {detail}.", "Cannot read the PDF: {detail}."),
    "pdf_signature": (
        "Chữ ký {number} ({field}): người ký {signer}; cấp bởi {issuer}; ký lúc {time}; "
        "vân tay {fingerprint}; hiệu lực {valid_from} – {valid_to}; {changed}; {trusted}; {valid}.",
        "Signature {number} ({field}): signer {signer}; issued by {issuer}; signed at {time}; "
        "fingerprint {fingerprint}; valid {valid_from} – {valid_to}; {changed}; {trusted}; {valid}.",
    ),
    "pdf_timestamp": (
        "Chữ ký {number} có dấu thời gian của máy chủ cấp dấu thời gian: {time} (PAdES B-T).",
        "Signature {number} carries a timestamp server's timestamp: {time} (PAdES B-T).",
    ),
    "pdf_unchanged": ("tài liệu không bị sửa sau khi ký", "the document was not changed after signing"),
    "pdf_changed": ("TÀI LIỆU ĐÃ BỊ SỬA SAU KHI KÝ", "THE DOCUMENT WAS CHANGED AFTER SIGNING"),
    "pdf_trusted": ("chứng thư được tin cậy", "the certificate is trusted"),
    "pdf_untrusted": ("chứng thư CHƯA được tin cậy", "the certificate is NOT trusted"),
    "pdf_sig_valid": ("chữ ký hợp lệ", "the signature is valid"),
    "pdf_sig_invalid": ("CHỮ KÝ KHÔNG HỢP LỆ", "THE SIGNATURE IS NOT VALID"),
    "pdf_no_signature": ("Tệp {path} không có chữ ký số.", "{path} carries no digital signature."),
    "pdf_not_valid": (
        "Tệp {path} có chữ ký không hợp lệ, đã bị sửa sau khi ký, hoặc chứng thư chưa được tin cậy.",
        "{path} has a signature that is not valid, was changed after signing, or is not trusted.",
    ),
    "office_nothing_to_set": (
        'Hãy cho biết giá trị cần đổi, ví dụ --signer-name "Nguyễn Văn A".',
        'Say which value to change, e.g. --signer-name "Nguyễn Văn A".',
    ),
    "office_bad_value": (
        "Giá trị không dùng được: {detail}.",
        "Value not accepted: {detail}.",
    ),
    "call_list_format": (
        "Danh sách cần liên hệ chỉ ghi được ra tệp .xlsx hoặc .pdf, không ghi được {path}.",
        "The who-to-call list is written as .xlsx or .pdf only, not {path}.",
    ),
}


def current_language() -> str:
    """Return ``vi`` or ``en``: ``HAGIANG_LANG`` (set by ``--lang``), else Vietnamese."""
    lang = os.environ.get("HAGIANG_LANG", "vi")
    return "en" if lang.startswith("en") else "vi"


def message(key: str, /, **values: object) -> str:
    """Return the message ``key`` in the current language, filled with ``values``.

    ``key`` is positional-only: a message may itself have a ``{code}`` placeholder (the unknown
    unit's code), and ``message("unknown_unit", code="ZZZ")`` must fill it, not clash with the key.
    """
    vi, en = MESSAGES[key]
    return (en if current_language() == "en" else vi).format(**values)


def problem_message(code: str, detail: str, *prefixes: str) -> str:
    """Return the message of a refusal ``code`` under the first prefix that has one.

    A code without a message of its own (a new refusal, a typo) still gives one line, naming the
    code, rather than a ``KeyError`` traceback (#20).

    Args:
        code: the refusal's code (``damaged_zip``).
        detail: its detail.
        prefixes: the message families to look in, in order (``"bundle"``, ``"key"``).
    """
    for prefix in prefixes:
        key = f"{prefix}_{code}"
        if key in MESSAGES:
            return message(key, detail=detail)
    return message("unexpected", detail=f"{code}: {detail}")
