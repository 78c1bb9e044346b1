"""Start-up stays light (#11): the window shows before the database layer loads, and exporters,
PDF, crypto and migration libraries load only when first used.

The real program runs in a subprocess on a real database with ``-X importtime``, which logs each
import on stderr as it happens; stderr and stdout share one pipe, so the log and the program's
"window shown" / "tabs ready" lines come in the order they happened.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

#: Loaded only by an export, an import, a bundle, a key or a migration.
HEAVY = ("openpyxl", "lxml", "reportlab", "cryptography", "asn1crypto", "docx", "pypdf", "alembic")
#: The database layer: opening the database loads it, after the window has shown.
DATABASE_LAYER = ("sqlalchemy", "sqlmodel", "hagiang_desktop.storage.db", "hagiang_desktop.services")
#: The services the window may use before it shows: where the database is (platformdirs only)
#: and how a server is named for people (storage.location: the standard library only).
LIGHT_SERVICES = (
    "hagiang_desktop.services",
    "hagiang_desktop.services.paths",
    "hagiang_desktop.services.server_names",
)

_IMPORT = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)")


def _start(db: Path, data: Path) -> list[str]:
    """Run the program until its tabs are ready; return its merged stdout and stderr lines."""
    env = {
        **os.environ,
        "HAGIANG_DATA_DIR": str(data),
        "XDG_CONFIG_HOME": str(data / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
    }
    argv = [sys.executable, "-X", "importtime", "-m", "hagiang_desktop", "--db", str(db), "--quit-after-show"]
    done = subprocess.run(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-2000:]
    return done.stdout.splitlines()


def _imported(lines: list[str]) -> list[str]:
    return [match.group(1) for line in lines if (match := _IMPORT.match(line))]


def _of(modules: list[str], roots: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == root or m.startswith(root + ".") for root in roots)]


def test_window_shows_before_the_database_layer_and_heavy_libraries_wait(
    demo_path: Path, tmp_path: Path
) -> None:
    lines = _start(demo_path, tmp_path / "user-data")
    shown = next(i for i, line in enumerate(lines) if line.startswith("window shown after"))
    ready = next(i for i, line in enumerate(lines) if line.startswith("tabs ready after"))
    assert shown < ready
    before_shown = _imported(lines[:shown])
    assert "PySide6.QtWidgets" in before_shown
    assert [m for m in _of(before_shown, DATABASE_LAYER) if m not in LIGHT_SERVICES] == []
    # The tabs are built from the database: the layer did load, after the window showed.
    assert _of(_imported(lines[shown:ready]), DATABASE_LAYER)
    assert _of(_imported(lines), HEAVY) == []


def test_an_old_database_still_migrates_at_start(tmp_path: Path) -> None:
    # Alembic loads only when a migration must run: it must still run when one must.
    import shutil

    from hagiang_desktop.storage import migrate

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite3", old)
    lines = _start(old, tmp_path / "user-data")
    assert "alembic" in _imported(lines)
    assert migrate.file_revision(old) == migrate.head_revision()
