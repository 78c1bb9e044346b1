"""Stored Vietnamese sort keys, a trigram search index and the dashboard's covering indexes.

Revision ID: 0003_sort_keys_search
Revises: 0002_audit_entity_index
Create Date: 2026-11-25 23:40:00

At province scale (100,000 nominations, 20,000 units) ``ORDER BY name COLLATE vi`` called the
Python collation for every comparison (0.4 s per sort, 0.3–0.75 s to list the units), and every
search keystroke scanned ``search_fold`` with ``LIKE '%…%'`` (issue #11). This revision adds:

* ``name_sort`` (bytes of :func:`~hagiang_desktop.core.vntext.sort_key_bytes`) with an index
  on ``unit`` and ``nomination``, filled here for the existing rows;
* ``nomination_fts``, an FTS5 table with the trigram tokenizer over ``nomination.search_fold``
  (external content: it stores only the index), kept in step by triggers;
* two covering indexes for the dashboard's GROUP BYs.

On PostgreSQL (issue #22) the same revision builds a ``pg_trgm`` GIN index on
``nomination.search_fold`` instead of the FTS5 table: ``LIKE '%…%'`` on the stored folded text
uses it, so both engines search the same text and return the same rows.

The migration backup is taken before this runs (storage.migrate's caller).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hagiang_desktop.core.vntext import sort_key_bytes

revision = "0003_sort_keys_search"
down_revision = "0002_audit_entity_index"
branch_labels = None
depends_on = None

#: Rows read and updated per executemany: bounded memory on the province's 100,000 rows.
_BATCH = 5000

_SEARCH_TRIGGERS = {
    "nomination_fts_insert": (
        "AFTER INSERT ON nomination BEGIN "
        "INSERT INTO nomination_fts (rowid, search_fold) VALUES (new.id, new.search_fold); END"
    ),
    "nomination_fts_delete": (
        "AFTER DELETE ON nomination BEGIN "
        "INSERT INTO nomination_fts (nomination_fts, rowid, search_fold) "
        "VALUES ('delete', old.id, old.search_fold); END"
    ),
    # Only a change of the searched text touches the index (a status change of many rows does not).
    "nomination_fts_update": (
        "AFTER UPDATE OF search_fold ON nomination BEGIN "
        "INSERT INTO nomination_fts (nomination_fts, rowid, search_fold) "
        "VALUES ('delete', old.id, old.search_fold); "
        "INSERT INTO nomination_fts (rowid, search_fold) VALUES (new.id, new.search_fold); END"
    ),
}


#: The trigram index on PostgreSQL (``pg_trgm``; a trusted extension, which a database owner may
#: create); storage.search.SERVER_SEARCH_INDEX names it too (a migration keeps its own copy).
_PG_SEARCH_INDEX = "ix_nomination_search_trgm"


def _fill_sort_keys(table: str) -> None:
    """Set ``name_sort`` of every existing row, a batch at a time (keyset by id)."""
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.text(f"SELECT id, name FROM {table} WHERE id > :last ORDER BY id LIMIT :n"),  # noqa: S608
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        conn.execute(
            sa.text(f"UPDATE {table} SET name_sort = :key WHERE id = :id"),  # noqa: S608 - our table names
            [{"key": sort_key_bytes(name), "id": row_id} for row_id, name in rows],
        )
        last = rows[-1][0]


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    """Add and fill the sort keys, build the search index and its triggers, add the indexes."""
    empty = sa.text("x''") if _sqlite() else sa.text("''::bytea")
    for table in ("unit", "nomination"):
        # ALTER TABLE ADD COLUMN (no table rebuild); SQLite needs a default for NOT NULL.
        op.add_column(table, sa.Column("name_sort", sa.LargeBinary(), server_default=empty, nullable=False))
        _fill_sort_keys(table)
        op.create_index(f"ix_{table}_name_sort", table, ["name_sort"], unique=False)
    if _sqlite():
        op.execute(
            "CREATE VIRTUAL TABLE nomination_fts USING fts5("
            "search_fold, content='nomination', content_rowid='id', tokenize='trigram')"
        )
        op.execute("INSERT INTO nomination_fts (nomination_fts) VALUES ('rebuild')")
        for name, body in _SEARCH_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(f"CREATE INDEX {_PG_SEARCH_INDEX} ON nomination USING gin (search_fold gin_trgm_ops)")
    op.create_index(
        "ix_nomination_dashboard_received",
        "nomination",
        ["registering_unit_id", "received_on", "channel", "status"],
        unique=False,
    )
    op.create_index(
        "ix_nomination_dashboard_fields",
        "nomination",
        ["registering_unit_id", "field_code", "eligible", "status", "received_on"],
        unique=False,
    )


def downgrade() -> None:
    """Drop the indexes, the search index with its triggers, and the sort keys."""
    op.drop_index("ix_nomination_dashboard_fields", table_name="nomination")
    op.drop_index("ix_nomination_dashboard_received", table_name="nomination")
    if _sqlite():
        for name in _SEARCH_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE nomination_fts")
    else:
        op.execute(f"DROP INDEX {_PG_SEARCH_INDEX}")
    for table in ("nomination", "unit"):
        op.drop_index(f"ix_{table}_name_sort", table_name=table)
        # SQLite's own DROP COLUMN: a batch rebuild would drop ``unit`` under its foreign keys.
        op.execute(f"ALTER TABLE {table} DROP COLUMN name_sort")
