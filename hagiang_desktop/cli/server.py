"""``server init`` and ``server import-file``: the province's shared PostgreSQL server (issue #22)."""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import CliError, add_db_option, db_path, open_error_message
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import server
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.location import ServerLocation


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``server`` command and its subcommands."""
    parser = sub.add_parser("server", help="a shared PostgreSQL server: set it up, move an office's file in")
    commands = parser.add_subparsers(dest="server_command", required=True)
    init = commands.add_parser("init", help="create the schema and seed the directory and plan (once)")
    add_db_option(init)
    init.set_defaults(handler=_init)


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
    key = "server_init_done" if report.created else "server_init_already"
    print(message(key, path=location, revision=report.revision, units=report.units))
    return 0
