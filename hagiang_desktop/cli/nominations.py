"""``hagiang-desktop nominations …``: the nominations on the command line."""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, write_tsv
from hagiang_desktop.cli.messages import message
from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.services import nominations, units
from hagiang_desktop.services.nominations import NominationFilter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``nominations`` command and its subcommands."""
    parser = sub.add_parser("nominations", help="nominations")
    nom_sub = parser.add_subparsers(dest="nominations_command", required=True)
    list_parser = nom_sub.add_parser(
        "list",
        help="TSV: id, name, kind, field code, registering unit code, status, eligible, supplement",
    )
    add_db_option(list_parser)
    list_parser.add_argument("--unit", help="only nominations registered by this unit or the units under it")
    list_parser.add_argument(
        "--status", help="only this status: " + ", ".join(s.value for s in NominationStatus)
    )
    list_parser.set_defaults(handler=_list)
    from hagiang_desktop.cli.imports import register_import  # issue #10: `nominations import`

    register_import(nom_sub)


def _list(args: argparse.Namespace) -> int:
    status = None
    if args.status:
        try:
            status = NominationStatus(args.status)
        except ValueError as error:
            choices = ", ".join(s.value for s in NominationStatus)
            raise CliError(message("unknown_status", value=args.status, choices=choices), status=2) from error
    ws = open_existing(args, read_only=True)
    try:
        unit_ids = None
        if args.unit:
            if units.get_unit(ws, args.unit) is None:
                raise CliError(message("unknown_unit", code=args.unit))
            unit_ids = units.subtree_ids(ws, args.unit)
        rows = nominations.list_nominations(ws, NominationFilter(unit_ids=unit_ids, status=status), sort="id")
    finally:
        ws.close()
    write_tsv(
        (r.id, r.name, r.kind, r.field_code, r.unit_code, r.status, r.eligible, r.is_supplement) for r in rows
    )
    return 0
