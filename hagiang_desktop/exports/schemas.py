"""The written schemas of what bundles exchange: ``manifest.json``, ``data.json``, ``return.json``.

A trusted sender is still a sender: its program may be old, buggy or tampered with, so nothing
in a signed file is used before it passes the schema here (#20). The schemas are pydantic
models (pydantic is already installed with sqlmodel, its validation core is compiled, and the
same models give the JSON Schema published in ``docs/bundle-format.md``): typed fields, no
coercion (``"7"``, ``7.9`` and ``true`` are not a sequence; ``"false"`` is not a boolean),
ranges and sizes, unknown keys refused, uids unique.

Reading goes through :func:`load_json` first: duplicate keys (where the last one would silently
win), ``NaN``/``Infinity`` and nesting deeper than the schema's are refused before any model
sees the document.

Checks that need the plan (field and criterion codes, dates within the plan's years) run in the
same models when a :class:`PlanContext` is passed as the validation context; checks that need
the database (units in the sender's scope) stay with the services.

To add a field to ``data.json`` (issue #24): add it to :class:`BundleNomination` with a default,
so that files of the earlier schema still read, raise :data:`DATA_SCHEMA` and list the old one in
:data:`DATA_SCHEMAS_READ`. The writer serialises the same model, so the field is declared once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from hagiang_desktop.core.kinds import ActivityKind, NomineeKind, Rating
from hagiang_desktop.core.plan import Plan

DATA_SCHEMA = "hagiang-bundle-data/3"
#: The data schemas this program reads (the current one and the earlier ones it still accepts):
#: version 1 carried no follow-up (issue #24); its nominations leave the receiver's as they are.
#: Version 2 had no open field's title nor the sender's own plan (issue #16).
DATA_SCHEMAS_READ = (DATA_SCHEMA, "hagiang-bundle-data/2", "hagiang-bundle-data/1")
RETURN_SCHEMA = "hagiang-return/1"

#: A sender signs at most a few files a day; 2^31 − 1 is never reached, and stays clear of the
#: 64-bit limit where a sequence of 2^63 − 1 would have blocked that sender for good.
MAX_SEQUENCE = 2**31 - 1
#: Nesting deeper than this is not one of our documents (ours go four levels deep).
MAX_DEPTH = 8
#: More nominations than this in one bundle is not a district's list (a province has ~2,000).
MAX_NOMINATIONS = 20_000
MAX_UNITS = 50_000
MAX_CRITERIA = 200
#: Follow-up records of one model (three stages over three years: a few dozen at most).
MAX_FOLLOWUP = 500
MAX_RETURNS = 5_000
MAX_FILES = 2_000
#: Text sizes: a name or short field, and a long text (achievements, evidence).
SHORT_TEXT = 1_000
LONG_TEXT = 50_000


class SchemaError(ValueError):
    """A document that does not follow its schema; the message names the first offending place."""


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _iso_datetime(value: object) -> object:
    # Strict: only an ISO 8601 text with its offset becomes a time (never a number, never naive).
    if not isinstance(value, str):
        raise ValueError("must be an ISO 8601 text")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("must carry its UTC offset")
    return parsed


def _iso_date(value: object) -> object:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("must be an ISO date YYYY-MM-DD")
    return date.fromisoformat(value)


Code = Annotated[StrictStr, StringConstraints(min_length=1, max_length=32, pattern=r"^[^\s\x00-\x1f]+$")]
Uid = Annotated[StrictStr, StringConstraints(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_-]+$")]
Name = Annotated[
    StrictStr, StringConstraints(min_length=1, max_length=SHORT_TEXT), AfterValidator(_not_blank)
]
Short = Annotated[StrictStr, StringConstraints(max_length=SHORT_TEXT)]
Long = Annotated[StrictStr, StringConstraints(max_length=LONG_TEXT)]
Year = Annotated[StrictInt, Field(ge=1900, le=2100)]
Timestamp = Annotated[datetime, BeforeValidator(_iso_datetime)]
Day = Annotated[date | None, BeforeValidator(_iso_date)]
RequiredDay = Annotated[date, BeforeValidator(_iso_date)]
Text = Annotated[StrictStr, StringConstraints(min_length=1, max_length=LONG_TEXT), AfterValidator(_not_blank)]


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- manifest.json -----------------------------------------------------------------------------


class Party(_Schema):
    """A sender or a recipient: a unit code and its name."""

    code: Code
    name: Name


class FileEntry(_Schema):
    """One member as the manifest lists it."""

    path: Annotated[StrictStr, StringConstraints(min_length=1, max_length=255)]
    size: Annotated[StrictInt, Field(ge=0, le=2**40)]
    sha256: Annotated[StrictStr, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Manifest(_Schema):
    """``manifest.json`` (format ``hagiang-bundle``, version 2; version 1 still read)."""

    format: Literal["hagiang-bundle"]
    format_version: Literal[1, 2]
    kind: Literal["submission", "return"]
    plan_id: Annotated[StrictStr, StringConstraints(min_length=1, max_length=64)]
    sender: Party
    recipient: Party
    sequence: Annotated[StrictInt, Field(ge=1, le=MAX_SEQUENCE)]
    supplement: StrictBool = False
    created_at: Timestamp
    program_version: Annotated[StrictStr, StringConstraints(max_length=64)]
    files: Annotated[tuple[FileEntry, ...], Field(max_length=MAX_FILES)]


# --- data.json ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanContext:
    """What the plan-aware checks need: the plan, and the manifest the data must agree with.

    Attributes:
        plan: the receiver's plan.
        plan_id: the manifest's plan.
        sender_code: the manifest's sender.
        supplement: the manifest's supplement flag.
    """

    plan: Plan
    plan_id: str
    sender_code: str
    supplement: bool

    @property
    def first_day(self) -> date:
        """The first day of the plan's years."""
        return date(self.plan.info.period_start, 1, 1)

    @property
    def last_day(self) -> date:
        """The last day of the plan's years."""
        return date(self.plan.info.period_end, 12, 31)


def _plan_context(info: ValidationInfo) -> PlanContext | None:
    context = info.context
    return context if isinstance(context, PlanContext) else None


class CriterionTick(_Schema):
    """A criterion ticked for a nomination, with its evidence note."""

    code: Annotated[StrictStr, StringConstraints(min_length=1, max_length=32)]
    met: StrictBool
    evidence: Long | None = None


class FollowupAssessment(_Schema):
    """An assessment of a model at a stage of the plan (issue #24)."""

    stage_code: Code
    assessed_on: RequiredDay
    rating: Rating
    notes: Long = ""


class FollowupActivity(_Schema):
    """A replication activity of a model: study visit, experience talk, media, other."""

    kind: ActivityKind
    held_on: RequiredDay
    description: Text


class FollowupCommendation(_Schema):
    """A commendation a model received."""

    awarded_on: RequiredDay
    title: Name
    decision_number: Short | None = None


class Followup(_Schema):
    """A model's whole follow-up 2018–2020 as the sender has it (it replaces the receiver's).

    With the plan: each assessment's stage is one of the plan's and its day lies in the stage's
    window; activities and commendations lie within the plan's follow-up (first window's opening
    to last window's closing) — the rules of the entry form, so the province holds nothing a
    clerk could not have typed.
    """

    assessments: Annotated[tuple[FollowupAssessment, ...], Field(max_length=MAX_FOLLOWUP)] = ()
    activities: Annotated[tuple[FollowupActivity, ...], Field(max_length=MAX_FOLLOWUP)] = ()
    commendations: Annotated[tuple[FollowupCommendation, ...], Field(max_length=MAX_FOLLOWUP)] = ()

    @model_validator(mode="after")
    def _in_the_plans_windows(self, info: ValidationInfo) -> Followup:
        context = _plan_context(info)
        if context is None:
            return self
        plan = context.plan
        for a in self.assessments:
            try:
                stage = plan.stage(a.stage_code)
            except KeyError as error:
                raise ValueError(f"stage {a.stage_code} is not in the plan") from error
            if not stage.contains(a.assessed_on):
                raise ValueError(
                    f"assessment of {a.assessed_on.isoformat()} outside stage {a.stage_code} "
                    f"({stage.opens.isoformat()}–{stage.closes.isoformat()})"
                )
        window = plan.followup_window()
        if window is not None:
            days = [r.held_on for r in self.activities] + [c.awarded_on for c in self.commendations]
            outside = [d for d in days if not window[0] <= d <= window[1]]
            if outside:
                raise ValueError(f"{outside[0].isoformat()} outside the plan's follow-up")
        return self


class BundleNomination(_Schema):
    """One nomination as a bundle carries it; ``uid`` is the merge key, stable across bundles.

    ``followup`` (schema 2): the model's assessments, replication activities and commendations;
    None in a version 1 file, which says nothing about them.
    """

    uid: Uid
    year: Year
    kind: Literal["collective", "individual", "household"]
    field_code: Annotated[StrictStr, StringConstraints(min_length=1, max_length=16)]
    name: Name
    registering_unit_code: Code
    registering_unit_name: Name
    status: Literal["draft", "registered", "selected", "submitted", "accepted", "returned"]
    eligible: StrictBool
    is_supplement: StrictBool
    position: Short | None = None
    work_unit: Short | None = None
    gender: Short | None = None
    birth_year: Year | None = None
    member_unit_code: Code | None = None
    household_head: Short | None = None
    village: Short | None = None
    commune: Short | None = None
    achievements: Long = ""
    good_practice: Long = ""
    replication_plan: Long = ""
    target_honour: Short | None = None
    received_on: Day = None
    channel: Literal["paper", "excel_template", "bundle", "email", "typed"] | None = None
    override_reason: Long | None = None
    note: Long | None = None
    criteria: Annotated[tuple[CriterionTick, ...], Field(max_length=MAX_CRITERIA)] = ()
    followup: Followup | None = None
    #: Schema 3 (issue #16): the own title of a model of the plan's open field ("Tư pháp").
    field_title: Short | None = None

    @field_validator("year")
    @classmethod
    def _year_in_plan(cls, value: int, info: ValidationInfo) -> int:
        context = _plan_context(info)
        if context and not context.first_day.year <= value <= context.last_day.year:
            raise ValueError(f"outside the plan's years {context.first_day.year}–{context.last_day.year}")
        return value

    @field_validator("received_on")
    @classmethod
    def _day_in_plan(cls, value: date | None, info: ValidationInfo) -> date | None:
        context = _plan_context(info)
        if context and value is not None and not context.first_day <= value <= context.last_day:
            raise ValueError(f"outside the plan's years {context.first_day.year}–{context.last_day.year}")
        return value

    @model_validator(mode="after")
    def _known_to_the_plan(self, info: ValidationInfo) -> BundleNomination:
        codes = [tick.code for tick in self.criteria]
        if len(set(codes)) != len(codes):
            raise ValueError(f"criterion listed twice: {_repeated(codes)}")
        context = _plan_context(info)
        if context is None:
            return self
        plan = context.plan
        try:
            plan.field(self.field_code)
        except (KeyError, ValueError) as error:
            raise ValueError(f"field {self.field_code} is not in the plan") from error
        kind = NomineeKind(self.kind)
        if not plan.kind_allowed(self.field_code, kind):
            raise ValueError(f"field {self.field_code} does not admit {self.kind}")
        known = {c.code for c in plan.criteria_for(self.field_code, kind)}
        unknown = sorted(set(codes) - known)
        if unknown:
            listed = ", ".join(unknown[:5])
            raise ValueError(f"criteria not in the plan for field {self.field_code}: {listed}")
        return self


class BundleUnit(_Schema):
    """A unit named by the nominations (so that the receiver can check its directory)."""

    code: Code
    name: Name
    kind: Annotated[StrictStr, StringConstraints(min_length=1, max_length=32)]
    parent_code: Code | None = None


class UnitPlanRef(_Schema):
    """Schema 3 (issue #16): the sender's own replication plan (plan IV.1), sent with its list.

    ``file`` is the bundle member holding the document (listed in the manifest like any other), or
    None when only the number and date were recorded.
    """

    unit_code: Code
    number: Short | None = None
    signed_on: Day = None
    sent_on: RequiredDay
    file: Annotated[StrictStr, StringConstraints(pattern=r"^ke-hoach-nhan-rong\.(pdf|docx)$")] | None = None
    file_name: Short | None = None


class BundleData(_Schema):
    """``data.json``: the nominations with their criteria ticks, and the units they name.

    ``withdraw_all``: a full bundle with no nomination is refused unless it says, with this flag,
    that the sender withdraws everything it sent (a broken export must not wipe a district's list).
    """

    schema_: Annotated[StrictStr, Field(alias="schema")]
    plan_id: Annotated[StrictStr, StringConstraints(min_length=1, max_length=64)]
    sender_code: Code
    supplement: StrictBool
    withdraw_all: StrictBool = False
    units: Annotated[tuple[BundleUnit, ...], Field(max_length=MAX_UNITS)] = ()
    nominations: Annotated[tuple[BundleNomination, ...], Field(max_length=MAX_NOMINATIONS)]
    unit_plan: UnitPlanRef | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: str) -> str:
        if value not in DATA_SCHEMAS_READ:
            raise ValueError(f"schema {value[:40]!r} is not one this program reads")
        return value

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> BundleData:
        uids = [n.uid for n in self.nominations]
        if len(set(uids)) != len(uids):
            raise ValueError(f"uid listed twice: {_repeated(uids)}")
        codes = [u.code for u in self.units]
        if len(set(codes)) != len(codes):
            raise ValueError(f"unit listed twice: {_repeated(codes)}")
        if self.withdraw_all and (self.supplement or self.nominations):
            raise ValueError("withdraw_all is only for a full bundle with no nomination")
        if not self.supplement and not self.nominations and not self.withdraw_all:
            raise ValueError("a full bundle with no nomination must say withdraw_all")
        context = _plan_context(info)
        if context is not None:
            for name, mine, theirs in (
                ("plan_id", self.plan_id, context.plan_id),
                ("sender_code", self.sender_code, context.sender_code),
                ("supplement", self.supplement, context.supplement),
            ):
                if mine != theirs:
                    raise ValueError(f"{name} {mine!r} differs from the manifest's {theirs!r}")
        return self


# --- return.json -------------------------------------------------------------------------------


class ReturnItem(_Schema):
    """One returned nomination and why."""

    uid: Uid
    name: Name
    reason: Annotated[Long, AfterValidator(_not_blank)]
    returned_at: Timestamp


class ReturnDocument(_Schema):
    """``return.json``: the province's return of nominations to the office that sent them."""

    schema_: Annotated[Literal["hagiang-return/1"], Field(alias="schema")]
    returns: Annotated[tuple[ReturnItem, ...], Field(min_length=1, max_length=MAX_RETURNS)]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _unique(self) -> ReturnDocument:
        uids = [r.uid for r in self.returns]
        if len(set(uids)) != len(uids):
            raise ValueError(f"uid listed twice: {_repeated(uids)}")
        return self


# --- reading -----------------------------------------------------------------------------------


def _repeated(values: Iterable[str]) -> str:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value[:64]
        seen.add(value)
    return ""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise SchemaError(f"key {key[:40]!r} appears twice")
        document[key] = value
    return document


def _refuse_constant(name: str) -> float:
    raise SchemaError(f"{name} is not a number of ours")


def _depth(value: Any, limit: int) -> None:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if level > limit:
            raise SchemaError(f"nested deeper than {limit} levels")
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)


def load_json(raw: bytes, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse a member's bytes as strict JSON: UTF-8, no duplicate keys, no NaN/Infinity, shallow.

    Raises:
        SchemaError: the bytes are not such JSON; the message says why.
    """
    try:
        text = raw.decode("utf-8")
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant)
    except SchemaError:
        raise
    except RecursionError as error:
        raise SchemaError(f"nested deeper than {max_depth} levels") from error
    except (UnicodeDecodeError, ValueError) as error:
        raise SchemaError(f"not JSON ({' '.join(str(error).split())[:120]})") from error
    _depth(document, max_depth)
    return document


def _first_error(error: ValidationError) -> str:
    problems = error.errors(include_url=False, include_input=False)
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "document"
    text = " ".join(str(first["msg"]).split())[:160]
    more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {text}{more}"


_M = TypeVar("_M", bound=BaseModel)


def _validate(model: type[_M], document: Any, context: object = None) -> _M:
    if not isinstance(document, dict):
        raise SchemaError(f"document: must be an object, not {type(document).__name__}")
    try:
        return model.model_validate(document, context=context)
    except ValidationError as error:
        raise SchemaError(_first_error(error)) from error
    except (ValueError, OverflowError, RecursionError) as error:  # a validator's own refusal
        raise SchemaError(" ".join(str(error).split())[:160]) from error


def make(model: type[_M], **values: Any) -> _M:
    """Build a document part from our own data, refusing what a receiver would refuse.

    Raises:
        SchemaError: a value breaks the schema (the message names the field).
    """
    return _validate(model, values)


def parse_manifest(raw: bytes) -> Manifest:
    """Validate ``manifest.json`` bytes against :class:`Manifest`.

    Raises:
        SchemaError: the first place the manifest departs from the schema.
    """
    document = load_json(raw)
    return _validate(Manifest, document)


def parse_data(raw: bytes, context: PlanContext | None = None) -> BundleData:
    """Validate ``data.json`` bytes against :class:`BundleData` (and the plan, given a context).

    Raises:
        SchemaError: the first place the data departs from the schema or the plan.
    """
    return _validate(BundleData, load_json(raw), context)


def parse_return(raw: bytes) -> ReturnDocument:
    """Validate ``return.json`` bytes against :class:`ReturnDocument`.

    Raises:
        SchemaError: the first place the return departs from the schema.
    """
    return _validate(ReturnDocument, load_json(raw))


def json_schemas() -> dict[str, dict[str, Any]]:
    """Return the JSON Schema of each exchanged document (published in docs/bundle-format.md)."""
    return {
        "manifest.json": Manifest.model_json_schema(),
        "data.json": BundleData.model_json_schema(by_alias=True),
        "return.json": ReturnDocument.model_json_schema(by_alias=True),
    }
