from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hagiang_desktop.core.legacy_encoding import (
    Encoding,
    convert,
    count_valid_syllables,
    encoding_from_font,
    guess_column_encoding,
    is_vietnamese_syllable,
    tcvn3_to_unicode,
    vni_to_unicode,
)

# The TCVN3 table exactly as in docs/tech-notes.md (byte string → letters), kept apart from the
# module's copy so that a slip in either shows up.
TCVN3_SOURCE = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦"
TCVN3_TARGET = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"

# Spot checks against the published TCVN 5712:1993 (VN3) code chart, by byte value.
TCVN3_KNOWN = {
    0xB5: "à",
    0xB8: "á",
    0xA8: "ă",
    0xA9: "â",
    0xAA: "ê",
    0xAB: "ô",
    0xAC: "ơ",
    0xAD: "ư",
    0xAE: "đ",
    0xA7: "Đ",
    0xD6: "ệ",
    0xE5: "ồ",
    0xFE: "ỵ",
    0xA1: "Ă",
    0xA6: "Ư",
}

GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"

LOWER_VOWELS = [
    unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in ("", GRAVE, HOOK, TILDE, ACUTE, DOT)
]
ALL_VIETNAMESE = LOWER_VOWELS + [c.upper() for c in LOWER_VOWELS] + ["đ", "Đ"]
ASCII = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------------------------
# Inverse encoders, built here from the tables and rules of the tech notes
# --------------------------------------------------------------------------------------------

TCVN3_ENCODE = dict(zip(TCVN3_TARGET, TCVN3_SOURCE, strict=True))


def to_tcvn3(text: str) -> str:
    return "".join(TCVN3_ENCODE.get(c, c) for c in nfc(text))


VNI_SINGLE_ENCODE = {
    "Đ": "Ñ",
    "đ": "ñ",
    "Ỉ": "Æ",
    "ỉ": "æ",
    "Ĩ": "Ó",
    "ĩ": "ó",
    "Ị": "Ò",
    "ị": "ò",
    "Ỵ": "Î",
    "ỵ": "î",
}
VNI_TONE = {"": "", GRAVE: "ø", ACUTE: "ù", HOOK: "û", TILDE: "õ", DOT: "ï"}
VNI_CIRCUMFLEX = {"": "â", ACUTE: "á", GRAVE: "à", HOOK: "å", TILDE: "ã", DOT: "ä"}
VNI_BREVE = {"": "ê", ACUTE: "é", GRAVE: "è", HOOK: "ú", TILDE: "ü", DOT: "ë"}


def vni_letter(char: str) -> str:
    if char in VNI_SINGLE_ENCODE:
        return VNI_SINGLE_ENCODE[char]
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    if not marks or char in "ìíÌÍ":  # plain letters; ì í stay Latin-1 in VNI
        return char
    upper = base.isupper()
    shape = next((m for m in marks if m in (CIRCUMFLEX, BREVE, HORN)), "")
    tone = next((m for m in marks if m in VNI_TONE and m), "")
    if shape == HORN:
        lead = {"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base]
        modifier = VNI_TONE[tone]
    elif shape == CIRCUMFLEX:
        lead, modifier = base, VNI_CIRCUMFLEX[tone]
    elif shape == BREVE:
        lead, modifier = base, VNI_BREVE[tone]
    else:
        lead, modifier = base, VNI_TONE[tone]
    return lead + (modifier.upper() if upper else modifier)


def to_vni(text: str) -> str:
    return "".join(vni_letter(c) for c in nfc(text))


# --------------------------------------------------------------------------------------------
# TCVN3
# --------------------------------------------------------------------------------------------


def test_tech_notes_table_lines_up() -> None:
    assert len(TCVN3_SOURCE) == len(TCVN3_TARGET) == 74
    assert len(set(TCVN3_SOURCE)) == 74
    assert "\u00ad" in TCVN3_SOURCE
    for code, letter in TCVN3_KNOWN.items():
        assert TCVN3_TARGET[TCVN3_SOURCE.index(chr(code))] == letter


def test_tcvn3_table_letter_by_letter() -> None:
    for source, target in zip(TCVN3_SOURCE, TCVN3_TARGET, strict=True):
        assert tcvn3_to_unicode(source) == target


def test_tcvn3_example() -> None:
    assert tcvn3_to_unicode("Uû ban nh©n d©n huyÖn §ång V¨n") == "Uỷ ban nhân dân huyện Đồng Văn"
    assert tcvn3_to_unicode("Uû ban nh©n d©n tØnh Hµ Giang") == "Uỷ ban nhân dân tỉnh Hà Giang"
    assert tcvn3_to_unicode("Hoµng Su Ph×, MÌo V¹c") == "Hoàng Su Phì, Mèo Vạc"


def test_tcvn3_capitals_font() -> None:
    assert (
        tcvn3_to_unicode("uû ban nh©n d©n huyÖn ®ång v¨n", capitals=True) == "UỶ BAN NHÂN DÂN HUYỆN ĐỒNG VĂN"
    )
    assert (
        convert("céng hßa x· héi chñ nghÜa viÖt nam", Encoding.TCVN3_CAPS)
        == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )


@given(st.text(alphabet=st.sampled_from(ASCII + list(TCVN3_TARGET)), max_size=40))
def test_tcvn3_round_trip(text: str) -> None:
    encoded = to_tcvn3(text)
    assert all(ord(c) <= 0xFF for c in encoded)
    assert tcvn3_to_unicode(encoded) == nfc(text)
    assert convert(encoded, Encoding.TCVN3) == nfc(text)


@given(st.text(alphabet=st.sampled_from(ASCII[:26] + [" "] + list(TCVN3_TARGET[:-7])), max_size=40))
def test_tcvn3_caps_round_trip(text: str) -> None:
    assert tcvn3_to_unicode(to_tcvn3(text), capitals=True) == nfc(text.upper())


def test_tcvn3_output_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Hà")
    assert tcvn3_to_unicode(decomposed) == "Hà"


# --------------------------------------------------------------------------------------------
# VNI
# --------------------------------------------------------------------------------------------


def test_vni_example() -> None:
    assert vni_to_unicode("UÛy ban nhaân daân") == "Ủy ban nhân dân"
    assert vni_to_unicode("UÛY BAN NHAÂN DAÂN") == "ỦY BAN NHÂN DÂN"
    assert vni_to_unicode("Ñoàng Vaên, Meøo Vaïc, Hoaøng Su Phì") == "Đồng Văn, Mèo Vạc, Hoàng Su Phì"
    assert vni_to_unicode("Tröông Thò Höông") == "Trương Thị Hương"
    assert vni_to_unicode("Nguyeãn Vaên Ñaëng") == "Nguyễn Văn Đặng"
    assert vni_to_unicode("ÑOÀNG VAÊN") == "ĐỒNG VĂN"
    assert vni_to_unicode("thuôû") == "thuở"
    assert vni_to_unicode("ñöôïc") == "được"


def test_vni_modifier_without_vowel_is_kept() -> None:
    assert vni_to_unicode("Hà Giang") == "Hà Giang"  # à after a consonant stays
    assert vni_to_unicode("aùù") == "áù"  # a second tone does not stack


@given(st.text(alphabet=st.sampled_from(ASCII + ALL_VIETNAMESE), max_size=40))
def test_vni_round_trip(text: str) -> None:
    encoded = to_vni(text)
    assert all(ord(c) <= 0xFF for c in encoded)
    assert vni_to_unicode(encoded) == nfc(text)
    assert convert(encoded, Encoding.VNI) == nfc(text)


# --------------------------------------------------------------------------------------------
# Fonts, conversion, guessing
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", Encoding.TCVN3),
        (".VnArial", Encoding.TCVN3),
        (".VnTimeH", Encoding.TCVN3_CAPS),
        (".VnArialH", Encoding.TCVN3_CAPS),
        (".VnArial NarrowH", Encoding.TCVN3_CAPS),
        (".VnBook-Antiqua", Encoding.TCVN3),
        (".vntime", Encoding.TCVN3),
        (" .VnTime ", Encoding.TCVN3),
        ("VNI-Times", Encoding.VNI),
        ("VNI-Helve", Encoding.VNI),
        ("vni-times", Encoding.VNI),
        ("Times New Roman", None),
        ("Calibri", None),
        ("VnTime", None),
        ("", None),
        (None, None),
    ],
)
def test_encoding_from_font(font: str | None, encoding: Encoding | None) -> None:
    assert encoding_from_font(font) == encoding


def test_encoding_values() -> None:
    assert [e.value for e in Encoding] == ["unicode", "tcvn3", "tcvn3_caps", "vni"]
    assert convert("Hà Giang", Encoding.UNICODE) == "Hà Giang"
    assert convert(unicodedata.normalize("NFD", "Hà Giang"), Encoding.UNICODE) == "Hà Giang"


@pytest.mark.parametrize(
    "word",
    [
        "Nguyễn",
        "Văn",
        "Đặng",
        "quyết",
        "giữa",
        "khuya",
        "Huỳnh",
        "thuở",
        "Vạc",
        "Mần",
        "Phì",
        "nghiêng",
        "oanh",
    ],
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)
    assert is_vietnamese_syllable(unicodedata.normalize("NFD", word))


@pytest.mark.parametrize("word", ["Hmông", "ác̀", "Vac", "bát̃", "Mac", "xyz", "nhaõn", "NguyƠn", "sṕ", "ñ"])
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Hoa",
    "Lê Văn Hùng",
    "Phạm Minh Tuấn",
    "Đặng Thị Lan",
    "Hoàng Văn Thắng",
    "Vũ Thị Mai",
    "Ngô Quang Huy",
    "Bùi Thị Thu",
    "Đỗ Văn Long",
]
PLACES = [
    "Lũng Cú",
    "Sủng Là",
    "Mèo Vạc",
    "Đồng Văn",
    "Phó Bảng",
    "Sà Phìn",
    "Lũng Táo",
    "Thài Phìn Tủng",
    "Quản Bạ",
    "Yên Minh",
]
LATIN1_ONLY = [
    "Hà Giang",
    "Mùa Mí Pó",
    "Sùng Mí Páo",
    "Lù Mí Chá",
    "Vàng Mí Lù",
    "Giàng",
    "Pà",
    "Mí",
    "Cán",
    "Sà",
]


@pytest.mark.parametrize("column", [NAMES, PLACES])
def test_guess_column(column: list[str]) -> None:
    assert guess_column_encoding(column) is Encoding.UNICODE
    tcvn3 = [to_tcvn3(c) for c in column]
    vni = [to_vni(c) for c in column]
    assert guess_column_encoding(tcvn3) is Encoding.TCVN3
    assert guess_column_encoding(vni) is Encoding.VNI
    assert [convert(c, guess_column_encoding(tcvn3)) for c in tcvn3] == column
    assert [convert(c, guess_column_encoding(vni)) for c in vni] == column
    assert count_valid_syllables(" ".join(column)) == sum(len(c.split()) for c in column)


def test_guess_column_unicode_without_letters_beyond_latin1() -> None:
    assert all(ord(c) <= 0xFF for c in "".join(LATIN1_ONLY))
    assert guess_column_encoding(LATIN1_ONLY) is Encoding.UNICODE


def test_guess_column_edge_cases() -> None:
    assert guess_column_encoding([]) is Encoding.UNICODE
    assert guess_column_encoding(["", "", ""]) is Encoding.UNICODE
    assert guess_column_encoding(["Ha Giang", "Su Phi", "123"]) is Encoding.UNICODE
    # one Unicode letter beyond Latin-1 settles it even among legacy-looking cells
    assert guess_column_encoding(["Nguyễn", "NguyÔn V¨n An"]) is Encoding.UNICODE
