"""``hagiang-desktop followup list``: the 2018–2020 follow-up of the office's models, as TSV.

One line per model and stage it is due at: nomination id, name, registering unit code, stage
(its year), assessed on (ISO date, empty when not assessed), rating code, replication
activities, commendations (counts in the stage's window), as of ``--as-of`` (default:
everything recorded).
"""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.cli.messages import message
from hagiang_desktop.core.plan import Stage
from hagiang_desktop.services import followup_report
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``followup`` command and its subcommands."""
    parser = sub.add_parser("followup", help="the follow-up of the models, 2018–2020")
    followup_sub = parser.add_subparsers(dest="followup_command", required=True)
    list_parser = followup_sub.add_parser(
        "list",
        help="TSV: nomination id, name, unit code, stage, assessed on, rating, activities, commendations",
    )
    add_db_option(list_parser)
    add_stage_option(list_parser)
    list_parser.add_argument("--as-of", type=parse_date, help="the day (YYYY-MM-DD); default: everything")
    list_parser.set_defaults(handler=_list)


def add_stage_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--stage YEAR`` (a year of the plan's roadmap: 2018, 2019, 2020)."""
    parser.add_argument("--stage", type=int, metavar="2018|2019|2020", help="only the stage of this year")


def stages_of(ws: Workspace, year: int | None) -> tuple[Stage, ...]:
    """Return the stages asked for, or raise a usage error naming the plan's years."""
    try:
        return followup_report.stages_chosen(ws, year)
    except KeyError as error:
        years = ", ".join(str(s.year) for s in ws.plan.stages)
        raise CliError(message("followup_unknown_stage", value=year, choices=years), status=2) from error


def _list(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        stages = stages_of(ws, args.stage)
        lines = followup_report.followup_lines(
            ws,
            office_scope(ws),
            stages=stages,
            as_of=args.as_of,
        )
    finally:
        ws.close()
    write_tsv(
        (
            line.nomination_id,
            line.name,
            line.unit_code,
            line.stage_year,
            line.assessed_on.isoformat() if line.assessed_on else "",
            line.rating or "",
            len(line.activities),
            len(line.commendations),
        )
        for line in lines
    )
    return 0
