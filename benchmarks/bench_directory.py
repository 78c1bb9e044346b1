"""Benchmark of the unit directory tab (issue #3) on a 20,000-unit directory.

What it does:

1. makes a fresh database (the bundled Hà Giang 2018 directory, 413 units) and grows it to
   20,000 units by *importing* a generated CSV through the program's own import
   (``services.directory_io``): under each of the 193 communes its schools, health station and
   mass organisations, then villages (thôn, bản) with the association branches below them —
   province → district → commune → village → branch, realistic Vietnamese names;
2. times, in the real widgets (offscreen), each as the median of several runs:

   * opening the tab: building ``UnitDirectoryTab`` and painting it once (the per-unit figures
     are read just after, in a worker; timed separately: the UI thread's part, asking for them,
     and the time until they are filled in);
   * expanding a district (Vị Xuyên, the largest) and a commune, painted;
   * typing a search: each keystroke of "hoang su phi" and of "Bản Phìn" (the search itself, run
     after the box's deliberate 150 ms pause, plus the repaint);

3. writes the figures into ``benchmarks/RESULTS.md`` between its own markers (other sections of
   that file are left as they are).

Command: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_directory [--runs N]``.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- bench-directory:start -->", "<!-- bench-directory:end -->"
LIMIT_MS = 100.0
TOTAL_UNITS = 20_000

_SYLLABLES = (
    "Lũng", "Phìn", "Sủng", "Chải", "Mã", "Pắng", "Tả", "Séo", "Lùng", "Khúa", "Nậm", "Bản",
    "Thèn", "Páo", "Há", "Súng", "Cháng", "Hồ", "Quán", "Tụng", "Nà", "Lìn", "Cốc", "Pài",
    "Thượng", "Hạ", "Mèo", "Sảng", "Đề", "Vai", "Xín", "Cái", "Làng", "Chúng", "Tỷ", "Giàng",
)  # fmt: skip
_VILLAGE_PREFIX = ("Thôn", "Bản", "Thôn", "Tổ dân phố")
_COMMUNE_BODIES = (
    ("MN", "Trường Mầm non {c}", "public_unit"),
    ("TH", "Trường Tiểu học {c}", "public_unit"),
    ("THCS", "Trường Trung học cơ sở {c}", "public_unit"),
    ("TYT", "Trạm Y tế xã {c}", "public_unit"),
    ("CA", "Công an xã {c}", "office"),
    ("QS", "Ban Chỉ huy Quân sự xã {c}", "office"),
    ("HND", "Hội Nông dân xã {c}", "mass_org"),
    ("HPN", "Hội Liên hiệp Phụ nữ xã {c}", "mass_org"),
    ("DTN", "Đoàn Thanh niên xã {c}", "mass_org"),
    ("CCB", "Hội Cựu chiến binh xã {c}", "mass_org"),
)
_VILLAGE_BRANCHES = (
    ("ND", "Chi hội Nông dân {v}", "association"),
    ("PN", "Chi hội Phụ nữ {v}", "association"),
    ("TN", "Chi đoàn Thanh niên {v}", "association"),
    ("CB", "Chi hội Cựu chiến binh {v}", "association"),
)


def _bare(name: str) -> str:
    for prefix in ("Thị trấn ", "Phường ", "Xã "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def generated_rows(communes: list[tuple[str, str]], wanted: int, seed: int = 127) -> list[list[str]]:
    """Return CSV rows (code, name, kind, parent_code, valid_from) for ``wanted`` new units."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    per_commune, extra = divmod(wanted, len(communes))
    for index, (code, name) in enumerate(communes):
        quota = per_commune + (1 if index < extra else 0)
        c = _bare(name)
        mine = [[f"{code}-{s}", p.format(c=c), k, code, "2018-01-01"] for s, p, k in _COMMUNE_BODIES]
        number = 0
        while len(mine) < quota:
            number += 1
            village = (
                f"{rng.choice(_VILLAGE_PREFIX)} {rng.choice(_SYLLABLES)} {rng.choice(_SYLLABLES)}, xã {c}"
            )
            vcode = f"{code}-T{number:02d}"
            mine.append([vcode, f"Ban công tác Mặt trận {village}", "public_unit", code, "2018-01-01"])
            mine.extend(
                [f"{vcode}-{s}", p.format(v=village), k, vcode, "2018-01-01"] for s, p, k in _VILLAGE_BRANCHES
            )
        rows.extend(mine[:quota])
    return rows


def build_database(folder: Path) -> tuple[Path, float, float]:
    """Make the 20,000-unit database; return it with the preview and apply times of the import."""
    from hagiang_desktop.services import directory_io, units
    from hagiang_desktop.services.workspace import open_workspace

    path = folder / "directory-20000.sqlite3"
    ws = open_workspace(path)
    try:
        existing = len(units.list_units(ws))
        communes = [(u.code, u.name) for u in units.list_units(ws, kinds={"commune"})]  # type: ignore[arg-type]
        rows = generated_rows(communes, TOTAL_UNITS - existing)
        source = folder / "generated-units.csv"
        with source.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([["code", "name", "kind", "parent_code", "valid_from"], *rows])
        started = time.perf_counter()
        preview = directory_io.preview_import(ws, source)
        previewed = time.perf_counter()
        assert preview.ok, preview.errors[:5]
        directory_io.apply_import(ws, preview)
        applied = time.perf_counter()
        assert len(units.list_units(ws)) == TOTAL_UNITS
    finally:
        ws.close()
    return path, (previewed - started) * 1000, (applied - previewed) * 1000


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _settle(app: object) -> None:
    """Let the background workers end and their results reach the widgets."""
    from hagiang_desktop.ui.workers import background_pending

    app.processEvents()  # type: ignore[attr-defined]  # a zero-delay timer may start one first
    while background_pending():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)  # idle as the event loop does: the worker needs the GIL


def measure(path: Path, runs: int) -> dict[str, list[float]]:
    """Time the tab's operations on the database at ``path``; each list holds one figure per run."""
    from PySide6.QtWidgets import QApplication

    from hagiang_desktop.services.workspace import open_workspace
    from hagiang_desktop.ui.tabs.unit_directory import UnitDirectoryTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = open_workspace(path)
    figures: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        figures.setdefault(name, []).append(value)

    try:
        for _run in range(runs):
            holder: list[UnitDirectoryTab] = []

            def open_tab(holder: list[UnitDirectoryTab] = holder) -> None:
                tab = UnitDirectoryTab(ws)
                tab.resize(1300, 800)
                tab.show()
                tab.repaint()
                holder.append(tab)

            add("open the tab (built, shown, painted)", _ms(open_tab))
            tab = holder[0]
            _settle(app)  # the figures the tab asked for itself when it opened
            started = time.perf_counter()
            add("asking for the per-unit figures (UI thread)", _ms(tab.refresh_counts))
            _settle(app)
            tab.repaint()
            add("per-unit figures filled in (read in a worker)", (time.perf_counter() - started) * 1000)
            province = tab.model.index(0, 0)
            district = next(
                tab.model.index(r, 0, province)
                for r in range(tab.model.rowCount(province))
                if tab.model.index(r, 0, province).data() == "Huyện Vị Xuyên"
            )
            add(
                "expand a district (Vị Xuyên)",
                _ms(lambda t=tab, d=district: (t.tree.expand(d), t.tree.repaint())),
            )
            commune = tab.model.index(0, 0, district)
            for row in range(tab.model.rowCount(district)):
                candidate = tab.model.index(row, 0, district)
                if str(candidate.data()).startswith("Xã"):
                    commune = candidate
                    break
            add("expand a commune", _ms(lambda t=tab, c=commune: (t.tree.expand(c), t.tree.repaint())))
            for text in ("hoang su phi", "Bản Phìn"):
                for end in range(1, len(text) + 1):
                    tab.search_edit.blockSignals(True)
                    tab.search_edit.setText(text[:end])
                    tab.search_edit.blockSignals(False)
                    add(
                        f'search keystroke ("{text}")',
                        _ms(lambda t=tab: (t.apply_search(), t.tree.repaint())),
                    )
            tab.search_edit.clear()
            tab.close()
            tab.deleteLater()
            app.processEvents()
    finally:
        ws.close()
    return figures


def _fmt(value: float) -> str:
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def section(figures: dict[str, list[float]], import_ms: tuple[float, float], runs: int) -> str:
    """Return the Markdown section for RESULTS.md."""
    lines = [
        "## Unit directory (issue #3)",
        "",
        "Written by `benchmarks/bench_directory.py`; do not edit by hand between the markers.",
        "",
        "- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_directory "
        f"--runs {runs}`; date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores (shared with other work while measured); "
        f"Python {platform.python_version()}; {platform.platform()}.",
        f"- Directory: {TOTAL_UNITS:,} units (the 413 real Hà Giang 2018 units + generated schools, "
        "health stations, mass organisations, villages and their branches: five levels), no nominations. "
        f"Built through the program's import: preview {_fmt(import_ms[0])}, apply {_fmt(import_ms[1])} "
        "(one transaction, audit entry per unit).",
        "- Each figure: the median and the maximum over the runs (search: over every keystroke of every "
        "run); the limit is 100 ms. The search box waits 150 ms after the last keystroke on "
        "purpose; that pause is not in the figures.",
        "",
        "| operation | median | max | limit | met? |",
        "|---|---|---|---|---|",
    ]
    for name, values in figures.items():
        limited = not name.startswith("per-unit")
        median = statistics.median(values)
        met = (
            ("yes" if max(values) <= LIMIT_MS else "median yes, not every run")
            if median <= LIMIT_MS
            else "**NO**"
        )
        lines.append(
            f"| {name} | {_fmt(median)} | {_fmt(max(values))} | {'≤ 100 ms' if limited else '—'} | "
            f"{met if limited else '(for the record)'} |"
        )
    return "\n".join(lines) + "\n"


def write_results(text: str, path: Path = RESULTS) -> None:
    """Replace this benchmark's section of RESULTS.md (between its markers), keeping the rest."""
    from hagiang_desktop.core.atomic import atomic_write_text

    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    block = f"{START}\n{text}{END}"
    if START in old and END in old:
        new = old[: old.index(START)] + block + old[old.index(END) + len(END) :]
    else:
        new = old.rstrip("\n") + "\n\n" + block + "\n"
    atomic_write_text(path, new)


def main(argv: list[str] | None = None) -> int:
    """Build the directory, measure, print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-directory-") as folder:
        os.environ.setdefault("HAGIANG_DATA_DIR", folder)
        path, preview_ms, apply_ms = build_database(Path(folder))
        figures = measure(path, args.runs)
    text = section(figures, (preview_ms, apply_ms), args.runs)
    print(text)
    if not args.no_write:
        write_results(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
