import json
from datetime import date

import pytest
from sqlalchemy import select

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.services import followup
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.followup import ActivityKind, FollowupProblem, Rating
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.scope import office_scope, set_office
from hagiang_desktop.storage.models import AuditEvent


def _nomination(ws, name="Giàng Thị Mỷ", unit="00715", status=NominationStatus.REGISTERED, year=2018):
    data = NominationInput(
        kind=NomineeKind.INDIVIDUAL,
        field_code="2.3",
        name=name,
        registering_unit_code=unit,
        received_on=date(2018, 4, 10),
        channel=Channel.PAPER,
        status=status,
        year=year,
    )
    return svc.save_nomination(ws, data).id


def _audits(ws, entity):
    with ws.session() as s:
        return [
            (a.action, a.before_json, a.after_json)
            for a in s.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))
        ]


def test_crud_of_each_record_is_audited_and_read_back_in_order(workspace):
    nid = _nomination(workspace)
    a2 = followup.add_assessment(
        workspace, nid, "followup_2019", date(2019, 12, 1), Rating.GOOD, "Duy trì tốt"
    )
    a1 = followup.add_assessment(workspace, nid, "review_2018", date(2018, 12, 20), Rating.FAIR)
    act = followup.add_activity(
        workspace, nid, ActivityKind.MEDIA, date(2019, 5, 3), "Chuyên trang \u201cNgười tốt – việc tốt\u201d"
    )
    com = followup.add_commendation(
        workspace, nid, date(2020, 1, 15), "Bằng khen của Chủ tịch UBND tỉnh", "15/QĐ-UBND"
    )
    data = followup.get_followup(workspace, nid)
    assert [a.id for a in data.assessments] == [a1, a2]
    assert data.assessments[1].notes == "Duy trì tốt"
    assert data.activities[0].kind == ActivityKind.MEDIA
    assert data.commendations[0].decision_number == "15/QĐ-UBND"

    followup.update_assessment(workspace, a1, "review_2018", date(2018, 12, 21), Rating.EXCELLENT, "Xuất sắc")
    followup.update_activity(workspace, act, ActivityKind.STUDY_VISIT, date(2019, 5, 4), "Tham quan")
    followup.update_commendation(workspace, com, date(2020, 1, 16), "Giấy khen")
    data = followup.get_followup(workspace, nid)
    assert data.assessments[0].rating == Rating.EXCELLENT
    assert data.activities[0].description == "Tham quan"
    assert data.commendations[0].decision_number is None

    followup.delete_record(workspace, "assessment", a2)
    followup.delete_record(workspace, "activity", act)
    followup.delete_record(workspace, "commendation", com)
    data = followup.get_followup(workspace, nid)
    assert len(data.assessments) == 1
    assert not data.activities
    assert not data.commendations
    actions = [a for a, _b, _c in _audits(workspace, "assessment")]
    assert actions == ["create", "create", "update", "delete"]
    deleted = _audits(workspace, "commendation")[-1]
    assert json.loads(deleted[1])["title"] == "Giấy khen"


def test_refusals_write_nothing(workspace):
    nid = _nomination(workspace)
    with pytest.raises(FollowupProblem) as problem:
        followup.add_assessment(workspace, nid, "review_2017", date(2018, 1, 1), Rating.GOOD)
    assert problem.value.code == "unknown_stage"
    with pytest.raises(FollowupProblem) as problem:
        followup.add_activity(workspace, nid, ActivityKind.OTHER, date(2019, 1, 1), "   ")
    assert problem.value.code == "text_required"
    with pytest.raises(FollowupProblem) as problem:
        followup.add_commendation(workspace, 9999, date(2019, 1, 1), "Giấy khen")
    assert problem.value.code == "not_found"
    with pytest.raises(FollowupProblem):
        followup.delete_record(workspace, "activity", 12345)
    assert _audits(workspace, "replication_activity") == []


def test_deleting_the_nomination_removes_its_followup(workspace):
    nid = _nomination(workspace)
    followup.add_assessment(workspace, nid, "review_2018", date(2018, 12, 20), Rating.GOOD)
    svc.delete_nomination(workspace, nid)
    assert followup.get_followup(workspace, nid).assessments == ()


def test_stage_progress_counts_models_due_and_assessed_in_scope(workspace):
    lung_cu = _nomination(workspace, "A", "00715")
    _nomination(workspace, "B", "00715", year=2019)
    _nomination(workspace, "C", "00715", status=NominationStatus.DRAFT)
    meo_vac = _nomination(workspace, "D", "027")  # Huyện Mèo Vạc, outside Đồng Văn
    followup.add_assessment(workspace, lung_cu, "review_2018", date(2018, 12, 20), Rating.GOOD)
    followup.add_assessment(workspace, lung_cu, "review_2018", date(2018, 12, 28), Rating.GOOD)
    followup.add_assessment(workspace, meo_vac, "review_2018", date(2018, 12, 20), Rating.GOOD)

    everything = {p.stage_code: (p.done, p.due) for p in followup.stage_progress(workspace)}
    assert everything == {"review_2018": (2, 2), "followup_2019": (0, 3), "final_2020": (0, 3)}

    scope = set_office(workspace, "026")  # Huyện Đồng Văn
    assert scope == office_scope(workspace)
    progress = followup.stage_progress(workspace, scope)
    assert [p.stage_code for p in progress] == [s.code for s in workspace.plan.stages]
    assert {p.stage_code: (p.done, p.due) for p in progress}["review_2018"] == (1, 1)
    assert progress[0].due_on == date(2018, 12, 31)


def test_an_assessment_outside_its_stage_is_refused_and_nothing_written(workspace):
    nid = _nomination(workspace)
    # The 2019 follow-up dated in 2018, the 2018 review dated before the plan (04/04/2018).
    for stage, day in (("followup_2019", date(2018, 12, 20)), ("review_2018", date(2018, 3, 1))):
        with pytest.raises(FollowupProblem) as problem:
            followup.add_assessment(workspace, nid, stage, day, Rating.GOOD)
        assert problem.value.code == "outside_stage"
    with pytest.raises(FollowupProblem) as problem:
        followup.add_activity(workspace, nid, ActivityKind.MEDIA, date(2021, 2, 1), "Báo Hà Giang")
    assert problem.value.code == "outside_plan"
    with pytest.raises(FollowupProblem) as problem:
        followup.add_commendation(workspace, nid, date(2017, 12, 1), "Giấy khen")
    assert problem.value.code == "outside_plan"
    ok = followup.add_assessment(workspace, nid, "review_2018", date(2018, 12, 20), Rating.GOOD)
    with pytest.raises(FollowupProblem) as problem:  # a change is checked the same way
        followup.update_assessment(workspace, ok, "final_2020", date(2019, 6, 1), Rating.GOOD)
    assert problem.value.code == "outside_stage"
    assert [a.stage_code for a in followup.get_followup(workspace, nid).assessments] == ["review_2018"]
    assert [a for a, _b, _c in _audits(workspace, "assessment")] == ["create"]


def _three_years(ws):
    """Two models of Lũng Cú: one followed all three years, one only assessed in 2018."""
    a = _nomination(ws, "Hợp tác xã Chè Shan tuyết", "00715")
    b = _nomination(ws, "Giàng Thị Mỷ", "00715")
    followup.add_assessment(ws, a, "review_2018", date(2018, 12, 20), Rating.GOOD, "Tốt")
    followup.add_assessment(ws, b, "review_2018", date(2018, 12, 21), Rating.FAIR)
    followup.add_activity(ws, a, ActivityKind.STUDY_VISIT, date(2019, 5, 10), "Tham quan")
    followup.add_activity(ws, a, ActivityKind.EXPERIENCE_TALK, date(2019, 9, 2), "Báo cáo kinh nghiệm")
    followup.add_assessment(ws, a, "followup_2019", date(2019, 12, 10), Rating.FAIR, "Khá")
    followup.add_commendation(ws, a, date(2020, 11, 5), "Bằng khen của Chủ tịch UBND tỉnh", "1234/QĐ-UBND")
    followup.add_assessment(ws, a, "final_2020", date(2020, 12, 15), Rating.EXCELLENT, "Xuất sắc")
    return a, b


def test_dashboard_counts_follow_the_as_of_day(workspace):
    _three_years(workspace)

    def figures(day):
        return {
            p.stage_code: (p.due, p.done, p.late, p.activities, p.commendations)
            for p in followup.stage_progress(workspace, as_of=day)
        }

    # 20/04/2018: both registered, nothing assessed yet, nothing late.
    assert figures(date(2018, 4, 20)) == {
        "review_2018": (2, 0, 0, 0, 0),
        "followup_2019": (2, 0, 0, 0, 0),
        "final_2020": (2, 0, 0, 0, 0),
    }
    # 31/12/2018: the 2018 review done for both; what is dated 2019 and 2020 not counted.
    assert figures(date(2018, 12, 31)) == {
        "review_2018": (2, 2, 0, 0, 0),
        "followup_2019": (2, 0, 0, 0, 0),
        "final_2020": (2, 0, 0, 0, 0),
    }
    # 31/12/2020: the 2019 window closed with one model not assessed (late), two activities in
    # 2019, the 2020 evaluation of one model and its commendation; the other one late in 2020 once
    # the window has closed (on its last day it is not late yet).
    assert figures(date(2020, 12, 31)) == {
        "review_2018": (2, 2, 0, 0, 0),
        "followup_2019": (2, 1, 1, 2, 0),
        "final_2020": (2, 1, 0, 0, 1),
    }
    assert figures(date(2021, 1, 1))["final_2020"] == (2, 1, 1, 0, 1)
    # A model received after the day is not due yet.
    late_one = _nomination(workspace, "Hộ ông Sùng Mí Chứ", "00715")
    with workspace.session() as s:
        from hagiang_desktop.storage.models import Nomination

        s.get(Nomination, late_one).received_on = date(2018, 5, 2)
    assert figures(date(2018, 4, 20))["review_2018"][0] == 2
    assert figures(date(2018, 5, 2))["review_2018"][0] == 3


def test_activities_and_commendations_per_unit_and_field_as_of_the_day(workspace):
    _three_years(workspace)
    _nomination(workspace, "Trường Tiểu học Má Lé", "00718")  # another unit, nothing recorded

    def table(day):
        return {
            (r.unit_code, r.field_code): (r.models, r.assessed, r.activities, r.commendations)
            for r in followup.unit_field_progress(workspace, None, day)
        }

    assert table(date(2018, 4, 20)) == {
        ("00715", "2.3"): (2, (0, 0, 0), 0, 0),
        ("00718", "2.3"): (1, (0, 0, 0), 0, 0),
    }
    assert table(date(2019, 6, 30))[("00715", "2.3")] == (2, (2, 0, 0), 1, 0)
    assert table(date(2020, 12, 31))[("00715", "2.3")] == (2, (2, 1, 1), 2, 1)
    scope = set_office(workspace, "026")
    assert {r.unit_name for r in followup.unit_field_progress(workspace, scope, date(2020, 12, 31))} == {
        "Xã Lũng Cú",
        "Xã Má Lé",
    }
