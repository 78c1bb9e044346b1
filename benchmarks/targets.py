"""What is measured: for each target, the program's code path and its floor.

Each function here runs inside a fresh child process (see :mod:`benchmarks.run`), does its
set-up untimed, and returns a :class:`Measure` whose ``run`` performs one timed repetition and
returns the seconds it took (or a list of seconds, one per sample, e.g. per keystroke). Set-up
and clean-up stay outside the timed part, so each function decides exactly what it times.

Code that has not landed yet (exports, bundles, backups, imports) is imported lazily; when it is
missing, :class:`NotAvailable` is raised and the runner prints "not available yet".
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

#: The modules that must load only when first used (issue #11: start-up stays light).
HEAVY_MODULES = ("openpyxl", "reportlab", "cryptography", "asn1crypto", "docx", "lxml", "pypdf", "pyhanko")
#: What the search benchmark types, one keystroke at a time.
SEARCH_TEXT = "chè shan"
#: The dashboard's day: after every deadline of the plan, so that everything counts.
DASHBOARD_DAY = date(2020, 12, 31)

_FLOOR_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for title in ("Danh mục đơn vị", "Mô hình", "Tiến độ"):
    tabs.addTab(QLabel(title), title)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
def done():
    app.processEvents()
    app.quit()
QTimer.singleShot(0, done)
sys.exit(app.exec())
"""

_LAZY_CHECK = """
import json, sys
from hagiang_desktop.__main__ import main
status = main(sys.argv[1:])
print("HEAVY " + json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
sys.exit(status)
"""


class NotAvailable(Exception):
    """The code this target measures has not landed yet."""


@dataclass
class Context:
    """What a target gets from the runner.

    Attributes:
        db: the province database (shared, cached: copy it before writing).
        sorted_db: the same database with stored Vietnamese sort keys (the proposed fix).
        size: the target's size (rows, forms, megabytes), set by the runner per mode.
        scratch: a private temporary folder.
    """

    db: Path
    sorted_db: Path
    size: int
    scratch: Path


@dataclass
class Measure:
    """One prepared measurement.

    Attributes:
        run: performs one repetition; returns its seconds, or a list of per-sample seconds.
        notes: facts to report beside the figure (rows matched, checks made…).
        child_peaks_mb: peak RSS of the subprocesses a run started (start-up targets).
    """

    run: Callable[[], float | list[float]]
    notes: list[str] = field(default_factory=list)
    child_peaks_mb: list[float] = field(default_factory=list)


# -- helpers ---------------------------------------------------------------------------------
def _timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _qapp() -> Any:
    from hagiang_desktop.ui.app import make_application

    return make_application()


def _workspace(path: Path) -> Any:
    from hagiang_desktop.services.workspace import open_workspace

    return open_workspace(path)


def _whole_province() -> Any:
    from hagiang_desktop.services.scope import Scope

    return Scope(office=None, root=None, unit_ids=None)


def _raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA query_only=ON")
    return connection


def _spawn(argv: list[str], env: dict[str, str], measure: Measure) -> float:
    """Run a process to its end; return its wall time and record its peak memory."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{argv[:3]} exited {process.returncode}: {stderr.strip()[-500:]}")
    measure.child_peaks_mb.append(usage.ru_maxrss / 1024)  # kilobytes on Linux
    return elapsed


def _gui_env(ctx: Context) -> dict[str, str]:
    env = dict(os.environ)
    env["HAGIANG_DATA_DIR"] = str(ctx.scratch / "user-data")
    env["XDG_CONFIG_HOME"] = str(ctx.scratch / "config")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


# -- start-up ----------------------------------------------------------------------------------
def _startup(ctx: Context, extra: list[str]) -> Measure:
    env = _gui_env(ctx)
    argv = [sys.executable, "-m", "hagiang_desktop", *extra, "--quit-after-show"]
    measure = Measure(run=lambda: 0.0)
    # The first run creates and seeds the default database; the clerk's every later start is timed.
    check = subprocess.run(
        [sys.executable, "-c", _LAZY_CHECK.format(heavy=HEAVY_MODULES), *extra, "--quit-after-show"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    heavy = json.loads(check.stdout.split("HEAVY ", 1)[1])
    measure.notes.append(
        "heavy libraries loaded at start-up: "
        + (", ".join(heavy) if heavy else "none")
        + f" (checked: {', '.join(HEAVY_MODULES)})"
    )
    measure.run = lambda: _spawn(argv, env, measure)
    return measure


def startup_program(ctx: Context) -> Measure:
    """Start ``hagiang-desktop`` on the default database until the window is painted."""
    return _startup(ctx, [])


def startup_province_program(ctx: Context) -> Measure:
    """Start ``hagiang-desktop`` on the province database (whole province in every tab)."""
    return _startup(ctx, ["--db", str(ctx.db)])


def startup_floor(ctx: Context) -> Measure:
    """Start Python, import PySide6 and show a QMainWindow with a QTabWidget."""
    env = _gui_env(ctx)
    measure = Measure(run=lambda: 0.0)
    argv = [sys.executable, "-c", _FLOOR_WINDOW]
    _spawn(argv, env, measure)  # warm the same caches as the program's first run
    measure.child_peaks_mb.clear()
    measure.run = lambda: _spawn(argv, env, measure)
    return measure


# -- the nominations tab -------------------------------------------------------------------
def _first_page_sql(where: str = "", order: str = "n.id") -> str:
    return (
        "SELECT n.id, n.name, n.kind, n.field_code, u.code, u.name, n.status, n.eligible, "
        "n.is_supplement, n.received_on, n.year FROM nomination n JOIN unit u ON u.id = "
        f"n.registering_unit_id {where} ORDER BY {order}, n.id LIMIT 200"
    )


def _count_and_page(
    connection: sqlite3.Connection, where: str = "", order: str = "n.id", args: tuple = ()
) -> None:
    connection.execute(
        f"SELECT count(*) FROM nomination n JOIN unit u ON u.id = n.registering_unit_id {where}", args
    ).fetchone()
    connection.execute(_first_page_sql(where, order), args).fetchall()


def tab_open_program(ctx: Context) -> Measure:
    """Build the nominations tab on the whole province and paint it with its first page."""
    from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab

    app = _qapp()
    ws = _workspace(ctx.db)
    scope = _whole_province()

    def run() -> float:
        started = time.perf_counter()
        tab = NominationEntryTab(ws, scope)
        tab.resize(1280, 800)
        tab.show()
        app.processEvents()
        elapsed = time.perf_counter() - started
        rows = tab.model.rowCount()
        tab.close()
        tab.deleteLater()
        app.processEvents()
        if rows != _nomination_count(ctx.db):
            raise RuntimeError(f"the tab shows {rows} rows")
        return elapsed

    return Measure(run=run, notes=["the tab built, shown and painted with its first page"])


def model_open_program(ctx: Context) -> Measure:
    """Count and fetch the first page through the windowed model alone (no widgets)."""
    from hagiang_desktop.services import nominations as service
    from hagiang_desktop.services.nominations import NominationFilter
    from hagiang_desktop.ui.models.nomination_table_model import NominationTableModel

    _qapp()
    ws = _workspace(ctx.db)

    def run() -> float:
        started = time.perf_counter()
        model = NominationTableModel(
            fetch=lambda flt, sort, desc, offset, limit: service.list_nominations(
                ws, flt, sort=sort, descending=desc, offset=offset, limit=limit
            ),
            count=lambda flt: service.count_nominations(ws, flt),
            headers=[str(i) for i in range(8)],
            formatters=dict.fromkeys(
                ("kind", "status", "eligible", "supplement", "date", "not_eligible_tip"), str
            ),
        )
        model.set_filter(NominationFilter())
        model.data(model.index(0, 0))
        return time.perf_counter() - started

    return Measure(run=run, notes=["services.count + list (sorted by name, first 200 rows)"])


def tab_open_floor(ctx: Context) -> Measure:
    """Count the nominations and fetch 200 rows with the unit join in plain sqlite3."""
    connection = _raw(ctx.db)
    return Measure(run=lambda: _timed(lambda: _count_and_page(connection)))


def _nomination_count(path: Path) -> int:
    with _raw(path) as connection:
        return int(connection.execute("SELECT count(*) FROM nomination").fetchone()[0])


def _shown_tab(ctx: Context) -> tuple[Any, Any]:
    from hagiang_desktop.ui.tabs.nomination_entry import NominationEntryTab

    app = _qapp()
    tab = NominationEntryTab(_workspace(ctx.db), _whole_province())
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    return app, tab


def search_program(ctx: Context) -> Measure:
    """Type the search text one character at a time; time each keystroke's filter + repaint."""
    app, tab = _shown_tab(ctx)
    matched: list[int] = []

    def run() -> list[float]:
        samples = []
        for end in range(1, len(SEARCH_TEXT) + 1):
            started = time.perf_counter()
            tab.search_edit.setText(SEARCH_TEXT[:end])
            tab.apply_search()  # what the debounce timer calls
            app.processEvents()
            samples.append(time.perf_counter() - started)
            matched.append(tab.model.rowCount())
        tab.search_edit.clear()
        tab.apply_search()
        app.processEvents()
        return samples

    measure = Measure(run=run)
    run()  # the notes need the counts; this warm-up is not recorded
    measure.notes.append(f'typed "{SEARCH_TEXT}": rows matched per keystroke {matched[: len(SEARCH_TEXT)]}')
    return measure


def search_floor(ctx: Context) -> Measure:
    """The same folded LIKE search as count + first 200 rows in plain sqlite3 (by id)."""
    from hagiang_desktop.core.vntext import fold

    connection = _raw(ctx.db)

    def run() -> list[float]:
        samples = []
        for end in range(1, len(SEARCH_TEXT) + 1):
            pattern = f"%{fold(SEARCH_TEXT[:end])}%"
            samples.append(
                _timed(
                    lambda p=pattern: _count_and_page(connection, "WHERE n.search_fold LIKE ?", "n.id", (p,))
                )
            )
        return samples

    return Measure(run=run)


#: The nominations table's columns: (model column, SQL of the floor on the sort-key database).
SORT_COLUMNS = {
    "name": (0, "n.name_sort"),
    "kind": (1, "n.kind"),
    "field": (2, "n.field_code"),
    "unit": (3, "u.name_sort"),
    "status": (4, "n.status"),
    "eligible": (5, "n.eligible"),
    "supplement": (6, "n.is_supplement"),
    "received": (7, "n.received_on"),
}


def sort_program(ctx: Context, column: str) -> Measure:
    """Click a column header of the shown tab; time the SQL sort, the count and the repaint."""
    from PySide6.QtCore import Qt

    app, tab = _shown_tab(ctx)
    index = SORT_COLUMNS[column][0]
    flips = iter(range(10**6))

    def run() -> float:
        order = Qt.SortOrder.DescendingOrder if next(flips) % 2 == 0 else Qt.SortOrder.AscendingOrder
        started = time.perf_counter()
        tab.table.sortByColumn(index, order)
        app.processEvents()
        return time.perf_counter() - started

    return Measure(run=run, notes=["alternating descending and ascending"])


def sort_floor(ctx: Context, column: str) -> Measure:
    """Count + first 200 rows ordered by the column in plain sqlite3 (names by a stored sort key)."""
    connection = _raw(ctx.sorted_db)
    order = SORT_COLUMNS[column][1]
    flips = iter(range(10**6))

    def run() -> float:
        direction = "DESC" if next(flips) % 2 == 0 else "ASC"
        return _timed(lambda: _count_and_page(connection, "", f"{order} {direction}"))

    return Measure(run=run)


def _sort_factory(column: str, side: str) -> Callable[[Context], Measure]:
    if side == "program":
        return lambda ctx: sort_program(ctx, column)
    return lambda ctx: sort_floor(ctx, column)


# -- dashboard -------------------------------------------------------------------------------
def dashboard_program(ctx: Context) -> Measure:
    """``services.dashboard.unit_table`` for the whole province (every unit judged)."""
    from hagiang_desktop.services import dashboard

    ws = _workspace(ctx.db)
    scope = _whole_province()
    rows: list[int] = []

    def run() -> float:
        started = time.perf_counter()
        result = dashboard.unit_table(ws, scope, DASHBOARD_DAY)
        elapsed = time.perf_counter() - started
        rows.append(len(result))
        return elapsed

    measure = Measure(run=run)
    run()
    measure.notes.append(f"{rows[0]} units judged as of {DASHBOARD_DAY:%d/%m/%Y}")
    return measure


_DASHBOARD_SQL = (
    "SELECT id, code, name, kind, parent_id, valid_from, valid_to FROM unit",
    "SELECT registering_unit_id, received_on, channel, count(*) FROM nomination "
    "WHERE received_on IS NOT NULL AND received_on <= ? GROUP BY registering_unit_id, received_on, channel",
    "SELECT unit_id, received_on, channel FROM receipt WHERE received_on <= ?",
    "SELECT registering_unit_id, field_code, eligible, status, count(*) FROM nomination "
    "WHERE received_on IS NULL OR received_on <= ? "
    "GROUP BY registering_unit_id, field_code, eligible, status",
)


def dashboard_floor(ctx: Context) -> Measure:
    """The dashboard's four queries in plain sqlite3, rows fetched, no Python judging."""
    connection = _raw(ctx.db)
    day = DASHBOARD_DAY.isoformat()

    def run() -> float:
        started = time.perf_counter()
        for sql in _DASHBOARD_SQL:
            connection.execute(sql, (day,) if "?" in sql else ()).fetchall()
        return time.perf_counter() - started

    return Measure(run=run)


# -- backup ------------------------------------------------------------------------------------
def backup_program(ctx: Context) -> Measure:
    """Back up the province database with the program's backup code."""
    try:
        from hagiang_desktop.storage import backup
    except ImportError as error:
        raise NotAvailable("storage/backup.py") from error
    make = getattr(backup, "make_backup", None) or getattr(backup, "backup_database", None)
    if make is None:
        raise NotAvailable("storage.backup has no make_backup()")
    ws = _workspace(ctx.db)
    counter = iter(range(10**6))

    def run() -> float:
        target = ctx.scratch / f"backup-{next(counter)}.sqlite3"
        started = time.perf_counter()
        make(ws.db, target)
        elapsed = time.perf_counter() - started
        target.unlink(missing_ok=True)
        return elapsed

    return Measure(run=run)


def backup_floor(ctx: Context) -> Measure:
    """sqlite3's online backup API copying the whole file in one step, then fsync."""
    source = sqlite3.connect(ctx.db)
    counter = iter(range(10**6))

    def run() -> float:
        target = ctx.scratch / f"floor-{next(counter)}.sqlite3"
        started = time.perf_counter()
        destination = sqlite3.connect(target)
        source.backup(destination)
        destination.close()
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
        elapsed = time.perf_counter() - started
        target.unlink()
        return elapsed

    return Measure(run=run, notes=[f"{ctx.db.stat().st_size / 1e6:.0f} MB file"])


# -- exports (issue #6), bundles (#7), imports (#10): adapters -------------------------------
def _not_yet(what: str) -> Callable[[Context], Measure]:
    def factory(_ctx: Context) -> Measure:
        raise NotAvailable(what)

    return factory


def sha256_floor(paths: list[Path]) -> float:
    """Hash files with SHA-256 in 1 MB reads; return the seconds."""
    started = time.perf_counter()
    for path in paths:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return time.perf_counter() - started


#: key → side → factory. The runner decides sizes, labels and limits (see run.TARGETS).
FACTORIES: dict[str, dict[str, Callable[[Context], Measure]]] = {
    "startup": {"program": startup_program, "floor": startup_floor},
    "startup-province": {"program": startup_province_program, "floor": startup_floor},
    "tab-open": {"program": tab_open_program, "floor": tab_open_floor},
    "model-open": {"program": model_open_program, "floor": tab_open_floor},
    "search": {"program": search_program, "floor": search_floor},
    **{
        f"sort-{c}": {"program": _sort_factory(c, "program"), "floor": _sort_factory(c, "floor")}
        for c in SORT_COLUMNS
    },
    "dashboard": {"program": dashboard_program, "floor": dashboard_floor},
    "excel": {"program": _not_yet("exports/excel_list.py"), "floor": _not_yet("exports/excel_list.py")},
    "pdf": {"program": _not_yet("exports/pdf_forms.py"), "floor": _not_yet("exports/pdf_forms.py")},
    "bundle": {"program": _not_yet("exports/bundle.py"), "floor": _not_yet("exports/bundle.py")},
    "import": {
        "program": _not_yet("the importer (issue #10)"),
        "floor": _not_yet("the importer (issue #10)"),
    },
    "backup": {"program": backup_program, "floor": backup_floor},
}


def copy_db(ctx: Context, name: str) -> Path:
    """Copy the province database into the scratch folder (for targets that write)."""
    target = ctx.scratch / name
    shutil.copyfile(ctx.db, target)
    return target
