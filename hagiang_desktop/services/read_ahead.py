"""Work on the next items on a second thread while the caller uses the current one."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

_T = TypeVar("_T")
_R = TypeVar("_R")


def read_ahead(produce: Callable[[_T], _R], items: Iterable[_T], depth: int = 2) -> Iterator[_R]:
    """Yield ``produce(item)`` for each item in order, the next ones computed on a thread meanwhile.

    An export reads its rows in chunks and writes each chunk to the file: while one chunk is
    written, the database reads the next (SQLite and psycopg release the GIL while the database
    works, so the two overlap on a second core). ``produce`` runs on one thread only, one item at
    a time and in order, so a database session that only it uses stays on one thread at a time.
    An error in ``produce`` is raised here, at the item it came from. When the caller stops early
    (a cancelled export, an error while writing), the items not started are dropped and the one
    being produced is waited for before this generator returns: the session is free again.

    Args:
        produce: the work for one item (reading a chunk of rows).
        items: the items, in order.
        depth: how many items may be produced ahead of the one the caller uses.

    Yields:
        The results, in the order of ``items``.
    """
    pending: deque[Future[_R]] = deque()
    source = iter(items)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead") as pool:
        try:
            for item in source:
                pending.append(pool.submit(produce, item))
                if len(pending) > depth:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
