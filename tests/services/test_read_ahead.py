"""services.read_ahead: the next chunks are produced on a thread, in order, errors where they belong."""

from __future__ import annotations

import threading
import time

import pytest

from hagiang_desktop.services.read_ahead import read_ahead


def test_results_come_in_order_produced_on_one_other_thread() -> None:
    threads: set[str] = set()

    def produce(n: int) -> int:
        threads.add(threading.current_thread().name)
        return n * n

    assert list(read_ahead(produce, range(10))) == [n * n for n in range(10)]
    assert len(threads) == 1
    assert threads != {threading.current_thread().name}


def test_an_error_is_raised_at_the_item_it_came_from() -> None:
    def produce(n: int) -> int:
        if n == 3:
            raise ValueError("chunk 3 unreadable")
        return n

    got = []
    with pytest.raises(ValueError, match="chunk 3"):
        for value in read_ahead(produce, range(6)):
            got.append(value)
    assert got == [0, 1, 2]


def test_stopping_early_drops_the_rest_and_waits_for_the_running_item() -> None:
    started: list[int] = []
    finished: list[int] = []

    def produce(n: int) -> int:
        started.append(n)
        time.sleep(0.05)  # the database reading the next chunk
        finished.append(n)
        return n

    results = read_ahead(produce, range(100), depth=2)
    assert next(results) == 0
    results.close()  # the export was cancelled
    assert started == finished  # nothing still running on the session once closed
    assert len(started) <= 4  # at most the depth ahead, not the 100 items
