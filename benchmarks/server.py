"""The province on a PostgreSQL server (issue #22): the list's targets, and clerks working at once.

``python -m benchmarks.server [--nominations 100000] [--clerks 10] [--seconds 120] [--url URL]``

1. The province database of the other benchmarks (``benchmarks.generate``, cached) is moved into
   a server database by ``server import-file`` (timed).
2. The same reads as a clerk's list, on the server and on the SQLite file: each keystroke of a
   search (count + first page of 200), each sort (count + first page, both ways), the dashboard.
3. A load run: ``--clerks`` processes for ``--seconds``, each searching and editing nominations
   of a small shared set (so that they collide) the way the form does: read, change the note, save
   with the version read. Every acknowledged save appends a unique token; at the end a token
   missing from its nomination is a lost update (must be 0). Conflicts are counted; any other
   error is one a clerk would have seen (must be 0).

Without ``--url`` a throwaway cluster is started (Debian's ``postgresql``, as in the tests).
``--write`` puts the figures into ``benchmarks/RESULTS.md`` between the ``server-bench`` markers.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import generate

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- server-bench:start -->", "<!-- server-bench:end -->"
SEARCH_TEXT = "chè shan"
DASHBOARD_DAY = date(2018, 4, 20)
HOT_SET = 40  # nominations the clerks all edit: collisions on purpose


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.0f} ms (max {max(samples) * 1000:.0f})"


def _reads(ws: Any) -> dict[str, list[float]]:
    from hagiang_desktop.services import dashboard, scope
    from hagiang_desktop.services import nominations as svc
    from hagiang_desktop.services.nominations import SORT_COLUMNS, NominationFilter

    figures: dict[str, list[float]] = {"search keystroke": [], "sort": [], "dashboard": []}
    for _round in range(3):
        for end in range(1, len(SEARCH_TEXT) + 1):
            flt = NominationFilter(search=SEARCH_TEXT[:end])
            started = time.perf_counter()
            svc.count_nominations(ws, flt)
            svc.list_nominations(ws, flt, limit=200)
            figures["search keystroke"].append(time.perf_counter() - started)
        for column in SORT_COLUMNS:
            for descending in (False, True):
                started = time.perf_counter()
                svc.count_nominations(ws)
                svc.list_nominations(ws, sort=column, descending=descending, limit=200)
                figures["sort"].append(time.perf_counter() - started)
        province = scope.Scope(office=None, root=None, unit_ids=None)  # the whole province
        started = time.perf_counter()
        dashboard.unit_table(ws, province, DASHBOARD_DAY)
        figures["dashboard"].append(time.perf_counter() - started)
    return {k: v for k, v in figures.items() if v}


def _clerk(url: str, ids: list[int], seconds: float, seed: int, queue: Any) -> None:
    """One clerk's process: search and edit until the time is up; report what happened."""
    from hagiang_desktop.services import audit
    from hagiang_desktop.services import nominations as svc
    from hagiang_desktop.services.nominations import NominationConflict, NominationFilter
    from hagiang_desktop.services.workspace import open_workspace

    rng = random.Random(seed)
    audit.set_clerk_name(f"clerk{seed}")
    ws = open_workspace(url)
    saved: list[tuple[int, str]] = []
    conflicts = errors = 0
    save_times: list[float] = []
    error_kinds: list[str] = []
    deadline = time.monotonic() + seconds
    number = 0
    try:
        while time.monotonic() < deadline:
            try:
                if rng.random() < 0.5:
                    text = rng.choice(("chè", "hộ", "Lũng", "thôn", "dệt", "ong"))
                    svc.count_nominations(ws, NominationFilter(search=text))
                    svc.list_nominations(ws, NominationFilter(search=text), limit=200)
                    continue
                nid = rng.choice(ids)
                form = svc.get_nomination(ws, nid)
                number += 1
                token = f"[c{seed}n{number}]"
                data = form.data
                data.note = (data.note or "") + token
                time.sleep(rng.random() * 0.2)  # the clerk types
                started = time.perf_counter()
                try:
                    svc.save_nomination(ws, data, nid, expected_version=form.row_version)
                    saved.append((nid, token))
                except NominationConflict:
                    conflicts += 1
                save_times.append(time.perf_counter() - started)
            except Exception as error:  # noqa: BLE001 - counted: an error a clerk would see
                errors += 1
                error_kinds.append(f"{type(error).__name__}: {str(error)[:120]}")
    finally:
        ws.close()
    queue.put(
        {"saved": saved, "conflicts": conflicts, "errors": errors, "times": save_times, "kinds": error_kinds}
    )


def load_run(url: str, clerks: int, seconds: float) -> dict[str, Any]:
    """Run ``clerks`` processes on the server for ``seconds``; return the counts and latencies."""
    from sqlalchemy import select

    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage.models import Nomination

    ws = open_workspace(url)
    try:
        with ws.reading() as session:
            ids = list(
                session.scalars(select(Nomination.id).where(Nomination.status == "registered").limit(HOT_SET))
            )
    finally:
        ws.close()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    processes = [
        context.Process(target=_clerk, args=(url, ids, seconds, seed, queue)) for seed in range(1, clerks + 1)
    ]
    for process in processes:
        process.start()
    reports = [queue.get() for _ in processes]
    for process in processes:
        process.join()
    ws = open_workspace(url)
    try:
        with ws.reading() as session:
            notes = dict(
                session.execute(select(Nomination.id, Nomination.note).where(Nomination.id.in_(ids))).all()
            )
    finally:
        ws.close()
    saved = [item for report in reports for item in report["saved"]]
    lost = sum(1 for nid, token in saved if token not in (notes.get(nid) or ""))
    times = sorted(t for report in reports for t in report["times"])
    return {
        "clerks": clerks,
        "seconds": seconds,
        "saves": len(saved),
        "conflicts": sum(r["conflicts"] for r in reports),
        "errors": sum(r["errors"] for r in reports),
        "error kinds": sorted({k for r in reports for k in r["kinds"]})[:5],
        "lost updates": lost,
        "save p95": times[int(len(times) * 0.95) - 1] if times else 0.0,
        "save median": statistics.median(times) if times else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the server benchmark; print (and with ``--write`` record) the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server")
    parser.add_argument("--nominations", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=20_000)
    parser.add_argument("--clerks", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--url", help="an empty server database (default: a throwaway cluster)")
    parser.add_argument("--write", action="store_true", help="record the figures in RESULTS.md")
    options = parser.parse_args(argv)

    from hagiang_desktop.services.server import initialise
    from hagiang_desktop.services.server_import import import_file
    from hagiang_desktop.services.workspace import ServerLocation, open_workspace

    cluster = None
    url = options.url
    if url is None:
        from tests.pg_server import start_cluster

        cluster = start_cluster()
        url = cluster.new_database()
    try:
        source = generate.database(generate.Params(units=options.units, nominations=options.nominations))
        initialise(ServerLocation(url))
        ws = open_workspace(url)
        started = time.perf_counter()
        report = import_file(ws, source)
        moved = time.perf_counter() - started
        server_reads = _reads(ws)
        ws.close()
        office = open_workspace(source, read_only=True)
        file_reads = _reads(office)
        office.close()
        load = load_run(url, options.clerks, options.seconds)
    finally:
        if cluster is not None:
            cluster.stop()
    lines = [
        f"Server benchmark ({options.nominations:,} nominations, {options.units:,} units; "
        f"`python -m benchmarks.server --nominations {options.nominations} --units {options.units} "
        f"--clerks {options.clerks} --seconds {options.seconds:.0f} --write`):",
        "",
        f"- `server import-file` of the province file: {moved:.1f} s "
        f"({report.moved.get('nomination', 0):,} nominations, one transaction)",
        "",
        "| read (count + first 200 rows) | PostgreSQL | SQLite file |",
        "|---|---|---|",
    ]
    for name, samples in server_reads.items():
        lines.append(f"| {name} | {_ms(samples)} | {_ms(file_reads.get(name, samples))} |")
    lines += [
        "",
        f"Load run: {load['clerks']} clerk processes for {load['seconds']:.0f} s, searching and editing "
        f"{HOT_SET} shared nominations: {load['saves']} saves, {load['conflicts']} conflicts reported, "
        f"**{load['lost updates']} lost updates**, **{load['errors']} errors**, "
        f"save p95 {load['save p95'] * 1000:.0f} ms (median {load['save median'] * 1000:.0f} ms)."
        + (f" Errors: {load['error kinds']}" if load["errors"] else ""),
    ]
    text = "\n".join(lines)
    print(text)
    if options.write:
        current = RESULTS.read_text(encoding="utf-8")
        block = f"{START}\n{text}\n{END}"
        if START in current:
            head, _, rest = current.partition(START)
            _, _, tail = rest.partition(END)
            current = head + block + tail
        else:
            current = current.rstrip("\n") + "\n\n## PostgreSQL server (issue #22)\n\n" + block + "\n"
        RESULTS.write_text(current, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
