from datetime import date

from hagiang_desktop.core.kinds import Channel, NomineeKind
from hagiang_desktop.services import drafts
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.workspace import open_workspace


def _data():
    return NominationInput(
        kind=NomineeKind.HOUSEHOLD,
        field_code="2.8",
        name="Hộ ông Vàng Mí Dín",
        registering_unit_code="00715",
        checks={"III.1.1": "Biên bản họp thôn"},
        village="Thôn Lũng Cú",
        received_on=date(2018, 4, 27),
        channel=Channel.EMAIL,
    )


def test_draft_round_trip_and_clear(workspace):
    assert drafts.load_draft(workspace) is None
    path = drafts.save_draft(workspace, _data(), 7)
    assert path.parent.name == "drafts"
    assert not list(path.parent.glob("*.part"))  # written atomically, nothing left behind
    draft = drafts.load_draft(workspace)
    assert draft is not None
    assert draft.nomination_id == 7
    assert draft.data == _data()
    drafts.clear_draft(workspace)
    assert drafts.load_draft(workspace) is None
    drafts.clear_draft(workspace)  # clearing twice is harmless


def test_one_draft_per_database_and_a_broken_file_is_ignored(workspace, tmp_path):
    other = open_workspace(tmp_path / "other.sqlite3", seed_directory=False)
    try:
        drafts.save_draft(workspace, _data(), None)
        assert drafts.load_draft(other) is None
        drafts.draft_path(other).write_text("{not json", encoding="utf-8")
        assert drafts.load_draft(other) is None
    finally:
        other.close()
