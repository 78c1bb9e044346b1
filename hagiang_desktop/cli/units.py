"""``hagiang-desktop units …``: the unit directory on the command line."""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, write_tsv
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import units


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``units`` command and its subcommands."""
    parser = sub.add_parser("units", help="unit directory")
    unit_sub = parser.add_subparsers(dest="units_command", required=True)
    list_parser = unit_sub.add_parser("list", help="list units: code, name, kind, parent code (TSV)")
    add_db_option(list_parser)
    list_parser.add_argument("--search", help='folded search: "dong van" finds "Đồng Văn"')
    list_parser.add_argument("--parent", help="only the direct children of this unit code")
    list_parser.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        if args.parent and units.get_unit(ws, args.parent) is None:
            raise CliError(message("unknown_unit", code=args.parent))
        rows = units.list_units(ws, search=args.search, parent_code=args.parent)
    finally:
        ws.close()
    write_tsv((u.code, u.name, u.kind, u.parent_code) for u in rows)
    return 0
