"""``server init`` and ``server import-file``: the province's shared PostgreSQL server (issue #22)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, db_path, open_error_message, open_existing
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import server, server_import
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
    print(message(key, path=location, revision=report.revision, units=report.units))
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
    print(message("server_import_done", path=args.file, server=location))
    for what, count in server_import.describe(report):
        print(f"{what}\t{count}")
    return 0
