"""Convert text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI-Windows to Unicode.

Old Excel files hold such text as Latin-1 (cp1252) characters; the cell's font name tells the
encoding (:func:`encoding_from_font`). Without a font name, :func:`guess_column_encoding`
decides per column by counting valid Vietnamese syllables. Always show the clerk a preview of
the converted text before anything is written.

* TCVN3: one character per letter (:data:`TCVN3_BYTES` → :data:`TCVN3_LETTERS`). The "…H" fonts
  (``.VnTimeH``, ``.VnArialH``) draw the same codes as capitals, so convert, then upper-case.
* VNI-Windows: a base letter followed by a modifier character (``"nhaân"`` → "nhân"), plus a few
  single characters (``"ñ"`` → "đ", ``"ô"`` → "ơ", ``"ö"`` → "ư", …).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum

__all__ = [
    "TCVN3_BYTES",
    "TCVN3_LETTERS",
    "VNI_MODIFIERS",
    "VNI_SINGLES",
    "Encoding",
    "convert",
    "convert_row",
    "count_valid_syllables",
    "encoding_from_font",
    "guess_column_encoding",
    "is_vietnamese_syllable",
    "tcvn3_to_unicode",
    "vni_to_unicode",
]


class Encoding(StrEnum):
    """How the text of a cell (or a column) is encoded."""

    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    TCVN3_CAPS = "tcvn3_caps"  # a TCVN3 "…H" font: the codes are drawn as capitals
    VNI = "vni"


# --------------------------------------------------------------------------------------------
# TCVN3 (ABC)
# --------------------------------------------------------------------------------------------

#: TCVN3 codes as they arrive (Latin-1 characters), aligned with :data:`TCVN3_LETTERS`.
#: The code of "ư" is U+00AD SOFT HYPHEN, written as an escape.
TCVN3_BYTES = (
    "µ¸¶·¹"  # à á ả ã ạ
    "¨»¾¼½Æ"  # ă ằ ắ ẳ ẵ ặ
    "©ÇÊÈÉË"  # â ầ ấ ẩ ẫ ậ
    "®"  # đ
    "ÌÐÎÏÑ"  # è é ẻ ẽ ẹ
    "ªÒÕÓÔÖ"  # ê ề ế ể ễ ệ
    "×ÝØÜÞ"  # ì í ỉ ĩ ị
    "ßãáâä"  # ò ó ỏ õ ọ
    "«åèæçé"  # ô ồ ố ổ ỗ ộ
    "¬êíëìî"  # ơ ờ ớ ở ỡ ợ
    "ïóñòô"  # ù ú ủ ũ ụ
    "\u00adõøö÷ù"  # ư ừ ứ ử ữ ự
    "úýûüþ"  # ỳ ý ỷ ỹ ỵ
    "¡¢§£¤¥¦"  # Ă Â Đ Ê Ô Ơ Ư
)

#: The Unicode letters of the TCVN3 codes in :data:`TCVN3_BYTES`, position by position.
TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"

if len(TCVN3_BYTES) != len(TCVN3_LETTERS) or len(set(TCVN3_BYTES)) != len(TCVN3_BYTES):  # pragma: no cover
    raise RuntimeError("the TCVN3 table is misaligned")

_TCVN3_TABLE = str.maketrans(TCVN3_BYTES, TCVN3_LETTERS)


def tcvn3_to_unicode(text: str, capitals: bool = False) -> str:
    """Convert TCVN3 (ABC) text to Unicode.

    Example:
        ``tcvn3_to_unicode("Uû ban nh©n d©n huyÖn §ång V¨n")`` → "Uỷ ban nhân dân huyện Đồng Văn".

    Args:
        text: Text typed in a TCVN3 font, read as Latin-1/cp1252 characters.
        capitals: The text was in a "…H" font such as ``.VnTimeH`` that draws every code as a
            capital: convert, then upper-case.

    Returns:
        The Unicode text, NFC.
    """
    converted = text.translate(_TCVN3_TABLE)
    if capitals:
        converted = converted.upper()
    return unicodedata.normalize("NFC", converted)


# --------------------------------------------------------------------------------------------
# VNI-Windows
# --------------------------------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_TONES = frozenset((_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))
_SHAPES = frozenset((_CIRCUMFLEX, _BREVE, _HORN))

#: VNI characters that stand for a whole letter.
VNI_SINGLES: dict[str, str] = {
    "Ñ": "Đ",
    "ñ": "đ",
    "Ô": "Ơ",
    "ô": "ơ",
    "Ö": "Ư",
    "ö": "ư",
    "Æ": "Ỉ",
    "æ": "ỉ",
    "Ó": "Ĩ",
    "ó": "ĩ",
    "Ò": "Ị",
    "ò": "ị",
    "Î": "Ỵ",
    "î": "ỵ",
}

_LOWER_MODIFIERS = {
    "ø": _GRAVE,
    "ù": _ACUTE,
    "û": _HOOK,
    "õ": _TILDE,
    "ï": _DOT,
    "â": _CIRCUMFLEX,
    "á": _CIRCUMFLEX + _ACUTE,
    "à": _CIRCUMFLEX + _GRAVE,
    "å": _CIRCUMFLEX + _HOOK,
    "ã": _CIRCUMFLEX + _TILDE,
    "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE,
    "é": _BREVE + _ACUTE,
    "è": _BREVE + _GRAVE,
    "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE,
    "ë": _BREVE + _DOT,
}

#: VNI modifier characters (lower- and upper-case forms) → the combining marks they add to the
#: vowel before them.
VNI_MODIFIERS: dict[str, str] = {
    **_LOWER_MODIFIERS,
    **{char.upper(): marks for char, marks in _LOWER_MODIFIERS.items()},
}

# Which base vowels accept a vowel-shape mark.
_SHAPE_BASES = {_CIRCUMFLEX: "aeo", _BREVE: "a", _HORN: "ou"}


def _apply_marks(previous: str, marks: str) -> str | None:
    """Return ``previous`` with ``marks`` added, or None when they do not fit that letter."""
    decomposed = unicodedata.normalize("NFD", previous)
    base = decomposed[0].lower()
    if base not in "aeiouy":
        return None
    present = decomposed[1:]
    for mark in marks:
        if mark in _TONES:
            if any(m in _TONES for m in present):
                return None
        elif base not in _SHAPE_BASES[mark] or any(m in _SHAPES for m in present):
            return None
    return unicodedata.normalize("NFC", decomposed + marks)


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text to Unicode.

    A modifier that cannot apply to the character before it (no vowel, or a second tone) is
    kept as it is.

    Example:
        ``vni_to_unicode("UÛy ban nhaân daân")`` → "Ủy ban nhân dân".

    Args:
        text: Text typed in a VNI font (``VNI-Times``…), read as Latin-1/cp1252 characters.

    Returns:
        The Unicode text, NFC.
    """
    out: list[str] = []
    for char in text:
        single = VNI_SINGLES.get(char)
        if single is not None:
            out.append(single)
            continue
        marks = VNI_MODIFIERS.get(char)
        if marks is not None and out:
            combined = _apply_marks(out[-1], marks)
            if combined is not None:
                out[-1] = combined
                continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


# --------------------------------------------------------------------------------------------
# Fonts and conversion
# --------------------------------------------------------------------------------------------


def encoding_from_font(font_name: str | None) -> Encoding | None:
    """Tell the encoding of a cell from its font name.

    ``.VnTime``, ``.VnArial`` and any name starting with ".Vn" are TCVN3; those ending in "H"
    (``.VnTimeH``, ``.VnArialH``) are the capitals fonts. ``VNI-Times`` and any name starting
    with "VNI-" are VNI-Windows. The prefixes are matched without regard to case.

    Args:
        font_name: The font name (openpyxl ``cell.font.name``), or None.

    Returns:
        The encoding, or None when the font says nothing (e.g. "Times New Roman").
    """
    if not font_name:
        return None
    name = font_name.strip()
    lowered = name.lower()
    if lowered.startswith(".vn"):
        return Encoding.TCVN3_CAPS if name.endswith("H") else Encoding.TCVN3
    if lowered.startswith("vni-"):
        return Encoding.VNI
    return None


def convert(text: str, encoding: Encoding) -> str:
    """Convert text in ``encoding`` to Unicode NFC.

    Args:
        text: The text as read from the file.
        encoding: Its encoding.

    Returns:
        The Unicode text, NFC.
    """
    if encoding is Encoding.TCVN3:
        return tcvn3_to_unicode(text)
    if encoding is Encoding.TCVN3_CAPS:
        return tcvn3_to_unicode(text, capitals=True)
    if encoding is Encoding.VNI:
        return vni_to_unicode(text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------------------------
# Guessing
# --------------------------------------------------------------------------------------------

# The inventory is written as space-separated words for readability.
_ONSETS = {""} | frozenset(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x".split()  # noqa: SIM905
)

_RHYMES = frozenset(
    """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    y yêm yên yêng yêt yêu
    o oc oi om on ong op ot oong ooc
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
    oe oen oeo oet
    uân uâng uât uây uê uêch uênh uơ
    uy uya uych uyên uyêt uynh uyt uyu
    """.split()  # noqa: SIM905
)

_STOP_CODAS = ("c", "ch", "p", "t")
_LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
_WORD = re.compile(r"[^\W\d_]+")
# Vietnamese letters outside Latin-1: their presence means the text is already Unicode.
_VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", letter)
    for base in "aeiouy"
    for shape in ("", *(s for s, bases in _SHAPE_BASES.items() if base in bases))
    for tone in ("", *_TONES)
    for letter in (base + shape + tone, base.upper() + shape + tone)
) | {"đ", "Đ"}
_VIETNAMESE_BEYOND_LATIN1 = frozenset(c for c in _VIETNAMESE_LETTERS if ord(c) > 0xFF)


def is_vietnamese_syllable(word: str) -> bool:
    """Tell whether ``word`` is a well-formed Vietnamese syllable.

    It must be an onset plus a rhyme from the Vietnamese inventory and carry at most one tone
    mark, on a vowel; a rhyme ending in c, ch, p or t takes only the sắc or nặng tone.

    Args:
        word: One word (letters only), any case, NFC or NFD.

    Returns:
        True if the word is a valid syllable.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = ""
    kept: list[str] = []
    for char in decomposed:
        if char in _TONES:
            if tone or not kept or kept[-1] not in "aeiouy" + _CIRCUMFLEX + _BREVE + _HORN:
                return False
            tone = char
        else:
            kept.append(char)
    plain = unicodedata.normalize("NFC", "".join(kept))
    if not plain or not _LETTERS.issuperset(plain):
        return False
    for size in range(min(3, len(plain) - 1), -1, -1):
        onset, rhyme = plain[:size], plain[size:]
        if onset in _ONSETS and rhyme in _RHYMES:
            # A rhyme closed by a stop consonant takes only the sắc or nặng tone.
            return tone in (_ACUTE, _DOT) if rhyme.endswith(_STOP_CODAS) else True
    return False


def count_valid_syllables(text: str) -> int:
    """Count the words of ``text`` that are valid Vietnamese syllables.

    Args:
        text: Unicode text.

    Returns:
        The number of valid syllables.
    """
    return sum(1 for word in _WORD.findall(text) if is_vietnamese_syllable(word))


def guess_column_encoding(cells: Sequence[str]) -> Encoding:
    """Guess the encoding of a column of cells that carry no telling font name.

    Each cell is decoded as TCVN3 and as VNI; the encoding that yields more valid Vietnamese
    syllables than the text as it stands wins. Text holding Vietnamese letters beyond Latin-1
    (ă, đ, ơ, ư, ạ…) is already Unicode. TCVN3 capitals fonts cannot be told from the text:
    such a column is reported as :attr:`Encoding.TCVN3`.

    Args:
        cells: The column's text cells (empty cells may be included).

    Returns:
        The likely encoding; :attr:`Encoding.UNICODE` when no conversion improves the count.
    """
    texts = [cell for cell in cells if cell]
    if any(not _VIETNAMESE_BEYOND_LATIN1.isdisjoint(cell) for cell in texts):
        return Encoding.UNICODE
    as_is = sum(count_valid_syllables(cell) for cell in texts)
    tcvn3 = sum(count_valid_syllables(tcvn3_to_unicode(cell)) for cell in texts)
    vni = sum(count_valid_syllables(vni_to_unicode(cell)) for cell in texts)
    best = max(as_is, tcvn3, vni)
    if best == as_is:
        return Encoding.UNICODE
    return Encoding.TCVN3 if tcvn3 >= vni else Encoding.VNI


def convert_row(texts: Sequence[str], fonts: Sequence[str | None]) -> list[tuple[str, Encoding]]:
    """Convert a row of cells read together (a header row): each by its font, else by the text.

    The cells without a telling font are guessed together, as one column: a header row is
    typed in one encoding, and a single short cell is too little to guess from.

    Args:
        texts: the cells' texts.
        fonts: their font names (None when unknown), aligned with ``texts``.

    Returns:
        Per cell, the Unicode NFC text and the encoding it was converted from.
    """
    by_font = [encoding_from_font(font) for font in fonts]
    guessed = guess_column_encoding([t for t, enc in zip(texts, by_font, strict=True) if enc is None])
    out = []
    for text, font_encoding in zip(texts, by_font, strict=True):
        encoding = font_encoding or guessed
        out.append((convert(text, encoding), encoding))
    return out
