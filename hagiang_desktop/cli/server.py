"""``server init`` and ``server import-file``: the province's shared PostgreSQL server (issue #22)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, db_path, open_error_message, open_existing
from hagiang_desktop.cli.messages import MESSAGES, current_language, message
from hagiang_desktop.services import server, server_import, server_names
from hagiang_desktop.services.workspace import DatabaseOpenError, ServerLocation


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``server`` command and its subcommands."""
    parser = sub.add_parser("server", help="a shared PostgreSQL server: set it up, move an office's file in")
    commands = parser.add_subparsers(dest="server_command", required=True)
    init = commands.add_parser("init", help="create the schema and seed the directory and plan (once)")
    add_db_option(init)
    init.set_defaults(handler=_init)
    move = commands.add_parser(
        "import-file", help="move an office's SQLite database into the server, in one transaction"
    )
    add_db_option(move)
    move.add_argument("file", type=Path, help="the office's database file (.sqlite3); it is not changed")
    move.set_defaults(handler=_import_file)


def server_location(args: argparse.Namespace) -> ServerLocation:
    """Return the server named by ``--db`` (a file is a usage error here)."""
    location = db_path(args)
    if not isinstance(location, ServerLocation):
        raise CliError(message("server_needs_url"), status=2)
    return location


def _init(args: argparse.Namespace) -> int:
    location = server_location(args)
    try:
        report = server.initialise(location)
    except DatabaseOpenError as error:
        raise CliError(open_error_message(error)) from error
    except server.ServerSetupProblem as error:
        raise CliError(message("server_collation", path=location, detail=error.detail)) from error
    key = "server_init_done" if report.created else "server_init_already"
    where = server_names.for_people(location, current_language())
    print(message(key, path=where, revision=report.revision, units=report.units))
    return 0


def _import_file(args: argparse.Namespace) -> int:
    location = server_location(args)
    if not args.file.is_file():
        raise CliError(message("db_missing", path=args.file))
    try:
        server_import.check_source(args.file)  # a bad file is refused before the server is touched
    except DatabaseOpenError as error:
        raise CliError(open_error_message(error)) from error
    ws = open_existing(args)
    try:
        report = server_import.import_file(ws, args.file)
    except DatabaseOpenError as error:
        raise CliError(open_error_message(error)) from error
    except server_import.ServerImportRefused as error:
        raise CliError(message("server_import_again", path=args.file, detail=error.detail)) from error
    finally:
        ws.close()
    server = server_names.for_people(location, current_language())
    print(message("server_import_done", path=args.file, server=server))
    for what, count in report_lines(report):
        print(f"{what}\t{count}")
    return 0


#: The report's kinds of record, in a clerk's order: the directory, the nominations and what hangs
#: off them, the registers; then what was on the server already, and what stays with the office.
_MOVED = (
    "unit_contact",
    "unit_group",
    "unit_group_member",
    "unit_link",
    "unit_version",
    "unit_plan",
    "nomination",
    "criterion_check",
    "status_event",
    "assessment",
    "replication_activity",
    "commendation",
    "nomination_move",
    "receipt",
    "inbox_bundle",
    "upward_event",
    "audit_event",
)
_SKIPPED = ("unit_group_member", "unit_plan")
_NOT_MOVED = ("setting", "signing_identity", "trusted_certificate")


def report_lines(report: server_import.ServerImportReport) -> list[tuple[str, int]]:
    """Return the move's report as (what, how many) lines in the UI language.

    Every kind is listed every time, 0 included, in the same order: a clerk sees that the
    receipts, say, were looked for and there were none, and a script finds the same lines on
    every run. A kind the report names that this list does not know yet is listed after its
    group under its table's name, so that no count is ever dropped.
    """
    lines = [
        (message("moved_units_matched"), report.units_matched),
        (message("moved_units_added"), report.units_added),
    ]
    groups = (
        (report.moved, _MOVED, "{what}"),
        (report.skipped, _SKIPPED, message("moved_skipped", what="{what}")),
        (report.not_moved, _NOT_MOVED, message("moved_not_moved", what="{what}")),
    )
    for counts, known, shape in groups:
        for name in (*known, *sorted(set(counts) - set(known))):
            what = message(f"moved_{name}") if f"moved_{name}" in MESSAGES else name
            lines.append((shape.format(what=what), counts.get(name, 0)))
    return lines
