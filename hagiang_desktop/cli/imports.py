"""``hagiang-desktop nominations import``: import a unit's list with a report (issue #10).

Output: one TSV line per row (cell, status, name, problems), then a summary line. Any row with
an error makes the command exit 1 with nothing written, unless ``--skip-invalid`` is given.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.cli.messages import MESSAGES, message
from hagiang_desktop.services import imports
from hagiang_desktop.services.imports import (
    ImportPreview,
    ImportProblem,
    RowProblem,
    RowStatus,
    SourceProblem,
)


def register_import(nom_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``nominations import`` to the nominations subcommands."""
    parser = nom_sub.add_parser(
        "import", help="import a filled template, an Excel/CSV list or a Word registration form"
    )
    parser.add_argument("file", type=Path, help="the .xlsx, .csv or .docx file")
    add_db_option(parser)
    parser.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    parser.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the rest")
    parser.add_argument("--unit", help="the sending unit's code (for lists that are not our template)")
    parser.add_argument("--received", type=parse_date, help="day of receipt, YYYY-MM-DD (default today)")
    parser.set_defaults(handler=_import)


def source_message(error: SourceProblem) -> str:
    """Return the one-line message for a refused file (file, sheet and cell named)."""
    return message(
        f"import_{error.code}", file=error.file, sheet=error.sheet, cell=error.cell, detail=error.detail
    )


def row_problem_text(problem: RowProblem) -> str:
    """Return a row problem as "Sheet!C7: message"."""
    code = f"row_{problem.code}"
    text = message(code, detail=problem.detail) if code in MESSAGES else f"{problem.code} {problem.detail}"
    return f"{problem.ref}: {text}"


def _report(pv: ImportPreview) -> None:
    write_tsv(
        (
            row.ref,
            row.status,
            row.data.name if row.data else "",
            "; ".join(row_problem_text(p) for p in row.problems)
            or ", ".join(row.changes or row.duplicate_of),
        )
        for row in pv.rows
    )


def _import(args: argparse.Namespace) -> int:
    try:
        table = imports.read(args.file)
    except SourceProblem as error:
        raise CliError(source_message(error)) from error
    ws = open_existing(args, read_only=args.dry_run)
    try:
        try:
            pv = imports.preview(ws, table, unit_code=args.unit, received_on=args.received)
        except ImportProblem as error:
            raise CliError(message(f"import_{error.code}", file=args.file, detail=error.detail)) from error
        _report(pv)
        counts = {status.value: pv.count(status) for status in RowStatus}
        if args.dry_run:
            print(message("import_dry_run", file=args.file.name, **counts))
            return 1 if pv.errors and not args.skip_invalid else 0
        try:
            result = imports.apply(ws, pv, skip_invalid=args.skip_invalid)
        except ImportProblem as error:
            raise CliError(message("import_has_errors", count=error.detail)) from error
    finally:
        ws.close()
    print(
        message(
            "import_done",
            file=args.file.name,
            created=result.created,
            updated=result.updated,
            skipped=result.skipped,
            unit=pv.unit_code,
        )
    )
    return 0
