"""Loading a plan catalogue from its TOML data file, validated key by key.

Every problem is a :class:`~hagiang_desktop.core.plan_model.PlanError` naming the key that departs
(``fields[2].criteria[0].code``); text is normalised to NFC as it is read.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from hagiang_desktop.core.kinds import NomineeKind, UnitKind
from hagiang_desktop.core.plan_model import (
    Citation,
    Criterion,
    Deadline,
    DeadlineRule,
    Field,
    Honour,
    KindLabel,
    Plan,
    PlanError,
    PlanInfo,
    PlanNote,
    Quota,
    Stage,
    StageActivity,
)
from hagiang_desktop.core.resources import resources_dir

DEFAULT_PLAN_FILE = "plan-127-2018.toml"
"""File name of the bundled plan catalogue, under ``resources/plans/``."""

_E = TypeVar("_E", bound=StrEnum)


def default_plan_path() -> Path:
    """Return the path of the bundled Plan 127 catalogue.

    Returns:
        ``resources/plans/plan-127-2018.toml`` under :func:`resources_dir`.
    """
    return resources_dir() / "plans" / DEFAULT_PLAN_FILE


def _nfc(value: object) -> object:
    """NFC-normalise every string (keys included) of a parsed TOML tree."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {unicodedata.normalize("NFC", str(k)): _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


_Table = Mapping[str, object]


class _Loader:
    """Reads one parsed plan file, raising :class:`PlanError` with the dotted key of any fault."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str | None, message: str) -> PlanError:
        return PlanError(self.path, key, message)

    # -- generic readers ---------------------------------------------------------------------

    def check_keys(self, table: _Table, key: str, required: set[str], optional: set[str]) -> None:
        for name in sorted(required):
            if name not in table:
                raise self.fail(_join(key, name), "required key is missing")
        for name in table:
            if name not in required and name not in optional:
                allowed = ", ".join(sorted(required | optional))
                raise self.fail(_join(key, name), f"unknown key (allowed: {allowed})")

    def table(self, parent: _Table, name: str, key: str) -> _Table:
        value = parent.get(name)
        full = _join(key, name)
        if value is None:
            raise self.fail(full, "required table is missing")
        if not isinstance(value, dict):
            raise self.fail(full, f"must be a table, got {_tname(value)}")
        return value

    def tables(
        self, parent: _Table, name: str, key: str, *, required: bool = True
    ) -> list[tuple[str, _Table]]:
        value = parent.get(name)
        full = _join(key, name)
        if value is None:
            if required:
                raise self.fail(full, "required array of tables is missing")
            return []
        if not isinstance(value, list):
            raise self.fail(full, f"must be an array of tables, got {_tname(value)}")
        out: list[tuple[str, _Table]] = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{full}[{i}]", f"must be a table, got {_tname(item)}")
            out.append((f"{full}[{i}]", item))
        if required and not out:
            raise self.fail(full, "must not be empty")
        return out

    def text(self, table: _Table, name: str, key: str) -> str:
        value = table.get(name)
        full = _join(key, name)
        if not isinstance(value, str):
            raise self.fail(full, f"must be a string, got {_tname(value)}")
        if not value.strip():
            raise self.fail(full, "must not be empty")
        return value

    def opt_text(self, table: _Table, name: str, key: str) -> str | None:
        return None if name not in table else self.text(table, name, key)

    def code(self, table: _Table, name: str, key: str) -> str:
        value = self.text(table, name, key)
        if any(ch.isspace() for ch in value):
            raise self.fail(_join(key, name), f"code {value!r} must not contain whitespace")
        return value

    def integer(self, table: _Table, name: str, key: str) -> int:
        value = table.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(_join(key, name), f"must be an integer, got {_tname(value)}")
        return value

    def boolean(self, table: _Table, name: str, key: str, default: bool) -> bool:
        if name not in table:
            return default
        value = table[name]
        if not isinstance(value, bool):
            raise self.fail(_join(key, name), f"must be true or false, got {_tname(value)}")
        return value

    def day(self, table: _Table, name: str, key: str) -> date:
        value = table.get(name)
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail(
                _join(key, name), f"must be a TOML local date such as 2018-04-14, got {_tname(value)}"
            )
        return value

    def texts(self, table: _Table, name: str, key: str, *, required: bool = True) -> list[tuple[str, str]]:
        full = _join(key, name)
        if name not in table:
            if required:
                raise self.fail(full, "required key is missing")
            return []
        value = table[name]
        if not isinstance(value, list):
            raise self.fail(full, f"must be an array of strings, got {_tname(value)}")
        out: list[tuple[str, str]] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{full}[{i}]", f"must be a non-empty string, got {_tname(item)}")
            out.append((f"{full}[{i}]", item))
        if required and not out:
            raise self.fail(full, "must not be empty")
        return out

    def enum(self, cls: type[_E], value: str, key: str) -> _E:
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise self.fail(key, f"unknown {cls.__name__} {value!r} (known: {allowed})") from None

    def enums(
        self, cls: type[_E], table: _Table, name: str, key: str, *, required: bool = True
    ) -> tuple[_E, ...]:
        out: list[_E] = []
        for item_key, item in self.texts(table, name, key, required=required):
            member = self.enum(cls, item, item_key)
            if member in out:
                raise self.fail(item_key, f"{item!r} is listed twice")
            out.append(member)
        return tuple(out)

    # -- the plan ----------------------------------------------------------------------------

    def plan(self, root: _Table) -> Plan:
        self.check_keys(
            root,
            "",
            {"plan", "kinds", "general_criteria", "fields", "deadlines", "consequence", "supplement"},
            {"quotas", "honours", "stages"},
        )
        info = self.info(self.table(root, "plan", ""))
        kinds = self.kinds(root)
        declared = {k.code for k in kinds}
        codes: dict[str, str] = {}
        general = tuple(
            self.criterion(t, k, codes, None, None) for k, t in self.tables(root, "general_criteria", "")
        )
        fields = self.fields(root, declared, codes)
        deadlines = self.deadlines(root)
        quotas = self.quotas(root)
        consequence = self.note(self.table(root, "consequence", ""), "consequence")
        known = {d.code for d in deadlines}
        named = [(f"quotas[{i}].deadline", q.deadline) for i, q in enumerate(quotas)]
        named.append(("consequence.deadline", consequence.deadline))
        for key, code in named:
            if code and code not in known:
                raise self.fail(key, f"unknown deadline {code!r} (known: {', '.join(sorted(known))})")
        return Plan(
            info=info,
            kinds=kinds,
            general_criteria=general,
            fields=fields,
            deadlines=deadlines,
            quotas=quotas,
            honours=self.honours(root),
            stages=self.stages(root, info),
            consequence=consequence,
            supplement=self.note(self.table(root, "supplement", ""), "supplement"),
            source=self.path,
        )

    def info(self, t: _Table) -> PlanInfo:
        k = "plan"
        self.check_keys(
            t,
            k,
            {
                "id",
                "title",
                "issuer",
                "issued_on",
                "period_start",
                "period_end",
                "province",
                "recipient",
                "recipient_text",
                "recipient_code",
            },
            set(),
        )
        start = self.integer(t, "period_start", k)
        end = self.integer(t, "period_end", k)
        if end < start:
            raise self.fail("plan.period_end", f"period ends ({end}) before it starts ({start})")
        return PlanInfo(
            id=self.text(t, "id", k),
            title=self.text(t, "title", k),
            issuer=self.text(t, "issuer", k),
            issued_on=self.day(t, "issued_on", k),
            period_start=start,
            period_end=end,
            province=self.text(t, "province", k),
            recipient=self.text(t, "recipient", k),
            recipient_text=self.text(t, "recipient_text", k),
            recipient_code=self.text(t, "recipient_code", k),
        )

    def kinds(self, root: _Table) -> tuple[KindLabel, ...]:
        out: list[KindLabel] = []
        for k, t in self.tables(root, "kinds", ""):
            self.check_keys(t, k, {"code", "label_vi", "label_en"}, set())
            code = self.enum(NomineeKind, self.text(t, "code", k), f"{k}.code")
            if any(x.code == code for x in out):
                raise self.fail(f"{k}.code", f"duplicate kind {code.value!r}")
            out.append(KindLabel(code, self.text(t, "label_vi", k), self.text(t, "label_en", k)))
        return tuple(out)

    def unique(self, seen: dict[str, str], code: str, key: str, what: str) -> None:
        if code in seen:
            raise self.fail(key, f"duplicate {what} code {code!r} (first at {seen[code]})")
        seen[code] = key

    def criterion(
        self,
        t: _Table,
        k: str,
        codes: dict[str, str],
        fld_code: str | None,
        fld_kinds: tuple[NomineeKind, ...] | None,
    ) -> Criterion:
        if fld_code is None or fld_kinds is None:
            self.check_keys(t, k, {"code", "text"}, set())
            code = self.code(t, "code", k)
            self.unique(codes, code, f"{k}.code", "criterion")
            return Criterion(code=code, text=self.text(t, "text", k))
        self.check_keys(t, k, {"code", "kind", "text"}, set())
        code = self.code(t, "code", k)
        if not code.startswith(f"{fld_code}."):
            raise self.fail(
                f"{k}.code", f"criterion code {code!r} does not start with its field code {fld_code}."
            )
        self.unique(codes, code, f"{k}.code", "criterion")
        kind = self.enum(NomineeKind, self.text(t, "kind", k), f"{k}.kind")
        if kind not in fld_kinds:
            allowed = ", ".join(x.value for x in fld_kinds)
            raise self.fail(
                f"{k}.kind", f"kind {kind.value!r} is not admitted by field {fld_code} ({allowed})"
            )
        return Criterion(code=code, text=self.text(t, "text", k), kind=kind, field_code=fld_code)

    def fields(self, root: _Table, declared: set[NomineeKind], codes: dict[str, str]) -> tuple[Field, ...]:
        out: list[Field] = []
        seen: dict[str, str] = {}
        for k, t in self.tables(root, "fields", ""):
            is_open = self.boolean(t, "open", k, False)
            if is_open:
                # An open field (III.2 "một số lĩnh vực"): general criteria only, the plan's words why.
                self.check_keys(
                    t, k, {"code", "title", "title_en", "kinds", "open", "basis", "clause"}, {"short_vi"}
                )
            else:
                self.check_keys(
                    t, k, {"code", "title", "title_en", "kinds", "criteria"}, {"short_vi", "open"}
                )
            code = self.code(t, "code", k)
            self.unique(seen, code, f"{k}.code", "field")
            kinds = self.enums(NomineeKind, t, "kinds", k)
            for i, kind in enumerate(kinds):
                if kind not in declared:
                    raise self.fail(f"{k}.kinds[{i}]", f"kind {kind.value!r} is not declared in [[kinds]]")
            criteria = tuple(
                self.criterion(ct, ck, codes, code, kinds)
                for ck, ct in self.tables(t, "criteria", k, required=not is_open)
            )
            title = self.text(t, "title", k)
            out.append(
                Field(
                    code=code,
                    title=title,
                    short_vi=self.opt_text(t, "short_vi", k) or title,
                    title_en=self.text(t, "title_en", k),
                    kinds=kinds,
                    criteria=criteria,
                    open=is_open,
                    basis=self.text(t, "basis", k) if is_open else "",
                    clause=self.text(t, "clause", k) if is_open else "",
                )
            )
        if sum(1 for f in out if f.open) > 1:
            raise self.fail("fields", "at most one field may be open")
        return tuple(out)

    def citations(self, t: _Table, k: str) -> tuple[Citation, ...]:
        out: list[Citation] = []
        for ak, at in self.tables(t, "also", k, required=False):
            self.check_keys(at, ak, {"clause", "text"}, set())
            out.append(Citation(clause=self.text(at, "clause", ak), text=self.text(at, "text", ak)))
        return tuple(out)

    def deadlines(self, root: _Table) -> tuple[Deadline, ...]:
        out: list[tuple[str, Deadline]] = []
        seen: dict[str, str] = {}
        required = {"code", "before", "rule", "from_unit_kinds", "to", "what", "text", "clause"}
        for k, t in self.tables(root, "deadlines", ""):
            self.check_keys(t, k, required, {"parent_kinds", "body_kinds", "also", "own_plan"})
            code = self.code(t, "code", k)
            self.unique(seen, code, f"{k}.code", "deadline")
            dl = Deadline(
                code=code,
                before=self.day(t, "before", k),
                rule=self.enum(DeadlineRule, self.text(t, "rule", k), f"{k}.rule"),
                from_unit_kinds=self.enums(UnitKind, t, "from_unit_kinds", k),
                parent_kinds=self.enums(UnitKind, t, "parent_kinds", k, required=False),
                to=self.text(t, "to", k),
                what=tuple(v for _, v in self.texts(t, "what", k)),
                text=self.text(t, "text", k),
                clause=self.text(t, "clause", k),
                also=self.citations(t, k),
                body_kinds=self.enums(UnitKind, t, "body_kinds", k, required=False),
                own_plan=self.opt_text(t, "own_plan", k) or "",
            )
            if dl.body_kinds and dl.parent_kinds:
                raise self.fail(f"{k}.body_kinds", "give either parent_kinds or body_kinds, not both")
            for other_key, other in out:
                if _overlap(dl, other):
                    raise self.fail(
                        f"{k}.from_unit_kinds",
                        f"applies to the same units as {other_key} ({other.code}); "
                        "tell them apart with parent_kinds",
                    )
            out.append((k, dl))
        return tuple(dl for _, dl in out)

    def quotas(self, root: _Table) -> tuple[Quota, ...]:
        out: list[Quota] = []
        seen: dict[str, str] = {}
        for k, t in self.tables(root, "quotas", "", required=False):
            self.check_keys(t, k, {"unit_kinds", "advisory", "text", "clause"}, {"minimum", "deadline"})
            kinds = self.enums(UnitKind, t, "unit_kinds", k)
            for i, kind in enumerate(kinds):
                self.unique(seen, kind.value, f"{k}.unit_kinds[{i}]", "quota unit kind")
            advisory = self.boolean(t, "advisory", k, False)
            minimum = self.integer(t, "minimum", k) if "minimum" in t else None
            if minimum is None and not advisory:
                raise self.fail(
                    f"{k}.minimum", "required key is missing (a quota that is not advisory needs one)"
                )
            if minimum is not None and minimum < 0:
                raise self.fail(f"{k}.minimum", f"must not be negative, got {minimum}")
            out.append(
                Quota(
                    unit_kinds=kinds,
                    minimum=minimum,
                    advisory=advisory,
                    text=self.text(t, "text", k),
                    clause=self.text(t, "clause", k),
                    deadline=self.opt_text(t, "deadline", k) or "",
                )
            )
        return tuple(out)

    def honours(self, root: _Table) -> tuple[Honour, ...]:
        out: list[Honour] = []
        seen: dict[str, str] = {}
        for k, t in self.tables(root, "honours", "", required=False):
            self.check_keys(t, k, {"code", "name", "name_en", "clause"}, set())
            code = self.code(t, "code", k)
            self.unique(seen, code, f"{k}.code", "honour")
            out.append(
                Honour(
                    code=code,
                    name=self.text(t, "name", k),
                    name_en=self.text(t, "name_en", k),
                    clause=self.text(t, "clause", k),
                )
            )
        return tuple(out)

    def stages(self, root: _Table, info: PlanInfo) -> tuple[Stage, ...]:
        out: list[Stage] = []
        seen: dict[str, str] = {}
        for k, t in self.tables(root, "stages", "", required=False):
            self.check_keys(
                t,
                k,
                {"code", "year", "title_vi", "title_en", "text", "clause"},
                {"due", "due_is_estimate", "activities", "opens", "closes"},
            )
            code = self.code(t, "code", k)
            self.unique(seen, code, f"{k}.code", "stage")
            year = self.integer(t, "year", k)
            if not info.period_start <= year <= info.period_end:
                raise self.fail(
                    f"{k}.year", f"{year} is outside the plan period {info.period_start}–{info.period_end}"
                )
            if "due" in t:
                due = self.day(t, "due", k)
                estimate = self.boolean(t, "due_is_estimate", k, False)
            else:
                due = date(year, 12, 31)
                estimate = self.boolean(t, "due_is_estimate", k, True)
                if not estimate:
                    raise self.fail(
                        f"{k}.due_is_estimate", "without a due date the year-end due is an estimate"
                    )
            opens, closes = self.window(t, k, year)
            activities: list[StageActivity] = []
            seen_activities: dict[str, str] = {}
            for ak, at in self.tables(t, "activities", k, required=False):
                self.check_keys(at, ak, {"code", "text", "label_en"}, set())
                acode = self.code(at, "code", ak)
                self.unique(seen_activities, acode, f"{ak}.code", "activity")
                activities.append(
                    StageActivity(
                        code=acode, text=self.text(at, "text", ak), label_en=self.text(at, "label_en", ak)
                    )
                )
            out.append(
                Stage(
                    code=code,
                    year=year,
                    title_vi=self.text(t, "title_vi", k),
                    title_en=self.text(t, "title_en", k),
                    text=self.text(t, "text", k),
                    clause=self.text(t, "clause", k),
                    due=due,
                    due_is_estimate=estimate,
                    activities=tuple(activities),
                    opens=opens,
                    closes=closes,
                )
            )
        return tuple(out)

    def window(self, t: _Table, k: str, year: int) -> tuple[date, date]:
        """Read a stage's ``opens``/``closes`` (default: its year), checked to be in order."""
        opens = self.day(t, "opens", k) if "opens" in t else date(year, 1, 1)
        closes = self.day(t, "closes", k) if "closes" in t else date(year, 12, 31)
        if closes < opens:
            raise self.fail(f"{k}.closes", f"{closes} is before the stage opens ({opens})")
        return opens, closes

    def note(self, t: _Table, k: str) -> PlanNote:
        self.check_keys(t, k, {"label_vi", "label_en", "text", "clause"}, {"unit_kinds", "deadline"})
        return PlanNote(
            label_vi=self.text(t, "label_vi", k),
            label_en=self.text(t, "label_en", k),
            text=self.text(t, "text", k),
            clause=self.text(t, "clause", k),
            unit_kinds=self.enums(UnitKind, t, "unit_kinds", k, required=False),
            deadline=self.opt_text(t, "deadline", k) or "",
        )


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _tname(value: object) -> str:
    return "nothing" if value is None else type(value).__name__


def _overlap(a: Deadline, b: Deadline) -> bool:
    if not set(a.from_unit_kinds) & set(b.from_unit_kinds):
        return False
    if a.is_direct != b.is_direct:  # a body's own deadline and its units' never bind the same unit
        return False
    if not a.is_direct:
        return bool(set(a.body_kinds) & set(b.body_kinds))
    if not a.parent_kinds or not b.parent_kinds:
        return True
    return bool(set(a.parent_kinds) & set(b.parent_kinds))


def load_plan(path: Path) -> Plan:
    """Load and validate a plan catalogue from a TOML file.

    Every string is normalised to Unicode NFC. The file must be complete and consistent: required
    keys present with the right types, no unknown keys, codes unique, kinds and unit kinds known,
    each field criterion's kind admitted by its field, dates real TOML local dates.

    Args:
        path: The plan file.

    Returns:
        The plan.

    Raises:
        PlanError: The file cannot be read, is not valid TOML, or is inconsistent; the error names the
            file and, where there is one, the dotted key at fault.
    """
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except OSError as exc:
        raise PlanError(path, None, f"cannot read the file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise PlanError(path, None, f"not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(path, None, f"invalid TOML: {exc}") from exc
    root = _nfc(raw)
    if not isinstance(root, dict):  # pragma: no cover - tomllib always returns a table
        raise PlanError(path, None, "the file is not a TOML table")
    return _Loader(path).plan(root)
