"""Letterhead rules of Nghị định 30/2020 (issue #15 item 1): issuer, superior, signature, breaks."""

from __future__ import annotations

from hagiang_desktop.core.letterhead import (
    Body,
    addressee,
    break_name,
    default_letterhead,
    heading,
    signature_titles,
)

RECIPIENT = "UBND tỉnh Hà Giang (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)"
PROVINCE = Body("province", "Tỉnh Hà Giang", "Hà Giang", "02")
DISTRICT = Body("district", "Huyện Đồng Văn", "Đồng Văn", "026")
OFFICE = Body("office", "Phòng Nội vụ huyện Đồng Văn", "Phòng Nội vụ", "026-NV")
CULTURE = Body(
    "office", "Phòng Văn hóa và Thông tin huyện Đồng Văn", "Phòng Văn hóa và Thông tin", "026-VHTT"
)
COMMUNE = Body("commune", "Xã Sính Lủng", "Sính Lủng", "00748")
DEPARTMENT = Body("department", "Sở Công Thương tỉnh Hà Giang", "Sở Công Thương", "02-SCT")
ENTERPRISE = Body("enterprise", "Công ty Điện lực Hà Giang", "Điện lực Hà Giang", "02-PCHG")


def test_headings_follow_decree_30() -> None:
    # A people's committee has no superior line; an office sits under its UBND; a department's
    # name is not repeated under "UBND TỈNH".
    assert heading(COMMUNE, DISTRICT) == ("", "ỦY BAN NHÂN DÂN XÃ SÍNH LỦNG")
    assert heading(DISTRICT, PROVINCE) == ("", "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN")
    assert heading(OFFICE, DISTRICT) == ("UBND HUYỆN ĐỒNG VĂN", "PHÒNG NỘI VỤ")
    assert heading(DEPARTMENT, PROVINCE) == ("UBND TỈNH HÀ GIANG", "SỞ CÔNG THƯƠNG")
    assert heading(ENTERPRISE, PROVINCE) == ("", "CÔNG TY ĐIỆN LỰC HÀ GIANG")


def test_signature_lines_by_authority() -> None:
    ubnd = "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN"
    assert signature_titles(ubnd, "KT", "Phó Chủ tịch") == (
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )
    assert signature_titles(ubnd, "TM", "Chủ tịch") == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert signature_titles("PHÒNG NỘI VỤ", "KT", "Phó Trưởng phòng") == (
        "KT. TRƯỞNG PHÒNG",
        "PHÓ TRƯỞNG PHÒNG",
    )
    assert signature_titles("PHÒNG NỘI VỤ", "", "Trưởng phòng") == ("TRƯỞNG PHÒNG",)
    assert signature_titles("SỞ CÔNG THƯƠNG", "Q", "") == ("Q. GIÁM ĐỐC",)
    assert signature_titles("SỞ CÔNG THƯƠNG", "TL", "Chánh Văn phòng") == ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG")
    assert signature_titles(ubnd, "TUQ", "Chánh Văn phòng")[0] == "TUQ. CHỦ TỊCH"


def test_defaults_by_the_offices_kind() -> None:
    # A district's office: its list and letter are issued by UBND huyện, signed TM./KT./PHÓ CHỦ TỊCH.
    district_list = default_letterhead("list", OFFICE, DISTRICT, recipient=RECIPIENT, issuing_body=DISTRICT)
    assert (district_list.superior, district_list.issuer) == ("", "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN")
    assert district_list.titles() == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert district_list.number_line().endswith("/DS-UBND")
    assert district_list.recipients[0] == RECIPIENT
    key_form = default_letterhead("key-form", OFFICE, DISTRICT, recipient=RECIPIENT)
    assert (key_form.superior, key_form.issuer, key_form.titles()) == (
        "UBND HUYỆN ĐỒNG VĂN", "PHÒNG NỘI VỤ", ("TRƯỞNG PHÒNG",),
    )  # fmt: skip
    commune = default_letterhead("list", COMMUNE, DISTRICT, recipient=RECIPIENT)
    assert (commune.superior, commune.issuer) == ("", "ỦY BAN NHÂN DÂN XÃ SÍNH LỦNG")
    department = default_letterhead("list", DEPARTMENT, PROVINCE, recipient=RECIPIENT)
    assert (department.superior, department.issuer, department.titles()) == (
        "UBND TỈNH HÀ GIANG", "SỞ CÔNG THƯƠNG", ("GIÁM ĐỐC",),
    )  # fmt: skip
    assert department.number_line().endswith("/DS-SCT")
    enterprise = default_letterhead("list", ENTERPRISE, PROVINCE, recipient=RECIPIENT)
    assert (enterprise.superior, enterprise.issuer, enterprise.titles()) == (
        "", "CÔNG TY ĐIỆN LỰC HÀ GIANG", ("GIÁM ĐỐC",),
    )  # fmt: skip


def test_forms_are_addressed_by_the_units_path() -> None:
    assert addressee([COMMUNE, DISTRICT, PROVINCE], RECIPIENT) == "UBND huyện Đồng Văn (qua Phòng Nội vụ)"
    assert addressee([OFFICE, DISTRICT, PROVINCE], RECIPIENT) == "UBND huyện Đồng Văn"
    school = Body("public_unit", "Trường Tiểu học Sính Lủng", "", "X")
    assert (
        addressee([school, COMMUNE, DISTRICT, PROVINCE], RECIPIENT)
        == "UBND huyện Đồng Văn (qua Phòng Nội vụ)"
    )
    assert addressee([DEPARTMENT, PROVINCE], RECIPIENT) == (
        "Giám đốc Sở Công Thương tỉnh Hà Giang (qua bộ phận thi đua, khen thưởng)"
    )
    assert addressee([ENTERPRISE, PROVINCE], RECIPIENT).startswith(
        "Giám đốc Công ty Điện lực Hà Giang (qua bộ phận"
    )
    assert addressee([DISTRICT, PROVINCE], RECIPIENT) == RECIPIENT


def test_long_names_break_between_words_at_the_natural_place() -> None:
    def narrow(line: str) -> bool:
        return len(line) <= 22

    assert break_name("ỦY BAN NHÂN DÂN HUYỆN ĐỒNG VĂN", narrow) == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG VĂN"]
    assert break_name("SỞ CÔNG THƯƠNG TỈNH HÀ GIANG", narrow) == ["SỞ CÔNG THƯƠNG", "TỈNH HÀ GIANG"]
    assert break_name("PHÒNG VĂN HÓA VÀ THÔNG TIN", narrow) == ["PHÒNG VĂN HÓA", "VÀ THÔNG TIN"]
    assert break_name("PHÒNG NỘI VỤ", narrow) == ["PHÒNG NỘI VỤ"]
    # "XÃ" is a commune only on its own; a term or a place is never split.
    assert break_name("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN ĐỒNG VĂN", lambda line: len(line) <= 27) == [
        "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
        "HUYỆN ĐỒNG VĂN",
    ]
    assert break_name("HỢP TÁC XÃ NÔNG NGHIỆP VÀ DỊCH VỤ LŨNG CÚ", narrow) == [
        "HỢP TÁC XÃ NÔNG NGHIỆP",
        "VÀ DỊCH VỤ LŨNG CÚ",
    ]
    # Too narrow for any natural break: still not after "VÀ", not inside "THÔNG TIN".
    lines = break_name("PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN ĐỒNG VĂN", lambda line: len(line) <= 20)
    assert not lines[0].endswith((" VÀ", " THÔNG")), lines
    lines = break_name("CÔNG TY ĐIỆN LỰC HÀ GIANG", lambda _line: False)
    assert lines == ["CÔNG TY ĐIỆN LỰC", "HÀ GIANG"]
    # Never inside a word, never more than two lines, even for a name too long for them.
    long = "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP GIÁO DỤC THƯỜNG XUYÊN KỸ THUẬT TỔNG HỢP"
    lines = break_name(long, narrow)
    assert len(lines) == 2
    assert " ".join(lines) == long
