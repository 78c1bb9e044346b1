"""The dashboard's services on real SQLite files: receipts register, submissions, coverage, upward."""

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind, UnitKind
from hagiang_desktop.core.timeliness import CallReason, UnitState, UpwardStep
from hagiang_desktop.services import dashboard, receipts, unit_edits
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.receipts import ReceiptInput, ReceiptProblem
from hagiang_desktop.services.scope import office_scope, set_office
from hagiang_desktop.storage.models import AuditEvent, Nomination, Unit, UpwardEvent

LUNG_CU = "00715"


def _nominate(ws, day, unit=LUNG_CU, name="Giàng Thị Mỷ", channel=Channel.PAPER):
    data = NominationInput(
        kind=NomineeKind.INDIVIDUAL,
        field_code="2.3",
        name=name,
        registering_unit_code=unit,
        received_on=day,
        channel=channel,
    )
    return svc.save_nomination(ws, data).id


def _row(ws, code, as_of):
    scope = office_scope(ws)
    return {r.code: r for r in dashboard.unit_table(ws, scope, as_of)}[code]


def test_receipts_register_crud_is_audited(workspace):
    rid = receipts.add_receipt(
        workspace,
        ReceiptInput(LUNG_CU, date(2018, 4, 12), Channel.PAPER, " 12/UBND ", "Công văn kèm danh sách"),
    )
    listed = receipts.list_receipts(workspace)
    assert [(r.unit_name, r.doc_number) for r in listed] == [("Xã Lũng Cú", "12/UBND")]
    receipts.update_receipt(
        workspace, rid, ReceiptInput(LUNG_CU, date(2018, 4, 13), Channel.EMAIL, "13/UBND")
    )
    assert receipts.list_receipts(workspace, unit_code=LUNG_CU)[0].channel == Channel.EMAIL
    receipts.delete_receipt(workspace, rid)
    assert receipts.list_receipts(workspace) == []
    with workspace.session() as s:
        audits = s.scalars(select(AuditEvent).where(AuditEvent.entity == "receipt")).all()
        assert [a.action for a in audits] == ["create", "update", "delete"]
        assert json.loads(audits[-1].before_json)["doc_number"] == "13/UBND"


def test_receipts_refusals(workspace):
    with pytest.raises(ReceiptProblem) as problem:
        receipts.add_receipt(workspace, ReceiptInput("nope", date(2018, 4, 12), Channel.PAPER))
    assert problem.value.code == "unknown_unit"
    with pytest.raises(ReceiptProblem) as problem:
        receipts.update_receipt(workspace, 999, ReceiptInput(LUNG_CU, date(2018, 4, 12), Channel.PAPER))
    assert problem.value.code == "not_found"
    with pytest.raises(ReceiptProblem):
        receipts.delete_receipt(workspace, 999)
    assert receipts.list_receipts(workspace) == []


def test_a_receipt_and_its_registrations_are_one_submission(workspace):
    set_office(workspace, "026-NV")
    day = date(2018, 4, 10)
    _nominate(workspace, day)
    _nominate(workspace, day, name="Lù Mí Sính")
    receipts.add_receipt(workspace, ReceiptInput(LUNG_CU, day, Channel.EXCEL_TEMPLATE, "05/UBND"))
    row = _row(workspace, LUNG_CU, date(2018, 4, 20))
    assert (row.verdict.received, row.verdict.on_time, row.verdict.registered) == (1, 1, 2)
    assert row.last_channel == "excel_template"  # the register's channel wins on the same day
    # A supplement on 16/4 without a receipt: one more (late) submission, one late model.
    _nominate(workspace, date(2018, 4, 16), name="Sùng Seo Páo")
    row = _row(workspace, LUNG_CU, date(2018, 4, 20))
    assert (row.verdict.received, row.verdict.late, row.verdict.registered_late) == (2, 1, 1)
    assert row.verdict.state == UnitState.ON_TIME
    assert row.last_received == date(2018, 4, 16)


def test_a_receipt_alone_makes_a_unit_on_time(workspace):
    set_office(workspace, "026-NV")
    receipts.add_receipt(workspace, ReceiptInput(LUNG_CU, date(2018, 4, 13), Channel.PAPER))
    row = _row(workspace, LUNG_CU, date(2018, 4, 14))
    assert row.verdict.state == UnitState.ON_TIME
    assert not row.verdict.consequence
    other = _row(workspace, "00718", date(2018, 4, 14))  # another commune of Đồng Văn
    assert other.verdict.state == UnitState.MISSING
    assert other.verdict.not_registered
    assert not other.verdict.consequence
    assert CallReason.MISSING in other.call_reasons


def test_who_to_call_carries_contacts(workspace):
    set_office(workspace, "026-NV")
    with workspace.session() as s:
        s.execute(
            update(Unit)
            .where(Unit.code == LUNG_CU)
            .values(contact_person="Chị Vàng Thị Mai", contact_phone="0219 3856 123")
        )
    _nominate(workspace, date(2018, 4, 2), unit="00718")
    rows = dashboard.unit_table(workspace, office_scope(workspace), date(2018, 4, 20))
    calls = dashboard.who_to_call(rows)
    codes = [r.code for r in calls]
    assert LUNG_CU in codes
    assert "00718" not in codes
    lung_cu = next(r for r in calls if r.code == LUNG_CU)
    assert (lung_cu.contact_person, lung_cu.contact_phone) == ("Chị Vàng Thị Mai", "0219 3856 123")
    # Most urgent first: the missing units before the district, which is only short of its quota.
    reasons = [r.call_reasons[0] for r in calls]
    assert reasons == sorted(reasons, key=list(CallReason).index)


def test_coverage_stages_timeline_on_the_demo(demo_workspace):
    scope = office_scope(demo_workspace)
    as_of = date(2018, 4, 20)
    cov = dashboard.coverage(demo_workspace, scope, as_of)
    assert [f.code for f, _n in cov.by_field] == [f.code for f in demo_workspace.plan.fields]
    # Every demo registration is from Đồng Văn's own units: all 60 are the office's.
    assert cov.total == sum(n for _f, n in cov.by_field) == sum(cov.by_kind.values()) == 60
    assert sum(cov.cells.values()) == 60
    line = dashboard.timeline(demo_workspace, scope, as_of)
    assert line[-1][1] == 60
    assert all(a[1] < b[1] and a[0] < b[0] for a, b in zip(line, line[1:], strict=False))
    stages = dashboard.stages(demo_workspace, scope, as_of)
    assert [s.stage.code for s in stages] == ["review_2018", "followup_2019", "final_2020"]
    assert stages[0].days_left == (date(2018, 12, 31) - as_of).days
    assert all(s.done == 0 and s.due > 0 for s in stages)


def test_upward_status_reads_the_event_log(demo_workspace):
    scope = office_scope(demo_workspace)
    with demo_workspace.session() as s:
        s.add(UpwardEvent(event_kind="forms_printed", at=datetime(2018, 4, 24, 3, 0, tzinfo=UTC)))
        s.add(UpwardEvent(event_kind="bundle_built", at=datetime(2018, 4, 26, 17, 30, tzinfo=UTC)))
    status = dashboard.upward(demo_workspace, scope, date(2018, 4, 30))
    assert status.deadline is not None
    assert status.deadline.code == "to_province"
    steps = {s.step: s for s in status.steps}
    assert steps[UpwardStep.FORMS_PRINTED].on_time is True
    assert steps[UpwardStep.BUNDLE_BUILT].on_time is False  # 00:30 on 27/4 in Hà Giang
    assert status.selected == _row(demo_workspace, "026", date(2018, 4, 30)).counted
    early = dashboard.upward(demo_workspace, scope, date(2018, 4, 20))
    assert all(s.done_at is None for s in early.steps)


def test_an_imported_bundle_is_a_receipt_from_the_senders_body(demo_workspace):
    from hagiang_desktop.storage.models import InboxBundle

    def bundle(sequence, at):
        return InboxBundle(
            sender_code="026-NV",
            sequence=sequence,
            created_at=at,
            imported_at=at,
            manifest_sha256="0" * 64,
            nomination_count=10,
        )

    with demo_workspace.session() as s:
        s.add(bundle(1, datetime(2018, 4, 26, 16, 0, tzinfo=UTC)))  # 23:00 on 26/4 in Hà Giang
    row = _row(demo_workspace, "026", date(2018, 4, 30))
    assert (row.verdict.received, row.verdict.on_time, row.verdict.state) == (1, 1, UnitState.ON_TIME)
    assert row.last_channel == "bundle"
    with demo_workspace.session() as s:
        s.add(bundle(2, datetime(2018, 4, 26, 17, 30, tzinfo=UTC)))  # 00:30 on 27/4: late
    row = _row(demo_workspace, "026", date(2018, 4, 30))
    assert (row.verdict.received, row.verdict.late) == (2, 1)
    assert _row(demo_workspace, "026", date(2018, 4, 26)).verdict.received == 1  # not seen yet on 26/4


def _set_status(ws, ids, status):
    with ws.session() as s:
        s.execute(update(Nomination).where(Nomination.id.in_(ids)).values(status=str(status)))


def test_the_quota_counts_the_whole_subtree_and_drafts_count_nowhere(workspace):
    set_office(workspace, "026-NV")
    unit_edits.add_unit(
        workspace,
        code="00715-TH",
        name="Trường Tiểu học Lũng Cú",
        kind=UnitKind.PUBLIC_UNIT,
        parent_code=LUNG_CU,
    )
    day = date(2018, 4, 10)
    school = _nominate(workspace, day, unit="00715-TH", name="Lò Thị Dung")
    own = _nominate(workspace, day)
    _nominate(workspace, None, name="Vàng Mí Lử")  # not dated: in the figures, not in the days
    draft = _nominate(workspace, day, name="Sùng Mí Chứ")
    _set_status(workspace, [school, own], NominationStatus.SELECTED)
    _set_status(workspace, [draft], NominationStatus.DRAFT)
    rows = {r.code: r for r in dashboard.unit_table(workspace, office_scope(workspace), date(2018, 4, 20))}
    # Plan III, Lộ trình 1.1: a school under a commune falls under its district (14/4).
    assert rows["00715-TH"].verdict.deadline.code == "units_to_district"
    lung_cu, district = rows[LUNG_CU], rows["026"]
    assert (lung_cu.counted, district.counted) == (2, 2)  # the school's model counts for both
    assert (lung_cu.verdict.registered, lung_cu.verdict.received) == (1, 1)
    assert (lung_cu.eligible + lung_cu.ineligible, lung_cu.fields_covered) == (2, 1)
    assert district.verdict.registered == 0
    before = {r.code: r for r in dashboard.unit_table(workspace, office_scope(workspace), date(2018, 4, 9))}
    assert (before[LUNG_CU].counted, before["026"].counted) == (0, 0)  # not received yet on 9/4
    assert before[LUNG_CU].eligible + before[LUNG_CU].ineligible == 1  # the undated one only


def test_two_channels_on_the_last_day_show_the_same_one_whatever_the_order(workspace):
    set_office(workspace, "026-NV")
    day = date(2018, 4, 10)
    _nominate(workspace, day, channel=Channel.PAPER)
    _nominate(workspace, day, name="Lù Mí Sính", channel=Channel.EMAIL)
    _nominate(workspace, day, unit="00718", channel=Channel.EMAIL)
    _nominate(workspace, day, unit="00718", name="Lù Mí Sính", channel=Channel.PAPER)
    as_of = date(2018, 4, 20)
    assert (
        _row(workspace, LUNG_CU, as_of).last_channel
        == _row(workspace, "00718", as_of).last_channel
        == "paper"
    )
    assert _row(workspace, LUNG_CU, as_of).verdict.received == 1  # one day, one submission


def test_a_snapshot_holds_every_figure_of_the_day(demo_workspace):
    scope = office_scope(demo_workspace)
    as_of = date(2018, 4, 20)
    figures = dashboard.snapshot(demo_workspace, scope, as_of)
    assert figures.as_of == as_of
    assert figures.rows == dashboard.unit_table(demo_workspace, scope, as_of)
    assert figures.to_call == dashboard.who_to_call(figures.rows, scope)
    assert figures.coverage == dashboard.coverage(demo_workspace, scope, as_of)
    assert figures.timeline == dashboard.timeline(demo_workspace, scope, as_of)
    assert figures.timeline[-1][1] == figures.coverage.total == 60  # every demo registration is dated
    assert figures.stages == dashboard.stages(demo_workspace, scope, as_of)
    assert figures.upward == dashboard.upward(demo_workspace, scope, as_of)
    assert [m.deadline.code for m in figures.milestones] == [d.code for d in demo_workspace.plan.deadlines]


def test_the_call_list_prints_iv_1_only_when_a_body_it_addresses_is_on_it(workspace, tmp_path):
    """IV.1: "Các cơ quan, đơn vị, địa phương không tổ chức triển khai, đăng ký thực hiện Kế hoạch
    này, Hội đồng Thi đua khen thưởng tỉnh không xét trình ..." addresses the districts and the
    provincial bodies: a district's list of communes to call carries no sanction note."""
    from openpyxl import load_workbook

    from hagiang_desktop.services.scope import set_inbox_mode
    from tests.core.test_plan_paths import quoted

    quoted(workspace.plan.consequence.text)
    day = date(2018, 5, 2)
    set_office(workspace, "026-NV")
    district = dashboard.call_sheet(workspace, office_scope(workspace), day)
    assert district.lines  # its communes and offices, to follow up
    assert district.consequence == ""
    out = tmp_path / "goi.xlsx"
    dashboard.export_who_to_call(workspace, office_scope(workspace), day, out)
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value]
    assert not any("IV.1" in c for c in cells)
    set_office(workspace, "02-SNV")
    set_inbox_mode(workspace, True)
    province = dashboard.call_sheet(workspace, office_scope(workspace), day)
    assert province.consequence == workspace.plan.consequence.text  # the plan's whole sentence
