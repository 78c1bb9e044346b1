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
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

#: The modules that must load only when first used (issue #11: start-up stays light).
HEAVY_MODULES = (
    "openpyxl",
    "reportlab",
    "cryptography",
    "asn1crypto",
    "docx",
    "lxml",
    "pypdf",
    "pyhanko",
    "alembic",
)
#: What the program (``--quit-after-show``) and the floor print once their window is painted:
#: the end of the start-up figure.
SHOWN = "window shown after"
#: What the program prints once its database is open and its tabs are built (for the record).
READY = "tabs ready after"
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
    print("window shown after the first paint", flush=True)
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


def _spawn(argv: list[str], env: dict[str, str], measure: Measure, ready: list[float] | None = None) -> float:
    """Run a process to its end; return the wall time until it printed that its window is shown.

    What the process does after that line (the program fills its tabs, both quit) is not in the
    figure; the time of the program's ``READY`` line goes to ``ready`` and the peak memory of the
    whole run to ``measure``.
    """
    started = time.perf_counter()
    shown: float | None = None
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty stderr cannot block it
        process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert process.stdout is not None
        for line in process.stdout:
            if shown is None and line.startswith(SHOWN):
                shown = time.perf_counter() - started
            elif ready is not None and line.startswith(READY):
                ready.append(time.perf_counter() - started)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    if process.returncode != 0 or shown is None:
        raise RuntimeError(
            f"{argv[:3]} exited {process.returncode} (shown: {shown}): {stderr.strip()[-500:]}"
        )
    measure.child_peaks_mb.append(usage.ru_maxrss / 1024)  # kilobytes on Linux
    return shown


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
    # The first run creates and seeds the default database (and migrates it: Alembic loads then);
    # the clerk's every later start is checked and timed.
    _spawn(argv, env, measure)
    measure.child_peaks_mb.clear()
    check = subprocess.run(
        [sys.executable, "-c", _LAZY_CHECK.format(heavy=HEAVY_MODULES), *extra, "--quit-after-show"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    heavy = json.loads(check.stdout.split("HEAVY ", 1)[1])
    measure.notes.append(
        "heavy libraries loaded by the time the tabs are ready: "
        + (", ".join(heavy) if heavy else "none")
        + f" (checked: {', '.join(HEAVY_MODULES)})"
    )
    measure.notes.append("")
    ready: list[float] = []

    def run() -> float:
        shown = _spawn(argv, env, measure, ready)
        # The window shows its frame first; the database opens and the tabs fill right after.
        median_ms = statistics.median(ready) * 1000 if ready else float("nan")
        measure.notes[-1] = f"database open and tabs built (not in the figure): median {median_ms:,.0f} ms"
        return shown

    measure.run = run
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
    from PySide6.QtCore import QEvent

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
        # Outside a running event loop processEvents() leaves deferred deletions alone: every
        # run's tab stayed alive and the memory figure grew by a whole tab per run.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
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
        # The tie-breaker runs the column's way, as the program's query does since #11.
        return _timed(lambda: _count_and_page(connection, "", f"{order} {direction}, n.id {direction}"))

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
    "SELECT id, kind, parent_id FROM unit",
    "SELECT id, code, name, valid_from, valid_to, contact_person, contact_phone, contact_email "
    "FROM unit WHERE id IN ({ids}) ORDER BY id",
    "SELECT registering_unit_id, received_on, count(*), max(channel) FROM nomination "
    "WHERE registering_unit_id IN ({ids}) AND received_on <= :day AND status != 'draft' "
    "GROUP BY registering_unit_id, received_on",
    "SELECT unit_id, received_on, channel FROM receipt WHERE received_on <= :day",
    "SELECT unit.id, unit.kind, unit.parent_id, imported_at FROM inbox_bundle "
    "JOIN unit ON unit.code = inbox_bundle.sender_code",
    "SELECT registering_unit_id, count(DISTINCT field_code), sum(eligible), count(*) FROM nomination "
    "WHERE registering_unit_id IN ({ids}) AND (received_on IS NULL OR received_on <= :day) "
    "AND status != 'draft' GROUP BY registering_unit_id",
    "SELECT registering_unit_id, count(*) FILTER (WHERE status IN ('selected', 'submitted', 'accepted')) "
    "AS n FROM nomination WHERE received_on IS NULL OR received_on <= :day "
    "GROUP BY registering_unit_id HAVING n > 0",
)


def _bound_unit_ids(ctx: Context, connection: sqlite3.Connection) -> str:
    """The ids of the units a deadline of the plan binds, comma-separated (set-up, not timed)."""
    from hagiang_desktop.core.kinds import UnitKind

    plan = _workspace(ctx.db).plan
    tree = connection.execute("SELECT id, kind, parent_id FROM unit").fetchall()
    kind_of = {unit_id: kind for unit_id, kind, _parent in tree}
    return ",".join(
        str(unit_id)
        for unit_id, kind, parent in tree
        if plan.deadline_for_unit(UnitKind(kind), UnitKind(kind_of[parent]) if parent else None)
    )


def dashboard_floor(ctx: Context) -> Measure:
    """What the dashboard reads, in plain sqlite3, rows fetched, no Python judging.

    The units a deadline binds are found once in the set-up; the timed part is the SQL: every
    unit's kind and parent, the bound units' details, their registrations per day, the receipts
    and bundles, their fields and eligibility, and the selected models of every unit.
    """
    connection = _raw(ctx.db)
    ids = _bound_unit_ids(ctx, connection)
    queries = [sql.replace("{ids}", ids) for sql in _DASHBOARD_SQL]
    day = {"day": DASHBOARD_DAY.isoformat()}

    def run() -> float:
        started = time.perf_counter()
        for sql in queries:
            connection.execute(sql, day if ":day" in sql else {}).fetchall()
        return time.perf_counter() - started

    return Measure(run=run)


# -- backup ------------------------------------------------------------------------------------
def backup_program(ctx: Context) -> Measure:
    """Back up the province database with the program's backup (``storage.backup.take_backup``)."""
    try:
        from hagiang_desktop.storage import backup
    except ImportError as error:
        raise NotAvailable("storage/backup.py") from error
    if not hasattr(backup, "take_backup"):
        raise NotAvailable("storage.backup has no take_backup()")
    source = copy_db(ctx, "live.sqlite3")
    folder = ctx.scratch / "backups"

    def run() -> float:
        started = time.perf_counter()
        made = backup.take_backup(source, folder=folder, reason="manual")
        elapsed = time.perf_counter() - started
        made.unlink()
        return elapsed

    return Measure(run=run, notes=[f"{source.stat().st_size / 1e6:.0f} MB file"])


def backup_floor(ctx: Context) -> Measure:
    """sqlite3's online backup API copying the whole file in one step, then fsync."""
    source = sqlite3.connect(copy_db(ctx, "live.sqlite3"))
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

    return Measure(run=run)


# -- exports (issue #6) --------------------------------------------------------------------------
def _listed_copy(ctx: Context, count: int) -> Path:
    """Copy the database with exactly ``count`` nominations selected (the list's rows)."""
    path = copy_db(ctx, f"listed-{count}.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE nomination SET status = CASE WHEN id <= ? THEN 'selected' ELSE 'registered' END",
            (count,),
        )
    return path


def _exporting() -> Any:
    try:
        from hagiang_desktop.services import exporting
    except ImportError as error:
        raise NotAvailable("services/exporting.py") from error
    return exporting


def _program_xlsx(ctx: Context, out: Path) -> Path:
    exporting = _exporting()
    ws = _workspace(_listed_copy(ctx, ctx.size))
    exporting.export_list_xlsx(ws, out)
    ws.close()
    return out


def excel_program(ctx: Context) -> Measure:
    """``services.exporting.export_list_xlsx`` of ``size`` selected nominations (query + workbook)."""
    exporting = _exporting()
    ws = _workspace(_listed_copy(ctx, ctx.size))
    out = ctx.scratch / "list.xlsx"

    def run() -> float:
        started = time.perf_counter()
        exporting.export_list_xlsx(ws, out)
        return time.perf_counter() - started

    measure = Measure(run=run)
    run()  # warm-up (not recorded), and the file's size for the notes
    measure.notes.append(f"{out.stat().st_size / 1e6:.1f} MB workbook")
    return measure


def workbook_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Read back every sheet of a workbook: its title and its rows of values."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    sheets = [
        (sheet.title, [list(r) for r in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets
    ]
    book.close()
    return sheets


def write_plain_workbook(sheets: list[tuple[str, list[list[Any]]]], out: Path) -> None:
    """The Excel list's floor: openpyxl write-only (lxml) writing the same cells, unstyled."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    wb.save(out)


def excel_floor(ctx: Context) -> Measure:
    """openpyxl write-only (lxml) writing the program's own cells, read back, unstyled."""
    sheets = workbook_cells(_program_xlsx(ctx, ctx.scratch / "program.xlsx"))
    cells = sum(len(r) for _, rows in sheets for r in rows)
    out = ctx.scratch / "floor.xlsx"

    import openpyxl.xml

    notes = [f"{cells:,} cells on {len(sheets)} sheet(s); lxml in use: {openpyxl.xml.LXML}"]
    return Measure(run=lambda: _timed(lambda: write_plain_workbook(sheets, out)), notes=notes)


def _rl_accel_note() -> str:
    from reportlab.lib import rl_accel

    active = bool(getattr(rl_accel, "_c_funcs", None)) and not getattr(rl_accel, "_py_funcs", {})
    return "rl_accel active" if active else "**rl_accel NOT active** (pure-Python fallbacks)"


def _form_ids(ctx: Context) -> list[int]:
    with _raw(ctx.db) as connection:
        return [
            r[0] for r in connection.execute("SELECT id FROM nomination ORDER BY id LIMIT ?", (ctx.size,))
        ]


def pdf_program(ctx: Context) -> Measure:
    """``services.exporting.export_forms_pdf`` of ``size`` nominations, one form each."""
    exporting = _exporting()
    path = copy_db(ctx, "forms.sqlite3")
    ws = _workspace(path)
    ids = _form_ids(ctx)
    out = ctx.scratch / "forms.pdf"
    pages: list[int] = []

    def run() -> float:
        started = time.perf_counter()
        result = exporting.export_forms_pdf(ws, out, ids=ids)
        elapsed = time.perf_counter() - started
        pages.append(result.pages)
        return elapsed

    measure = Measure(run=run)
    run()
    measure.notes += [f"{pages[0]:,} pages, {out.stat().st_size / 1e6:.1f} MB", _rl_accel_note()]
    return measure


def pdf_floor(ctx: Context) -> Measure:
    """A bare reportlab canvas drawing the program's own text (read back) in the same font."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from hagiang_desktop.core.resources import resources_dir

    exporting = _exporting()
    ws = _workspace(copy_db(ctx, "forms.sqlite3"))
    source = ctx.scratch / "program.pdf"
    exporting.export_forms_pdf(ws, source, ids=_form_ids(ctx))
    pages = [page.extract_text().splitlines() for page in PdfReader(source).pages]
    font = resources_dir() / "fonts" / "Tinos-Regular.ttf"
    pdfmetrics.registerFont(TTFont("FloorTinos", str(font)))
    out = ctx.scratch / "floor.pdf"

    def draw() -> None:
        pdf = canvas.Canvas(str(out), pagesize=A4)
        for lines in pages:
            pdf.setFont("FloorTinos", 13)
            y = A4[1] - 70
            for line in lines:
                pdf.drawString(85, y, line)
                y -= 15
            pdf.showPage()
        pdf.save()

    lines = sum(len(p) for p in pages)
    return Measure(
        run=lambda: _timed(draw), notes=[f"{len(pages):,} pages, {lines:,} lines of text", _rl_accel_note()]
    )


# -- bundles (issue #7) --------------------------------------------------------------------------
def _bundle_members(ctx: Context) -> dict[str, bytes]:
    """Members of about ``size`` MB as the program makes them: data.json, the list, the forms."""
    from hagiang_desktop.exports.bundle import json_member

    exporting = _exporting()
    ws = _workspace(_listed_copy(ctx, 2000))
    xlsx, pdf = ctx.scratch / "list.xlsx", ctx.scratch / "forms.pdf"
    exporting.export_list_xlsx(ws, xlsx)
    exporting.export_forms_pdf(ws, pdf, ids=list(range(1, 20 * ctx.size + 1)))  # 1,000 forms for 50 MB
    ws.close()
    members = {"danh-sach.xlsx": xlsx.read_bytes(), "phieu-dang-ky.pdf": pdf.read_bytes()}
    budget = ctx.size * 1_000_000 - sum(len(v) for v in members.values())
    with _raw(ctx.db) as connection:
        connection.row_factory = sqlite3.Row
        rows, size, offset = [], 0, 0
        while size < budget:
            batch = connection.execute("SELECT * FROM nomination LIMIT 2000 OFFSET ?", (offset,)).fetchall()
            if not batch:
                offset = 0
                continue
            offset += len(batch)
            for row in batch:
                # Sort keys (BLOBs, migration 0003) are the database's own: a bundle never carries them.
                record = {k: v for k, v in dict(row).items() if not isinstance(v, bytes)}
                size += len(json.dumps(record, ensure_ascii=False)) + 4
                rows.append(record)
                if size >= budget:
                    break
    data = json_member({"nominations": rows})
    if len(data) > budget:  # the member is indented JSON: trim to the budget
        data = json_member({"nominations": rows[: int(len(rows) * budget / len(data))]})
    members["data.json"] = data
    return members


def _signer(ctx: Context) -> tuple[Callable[[bytes], bytes], bytes, str, float]:
    """The office's key, unlocked once as the program does when the clerk types the passphrase.

    The unlocking (PBKDF2, 200,000 rounds, three times) is a fixed, deliberate cost that does not
    grow with the bundle: it is timed apart and reported, not counted in build + verify.
    """
    from hagiang_desktop.exports import signing

    identity = signing.create_identity("026-NV", "Phòng Nội vụ huyện Đồng Văn", "bench-passphrase")
    cert_der = getattr(identity, "cert_der", None) or signing.pem_to_der(identity.cert_pem)
    started = time.perf_counter()
    key = signing.unlock(identity.p12, "bench-passphrase")
    return key.sign, cert_der, "026-NV", time.perf_counter() - started


def bundle_program(ctx: Context) -> Measure:
    """``exports.bundle.write_bundle`` (manifest, CMS signature, zip) then ``read_bundle`` (verify)."""
    try:
        from hagiang_desktop.exports import bundle
    except ImportError as error:
        raise NotAvailable("exports/bundle.py") from error
    from datetime import UTC, datetime

    members = _bundle_members(ctx)
    sign, cert_der, sender, unlocking = _signer(ctx)
    header = bundle.BundleHeader(
        kind=bundle.KIND_SUBMISSION,
        plan_id="127/KH-UBND",
        sender_code=sender,
        sender_name="Phòng Nội vụ huyện Đồng Văn",
        recipient_code="02-SNV",
        recipient_name="Sở Nội vụ tỉnh Hà Giang",
        sequence=1,
        supplement=False,
        created_at=datetime(2018, 4, 20, 9, 0, tzinfo=UTC),
        program_version="bench",
    )
    out = ctx.scratch / "bundle.zip"

    def run() -> float:
        started = time.perf_counter()
        bundle.write_bundle(out, header, members, sign)
        bundle.read_bundle(out, [cert_der])
        return time.perf_counter() - started

    total = sum(len(v) for v in members.values())
    measure = Measure(run=run)
    run()
    sizes = ", ".join(f"{k} {len(v) / 1e6:.1f} MB" for k, v in members.items())
    measure.notes.append(f"members {total / 1e6:.1f} MB ({sizes}), zip {out.stat().st_size / 1e6:.1f} MB")
    measure.notes.append(f"the key unlocked once before (not timed above): {unlocking * 1000:,.0f} ms")
    return measure


def bundle_floor(ctx: Context) -> Measure:
    """SHA-256 of the same members (in memory, as the bundle has them)."""
    members = _bundle_members(ctx)

    def run() -> float:
        started = time.perf_counter()
        for data in members.values():
            hashlib.sha256(data).hexdigest()
        return time.perf_counter() - started

    return Measure(run=run)


# -- imports (issue #10) -------------------------------------------------------------------------
_IMPORT_UNIT = "026"  # Huyện Đồng Văn sends its list to the province


def _import_file(ctx: Context) -> Path:
    """Write a CSV list of ``size`` registrations under the template's headers."""
    import csv

    from hagiang_desktop.core.import_columns import COLUMN_BY_KEY

    keys = (
        "row_id",
        "name",
        "kind",
        "field_code",
        "position",
        "work_unit",
        "achievements",
        "good_practice",
        "criteria",
        "date",
    )
    kinds = {"collective": "Tập thể", "individual": "Cá nhân", "household": "Hộ gia đình"}
    path = ctx.scratch / "danh-sach.csv"
    with _raw(ctx.db) as connection, open(path, "w", encoding="utf-8", newline="") as handle:
        checks: dict[int, list[str]] = {}
        for nid, code in connection.execute(
            "SELECT nomination_id, criterion_code FROM criterion_check WHERE nomination_id <= ?", (ctx.size,)
        ):
            checks.setdefault(nid, []).append(code)
        writer = csv.writer(handle)
        writer.writerow([COLUMN_BY_KEY[k].header for k in keys])
        rows = connection.execute(
            "SELECT id, name, kind, field_code, position, work_unit, achievements, good_practice "
            "FROM nomination ORDER BY id LIMIT ?",
            (ctx.size,),
        )
        for number, (nid, name, kind, fld, position, work_unit, achievements, practice) in enumerate(rows, 1):
            writer.writerow(
                [
                    number,
                    name,
                    kinds[kind],
                    fld,
                    position or "",
                    work_unit or "",
                    achievements,
                    practice,
                    ", ".join(checks.get(nid, [])),
                    "12/04/2018",
                ]
            )
    return path


def _imports() -> Any:
    try:
        from hagiang_desktop.services import imports
    except ImportError as error:
        raise NotAvailable("services/imports.py") from error
    return imports


def import_program(ctx: Context) -> Measure:
    """``services.imports.apply`` of a previewed list of ``size`` new rows (one transaction)."""
    imports = _imports()
    source = _import_file(ctx)
    ws = _workspace(copy_db(ctx, "preview.sqlite3"))
    started = time.perf_counter()
    table = imports.read(source)
    pv = imports.preview(ws, table, unit_code=_IMPORT_UNIT, received_on=date(2018, 4, 12))
    read_preview = time.perf_counter() - started
    ws.close()
    counter = iter(range(10**6))
    created: list[int] = []

    def run() -> float:
        target = copy_db(ctx, f"import-{next(counter)}.sqlite3")
        workspace = _workspace(target)
        started = time.perf_counter()
        result = imports.apply(workspace, pv, skip_invalid=True, include_duplicates=True)
        elapsed = time.perf_counter() - started
        created.append(result.created)
        workspace.close()
        target.unlink()
        return elapsed

    measure = Measure(run=run)
    run()
    errors = len(pv.errors)
    measure.notes.append(
        f"{created[0]:,} rows created ({errors:,} refused by the preview); reading + preview "
        f"(not timed above) took {read_preview:.1f} s"
    )
    return measure


def import_floor(ctx: Context) -> Measure:
    """sqlite3.executemany of the rows the program wrote (nominations, checks), one transaction."""
    imports = _imports()
    source = _import_file(ctx)
    base = copy_db(ctx, "floor-base.sqlite3")
    with _raw(base) as connection:
        before = connection.execute("SELECT max(id) FROM nomination").fetchone()[0]
        before_checks = connection.execute("SELECT max(id) FROM criterion_check").fetchone()[0]
    probe = copy_db(ctx, "floor-probe.sqlite3")
    ws = _workspace(probe)
    pv = imports.preview(ws, imports.read(source), unit_code=_IMPORT_UNIT, received_on=date(2018, 4, 12))
    imports.apply(ws, pv, skip_invalid=True, include_duplicates=True)
    ws.close()
    with _raw(probe) as connection:
        tables = {}
        for table, first in (("nomination", before), ("criterion_check", before_checks)):
            cursor = connection.execute(f"SELECT * FROM {table} WHERE id > ?", (first,))
            columns = [d[0] for d in cursor.description]
            tables[table] = (columns, cursor.fetchall())
    counter = iter(range(10**6))

    def run() -> float:
        target = ctx.scratch / f"floor-{next(counter)}.sqlite3"
        shutil.copyfile(base, target)
        connection = sqlite3.connect(target, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        for table, (columns, rows) in tables.items():
            marks = ", ".join("?" * len(columns))
            connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - started
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return elapsed

    counts = ", ".join(f"{len(rows):,} {table}" for table, (_c, rows) in tables.items())
    return Measure(run=run, notes=[f"rows: {counts}"])


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
    "excel": {"program": excel_program, "floor": excel_floor},
    "pdf": {"program": pdf_program, "floor": pdf_floor},
    "bundle": {"program": bundle_program, "floor": bundle_floor},
    "import": {"program": import_program, "floor": import_floor},
    "backup": {"program": backup_program, "floor": backup_floor},
}


def copy_db(ctx: Context, name: str) -> Path:
    """Copy the province database into the scratch folder (for targets that write)."""
    target = ctx.scratch / name
    shutil.copyfile(ctx.db, target)
    return target
