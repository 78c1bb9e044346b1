"""Cyclic garbage is collected on the UI thread only, never in a worker (#23).

A worker's allocations used to trigger Python's automatic collection on the worker's thread;
when the cycles it found held a closed dialog or window, Qt destroyed them there and the program
crashed (seen twice in a full run: a segmentation fault while a unit picker's worker read the
directory during the add-unit dialog).
"""

from __future__ import annotations

import gc
import threading

import pytest

from hagiang_desktop.core.collection import collection_paused
from hagiang_desktop.ui.collector import install_collector
from hagiang_desktop.ui.workers import Worker


class _Cycle:
    """A reference cycle that records the thread it was finalised on."""

    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _allocate(_progress: object) -> list[list[int]]:
    # Containers far past generation 0's threshold, kept (the result): a collection is due.
    return [[i] for i in range(200_000)]


@pytest.fixture
def collector(qapp):  # type: ignore[no-untyped-def]
    handle = install_collector(qapp, interval_ms=20)
    yield handle
    handle.stop()


def test_a_workers_allocations_do_not_collect_garbage_on_its_thread(qtbot, collector):
    seen: list[str] = []
    gc.collect()
    _Cycle(seen)  # garbage at once: only a collection can finalise it
    worker = Worker(_allocate)
    worker.start()
    worker.wait()
    assert len(worker.result) == 200_000
    assert seen == []  # not collected in the worker
    qtbot.waitUntil(lambda: seen != [], timeout=5000)  # the UI thread's next tick collects it
    assert seen == [threading.main_thread().name]


def test_collections_still_happen_while_the_ui_runs(qtbot, collector):
    seen: list[str] = []
    gc.collect()
    _Cycle(seen)
    kept = [[i] for i in range(5_000)]  # past the threshold, on the UI thread
    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [threading.main_thread().name]
    assert len(kept) == 5_000


def test_the_collector_waits_while_a_bulk_build_has_paused_collection(qtbot, collector):
    seen: list[str] = []
    gc.collect()
    with collection_paused():  # a worker building the dashboard's 20,000 rows
        _Cycle(seen)
        kept = [[i] for i in range(5_000)]  # past the threshold
        qtbot.wait(200)  # ten of the collector's ticks
        assert seen == []  # no collection stopped the build
    qtbot.waitUntil(lambda: seen != [], timeout=5000)  # collected once the build ended
    assert seen == [threading.main_thread().name]
    assert len(kept) == 5_000
