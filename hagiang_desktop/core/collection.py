"""Python's cyclic garbage collection paused while a bulk of records is built.

Building a province's dashboard (20,000 rows) or a 10,000-row list allocates hundreds of
thousands of small objects, and every 700 allocations Python looks for reference cycles; now and
then it walks every object of the program. Those records hold no cycles, so those passes find
nothing: they cost a third of the dashboard's time (#22). While a bulk build runs, the automatic
collection is off, and the program's own collector (:mod:`hagiang_desktop.ui.collector`, which
collects on the UI thread) waits for it to end. Pauses nest and may come from several threads:
collection resumes when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the automatic cyclic collection for the ``with`` block (only acyclic records built there).

    Yields:
        Nothing; on leaving the block the collection is as it was before the first pause.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def collection_is_paused() -> bool:
    """Tell whether a bulk build has paused the collection (a collector should wait)."""
    return _depth > 0
