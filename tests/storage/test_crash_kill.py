"""SIGKILL a writer at random moments: the file stays sound and no acknowledged commit is lost."""

from __future__ import annotations

import os

import pytest

from benchmarks.crash_run import crash_loop


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX")
def test_killed_writer_never_loses_an_acknowledged_nomination(tmp_path):
    stats = crash_loop(tmp_path / "crash.sqlite3", kills=20, seed=127, max_delay=0.15)
    assert stats.kills == 20
    assert stats.integrity_failures == 0
    assert stats.lost == []
    assert stats.acknowledged > 20  # the kills really landed among commits
