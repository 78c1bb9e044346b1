"""The benchmark tooling (issue #11): the generator's data and the results file. No timings here."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from benchmarks import generate, run
from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.plan import default_plan_path, load_plan
from hagiang_desktop.services import nominations
from hagiang_desktop.services.workspace import open_workspace


def test_generated_database_is_the_programs_own_and_consistent(tmp_path: Path) -> None:
    params = generate.Params(units=4000, nominations=400, seed=7)
    path = generate.database(params, data_dir=tmp_path, quiet=True)
    assert path.name == params.cache_name()
    assert generate.database(params, data_dir=tmp_path, quiet=True) == path  # cached
    plan = load_plan(default_plan_path())
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM unit").fetchone()[0] == 4000
        assert db.execute("SELECT count(*) FROM nomination").fetchone()[0] == 400
        # Villages and their branches hang below the communes: deeper than the real directory.
        depth = db.execute(
            "WITH RECURSIVE d(id, n) AS (SELECT id, 0 FROM unit WHERE parent_id IS NULL "
            "UNION ALL SELECT u.id, d.n + 1 FROM unit u JOIN d ON u.parent_id = d.id) SELECT max(n) FROM d"
        ).fetchone()[0]
        assert depth >= 4
        names = [r[0] for r in db.execute("SELECT name FROM nomination UNION ALL SELECT name FROM unit")]
        assert all(unicodedata.is_normalized("NFC", n) for n in names)
        for nid, field, kind, eligible in db.execute("SELECT id, field_code, kind, eligible FROM nomination"):
            ticked = [
                r[0]
                for r in db.execute(
                    "SELECT criterion_code FROM criterion_check WHERE nomination_id = ?", (nid,)
                )
            ]
            assert plan.evaluate(field, NomineeKind(kind), ticked).eligible == bool(eligible)
    # The program reads it as any office database: search, sort and count in SQL.
    ws = open_workspace(path)
    try:
        rows = nominations.list_nominations(ws, nominations.NominationFilter(search="xa"), limit=20)
        assert rows
        assert nominations.count_nominations(ws) == 400
    finally:
        ws.close()


def test_results_rewrite_only_their_own_section(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text(
        "# Benchmark results\n\n## Unit directory (issue #3)\n\nkept as written\n",
        encoding="utf-8",
    )
    run.write_results(f"{run.START}\nfirst\n{run.END}\n", results)
    run.write_results(f"{run.START}\nsecond\n{run.END}\n", results)
    text = results.read_text(encoding="utf-8")
    assert "## Unit directory (issue #3)\n\nkept as written" in text
    assert "second" in text
    assert "first" not in text
    assert text.count(run.START) == 1


def test_the_server_load_run_counts_bundles_replays_and_lost_updates(
    tmp_path: Path, pg_cluster, pg_demo_template
) -> None:
    """Two clerk processes import the same two bundles at once, then edit: each bundle goes in once."""
    from benchmarks import server

    url = pg_cluster.new_database(pg_demo_template)
    try:
        ready = server.prepare_bundles(tmp_path, 2)
        server.receive_bundles_on(url, ready)
        load = server.load_run(url, clerks=2, seconds=3, bundle_paths=ready.paths, importers=2)
    finally:
        pg_cluster.drop(url)
    assert load["bundles imported"] == 2
    assert load["bundles imported twice"] == 0
    assert load["replays refused"] == 2  # every other attempt: refused, not an error
    assert (load["inbox rows"], load["inbox rows twice"], load["nominations twice"]) == (2, 0, 0)
    assert load["errors"] == 0, load["error kinds"]
    assert load["lost updates"] == 0
