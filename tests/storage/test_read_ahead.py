"""Several reads of one transaction at once (storage.read_ahead, #22): the same rows, one snapshot."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, func, literal_column, select, update

from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import Unit
from hagiang_desktop.storage.read_ahead import read_ahead

UNITS = select(Unit.id, Unit.code, Unit.name, Unit.valid_from).order_by(Unit.id)
COUNT = select(func.count()).select_from(Unit)
DISTRICTS = select(Unit.code).where(Unit.kind == "district").order_by(Unit.code)


def test_each_read_gives_the_rows_execute_gives_in_the_order_asked(any_workspace) -> None:
    with any_workspace.reading() as session:
        conn = session.connection()
        expected = [conn.execute(statement).all() for statement in (COUNT, UNITS, DISTRICTS, UNITS)]
        with read_ahead(conn, COUNT, UNITS, DISTRICTS, UNITS) as results:
            got = list(results)
    assert got == expected
    assert len(got[1]) > 200  # the seeded directory
    assert len(got[2]) >= 11  # every district of Hà Giang


def test_every_read_sees_the_data_as_the_transaction_first_saw_it(any_workspace) -> None:
    """A clerk saving while the dashboard reads: its figures must all come from one moment.

    On a server a read transaction was READ COMMITTED, each statement seeing every commit made
    before it: the units read before a save and the groupings read after it disagreed.
    """
    code = "026"  # Đồng Văn
    with any_workspace.reading() as session:
        conn = session.connection()
        before = conn.execute(select(Unit.name).where(Unit.code == code)).scalar_one()
        other = open_workspace(any_workspace.db.path)  # another clerk's window
        try:
            with other.session() as writing:
                writing.execute(update(Unit).where(Unit.code == code).values(name="Huyện đổi tên"))
        finally:
            other.close()
        named = select(Unit.name).where(Unit.code == code)
        again = conn.execute(named).scalar_one()
        with read_ahead(conn, named, named, UNITS) as results:
            first, later, units = (rows for rows in results)
    assert again == before
    assert first[0][0] == later[0][0] == before
    assert "Huyện đổi tên" not in {row.name for row in units}
    with any_workspace.reading() as session:  # a new transaction sees the save
        assert session.scalar(select(Unit.name).where(Unit.code == code)) == "Huyện đổi tên"


def test_a_failed_read_on_a_server_raises_as_execute_would_and_the_transaction_goes_on(pg_url) -> None:
    ws = open_workspace(pg_url)
    try:
        with ws.reading() as session:
            conn = session.connection()
            failing = select(literal_column("1 / 0"))
            with (
                pytest.raises(exc.DataError, match="division by zero"),
                read_ahead(conn, COUNT, failing) as results,
            ):
                assert next(results)[0][0] > 200
                next(results)
            assert conn.execute(COUNT).scalar_one() > 200  # the caller's own transaction is intact
    finally:
        ws.close()
    assert ws.db.engine.pool.checkedout() == 0  # the second connection went back to the pool
