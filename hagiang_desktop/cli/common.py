"""Helpers shared by the subcommands: errors, opening the database, writing TSV."""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError, OperationalError

from hagiang_desktop.cli.messages import MESSAGES, message
from hagiang_desktop.services.workspace import (
    DatabaseOpenError,
    ServerLocation,
    Workspace,
    default_db_path,
    open_workspace,
    parse_location,
)


class CliError(Exception):
    """A user error: printed as one line on stderr, exit status ``status``."""

    def __init__(self, text: str, status: int = 1) -> None:
        super().__init__(text)
        self.status = status


def db_path(args: argparse.Namespace) -> Path | ServerLocation:
    """Return the database given by ``--db`` (before or after the command), or the default file.

    Returns:
        A :class:`~pathlib.Path`, or a :class:`~hagiang_desktop.services.workspace.ServerLocation`
        for a ``postgresql://`` URL.
    """
    path: Path | ServerLocation | None = getattr(args, "db", None) or getattr(args, "db_global", None)
    return path if path is not None else default_db_path()


def db_location_arg(text: str) -> Path | ServerLocation:
    """Parse ``--db``: a file path, or a ``postgresql://`` URL without a password in it."""
    location = parse_location(text)
    if isinstance(location, ServerLocation) and location.has_password_in_url():
        raise argparse.ArgumentTypeError(message("db_password_in_url"))
    return location


def file_only(args: argparse.Namespace) -> Path:
    """Return the database file of a command that works on files only (refusing a server).

    Raises:
        CliError: status 2 for a server URL.
    """
    location = db_path(args)
    if isinstance(location, ServerLocation):
        raise CliError(message("server_only_files", path=location), status=2)
    return Path(location)


def open_server(location: ServerLocation, **options: Any) -> Workspace:
    """Open a server workspace, asking for the password in a terminal when the server wants one.

    The password is read with ``getpass`` (never echoed, never an argument) and kept in memory
    only; without a terminal (a scheduled task) libpq's ``.pgpass`` must hold it.

    Raises:
        DatabaseOpenError: the server cannot be opened.
    """
    try:
        return open_workspace(location, **options)
    except DatabaseOpenError as error:
        if error.code != "password_needed" or not sys.stdin.isatty():
            raise
    password = getpass.getpass(message("password_prompt", path=location))
    return open_workspace(location.with_password(password), **options)


def open_existing(args: argparse.Namespace, *, read_only: bool = False) -> Workspace:
    """Open the database named on the command line, refusing to create it by accident.

    Raises:
        CliError: the file is missing, unreadable, or from a newer program.
    """
    path = db_path(args)
    if isinstance(path, ServerLocation):
        try:  # no file lock: the server's own transactions let several clerks work at once
            return open_server(path, seed_directory=False, read_only=read_only)
        except DatabaseOpenError as error:
            raise CliError(open_error_message(error)) from error
    if not path.exists():
        raise CliError(message("db_missing", path=path))
    try:
        # A writing command takes the one-writer lock: it refuses while the window is open.
        return open_workspace(
            path, seed_directory=False, read_only=read_only, lock=not read_only, quick_check=True
        )
    except DatabaseOpenError as error:
        raise CliError(open_error_message(error)) from error
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        detail = str(getattr(error, "orig", error)).splitlines()[0]
        raise CliError(message("db_unreadable", path=path, detail=detail)) from error


def open_error_message(error: DatabaseOpenError) -> str:
    """Return the one-line message for a database that could not be opened."""
    code = f"db_{error.code}"
    if code not in MESSAGES:
        code = "db_unreadable"
    return message(code, path=error.path, detail=error.detail or error.code)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--db PATH`` to a subcommand (it may also stand before the command)."""
    parser.add_argument("--db", type=db_location_arg, help="database file, or a postgresql:// server URL")


def parse_date(text: str) -> date:
    """Parse an ISO date for argparse, with our message on error."""
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(message("bad_date", value=text)) from error


def write_tsv(rows: Iterable[Iterable[object]]) -> None:
    """Print rows as tab-separated lines (tabs and newlines inside a value become spaces)."""
    out = sys.stdout
    for row in rows:
        out.write("\t".join(_cell(v) for v in row) + "\n")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


#: The file kinds each command writes, by command path (``--out`` unless named otherwise). A
#: command not listed still gets the folder checks, only not the extension check.
OUT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "bundle build": (".zip",),
    "bundle return": (".zip",),
    "export list": (".xlsx",),
    "export forms": (".pdf",),
    "export list-pdf": (".pdf",),
    "export letter": (".pdf",),
    "export followup": (".xlsx", ".pdf"),
    "keys export-cert": (".pem", ".crt", ".cer"),
    "keys form": (".pdf",),
    "keys backup": (".p12", ".pfx"),
    "template": (".xlsx",),
    "units export": (".xlsx", ".csv"),
    "dashboard": (".xlsx", ".pdf"),  # --call-list
}
#: Commands that said a wrong extension in their own words before #20 (kept: a contract).
OUT_KIND_MESSAGES = {"units export": "units_format", "dashboard": "call_list_format"}
#: Commands whose ``--out`` may also be an existing folder (the file name is then chosen).
OUT_FOLDER_OK = frozenset({"backup"})
#: The options that name a file to write.
OUT_OPTIONS = ("out", "call_list")


def command_path(args: argparse.Namespace) -> str:
    """Return the command and subcommand given, e.g. ``"bundle build"`` (``""`` for none)."""
    command = getattr(args, "command", None) or ""
    sub = getattr(args, f"{command.replace('-', '_')}_command", None)
    return f"{command} {sub}" if sub else command


def check_outputs(args: argparse.Namespace) -> None:
    """Check every file the command will write before any work starts.

    A folder, a missing parent folder, a folder or file that cannot be written, and an
    extension that does not match what the command writes (``export list --out x.pdf`` would
    have written a workbook into a ``.pdf``) are each refused in one line.

    Raises:
        CliError: status 2 for a wrong extension, 1 for the rest.
    """
    command = command_path(args)
    for option in OUT_OPTIONS:
        path: Path | None = getattr(args, option, None)
        if path is not None:
            suffixes = OUT_SUFFIXES.get(command, ())
            if suffixes and path.suffix.lower() not in suffixes and command in OUT_KIND_MESSAGES:
                raise CliError(message(OUT_KIND_MESSAGES[command], path=path), status=2)
            check_output(path, suffixes, folder_ok=command in OUT_FOLDER_OK)


def check_output(path: Path, suffixes: tuple[str, ...] = (), *, folder_ok: bool = False) -> None:
    """Refuse a file that cannot be written where asked (see :func:`check_outputs`).

    Raises:
        CliError: the reason, as one line.
    """
    if path.is_dir():
        if folder_ok and os.access(path, os.W_OK | os.X_OK):
            return
        raise CliError(message("out_is_folder", path=path))
    if suffixes and path.suffix.lower() not in suffixes:
        raise CliError(message("out_wrong_kind", path=path, kinds=", ".join(suffixes)), status=2)
    parent = path.parent
    if not parent.is_dir():
        raise CliError(message("export_no_folder", path=parent))
    if not _can_create_in(parent) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(message("out_read_only", path=path))


def _can_create_in(folder: Path) -> bool:
    """Tell whether a file can be created in ``folder``, by creating (and removing) one.

    ``os.access`` says yes to root on a read-only mount and on ``/proc``; a real probe never lies,
    and the exporters write through a temporary file in that same folder anyway.
    """
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".hagiang-probe-"):
            return True
    except OSError:
        return False


def last_resort_message(args: argparse.Namespace, error: BaseException) -> str:
    """Return the one line for an error no handler turned into a message.

    A database another process keeps busy past the busy timeout, and a file the system refuses
    (disk full, a USB stick pulled out) are said in words; anything else is named by its type
    so that IT can find it, still in one line. The transaction in progress has rolled back.
    """
    from hagiang_desktop.services.workspace import BUSY_TIMEOUT_MS

    original = getattr(error, "orig", None) or error
    text = " ".join(str(original).split())
    if isinstance(original, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return message("db_busy", path=db_path(args), seconds=BUSY_TIMEOUT_MS // 1000)
    if isinstance(original, OSError):
        where = original.filename or db_path(args)
        return message("os_error", path=where, detail=original.strerror or type(original).__name__)
    return message("unexpected", detail=f"{type(original).__name__}: {text[:160]}")
