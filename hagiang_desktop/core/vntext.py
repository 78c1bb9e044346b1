"""Vietnamese text helpers: normalisation, search folding, alphabetical order, dates and numbers.

Everything here is plain Python (no Qt, no database) so that every layer can use it.

* Text is stored in Unicode NFC (:func:`nfc`, :func:`clean_text`).
* Search ignores case and diacritics (:func:`fold`): "dong van" finds "Đồng Văn".
* Lists sort in Vietnamese alphabetical order (:func:`sort_key`, :func:`sort_key_bytes`,
  :func:`vi_collation` for ``ORDER BY name COLLATE vi`` in SQLite):
  a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with f, j, w, z after their Latin
  neighbours as ICU does; tones are a secondary difference (ngang < huyền < hỏi < ngã < sắc <
  nặng), case a tertiary one (lower case first); white space sorts before digits, digits before
  letters, and any other character after the letters, by code point.
* Official-document pieces (Nghị định 30/2020/NĐ-CP): the place-and-date line
  (:func:`place_date_line`) and the document number (:func:`doc_number`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

__all__ = [
    "ALPHABET",
    "VN_TZ",
    "SortKey",
    "clean_text",
    "date_phrase",
    "doc_number",
    "fold",
    "format_date_of",
    "format_date_plain",
    "format_date_short",
    "format_day_month",
    "format_moment",
    "INVISIBLE",
    "is_formula_text",
    "looks_like_formula",
    "nfc",
    "now_vn",
    "place_date_line",
    "sort_key",
    "sort_key_bytes",
    "today_vn",
    "vi_collation",
]

#: The letters in Vietnamese alphabetical order, with f, j, w and z placed as ICU's ``vi``
#: collation places them (after e/ê, i, v and y respectively).
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

#: Vietnam time: UTC+7 all year (no daylight saving), so no time-zone database is needed.
VN_TZ = timezone(timedelta(hours=7))

#: A sort key: (primary, secondary, tertiary, NFC text). Compare keys with ``<``.
SortKey = tuple[str, str, str, str]

# --------------------------------------------------------------------------------------------
# Normalisation and cleaning
# --------------------------------------------------------------------------------------------

# Characters that break a line in multi-line text (besides "\n", "\r\n" and "\r").
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def nfc(text: str) -> str:
    """Return ``text`` in Unicode Normalization Form C.

    Args:
        text: Any text, for example as typed with Unikey in either composed or decomposed form.

    Returns:
        The NFC form, the form stored everywhere in the program.
    """
    return unicodedata.normalize("NFC", text)


#: Characters that show nothing or only turn the text's direction: zero-width space, joiners,
#: word joiner, byte-order mark, and the bidirectional controls (U+202E turned "gpj.exe" round).
#: A name holding one looks like another name and defeated duplicate detection (#20).
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _is_control(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in INVISIBLE


def _collapse_line(line: str) -> str:
    # Runs of white space other than tabs become one space; tabs are kept (indentation);
    # spaces at both ends and tabs at the end are trimmed.
    parts: list[str] = []
    run = False
    for char in line:
        if char != "\t" and char.isspace():
            run = True
            continue
        if run and parts:
            parts.append(" ")
        run = False
        parts.append(char)
    return "".join(parts).lstrip(" ").rstrip(" \t")


def clean_text(text: str, multiline: bool = False) -> str:
    r"""Clean text typed or imported by a user before it is stored.

    The result is NFC; control characters (C0 and C1) and the invisible and direction-control
    characters of :data:`INVISIBLE` are dropped; white space is trimmed at
    both ends and every internal run of white space becomes one space.

    In multi-line mode line breaks survive: "\r\n", "\r" and the other Unicode line
    separators become "\n"; tabs are kept (a line may start with tabs); in each line runs of
    other white space become one space and spaces at its ends are trimmed; the whole text is
    then stripped (so blank lines at the start and end go).

    Args:
        text: The raw text.
        multiline: Keep line breaks and tabs (for notes and descriptions) instead of joining
            everything onto one line.

    Returns:
        The cleaned NFC text (possibly empty).
    """
    if not multiline:
        kept = "".join(c for c in text if c.isspace() or not _is_control(c))
        return nfc(" ".join(kept.split()))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for br in _LINE_BREAKS:
        text = text.replace(br, "\n")
    kept = "".join(c for c in text if c in "\n\t" or not _is_control(c))
    lines = [_collapse_line(line) for line in kept.split("\n")]
    return nfc("\n".join(lines).strip())


# --------------------------------------------------------------------------------------------
# Search folding
# --------------------------------------------------------------------------------------------


class _FoldTable(dict[int, "str | None"]):
    """Lazily filled ``str.translate`` table: drops non-spacing marks, maps đ/ð to d."""

    def __missing__(self, key: int) -> str | None:
        char = chr(key)
        value: str | None
        if unicodedata.category(char) == "Mn" or char in INVISIBLE:
            value = None  # marks, and characters that show nothing (a zero-width space hid a twin)
        elif char in "đð":
            value = "d"
        else:
            value = char
        self[key] = value
        return value


_FOLD_TABLE = _FoldTable()


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return " ".join(decomposed.translate(_FOLD_TABLE).split())


def fold(text: str) -> str:
    """Fold text for searching: no diacritics, no case, single spaces.

    NFD, drop the combining marks, map đ→d and Đ→D (also the look-alike Ð/ð, U+00D0/U+00F0,
    sometimes typed for Đ/đ), case-fold, collapse white space. The fold is idempotent and gives
    the same result for NFC and NFD input and for old and new tone placement ("Hòa"/"Hoà").

    Args:
        text: Text to fold (a stored value or a search query).

    Returns:
        The folded text; for Vietnamese it is plain ASCII, e.g. "Đồng Văn" → "dong van".
    """
    result = _fold_once(text)
    if result.isascii():
        return result
    # Rare non-Latin input: case folding can create new marks (e.g. "İ" → "i̇"); iterate.
    for _ in range(4):
        again = _fold_once(result)
        if again == result:
            break
        result = again
    return result


# --------------------------------------------------------------------------------------------
# Vietnamese alphabetical order
# --------------------------------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

# Secondary weights of the tones: ngang < huyền < hỏi < ngã < sắc < nặng.
_TONE_WEIGHT = {"": "\x01", _GRAVE: "\x02", _HOOK: "\x03", _TILDE: "\x04", _ACUTE: "\x05", _DOT: "\x06"}
_OTHER_ACCENT = "\x07"  # a Latin letter with a non-Vietnamese diacritic, e.g. "ç", "ǎ"
_LONE_MARK = "\x08"  # a combining mark left over after NFC
_COMMON = "\x01"
_UPPER = "\x02"

# Letters that a vowel modifier turns into a letter of its own.
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}

# Primary weights: white space < digits < letters < anything else (by code point).
_SPACE_PRIMARY = "\x01"
_DIGIT_PRIMARY = {str(d): chr(0x02 + d) for d in range(10)}
_LETTER_PRIMARY = {letter: chr(0x10 + i) for i, letter in enumerate(ALPHABET)}
_OTHER_PREFIX = "\x40"  # above every letter weight; followed by the character itself


@functools.cache
def _weights(code: int) -> tuple[str | None, str | None, str | None]:
    """Return the (primary, secondary, tertiary) weights of one NFC character."""
    char = chr(code)
    if char.isspace():
        return _SPACE_PRIMARY, _COMMON, _COMMON
    if char in _DIGIT_PRIMARY:
        return _DIGIT_PRIMARY[char], _COMMON, _COMMON
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    lower = base.lower()
    if lower in _LETTER_PRIMARY and len(lower) == 1:
        marks = decomposed[1:]
        letter = lower
        for mark in marks:
            modified = _MODIFIED.get((lower, mark))
            if modified is not None:
                letter = modified
                marks = marks.replace(mark, "", 1)
                break
        secondary = _TONE_WEIGHT.get(marks, _OTHER_ACCENT)
        tertiary = _UPPER if base != lower else _COMMON
        return _LETTER_PRIMARY[letter], secondary, tertiary
    if unicodedata.category(char) == "Mn":
        return None, _LONE_MARK, None
    # NUL never appears inside a level, so that sort_key_bytes can join the levels with it.
    return _OTHER_PREFIX + (char if code else "\x01"), _COMMON, _COMMON


class _LevelTable(dict[int, "str | None"]):
    """Lazily filled ``str.translate`` table giving one level's weight of each character."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self._level = level

    def __missing__(self, key: int) -> str | None:
        value = _weights(key)[self._level]
        self[key] = value
        return value


_PRIMARY = _LevelTable(0)
_SECONDARY = _LevelTable(1)
_TERTIARY = _LevelTable(2)

# Fill the tables for ASCII, Latin-1, Latin Extended-A/B and Latin Extended Additional (all
# Vietnamese letters) up front, so that sorting Vietnamese text never leaves C code.
for _code in (*range(0x250), *range(0x1E00, 0x1F00)):
    for _table in (_PRIMARY, _SECONDARY, _TERTIARY):
        _table[_code]  # noqa: B018 - filling the table
del _code, _table


@functools.lru_cache(maxsize=1 << 17)
def sort_key(text: str) -> SortKey:
    """Return the Vietnamese sort key of ``text``.

    Keys compare with ``<`` in Vietnamese alphabetical order: letters first (the alphabet in
    :data:`ALPHABET`), then tones (ngang < huyền < hỏi < ngã < sắc < nặng), then case (lower
    before upper), and finally the NFC text itself so that only equal texts have equal keys.
    White space sorts before digits and digits before letters ("Cà Mau" < "Cao Bằng"); other
    characters sort after the letters by code point. NFC and NFD input give equal keys.

    Results are cached (up to 131,072 strings, about 45 MB of keys).

    Args:
        text: The text to sort.

    Returns:
        A tuple of four strings.
    """
    normal = unicodedata.normalize("NFC", text)
    return (
        normal.translate(_PRIMARY),
        normal.translate(_SECONDARY),
        normal.translate(_TERTIARY),
        normal,
    )


@functools.lru_cache(maxsize=1 << 16)
def sort_key_bytes(text: str) -> bytes:
    """Return the sort key of ``text`` as bytes that compare like :func:`sort_key`.

    Bytes compare with ``memcmp`` in SQLite (a BLOB column), so a stored key column sorts in
    Vietnamese order without any Python collation, and can be indexed.

    Args:
        text: The text to sort.

    Returns:
        The levels of the key joined by NUL bytes, encoded as UTF-8.
    """
    return "\x00".join(sort_key(text)).encode("utf-8", "surrogatepass")


def vi_collation(a: str, b: str) -> int:
    """Compare two strings in Vietnamese order, for ``sqlite3.Connection.create_collation``.

    Example:
        ``connection.create_collation("vi", vi_collation)`` then
        ``SELECT name FROM unit ORDER BY name COLLATE vi``.

    Args:
        a: First string.
        b: Second string.

    Returns:
        -1 if ``a`` sorts first, 1 if ``b`` does, 0 if they are canonically equivalent.

    Note:
        SQLite calls back into Python for every comparison: about 1.1 s to order 100,000
        names. For long lists store :func:`sort_key_bytes` in an indexed BLOB column and
        ``ORDER BY`` that instead (about 0.1 s).
    """
    if a == b:
        return 0
    key_a = sort_key(a)
    key_b = sort_key(b)
    primary_a, primary_b = key_a[0], key_b[0]
    if primary_a != primary_b:  # the usual case, decided by the letters alone
        return -1 if primary_a < primary_b else 1
    return (key_a > key_b) - (key_a < key_b)


# --------------------------------------------------------------------------------------------
# Dates, document numbers, time
# --------------------------------------------------------------------------------------------


def date_phrase(d: date) -> str:
    """Return the date part of an official date line, e.g. "ngày 04 tháng 4 năm 2018".

    Days below 10 and the months 1 and 2 take a leading zero; months 3 to 12 do not
    (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    Args:
        d: The date.

    Returns:
        "ngày DD tháng M năm YYYY".
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def place_date_line(place: str, d: date) -> str:
    """Return the place-and-date line of an official document.

    Example:
        ``place_date_line("Hà Giang", date(2018, 4, 4))`` → "Hà Giang, ngày 04 tháng 4 năm 2018".

    Args:
        place: The place name, e.g. "Hà Giang" or "Đồng Văn".
        d: The date of the document.

    Returns:
        The line, NFC.
    """
    return nfc(f"{clean_text(place)}, {date_phrase(d)}")


def format_date_short(d: date) -> str:
    """Return a numeric date as "dd/mm/yyyy", e.g. "14/04/2018".

    Args:
        d: The date.

    Returns:
        The date with day and month zero-padded to two digits and a four-digit year.
    """
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date_plain(d: date) -> str:
    """Return a numeric date as the plan writes it, without leading zeros: "4/4/2018".

    Args:
        d: The date.

    Returns:
        "d/m/yyyy".
    """
    return f"{d.day}/{d.month}/{d.year}"


def format_day_month(d: date) -> str:
    """Return a day of the year without the year, for charts and short notes: "14/4".

    Args:
        d: The date.

    Returns:
        "d/m".
    """
    return f"{d.day}/{d.month}"


def format_moment(at: datetime, *, seconds: bool = False) -> str:
    """Return a moment in Vietnam's time, date first: "14/04/2018 09:05" (or "…09:05:07").

    A naive datetime is taken as UTC: that is how the database hands back what the services
    stored. Every date and time the program shows reads day, month, year, then the time.

    Args:
        at: The moment.
        seconds: Show the seconds too (signing times).

    Returns:
        "dd/mm/yyyy HH:MM" or "dd/mm/yyyy HH:MM:SS".
    """
    local = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(VN_TZ)
    time = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{format_date_short(local.date())} {time}"


def format_date_of(at: datetime) -> str:
    """Return the day of a moment in Vietnam, "dd/mm/yyyy" (a certificate's validity, say).

    Args:
        at: The moment (a naive one is taken as UTC, see :func:`format_moment`).

    Returns:
        The day as :func:`format_date_short` writes it.
    """
    return format_date_short((at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(VN_TZ).date())


def doc_number(n: int, symbol: str) -> str:
    """Return the number-and-symbol line of an official document, e.g. "Số: 05/UBND-NV".

    Args:
        n: The document number (1 or more); numbers below 10 take a leading zero.
        symbol: The symbol, e.g. "UBND-NV" or "KH-UBND".

    Returns:
        "Số: NN/SYMBOL".

    Raises:
        ValueError: If ``n`` is below 1 or ``symbol`` is blank.
    """
    if n < 1:
        raise ValueError(f"a document number is 1 or more, not {n}")
    cleaned = clean_text(symbol)
    if not cleaned:
        raise ValueError("a document number needs a symbol")
    return f"Số: {n:02d}/{cleaned}"


def now_vn() -> datetime:
    """Return the current time in Vietnam as an aware datetime (UTC+07:00).

    Returns:
        ``datetime.now`` in :data:`VN_TZ`.
    """
    return datetime.now(VN_TZ)


def today_vn() -> date:
    """Return today's calendar date in Vietnam (Asia/Ho_Chi_Minh, UTC+7), whatever the PC's zone.

    Returns:
        The date.
    """
    return now_vn().date()


# --------------------------------------------------------------------------------------------
# Spreadsheet safety
# --------------------------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Tell whether a spreadsheet program could read ``text`` as a formula.

    Exporters write such values as explicit text cells (CSV/formula injection). Besides
    "=", "+", "-" and "@", a leading tab or carriage return counts too (OWASP advice).

    Args:
        text: A cell value.

    Returns:
        True if the text starts with one of those characters.
    """
    return text.startswith(_FORMULA_STARTS)


_FORMULA_CALL = re.compile(r"[=+\-@]\s*[A-Za-z_][\w.]*\s*\(")
_FORMULA_DDE = re.compile(r"[=+\-@].*\|.*!")


def is_formula_text(text: str) -> bool:
    r"""Tell whether imported text is a formula in disguise, leading white space or not.

    Refused on import (the cell is named): anything starting with "=" once leading white space
    is trimmed (``" =HYPERLINK(…)"``, ``"\t=1+1"``), and "+", "-" or "@" followed by a function
    call (``"+HYPERLINK("``, ``"@SUM("``) or a DDE link (``"-cmd|' /C calc'!A0"``). A leading
    "-" or "+" before ordinary text ("- Thành tích…", "+84 912…") is common and stays allowed.

    Args:
        text: A cell value.

    Returns:
        True if the text would be a formula to a spreadsheet program.
    """
    stripped = text.lstrip()
    if stripped.startswith("="):
        return True
    return bool(_FORMULA_CALL.match(stripped) or _FORMULA_DDE.match(stripped))
