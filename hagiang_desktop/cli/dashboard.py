"""``hagiang-desktop dashboard --db PATH --as-of YYYY-MM-DD``: the per-unit table as TSV.

``received``, ``on time`` and ``late`` count submissions: each receipt of the register is one, and
registrations received on a day without a receipt make one for that day (see
``services.dashboard``). ``--call-list FILE.xlsx|FILE.pdf`` also writes the "who to call" list.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.cli.messages import current_language, message
from hagiang_desktop.core.plan import QuotaState
from hagiang_desktop.core.vntext import sort_key, today_vn
from hagiang_desktop.services import dashboard
from hagiang_desktop.services.scope import office_scope


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``dashboard`` command."""
    parser = sub.add_parser(
        "dashboard",
        help="TSV: unit code, name, received, on time, late, quota, quota met yes/no/advisory, consequence",
    )
    add_db_option(parser)
    parser.add_argument("--as-of", type=parse_date, help="local date YYYY-MM-DD (default: today in Vietnam)")
    parser.add_argument(
        "--call-list", type=Path, metavar="FILE", help="also write the who-to-call list (.xlsx or .pdf)"
    )
    parser.set_defaults(handler=_dashboard)


def _quota_met(state: QuotaState) -> str:
    return {QuotaState.MET: "yes", QuotaState.SHORT: "no", QuotaState.ADVISORY: "advisory"}.get(state, "")


def _dashboard(args: argparse.Namespace) -> int:
    call_list: Path | None = args.call_list
    if call_list is not None and call_list.suffix.lower() not in (".xlsx", ".pdf"):
        raise CliError(message("call_list_format", path=call_list), status=2)
    ws = open_existing(args, read_only=True)
    as_of = args.as_of or today_vn()
    try:
        scope = office_scope(ws)
        rows = dashboard.unit_table(ws, scope, as_of)
        if call_list is not None:
            try:
                dashboard.export_who_to_call(ws, scope, as_of, call_list, current_language())
            except OSError as error:
                raise CliError(
                    message("export_write_failed", path=call_list, detail=error.strerror)
                ) from error
    finally:
        ws.close()
    rows.sort(key=lambda r: (sort_key(r.name), r.code))
    write_tsv(
        (
            r.code,
            r.name,
            r.verdict.received,
            r.verdict.on_time,
            r.verdict.late,
            r.verdict.quota.minimum if r.verdict.quota and r.verdict.quota.minimum is not None else "",
            _quota_met(r.verdict.quota_state),
            r.verdict.consequence,
        )
        for r in rows
    )
    return 0
