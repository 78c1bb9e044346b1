"""Where the bundled data files (plans, unit directories, fonts, help) live at run time."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the directory holding the program's bundled ``resources``.

    In a PyInstaller build (``sys.frozen`` set) the resources are unpacked under ``sys._MEIPASS``;
    when running from a source checkout they sit at the repository root, beside the package.

    Returns:
        The absolute path of the ``resources`` directory (it is not checked for existence).
    """
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        base = Path(bundle) if bundle is not None else Path(sys.executable).resolve().parent
        return base / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
