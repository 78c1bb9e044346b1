"""ui.workers: a job's outcome reaches the slots its caller connects after starting it."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget

from hagiang_desktop.ui.workers import run_with_progress


def _fails_at_once(_progress):  # type: ignore[no-untyped-def]
    raise ValueError("not a workbook")


def test_a_job_that_fails_at_once_still_reaches_the_slot_connected_after_the_call(qtbot):
    # Every caller connects ``failed``/``succeeded`` after run_with_progress returns. A job that
    # fails at once (a file refused by its first check) used to emit before that connection on
    # a quick machine, and the flow waited for ever (three UI tests hung on a quiet CI machine).
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = run_with_progress(parent, "Import", "Reading…", _fails_at_once)
    time.sleep(0.3)  # the UI thread is slower than the job
    seen: list[object] = []
    worker.failed.connect(seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert isinstance(seen[0], ValueError)


def test_a_job_that_succeeds_at_once_still_reaches_the_slot_connected_after_the_call(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = run_with_progress(parent, "Export", "Writing…", lambda _progress: 42)
    time.sleep(0.3)
    seen: list[object] = []
    worker.succeeded.connect(seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [42]
