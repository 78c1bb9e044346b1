"""Helpers shared by the subcommands: errors, opening the database, writing TSV."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from hagiang_desktop.cli.messages import MESSAGES, message
from hagiang_desktop.services.workspace import Workspace, default_db_path, open_workspace
from hagiang_desktop.storage.errors import DatabaseOpenError


class CliError(Exception):
    """A user error: printed as one line on stderr, exit status ``status``."""

    def __init__(self, text: str, status: int = 1) -> None:
        super().__init__(text)
        self.status = status


def db_path(args: argparse.Namespace) -> Path:
    """Return the database path given by ``--db`` (before or after the command), or the default."""
    path: Path | None = getattr(args, "db", None) or getattr(args, "db_global", None)
    return path if path is not None else default_db_path()


def open_existing(args: argparse.Namespace, *, read_only: bool = False) -> Workspace:
    """Open the database named on the command line, refusing to create it by accident.

    Raises:
        CliError: the file is missing, unreadable, or from a newer program.
    """
    path = db_path(args)
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
    parser.add_argument("--db", type=Path, help="database file")


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
