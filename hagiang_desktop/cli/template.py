"""``hagiang-desktop template``: write a unit's registration template (issue #10)."""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import templates


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``template`` command."""
    parser = sub.add_parser("template", help="write a unit's Excel registration template")
    add_db_option(parser)
    parser.add_argument("--unit", required=True, help="code of the unit that will fill it in")
    parser.add_argument("--out", required=True, type=Path, help="the .xlsx file to write")
    parser.set_defaults(handler=_template)


def _template(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        path = templates.make_template(ws, args.unit, args.out)
        spec_unit = args.unit
    except templates.TemplateProblem as error:
        raise CliError(message("import_unknown_unit", detail=error.detail)) from error
    finally:
        ws.close()
    print(message("template_done", path=path, unit=spec_unit))
    return 0
