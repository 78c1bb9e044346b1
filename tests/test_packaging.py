"""Build the one-folder program with PyInstaller and run the frozen binary (the slowest test).

What a clerk gets on the USB stick must start, make a demo database, export the list and open
the window, all without the source tree.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "pyinstaller is a dev dependency installed by make"
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "hagiang.spec"),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    folder = work / "dist" / "hagiang-desktop"
    assert (folder / "hagiang-desktop").exists()
    return folder


def _run(binary: Path, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HAGIANG_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "HAGIANG_LANG": "vi"}
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_frozen_program_runs_headless_commands_and_opens_the_window(frozen, tmp_path):
    from hagiang_desktop import __version__

    cli = frozen / "hagiang-desktop-cli"
    version = _run(cli, "--version", data=tmp_path)
    assert version.stdout.strip() == f"hagiang-desktop {__version__}"
    db = tmp_path / "demo.sqlite3"
    demo = _run(cli, "demo", "--db", str(db), data=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "60" in demo.stdout
    listed = _run(cli, "units", "list", "--db", str(db), "--search", "meo vac", data=tmp_path)
    assert "Huyện Mèo Vạc" in listed.stdout
    window = _run(frozen / "hagiang-desktop", "--db", str(db), "--quit-after-show", data=tmp_path)
    assert window.returncode == 0, window.stderr
    assert "window shown" in window.stdout


def test_frozen_program_exports_the_list(frozen, tmp_path):
    cli = frozen / "hagiang-desktop-cli"
    db = tmp_path / "demo.sqlite3"
    _run(cli, "demo", "--db", str(db), data=tmp_path)
    out = tmp_path / "danh-sach.xlsx"
    result = _run(cli, "export", "list", "--db", str(db), "--out", str(out), data=tmp_path)
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    workbook = load_workbook(out, read_only=True)
    text = " ".join(str(c) for row in workbook.worksheets[0].iter_rows(values_only=True) for c in row if c)
    assert "DANH SÁCH ĐĂNG KÝ MÔ HÌNH" in text


def test_frozen_program_works_on_a_server(frozen, tmp_path, pg_url):
    """psycopg and its binary wheel's libpq are in the package: ``--db postgresql://…`` works (#22)."""
    cli = frozen / "hagiang-desktop-cli"
    listed = _run(cli, "units", "list", "--db", pg_url, "--search", "meo vac", data=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Huyện Mèo Vạc" in listed.stdout
    window = _run(frozen / "hagiang-desktop", "--db", pg_url, "--quit-after-show", data=tmp_path)
    assert window.returncode == 0, window.stderr
    assert "tabs ready" in window.stdout
