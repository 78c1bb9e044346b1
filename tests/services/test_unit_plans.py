"""The district's own replication plan as a tracked deliverable (plan IV.1, issue #16).

Recorded at the office (document or number and date), judged against 27/4/2018 like the list on
the dashboard, carried by the signed bundle as a manifest-listed member, and shown in the
province's inbox; with it the bundle carries an "other field" model and a typed honour.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.core.plan import DeadlineState
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.exports.bundle import MANIFEST
from hagiang_desktop.services import bundles, dashboard, nominations, unit_plans
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.scope import office_scope, set_office
from hagiang_desktop.services.unit_plans import UnitPlanProblem
from tests.cli.test_cli import run
from tests.core.test_plan_paths import quoted
from tests.services.test_bundles import PASS, district, district_cert, inbox  # noqa: F401

IV_1 = (
    "đồng thời đăng ký danh sách mô hình, gương điển hình tiên tiến và kế hoạch bồi dưỡng, nhân rộng"
    " điển hình tiên tiến gửi về UBND tỉnh (qua Ban Thi đua, khen thưởng - Sở Nội vụ) theo đúng thời"
    " hạn nêu trên"
)
HONOUR = "Huân chương Bảo vệ Tổ quốc hạng Ba"


def plan_pdf(path: Path) -> Path:
    """A one-page PDF standing for the district's signed plan."""
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 760, "KE HOACH 45/KH-UBND boi duong, nhan rong dien hinh tien tien")
    pdf.save()
    return path


def own_row(ws, day: date):
    rows = {r.code: r for r in dashboard.unit_table(ws, office_scope(ws), day)}
    return rows["026"]


def test_the_plan_asks_the_reporting_bodies_for_their_own_plan_with_the_list(workspace) -> None:
    quoted(IV_1)
    deadline = workspace.plan.deadline("to_province")
    assert deadline.own_plan == "kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến"
    assert deadline.own_plan in IV_1
    assert unit_plans.plan_deadline(workspace, "026") is deadline  # the district
    assert unit_plans.plan_deadline(workspace, "02-SYT") is deadline  # a provincial department
    assert unit_plans.plan_deadline(workspace, "00715") is None  # a commune sends none
    with pytest.raises(UnitPlanProblem) as refused:
        unit_plans.record(
            workspace, "00715", sent_on=date(2018, 4, 20), number="1/KH", signed_on=date(2018, 4, 1)
        )
    assert refused.value.code == "no_deadline"


def test_the_dashboard_judges_the_own_plan_against_27_april_like_the_list(workspace, tmp_path) -> None:
    quoted(IV_1)
    set_office(workspace, "026-NV")
    before = own_row(workspace, date(2018, 4, 20))
    assert before.own_plan is not None
    assert before.own_plan.state == DeadlineState.PENDING
    assert own_row(workspace, date(2018, 4, 27)).own_plan.state == DeadlineState.MISSING
    assert dashboard.upward(workspace, office_scope(workspace), date(2018, 4, 27)).own_plan.state == (
        DeadlineState.MISSING
    )
    # Number and date only (no file): on time when sent by 26/4, the last day "trước ngày 27/4".
    unit_plans.record(
        workspace, "026", sent_on=date(2018, 4, 26), number="45/KH-UBND", signed_on=date(2018, 4, 20)
    )
    assert own_row(workspace, date(2018, 4, 28)).own_plan.state == DeadlineState.ON_TIME
    # The document attached later replaces the record; sent on the 27th it is late.
    row = unit_plans.record(
        workspace, "026", sent_on=date(2018, 4, 27), file=plan_pdf(tmp_path / "KH 45.pdf")
    )
    assert (row.file_name, row.number) == ("KH 45.pdf", None)
    assert own_row(workspace, date(2018, 4, 28)).own_plan.state == DeadlineState.LATE
    upward = dashboard.upward(workspace, office_scope(workspace), date(2018, 4, 28))
    assert upward.own_plan.state == DeadlineState.LATE
    # Communes send none: no own-plan figure on their rows.
    rows = dashboard.unit_table(workspace, office_scope(workspace), date(2018, 4, 28))
    assert all(r.own_plan is None for r in rows if r.code != "026")


def test_only_a_real_pdf_or_docx_is_kept(workspace, tmp_path) -> None:
    fake = tmp_path / "ke-hoach.pdf"
    fake.write_bytes(b"not a pdf at all")
    text = tmp_path / "ke-hoach.txt"
    text.write_text("kế hoạch", encoding="utf-8")
    for path, code in ((fake, "not_a_document"), (text, "bad_suffix")):
        with pytest.raises(UnitPlanProblem) as refused:
            unit_plans.record(workspace, "026", sent_on=date(2018, 4, 20), file=path)
        assert refused.value.code == code
    with pytest.raises(UnitPlanProblem) as refused:
        unit_plans.record(workspace, "026", sent_on=date(2018, 4, 20), number="45/KH-UBND")
    assert refused.value.code == "nothing_recorded"
    assert unit_plans.get(workspace, "026") is None  # nothing was written


def test_the_bundle_carries_the_plan_an_other_field_model_and_a_typed_honour(
    district,  # noqa: F811 (the fixture of test_bundles)
    inbox,  # noqa: F811
    tmp_path,
) -> None:
    quoted(IV_1)
    quoted("Tiêu chí lựa chọn cụ thể một số lĩnh vực")
    quoted("danh hiệu vinh dự của Nhà nước như")
    general = {c.code: "" for c in district.plan.general_criteria}
    saved = nominations.save_nomination(
        district,
        NominationInput(
            kind=NomineeKind.COLLECTIVE,
            field_code="khac",
            field_title="Tư pháp",
            name="Tổ hòa giải thôn Lũng Cú",
            registering_unit_code="026-TP",
            checks=general,
            target_honour=HONOUR,
            received_on=date(2018, 4, 10),
        ),
    )
    nominations.change_status(district, [saved.id], TransitionRequest(NominationStatus.SELECTED))
    pdf = plan_pdf(tmp_path / "KH 45 nhan rong.pdf")
    unit_plans.record(
        district, "026", sent_on=date(2018, 4, 25), number="45/KH-UBND", signed_on=date(2018, 4, 20), file=pdf
    )
    built = bundles.build_bundle(district, tmp_path / "dong-van-2.zip", PASS)
    with zipfile.ZipFile(built.path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        listed = {f["path"] for f in manifest["files"]}
        assert "ke-hoach-nhan-rong.pdf" in listed
        assert archive.read("ke-hoach-nhan-rong.pdf") == pdf.read_bytes()
        data = json.loads(archive.read("data.json"))
        assert data["unit_plan"]["number"] == "45/KH-UBND"
        assert data["unit_plan"]["file"] == "ke-hoach-nhan-rong.pdf"
        item = next(n for n in data["nominations"] if n["name"] == "Tổ hòa giải thôn Lũng Cú")
        assert (item["field_code"], item["field_title"], item["target_honour"]) == ("khac", "Tư pháp", HONOUR)
        assert all(n["field_title"] is None for n in data["nominations"] if n["field_code"] != "khac")
        listing = " ".join(
            " ".join(p.extract_text().split())
            for p in PdfReader(io.BytesIO(archive.read("danh-sach.pdf"))).pages
        )
        assert "Lĩnh vực khác: Tư pháp" in listing
        cover = " ".join(PdfReader(io.BytesIO(archive.read("cover.pdf"))).pages[0].extract_text().split())
        assert "ke-hoach-nhan-rong.pdf" in cover
    # The province's inbox: the model keeps its field's title and its honour; the plan is kept.
    bundles.import_bundle(inbox, built.path)
    got = next(r for r in nominations.list_nominations(inbox) if r.name == "Tổ hòa giải thôn Lũng Cú")
    assert got.field_title == "Tư pháp"
    assert nominations.get_nomination(inbox, got.id).data.target_honour == HONOUR
    kept = unit_plans.get(inbox, "026")
    assert kept is not None
    assert (kept.number, kept.file_name) == ("45/KH-UBND", "KH 45 nhan rong.pdf")
    view = {r.code: r for r in bundles.province_view(inbox, date(2018, 4, 20))}
    assert view["026"].plan_sent is not None
    assert view["027"].plan_sent is None  # Mèo Vạc sent nothing
    # A district's own units never appear among those who report to the province.
    assert all(len(code) == 3 or code.startswith("02-") for code in view)
    inbox.close()
    result = run("bundle", "inbox", "--db", str(inbox.db.path), "--as-of", "2018-04-20")
    assert result.returncode == 0, result.stderr
    lines = {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()}
    assert len(lines["026"]) == 11  # the nine columns of the contract, then the plan's two
    assert lines["026"][9]
    assert lines["027"][9:] == ["", ""]


def test_the_command_line_records_and_shows_the_own_plan(demo_location, tmp_path) -> None:
    demo_path = demo_location  # a file, then a server (#22)
    quoted(IV_1)
    pdf = plan_pdf(tmp_path / "KH 45.pdf")
    done = run("own-plan", "record", "--db", str(demo_path), "--file", str(pdf), "--sent", "2018-04-26")
    assert done.returncode == 0, done.stderr
    assert "026" in done.stdout  # the office's district, by default
    shown = run("own-plan", "show", "--db", str(demo_path), "--as-of", "2018-04-28")
    assert shown.stdout.split("\t")[0] == "026"
    assert shown.stdout.strip().endswith("on_time")
    refused = run(
        "own-plan",
        "record",
        "--db",
        str(demo_path),
        "--unit",
        "00715",
        "--number",
        "1/KH",
        "--date",
        "2018-04-01",
    )
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr
