"""storage.bulk: one executemany of plain tuples stores exactly what a Core ``insert()`` stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from hagiang_desktop.storage.bulk import bulk_insert
from hagiang_desktop.storage.models import AuditEvent, InboxBundle, Receipt, Unit

_VN = timezone(timedelta(hours=7))


def _stored(ws, table: str) -> list[tuple]:
    """The rows as the engine holds them (on SQLite text and integers), id left out."""
    with ws.db.engine.connect() as connection:
        cursor = connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608 - a fixed name
        return [tuple(row[1:]) for row in cursor.fetchall()]


@pytest.fixture
def workspace(any_workspace):
    """On a file and on a server (#22): a server's import moves whole tables through bulk_insert."""
    return any_workspace


def _rows(unit_id: int) -> dict:
    """Rows of three tables with dates, aware datetimes, booleans and left-out defaulted columns."""
    moment = datetime(2018, 4, 12, 9, 30, 15, 123456, tzinfo=_VN)
    return {
        AuditEvent: [
            {"at": moment, "action": "create", "entity": "nomination", "entity_id": "1", "after_json": "{}"},
            {
                "at": moment.astimezone(UTC),
                "action": "x",
                "entity": "e",
                "entity_id": "2",
                "after_json": None,
            },
        ],
        InboxBundle: [
            {
                "sender_code": "026-NV",
                "sequence": 1,
                "created_at": moment,
                "imported_at": moment,
                "supplement": True,
                "manifest_sha256": "ab",
            },
            {
                "sender_code": "027-NV",
                "sequence": 2,
                "created_at": moment,
                "imported_at": moment,
                "supplement": False,
                "manifest_sha256": "cd",
            },
        ],  # fmt: skip
        Receipt: [
            {"unit_id": unit_id, "received_on": date(2018, 4, 12), "channel": "email", "created_at": moment},
        ],
    }


def test_bulk_insert_stores_what_core_insert_stores(workspace):
    with workspace.session() as session:
        unit_id = session.scalars(select(Unit.id)).first()
    rows = _rows(unit_id)
    with workspace.session() as session:
        for model, batch in rows.items():
            bulk_insert(session, model.__table__, iter(batch))  # any iterable, a generator too
    ours = {model: _stored(workspace, model.__tablename__) for model in rows}
    with workspace.session() as session:
        for model in rows:
            session.execute(model.__table__.delete())
        for model, batch in rows.items():
            session.execute(insert(model.__table__), batch)
    core = {model: _stored(workspace, model.__tablename__) for model in rows}
    assert ours == core
    assert ours[AuditEvent][0][1] == ""  # the left-out actor got its default
    assert ours[InboxBundle][0][-1] == 0  # and the left-out count its own
    with workspace.reading() as session:
        first_at = session.scalars(select(AuditEvent.at).order_by(AuditEvent.id)).first()
        supplements = session.scalars(select(InboxBundle.supplement).order_by(InboxBundle.id)).all()
    assert first_at == datetime(2018, 4, 12, 2, 30, 15, 123456, tzinfo=UTC)
    assert supplements == [True, False]


def test_bulk_insert_of_nothing_writes_nothing(workspace):
    with workspace.session() as session:
        bulk_insert(session, AuditEvent.__table__, [])
    assert _stored(workspace, "audit_event") == []


def test_a_left_out_column_without_a_value_default_is_refused(workspace):
    table = AuditEvent.__table__
    with pytest.raises(Exception) as refused, workspace.session() as session:  # noqa: PT011 - the engine's own
        bulk_insert(session, table, [{"action": "x", "entity": "e", "entity_id": "1"}])  # no "at"
    assert "at" in str(refused.value)


def test_a_generator_longer_than_one_slice_is_inserted_whole(workspace):
    moment = datetime(2018, 4, 12, tzinfo=UTC)
    rows = ({"at": moment, "action": "x", "entity": "e", "entity_id": str(i)} for i in range(25_001))
    with workspace.session() as session:
        bulk_insert(session, AuditEvent.__table__, rows)
    stored = _stored(workspace, "audit_event")
    assert [row[4] for row in stored] == [str(i) for i in range(25_001)]
