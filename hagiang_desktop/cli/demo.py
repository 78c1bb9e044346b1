"""``hagiang-desktop demo --db PATH``: a database with the directory and demo nominations."""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import CliError, add_db_option, file_only
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import nominations, units
from hagiang_desktop.services.demo import create_demo_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``demo`` command."""
    parser = sub.add_parser("demo", help="create a database with the Hà Giang directory and demo nominations")
    add_db_option(parser)
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    path = file_only(args)
    if path.exists():
        raise CliError(message("db_exists", path=path))
    ws = create_demo_database(path)
    try:
        print(
            message(
                "demo_done",
                path=path,
                units=len(units.list_units(ws)),
                nominations=nominations.count_nominations(ws),
            )
        )
    finally:
        ws.close()
    return 0
