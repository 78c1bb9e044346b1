"""The registration list: a workbook (xlsx) or a PDF table, of the office's selected nominations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hagiang_desktop.core.timeliness import UpwardStep
from hagiang_desktop.services.exporting.common import ExportResult, Progress, record_step
from hagiang_desktop.services.exporting.document import prepare
from hagiang_desktop.services.exporting.rows import read_rows
from hagiang_desktop.services.exporting.selection import listed_ids
from hagiang_desktop.services.scope import inbox_mode
from hagiang_desktop.services.workspace import Workspace


def export_list_xlsx(
    ws: Workspace,
    out: Path,
    *,
    unit_code: str | None = None,
    day: date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> ExportResult:
    """Write the registration list workbook of the office's selected nominations.

    Args:
        ws: the workspace.
        out: the .xlsx file to write (replaced atomically).
        unit_code: only the nominations of this unit and the units under it (inside the scope).
        day: the document's date (default :func:`default_day`).
        progress: ``progress(done, total)``; return False to cancel.
        record: log the upward step (False for a bundle's own copy: the bundle is the step, and a
            bundle that fails later must leave no "list exported" behind, #20).

    Returns:
        The file and the number of rows.

    Raises:
        ExportProblem: ``unknown_unit``, ``outside_scope`` or ``empty``.
        hagiang_desktop.exports.model.Cancelled: the user cancelled; no file, nothing recorded.
    """
    return _export_list(ws, out, unit_code, day, progress, as_pdf=False, record=record)


def export_list_pdf(
    ws: Workspace,
    out: Path,
    *,
    unit_code: str | None = None,
    day: date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> ExportResult:
    """Write the registration list as a PDF (A4 landscape table) for signing.

    Args and errors as :func:`export_list_xlsx`; the file is a PDF.
    """
    return _export_list(ws, out, unit_code, day, progress, as_pdf=True, record=record)


def _export_list(
    ws: Workspace,
    out: Path,
    unit_code: str | None,
    day: date | None,
    progress: Progress | None,
    *,
    as_pdf: bool,
    record: bool = True,
) -> ExportResult:
    # openpyxl, lxml and reportlab load with the first export, not at start-up (#11).
    from hagiang_desktop.exports import excel_list, pdf_list

    doc, unit_ids = prepare(ws, unit_code, day, _list_title(ws))
    pages = 0
    # One read transaction for the whole file: one consistent snapshot, and no lock the window's
    # own writes would wait for (#11). The upward step is recorded after, in a short write.
    with ws.reading() as session:
        ids = listed_ids(ws, session, unit_ids)
        # A list shows the codes met, not the evidence; units are named as on the document's day.
        # The province's consolidated list names each unit's emulation bloc or cluster (#24).
        rows = read_rows(
            ws, session, ids, evidence=False, day=doc.header.day, blocs=inbox_mode(ws), letterheads=False
        )
        if as_pdf:
            pages = pdf_list.write_list_pdf(out, doc, rows, total=len(ids), progress=progress)
        else:
            excel_list.write_registration_list(out, doc, rows, total=len(ids), progress=progress)
    if record:
        record_step(ws, UpwardStep.LIST_EXPORTED, out, len(ids))
    return ExportResult(Path(out), len(ids), pages)


def _list_title(ws: Workspace) -> str:
    info = ws.plan.info
    return (
        "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN "
        f"GIAI ĐOẠN {info.period_start} – {info.period_end}"
    )
