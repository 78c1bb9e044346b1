"""Where the program keeps its files: the per-user data folder and the default database.

Kept apart from :mod:`hagiang_desktop.services.workspace` so that the window can find its
database before it loads SQLAlchemy and the models (#11: the window shows first).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hagiang-desktop"
DEFAULT_DB_NAME = "hagiang.sqlite3"


def user_data_dir() -> Path:
    """Return the per-user data folder (created if missing, readable by the user only).

    ``HAGIANG_DATA_DIR`` overrides it, so that tests and smoke runs never touch a clerk's data.
    """
    override = os.environ.get("HAGIANG_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    """Return the default database file in the user data folder."""
    return user_data_dir() / DEFAULT_DB_NAME
