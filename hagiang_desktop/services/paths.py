"""Where the program keeps its files: the user data folder, the default database, the logs.

Light on purpose (platformdirs only): the window asks for its database here before it loads
the database layer (#11), and the crash handler finds its log folder here before the window
shows. The faces take these paths from here, not from :mod:`hagiang_desktop.storage` (#23).
"""

from __future__ import annotations

from pathlib import Path

from hagiang_desktop.storage.paths import APP_NAME as APP_NAME
from hagiang_desktop.storage.paths import DEFAULT_DB_NAME as DEFAULT_DB_NAME
from hagiang_desktop.storage.paths import default_db_path as default_db_path
from hagiang_desktop.storage.paths import user_data_dir as user_data_dir


def private_dir(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only if missing (an existing one is left as it is)."""
    # Imported here: storage.backup loads the database layer, which waits until the window shows.
    from hagiang_desktop.storage.backup import ensure_private_dir

    return ensure_private_dir(folder)


def log_dir() -> Path:
    """Return the log folder (private to the user)."""
    return private_dir(user_data_dir() / "logs")
