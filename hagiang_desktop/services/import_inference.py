"""Deciding a row's kind of nominee and field: the clerk's, the list's, else what the row says.

Issue #19.
Split from ``services.imports``. Order, per value:

1. the clerk's choice for this row (the window's preview), then for every row (``--kind``,
   ``--field``);
2. the list's own column, read as a code or a label ("2.3", "Cá nhân");
3. inferred (``core.nominee_inference``): a sector text ("Giáo dục - Đào tạo") is matched to
   a field's words, a household goes to its field, the kind is read from the name and the
   position; a field admitting one kind only (2.8) gives that kind.

Every inferred value is returned with its reason, for the preview.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from hagiang_desktop.core.import_columns import COLUMN_BY_KEY, ValueProblem, parse_field, parse_kind
from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.nominee_inference import (
    Inferred,
    Keywords,
    KeywordsError,
    infer_field,
    infer_kind,
    keywords_path,
    load_keywords,
)
from hagiang_desktop.core.plan import Plan
from hagiang_desktop.services.workspace import Workspace

__all__ = ["Decision", "RowChoices", "decide_kind_and_field", "keywords_for"]


@dataclass(frozen=True)
class RowChoices:
    """The clerk's kind and field: for every row, and per row (row number → key → value).

    Attributes:
        kind: the kind of every row (``--kind``), over the list's column and inference.
        field_code: the field of every row (``--field``).
        per_row: row number → {"kind"|"field_code": value}, over everything else.
    """

    kind: str | None = None
    field_code: str | None = None
    per_row: dict[int, dict[str, str]] = field(default_factory=dict)

    def for_row(self, number: int) -> dict[str, str]:
        """Return the clerk's choices that apply to one row."""
        chosen = {k: v for k, v in (("kind", self.kind), ("field_code", self.field_code)) if v}
        chosen.update(self.per_row.get(number, {}))
        return chosen


@dataclass
class Decision:
    """A row's kind and field as decided, the inferences made and the problems met."""

    values: dict[str, str] = field(default_factory=dict)
    inferred: list[Inferred] = field(default_factory=list)
    problems: list[tuple[str, str, str]] = field(default_factory=list)


@cache
def _keywords(path: Path) -> Keywords | None:
    try:
        return load_keywords(path)
    except KeywordsError:
        return None


def keywords_for(plan: Plan) -> Keywords | None:
    """Return the import keywords beside the plan's file, or None (then nothing is inferred)."""
    if plan.source is None:
        return None
    path = keywords_path(plan.source)
    return _keywords(path) if path.is_file() else None


def _single_kind(plan: Plan, field_code: str) -> NomineeKind | None:
    """Return the only kind a field admits (household economy), else None."""
    try:
        kinds = plan.field(field_code).kinds
    except KeyError:
        return None
    return kinds[0] if len(kinds) == 1 else None


def decide_kind_and_field(ws: Workspace, texts: dict[str, str], chosen: dict[str, str]) -> Decision:
    """Decide a row's kind and field.

    Args:
        ws: the workspace (its plan and the plan's import keywords).
        texts: the row's texts per key, converted and cleaned.
        chosen: the clerk's choices for this row (:meth:`RowChoices.for_row`).

    Returns:
        The decision: values (``kind``, ``field_code``), inferences and problems
        (key, code, detail).
    """
    plan = ws.plan
    kw = keywords_for(plan)
    out = Decision()
    kind: str | None = None
    field_code: str | None = None
    parsers: tuple[tuple[str, Callable[[str], object]], ...] = (
        ("kind", lambda t: parse_kind(plan, t)),
        ("field_code", lambda t: parse_field(plan, t)),
    )
    for key, parse in parsers:
        if chosen.get(key):
            try:
                out.values[key] = str(parse(chosen[key]))
                out.inferred.append(Inferred(key, out.values[key], f"clerk_{key}"))
            except ValueProblem as error:
                out.problems.append((key, error.code, error.value))
    kind, field_code = out.values.get("kind"), out.values.get("field_code")
    if kind is None and texts.get("kind") and "kind" not in chosen:
        try:
            kind = str(parse_kind(plan, texts["kind"]))
        except ValueProblem as error:
            out.problems.append(("kind", error.code, error.value))
    sector = texts.get("field_code", "")
    if field_code is None and sector and "field_code" not in chosen:
        try:
            field_code = parse_field(plan, sector)
        except ValueProblem as error:
            found = infer_field(kw, None, sector) if kw else None
            other = plan.open_field
            if kind == NomineeKind.HOUSEHOLD or (kind is None and _is_household(kw, texts)):
                pass  # a household goes to the household field below, whatever the sector says
            elif found is not None and found.reason == "sector":
                field_code = found.value
                out.inferred.append(found)
            elif other is not None and _names_a_sector(sector):
                # A sector no field's words describe ("Tôn giáo"): the plan's open field, titled by it.
                field_code = other.code
                out.values["field_title"] = sector.strip()
                out.inferred.append(Inferred("field_code", other.code, "other_field", sector.strip()))
            else:
                out.problems.append(("field_code", error.code, error.value))
    if kind is None and field_code and (single := _single_kind(plan, field_code)):
        kind = str(single)
        out.inferred.append(Inferred("kind", kind, "field_kind", field_code))
    if kind is None and not any(k == "kind" for k, _, _ in out.problems):
        if kw is not None and texts.get("name"):
            guess = infer_kind(kw, texts["name"], texts.get("position", ""))
            kind = guess.value
            out.inferred.append(guess)
        else:
            out.problems.append(("kind", "required", COLUMN_BY_KEY["kind"].header))
    if field_code is None and not any(k == "field_code" for k, _, _ in out.problems):
        context = tuple(texts.get(k, "") for k in ("name", "work_unit", "position"))
        found = infer_field(kw, kind, "", context) if kw is not None else None
        if found is None:
            out.problems.append(("field_code", "required", COLUMN_BY_KEY["field_code"].header))
        else:
            field_code = found.value
            out.inferred.append(found)
    if kind:
        out.values["kind"] = kind
    if field_code:
        out.values["field_code"] = field_code
    return out


def _names_a_sector(text: str) -> bool:
    """Tell a sector's name ("Tôn giáo") from a mistyped code ("2.9", "III.2.9").

    Only a name opens the open field; a code that is no field stays an error for the clerk to fix.
    """
    return bool(re.search(r"[^\W\d_]{2,}", text)) and not re.match(r"^\s*(?:[IVX]+\.)?\d", text)


def _is_household(kw: Keywords | None, texts: dict[str, str]) -> bool:
    if kw is None or not texts.get("name"):
        return False
    return infer_kind(kw, texts["name"], texts.get("position", "")).value == NomineeKind.HOUSEHOLD
