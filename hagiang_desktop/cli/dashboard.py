"""``hagiang-desktop dashboard --db PATH --as-of YYYY-MM-DD``: the per-unit table as TSV."""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.core.plan import QuotaState
from hagiang_desktop.core.vntext import sort_key, today_vn
from hagiang_desktop.services import dashboard
from hagiang_desktop.services.scope import office_scope


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``dashboard`` command."""
    parser = sub.add_parser(
        "dashboard",
        help="TSV: unit code, name, received, on time, late, quota, quota met yes/no/advisory, consequence",
    )
    add_db_option(parser)
    parser.add_argument("--as-of", type=parse_date, help="local date YYYY-MM-DD (default: today in Vietnam)")
    parser.set_defaults(handler=_dashboard)


def _quota_met(state: QuotaState) -> str:
    return {QuotaState.MET: "yes", QuotaState.SHORT: "no", QuotaState.ADVISORY: "advisory"}.get(state, "")


def _dashboard(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        rows = dashboard.unit_table(ws, office_scope(ws), args.as_of or today_vn())
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
