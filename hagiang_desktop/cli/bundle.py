"""``hagiang-desktop bundle …``: build, verify and import signed bundles; the province's inbox.

``bundle verify`` needs no database: it checks a bundle against the certificates given with
``--trust`` (exit 0 valid, 1 refused with the reason), as the province's IT staff or anybody
else may want to do without the program's data.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from hagiang_desktop.cli.common import CliError, add_db_option, parse_date, write_tsv
from hagiang_desktop.cli.keys import add_passphrase_option, add_pin_option, read_secret, signing_workspace
from hagiang_desktop.cli.messages import message, problem_message
from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import bundles, certificates, scope
from hagiang_desktop.services.bundles import BundleProblem
from hagiang_desktop.services.certificates import SigningProblem


def bundle_error(error: BundleProblem) -> CliError:
    """Turn a refused bundle into the one-line error of the command line."""
    return CliError(problem_message(error.code, error.detail, "bundle", "key"))


def certificate_error(path: Path, error: SigningProblem) -> CliError:
    """Turn a refused certificate file into one line naming the file and the reason."""
    return CliError(problem_message(error.code, f"{path}: {error.detail}", "key", "bundle"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``bundle`` command and its subcommands."""
    parser = sub.add_parser("bundle", help="signed bundles to the province, and the province's inbox")
    bundle_sub = parser.add_subparsers(dest="bundle_command", required=True)

    build = bundle_sub.add_parser("build", help="build the signed bundle of the selected nominations")
    add_db_option(build)
    add_passphrase_option(build)
    add_pin_option(build)
    build.add_argument("--out", type=Path, required=True, help="the .zip file to write")
    build.add_argument("--supplement", action="store_true", help="a supplement (bổ sung): only new ones")
    build.add_argument(
        "--no-letter", dest="letter", action="store_false", help="without the covering letter (công văn)"
    )
    build.set_defaults(handler=_build)

    verify = bundle_sub.add_parser("verify", help="verify a bundle (no database): exit 0 valid, 1 refused")
    verify.add_argument("file", type=Path, help="the bundle (.zip)")
    verify.add_argument("--trust", type=Path, nargs="+", required=True, help="trusted certificates (.pem)")
    verify.add_argument("--plan", help="refuse a bundle for another plan id")
    verify.add_argument(
        "--unit", help="the unit code a CA-issued certificate (a USB token's) speaks for, from its form"
    )
    verify.add_argument(
        "--ca",
        type=Path,
        action="append",
        default=[],
        help="a certificate authority (.pem, root or sub-CA): a renewed certificate of the --trust one "
        "(same subject, same authority) is accepted for --unit; repeatable",
    )
    verify.set_defaults(handler=_verify)

    trust = bundle_sub.add_parser("trust", help="add offices' certificates (.pem) to the inbox's trust store")
    add_db_option(trust)
    trust.add_argument("certs", type=Path, nargs="+", help="certificates (.pem)")
    trust.add_argument(
        "--unit", help="the unit code a CA-issued certificate (a USB token's) speaks for, from its form"
    )
    trust.set_defaults(handler=_trust)

    trusted = bundle_sub.add_parser("trusted", help="TSV: unit code, fingerprint, status, subject")
    add_db_option(trusted)
    trusted.set_defaults(handler=_trusted)

    trust_ca = bundle_sub.add_parser(
        "trust-ca", help="install certificate authorities (.pem: e.g. the VGCA root and sub-CAs) in the inbox"
    )
    add_db_option(trust_ca)
    trust_ca.add_argument("certs", type=Path, nargs="+", help="CA certificates (.pem; a chain file is fine)")
    trust_ca.set_defaults(handler=_trust_ca)

    trusted_cas = bundle_sub.add_parser(
        "trusted-cas", help="TSV: fingerprint, root or sub-CA, valid to, subject of the installed authorities"
    )
    add_db_option(trusted_cas)
    trusted_cas.set_defaults(handler=_trusted_cas)

    distrust_ca = bundle_sub.add_parser("distrust-ca", help="remove an installed certificate authority")
    add_db_option(distrust_ca)
    distrust_ca.add_argument("fingerprint", help="its SHA-256 fingerprint, as trusted-cas lists it")
    distrust_ca.set_defaults(handler=_distrust_ca)

    imp = bundle_sub.add_parser("import", help="verify a district's bundle, then merge it (province inbox)")
    imp.add_argument("file", type=Path, help="the bundle (.zip)")
    add_db_option(imp)
    imp.add_argument(
        "--preview",
        action="store_true",
        help="verify and tell what the import would do (new, updated, withdrawn, conflicts); write nothing",
    )
    imp.add_argument(
        "--take-changed",
        metavar="UID",
        action="append",
        default=[],
        help="for a nomination the province already accepted or returned that the bundle sends again "
        "changed: take the sender's version (it becomes submitted again); repeatable",
    )
    imp.set_defaults(handler=_import)

    inbox = bundle_sub.add_parser(
        "inbox", help="TSV: unit, sender, bundles, first/last received, on time, own plan received, on time"
    )
    add_db_option(inbox)
    inbox.add_argument("--as-of", type=parse_date, help="the day to judge on (default today)")
    inbox.set_defaults(handler=_inbox)

    ret = bundle_sub.add_parser("return", help="return a nomination to its district as a signed file")
    add_db_option(ret)
    add_passphrase_option(ret)
    add_pin_option(ret)
    ret.add_argument("--nomination", type=int, required=True, help="the nomination's id")
    ret.add_argument("--reason", required=True, help="why it is returned")
    ret.add_argument("--out", type=Path, required=True, help="the .zip file to write")
    ret.set_defaults(handler=_return)

    mode = bundle_sub.add_parser("mode", help="show or set the mode: office, or the province's inbox")
    add_db_option(mode)
    mode.add_argument("mode", nargs="?", choices=("office", "province"), help="the mode to set")
    mode.set_defaults(handler=_mode)

    imp_ret = bundle_sub.add_parser("import-return", help="apply a province's signed return file")
    imp_ret.add_argument("file", type=Path, help="the return file (.zip)")
    add_db_option(imp_ret)
    imp_ret.set_defaults(handler=_import_return)


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise CliError(message("file_missing", path=path))


def _build(args: argparse.Namespace) -> int:
    with signing_workspace(args) as ws:
        secret = read_secret(args, ws)  # the key's passphrase, or the token's PIN (#21)
        try:
            built = bundles.build_bundle(ws, args.out, secret, supplement=args.supplement, letter=args.letter)
        except OSError as error:  # the folder cannot be written: nothing was marked, no file left
            detail = error.strerror or type(error).__name__
            raise CliError(message("bundle_write_failed", path=args.out, detail=detail)) from error
    print(message("bundle_built", path=built.path, sequence=built.sequence, count=built.nomination_count))
    if built.timestamp_problem:
        print(message("export_not_timestamped", detail=built.timestamp_problem), file=sys.stderr)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import trust_authorities

    _require_file(args.file)
    trusted = []
    for path in args.trust:
        _require_file(path)
        try:
            trusted.append(certificates.load_certificate(path.read_bytes()))
        except SigningProblem as error:
            raise certificate_error(path, error) from error
    cas: list[bytes] = []
    for path in args.ca:
        _require_file(path)
        try:
            cas.extend(a.der for a in trust_authorities.read_authorities(path.read_bytes()))
        except SigningProblem as error:
            raise certificate_error(path, error) from error
    try:
        verified = bundles.verify_bundle_file(
            args.file, trusted, plan_id=args.plan, unit_code=args.unit, authorities=cas
        )
    except BundleProblem as error:
        raise bundle_error(error) from error
    if verified.renewed_from:
        print(
            message(
                "bundle_renewed",
                unit=verified.header.sender_code,
                old=verified.renewed_from,
                new=verified.signature.signer.fingerprint,
                authority=verified.signature.authority,
            )
        )
    header = verified.header
    print(
        message(
            "bundle_valid",
            sender=f"{header.sender_code} {header.sender_name}",
            sequence=header.sequence,
            files=len(verified.entries),
            fingerprint=verified.signature.signer.fingerprint,
        )
    )
    return 0


def _trust(args: argparse.Namespace) -> int:
    for path in args.certs:
        _require_file(path)
    with signing_workspace(args) as ws:
        for path in args.certs:
            try:
                row = bundles.add_trusted(ws, path.read_bytes(), args.unit)
            except SigningProblem as error:
                raise certificate_error(path, error) from error
            print(message("cert_trusted", unit=row.unit_code, fingerprint=row.fingerprint))
    return 0


def _trusted(args: argparse.Namespace) -> int:
    with signing_workspace(args, read_only=True) as ws:
        rows = bundles.list_trusted(ws)
    write_tsv((r.unit_code, r.fingerprint, r.status, r.subject) for r in rows)
    return 0


def _trust_ca(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import trust_authorities

    for path in args.certs:
        _require_file(path)
    with signing_workspace(args) as ws:
        for path in args.certs:
            try:
                rows = trust_authorities.add_authorities(ws, path.read_bytes())
            except SigningProblem as error:
                raise certificate_error(path, error) from error
            for row in rows:
                print(message("ca_trusted", subject=row.subject, fingerprint=row.fingerprint))
    return 0


def _trusted_cas(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import trust_authorities

    with signing_workspace(args, read_only=True) as ws:
        rows = trust_authorities.list_authorities(ws)
    write_tsv(
        (r.fingerprint, "root" if r.root else "sub-CA", r.not_after.date().isoformat(), r.subject)
        for r in rows
    )
    return 0


def _distrust_ca(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import trust_authorities

    with signing_workspace(args) as ws:
        if not trust_authorities.remove_authority(ws, args.fingerprint.strip()):
            raise CliError(message("ca_not_installed", fingerprint=args.fingerprint))
    print(message("ca_removed", fingerprint=args.fingerprint))
    return 0


def _import(args: argparse.Namespace) -> int:
    _require_file(args.file)
    with signing_workspace(args) as ws:
        if args.preview:
            result = bundles.preview_bundle(ws, args.file)
        else:
            result = bundles.import_bundle(ws, args.file, take_changed=args.take_changed)
    print(
        message(
            "bundle_previewed" if args.preview else "bundle_imported",
            sender=f"{result.sender_code} {result.sender_name}",
            sequence=result.sequence,
            added=result.added,
            updated=result.updated,
            withdrawn=result.withdrawn,
            kept=result.kept,
        )
    )
    if result.renewed_from:
        print(
            message(
                "bundle_import_renewed",
                unit=result.sender_code,
                old=result.renewed_from,
                new=result.fingerprint,
            )
        )
    for conflict in result.conflicts:
        print(
            message(
                f"bundle_conflict_{conflict.what}" + ("_taken" if conflict.taken else ""),
                uid=conflict.uid,
                name=conflict.name,
                status=message(f"status_{conflict.status}"),
            )
        )
    for claim in result.claims:
        key = f"bundle_claim_{claim.what}_{'yes' if claim.found else 'no'}"
        print(message(key, uid=claim.uid, name=claim.name))
    return 0


def _inbox(args: argparse.Namespace) -> int:
    as_of: date = args.as_of or today_vn()
    with signing_workspace(args, read_only=True) as ws:
        rows = bundles.province_view(ws, as_of)
    write_tsv(
        (r.code, r.name, r.sender_code, r.bundles, r.last_sequence, r.first_received, r.last_received,
         r.nominations, "" if r.on_time is None else r.on_time,
         # Added by #16 (IV.1): the body's own replication plan, the day it arrived and on time.
         r.plan_sent, "" if r.plan_on_time is None else r.plan_on_time)
        for r in rows
    )  # fmt: skip
    return 0


def _return(args: argparse.Namespace) -> int:
    with signing_workspace(args) as ws:
        secret = read_secret(args, ws)
        built = bundles.build_return(ws, args.nomination, args.reason, args.out, secret)
    print(message("return_built", path=built.path, sequence=built.sequence))
    return 0


def _import_return(args: argparse.Namespace) -> int:
    _require_file(args.file)
    with signing_workspace(args) as ws:
        result = bundles.import_return(ws, args.file)
    print(message("return_imported", sender=result.sender_name, count=result.updated))
    return 0


def _mode(args: argparse.Namespace) -> int:
    with signing_workspace(args, read_only=args.mode is None) as ws:
        if args.mode is not None:
            scope.set_inbox_mode(ws, args.mode == "province")
        on = scope.inbox_mode(ws)
    print(message("mode_province" if on else "mode_office"))
    return 0
