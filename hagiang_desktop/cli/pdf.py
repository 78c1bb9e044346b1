"""``hagiang-desktop pdf verify FILE.pdf [--trust CERT.pem]…``: check a signed PDF (issue #21).

No database is needed: anybody can check a document the office signed, against the office's
certificate (pinned) or the certificate authority's (for a token's certificate). Each signature
is printed on one line (who, issuer, when in Vietnam time, fingerprint, validity, whether the
document changed after it, trusted or not, valid or not); exit 0 when every signature is valid,
intact and trusted, else 1 with one line on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hagiang_desktop.cli.common import CliError
from hagiang_desktop.cli.messages import message
from hagiang_desktop.core.vntext import format_date_of, format_moment


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``pdf`` command and its ``verify`` subcommand."""
    parser = sub.add_parser("pdf", help="digitally signed PDFs")
    pdf_sub = parser.add_subparsers(dest="pdf_command", required=True)
    verify = pdf_sub.add_parser("verify", help="check a signed PDF: exit 0 valid, 1 not")
    verify.add_argument("file", type=Path, help="the PDF")
    verify.add_argument(
        "--trust", type=Path, action="append", default=[], help="a trusted certificate (.pem): office or CA"
    )
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    from hagiang_desktop.cli.bundle import certificate_error
    from hagiang_desktop.services import certificates, signed_pdfs

    for path in [args.file, *args.trust]:
        if not path.is_file():
            raise CliError(message("file_missing", path=path))
    trusted = []
    for path in args.trust:
        try:
            trusted.append(certificates.load_certificate(path.read_bytes()))
        except certificates.SigningProblem as error:
            raise certificate_error(path, error) from error
    try:
        reports = signed_pdfs.verify(args.file.read_bytes(), trusted)
    except certificates.SigningProblem as error:
        raise CliError(message(f"key_{error.code}", detail=error.detail)) from error
    except OSError as error:
        raise CliError(message("os_error", path=args.file, detail=error.strerror or error)) from error
    if not reports:
        raise CliError(message("pdf_no_signature", path=args.file))
    for number, r in enumerate(reports, start=1):
        when = format_moment(r.signing_time, seconds=True) + " +07:00" if r.signing_time else "?"
        print(
            message(
                "pdf_signature",
                number=number,
                field=r.field,
                signer=r.signer,
                issuer=r.issuer,
                time=when,
                fingerprint=r.fingerprint,
                valid_from=format_date_of(r.not_before),
                valid_to=format_date_of(r.not_after),
                changed=message("pdf_changed" if r.changed_after or not r.intact else "pdf_unchanged"),
                trusted=message("pdf_trusted" if r.trusted else "pdf_untrusted"),
                valid=message("pdf_sig_valid" if r.intact and r.valid else "pdf_sig_invalid"),
            )
        )
        if r.timestamp is not None:
            stamped = format_moment(r.timestamp, seconds=True) + " +07:00"
            print(message("pdf_timestamp", number=number, time=stamped))
    if not all(r.ok for r in reports):
        raise CliError(message("pdf_not_valid", path=args.file))
    return 0
