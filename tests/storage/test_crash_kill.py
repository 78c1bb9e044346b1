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


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL are POSIX")
def test_kills_during_creation_and_bundle_build_leave_no_half_file_and_no_orphaned_sequence(tmp_path):
    stats = crash_loop(
        tmp_path / "crash.sqlite3", kills=8, seed=18, max_delay=0.1, create_share=0.5, bundle_share=0.25
    )
    assert (stats.creation_kills, stats.bundle_kills) == (4, 2)
    assert stats.half_created_usable == 0
    assert stats.reopen_failures == 0
    assert stats.orphaned_sequences == []
    assert stats.bundles_lost == 0
    assert stats.ok
