"""core.collection: the automatic cyclic collection paused for a bulk build, then as it was."""

from __future__ import annotations

import gc
import threading

from hagiang_desktop.core.collection import collection_is_paused, collection_paused


def test_paused_inside_nested_pauses_and_restored_after_the_last() -> None:
    assert gc.isenabled()
    assert not collection_is_paused()
    with collection_paused():
        assert not gc.isenabled()
        assert collection_is_paused()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        assert collection_is_paused()
    assert gc.isenabled()
    assert not collection_is_paused()


def test_a_pause_keeps_collection_off_when_the_program_had_switched_it_off() -> None:
    gc.disable()  # the window's collector does this (ui.collector)
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_from_two_threads_end_with_the_last() -> None:
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with collection_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with collection_paused():
        pass
    assert not gc.isenabled()  # the worker's build is still running
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_an_error_inside_still_restores_collection() -> None:
    try:
        with collection_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()
    assert not collection_is_paused()
