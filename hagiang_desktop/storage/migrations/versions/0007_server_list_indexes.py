"""The list's search and sorts on a server at province scale (issue #22).

Revision ID: 0007_server_list_indexes
Revises: 0006_row_versions
Create Date: 2026-12-07 05:20:00

Measured on PostgreSQL with 100,000 nominations (benchmarks/server.py):

* **Sorts.** A sort is ``ORDER BY column, id`` and reads one page. SQLite's index on ``kind``
  holds the rowid after the column, so it walks the index and stops after 200 rows; a server's
  B-tree on ``kind`` alone does not order the ids of one kind, so the server read and sorted all
  100,000 rows (250–300 ms for kind, eligible, supplement and year). Each sortable column's
  index now ends with ``id``, on both engines (for SQLite the same order it had).
* **Search on a server.** ``search_fold`` sits behind some thirty columns of the wide
  ``nomination`` row: counting the 20,000 rows that hold "chè" read and took apart every row
  (130–320 ms, the planner preferring a full scan to rechecking 20,000 rows found by the
  trigram index). The folded text now also lives in a narrow table, ``nomination_search``
  (id, search_fold), kept in step by a trigger, and the ``pg_trgm`` GIN index moves onto it:
  the same count takes 25–30 ms, a one-letter search's scan 30 ms. It is the server's twin of
  SQLite's FTS5 table, which stays as it is.
"""

from __future__ import annotations

from alembic import op

revision = "0007_server_list_indexes"
down_revision = "0006_row_versions"
branch_labels = None
depends_on = None

#: The columns a list can be sorted by that had an index of their own (``name_sort`` is unique
#: enough, the unit's sort goes through the unit's key).
_SORTED = ("kind", "field_code", "status", "eligible", "is_supplement", "received_on", "year")
#: Kept in step with storage.search (a migration keeps its own copy of the names).
_TABLE = "nomination_search"
_INDEX = "ix_nomination_search_trgm"
_SYNC = """
CREATE FUNCTION nomination_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO nomination_search (id, search_fold) VALUES (NEW.id, NEW.search_fold);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE nomination_search SET id = NEW.id, search_fold = NEW.search_fold WHERE id = OLD.id;
    ELSE
        DELETE FROM nomination_search WHERE id = OLD.id;
    END IF;
    RETURN NULL;
END
$$
"""


def _server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    """Sort indexes ending with the id; on a server, the narrow search table and its trigger."""
    for column in _SORTED:
        op.drop_index(f"ix_nomination_{column}", table_name="nomination")
        op.create_index(f"ix_nomination_{column}", "nomination", [column, "id"], unique=False)
    if not _server():
        return
    op.execute(f"CREATE TABLE {_TABLE} (id integer PRIMARY KEY, search_fold varchar NOT NULL)")
    op.execute(f"INSERT INTO {_TABLE} (id, search_fold) SELECT id, search_fold FROM nomination")
    op.execute(_SYNC)
    # Only a change of the searched text (or of the id) touches the table: a status change of
    # many rows does not.
    op.execute(
        "CREATE TRIGGER nomination_search_sync AFTER INSERT OR DELETE OR UPDATE OF id, search_fold "
        "ON nomination FOR EACH ROW EXECUTE FUNCTION nomination_search_sync()"
    )
    op.execute(f"DROP INDEX {_INDEX}")
    op.execute(f"CREATE INDEX {_INDEX} ON {_TABLE} USING gin (search_fold gin_trgm_ops)")
    op.execute(f"ANALYZE {_TABLE}")


def downgrade() -> None:
    """The index back on ``nomination``, the table and trigger gone; the single-column indexes."""
    if _server():
        op.execute("DROP TRIGGER nomination_search_sync ON nomination")
        op.execute("DROP FUNCTION nomination_search_sync()")
        op.execute(f"DROP TABLE {_TABLE}")  # its index goes with it
        op.execute(f"CREATE INDEX {_INDEX} ON nomination USING gin (search_fold gin_trgm_ops)")
    for column in reversed(_SORTED):
        op.drop_index(f"ix_nomination_{column}", table_name="nomination")
        op.create_index(f"ix_nomination_{column}", "nomination", [column], unique=False)
