"""Run the benchmarks: each figure of issue #11 against a floor measured in the same run.

``python -m benchmarks.run --full`` (``make bench``): the issue's sizes, median of 5 runs, and
``benchmarks/RESULTS.md`` rewritten between its ``bench`` markers (the rest of the file is kept).
``--quick`` (``make bench-quick``): smaller sizes, 5 runs, results printed only (``--write`` to
write them too). ``--only KEY`` (repeatable) runs a few targets.

Every measurement runs in a fresh child process (``--child KEY SIDE``), so that one target's
caches and memory never flatter the next, and so that peak memory is honest: the child resets
the kernel's peak-RSS mark after its set-up (``/proc/self/clear_refs``) and reports how far the
timed runs raised it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import generate, targets

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


@dataclass(frozen=True)
class Target:
    """One figure of the issue.

    Attributes:
        key: the key of :data:`benchmarks.targets.FACTORIES`.
        title: what the table shows.
        ratio: the allowed program/floor ratio, if the goal is a ratio.
        ms: the allowed program time in milliseconds, if the goal is absolute.
        growth_mb: the allowed peak memory growth, if any.
        floor: what the floor is, for the notes.
        size_full: the size in ``--full`` mode (rows, forms, MB; 0 when it does not apply).
        size_quick: the size in ``--quick`` mode.
        informative: measured for the record, with no goal of its own.
    """

    key: str
    title: str
    floor: str
    ratio: float | None = None
    ms: float | None = None
    growth_mb: float | None = None
    size_full: int = 0
    size_quick: int = 0
    informative: bool = False
    factory: str = ""

    @property
    def child_key(self) -> str:
        """The key of the measuring functions (several targets may share them at other sizes)."""
        return self.factory or self.key

    def limit_text(self) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× floor")
        if self.ms is not None:
            parts.append(f"≤ {self.ms:g} ms")
        if self.growth_mb is not None:
            parts.append(f"memory growth ≤ {self.growth_mb:g} MB")
        return "; ".join(parts) if parts else "—"


_SORT_TITLES = {
    "name": "Name",
    "kind": "Kind",
    "field": "Field",
    "unit": "Registering unit",
    "status": "Status",
    "eligible": "Eligible",
    "supplement": "Supplement",
    "received": "Received",
}

TARGETS: tuple[Target, ...] = (
    Target(
        "startup",
        "start-up to the window shown (default database)",
        "python + import PySide6 + QMainWindow with a QTabWidget shown",
        ratio=2,
    ),
    Target(
        "startup-province",
        "start-up to the window shown (province database)",
        "as above",
        informative=True,
    ),
    Target(
        "tab-open",
        "nominations tab opens (whole province)",
        "sqlite3: count + first 200 rows with the unit join",
        ms=300,
    ),
    Target(
        "model-open",
        "nominations model alone: count + first page",
        "sqlite3: count + first 200 rows with the unit join",
        informative=True,
    ),
    Target(
        "search",
        "search keystroke (folded, name/unit/achievements)",
        "sqlite3: the same LIKE, count + first 200 rows by id",
        ms=100,
    ),
    *(
        Target(
            f"sort-{column}",
            f"sort by {title}",
            "sqlite3: count + first 200 rows ORDER BY the column"
            + (" (a stored sort-key BLOB, indexed)" if column in ("name", "unit") else ""),
            ms=200,
        )
        for column, title in _SORT_TITLES.items()
    ),
    Target(
        "dashboard",
        "dashboard, whole province",
        "sqlite3: the dashboard's seven queries (the units a deadline binds; their registrations by day, "
        "fields and eligibility; receipts; selected models per unit), rows fetched",
        ms=300,
    ),
    Target(
        "excel-10k",
        "Excel list",
        "openpyxl write-only (lxml), the same cells (read back from the program's file) unstyled",
        ratio=1.5,
        growth_mb=30,
        size_full=10_000,
        size_quick=2_000,
        factory="excel",
    ),
    Target(
        "excel-100k",
        "Excel list",
        "openpyxl write-only (lxml), the same cells (read back from the program's file) unstyled",
        ratio=1.5,
        growth_mb=30,
        size_full=100_000,
        size_quick=10_000,
        factory="excel",
    ),
    Target(
        "pdf",
        "registration forms in one PDF",
        "reportlab canvas, the same text in the same font",
        ratio=1.5,
        size_full=1000,
        size_quick=200,
    ),
    Target(
        "bundle",
        "bundle build + verify",
        "SHA-256 of the members",
        ratio=3,
        size_full=50,
        size_quick=10,
    ),
    Target(
        "import",
        "import rows",
        "sqlite3.executemany of the same rows, one transaction",
        ratio=2,
        size_full=100_000,
        size_quick=20_000,
    ),
    Target(
        "backup",
        "backup of the database",
        "sqlite3 online backup API + fsync",
        ms=1000,
    ),
)


@dataclass
class Side:
    """What one child reported."""

    times: list[float] = field(default_factory=list)
    peak_mb: float | None = None
    growth_mb: float | None = None
    notes: list[str] = field(default_factory=list)
    unavailable: str | None = None
    error: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None


@dataclass
class Result:
    """A target's program and floor."""

    target: Target
    program: Side
    floor: Side
    size: int = 0

    @property
    def ratio(self) -> float | None:
        p, f = self.program.median, self.floor.median
        return p / f if p is not None and f else None

    def met(self) -> str:
        if self.program.unavailable:
            return "not available yet"
        if self.program.error or self.program.median is None:
            return "error"
        t = self.target
        if t.informative:
            return "(for the record)"
        ok = True
        reasons = []
        if t.ratio is not None:
            if self.ratio is None:
                return "no floor"
            if self.ratio > t.ratio:
                ok = False
                reasons.append(f"{self.ratio / t.ratio:.1f}× over the ratio")
        if t.ms is not None and self.program.median * 1000 > t.ms:
            ok = False
            reasons.append(f"{self.program.median * 1000 / t.ms:.1f}× over the time")
        if t.growth_mb is not None and (self.program.growth_mb or 0) > t.growth_mb:
            ok = False
            reasons.append("memory")
        return "yes" if ok else "**NO** (" + ", ".join(reasons) + ")"


# -- child side --------------------------------------------------------------------------------
def _status_kb(field_name: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark to the current RSS (Linux); False when impossible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def child(key: str, side: str, ctx: targets.Context, runs: int) -> dict[str, Any]:
    """Set up one side of one target, run it ``runs`` times, and report (in this process)."""
    try:
        measure = targets.FACTORIES[key][side](ctx)
    except targets.NotAvailable as missing:
        return {"unavailable": str(missing)}
    reset = _reset_peak()
    rss_before = _status_kb("VmRSS")
    times: list[float] = []
    for _ in range(runs):
        sample = measure.run()
        times.extend(sample if isinstance(sample, list) else [sample])
    peak = _status_kb("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report: dict[str, Any] = {"times": times, "notes": measure.notes}
    if measure.child_peaks_mb:
        report["peak_mb"] = max(measure.child_peaks_mb)
    elif peak is not None:
        report["peak_mb"] = peak / 1024
        if rss_before is not None:
            report["growth_mb"] = max(0, peak - rss_before) / 1024
    return report


def _run_child(key: str, side: str, args: list[str], env: dict[str, str]) -> Side:
    argv = [sys.executable, "-m", "benchmarks.run", "--child", key, side, *args]
    process = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    lines = [line for line in process.stdout.splitlines() if line.startswith("RESULT ")]
    if process.returncode != 0 or not lines:
        tail = process.stderr.strip().splitlines()[-1:] or [f"exit {process.returncode}"]
        return Side(error=tail[0][:300])
    data = json.loads(lines[-1][len("RESULT ") :])
    return Side(
        times=data.get("times", []),
        peak_mb=data.get("peak_mb"),
        growth_mb=data.get("growth_mb"),
        notes=data.get("notes", []),
        unavailable=data.get("unavailable"),
        error=data.get("error"),
    )


# -- parent side -------------------------------------------------------------------------------
def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            names = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    ram = ""
    with contextlib.suppress(ValueError, OSError, AttributeError):
        ram = f", {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB RAM"
    return (
        f"{cpu}, {os.cpu_count()} cores{ram}; Python {platform.python_version()}; "
        f"{platform.platform(terse=True)}"
    )


def _table(results: list[Result]) -> list[str]:
    lines = [
        "| target | size | program (median) | floor (median) | ratio | limit | met? | peak memory (growth) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        t = r.target
        size = f"{r.size:,}" + (" MB" if t.key == "bundle" else "") if r.size else ""
        if r.program.unavailable:
            lines.append(f"| {t.title} | {size} | not available yet | | | {t.limit_text()} | — | |")
            continue
        memory = "—"
        if r.program.peak_mb is not None:
            memory = f"{r.program.peak_mb:,.0f} MB"
            if r.program.growth_mb is not None:
                memory += f" (+{r.program.growth_mb:,.1f} MB)"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        program = _ms(r.program.median) if not r.program.error else "error"
        floor = _ms(r.floor.median) if not r.floor.error else "error"
        cells = (t.title, size, program, floor, ratio, t.limit_text(), r.met(), memory)
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _details(results: list[Result]) -> list[str]:
    lines = []
    for r in results:
        t = r.target
        title = f"{t.title} ({r.size:,}{' MB' if t.key == 'bundle' else ''})" if r.size else t.title
        if r.program.unavailable:
            lines.append(f"- **{title}**: not available yet ({r.program.unavailable}).")
            continue
        parts = [f"floor: {t.floor}"]
        for name, side in (("program", r.program), ("floor", r.floor)):
            if side.error:
                parts.append(f"{name} failed: `{side.error}`")
            elif side.times:
                low, high, first = _ms(min(side.times)), _ms(max(side.times)), _ms(side.times[0])
                parts.append(f"{name} {len(side.times)} samples, first {first}, min {low}, max {high}")
        parts.extend(r.program.notes)
        parts.extend(f"floor: {n}" for n in r.floor.notes)
        lines.append(f"- **{title}**: " + "; ".join(parts) + ".")
    return lines


def _load() -> str:
    with contextlib.suppress(OSError, AttributeError):
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    return "unknown"


def render(results: list[Result], *, command: str, mode: str, db_info: str, load: str = "") -> str:
    """Return the Markdown section between the markers (markers included)."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        START,
        "## Performance at province scale (issue #11)",
        "",
        "Written by `benchmarks/run.py`; do not edit by hand between the markers.",
        "",
        f"- Command: {command}, {mode} sizes; date: {now}.",
        f"- Machine: {_machine()}; load average (1/5/15 min) {load or _load()} at the start, "
        f"{_load()} at the end (the machine is shared: a load above its core count slows the "
        "program and its floor alike, so compare ratios rather than milliseconds).",
        f"- Database: {db_info}.",
        "- Each figure is the median of the samples (at least 5 runs, each side in its own fresh "
        "process); the floor is measured in the same run. Memory: peak RSS of the measuring process "
        "(of the started program for start-up) and, in brackets, how far the timed runs raised it "
        "above its RSS after set-up.",
        "",
        *_table(results),
        "",
        "Details:",
        "",
        *_details(results),
        END,
    ]
    return "\n".join(body) + "\n"


def write_results(section: str, path: Path = RESULTS) -> None:
    """Replace the section between the markers in ``path``, keeping everything else."""
    from hagiang_desktop.core.atomic import atomic_write_text

    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END) + "\n?", re.DOTALL)
    if pattern.search(old):
        new = pattern.sub(lambda _m: section, old, count=1)
    else:
        new = old.rstrip("\n") + "\n\n" + section
    atomic_write_text(path, new)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks (or, with ``--child``, one side of one target)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="the issue's sizes (default)")
    mode.add_argument("--quick", action="store_true", help="smaller sizes, a minute or two")
    parser.add_argument(
        "--only", action="append", metavar="KEY", help="run only these targets (prefix match)"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write RESULTS.md after --quick or --only")
    parser.add_argument("--child", nargs=2, metavar=("KEY", "SIDE"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sorted-db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--scratch", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)

    if options.child:
        ctx = targets.Context(
            db=options.db, sorted_db=options.sorted_db, size=options.size, scratch=options.scratch
        )
        try:
            report = child(*options.child, ctx, options.runs)
        except Exception as error:  # noqa: BLE001 - reported to the parent as one line
            traceback.print_exc()
            report = {"error": f"{type(error).__name__}: {error}"[:300]}
        print("RESULT " + json.dumps(report), flush=True)
        return 0

    quick = options.quick
    params = generate.Params(units=5000, nominations=20_000) if quick else generate.Params()
    load_at_start = _load()
    started = time.perf_counter()
    db = generate.database(params)
    sorted_db = generate.with_sort_keys(db)
    print(f"database ready in {time.perf_counter() - started:.1f} s: {db}", file=sys.stderr)
    db_info = (
        f"{params.units:,} units, {params.nominations:,} nominations over 2018–2020 "
        f"(`benchmarks/generate.py`, seed {params.seed}, {db.stat().st_size / 1e6:.0f} MB)"
    )
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [t for t in TARGETS if not options.only or any(t.key.startswith(o) for o in options.only)]
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="hagiang-bench-") as scratch_root:
        for target in chosen:
            size = target.size_quick if quick else target.size_full
            sides = {}
            for side in ("program", "floor"):
                scratch = Path(scratch_root) / f"{target.key}-{side}"
                scratch.mkdir()
                args = ["--db", str(db), "--sorted-db", str(sorted_db), "--size", str(size)]
                args += ["--scratch", str(scratch), "--runs", str(options.runs)]
                sides[side] = _run_child(target.child_key, side, args, env)
            result = Result(target, sides["program"], sides["floor"], size)
            results.append(result)
            print(_table([result])[-1], file=sys.stderr, flush=True)
    argv_text = " ".join(sys.argv[1:] if argv is None else argv)
    command = f"`python -m benchmarks.run {argv_text}`"
    if argv_text in ("--full", "--quick", ""):
        command = f"`{'make bench-quick' if quick else 'make bench'}` ({command})"
    section = render(
        results, command=command, mode="quick" if quick else "full", db_info=db_info, load=load_at_start
    )
    print("\n".join(_table(results)))
    if options.write or (not quick and not options.only):
        write_results(section)
        print(f"written {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
