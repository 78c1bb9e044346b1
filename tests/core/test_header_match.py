"""Header texts of real unit lists mapped like a person reads them (issue #19)."""

from __future__ import annotations

import pytest

from hagiang_desktop.core.header_match import match_header, match_headers, propose_mapping


@pytest.mark.parametrize(
    ("header", "key"),
    [
        # names, as units write them
        ("Họ và tên / Tên tập thể", "name"),
        ("Họ, tên", "name"),
        ("Tên đơn vị, cá nhân", "name"),
        ("HỌ VÀ TÊN", "name"),
        ("Họ và tên (*)", "name"),
        ("Tên tập thể, cá nhân được đề nghị", "name"),
        ("Tên mô hình, tập thể, cá nhân, hộ gia đình", "name"),
        ("Tên hộ gia đình", "name"),
        # work unit, address, position
        ("Đơn vị, địa chỉ", "work_unit"),
        ("Đơn vị công tác", "work_unit"),
        ("Cơ quan, đơn vị công tác", "work_unit"),
        ("Chức vụ, chức danh", "position"),
        ("Chức vụ", "position"),
        ("Địa chỉ", "village"),
        ("Xã, phường, thị trấn", "commune"),
        # field and kind
        ("Lĩnh vực", "field_code"),
        ("Ngành, lĩnh vực", "field_code"),
        ("Lĩnh vực đăng ký (ghi mã 2.1 – 2.8)", "field_code"),
        ("Tập thể/cá nhân", "kind"),
        # content
        ("Tóm tắt thành tích nổi bật", "achievements"),
        ("Thành tích đạt được", "achievements"),
        ("Cách làm hay, sáng tạo", "good_practice"),
        ("Năm sinh", "birth_year"),
        ("STT", "row_id"),
        ("Ghi chú", "note"),
    ],
)
def test_real_headers_map_to_their_key(header, key):
    found = match_header(header)
    assert found.key == key, found
    assert 0 < found.score <= 1


def test_exact_header_scores_one_and_a_longer_one_less():
    assert match_header("Họ và tên").score == 1.0
    assert match_header("Họ và tên").reason == "exact"
    combined = match_header("Họ và tên / Tên tập thể")
    assert combined.reason == "words"
    assert 0.5 <= combined.score < 1


def test_ties_and_low_scores_are_left_to_the_clerk():
    tie = match_header("Giới tính, năm sinh")  # gender and birth year equally
    assert tie.key is None
    assert tie.reason == "tie"
    assert set(tie.rivals) == {"gender", "birth_year"}
    low = match_header("Tên cơ quan chủ quản cấp trên trực tiếp quản lý")
    assert low.key is None
    assert low.reason == "low"
    assert match_header("Cột lạ").key is None
    assert match_header("").reason == "none"


def test_a_key_goes_to_one_column_the_best_matching_one():
    matches = match_headers(["Tên", "Họ và tên", "Đơn vị"])
    assert [m.key for m in matches] == [None, "name", "work_unit"]
    assert matches[0].reason == "taken"


def test_the_senders_memory_comes_first():
    assert propose_mapping(["Họ và tên", "Cột lạ"], {"cot la": "note"}) == ["name", "note"]
    # "ignore" remembered: the header is left out even though it would match
    assert propose_mapping(["Họ và tên", "Đơn vị"], {"don vi": None}) == ["name", None]
