"""The registration forms: one per nomination, all in one PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from hagiang_desktop.core.timeliness import UpwardStep
from hagiang_desktop.services.exporting.common import ExportResult, Progress, record_step
from hagiang_desktop.services.exporting.document import prepare
from hagiang_desktop.services.exporting.rows import read_rows
from hagiang_desktop.services.exporting.selection import chosen_ids, listed_ids
from hagiang_desktop.services.workspace import Workspace

#: The title of a registration form.
FORM_TITLE = "PHIẾU ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN"


def export_forms_pdf(
    ws: Workspace,
    out: Path,
    *,
    ids: Sequence[int] | None = None,
    unit_code: str | None = None,
    day: date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> ExportResult:
    """Write one registration form per nomination, all in one PDF.

    Args:
        ws: the workspace.
        out: the PDF to write (replaced atomically).
        ids: these nominations, in this order (any status); None for the office's selected ones.
        unit_code: with ``ids`` None, only this unit's subtree.
        day: the date printed on the forms (default :func:`default_day`).
        progress: ``progress(done, total)``; return False to cancel.
        record: log the upward step (see :func:`export_list_xlsx`).

    Returns:
        The file, the number of forms and of pages.

    Raises:
        ExportProblem: ``not_found``, ``unknown_unit``, ``outside_scope`` or ``empty``.
        hagiang_desktop.exports.model.Cancelled: the user cancelled; no file, nothing recorded.
    """
    from hagiang_desktop.exports import pdf_forms

    doc, unit_ids = prepare(ws, unit_code, day, FORM_TITLE)
    with ws.reading() as session:  # as the list: one snapshot, no lock held while drawing
        chosen = chosen_ids(session, ids) if ids else listed_ids(ws, session, unit_ids)
        rows = read_rows(ws, session, chosen, evidence=True, day=doc.header.day)
        pages = pdf_forms.write_forms_pdf(out, doc, rows, total=len(chosen), progress=progress)
    if record:
        record_step(ws, UpwardStep.FORMS_PRINTED, out, len(chosen))
    return ExportResult(Path(out), len(chosen), pages)
