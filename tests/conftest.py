"""Shared fixtures: a fresh database per test, the demo database, the bundled plan.

Tests never touch the user's data: the default database path is redirected to a temporary
folder for the whole session (``HAGIANG_DATA_DIR``), and Qt settings go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HAGIANG_LANG"] = "vi"


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    data = tmp_path_factory.mktemp("user-data")
    old = {k: os.environ.get(k) for k in ("HAGIANG_DATA_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    os.environ["HAGIANG_DATA_DIR"] = str(data)
    os.environ["XDG_CONFIG_HOME"] = str(data / "config")
    os.environ["XDG_DATA_HOME"] = str(data / "share")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hagiang_desktop.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ws = create_demo_database(path)
    ws.close()
    return path


@pytest.fixture
def workspace(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh database seeded with the Hà Giang directory (no nominations)."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(tmp_path / "office.sqlite3")
    yield ws
    ws.close()


@pytest.fixture
def demo_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A private copy of the demo database file (made once per session, copied per test)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    return path


@pytest.fixture
def demo_workspace(demo_path: Path):  # type: ignore[no-untyped-def]
    """The demo database, open."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_path)
    yield ws
    ws.close()
