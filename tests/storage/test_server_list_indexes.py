"""The list's search and sorts at province scale on a server (issue #22, migration 0007).

A server's search reads a narrow copy of the folded text (``nomination_search``) under the
``pg_trgm`` index instead of the wide nomination rows, kept in step by a trigger; every sortable
column's index ends with the id, so one page of a sort is read in index order. No timing here
(the figures are in benchmarks/RESULTS.md): these tests check that the structures exist on both
engines, that every write keeps the copy in step, and that ``check`` says when it is not.
"""

from __future__ import annotations

from datetime import date

import psycopg
from sqlalchemy import inspect

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter, NominationInput
from hagiang_desktop.storage.models import SERVER_SEARCH_TABLE, SORTED_COLUMNS
from hagiang_desktop.storage.search import search_index_problems


def _input(name: str, achievements: str = "") -> NominationInput:
    return NominationInput(
        kind=NomineeKind.INDIVIDUAL,
        field_code="2.3",
        name=name,
        registering_unit_code="00715",
        received_on=date(2018, 4, 10),
        achievements=achievements,
    )


def test_each_sortable_column_index_ends_with_the_id(any_workspace):
    indexes = {
        ix["name"]: ix["column_names"] for ix in inspect(any_workspace.db.engine).get_indexes("nomination")
    }
    for column in SORTED_COLUMNS:
        assert indexes[f"ix_nomination_{column}"] == [column, "id"]


def test_every_write_keeps_the_servers_search_table_in_step(pg_url):
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(pg_url)
    try:
        first = svc.save_nomination(ws, _input("Giàng Thị Mỷ", "trồng chè Shan tuyết")).id
        second = svc.save_nomination(ws, _input("Lò Văn Páo", "nuôi ong")).id
        form = svc.get_nomination(ws, second)
        form.data.achievements = "nuôi ong lấy mật, trồng chè"
        svc.save_nomination(ws, form.data, second, expected_version=form.row_version)
        svc.delete_nomination(ws, first)
        assert search_index_problems(ws.db.engine) == []
        with psycopg.connect(pg_url) as conn:
            copied = conn.execute(f"SELECT id, search_fold FROM {SERVER_SEARCH_TABLE} ORDER BY id").fetchall()
            kept = conn.execute("SELECT id, search_fold FROM nomination ORDER BY id").fetchall()
        assert copied == kept
        assert [r.id for r in svc.list_nominations(ws, NominationFilter(search="chè"))] == [second]
        assert svc.count_nominations(ws, NominationFilter(search="chè")) == 1
        assert svc.count_nominations(ws, NominationFilter(search="g")) == 1  # short: a scan of the copy
    finally:
        ws.close()


def test_check_says_when_the_search_table_is_out_of_step(pg_url):
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(pg_url)
    try:
        svc.save_nomination(ws, _input("Giàng Thị Mỷ", "trồng chè"))
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"UPDATE {SERVER_SEARCH_TABLE} SET search_fold = 'x'")
            conn.execute("DROP TRIGGER nomination_search_sync ON nomination")
        problems = search_index_problems(ws.db.engine)
    finally:
        ws.close()
    assert "trigger nomination_search_sync missing" in problems
    assert f"{SERVER_SEARCH_TABLE}: 1 nominations out of step" in problems


def test_0007_downgrades_and_upgrades_again_on_a_server(pg_url):
    """Back to 0006: the trigram index on the nominations again, the table and its trigger gone."""
    from alembic import command

    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage import migrate

    ws = open_workspace(pg_url)
    try:
        svc.save_nomination(ws, _input("Giàng Thị Mỷ", "trồng chè"))
        config = migrate._config()
        with ws.db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0006_row_versions")
        # The index is back on the nominations (not missing); the table and its trigger are gone.
        assert search_index_problems(ws.db.engine) == [
            f"{SERVER_SEARCH_TABLE} missing",
            "trigger nomination_search_sync missing",
        ]
        migrate.upgrade(ws.db.engine)
        assert search_index_problems(ws.db.engine) == []
        assert svc.count_nominations(ws, NominationFilter(search="chè")) == 1
    finally:
        ws.close()
