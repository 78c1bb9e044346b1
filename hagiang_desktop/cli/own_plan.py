"""``hagiang-desktop own-plan …``: a body's own replication plan (plan IV.1), sent with its list.

IV.1 asks each district and provincial body to send "danh sách ... và kế hoạch bồi dưỡng, nhân
rộng điển hình tiên tiến" to the province by the list's deadline. ``record`` attaches the document
(PDF or DOCX) or records its number and date; ``show`` prints where it stands as of a day.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.cli.messages import message
from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import unit_plans
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.unit_plans import UnitPlanProblem
from hagiang_desktop.services.workspace import Workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``own-plan`` commands."""
    parser = sub.add_parser(
        "own-plan", help="the office's own replication plan (plan IV.1), sent with its list"
    )
    own_sub = parser.add_subparsers(dest="own_plan_command", required=True)
    rec = own_sub.add_parser("record", help="attach the plan (.pdf/.docx) or record its number and date")
    add_db_option(rec)
    rec.add_argument("--unit", help="the body (default: the office's district or body)")
    rec.add_argument("--file", type=Path, help="the plan document, .pdf or .docx")
    rec.add_argument("--number", help="its number and symbol, e.g. 45/KH-UBND")
    rec.add_argument("--date", type=parse_date, help="the day it was signed, YYYY-MM-DD")
    rec.add_argument("--sent", type=parse_date, help="the day it went to the province (default today)")
    rec.set_defaults(handler=_record)
    show = own_sub.add_parser("show", help="TSV: unit, number, signed, sent, file, state (on_time/late/…)")
    add_db_option(show)
    show.add_argument("--unit", help="the body (default: the office's district or body)")
    show.add_argument("--as-of", type=parse_date, help="the day to judge on (default today)")
    show.set_defaults(handler=_show)


def _unit(args: argparse.Namespace, ws: Workspace) -> str:
    if args.unit:
        return str(args.unit)
    root = office_scope(ws).root
    if root is None:
        raise CliError(message("own_plan_no_unit"), status=2)
    return root.code


def _record(args: argparse.Namespace) -> int:
    if args.file is None and not (args.number and args.date):
        raise CliError(message("own_plan_nothing"), status=2)
    ws = open_existing(args)
    try:
        code = _unit(args, ws)
        try:
            row = unit_plans.record(
                ws,
                code,
                sent_on=args.sent or today_vn(),
                number=args.number,
                signed_on=args.date,
                file=args.file,
            )
        except UnitPlanProblem as problem:
            raise CliError(message(f"own_plan_{problem.code}", detail=problem.detail)) from problem
    finally:
        ws.close()
    print(message("own_plan_recorded", unit=code, title=row.title))
    return 0


def _show(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        code = _unit(args, ws)
        deadline = unit_plans.plan_deadline(ws, code)
        row = unit_plans.get(ws, code)
    finally:
        ws.close()
    if deadline is None:
        raise CliError(message("own_plan_no_deadline", detail=code))
    status = unit_plans.status(deadline, row.sent_on if row else None, args.as_of or today_vn())
    write_tsv(
        [
            (
                code,
                row.number if row else "",
                row.signed_on.isoformat() if row and row.signed_on else "",
                row.sent_on.isoformat() if row else "",
                row.file_name if row and row.file_name else "",
                str(status.state),
            )
        ]
    )
    return 0
