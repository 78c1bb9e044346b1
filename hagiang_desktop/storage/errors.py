"""Why a database file could not be opened, as codes the UI and the CLI turn into plain words.

The storage layer never shows text to a clerk: it raises :class:`DatabaseOpenError` with a
``code`` and the UI (``ui/app.py``) or the CLI (``cli/messages.py``) says it in Vietnamese.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

#: Every code :class:`DatabaseOpenError` may carry.
OPEN_ERROR_CODES = (
    "empty",  # a 0-byte file: probably a lost copy; never silently turned into a new database
    "not_sqlite",  # not a database at all (a document renamed, a truncated header)
    "damaged",  # SQLite says it is malformed, or the integrity check fails
    "too_new",  # made by a newer program (unknown schema revision)
    "no_tables",  # a valid SQLite file with no table at all: a creation interrupted (power cut, kill)
    "foreign",  # another program's database: never written to
    "locked",  # another copy of the program is writing it
    "read_only",  # the file or its folder cannot be written (read-only media, permissions)
    "unreadable",  # any other error of the operating system
    # A PostgreSQL server (issue #22):
    "server_unreachable",  # no server answers at that address (down, wrong host/port/socket)
    "password_needed",  # the server asks for a password and none was given (.pgpass or prompt)
    "password_wrong",  # the server refused the user name or password
    "no_database",  # the server has no database of that name, or the user may not connect to it
    "not_initialised",  # the database has no tables yet: run `server init` first
)


class DatabaseOpenError(Exception):
    """The database file cannot be opened as asked; nothing in it was changed.

    Attributes:
        code: one of :data:`OPEN_ERROR_CODES`.
        path: the file, or the server (:class:`~hagiang_desktop.storage.location.ServerLocation`).
        detail: the technical reason (for the log and the "details" of a dialog).
    """

    def __init__(self, code: str, path: Any, detail: str = "") -> None:
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        # A server location stays as it is (its str() is the URL without a password).
        self.path: Any = Path(path) if isinstance(path, str) else path
        self.detail = detail
