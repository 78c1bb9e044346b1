"""Several reads of one snapshot, the later ones run by a server while the program works (#22).

A use case that needs a handful of independent reads in one transaction (the dashboard reads the
units, the registrations per day, the receipts and the figures of a whole province) would send
each, wait while the server computes it, then work through its rows while the server waits in
turn. On a PostgreSQL server :func:`read_ahead` runs the first read on the caller's connection
and deals the others to two more connections, each read by a thread in a transaction that
imports the caller's snapshot (``pg_export_snapshot``): the server groups the registrations
while the program works through the units, and every read sees the same data, as in one
transaction. A SQLite file runs in the program's own process, where nothing would overlap: each
read runs when its rows are asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeAlias

from sqlalchemy import Connection, Engine
from sqlalchemy.sql import Select

#: Connections reading for the caller besides its own: the dashboard's two long groupings each
#: get one (a server has a process per connection), the short reads follow them.
HELPERS = 2

#: A read of any columns.
AnySelect: TypeAlias = Select[*tuple[Any, ...]]


@contextmanager
def read_ahead(conn: Connection, *statements: AnySelect) -> Iterator[Iterator[Sequence[Any]]]:
    """Run ``statements`` in ``conn``'s snapshot; take their rows one after the other.

    On a server the caller's transaction must be REPEATABLE READ (:meth:`Database.reading
    <hagiang_desktop.storage.db.Database.reading>` is): its snapshot is the one every read sees.

    Args:
        conn: the transaction's connection.
        *statements: the reads (independent of each other's results).

    Yields:
        An iterator giving each statement's rows (as ``conn.execute(...).all()`` gives them), in
        the order of ``statements``. The block ends once the reads still running have ended.

    Raises:
        sqlalchemy.exc.DBAPIError: a statement failed, as ``conn.execute`` would raise it.
    """
    if conn.dialect.name == "sqlite" or len(statements) < 2:
        yield (conn.execute(statement).all() for statement in statements)
        return
    snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
    later: list[Future[Sequence[Any]]] = [Future() for _ in statements[1:]]
    # The later reads dealt in turn to the helpers: the caller puts its long reads first.
    workers = [
        threading.Thread(
            target=_read_in_snapshot,
            args=(conn.engine, snapshot, statements[1 + n :: HELPERS], later[n::HELPERS]),
            name=f"read-ahead-{n}",
            daemon=True,
        )
        for n in range(min(HELPERS, len(later)))
    ]
    for worker in workers:
        worker.start()
    try:
        yield _in_order(conn.execute(statements[0]).all(), later)
    finally:
        for worker in workers:  # their connections go back to the pool before the caller's ends
            worker.join()


def _in_order(first: Sequence[Any], later: list[Future[Sequence[Any]]]) -> Iterator[Sequence[Any]]:
    """Give the first read's rows, then each later read's as soon as its helper has them."""
    yield first
    for rows in later:
        yield rows.result()


def _read_in_snapshot(
    engine: Engine, snapshot: str, statements: Sequence[AnySelect], results: list[Future[Sequence[Any]]]
) -> None:
    """Run ``statements`` on a connection of their own in ``snapshot``; set each result in turn."""
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")  # an id the server made
            for statement, result in zip(statements, results, strict=True):
                result.set_result(conn.execute(statement).all())
            conn.rollback()
    except BaseException as error:  # noqa: BLE001 - handed to the caller, who raises it
        for result in results:
            if not result.done():
                result.set_exception(error)
