"""A row's kind and field read from what it says, with the words as data (issue #19)."""

from __future__ import annotations

import tomllib

import pytest

from hagiang_desktop.core.nominee_inference import (
    KeywordsError,
    infer_field,
    infer_kind,
    keywords_path,
    load_keywords,
)
from hagiang_desktop.core.plan import default_plan_path, load_plan

PATH = keywords_path(default_plan_path())
KW = load_keywords(PATH)


@pytest.mark.parametrize(
    ("name", "position", "reason"),
    [
        ("Hộ ông Vàng Mí Lử", "", "household_name"),
        ("Hộ bà Lý Thị Mai", "", "household_name"),
        ("Hộ gia đình ông Sùng Mí Chá", "", "household_name"),
        ("HỘ GIA ĐÌNH BÀ GIÀNG THỊ DỞ", "", "household_name"),
        ("Gia đình ông Lò Văn Pao", "", "household_name"),
        ("Thào Thị Mỷ", "Chủ hộ", "household_position"),
    ],
)
def test_households(name, position, reason):
    found = infer_kind(KW, name, position)
    assert (found.key, found.value, found.reason) == ("kind", "household", reason)


@pytest.mark.parametrize(
    "name",
    [
        "Trạm Y tế xã Lũng Cú",
        "Trường PTDTBT Tiểu học Sủng Là",
        "Phòng Giáo dục và Đào tạo huyện Đồng Văn",
        "Ban Chỉ huy Quân sự xã Lũng Cú",
        "Hội Phụ nữ xã Lũng Táo",
        "Đoàn Thanh niên xã Sủng Là",
        "Chi đoàn thôn Lũng Cẩm",
        "Chi hội Nông dân thôn Séo Lủng",
        "Hợp tác xã chè Phìn Hồ",
        "HTX Mật ong bạc hà",
        "Công ty TNHH Hà Giang Xanh",
        "UBND xã Lũng Cú",
        "Đội công tác xã hội",
        "Tổ hòa giải thôn Thèn Pả",
        "Thôn Lô Lô Chải",
        "Bản Phìn Hồ",
        "Xã Lũng Cú",
        "Cơ quan Ủy ban Mặt trận Tổ quốc huyện",
        "Văn phòng HĐND và UBND huyện",
        "Đồn Biên phòng Lũng Cú",
    ],
)
def test_bodies_are_collectives(name):
    found = infer_kind(KW, name)
    assert (found.value, found.reason) == ("collective", "body"), found


def test_a_position_tap_the_is_a_collective():
    assert infer_kind(KW, "Lớp 5A", "Tập thể").reason == "collective_position"


@pytest.mark.parametrize(
    "name",
    [
        "Giàng Seo Pà",
        "Lò Thị Hoa",
        "Đoàn Văn Hùng",  # "Đoàn" is also a family name
        "Tô Thị Lan",  # "Tô", not "Tổ"
        "Bàn Văn Minh",  # a Dao family name, not "Bản"
        "Hạ Văn Sính",
        "Đới Thị Sen",  # folds like "Đội", but the marks differ
        "Hồ Thị Sùng",  # folds like "Hộ", but the marks differ
    ],
)
def test_persons_are_individuals(name):
    found = infer_kind(KW, name)
    assert (found.value, found.reason) == ("individual", "person"), found


#: What lists write in their sector column, per field.
SECTORS = {
    "2.1": ["Cơ quan, đơn vị kiểu mẫu", "Cải cách hành chính", "Khối cơ quan hành chính"],
    "2.2": ["Quốc phòng - An ninh", "QP-AN", "An ninh trật tự", "Quân sự địa phương"],
    "2.3": ["Giáo dục - Đào tạo", "Giáo dục và Đào tạo", "GIÁO DỤC", "Giao duc dao tao"],
    "2.4": ["Y tế", "Y tế, chăm sóc sức khỏe nhân dân", "Dân số - KHHGĐ"],
    "2.5": ["Hội, đoàn thể", "Đoàn thể", "Hội Phụ nữ", "Mặt trận Tổ quốc", "Công đoàn"],
    "2.6": ["Nông thôn mới gắn với Làng văn hóa", "Xây dựng nông thôn mới", "Văn hóa", "Bảo vệ môi trường"],
    "2.7": ["Sản xuất - Kinh doanh", "Sản xuất, kinh doanh", "Doanh nghiệp", "Nông nghiệp", "Du lịch"],
    "2.8": ["Kinh tế hộ gia đình", "Phát triển kinh tế hộ gia đình", "Làm giàu", "Kinh tế vườn"],
}


@pytest.mark.parametrize(("code", "texts"), SECTORS.items())
def test_every_fields_sector_words(code, texts):
    for text in texts:
        found = infer_field(KW, "collective", text)
        assert found is not None, text
        assert (found.value, found.reason) == (code, "sector"), (text, found)


def test_every_phrase_of_the_data_file_reads_as_its_field():
    with PATH.open("rb") as handle:
        words = tomllib.load(handle)["field"]["words"]
    plan = load_plan(default_plan_path())
    assert set(words) == {f.code for f in plan.fields if not f.open}  # the open field is named, never guessed
    for code, phrases in words.items():
        for phrase in phrases:
            found = infer_field(KW, "individual", phrase)
            assert found is not None, phrase
            assert found.value == code, (phrase, found)


def test_households_go_to_their_field_whatever_the_sector_says():
    found = infer_field(KW, "household", "Chăn nuôi")
    assert (found.value, found.reason) == ("2.8", "household_field")


def test_without_a_sector_the_name_or_work_unit_tells_the_field():
    found = infer_field(KW, "individual", "", ("Lò Thị Hoa", "Trường Mầm non Lũng Cú", "Giáo viên"))
    assert (found.value, found.reason, found.evidence) == ("2.3", "words", "mầm non")
    assert infer_field(KW, "collective", "", ("Trạm Y tế xã Lũng Cú",)).value == "2.4"
    assert infer_field(KW, "individual", "", ("Giàng Seo Pà",)) is None  # nothing tells: the clerk decides


def test_the_longest_phrase_wins():
    assert infer_field(KW, "collective", "Vệ sinh môi trường trường học").value == "2.6"
    assert infer_field(KW, "collective", "Hộ sản xuất kinh doanh giỏi").value == "2.8"
    assert infer_field(KW, "collective", "Sản xuất kinh doanh").value == "2.7"


def test_other_field_when_the_plan_has_one(tmp_path):
    text = PATH.read_text(encoding="utf-8").replace('other = ""', 'other = "2.9"')
    path = tmp_path / "p.import.toml"
    path.write_text(text, encoding="utf-8")
    found = infer_field(load_keywords(path), "individual", "", ("Giàng Seo Pà",))
    assert (found.value, found.reason) == ("2.9", "other_field")


def test_a_phrase_given_to_two_fields_is_refused(tmp_path):
    path = tmp_path / "p.import.toml"
    path.write_text('[field.words]\n"2.3" = ["trường"]\n"2.4" = ["Trường"]\n', encoding="utf-8")
    with pytest.raises(KeywordsError):
        load_keywords(path)
