from __future__ import annotations

import calendar
import sqlite3
import unicodedata
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hagiang_desktop.core.vntext import (
    ALPHABET,
    VN_TZ,
    clean_text,
    date_phrase,
    doc_number,
    fold,
    format_date_plain,
    format_date_short,
    format_day_month,
    format_moment,
    looks_like_formula,
    nfc,
    now_vn,
    place_date_line,
    sort_key,
    sort_key_bytes,
    today_vn,
    vi_collation,
)

# The Vietnamese alphabet as the tech notes give it, with f, j, w, z where ICU puts them.
VI_ALPHABET = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
VOWELS = list("aăâeêioôơuưy")
# ngang < huyền < hỏi < ngã < sắc < nặng
TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]

VI_LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONE_MARKS} | set("bcdđghklmnpqrstvx")
)
VI_CHARS = VI_LETTERS + [c.upper() for c in VI_LETTERS] + list(" 0123456789-.,fjwzFJWZ")

vi_text = st.text(alphabet=st.sampled_from(VI_CHARS), max_size=20)
any_text = st.text(max_size=30)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def sign(x: int) -> int:
    return (x > 0) - (x < 0)


# --------------------------------------------------------------------------------------------
# nfc / clean_text
# --------------------------------------------------------------------------------------------


def test_nfc_composes() -> None:
    assert nfc(nfd("Ủy ban nhân dân")) == "Ủy ban nhân dân"
    assert nfc("Ủy ban") == unicodedata.normalize("NFC", "Ủy ban")


def test_clean_text_single_line() -> None:
    assert clean_text("  Đồng \t Văn\r\n  huyện\u00a0 ") == "Đồng Văn huyện"
    assert clean_text(nfd("Mèo   Vạc")) == "Mèo Vạc"
    assert clean_text("Quản\x00 Bạ\x07\x9b") == "Quản Bạ"
    assert clean_text("") == ""
    assert clean_text(" \n\t ") == ""


def test_clean_text_multiline() -> None:
    raw = "  Dòng một  \r\nDòng   hai\r\tthụt\x00 lề \n\n"
    assert clean_text(raw, multiline=True) == "Dòng một\nDòng hai\n\tthụt lề"
    assert clean_text("a\r\n\r\nb", multiline=True) == "a\n\nb"


@given(any_text, st.booleans())
def test_clean_text_is_idempotent_and_nfc(text: str, multiline: bool) -> None:
    once = clean_text(text, multiline=multiline)
    assert clean_text(once, multiline=multiline) == once
    assert unicodedata.is_normalized("NFC", once)
    assert once == once.strip()
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in once)
    if not multiline:
        assert "\n" not in once
        assert "  " not in once


# --------------------------------------------------------------------------------------------
# fold
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đồng Văn", "dong van"),
        ("  MÈO   VẠC ", "meo vac"),
        ("Hoàng Su Phì", "hoang su phi"),
        ("Ủy ban nhân dân", "uy ban nhan dan"),
        ("Quản Bạ", "quan ba"),
        ("ĐẶNG", "dang"),
        ("Ðồng Văn", "dong van"),  # U+00D0 typed for Đ
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(nfd(text)) == folded


def test_fold_old_and_new_tone_placement() -> None:
    old, new = "Hòa", "Hoà"
    assert nfc(old) != nfc(new)
    assert fold(old) == fold(new) == "hoa"
    assert fold("Thủy") == fold("Thuỷ")


@given(any_text)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(vi_text)
def test_fold_nfc_nfd_same(text: str) -> None:
    assert fold(nfd(text)) == fold(nfc(text)) == fold(text)
    assert fold(text).isascii()


# --------------------------------------------------------------------------------------------
# sort order
# --------------------------------------------------------------------------------------------


def test_alphabet_constant() -> None:
    assert list(ALPHABET) == VI_ALPHABET


@given(st.permutations(VI_ALPHABET))
def test_letters_sort_in_alphabet_order(shuffled: list[str]) -> None:
    assert sorted(shuffled, key=sort_key) == VI_ALPHABET
    upper = [c.upper() for c in VI_ALPHABET]
    assert sorted([c.upper() for c in shuffled], key=sort_key) == upper


@given(st.permutations(VI_ALPHABET + [c.upper() for c in VI_ALPHABET]))
def test_mixed_case_letters_sort_lower_first(shuffled: list[str]) -> None:
    expected = [x for c in VI_ALPHABET for x in (c, c.upper())]
    assert sorted(shuffled, key=sort_key) == expected


@pytest.mark.parametrize("vowel", VOWELS)
@pytest.mark.parametrize(("before", "after"), [("", ""), ("b", "n"), ("Ngh", "ng")])
def test_tones_order(vowel: str, before: str, after: str) -> None:
    forms = [nfc(before + vowel + t + after) for t in TONE_MARKS]
    for shuffled in (forms[::-1], forms[3:] + forms[:3]):
        assert sorted(shuffled, key=sort_key) == forms
    upper = [f.upper() for f in forms]
    shuffled_upper = upper[3:] + upper[:3]
    assert sorted(shuffled_upper, key=sort_key) == upper


def test_level_priorities() -> None:
    # a letter difference beats a tone difference, a tone difference beats case
    assert sort_key("ạ") < sort_key("ă")
    assert sort_key("Ạnh") < sort_key("ăn")
    assert sort_key("Ha") < sort_key("hà")
    assert sort_key("ha") < sort_key("Ha")
    assert sort_key("hà") < sort_key("Hà")
    # tones compare left to right once the letters are equal
    assert sort_key("Hoà") < sort_key("Hòa")


def test_space_digits_letters_others() -> None:
    assert sort_key("Cà Mau") < sort_key("Cao Bằng")
    assert sort_key("Bắc Mê") < sort_key("Bắc Quang")
    assert sort_key("Quản Bạ") < sort_key("Quang Bình")
    assert sort_key("1A") < sort_key("A")
    assert sort_key("9") < sort_key("a")
    assert sort_key("Z") < sort_key("Ω")
    assert sort_key("z") < sort_key("~")
    assert sort_key("a b") < sort_key("a1") < sort_key("ab") < sort_key("a~")


def test_d_and_dd() -> None:
    assert sort_key("Dung") < sort_key("Đinh") < sort_key("Em")
    assert sorted(["Zed", "Em", "Đinh", "Yên", "Dung"], key=sort_key) == ["Dung", "Đinh", "Em", "Yên", "Zed"]
    assert sorted(["Zed", "Đinh"]) == ["Zed", "Đinh"]  # what code-point order gets wrong


def test_f_j_w_z_placement() -> None:
    assert sort_key("ê") < sort_key("f") < sort_key("g")
    assert sort_key("i") < sort_key("j") < sort_key("k")
    assert sort_key("v") < sort_key("w") < sort_key("x")
    assert sort_key("y") < sort_key("z")


SURNAMES_SORTED = [
    "An",
    "Ánh",
    "Ấn",
    "Bắc",
    "Bình",
    "Châu",
    "Dương",
    "Đặng",
    "Đỗ",
    "Hoàng",
    "Huỳnh",
    "Lê",
    "Lý",
    "Ngô",
    "Nguyễn",
    "Phạm",
    "Phan",
    "Trần",
    "Trương",
    "Võ",
    "Vũ",
]

DISTRICTS_SORTED = [
    "Bắc Mê",
    "Bắc Quang",
    "Đồng Văn",
    "Hoàng Su Phì",
    "Mèo Vạc",
    "Quản Bạ",
    "Quang Bình",
    "Thành phố Hà Giang",
    "Vị Xuyên",
    "Xín Mần",
    "Yên Minh",
]

FULL_NAMES_SORTED = [
    "Đỗ Thị Hà",
    "Đỗ Thị Hạnh",
    "Hoàng Văn Ánh",
    "Nguyễn Thị Hoa",
    "Nguyễn Thị Hòa",
    "Nguyễn Văn An",
    "Nguyễn Văn Anh",
    "Nguyễn Văn Ánh",
    "Nguyễn Văn Ân",
    "Nguyễn Văn Ấn",
    "nguyễn văn bình",
    "Nguyễn Văn Bình",
]


@pytest.mark.parametrize("expected", [SURNAMES_SORTED, DISTRICTS_SORTED, FULL_NAMES_SORTED])
@given(data=st.data())
def test_realistic_lists(expected: list[str], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(expected))
    assert sorted(shuffled, key=sort_key) == expected
    assert sorted(shuffled, key=sort_key_bytes) == expected
    assert sorted((nfd(x) for x in shuffled), key=sort_key) == [nfd(x) for x in expected]


@given(vi_text)
def test_nfc_and_nfd_give_equal_keys(text: str) -> None:
    assert sort_key(nfd(text)) == sort_key(nfc(text))
    assert sort_key_bytes(nfd(text)) == sort_key_bytes(nfc(text))
    assert vi_collation(nfd(text), nfc(text)) == 0


@given(st.one_of(vi_text, any_text), st.one_of(vi_text, any_text))
def test_collation_is_consistent(a: str, b: str) -> None:
    c = vi_collation(a, b)
    assert c in (-1, 0, 1)
    assert vi_collation(b, a) == -c
    assert (c == 0) == (nfc(a) == nfc(b))
    assert c == sign((sort_key(a) > sort_key(b)) - (sort_key(a) < sort_key(b)))
    assert c == sign((sort_key_bytes(a) > sort_key_bytes(b)) - (sort_key_bytes(a) < sort_key_bytes(b)))


@given(vi_text, vi_text, vi_text)
def test_collation_is_transitive(a: str, b: str, c: str) -> None:
    x, y, z = sorted([a, b, c], key=sort_key)
    assert vi_collation(x, y) <= 0
    assert vi_collation(y, z) <= 0
    assert vi_collation(x, z) <= 0


def test_sqlite_collation_and_key_column() -> None:
    names = [*SURNAMES_SORTED, *DISTRICTS_SORTED, "Zed", "Em", "Đinh", "Cà Mau", "Cao Bằng"]
    expected = sorted(names, key=sort_key)
    assert expected.index("Cà Mau") < expected.index("Cao Bằng")
    assert expected[-1] == "Zed"
    with closing(sqlite3.connect(":memory:")) as con:
        con.create_collation("vi", vi_collation)
        con.execute("CREATE TABLE unit (name TEXT, key BLOB)")
        con.executemany("INSERT INTO unit VALUES (?, ?)", [(n, sort_key_bytes(n)) for n in reversed(names)])
        by_collation = [r[0] for r in con.execute("SELECT name FROM unit ORDER BY name COLLATE vi")]
        by_key = [r[0] for r in con.execute("SELECT name FROM unit ORDER BY key")]
        desc = [r[0] for r in con.execute("SELECT name FROM unit ORDER BY name COLLATE vi DESC")]
        con.execute("CREATE INDEX unit_name_vi ON unit (name COLLATE vi)")
        indexed = [r[0] for r in con.execute("SELECT name FROM unit ORDER BY name COLLATE vi")]
        (minimum,) = con.execute("SELECT min(name COLLATE vi) FROM unit").fetchone()
    assert by_collation == expected
    assert by_key == expected
    assert desc == expected[::-1]
    assert indexed == expected
    assert minimum == "An"


# --------------------------------------------------------------------------------------------
# dates, numbers, time
# --------------------------------------------------------------------------------------------

MONTH_TEXT = {
    1: "01",
    2: "02",
    3: "3",
    4: "4",
    5: "5",
    6: "6",
    7: "7",
    8: "8",
    9: "9",
    10: "10",
    11: "11",
    12: "12",
}
DAY_TEXT = {1: "01", 9: "09", 10: "10", 31: "31"}


@pytest.mark.parametrize(
    ("month", "day"),
    [(m, d) for m in range(1, 13) for d in DAY_TEXT if d <= calendar.monthrange(2018, m)[1]],
)
def test_date_line_every_month(month: int, day: int) -> None:
    d = date(2018, month, day)
    phrase = f"ngày {DAY_TEXT[day]} tháng {MONTH_TEXT[month]} năm 2018"
    assert date_phrase(d) == phrase
    assert place_date_line("Hà Giang", d) == f"Hà Giang, {phrase}"
    assert format_date_short(d) == f"{day:02d}/{month:02d}/2018"


@pytest.mark.parametrize(
    ("place", "d", "line"),
    [
        ("Hà Giang", date(2019, 1, 5), "Hà Giang, ngày 05 tháng 01 năm 2019"),
        ("Hà Giang", date(2018, 4, 4), "Hà Giang, ngày 04 tháng 4 năm 2018"),
        ("Hà Giang", date(2018, 12, 10), "Hà Giang, ngày 10 tháng 12 năm 2018"),
        ("Đồng Văn", date(2018, 1, 5), "Đồng Văn, ngày 05 tháng 01 năm 2018"),
        ("Mèo Vạc", date(2020, 2, 29), "Mèo Vạc, ngày 29 tháng 02 năm 2020"),
        (nfd(" Hà  Giang "), datetime(2018, 4, 13, 23, 59), "Hà Giang, ngày 13 tháng 4 năm 2018"),
    ],
)
def test_date_line_examples(place: str, d: date, line: str) -> None:
    assert place_date_line(place, d) == line


def test_format_date_short() -> None:
    assert format_date_short(date(2018, 4, 14)) == "14/04/2018"
    assert format_date_short(date(2018, 12, 1)) == "01/12/2018"


def test_the_other_date_forms_read_day_month_year_too() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    assert format_date_plain(date(2018, 4, 4)) == "4/4/2018"
    assert format_day_month(date(2018, 4, 14)) == "14/4"
    # 20:30 UTC on the 13th is 03:30 on the 14th in Vietnam; a naive moment is UTC (the database's).
    assert format_moment(datetime(2018, 4, 13, 20, 30, tzinfo=UTC)) == "14/04/2018 03:30"
    assert format_moment(datetime(2018, 4, 13, 20, 30)) == "14/04/2018 03:30"
    at = datetime(2018, 4, 14, 9, 5, 7, tzinfo=timezone(timedelta(hours=7)))
    assert format_moment(at, seconds=True) == "14/04/2018 09:05:07"


@pytest.mark.parametrize(
    ("n", "symbol", "text"),
    [
        (5, "UBND-NV", "Số: 05/UBND-NV"),
        (1, "KH-UBND", "Số: 01/KH-UBND"),
        (9, "UBND-NV", "Số: 09/UBND-NV"),
        (10, "UBND-NV", "Số: 10/UBND-NV"),
        (127, "KH-UBND", "Số: 127/KH-UBND"),
        (1234, " TB-UBND ", "Số: 1234/TB-UBND"),
    ],
)
def test_doc_number(n: int, symbol: str, text: str) -> None:
    assert doc_number(n, symbol) == text


@pytest.mark.parametrize(("n", "symbol"), [(0, "UBND-NV"), (-3, "UBND-NV"), (5, "  ")])
def test_doc_number_rejects(n: int, symbol: str) -> None:
    with pytest.raises(ValueError, match="document number"):
        doc_number(n, symbol)


def test_vietnam_time() -> None:
    before = (datetime.now(UTC) + timedelta(hours=7)).date()
    now = now_vn()
    today = today_vn()
    after = (datetime.now(UTC) + timedelta(hours=7)).date()
    assert now.utcoffset() == timedelta(hours=7)
    assert now.tzinfo == VN_TZ
    assert before <= today <= after
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


# --------------------------------------------------------------------------------------------
# formulas
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+2", "+84 912", "-5", "@SUM(A1)", '=HYPERLINK("x")', "\t=1", "\r=1"])
def test_looks_like_formula(text: str) -> None:
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", ["", "Hà Giang", "0912 345 678", " =1", "a=b", "5-3"])
def test_does_not_look_like_formula(text: str) -> None:
    assert not looks_like_formula(text)


def test_dates_are_written_for_people_only_in_vntext() -> None:
    """One order everywhere (day, month, year, then the time): no date format of its own elsewhere."""
    import re
    from pathlib import Path

    import hagiang_desktop

    own_format = re.compile(r"""strftime\(\s*["']%[dH]|:%d/%m|\.day\}/\{""")
    root = Path(hagiang_desktop.__file__).parent
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "vntext.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if own_format.search(line)
    ]
    assert found == []
