"""The layers point one way: only hagiang_desktop.ui imports PySide6 (import-linter contracts)."""

import shutil
import subprocess
import sys
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
