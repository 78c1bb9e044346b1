"""The mapping step of an import: what each column means and how its text is encoded (issue #19).

Split from ``services.imports``: the proposal (the sender's memory, else the headers read like a
person reads them, with a score), the clerk's choices (``--map``, ``--encoding`` or the window's
mapping step) and the per-column encodings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hagiang_desktop.core.header_match import HeaderMatch, match_headers
from hagiang_desktop.core.import_columns import COLUMN_BY_KEY, TEXT_KEYS, header_key
from hagiang_desktop.core.legacy_encoding import Encoding, encoding_from_font, guess_column_encoding
from hagiang_desktop.exports.sources import RawTable
from hagiang_desktop.services.workspace import Workspace, get_setting, set_setting

__all__ = [
    "MAPPING_SETTING",
    "ColumnPlan",
    "MappingProblem",
    "column_index",
    "plan_columns",
    "propose",
    "propose_matches",
    "remember_mapping",
    "remembered_mapping",
]

#: Settings key prefix of the column mappings remembered per sender.
MAPPING_SETTING = "import_mapping:"


class MappingProblem(ValueError):
    """A column or key the clerk named does not exist; ``code`` names which."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


@dataclass(frozen=True)
class ColumnPlan:
    """How one column of the file is read.

    Attributes:
        index: the column's position.
        header: its header text (converted to Unicode).
        key: the nomination attribute it fills, or None (ignored).
        encoding: the encoding applied to its text (the clerk may override).
        detected_by: ``font``, ``guess``, ``override`` or ``""`` (plain Unicode, nothing to do).
        original_header: the header as the file has it (differs when it was legacy-encoded).
        match: how the header was matched (score and reason), None for a template or a form.
    """

    index: int
    header: str
    key: str | None
    encoding: Encoding
    detected_by: str
    original_header: str = ""
    match: HeaderMatch | None = None


def remembered_mapping(ws: Workspace, unit_code: str) -> dict[str, str | None]:
    """Return the column mapping chosen before for this sender (folded header → key)."""
    value = get_setting(ws, MAPPING_SETTING + unit_code, {})
    return dict(value) if isinstance(value, dict) else {}


def remember_mapping(
    ws: Workspace, unit_code: str, headers: Sequence[str], keys: Sequence[str | None]
) -> None:
    """Remember a sender's column mapping (merged with what was remembered before)."""
    stored = remembered_mapping(ws, unit_code)
    stored.update({header_key(h): k for h, k in zip(headers, keys, strict=True) if h})
    set_setting(ws, MAPPING_SETTING + unit_code, stored)


def propose_matches(ws: Workspace, table: RawTable, unit_code: str | None) -> list[HeaderMatch]:
    """Match each column: a form's labels exactly; headers by the sender's memory, then by words."""
    if table.form == "docx":
        return [HeaderMatch(h, 1.0, "exact") for h in table.headers]
    remembered = remembered_mapping(ws, unit_code) if unit_code else {}
    return match_headers(table.headers, remembered)


def propose(ws: Workspace, table: RawTable, unit_code: str | None) -> list[str | None]:
    """Propose a key per column (see :func:`propose_matches`)."""
    return [match.key for match in propose_matches(ws, table, unit_code)]


def column_index(table: RawTable, column: str) -> int:
    """Find a column the clerk named by its letter ("C") or its header text (converted or not).

    Raises:
        MappingProblem: ``unknown_column``.
    """
    text = column.strip()
    if text.isascii() and text.isalpha() and text.isupper() and len(text) <= 3:
        index = 0
        for char in text:
            index = index * 26 + ord(char) - 64
        if 1 <= index <= len(table.headers):
            return index - 1
    wanted = header_key(text)
    for index, header in enumerate(table.headers):
        originals = table.header_originals[index : index + 1]
        if header_key(header) == wanted or any(header_key(o) == wanted for o in originals):
            return index
    raise MappingProblem("unknown_column", column)


def apply_choices(
    table: RawTable, keys: Sequence[str | None], choices: Sequence[tuple[str, str]]
) -> list[str | None]:
    """Apply the clerk's ``COLUMN=KEY`` choices to a proposal; a key chosen leaves other columns.

    ``KEY`` may be ``-`` (or ``none``) to ignore the column.

    Raises:
        MappingProblem: ``unknown_column`` or ``unknown_key``.
    """
    result = list(keys)
    for column, key in choices:
        index = column_index(table, column)
        chosen = None if key.strip().lower() in ("-", "none", "") else key.strip()
        if chosen is not None and chosen not in COLUMN_BY_KEY:
            raise MappingProblem("unknown_key", key)
        if chosen is not None:
            result = [None if k == chosen else k for k in result]
        result[index] = chosen
    return result


def plan_columns(
    table: RawTable,
    keys: Sequence[str | None],
    overrides: dict[int, Encoding] | None,
    matches: Sequence[HeaderMatch | None] | None = None,
) -> list[ColumnPlan]:
    """Decide how each column's text is read: the clerk's encoding, else by font, else a guess."""
    plans = []
    originals = table.header_originals or list(table.headers)
    for index, (header, key) in enumerate(zip(table.headers, keys, strict=True)):
        original = originals[index] if index < len(originals) else header
        match = matches[index] if matches and index < len(matches) else None
        if overrides and index in overrides:
            plans.append(
                ColumnPlan(
                    index, header, key, overrides[index], "override", original_header=original, match=match
                )
            )
            continue
        cells = [row.cells[index] for row in table.rows if isinstance(row.cells[index].value, str)]
        fonts = {found for c in cells if (found := encoding_from_font(c.font)) is not None}
        if fonts:
            # Per cell when read; the column shows the first legacy font met.
            plans.append(
                ColumnPlan(
                    index,
                    header,
                    key,
                    sorted(fonts)[0] or Encoding.UNICODE,
                    "font",
                    original_header=original,
                    match=match,
                )
            )
            continue
        guessed = guess_column_encoding([c.value for c in cells]) if key in TEXT_KEYS else Encoding.UNICODE
        detected = "guess" if guessed != Encoding.UNICODE else ""
        plans.append(ColumnPlan(index, header, key, guessed, detected, original_header=original, match=match))
    return plans
