"""After ``server import-file`` the server's planner knows what came in (issue #22).

Without statistics a server plans the list's searches and the dashboard's groupings over the
100,000 nominations moved in as if the tables were empty, until its autovacuum analyses them;
and until a vacuum marks the new rows visible to all, the dashboard's groupings visit every
row instead of reading their covering indexes alone.
"""

from __future__ import annotations

import psycopg

from hagiang_desktop.services.server_import import import_file
from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage.models import SERVER_SEARCH_TABLE


def _analysed(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        query = "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
        rows = conn.execute(query).fetchall()
    return {name for (name,) in rows}


def test_the_moved_tables_are_analysed(pg_url, demo_path):
    assert "nomination" not in _analysed(pg_url)
    ws = open_workspace(pg_url)
    try:
        import_file(ws, demo_path)
    finally:
        ws.close()
    assert {"unit", "nomination", "criterion_check", SERVER_SEARCH_TABLE} <= _analysed(pg_url)


def _all_visible(url: str, table: str) -> tuple[int, int]:
    with psycopg.connect(url) as conn:
        query = "SELECT relpages, relallvisible FROM pg_class WHERE relname = %s"
        pages, visible = conn.execute(query, (table,)).fetchone()  # type: ignore[misc]
    return pages, visible


def test_the_moved_rows_are_visible_to_index_only_scans(pg_url, demo_path):
    ws = open_workspace(pg_url)
    try:
        import_file(ws, demo_path)
    finally:
        ws.close()
    for table in ("nomination", "criterion_check", "unit"):
        pages, visible = _all_visible(pg_url, table)
        assert pages > 0, table
        assert visible == pages, table
