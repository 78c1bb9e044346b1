"""Export use cases on the demo database: scope, selection, upward events, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.exports.excel_list import LIST_SHEET
from hagiang_desktop.exports.model import Cancelled
from hagiang_desktop.services import exporting, letterhead, nominations, units
from hagiang_desktop.services.exporting import ExportProblem
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.storage.db import make_engine
from hagiang_desktop.storage.models import UpwardEvent


def _events(ws) -> list[tuple[str, int | None]]:
    with ws.session() as s:
        return [(e.event_kind, e.nomination_count) for e in s.scalars(select(UpwardEvent))]


def _selected(ws) -> list:
    scope = office_scope(ws)
    rows = nominations.list_nominations(ws, NominationFilter(unit_ids=set(scope.unit_ids)))
    return [r for r in rows if r.status in exporting.LISTED_STATUSES]


def test_list_xlsx_holds_the_scope_selection_and_records_the_step(demo_workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    expected = _selected(ws)
    assert expected
    out = tmp_path / "ds.xlsx"
    calls: list[tuple[int, int]] = []
    result = exporting.export_list_xlsx(
        ws, out, day=date(2018, 4, 20), progress=lambda d, t: calls.append((d, t)) or True
    )
    assert result.count == len(expected)
    assert calls[-1] == (len(expected), len(expected))
    sheet = load_workbook(out)[LIST_SHEET]
    # The district's list is issued by its people's committee: no superior line above it.
    assert sheet["A1"].value == "ỦY BAN NHÂN DÂN"
    assert sheet["A2"].value == "HUYỆN ĐỒNG VĂN"
    assert sheet["F4"].value == "Đồng Văn, ngày 20 tháng 4 năm 2018"
    assert sheet["A7"].value == "Đơn vị: Huyện Đồng Văn"
    names = {c.value for c in sheet["B"] if c.value}
    assert {r.name for r in expected} <= names
    assert _events(ws) == [("list_exported", len(expected))]


def test_unit_filter_scope_and_problems(demo_workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ExportProblem) as unknown:
        exporting.export_list_xlsx(ws, tmp_path / "a.xlsx", unit_code="nope")
    assert unknown.value.code == "unknown_unit"
    with pytest.raises(ExportProblem) as outside:
        exporting.export_list_xlsx(ws, tmp_path / "a.xlsx", unit_code="027")  # Mèo Vạc: not Đồng Văn's
    assert outside.value.code == "outside_scope"
    # A commune of Đồng Văn with nothing selected: nothing to export, no file, no event.
    empty_unit = next(u for u in units.children(ws, units.get_unit(ws, "026").id) if u.code.isdigit()
                      and not any(r.unit_code == u.code for r in _selected(ws)))  # fmt: skip
    with pytest.raises(ExportProblem) as empty:
        exporting.export_list_xlsx(ws, tmp_path / "a.xlsx", unit_code=empty_unit.code)
    assert empty.value.code == "empty"
    assert list(tmp_path.iterdir()) == []
    assert _events(ws) == []


def test_forms_for_chosen_ids_any_status(demo_workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    registered = nominations.list_nominations(ws, NominationFilter(status=NominationStatus.REGISTERED))[:2]
    out = tmp_path / "phieu.pdf"
    result = exporting.export_forms_pdf(ws, out, ids=[r.id for r in registered])
    assert result.count == 2
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    for r in registered:
        assert r.name in text
        detail = nominations.get_nomination(ws, r.id)
        for code in detail.data.checks:
            assert code in text
    assert text.count("(Ký, ghi rõ họ tên, đóng dấu)") == 2
    for r in registered:  # evidence notes come back with their criteria
        for note in nominations.get_nomination(ws, r.id).data.checks.values():
            assert not note or note.split()[0] in text
    assert _events(ws) == [("forms_printed", 2)]
    with pytest.raises(ExportProblem) as missing:
        exporting.export_forms_pdf(ws, out, ids=[999999])
    assert missing.value.code == "not_found"


def test_list_pdf_and_letterhead_set_by_the_office(demo_workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    letterhead.set_values(
        ws,
        {"superior": "UBND tỉnh Hà Giang", "issuer": "UBND huyện Đồng Văn", "authority": "TM",
         "signer_title": "Chủ tịch", "signer_name": "Sùng Mí Chá"},
        "list",
    )  # fmt: skip
    out = tmp_path / "ds.pdf"
    result = exporting.export_list_pdf(ws, out, day=date(2018, 4, 26))
    assert result.pages >= 1
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "UBND TỈNH HÀ GIANG" in text
    assert "UBND HUYỆN ĐỒNG VĂN" in text
    assert "TM. ỦY BAN NHÂN DÂN" in text
    assert "CHỦ TỊCH" in text
    assert "Sùng Mí Chá" in text
    assert "Đồng Văn, ngày 26 tháng 4 năm 2018" in text


def test_cancel_leaves_no_file_and_records_nothing(demo_workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for job, name in ((exporting.export_list_xlsx, "a.xlsx"), (exporting.export_list_pdf, "b.pdf"),
                      (exporting.export_forms_pdf, "c.pdf")):  # fmt: skip
        with pytest.raises(Cancelled):
            job(ws, tmp_path / name, progress=lambda d, t: False)
    assert list(tmp_path.iterdir()) == []
    assert _events(ws) == []


@pytest.mark.parametrize("job", ["list", "list-pdf", "forms"])
def test_an_export_reads_while_the_window_holds_the_write_lock(demo_workspace, tmp_path: Path, job) -> None:
    # Another connection (the window saving a form) holds the write lock while the export reads;
    # it commits when the export reports progress. Exports read in a read transaction, which
    # needs no lock: a read that took the write lock would wait for it and fail (#11).
    # On a server the writer's row locks must not hold the export up either.
    ws = demo_workspace
    writer = make_engine(ws.db.path).connect()
    saving = writer.begin()  # BEGIN IMMEDIATE on a file: the write lock
    writer.execute(text("UPDATE setting SET value = value"))

    def progress(done: int, total: int) -> bool:
        if saving.is_active:
            saving.commit()
        return True

    export = {"list": exporting.export_list_xlsx, "list-pdf": exporting.export_list_pdf}.get(
        job, exporting.export_forms_pdf
    )
    try:
        result = export(ws, tmp_path / "out", progress=progress)
    finally:
        writer.close()
        writer.engine.dispose()
    assert result.count == len(_selected(ws))
    assert [count for _kind, count in _events(ws)] == [result.count]  # recorded after, in its own write
