"""The server half of the suite (#22): said clearly when it did not run, never left out in CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: A small module with a test on each engine.
SAMPLE = "tests/services/test_drafts.py"


def _pytest(*args: str, mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HAGIANG_TEST_POSTGRESQL": mode, "HAGIANG_TEST_PG_BINDIR": ""}  # as if not installed
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_without_postgresql_the_summary_says_the_server_half_was_skipped():
    done = _pytest(SAMPLE, "--collect-only", "-q", mode="auto")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SKIPPED SERVER HALF (2 tests deselected): PostgreSQL is not installed" in done.stdout


def test_under_require_a_missing_postgresql_fails_the_run():
    done = _pytest(SAMPLE, "-q", "-k", "postgresql", mode="require")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "SKIPPED SERVER HALF" not in done.stdout
    assert "2 errors" in done.stdout
