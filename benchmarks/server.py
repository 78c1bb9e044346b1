"""The province on a PostgreSQL server (issue #22): the list's targets, and clerks working at once.

``python -m benchmarks.server [--nominations 100000] [--clerks 10] [--seconds 120] [--url URL]``

1. The province database of the other benchmarks (``benchmarks.generate``, cached) is moved into
   a server database by ``server import-file`` (timed), run as a command in its own process.
2. The same reads as a clerk's list, on the server and on the SQLite file: each keystroke of a
   search (count + first page of 200), each sort (count + first page, both ways), the dashboard.
3. A load run: ``--clerks`` processes for ``--seconds``, each searching and editing nominations
   of a small shared set (so that they collide) the way the form does: read, change the note, save
   with the version read. Every acknowledged save appends a unique token; at the end a token
   missing from its nomination is a lost update (must be 0). Conflicts are counted; any other
   error is one a clerk would have seen (must be 0). Meanwhile ``--importers`` of those processes
   first import the same ``--bundles`` signed bundles of a district (the demo's Đồng Văn office),
   in order, each as soon as it can: every bundle must go in once, every other attempt be refused
   as a replay, and at the end no bundle and no nomination may be there twice.
4. The Excel list of ``--excel-rows`` selected nominations exported from the server and from the
   file, each against the floor of ``benchmarks/targets.py`` (openpyxl write-only writing the
   same cells): the ratio the file's target sets (≤ 1.5×).

Without ``--url`` a throwaway cluster is started (Debian's ``postgresql``, as in the tests).
``--write`` puts the figures into ``benchmarks/RESULTS.md`` between the ``server-bench`` markers.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import generate, targets

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- server-bench:start -->", "<!-- server-bench:end -->"
SEARCH_TEXT = "chè shan"
#: The dashboard's days: one while the units register (between the plan's two deadlines, the
#: days a clerk watches it most), and the file targets' day after every deadline, when every
#: registration counts and nearly every unit has received something (the most work).
DASHBOARD_DAYS = {
    "dashboard, 20/4/2018 (registering)": date(2018, 4, 20),
    "dashboard, 31/12/2020 (everything counted)": targets.DASHBOARD_DAY,
}
HOT_SET = 40  # nominations the clerks all edit: collisions on purpose
#: The district whose bundles the importers bring in, and the province office receiving them.
DISTRICT = ("026-NV", "Phòng Nội vụ huyện Đồng Văn", "mật khẩu Đồng Văn")
PROVINCE = ("02-SNV", "Sở Nội vụ tỉnh Hà Giang", "Ban thi đua tỉnh")
#: The issue's limits for the list's reads (milliseconds).
LIMITS = {"search keystroke": 100, "sort": 200, **dict.fromkeys(DASHBOARD_DAYS, 300)}


@dataclass(frozen=True)
class Bundles:
    """A district's signed bundles, in the order it built them, and what the province needs.

    Attributes:
        paths: the bundle files, sequence 1, 2, …
        province_key: the province office's key (PKCS#12) and its passphrase.
        district_certificate: the district's certificate (PEM), for the province's trust store.
    """

    paths: tuple[Path, ...]
    province_key: tuple[Path, str]
    district_certificate: Path


def prepare_bundles(folder: Path, count: int) -> Bundles:
    """Build ``count`` bundles of the demo's district office, one after the other (not timed)."""
    from hagiang_desktop.exports import signing
    from hagiang_desktop.services import bundles, keys
    from hagiang_desktop.services.demo import create_demo_database

    district_key, province_key = folder / "district.p12", folder / "province.p12"
    district_key.write_bytes(signing.create_identity(*DISTRICT).p12)
    province_key.write_bytes(signing.create_identity(*PROVINCE).p12)
    ws = create_demo_database(folder / "district.sqlite3")
    try:
        keys.restore_key(ws, district_key, DISTRICT[2])
        keys.export_certificate(ws, folder / "district.pem")
        paths = tuple(
            bundles.build_bundle(ws, folder / f"dong-van-{n}.zip", DISTRICT[2]).path
            for n in range(1, count + 1)
        )
    finally:
        ws.close()
    return Bundles(paths, (province_key, PROVINCE[2]), folder / "district.pem")


def move_in(url: str, source: Path) -> tuple[float, int]:
    """Move the province file into the server with ``server import-file``, as the IT staff do.

    The command runs in a process of its own, as it does for them: the reads measured next are
    a clerk's, in a clerk's process, not in the one that has just moved 100,000 nominations
    (whose heap made the same reads up to a third slower).

    Returns:
        The command's wall time (seconds) and the nominations on the server after it.
    """
    from sqlalchemy import func, select

    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage.models import Nomination

    command = [sys.executable, "-m", "hagiang_desktop", "server", "import-file", "--db", url, str(source)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    moved = time.perf_counter() - started
    ws = open_workspace(url)
    try:
        with ws.reading() as session:
            nominations = session.scalar(select(func.count()).select_from(Nomination)) or 0
    finally:
        ws.close()
    return moved, nominations


def receive_bundles_on(url: str, ready: Bundles) -> None:
    """Make the server the province's office, with its key, trusting the district's certificate."""
    from hagiang_desktop.services import bundles, keys, scope
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(url)
    try:
        scope.set_office(ws, PROVINCE[0])
        keys.restore_key(ws, *ready.province_key)
        bundles.add_trusted(ws, ready.district_certificate.read_bytes())
    finally:
        ws.close()


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.0f} ms (max {max(samples) * 1000:.0f})"


class _Clock:
    """Wall time and this process's CPU time of each sample (the CPU time shows a loaded machine)."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def time(self, name: str, action: Any) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        self.wall.setdefault(name, []).append(time.perf_counter() - wall)
        self.cpu.setdefault(name, []).append(time.process_time() - cpu)


def _reads(ws: Any) -> _Clock:
    from hagiang_desktop.services import dashboard, scope
    from hagiang_desktop.services import nominations as svc
    from hagiang_desktop.services.nominations import SORT_COLUMNS, NominationFilter

    clock = _Clock()

    def page(flt: Any, **sort: Any) -> None:
        svc.count_nominations(ws, flt)
        svc.list_nominations(ws, flt, limit=200, **sort)

    province = scope.Scope(office=None, root=None, unit_ids=None)  # the whole province
    for _round in range(3):
        for end in range(1, len(SEARCH_TEXT) + 1):
            clock.time("search keystroke", lambda end=end: page(NominationFilter(search=SEARCH_TEXT[:end])))
        for column in SORT_COLUMNS:
            for descending in (False, True):
                clock.time("sort", lambda c=column, d=descending: page(None, sort=c, descending=d))
        for name, day in DASHBOARD_DAYS.items():
            for _sample in range(2):
                clock.time(name, lambda day=day: dashboard.unit_table(ws, province, day))
    return clock


def _import_all(ws: Any, paths: list[Path], rng: random.Random) -> dict[str, Any]:
    """Import each bundle in order, as a clerk at the province's inbox would; count the outcomes.

    Every bundle is tried whatever the time (a few seconds in all): the counts must not depend on
    how loaded the machine is.
    """
    from hagiang_desktop.services import bundles

    found: dict[str, Any] = {"imported": [], "replays": 0, "errors": 0, "kinds": [], "times": []}
    for path in paths:
        started = time.perf_counter()
        try:
            bundles.import_bundle(ws, path)
            found["imported"].append(path.name)
        except bundles.BundleProblem as problem:
            if problem.code == "replay":
                found["replays"] += 1  # another clerk brought this one (or a later one) in first
            else:
                found["errors"] += 1
                found["kinds"].append(f"BundleProblem {problem.code}: {problem}"[:160])
        except Exception as error:  # noqa: BLE001 - counted: an error a clerk would see
            found["errors"] += 1
            found["kinds"].append(f"{type(error).__name__}: {str(error)[:120]}")
        found["times"].append(time.perf_counter() - started)
        time.sleep(rng.random() * 0.5)  # the clerk looks at the result
    return found


def _clerk(url: str, ids: list[int], seconds: float, seed: int, bundle_paths: list[Path], queue: Any) -> None:
    """One clerk's process: import the bundles if given some, then search and edit until the time is up."""
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
    imports: dict[str, Any] = {"imported": [], "replays": 0, "errors": 0, "kinds": [], "times": []}
    try:
        if bundle_paths:
            imports = _import_all(ws, bundle_paths, rng)
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
        {
            "saved": saved,
            "conflicts": conflicts,
            "errors": errors + imports["errors"],
            "times": save_times,
            "kinds": error_kinds + imports["kinds"],
            "imports": imports,
        }
    )


def load_run(
    url: str, clerks: int, seconds: float, bundle_paths: tuple[Path, ...] = (), importers: int = 0
) -> dict[str, Any]:
    """Run ``clerks`` processes on the server for ``seconds``; return the counts and latencies.

    Args:
        url: the server database (the province's, the office set to receive the bundles).
        clerks: processes.
        seconds: how long each works.
        bundle_paths: the bundles the first ``importers`` processes import, each in this order.
        importers: how many processes import them (at once) before they edit like the others.
    """
    from sqlalchemy import func, select

    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage.models import InboxBundle, Nomination

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
        context.Process(
            target=_clerk,
            args=(url, ids, seconds, seed, list(bundle_paths) if seed <= importers else [], queue),
        )
        for seed in range(1, clerks + 1)
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
            inbox = session.scalar(select(func.count()).select_from(InboxBundle))
            inbox_twice = session.scalar(
                select(func.count()).select_from(
                    select(InboxBundle.sender_code, InboxBundle.sequence)
                    .group_by(InboxBundle.sender_code, InboxBundle.sequence)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
            uid_twice = session.scalar(select(func.count() - func.count(func.distinct(Nomination.uid))))
    finally:
        ws.close()
    saved = [item for report in reports for item in report["saved"]]
    lost = sum(1 for nid, token in saved if token not in (notes.get(nid) or ""))
    times = sorted(t for report in reports for t in report["times"])
    imported = [name for report in reports for name in report["imports"]["imported"]]
    import_times = [t for report in reports for t in report["imports"]["times"]]
    return {
        "bundles": len(bundle_paths),
        "importers": importers,
        "bundles imported": len(imported),
        "bundles imported twice": len(imported) - len(set(imported)),
        "replays refused": sum(r["imports"]["replays"] for r in reports),
        "inbox rows": inbox,
        "inbox rows twice": inbox_twice,
        "nominations twice": uid_twice,
        "import median": statistics.median(import_times) if import_times else 0.0,
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


def excel_ratio(location: Any, size: int, scratch: Path, runs: int = 3) -> dict[str, float]:
    """Export the Excel list of ``size`` selected nominations; time it and its floor (medians).

    The first ``size`` nominations by id are made the office's selected list, as
    ``benchmarks/targets.py`` does on a copy of the file; the floor is openpyxl's write-only
    mode writing the same cells (read back from the program's file), unstyled.
    """
    from sqlalchemy import case, select, update

    from hagiang_desktop.services.exporting import export_list_xlsx
    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.storage.models import Nomination

    ws = open_workspace(location)
    out, floor_out = scratch / "list.xlsx", scratch / "floor.xlsx"
    try:
        with ws.session() as session:
            last = session.scalar(select(Nomination.id).order_by(Nomination.id).offset(size - 1).limit(1))
            chosen = case((Nomination.id <= last, "selected"), else_="registered")
            session.execute(update(Nomination).values(status=chosen))
        export_list_xlsx(ws, out)  # warm-up, and the cells of the floor
        program = []
        for _ in range(runs):
            started = time.perf_counter()
            export_list_xlsx(ws, out)
            program.append(time.perf_counter() - started)
    finally:
        ws.close()
    sheets = targets.workbook_cells(out)
    floor = []
    for _ in range(runs):
        started = time.perf_counter()
        targets.write_plain_workbook(sheets, floor_out)
        floor.append(time.perf_counter() - started)
    return {"program": statistics.median(program), "floor": statistics.median(floor)}


def _met(name: str, samples: list[float]) -> str:
    limit = LIMITS[name] / 1000
    if max(samples) <= limit:
        return "yes"
    return "median yes, not the slowest" if statistics.median(samples) <= limit else "**NO**"


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    """Run the server benchmark; print (and with ``--write`` record) the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server")
    parser.add_argument("--nominations", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=20_000)
    parser.add_argument("--clerks", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--importers", type=int, default=2, help="clerks importing the bundles at once")
    parser.add_argument("--bundles", type=int, default=6, help="bundles of the district to import")
    parser.add_argument("--excel-rows", type=int, default=10_000, help="rows of the Excel list (0: none)")
    parser.add_argument("--url", help="an empty server database (default: a throwaway cluster)")
    parser.add_argument("--write", action="store_true", help="record the figures in RESULTS.md")
    options = parser.parse_args(argv)

    from hagiang_desktop.services.server import initialise
    from hagiang_desktop.services.workspace import ServerLocation, open_workspace

    cluster = None
    url = options.url
    load_before = _load()
    if url is None:
        from tests.pg_server import start_cluster

        cluster = start_cluster()
        url = cluster.new_database()
    scratch = Path(tempfile.mkdtemp(prefix="hagiang-server-bench-"))
    try:
        source = generate.database(generate.Params(units=options.units, nominations=options.nominations))
        ready = prepare_bundles(scratch, options.bundles)
        initialise(ServerLocation(url))
        moved, nominations = move_in(url, source)
        ws = open_workspace(url)
        server_reads = _reads(ws)
        ws.close()
        office = open_workspace(source, read_only=True)
        file_reads = _reads(office)
        office.close()
        excel: dict[str, dict[str, float]] = {}
        if options.excel_rows:  # before the office is set for the bundles: both export the same list
            excel["PostgreSQL"] = excel_ratio(url, options.excel_rows, scratch)
            copy = scratch / "listed.sqlite3"
            shutil.copyfile(source, copy)
            excel["SQLite file"] = excel_ratio(copy, options.excel_rows, scratch)
            copy.unlink()
        receive_bundles_on(url, ready)
        load = load_run(url, options.clerks, options.seconds, ready.paths, options.importers)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    load_after = _load()
    command = (
        f"python -m benchmarks.server --nominations {options.nominations} --units {options.units} "
        f"--clerks {options.clerks} --seconds {options.seconds:.0f} --importers {options.importers} "
        f"--bundles {options.bundles} --excel-rows {options.excel_rows} --write"
    )
    lines = [
        f"Server benchmark ({options.nominations:,} nominations, {options.units:,} units; `{command}`), "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average (1/5/15 min) {load_before} "
        f"at the start, {load_after} at the end on the {os.cpu_count()}-core machine.",
        "",
        f"- `server import-file` of the province file: {moved:.1f} s "
        f"({nominations:,} nominations, one transaction; the command run as the IT staff run it)",
        "",
        "| read (count + first 200 rows) | PostgreSQL | SQLite file | limit | met on PostgreSQL? "
        "| CPU of the measuring process, PostgreSQL / SQLite (median) |",
        "|---|---|---|---|---|---|",
    ]
    for name, samples in server_reads.wall.items():
        cpu = " / ".join(f"{statistics.median(c.cpu[name]) * 1000:.0f}" for c in (server_reads, file_reads))
        lines.append(
            f"| {name} | {_ms(samples)} | {_ms(file_reads.wall[name])} | ≤ {LIMITS[name]} ms "
            f"| {_met(name, samples)} | {cpu} ms |"
        )
    lines += [
        "",
        f"Load run: {load['clerks']} clerk processes for {load['seconds']:.0f} s, searching and editing "
        f"{HOT_SET} shared nominations: {load['saves']} saves, {load['conflicts']} conflicts reported, "
        f"**{load['lost updates']} lost updates**, **{load['errors']} errors**, "
        f"save p95 {load['save p95'] * 1000:.0f} ms (median {load['save median'] * 1000:.0f} ms)."
        + (f" Errors: {load['error kinds']}" if load["errors"] else ""),
        "",
        f"Bundles in the same run: {load['importers']} of those processes first imported the same "
        f"{load['bundles']} signed bundles of Đồng Văn, in order, at once: {load['bundles imported']} "
        f"imported ({load['bundles imported twice']} twice), {load['replays refused']} refused as replays; "
        f"at the end {load['inbox rows']} bundles in the inbox ({load['inbox rows twice']} twice) and "
        f"{load['nominations twice']} nominations twice; an import took {load['import median']:.1f} s "
        "(median, while the others edited).",
    ]
    if excel:
        lines += [
            "",
            f"Excel list of {options.excel_rows:,} selected nominations (median of 3, limit ≤ 1.5× floor):",
        ]
        for engine, figures in excel.items():
            lines.append(
                f"- {engine}: program {figures['program']:.2f} s, floor {figures['floor']:.2f} s, "
                f"ratio {figures['program'] / figures['floor']:.2f}×"
            )
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
