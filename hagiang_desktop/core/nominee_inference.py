"""Reading a row's kind of nominee and field from what it says, when the list has no column for them.

Issue #19: an ordinary list has no "Đối tượng" column and writes the field as a sector ("Giáo dục -
Đào tạo", "Y tế", "Kinh tế hộ gia đình"). Each row is read like a clerk reads it:

* kind: a name "Hộ ông/bà …", "Hộ gia đình …" or a position "Chủ hộ" is a household; a position
  "Tập thể" or a name starting with a body's word (Trạm, Trường, Hội, UBND, Thôn…) a collective;
  anything else a person, an individual;
* field: the sector text (else the name, work unit and position) matched against each field's
  sector words; a household goes to the household field; else the plan's "other" field, if any.

Every value comes with the reason, shown to the clerk beside it and editable before applying.
The words are data (``resources/plans/<plan>.import.toml``), not code: :func:`load_keywords`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.vntext import fold

__all__ = [
    "Inferred",
    "Keywords",
    "KeywordsError",
    "infer_field",
    "infer_kind",
    "keywords_path",
    "load_keywords",
]

_WORD = re.compile(r"\w+")


class KeywordsError(Exception):
    """The keywords file is unreadable or inconsistent (a phrase given to two fields)."""


@dataclass(frozen=True)
class Inferred:
    """A value read from what a row says, and why.

    Attributes:
        key: ``kind`` or ``field_code``.
        value: the kind's code or the field's code.
        reason: ``household_name``, ``household_position``, ``collective_position``, ``body``,
            ``person``, ``field_kind`` (the field admits one kind), ``sector`` (the sector
            text), ``words`` (the name or work unit), ``household_field`` or ``other_field``;
            ``clerk_kind`` or ``clerk_field_code`` when the clerk chose the value.
        evidence: the words that decided ("Trạm", "giáo dục"), as written in the keywords.
    """

    key: str
    value: str
    reason: str
    evidence: str = ""


def _lower(text: str) -> str:
    """Lower-case NFC words joined by single spaces (diacritics kept)."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFC", text).lower()))


def _folded(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


@dataclass(frozen=True)
class Keywords:
    """The words that tell a row's kind and field (see the module's docstring).

    Attributes:
        household_starts: name prefixes of a household.
        household_positions: positions of a household ("chủ hộ").
        collective_positions: positions of a collective ("tập thể").
        body_starts: name prefixes of a body.
        family_names: body words that are also family names.
        household_field: the household field's code.
        other_field: the "other field" code, or "".
        field_words: (phrase, field code) pairs, longest phrase first.
    """

    household_starts: tuple[str, ...]
    household_positions: tuple[str, ...]
    collective_positions: tuple[str, ...]
    body_starts: tuple[str, ...]
    family_names: frozenset[str]
    household_field: str
    other_field: str
    field_words: tuple[tuple[str, str], ...]


def keywords_path(plan_path: Path) -> Path:
    """Return the keywords file of a plan file: the same name with ``.import.toml``."""
    return plan_path.with_name(plan_path.stem + ".import.toml")


def _strings(table: dict[str, object], name: str, path: Path) -> tuple[str, ...]:
    value = table.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KeywordsError(f"{path}: {name} must be a list of strings")
    # Longest first, so that "hộ gia đình" is tried before "hộ".
    return tuple(sorted((_lower(v) for v in value if _lower(v)), key=lambda v: -len(v.split())))


def load_keywords(path: Path) -> Keywords:
    """Load a plan's import keywords.

    Args:
        path: the ``.import.toml`` file.

    Returns:
        The keywords.

    Raises:
        KeywordsError: the file cannot be read, or a phrase names two fields.
    """
    try:
        with path.open("rb") as handle:
            root = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise KeywordsError(f"{path}: {error}") from error
    kind = root.get("kind", {})
    fields = root.get("field", {})
    if not isinstance(kind, dict) or not isinstance(fields, dict):
        raise KeywordsError(f"{path}: [kind] and [field] must be tables")
    words = fields.get("words", {})
    if not isinstance(words, dict):
        raise KeywordsError(f"{path}: [field.words] must be a table")
    owner: dict[str, str] = {}
    for code in words:
        for phrase in _strings(words, code, path):
            if owner.setdefault(phrase, code) != code:
                raise KeywordsError(f"{path}: “{phrase}” is given to {owner[phrase]} and {code}")
    pairs = tuple(sorted(owner.items(), key=lambda item: (-len(item[0].split()), -len(item[0]))))
    return Keywords(
        household_starts=_strings(kind, "household_starts", path),
        household_positions=_strings(kind, "household_positions", path),
        collective_positions=_strings(kind, "collective_positions", path),
        body_starts=_strings(kind, "body_starts", path),
        family_names=frozenset(_strings(kind, "family_names", path)),
        household_field=str(fields.get("household", "")),
        other_field=str(fields.get("other", "")),
        field_words=pairs,
    )


def _starts(text: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if text == prefix or text.startswith(prefix + " "):
            return prefix
    return ""


def _looks_like_person(name: str) -> bool:
    """Tell whether a name reads as a person's: two to four words, each capitalised."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words)


def infer_kind(kw: Keywords, name: str, position: str = "") -> Inferred:
    """Read the kind of nominee from a row's name and position.

    Args:
        kw: the keywords.
        name: the name as written (Unicode).
        position: the position ("Chức vụ"), if the list has one.

    Returns:
        The kind, with its reason.
    """
    lowered, role = _lower(name), _lower(position)
    if found := _starts(lowered, kw.household_starts):
        return Inferred("kind", NomineeKind.HOUSEHOLD, "household_name", found)
    if role and (found := _starts(role, kw.household_positions)):
        return Inferred("kind", NomineeKind.HOUSEHOLD, "household_position", found)
    if role and (found := _starts(role, kw.collective_positions)):
        return Inferred("kind", NomineeKind.COLLECTIVE, "collective_position", found)
    found = _starts(lowered, kw.body_starts)
    if found and not (found in kw.family_names and _looks_like_person(name.strip())):
        return Inferred("kind", NomineeKind.COLLECTIVE, "body", found)
    return Inferred("kind", NomineeKind.INDIVIDUAL, "person")


def _find_phrase(kw: Keywords, text: str) -> tuple[str, str] | None:
    """Return (phrase, field) of the longest sector phrase found in ``text``, whole words only."""
    lowered = f" {_lower(text)} "
    folded = f" {_folded(text)} "
    for phrase, code in kw.field_words:
        if f" {phrase} " in lowered:
            return phrase, code
        if " " in phrase and f" {_folded(phrase)} " in folded:
            return phrase, code
    return None


def infer_field(
    kw: Keywords, kind: str | None, sector: str = "", context: tuple[str, ...] = ()
) -> Inferred | None:
    """Read a row's field from its sector text, else from its name and work unit.

    Args:
        kw: the keywords.
        kind: the row's kind (given or inferred); a household goes to the household field.
        sector: the text of the list's field or sector column, if any.
        context: other texts of the row to look in (name, work unit, position).

    Returns:
        The field, with its reason; None when nothing tells it and the plan has no other field.
    """
    if kind == NomineeKind.HOUSEHOLD and kw.household_field:
        return Inferred("field_code", kw.household_field, "household_field")
    if sector.strip() and (found := _find_phrase(kw, sector)):
        return Inferred("field_code", found[1], "sector", found[0])
    for text in context:
        if text.strip() and (found := _find_phrase(kw, text)):
            return Inferred("field_code", found[1], "words", found[0])
    if kw.other_field:
        return Inferred("field_code", kw.other_field, "other_field")
    return None
