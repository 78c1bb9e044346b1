"""Forms of a cooperative, a school and a village as they print (#17, item 11).

Real database with the units added as the clerk adds them, real PDF read back with pdftotext:
each form carries its unit's own head (a cooperative heads itself, a school sits under its
Phòng Giáo dục, a village under its commune's UBND), the right signer, the right "Kính gửi" and
the place it is dated from; and the deadline the plan sets for the unit's path.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from hagiang_desktop.core.kinds import NomineeKind, UnitKind
from hagiang_desktop.services import exporting, units
from hagiang_desktop.services.scope import set_office
from hagiang_desktop.services.unit_edits import add_unit
from tests.services.test_documents_by_unit import _add, _text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _local_units(ws) -> None:  # type: ignore[no-untyped-def]
    for code, name, kind, parent in (
        ("00715-HTX", "Hợp tác xã Nông nghiệp Lũng Cú", UnitKind.COOPERATIVE, "00715"),
        ("026-THLC", "Trường Tiểu học Lũng Cú", UnitKind.SCHOOL, "026-GDDT"),
        ("00715-LLC", "Thôn Lô Lô Chải", UnitKind.VILLAGE, "00715"),
    ):
        add_unit(ws, code=code, name=name, kind=kind, parent_code=parent)


def test_forms_of_a_cooperative_a_school_and_a_village(workspace, tmp_path) -> None:
    ws = workspace
    set_office(ws, "026-NV")
    _local_units(ws)
    ids = [
        _add(ws, "00715-HTX", NomineeKind.COLLECTIVE, "Tổ sản xuất chè Lũng Cú", date(2018, 4, 5)),
        _add(ws, "026-THLC", NomineeKind.COLLECTIVE, "Tổ chuyên môn lớp 1", date(2018, 4, 6)),
        _add(ws, "00715-LLC", NomineeKind.COLLECTIVE, "Tổ hòa giải thôn Lô Lô Chải", date(2018, 4, 9)),
    ]
    out = tmp_path / "phieu.pdf"
    exporting.export_forms_pdf(ws, out, ids=ids, day=date(2026, 12, 7))
    cooperative, school, village = _text(out)

    # A cooperative: its own name as the head, no superior line, signed by its director.
    assert "HỢP TÁC XÃ NÔNG NGHIỆP LŨNG CÚ" in cooperative or "HỢP TÁC XÃ NÔNG NGHIỆP" in cooperative
    assert "UBND XÃ LŨNG CÚ" not in cooperative
    assert "GIÁM ĐỐC" in cooperative
    assert "(Ký, ghi rõ họ tên, đóng dấu)" in cooperative
    assert "Lũng Cú, ngày 05 tháng 4 năm 2018" in cooperative
    assert "Kính gửi: UBND huyện Đồng Văn (qua Phòng Nội vụ)" in cooperative
    # A school: under its Phòng Giáo dục (the place named), signed by its head, dated from the district.
    assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in school
    assert "TRƯỜNG TIỂU HỌC LŨNG CÚ" in school
    assert "HIỆU TRƯỞNG" in school
    assert "Đồng Văn, ngày 06 tháng 4 năm 2018" in school
    assert "Kính gửi: UBND huyện Đồng Văn (qua Phòng Nội vụ)" in school
    # A village: under its commune's UBND, signed by the Trưởng thôn, addressed to the commune.
    assert "UBND XÃ LŨNG CÚ" in village
    assert "THÔN LÔ LÔ CHẢI" in village
    assert "TRƯỞNG THÔN" in village
    assert "đóng dấu" not in village  # a village has no seal to stamp
    assert "Kính gửi: UBND xã Lũng Cú" in village
    assert "(qua Phòng Nội vụ)" not in village
    assert "Lũng Cú, ngày 09 tháng 4 năm 2018" in village


def test_the_plans_deadline_follows_the_new_units_path(workspace) -> None:
    ws = workspace
    _local_units(ws)
    for code in ("00715-HTX", "026-THLC", "00715-LLC"):
        deadline = ws.plan.deadline_for_path(units.kind_path(ws, code))
        assert deadline is not None, code
        assert deadline.code == "units_to_district"
        assert deadline.last_on_time_day == date(2018, 4, 13)
        assert ws.plan.quota_for_path(units.kind_path(ws, code)) is None


def test_the_directory_file_carries_the_new_kinds_both_ways(workspace, tmp_path) -> None:
    import csv

    from hagiang_desktop.services import directory_io
    from hagiang_desktop.services.workspace import open_workspace

    _local_units(workspace)
    out = tmp_path / "lung-cu.csv"
    directory_io.export_directory(workspace, out, root_code="026")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        kinds = {row["code"]: row["kind"] for row in csv.DictReader(handle)}
    assert (kinds["00715-HTX"], kinds["026-THLC"], kinds["00715-LLC"]) == ("cooperative", "school", "village")
    other = open_workspace(tmp_path / "other.sqlite3")
    try:
        preview = directory_io.preview_import(other, out)
        assert preview.ok, preview.errors
        assert {c.row.code for c in preview.added} == {"00715-HTX", "026-THLC", "00715-LLC"}
        directory_io.apply_import(other, preview)
        assert units.get_unit(other, "00715-LLC").kind == UnitKind.VILLAGE  # type: ignore[union-attr]
        assert units.get_unit(other, "026-THLC").kind == UnitKind.SCHOOL  # type: ignore[union-attr]
    finally:
        other.close()


def test_the_dashboard_judges_them_by_the_plans_rule_and_counts_their_models_upward(workspace) -> None:
    from hagiang_desktop.core.kinds import NominationStatus
    from hagiang_desktop.core.timeliness import UnitState
    from hagiang_desktop.core.workflow import TransitionRequest
    from hagiang_desktop.services import dashboard, nominations
    from hagiang_desktop.services.scope import office_scope

    ws = workspace
    set_office(ws, "026-NV")
    _local_units(ws)
    nid = _add(ws, "00715-LLC", NomineeKind.COLLECTIVE, "Tổ hòa giải thôn Lô Lô Chải", date(2018, 4, 9))
    nominations.change_status(ws, [nid], TransitionRequest(NominationStatus.SELECTED))
    rows = {r.code: r for r in dashboard.unit_table(ws, office_scope(ws), date(2018, 4, 20))}
    for code, kind in (("00715-HTX", "cooperative"), ("026-THLC", "school"), ("00715-LLC", "village")):
        row = rows[code]
        assert row.kind == kind
        assert row.verdict.deadline is not None
        assert row.verdict.deadline.code == "units_to_district"
        assert row.verdict.quota is None
    assert rows["00715-LLC"].verdict.state == UnitState.ON_TIME  # received 9/4, before 14/4
    assert rows["00715-HTX"].verdict.state == UnitState.MISSING
    # The village's selected model counts for its commune and its district.
    assert rows["00715"].counted == 1
    assert rows["026"].counted == 1
