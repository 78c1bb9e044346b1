"""``hagiang-desktop office show|set``: the office's letterheads and signatures (issue #15).

``office show`` prints one TSV line per document and value (document, field, value); ``office set``
changes values for one document (``--document``) or, without it, for every document. Recipients
are typed as one text, lines separated by ";" (or new lines).
"""

from __future__ import annotations

import argparse

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, write_tsv
from hagiang_desktop.cli.messages import message
from hagiang_desktop.core.letterhead import AUTHORITIES, DOCUMENTS, Letterhead
from hagiang_desktop.services import letterhead

#: Command-line option → letterhead field.
_OPTIONS = {
    "superior": "superior",
    "issuer": "issuer",
    "symbol": "symbol",
    "signer_title": "signer_title",
    "signer_name": "signer_name",
    "authority": "authority",
    "recipients": "recipients",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``office show`` and ``office set``."""
    parser = sub.add_parser("office", help="the office's letterheads and signatures")
    actions = parser.add_subparsers(dest="office_action", required=True)
    show = actions.add_parser("show", help="print each document's letterhead (TSV)")
    add_db_option(show)
    show.add_argument("--document", choices=DOCUMENTS, help="only this document")
    show.set_defaults(handler=_show)
    change = actions.add_parser("set", help="change letterhead and signature values")
    add_db_option(change)
    change.add_argument("--document", choices=DOCUMENTS, help="only this document (default: every one)")
    change.add_argument("--superior", help="the line above the issuer ('' for none)")
    change.add_argument("--issuer", help="the issuing body")
    change.add_argument("--symbol", help="the document symbol after the number, e.g. DS-UBND")
    change.add_argument("--signer-title", dest="signer_title", help="the signer's title")
    change.add_argument("--signer-name", dest="signer_name", help="the signer's name")
    change.add_argument(
        "--authority",
        type=lambda text: text.strip().upper().rstrip("."),
        choices=list(AUTHORITIES),
        help="TM, KT, Q, TL, TUQ or '' (none)",
    )
    change.add_argument("--recipients", help="'Nơi nhận' lines separated by ';'")
    change.set_defaults(handler=_set)


def _rows(heads: dict[str, Letterhead]) -> list[tuple[str, str, str]]:
    rows = []
    for document, head in heads.items():
        values = letterhead.as_dict(head)
        for field in letterhead.FIELDS:
            value = values[field]
            rows.append((document, field, "; ".join(value) if field == "recipients" else str(value)))
        rows.append((document, "signature", " / ".join(head.titles())))
    return rows


def _show(args: argparse.Namespace) -> int:
    ws = open_existing(args, read_only=True)
    try:
        heads = letterhead.letterheads(ws)
    finally:
        ws.close()
    if args.document:
        heads = {args.document: heads[args.document]}
    write_tsv(_rows(heads))
    return 0


def _set(args: argparse.Namespace) -> int:
    values = {field: getattr(args, option) for option, field in _OPTIONS.items()}
    values = {k: v for k, v in values.items() if v is not None}
    if not values:
        raise CliError(message("office_nothing_to_set"), status=2)
    ws = open_existing(args)
    try:
        heads = letterhead.set_values(ws, values, args.document)
    except letterhead.LetterheadProblem as error:
        raise CliError(message("office_bad_value", detail=error.detail), status=2) from error
    finally:
        ws.close()
    shown = {args.document: heads[args.document]} if args.document else heads
    write_tsv(_rows(shown))
    return 0
