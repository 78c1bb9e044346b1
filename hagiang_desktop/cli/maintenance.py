"""``check``, ``backup``, ``restore`` and ``purge``: keeping the data safe from the command line.

``check`` and ``backup`` only read the file (they work while the window is open); ``restore``
and ``purge`` write, so they take the one-writer lock and refuse while the window is open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypeVar

from hagiang_desktop.cli.common import (
    CliError,
    add_db_option,
    db_path,
    file_only,
    open_error_message,
    open_existing,
)
from hagiang_desktop.cli.messages import message
from hagiang_desktop.services import maintenance
from hagiang_desktop.services.maintenance import BackupError
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.services.workspace import DatabaseOpenError, ServerLocation

#: A file or a server: what :func:`_existing` checks, given back as the same type.
_Location = TypeVar("_Location", bound=Path | ServerLocation)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check``, ``backup``, ``restore`` and ``purge`` commands."""
    check = sub.add_parser(
        "check", help="integrity check, foreign key check and the program's own rules; exit 1 on a problem"
    )
    add_db_option(check)
    check.add_argument("--quick", action="store_true", help="SQLite's quick check instead of the full one")
    check.set_defaults(handler=_check)

    backup = sub.add_parser("backup", help="copy the database, verified, to a file or a folder (USB stick)")
    add_db_option(backup)
    backup.add_argument("--out", type=Path, required=True, help="backup file, or an existing folder")
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser("restore", help="replace the database by a verified backup (a copy is kept)")
    add_db_option(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, help="the backup file")
    restore.add_argument(
        "--other-office",
        action="store_true",
        help="restore a backup of another office's data in place of this office's (its data replaces ours)",
    )
    restore.set_defaults(handler=_restore)

    purge = sub.add_parser(
        "purge", help="remove a nominee's personal data from the database file and its WAL (Decree 13/2023)"
    )
    add_db_option(purge)
    purge.add_argument("--id", dest="nomination_id", type=int, required=True, help="the nomination id")
    purge.set_defaults(handler=_purge)


def _existing(path: _Location) -> _Location:
    if isinstance(path, ServerLocation):
        return path
    if not path.exists():
        raise CliError(message("db_missing", path=path))
    return path


def _check(args: argparse.Namespace) -> int:
    path = _existing(db_path(args))
    try:
        report = maintenance.check_database(path, quick=args.quick)
    except DatabaseOpenError as error:
        raise CliError(open_error_message(error)) from error
    if report.checks == ("access",):  # cannot read the file here: not damage, no restore advice
        print(message("check_bad", check=message("check_access")))
        print(message("check_summary_access", detail=report.findings[0].detail))
        return 1
    found = {f.code for f in report.findings}
    for name in report.checks:
        codes = _CHECK_CODES[name]
        print(message("check_bad" if found & codes else "check_ok", check=message(f"check_{name}")))
    for finding in report.findings:
        print(message("check_finding", kind=finding.code, detail=finding.detail))
    summary = "check_summary_" + ("server_" if isinstance(path, ServerLocation) else "")
    print(message(summary + ("ok" if report.ok else "bad"), count=len(report.findings)))
    return 0 if report.ok else 1


#: Which finding codes belong to which check (for the OK / PROBLEM line of each).
_CHECK_CODES = {
    "integrity": {"integrity"},
    "foreign_keys": {"foreign_key"},
    "invariants": {
        "unknown_plan",
        "unknown_field",
        "kind_not_allowed",
        "unknown_criterion",
        "eligible_cache",
        "sort_key_cache",
        "missing_unit",
        "unit_cycle",
    },
    "search_index": {"search_index"},
}


def _backup(args: argparse.Namespace) -> int:
    location = db_path(args)
    if isinstance(location, ServerLocation):
        try:
            target = maintenance.backup_server(location, args.out)
        except maintenance.ServerBackupError as error:
            raise CliError(message(f"server_backup_{error.code}", detail=error.detail)) from error
        print(message("backup_done", path=target))
        return 0
    path = _existing(file_only(args))
    try:
        target = maintenance.backup_file(path, args.out)
    except DatabaseOpenError as error:
        raise CliError(open_error_message(error)) from error
    except BackupError as error:
        raise CliError(message("backup_failed", detail="; ".join(error.problems[:2]))) from error
    print(message("backup_done", path=target))
    return 0


def _restore(args: argparse.Namespace) -> int:
    location = db_path(args)
    if not args.source.is_file():  # a folder or a device (/dev/zero) is no backup (#20)
        raise CliError(message("db_missing", path=args.source))
    if isinstance(location, ServerLocation):
        try:
            safety = maintenance.restore_server(location, args.source)
        except maintenance.ServerBackupError as error:
            key = f"server_backup_{error.code}"
            raise CliError(message(key, detail=error.detail, path=args.source)) from error
        print(message("restore_done", path=location, source=args.source, safety=safety))
        return 0
    path = file_only(args)
    try:
        kept = maintenance.restore_closed_database(path, args.source, other_office=args.other_office)
    except DatabaseOpenError as error:  # the window (or another command) is writing it
        raise CliError(open_error_message(error)) from error
    except BackupError as error:
        raise CliError(restore_refused_message(error, args.source, path)) from error
    print(message("restore_done", path=path, source=args.source, safety=kept or "-"))
    return 0


#: Why a backup was refused (BackupError code) → message key.
_RESTORE_REFUSALS = {
    "too_new": "restore_too_new",
    "empty": "restore_empty",
    "not_sqlite": "restore_not_ours",
    "not_ours": "restore_not_ours",
    "foreign_keys": "restore_foreign_keys",
    "schema": "restore_schema",
    "other_office": "restore_other_office",
    "target_foreign": "db_foreign",
}


def restore_refused_message(error: BackupError, source: Path, target: Path) -> str:
    """Return the one-line reason a backup was not restored."""
    key = _RESTORE_REFUSALS.get(error.code, "restore_bad_backup")
    theirs, ours = ([*error.problems, "", ""])[:2]
    return message(
        key,
        path=target if key == "db_foreign" else source,
        detail="; ".join(error.problems[:3]),
        theirs=theirs,
        ours=ours,
    )


def _purge(args: argparse.Namespace) -> int:
    ws = open_existing(args)
    try:
        result = maintenance.purge_nomination(ws, args.nomination_id)
    except NominationProblem as error:
        raise CliError(message("nomination_not_found", id=args.nomination_id)) from error
    finally:
        ws.close()
    print(message("purge_done", id=result.nomination_id, audit=result.audit_entries))
    return 0
