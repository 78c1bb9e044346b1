"""Search through the trigram index and sorting by the stored sort keys (migration 0003, #11).

Every test runs on a real database file: the FTS5 index, its triggers and the sort-key columns
are SQLite's, so only SQLite can tell whether they agree with the plain ``LIKE`` and with
:func:`~hagiang_desktop.core.vntext.sort_key`.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from hagiang_desktop.core.kinds import Channel, NomineeKind, UnitKind
from hagiang_desktop.core.vntext import fold, sort_key, sort_key_bytes
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services import unit_edits, units
from hagiang_desktop.services.nominations import NominationFilter, NominationInput
from hagiang_desktop.storage.models import Nomination, Unit
from tests.engines import FILE_ONLY

#: Names and achievements with everything a search box can meet: tones, đ, case, quotes, the
#: LIKE wildcards, FTS5 syntax (AND, NEAR, *, ^, :, parentheses), runs of spaces.
TEXTS = (
    ("Đỗ Văn Dũng", "Vận động 20 hộ xóa bỏ hủ tục"),
    ("Dương Thị Hoa", 'Mô hình "Nhà sạch, vườn đẹp" 100% hộ tham gia'),
    ("Ân Văn Tủa", "Trồng chè Shan tuyết_cổ thụ AND NEAR(ong mật)"),
    ("Ấn Thị Lan", "Tỷ lệ 50%_đạt chuẩn; * ^ : - ( )"),
    ("Zồ Seo Páo", "Hợp tác xã chè Shan   Lũng   Phìn"),
    ("An Văn Hùng", "Nuôi ong lấy mật, thu nhập 120 triệu đồng/năm"),
    ("Giàng Thị Mỷ", "Dệt thổ cẩm, giữ nghề truyền thống Hmông"),
    ("Hộ ông Sùng Mí Chá", "Chăn nuôi bò, \"mô hình\" 'kiểu mẫu' O'Brien"),
    ("Lò Văn Dế", "Đường bê tông nông thôn mới 2 km"),
    ("Ma Thị Hoà", "Hòa giải ở cơ sở: 15 vụ thành công"),
)
UNIT_CODES = ("00715", "00718")  # Xã Lũng Cú and another commune of Đồng Văn


def _input(ws, name: str, achievements: str, unit_code: str) -> NominationInput:
    criteria = ws.plan.criteria_for("2.3", NomineeKind.INDIVIDUAL)
    return NominationInput(
        kind=NomineeKind.INDIVIDUAL,
        field_code="2.3",
        name=name,
        registering_unit_code=unit_code,
        checks={c.code: "" for c in criteria},
        achievements=achievements,
        received_on=date(2018, 4, 10),
        channel=Channel.PAPER,
    )


@pytest.fixture
def filled(workspace):
    for i, (name, achievements) in enumerate(TEXTS):
        svc.save_nomination(workspace, _input(workspace, name, achievements, UNIT_CODES[i % 2]))
    return workspace


def _ids(ws, condition) -> list[int]:
    with ws.reading() as session:
        return list(session.scalars(select(Nomination.id).where(condition).order_by(Nomination.id)))


def _like(search: str):
    return Nomination.search_fold.contains(fold(search), autoescape=True)  # type: ignore[attr-defined]


def _stored_texts(ws) -> list[str]:
    with ws.reading() as session:
        return list(session.scalars(select(Nomination.search_fold)))


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("chè shan", 2),
        ("CHE SHAN", 2),
        ("che shan   lung", 1),  # runs of spaces fold to one, as stored
        ('"nhà sạch', 1),
        ('vườn đẹp"', 1),
        ("100%", 1),
        ("50%_", 1),
        ("%_", 1),
        ("tuyet_co", 1),
        ("and near(", 1),
        ("* ^ :", 1),
        ("o'brien", 1),
        ("'kieu mau'", 1),
        ("hoa giai", 1),
        ("hoà", 2),  # "Hoà" and "Hòa" fold alike
        ("lung cu", 5),  # the registering unit's name
        ("dong van", 0),  # the district is not in the unit's name
        ("xyz", 0),
        ("đ", 7),  # short: LIKE
        ("%", 2),
        ("_", 2),
        ('"', 2),
        ("  ", 10),  # folds to nothing: every row
    ],
)
def test_search_finds_what_the_like_finds(filled, search, expected):
    by_index = _ids(filled, svc.search_condition(search))
    assert by_index == _ids(filled, _like(search))
    assert len(by_index) == expected
    assert svc.count_nominations(filled, NominationFilter(search=search)) == expected  # the index's count
    assert svc.count_nominations(filled, NominationFilter(search=search, year=2018)) == expected  # by row
    assert len(svc.list_nominations(filled, NominationFilter(search=search))) == expected


_QUERY_ALPHABET = st.sampled_from(
    list("aàáảãạăâbcdđeêghiklmnoôơpqrstuưvxy AĐÊƠ\"'%_*^:-()/\\,.;0125")
    + ["\u0300", "\u0301", "\u0309", "NEAR", "AND", "OR", "NOT", "chè", "Shan", "hộ", "mô hình"]
)
_QUERIES = st.lists(_QUERY_ALPHABET, min_size=1, max_size=8).map("".join)


def test_search_through_the_index_matches_the_like_for_any_input(filled):
    stored = _stored_texts(filled)
    pieces = st.sampled_from(stored).flatmap(
        lambda text: st.tuples(st.integers(0, len(text)), st.integers(1, 12)).map(
            lambda span: text[span[0] : span[0] + span[1]]
        )
    )

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(search=st.one_of(_QUERIES, pieces, pieces.map(str.upper)))
    def check(search: str) -> None:
        expected = _ids(filled, _like(search))
        assert _ids(filled, svc.search_condition(search)) == expected
        assert _ids(filled, svc.search_condition(search, in_order=True)) == expected

    check()


def test_search_index_follows_edits_deletes_and_unit_renames(filled):
    first = svc.list_nominations(filled, NominationFilter(search="Đỗ Văn Dũng"))[0]
    data = svc.get_nomination(filled, first.id).data
    data.achievements = "Phát triển du lịch cộng đồng homestay"
    svc.save_nomination(filled, data, first.id)
    assert svc.count_nominations(filled, NominationFilter(search="homestay")) == 1
    assert svc.count_nominations(filled, NominationFilter(search="hủ tục")) == 0
    svc.delete_nomination(filled, first.id)
    assert svc.count_nominations(filled, NominationFilter(search="homestay")) == 0

    unit_edits.rename_unit(filled, "00715", "Xã Lũng Cú Biên Cương")
    assert svc.count_nominations(filled, NominationFilter(search="bien cuong")) == 4
    with filled.reading() as session:
        unit = session.scalars(select(Unit).where(Unit.code == "00715")).one()
        assert unit.name_sort == sort_key_bytes("Xã Lũng Cú Biên Cương")
        stale = session.scalars(
            select(Nomination.search_fold).where(Nomination.registering_unit_id == unit.id)
        ).all()
    assert all("xa lung cu bien cuong" in text for text in stale)


def test_update_unit_renames_its_nominations_search_text_too(filled):
    row = units.list_units(filled, search="Lũng Cú", kinds={UnitKind.COMMUNE})[0]
    unit_edits.update_unit(
        filled,
        row.code,
        name="Xã Cực Bắc",
        kind=UnitKind.COMMUNE,
        short_name=None,
        valid_from=None,
        contacts=unit_edits.Contacts(),
    )
    assert svc.count_nominations(filled, NominationFilter(search="cuc bac")) == 5
    assert svc.count_nominations(filled, NominationFilter(search="lung cu")) == 0


def test_names_sort_in_vietnamese_order_through_the_stored_key(filled):
    expected = sorted((name for name, _ in TEXTS), key=sort_key)
    assert expected[:4] == ["An Văn Hùng", "Ấn Thị Lan", "Ân Văn Tủa", "Dương Thị Hoa"]  # letters, then tones
    assert [r.name for r in svc.list_nominations(filled, sort="name")] == expected
    assert [r.name for r in svc.list_nominations(filled, sort="name", descending=True)] == expected[::-1]
    # The order is the stored key's: give "Zồ Seo Páo" the key of "A" and it comes first.
    with filled.session() as session:
        session.execute(
            update(Nomination).where(Nomination.name == "Zồ Seo Páo").values(name_sort=sort_key_bytes("A"))
        )
    assert svc.list_nominations(filled, sort="name", limit=1)[0].name == "Zồ Seo Páo"


def test_units_sort_by_their_stored_key(filled):
    rows = svc.list_nominations(filled, sort="unit")
    assert [r.unit_name for r in rows] == sorted((r.unit_name for r in rows), key=sort_key)
    descending = svc.list_nominations(filled, sort="unit", descending=True)
    assert [r.id for r in descending] == [r.id for r in rows][::-1]  # ties by id, the same way
    district = units.list_units(filled, parent_code="026")
    assert [u.name for u in district] == sorted((u.name for u in district), key=sort_key)
    assert len(district) > 10


def test_every_writer_stores_the_sort_key_of_the_name(demo_location):
    """The demo (saves, imports, directory seed) leaves no row with a missing or stale key."""
    from hagiang_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_location)
    try:
        unit_edits.add_unit(
            ws, code="026-NEW", name="Đội Văn nghệ Đồng Văn", kind=UnitKind.OFFICE, parent_code="026"
        )
        with ws.reading() as session:
            for table in (Unit, Nomination):
                rows = session.execute(select(table.name, table.name_sort)).all()
                assert rows
                assert all(key == sort_key_bytes(name) for name, key in rows), table.__name__
    finally:
        ws.close()


@FILE_ONLY  # SQLite's FTS5 table itself (the server's pg_trgm: test_engines_agree.py)
def test_three_characters_or_more_go_through_the_index(filled):
    with filled.session() as session:
        session.execute(text("INSERT INTO nomination_fts (nomination_fts) VALUES ('delete-all')"))
    assert svc.count_nominations(filled, NominationFilter(search="chè shan")) == 0  # the emptied index
    assert svc.list_nominations(filled, NominationFilter(search="chè shan")) == []
    assert svc.count_nominations(filled, NominationFilter(search="ch")) == 5  # LIKE still scans
    with filled.session() as session:
        session.execute(text("INSERT INTO nomination_fts (nomination_fts) VALUES ('rebuild')"))
    assert svc.count_nominations(filled, NominationFilter(search="chè shan")) == 2
