"""Preferences kept per user by Qt (QSettings), not in the database: they belong to this computer.

The language, the font size for older eyes, the database last set up, the recent databases and
the folder offered for backups. What travels with the data (the office, the mode, how many
backups to keep) stays in the database's ``setting`` table.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hagiang_desktop.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from hagiang_desktop.services.workspace import DatabaseLocation

LANGUAGE = "ui/language"
FONT_SIZE = "ui/font_size"
DATABASE = "database/path"
RECENT = "database/recent"
BACKUP_FOLDER = "backup/folder"

#: How many databases File → Recent databases lists.
MAX_RECENT = 5
#: The font sizes offered (points); Qt's default on Windows is 9.
FONT_SIZES = (9, 20)
#: The size used until the clerk chooses one (#17). At Windows' 9 pt, and still at 10 pt, the
#: hook of "ủ, ở, ử" is two pixels high at 96 dpi and reads as the grave accent of "ù, ờ, ừ"
#: ("Thủ tục" / "thù lao" looked alike); at 11 pt it is three pixels with its curl, and every
#: window still fits a 1366×768 screen (tests/ui/test_fits_screen.py checks 9–14 pt).
DEFAULT_FONT_SIZE = 11


def stored_language() -> str | None:
    """Return the language chosen in Settings, or None."""
    value = QSettings().value(LANGUAGE)
    return str(value) if value in LANGUAGES else None


def set_language(language: str) -> None:
    """Remember the UI language for the next start."""
    QSettings().setValue(LANGUAGE, language)


#: The clerk's name for the audit trail (several clerks on one server, #22).
CLERK_NAME = "audit/clerkName"


def stored_clerk_name() -> str:
    """Return the clerk's name set in Settings ("" when none: the login name is used)."""
    return str(QSettings().value(CLERK_NAME) or "").strip()


def apply_clerk_name(name: str | None = None) -> None:
    """Remember the clerk's name (when given) and name the audit entries of this program with it."""
    from hagiang_desktop.services import audit

    if name is not None:
        QSettings().setValue(CLERK_NAME, name.strip())
    audit.set_clerk_name(stored_clerk_name())


def stored_font_size() -> int | None:
    """Return the font size chosen in Settings (points), or None for the system's."""
    value = QSettings().value(FONT_SIZE)
    try:
        size = int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    return size if size is not None and FONT_SIZES[0] <= size <= FONT_SIZES[1] else None


def apply_font_size(size: int | None = None) -> None:
    """Set the application's font size and remember a given one.

    Args:
        size: the size chosen in Settings; None applies the stored one, else
            :data:`DEFAULT_FONT_SIZE` (or the system's size when larger).
    """
    if size is not None:
        QSettings().setValue(FONT_SIZE, size)
    else:
        size = stored_font_size()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if size is None:  # nothing chosen: the system's size, but never below the legible default
        size = max(app.font().pointSize(), DEFAULT_FONT_SIZE)
    font = app.font()
    font.setPointSize(size)
    app.setFont(font)


def stored_database() -> Path | None:
    """Return the database file set up by the first-run wizard, or None."""
    value = QSettings().value(DATABASE)
    return Path(str(value)) if value else None


def set_database(path: Path) -> None:
    """Remember the office's database file, opened on start when no ``--db`` is given."""
    QSettings().setValue(DATABASE, str(path))


def recent_databases() -> list[DatabaseLocation]:
    """Return the databases opened lately, newest first (at most :data:`MAX_RECENT`).

    Each is a file path or a server (#22), as ``--db`` names it.
    """
    from hagiang_desktop.services.workspace import parse_location  # loaded once a database is open

    value = QSettings().value(RECENT) or []
    items = [value] if isinstance(value, str) else list(value)
    return [parse_location(str(item)) for item in items][:MAX_RECENT]


def same_database(first: DatabaseLocation, second: DatabaseLocation) -> bool:
    """Tell whether two locations name the same database (a file by its resolved path)."""
    from hagiang_desktop.services.workspace import same_location  # loaded once a database is open

    return same_location(first, second)


def add_recent_database(location: DatabaseLocation) -> list[DatabaseLocation]:
    """Put ``location`` first in the recent databases, keeping :data:`MAX_RECENT`; return the list.

    A server is kept by its URL without any password (a typed password is never stored).
    """
    first = location.resolve() if isinstance(location, Path) else location
    recent = [first, *(p for p in recent_databases() if not same_database(p, first))][:MAX_RECENT]
    QSettings().setValue(RECENT, [str(p) for p in recent])
    return recent


def backup_folder() -> Path | None:
    """Return the folder offered first by File → Back up now, or None."""
    value = QSettings().value(BACKUP_FOLDER)
    return Path(str(value)) if value else None


def set_backup_folder(folder: Path | None) -> None:
    """Remember (or forget, with None) the folder offered for backups."""
    if folder is None:
        QSettings().remove(BACKUP_FOLDER)
    else:
        QSettings().setValue(BACKUP_FOLDER, str(folder))
