"""``hagiang-desktop export …``: the registration list and forms without the window.

* ``export list --db PATH --out FILE.xlsx [--unit CODE]``: the registration list workbook;
* ``export forms --db PATH --out FILE.pdf [--unit CODE] [--id N]…``: the registration forms;
* ``export list-pdf --db PATH --out FILE.pdf``: the registration list as a PDF;
* ``export letter --db PATH --out FILE.pdf``: the covering letter (công văn) sending the list;
* ``export followup --db PATH --out FILE.xlsx|FILE.pdf [--stage 2018|2019|2020] [--as-of DATE]``:
  the follow-up report (issue #24).

Each prints one line on success (the file, how many models, how many pages) and records the
upward step in the database, as the window does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, parse_date
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import exporting
from hagiang_desktop.services.exporting import ExportProblem, ExportResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` command and its subcommands."""
    parser = sub.add_parser("export", help="registration list (xlsx, PDF) and registration forms (PDF)")
    export_sub = parser.add_subparsers(dest="export_command", required=True)

    list_parser = export_sub.add_parser("list", help="the registration list of selected models (.xlsx)")
    add_db_option(list_parser)
    list_parser.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    list_parser.add_argument("--unit", help="only this unit and the units under it")
    list_parser.set_defaults(handler=_list)

    forms = export_sub.add_parser("forms", help="one registration form per model, in one PDF")
    add_db_option(forms)
    forms.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    forms.add_argument("--unit", help="only this unit and the units under it")
    forms.add_argument(
        "--id", type=int, action="append", dest="ids", help="this nomination (repeat for more; any status)"
    )
    _add_sign_options(forms)
    forms.set_defaults(handler=_forms)

    pdf = export_sub.add_parser("list-pdf", help="the registration list as a PDF, to sign")
    add_db_option(pdf)
    pdf.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    _add_sign_options(pdf)
    pdf.set_defaults(handler=_list_pdf)

    letter = export_sub.add_parser("letter", help="the covering letter (công văn) sending the list, PDF")
    add_db_option(letter)
    letter.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    _add_sign_options(letter)
    letter.set_defaults(handler=_letter)

    from hagiang_desktop.cli.followup import add_stage_option

    report = export_sub.add_parser(
        "followup", help="the follow-up report (2018 review, 2019, 2020 evaluation), .xlsx or .pdf"
    )
    add_db_option(report)
    report.add_argument("--out", type=Path, required=True, help="the .xlsx or .pdf file to write")
    add_stage_option(report)
    report.add_argument(
        "--as-of", type=parse_date, help="the day of the figures (default: the document's day)"
    )
    report.set_defaults(handler=_followup)


def _add_sign_options(parser: argparse.ArgumentParser) -> None:
    from hagiang_desktop.cli.keys import add_passphrase_option, add_pin_option

    parser.add_argument(
        "--sign", action="store_true", help="sign the PDF (PAdES) with the office's token or software key"
    )
    add_pin_option(parser)
    add_passphrase_option(parser)


def _check_out(out: Path) -> None:
    if not out.parent.is_dir():
        raise CliError(message("export_no_folder", path=out.parent))


def _run(args: argparse.Namespace, job: str) -> int:
    out: Path = args.out
    _check_out(out)
    if getattr(args, "sign", False):
        return _run_signed(args, job)
    if getattr(args, "pin_file", None) or getattr(args, "passphrase_file", None):
        raise CliError(message("export_secret_without_sign"), status=2)
    ws = open_existing(args)
    try:
        if job == "list":
            result: ExportResult = exporting.export_list_xlsx(ws, out, unit_code=args.unit)
        elif job == "forms":
            result = exporting.export_forms_pdf(ws, out, ids=args.ids, unit_code=args.unit)
        elif job == "letter":
            result = exporting.export_letter_pdf(ws, out)
        else:
            result = exporting.export_list_pdf(ws, out)
    except ExportProblem as problem:
        raise CliError(message(f"export_{problem.code}", detail=problem.detail)) from problem
    except OSError as error:
        raise CliError(message("export_write_failed", path=out, detail=error.strerror or error)) from error
    finally:
        ws.close()
    if result.pages:
        print(message("export_done_pages", path=result.path, count=result.count, pages=result.pages))
    else:
        print(message("export_done", path=result.path, count=result.count))
    return 0


def _run_signed(args: argparse.Namespace, job: str) -> int:
    """The list or the forms as a signed PDF: the identity opened first, then the export (#21)."""
    from hagiang_desktop.cli.keys import read_secret, signing_workspace
    from hagiang_desktop.services import signed_pdfs

    out: Path = args.out
    with signing_workspace(args) as ws:
        secret = read_secret(args, ws)
        try:
            result = signed_pdfs.export_signed_pdf(
                ws, job, out, secret, ids=getattr(args, "ids", None), unit_code=getattr(args, "unit", None)
            )
        except ExportProblem as problem:
            raise CliError(message(f"export_{problem.code}", detail=problem.detail)) from problem
    print(message("export_signed", path=result.path, count=result.count, pages=result.pages))
    if result.timestamped:
        print(message("export_timestamped"))
    elif result.timestamp_problem:
        print(message("export_not_timestamped", detail=result.timestamp_problem), file=sys.stderr)
    return 0


def _list(args: argparse.Namespace) -> int:
    return _run(args, "list")


def _forms(args: argparse.Namespace) -> int:
    return _run(args, "forms")


def _list_pdf(args: argparse.Namespace) -> int:
    return _run(args, "list-pdf")


def _letter(args: argparse.Namespace) -> int:
    return _run(args, "letter")


def _followup(args: argparse.Namespace) -> int:
    from hagiang_desktop.cli.followup import stages_of
    from hagiang_desktop.services import followup_report

    out: Path = args.out
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise CliError(message("export_followup_bad_format", path=out), status=2)
    _check_out(out)
    ws = open_existing(args, read_only=True)
    try:
        stages_of(ws, args.stage)
        count, pages = followup_report.export_followup(ws, out, stage_year=args.stage, as_of=args.as_of)
    except OSError as error:
        raise CliError(message("export_write_failed", path=out, detail=error.strerror or error)) from error
    finally:
        ws.close()
    if pages:  # lines of the report (one per model and stage), not models
        print(message("export_followup_done_pages", path=out, count=count, pages=pages))
    else:
        print(message("export_followup_done", path=out, count=count))
    return 0
