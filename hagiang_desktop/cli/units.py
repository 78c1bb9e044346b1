"""``hagiang-desktop units …``: the unit directory on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.cli.messages import MESSAGES, message
from hagiang_desktop.services import directory_io, units

#: This command's messages, registered in the shared table (vi, en). Kept here so that the
#: directory's wording lives with the directory's command.
MESSAGES.update(
    {
        "units_format": (
            "Không nhận dạng được định dạng tệp {path}: hãy dùng đuôi .xlsx hoặc .csv.",
            "Unknown file format for {path}: use a .xlsx or .csv extension.",
        ),
        "units_exported": ("Đã ghi {count} đơn vị vào {path}.", "Wrote {count} units to {path}."),
        "units_file_missing": ("Không tìm thấy tệp {path}.", "File {path} not found."),
        "units_summary": (
            "{path}: thêm {added}, sửa {changed}, đóng {closed}, không đổi {unchanged}, lỗi {errors}.",
            "{path}: {added} added, {changed} changed, {closed} closed, {unchanged} unchanged, "
            "{errors} errors.",
        ),
        "units_row_error": (
            "dòng {line}, cột {column}: {reason} ({value})",
            "line {line}, column {column}: {reason} ({value})",
        ),
        "units_refused": (
            "Không nhập: tệp {path} có {errors} lỗi; dữ liệu không bị thay đổi.",
            "Not imported: {path} has {errors} error(s); nothing was changed.",
        ),
        "units_dry_run": ("Chạy thử: dữ liệu không bị thay đổi.", "Dry run: nothing was changed."),
        "groups_summary": (
            "{path}: {groups} khối/cụm thi đua, {members} lượt đơn vị thành viên; "
            "bỏ {removed}; lỗi {errors}.",
            "{path}: {groups} blocs/clusters, {members} memberships; {removed} removed; {errors} errors.",
        ),
        "groups_imported": (
            "Đã nhập khối, cụm thi đua từ {path}.",
            "Imported the blocs and clusters from {path}.",
        ),
        "dir_unknown_unit": ("không có đơn vị này", "unknown unit"),
        "units_imported": ("Đã nhập danh mục từ {path}.", "Imported the directory from {path}."),
        "dir_unknown_parent": ("không có đơn vị cấp trên này", "unknown parent"),
        "dir_duplicate_code": ("mã bị trùng", "duplicate code"),
        "dir_bad_date": ("ngày không hợp lệ (YYYY-MM-DD)", "bad date (YYYY-MM-DD)"),
        "dir_empty_name": ("tên trống", "empty name"),
        "dir_empty_code": ("mã trống", "empty code"),
        "dir_bad_code": ("mã có dấu cách hoặc ký tự điều khiển", "code with spaces or control characters"),
        "dir_unknown_kind": ("loại đơn vị không hợp lệ", "unknown kind"),
        "dir_date_order": ("ngày kết thúc trước ngày bắt đầu", "end before start"),
        "dir_unknown_group": ("không có khối/cụm thi đua này", "unknown emulation group"),
        "dir_duplicate_group": ("khối/cụm ghi hai lần", "group named twice"),
        "dir_cycle": ("quan hệ cấp trên tạo thành vòng", "the parent links form a cycle"),
        "dir_formula": ("tên là một công thức bảng tính", "the name is a spreadsheet formula"),
        "dir_other": ("tệp không đọc được", "the file cannot be read"),
    }
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``units`` command and its subcommands."""
    parser = sub.add_parser("units", help="unit directory")
    unit_sub = parser.add_subparsers(dest="units_command", required=True)
    list_parser = unit_sub.add_parser("list", help="list units: code, name, kind, parent code (TSV)")
    add_db_option(list_parser)
    list_parser.add_argument("--search", help='folded search: "dong van" finds "Đồng Văn"')
    list_parser.add_argument("--parent", help="only the direct children of this unit code")
    list_parser.add_argument(
        "--as-of",
        type=parse_date,
        help="only units that existed that day (YYYY-MM-DD), named as they were then; adds valid-to",
    )
    list_parser.add_argument(
        "--closed", action="store_true", help="also the units closed by then; adds a valid-to column"
    )
    list_parser.set_defaults(handler=_list)

    export_parser = unit_sub.add_parser("export", help="write the directory to .xlsx or .csv")
    add_db_option(export_parser)
    export_parser.add_argument("--out", type=Path, required=True, help="the file (.xlsx or .csv)")
    export_parser.add_argument("--root", help="only this unit and everything under it")
    export_parser.set_defaults(handler=_export)

    import_parser = unit_sub.add_parser(
        "import", help="import a directory from .xlsx or .csv (all or nothing)"
    )
    add_db_option(import_parser)
    import_parser.add_argument("file", type=Path, help="the file (.xlsx or .csv)")
    import_parser.add_argument(
        "--dry-run", action="store_true", help="show what would change; change nothing"
    )
    import_parser.set_defaults(handler=_import)

    groups_parser = unit_sub.add_parser(
        "groups-import",
        help="import the emulation blocs and clusters: code, name, kind (bloc|cluster), members (codes; ';')",
    )
    add_db_option(groups_parser)
    groups_parser.add_argument("file", type=Path, help="the file (.xlsx or .csv)")
    groups_parser.add_argument(
        "--replace", action="store_true", help="remove the groups the file does not list"
    )
    groups_parser.add_argument("--dry-run", action="store_true", help="check and show; change nothing")
    groups_parser.set_defaults(handler=_groups_import)


def _list(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        if args.parent and units.get_unit(ws, args.parent) is None:
            raise CliError(message("unknown_unit", code=args.parent))
        rows = units.list_units(
            ws, search=args.search, parent_code=args.parent, as_of=args.as_of, closed=args.closed
        )
    finally:
        ws.close()
    if args.as_of is None and not args.closed:
        write_tsv((u.code, u.name, u.kind, u.parent_code) for u in rows)
    else:  # the same columns in the same order, the last day of validity at the end (#24)
        write_tsv(
            (u.code, u.name, u.kind, u.parent_code, u.valid_to.isoformat() if u.valid_to else "")
            for u in rows
        )
    return 0


def _check_format(path: Path) -> None:
    if path.suffix.lower() not in (".xlsx", ".csv"):
        raise CliError(message("units_format", path=path), status=2)


def _export(args: argparse.Namespace) -> int:
    _check_format(args.out)
    ws = open_existing(args, read_only=True)
    try:
        if args.root and units.get_unit(ws, args.root) is None:
            raise CliError(message("unknown_unit", code=args.root))
        count = directory_io.export_directory(ws, args.out, root_code=args.root)
    finally:
        ws.close()
    print(message("units_exported", count=count, path=args.out))
    return 0


def _reason(code: str) -> str:
    key = f"dir_{code}"
    return message(key if key in MESSAGES else "dir_other")


def _import(args: argparse.Namespace) -> int:
    _check_format(args.file)
    if not args.file.is_file():
        raise CliError(message("units_file_missing", path=args.file))
    ws = open_existing(args)
    try:
        preview = directory_io.preview_import(ws, args.file)
        print(
            message(
                "units_summary",
                path=args.file,
                added=len(preview.added),
                changed=len(preview.changed),
                closed=len(preview.closed),
                unchanged=preview.unchanged,
                errors=len(preview.errors),
            )
        )
        for issue in preview.errors:
            line = message(
                "units_row_error",
                line=issue.line or "-",
                column=issue.column or "-",
                reason=_reason(issue.code),
                value=issue.value,
            )
            print(line)  # part of the preview (stdout); the refusal itself is the one stderr line
        if not preview.ok:
            raise CliError(message("units_refused", path=args.file, errors=len(preview.errors)))
        if args.dry_run:
            print(message("units_dry_run"))
            return 0
        directory_io.apply_import(ws, preview)
    finally:
        ws.close()
    print(message("units_imported", path=args.file))
    return 0


def _groups_import(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import group_io

    _check_format(args.file)
    if not args.file.is_file():
        raise CliError(message("units_file_missing", path=args.file))
    ws = open_existing(args)
    try:
        result = group_io.import_groups(ws, args.file, replace=args.replace, dry_run=args.dry_run)
    finally:
        ws.close()
    members = sum(len(g[3]) for g in result.groups)
    print(
        message(
            "groups_summary",
            path=args.file,
            groups=len(result.groups),
            members=members,
            removed=len(result.removed),
            errors=len(result.errors),
        )
    )
    for issue in result.errors:
        reason = _reason(issue.code)
        print(message("units_row_error", line=issue.line or "-", column=issue.column or "-", reason=reason,
                      value=issue.value))  # fmt: skip
    if result.errors:
        raise CliError(message("units_refused", path=args.file, errors=len(result.errors)))
    print(message("units_dry_run" if args.dry_run else "groups_imported", path=args.file))
    return 0
