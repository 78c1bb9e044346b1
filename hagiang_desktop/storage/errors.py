"""Why a database file could not be opened, as codes the UI and the CLI turn into plain words.

The storage layer never shows text to a clerk: it raises :class:`DatabaseOpenError` with a
``code`` and the UI (``ui/app.py``) or the CLI (``cli/messages.py``) says it in Vietnamese.
"""

from __future__ import annotations

from pathlib import Path

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
)


class DatabaseOpenError(Exception):
    """The database file cannot be opened as asked; nothing in it was changed.

    Attributes:
        code: one of :data:`OPEN_ERROR_CODES`.
        path: the file.
        detail: the technical reason (for the log and the "details" of a dialog).
    """

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = Path(path)
        self.detail = detail
