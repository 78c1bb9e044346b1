"""The layers point one way: only hagiang_desktop.ui imports PySide6 (import-linter contracts)."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path


def test_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a test dependency"
    result = subprocess.run(
        [lint], capture_output=True, text=True, cwd=Path(__file__).parents[1], check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_services_import_without_qt():
    code = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def guard(name, *a, **k):\n"
        "    if name.startswith('PySide6'): raise ImportError('Qt imported: ' + name)\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = guard\n"
        "import hagiang_desktop.cli.main, hagiang_desktop.services.demo, hagiang_desktop.services.dashboard\n"
        "from hagiang_desktop.cli.main import build_parser; build_parser()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_faces_may_not_skip_the_services():
    # #23: the window and the command line took locks, paths, bundle reading and certificates
    # straight from storage and exports; the contract now forbids it (lint-imports enforces it).
    config = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    faces = {"hagiang_desktop.ui", "hagiang_desktop.cli"}
    forbidding = [c for c in contracts if c["type"] == "forbidden" and faces <= set(c["source_modules"])]
    below = {"hagiang_desktop.storage", "hagiang_desktop.exports"}
    assert any(below <= set(c["forbidden_modules"]) for c in forbidding)


def test_the_actions_do_not_import_the_window_back():
    # #23: ui/actions/* and ui/main_window imported each other (a circle of eight files); the
    # actions now receive a ui.host.ActionHost, and a contract keeps the window out of reach.
    config = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert any(
        "hagiang_desktop.ui.actions" in c.get("source_modules", ())
        and c.get("forbidden_modules") == ["hagiang_desktop.ui.main_window"]
        and not c.get("allow_indirect_imports", False)
        for c in contracts
    )
