from datetime import date

import pytest

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.core.workflow import TransitionProblem, TransitionRequest
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter, NominationInput, NominationProblem


def _input(ws, **changes):
    criteria = ws.plan.criteria_for("2.3", NomineeKind.INDIVIDUAL)
    base = dict(
        kind=NomineeKind.INDIVIDUAL,
        field_code="2.3",
        name="Giàng Thị Mỷ",
        registering_unit_code="00715",  # Xã Lũng Cú, Đồng Văn
        checks={c.code: "" for c in criteria},
        received_on=date(2018, 4, 10),
        channel=Channel.PAPER,
    )
    base.update(changes)
    return NominationInput(**base)


def test_save_and_read_back_keeps_vietnamese_nfc_and_checks(workspace):
    decomposed = "Gia\u0300ng Thi\u0323 My\u0309"  # NFD, as some keyboards send it
    result = svc.save_nomination(
        workspace, _input(workspace, name=decomposed, checks={"III.1.1": "Biên bản"})
    )
    detail = svc.get_nomination(workspace, result.id)
    assert detail.data.name == "Giàng Thị Mỷ"
    assert detail.data.checks == {"III.1.1": "Biên bản"}
    assert not result.eligibility.eligible
    assert "2.3.b.1" in [c.code for c in result.eligibility.missing]


def test_eligible_when_every_criterion_ticked(workspace):
    result = svc.save_nomination(workspace, _input(workspace))
    assert result.eligibility.eligible
    assert svc.list_nominations(workspace, NominationFilter(eligible=True))[0].id == result.id


def test_household_refused_in_a_field_that_does_not_allow_it(workspace):
    with pytest.raises(NominationProblem) as problem:
        svc.save_nomination(workspace, _input(workspace, kind=NomineeKind.HOUSEHOLD, checks={}))
    assert problem.value.code == "kind_not_allowed"
    assert svc.count_nominations(workspace) == 0


@pytest.mark.parametrize(
    ("received", "supplement"),
    [
        (date(2018, 4, 12), False),
        (date(2018, 4, 13), False),
        (date(2018, 4, 14), True),
        (date(2018, 4, 15), True),
    ],
)
def test_commune_registration_after_13_april_is_a_supplement(workspace, received, supplement):
    result = svc.save_nomination(workspace, _input(workspace, received_on=received))
    assert result.is_supplement is supplement


def test_duplicate_by_folded_name_in_same_field_and_year(workspace):
    first = svc.save_nomination(workspace, _input(workspace, name="Giàng Thị Mỷ"))
    second = svc.save_nomination(
        workspace, _input(workspace, name="giang thi my", registering_unit_code="00718")
    )
    assert [d.id for d in second.duplicates] == [first.id]


def test_search_is_folded_over_name_unit_and_achievements(workspace):
    svc.save_nomination(workspace, _input(workspace, achievements="Vận động 20 hộ xóa bỏ hủ tục"))
    assert svc.count_nominations(workspace, NominationFilter(search="GIANG thi")) == 1
    assert svc.count_nominations(workspace, NominationFilter(search="lung cu")) == 1
    assert svc.count_nominations(workspace, NominationFilter(search="hu tuc")) == 1
    assert svc.count_nominations(workspace, NominationFilter(search="mèo vạc")) == 0


def test_selecting_an_ineligible_nomination_needs_a_reason(workspace):
    result = svc.save_nomination(workspace, _input(workspace, checks={}))
    with pytest.raises(TransitionProblem) as problem:
        svc.change_status(workspace, [result.id], TransitionRequest(NominationStatus.SELECTED))
    assert problem.value.code == "override_required"
    svc.change_status(
        workspace,
        [result.id],
        TransitionRequest(NominationStatus.SELECTED, override_reason="Hội đồng đề nghị"),
    )
    detail = svc.get_nomination(workspace, result.id)
    assert detail.status == NominationStatus.SELECTED
    assert detail.override_reason == "Hội đồng đề nghị"
    assert [h.to_status for h in detail.history] == [NominationStatus.REGISTERED, NominationStatus.SELECTED]


def test_list_sorts_in_vietnamese_order(workspace):
    for name in ["Đỗ Văn Dũng", "Dương Thị Hoa", "Ân Văn Tủa", "Ấn Thị Lan", "Zồ Seo Páo", "An Văn Hùng"]:
        svc.save_nomination(workspace, _input(workspace, name=name))
    names = [r.name for r in svc.list_nominations(workspace, sort="name")]
    # Letters decide first (Ấn Thị < Ân Văn since t < v); tones only break ties.
    assert names == ["An Văn Hùng", "Ấn Thị Lan", "Ân Văn Tủa", "Dương Thị Hoa", "Đỗ Văn Dũng", "Zồ Seo Páo"]


def test_deleting_a_selection_with_a_vanished_row_deletes_nothing(workspace):
    """A row deleted meanwhile (another window) half-way through a selection: all or nothing."""
    ids = [
        svc.save_nomination(workspace, _input(workspace, name=name)).id
        for name in ("Lò Văn Tỉnh", "Sùng Mí Chá", "Vàng Thị Dợ")
    ]
    svc.delete_nomination(workspace, ids[1])
    with pytest.raises(NominationProblem) as problem:
        svc.delete_nominations(workspace, ids)
    assert problem.value.code == "not_found"
    assert problem.value.detail == str(ids[1])
    assert sorted(r.id for r in svc.list_nominations(workspace)) == [ids[0], ids[2]]
    svc.delete_nominations(workspace, [ids[0], ids[2]])
    assert svc.count_nominations(workspace) == 0
