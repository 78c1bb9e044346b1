"""``followup list`` and ``export followup`` in real subprocesses, on the demo with a 3-year follow-up."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from hagiang_desktop.services import followup
from hagiang_desktop.services.followup import ActivityKind, Rating
from hagiang_desktop.services.workspace import open_workspace
from tests.cli.test_cli import run

#: Lũng Cú's "Văn phòng HĐND và UBND" (demo id 1) followed three years, model 19 only in 2018.
FOLLOWED, ONLY_2018 = 1, 19


def _three_years(path: object) -> None:
    ws = open_workspace(path, seed_directory=False)
    try:
        followup.add_assessment(ws, FOLLOWED, "review_2018", date(2018, 12, 18), Rating.GOOD, "Tốt")
        followup.add_assessment(ws, ONLY_2018, "review_2018", date(2018, 12, 19), Rating.FAIR, "Khá")
        followup.add_activity(ws, FOLLOWED, ActivityKind.STUDY_VISIT, date(2019, 5, 14), "Tham quan, học tập")
        followup.add_activity(ws, FOLLOWED, ActivityKind.MEDIA, date(2019, 8, 2), "Báo Hà Giang")
        followup.add_assessment(ws, FOLLOWED, "followup_2019", date(2019, 12, 10), Rating.FAIR, "Khá")
        followup.add_commendation(
            ws, FOLLOWED, date(2020, 11, 5), "Bằng khen của Chủ tịch UBND tỉnh", "1234/QĐ-UBND"
        )
        followup.add_assessment(ws, FOLLOWED, "final_2020", date(2020, 12, 15), Rating.EXCELLENT, "Xuất sắc")
    finally:
        ws.close()


def _rows(result: subprocess.CompletedProcess[str]) -> dict[tuple[str, str], list[str]]:
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(r) == 8 for r in rows)
    return {(r[0], r[3]): r for r in rows}


def test_followup_list_per_stage_and_day(demo_location: object) -> None:
    _three_years(demo_location)
    db = str(demo_location)  # a file, then a server (#22)
    everything = _rows(run("followup", "list", "--db", db))
    assert everything[("1", "2018")][4:] == ["2018-12-18", "good", "0", "0"]
    assert everything[("1", "2019")][4:] == ["2019-12-10", "fair", "2", "0"]
    assert everything[("1", "2020")][4:] == ["2020-12-15", "excellent", "0", "1"]
    assert everything[("19", "2019")][4:] == ["", "", "0", "0"]
    assert everything[("1", "2018")][2] == "026-KTHT"  # the registering unit's code

    only_2019 = _rows(run("followup", "list", "--db", db, "--stage", "2019", "--as-of", "2019-06-30"))
    assert {stage for _id, stage in only_2019} == {"2019"}
    assert only_2019[("1", "2019")][4:] == ["", "", "1", "0"]  # one visit by June, not assessed yet
    assert set(only_2019) == {(i, s) for i, s in everything if s == "2019"}

    bad = run("followup", "list", "--db", db, "--stage", "2017")
    assert bad.returncode == 2
    assert bad.stderr.strip() == "Kế hoạch không có giai đoạn năm 2017; các năm: 2018, 2019, 2020."


def test_export_followup_xlsx_and_pdf(demo_location: object, tmp_path: Path) -> None:
    _three_years(demo_location)
    db = str(demo_location)  # a file, then a server (#22)
    xlsx = tmp_path / "theo-doi.xlsx"
    done = run("export", "followup", "--db", db, "--out", str(xlsx), "--as-of", "2021-01-15")
    assert done.returncode == 0, done.stderr
    book = load_workbook(xlsx)
    sheet = book["Theo dõi"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells
    assert "Đồng Văn, ngày 15 tháng 01 năm 2021" in cells
    headings = [c for c in cells if isinstance(c, str) and c.startswith(("I. ", "II. ", "III. "))]
    assert [h.split(":")[0] for h in headings] == ["I. NĂM 2018", "II. NĂM 2019", "III. NĂM 2020"]
    assert "Đơn vị: Phòng Kinh tế và Hạ tầng huyện Đồng Văn" in cells
    assert "Bằng khen của Chủ tịch UBND tỉnh (1234/QĐ-UBND)" in " ".join(str(c) for c in cells)
    assert "TRƯỞNG PHÒNG" in cells
    summary = [
        row
        for row in book["Tổng hợp"].iter_rows(values_only=True)
        if row[1] == "Phòng Kinh tế và Hạ tầng huyện Đồng Văn"
    ]
    # per stage: due, assessed, late, activities, commendations of that unit's field 2.1
    in_21 = [row[3:8] for row in summary if str(row[2]).startswith("2.1.")]
    assert in_21 == [(1, 1, 0, 0, 0), (1, 1, 0, 2, 0), (1, 1, 0, 0, 1)]

    pdf = tmp_path / "theo-doi-2019.pdf"
    done = run(
        "export", "followup", "--db", db, "--out", str(pdf), "--stage", "2019", "--as-of", "2020-01-10"
    )
    assert done.returncode == 0, done.stderr
    # Lines of the report, not models: a model is on one line per stage (60 models, 3 stages: 180).
    assert "dòng theo dõi mô hình" in done.stdout, done.stdout
    assert "trang" in done.stdout, done.stdout
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "BÁO CÁO KẾT QUẢ THEO DÕI" in text
    assert "II. NĂM 2019" in text
    assert "NĂM 2018:" not in text
    assert "10/12/2019" in text
    assert "Tham quan, học tập" in text

    wrong = run("export", "followup", "--db", db, "--out", str(tmp_path / "x.docx"))
    assert wrong.returncode == 2
    assert not (tmp_path / "x.docx").exists()
