"""``hagiang-desktop nominations import``: import a unit's list with a report (issue #10).

Output: one TSV line per row (cell, status, name, problems), then a summary line. Any row with
an error makes the command exit 1 with nothing written, unless ``--skip-invalid`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date, write_tsv
from hagiang_desktop.cli.messages import MESSAGES, message
from hagiang_desktop.core.import_columns import COLUMN_BY_KEY
from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.legacy_encoding import Encoding
from hagiang_desktop.core.nominee_inference import Inferred
from hagiang_desktop.services import imports
from hagiang_desktop.services.import_mapping import MappingProblem, apply_choices, column_index
from hagiang_desktop.services.imports import (
    ImportPreview,
    ImportProblem,
    ReadOptions,
    RowChoices,
    RowProblem,
    RowStatus,
    SourceProblem,
)
from hagiang_desktop.services.workspace import Workspace

#: What ``--encoding COLUMN=…`` accepts.
_ENCODINGS = {
    "tcvn3": Encoding.TCVN3,
    "tcvn3h": Encoding.TCVN3_CAPS,
    "vni": Encoding.VNI,
    "unicode": Encoding.UNICODE,
}


def register_import(nom_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``nominations import`` to the nominations subcommands."""
    parser = nom_sub.add_parser(
        "import", help="import a filled template, an Excel/CSV list or a Word registration form"
    )
    parser.add_argument("file", type=Path, help="the .xlsx, .xls, .csv or .docx file")
    add_db_option(parser)
    parser.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    parser.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the rest")
    parser.add_argument("--unit", help="the sending unit's code (for lists that are not our template)")
    parser.add_argument("--received", type=parse_date, help="day of receipt, YYYY-MM-DD (default today)")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=KEY",
        help="read COLUMN (its letter or header text) as KEY (name, kind, field_code, …; - ignores it)",
    )
    parser.add_argument(
        "--kind",
        choices=[str(k) for k in NomineeKind],
        help="the kind of every row (over the list and the inference)",
    )
    parser.add_argument("--field", metavar="CODE", help="the field of every row, e.g. 2.3")
    parser.add_argument(
        "--encoding",
        action="append",
        default=[],
        metavar="COLUMN=ENCODING",
        help="the text encoding of COLUMN: tcvn3, tcvn3h (.VnTimeH capitals), vni or unicode",
    )
    parser.add_argument("--sheet", help="the sheet to read (default: the first visible sheet)")
    parser.add_argument(
        "--header-row", type=int, metavar="N", help="the header's row number (default: found)"
    )
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


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    """Split ``COLUMN=VALUE`` options at their last "=" (a header may hold one)."""
    pairs = []
    for value in values:
        column, sep, chosen = value.rpartition("=")
        if not sep or not column.strip():
            raise CliError(message("import_bad_choice", detail=value), status=2)
        pairs.append((column, chosen.strip()))
    return pairs


def _choices(args: argparse.Namespace, table: imports.RawTable, ws: Workspace) -> dict[str, object]:
    """Turn --map, --encoding, --kind and --field into preview arguments."""
    maps, encodings = _pairs(args.map), _pairs(args.encoding)
    out: dict[str, object] = {}
    try:
        if maps:
            out["mapping"] = apply_choices(table, imports.propose(ws, table, args.unit), maps)
        chosen: dict[int, Encoding] = {}
        for column, name in encodings:
            if name.lower() not in _ENCODINGS:
                raise CliError(message("import_bad_choice", detail=f"{column}={name}"), status=2)
            chosen[column_index(table, column)] = _ENCODINGS[name.lower()]
        out["encodings"] = chosen or None
    except MappingProblem as error:
        detail = {"detail": error.value, "choices": ", ".join(COLUMN_BY_KEY), "file": args.file}
        raise CliError(message(f"import_{error.code}", **detail), status=2) from error
    if args.field and not any(f.code == args.field for f in ws.plan.fields):
        raise CliError(message("row_bad_field", detail=args.field), status=2)
    out["choices"] = RowChoices(kind=args.kind, field_code=args.field)
    return out


def _mapping_line(pv: ImportPreview) -> str:
    """Return the mapping used, one line: "A=row_id B=name[tcvn3] C=- …"."""
    from openpyxl.utils import get_column_letter

    parts = []
    for column in pv.columns:
        label = get_column_letter(column.index + 1) if pv.form != "docx" else column.header
        encoding = f"[{column.encoding}]" if column.encoding != Encoding.UNICODE else ""
        parts.append(f"{label}={column.key or '-'}{encoding}")
    return message("import_mapping", mapping=" ".join(parts))


def inferred_text(inferred: Inferred) -> str:
    """Return why a row's kind or field was inferred, in the UI language."""
    return message(f"infer_{inferred.reason}", value=inferred.value, evidence=inferred.evidence)


def _inferred_lines(pv: ImportPreview) -> None:
    """Print, on stderr, what was inferred for each row and why (``--dry-run``)."""
    for row in pv.rows:
        if row.inferred:
            print(f"{row.ref}: {'; '.join(inferred_text(i) for i in row.inferred)}", file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    try:
        table = imports.read(args.file, ReadOptions(sheet=args.sheet, header_row=args.header_row))
    except SourceProblem as error:
        raise CliError(source_message(error)) from error
    ws = open_existing(args, read_only=args.dry_run)
    try:
        chosen = _choices(args, table, ws)
        try:
            pv = imports.preview(ws, table, unit_code=args.unit, received_on=args.received, **chosen)  # type: ignore[arg-type]
        except ImportProblem as error:
            raise CliError(message(f"import_{error.code}", file=args.file, detail=error.detail)) from error
        if pv.form != "template":  # a template's columns are its own; a list's are shown
            print(_mapping_line(pv), file=sys.stderr)
        _report(pv)
        counts = {status.value: pv.count(status) for status in RowStatus}
        if args.dry_run:
            _inferred_lines(pv)
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
