"""The plan catalogue: a plan (Plan 127/KH-UBND by default) loaded from a TOML data file.

The plan is data, not code: its fields, criteria, deadlines, quotas, target honours and follow-up
stages live in ``resources/plans/*.toml`` and are validated here on load. This module also holds the
pure rules computed from that data: criteria eligibility, "before day X" deadlines and quotas.

All dates are *local calendar dates in Vietnam* (:class:`datetime.date`), never timestamps.
"""

from __future__ import annotations

import dataclasses
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from hagiang_desktop.core.kinds import NomineeKind, UnitKind
from hagiang_desktop.core.resources import resources_dir

__all__ = [
    "DEFAULT_PLAN_FILE",
    "Citation",
    "Criterion",
    "Deadline",
    "DeadlineRule",
    "DeadlineState",
    "DeadlineStatus",
    "Eligibility",
    "Field",
    "Honour",
    "KindLabel",
    "Plan",
    "PlanError",
    "PlanInfo",
    "PlanNote",
    "Quota",
    "QuotaState",
    "Stage",
    "StageActivity",
    "deadline_status",
    "default_plan_path",
    "describe_rule_en",
    "describe_rule_vi",
    "is_supplement",
    "load_plan",
    "quota_status",
]

DEFAULT_PLAN_FILE = "plan-127-2018.toml"
"""File name of the bundled plan catalogue, under ``resources/plans/``."""

_E = TypeVar("_E", bound=StrEnum)

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class PlanError(Exception):
    """A plan file that cannot be read or is inconsistent.

    Attributes:
        path: The plan file.
        key: Dotted path of the offending key (``fields[2].criteria[3].code``), or ``None`` when the
            problem is not tied to one key (unreadable file, TOML syntax error).
        message: What is wrong, in English.
    """

    def __init__(self, path: Path, key: str | None, message: str) -> None:
        super().__init__(path, key, message)
        self.path = path
        self.key = key
        self.message = message

    def __str__(self) -> str:
        if self.key is None:
            return f"plan file {self.path}: {self.message}"
        return f"plan file {self.path}, key {self.key}: {self.message}"


# --------------------------------------------------------------------------------------------
# The catalogue
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """The ``[plan]`` table: which plan this is."""

    id: str
    title: str
    issuer: str
    issued_on: date
    period_start: int
    period_end: int
    province: str
    #: Who receives the lists, as the documents address it ("UBND tỉnh Hà Giang (qua Ban Thi đua –
    #: Khen thưởng, Sở Nội vụ)"): the plan's words with the province named.
    recipient: str
    #: The same, word for word as the plan writes it ("UBND tỉnh (qua Ban Thi đua, khen thưởng -
    #: Sở Nội vụ)", III.1.1 and IV.1): the test checks it against the plan's text.
    recipient_text: str


@dataclass(frozen=True, slots=True)
class KindLabel:
    """Labels of one kind of nominee."""

    code: NomineeKind
    label_vi: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Criterion:
    """One atomic criterion (one checkbox), worded exactly as the plan words it.

    ``kind`` and ``field_code`` are ``None`` for a general criterion, which applies to every kind in
    every field.
    """

    code: str
    text: str
    kind: NomineeKind | None = None
    field_code: str | None = None

    @property
    def is_general(self) -> bool:
        """Whether this is a general criterion (plan III.1)."""
        return self.field_code is None


@dataclass(frozen=True, slots=True)
class Field:
    """A field (lĩnh vực) of section III.2 with the kinds of nominee it admits and its criteria."""

    code: str
    title: str
    short_vi: str
    title_en: str
    kinds: tuple[NomineeKind, ...]
    criteria: tuple[Criterion, ...]
    open: bool = False
    basis: str = ""
    clause: str = ""

    def label(self, other_title: str | None = None) -> str:
        """Return how a model's field is shown: the short title, or for the open field its own title.

        Args:
            other_title: the free title a model of the open field carries ("Tư pháp").

        Returns:
            ``"Giáo dục – Đào tạo"``, or ``"Lĩnh vực khác: Tư pháp"`` for the open field.
        """
        if self.open and other_title:
            return f"{self.short_vi}: {other_title}"
        return self.short_vi

    def criteria_of_kind(self, kind: NomineeKind) -> tuple[Criterion, ...]:
        """Return this field's own criteria for ``kind``, in plan order (general ones excluded).

        Args:
            kind: The kind of nominee.

        Returns:
            The criteria, empty if the kind is not admitted.
        """
        return tuple(c for c in self.criteria if c.kind == kind)


@dataclass(frozen=True, slots=True)
class Citation:
    """A further passage of the plan that bears on an item, with its clause."""

    clause: str
    text: str


class DeadlineRule(StrEnum):
    """How a deadline's date is read."""

    BEFORE = "before"
    """Read as "trước ngày X": the last day on time is X − 1; a submission dated X is late."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline of the roadmap: who sends what to whom, before which day.

    A deadline is either *direct* or *under a body*:

    * direct (``body_kinds`` empty): it binds a unit of ``from_unit_kinds`` that is itself a
      reporting body (see :meth:`Plan.deadline_for_path`). ``parent_kinds`` restricts it to units
      whose parent is of one of those kinds; empty means whatever the parent;
    * under a body (``body_kinds`` set): it binds a unit of ``from_unit_kinds`` that lies, at any
      depth, under a reporting body of one of ``body_kinds`` (a commune's school falls under its
      district: plan III, Lộ trình 1.1).
    """

    code: str
    before: date
    rule: DeadlineRule
    from_unit_kinds: tuple[UnitKind, ...]
    parent_kinds: tuple[UnitKind, ...]
    to: str
    what: tuple[str, ...]
    text: str
    clause: str
    also: tuple[Citation, ...] = ()
    body_kinds: tuple[UnitKind, ...] = ()
    own_plan: str = ""
    """The sender's own plan due with the list (IV.1 "và kế hoạch bồi dưỡng, nhân rộng …"), if any."""

    @property
    def is_direct(self) -> bool:
        """Whether the deadline binds reporting bodies themselves (not units under a body)."""
        return not self.body_kinds

    @property
    def last_on_time_day(self) -> date:
        """The last day on which a submission is on time (the day before ``before``)."""
        return self.before - timedelta(days=1)

    def applies_to(self, unit_kind: UnitKind, parent_kind: UnitKind | None) -> bool:
        """Whether a unit of ``unit_kind`` under a parent of ``parent_kind`` must meet this deadline.

        Args:
            unit_kind: Kind of the submitting unit.
            parent_kind: Kind of its parent unit, or ``None`` if it has none (or it is unknown).

        Returns:
            True if the deadline binds that unit (for a deadline under a body: if it binds a unit of
            that kind directly under such a body).
        """
        if self.body_kinds:
            return unit_kind in self.from_unit_kinds and parent_kind in self.body_kinds
        if unit_kind not in self.from_unit_kinds:
            return False
        if not self.parent_kinds:
            return True
        return parent_kind is not None and parent_kind in self.parent_kinds


@dataclass(frozen=True, slots=True)
class Quota:
    """How many models a kind of unit selects. An advisory quota has no hard minimum.

    ``deadline`` names the deadline whose units the quota binds (Plan 127: the list sent to the
    province by 27/4, so a district's own mass organisation has none); empty binds every unit of
    ``unit_kinds``.
    """

    unit_kinds: tuple[UnitKind, ...]
    minimum: int | None
    advisory: bool
    text: str
    clause: str
    deadline: str = ""

    def __post_init__(self) -> None:
        if self.minimum is not None and self.minimum < 0:
            raise ValueError(f"quota minimum must not be negative, got {self.minimum}")
        if not self.advisory and self.minimum is None:
            raise ValueError("a quota that is not advisory needs a minimum")


@dataclass(frozen=True, slots=True)
class Honour:
    """A State honour a model may be built towards."""

    code: str
    name: str
    name_en: str
    clause: str


@dataclass(frozen=True, slots=True)
class StageActivity:
    """One activity the plan lists for a follow-up stage (e.g. study visits in 2019)."""

    code: str
    text: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Stage:
    """A follow-up stage of a model's life (2018 interim review, 2019 follow-up, 2020 evaluation).

    ``due_is_estimate`` is true when the plan gives no day and ``due`` is our estimate (year end).
    ``opens``/``closes`` bound the days an assessment of the stage may carry (the stage's year
    when the plan file gives no window).
    """

    code: str
    year: int
    title_vi: str
    title_en: str
    text: str
    clause: str
    due: date
    due_is_estimate: bool
    activities: tuple[StageActivity, ...] = ()
    opens: date = date.min
    closes: date = date.max

    def contains(self, day: date) -> bool:
        """Tell whether ``day`` lies in the stage's window (both ends included)."""
        return self.opens <= day <= self.closes


@dataclass(frozen=True, slots=True)
class PlanNote:
    """A rule of section IV shown to users: the plan's sentence and a short label.

    For the consequence (IV.1) ``unit_kinds`` and ``deadline`` say whom it addresses (empty: every
    unit).
    """

    label_vi: str
    label_en: str
    text: str
    clause: str
    unit_kinds: tuple[UnitKind, ...] = ()
    deadline: str = ""


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Result of checking ticked criteria against a field and kind.

    Attributes:
        eligible: True when every applicable criterion (general and field) is ticked.
        missing: Applicable criteria not ticked, in plan order.
        unknown: Ticked codes that do not apply to this field and kind (stale or mistyped), in the
            order first given. They neither help nor block eligibility.
    """

    eligible: bool
    missing: tuple[Criterion, ...]
    unknown: tuple[str, ...]


_Coded = TypeVar("_Coded", Deadline, Honour, Stage)


def _by_code(items: tuple[_Coded, ...], code: str, what: str) -> _Coded:
    """Return the item with ``code`` (catalogues are short: a scan is the simplest index)."""
    for item in items:
        if item.code == code:
            return item
    raise KeyError(f"unknown {what} {code!r}")


@dataclass(frozen=True, slots=True)
class Plan:
    """A loaded, validated plan catalogue. Build it with :func:`load_plan`."""

    info: PlanInfo
    kinds: tuple[KindLabel, ...]
    general_criteria: tuple[Criterion, ...]
    fields: tuple[Field, ...]
    deadlines: tuple[Deadline, ...]
    quotas: tuple[Quota, ...]
    honours: tuple[Honour, ...]
    stages: tuple[Stage, ...]
    consequence: PlanNote
    supplement: PlanNote
    source: Path | None = None
    _fields_by_code: dict[str, Field] = dataclasses.field(init=False, repr=False, compare=False)
    _criteria_by_code: dict[str, Criterion] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_fields_by_code", {f.code: f for f in self.fields})
        criteria = {c.code: c for c in self.general_criteria}
        for fld in self.fields:
            criteria.update((c.code, c) for c in fld.criteria)
        object.__setattr__(self, "_criteria_by_code", criteria)

    @property
    def id(self) -> str:
        """The plan's number and symbol, e.g. ``"127/KH-UBND"`` (same as ``info.id``)."""
        return self.info.id

    def kind_label(self, kind: NomineeKind) -> KindLabel:
        """Return the labels of a kind of nominee.

        Args:
            kind: The kind.

        Returns:
            Its labels.

        Raises:
            KeyError: The plan does not declare that kind.
        """
        for label in self.kinds:
            if label.code == kind:
                return label
        raise KeyError(kind)

    def fields_for_kind(self, kind: NomineeKind) -> tuple[Field, ...]:
        """Return the fields that admit ``kind``, in plan order.

        Args:
            kind: The kind of nominee.

        Returns:
            The fields (2.1–2.7 for collectives and individuals, 2.8 for households in Plan 127).
        """
        return tuple(f for f in self.fields if kind in f.kinds)

    @property
    def open_field(self) -> Field | None:
        """The open field (III.2 "một số lĩnh vực": any other field, general criteria only), if any."""
        return next((f for f in self.fields if f.open), None)

    def field(self, code: str) -> Field:
        """Return the field with this code.

        Args:
            code: A field code such as ``"2.3"``.

        Returns:
            The field.

        Raises:
            KeyError: No such field.
        """
        try:
            return self._fields_by_code[code]
        except KeyError:
            raise KeyError(f"unknown field {code!r}") from None

    def kind_allowed(self, field_code: str, kind: NomineeKind) -> bool:
        """Whether the field admits this kind of nominee.

        Args:
            field_code: A field code; an unknown code admits nothing.
            kind: The kind of nominee.

        Returns:
            True if a nominee of ``kind`` may be registered in that field.
        """
        fld = self._fields_by_code.get(field_code)
        return fld is not None and kind in fld.kinds

    def criteria_for(self, field_code: str, kind: NomineeKind) -> tuple[Criterion, ...]:
        """Return every criterion a nominee must meet: general first, then the field's for its kind.

        Args:
            field_code: A field code such as ``"2.3"``.
            kind: The kind of nominee.

        Returns:
            The criteria in plan order.

        Raises:
            KeyError: No such field.
            ValueError: The field does not admit that kind.
        """
        fld = self.field(field_code)
        if kind not in fld.kinds:
            raise ValueError(f"field {field_code} does not admit {kind!s} nominees")
        return self.general_criteria + fld.criteria_of_kind(kind)

    def criterion(self, code: str) -> Criterion:
        """Return the criterion (general or field) with this code.

        Args:
            code: A criterion code such as ``"III.1.2"`` or ``"2.3.a.4"``.

        Returns:
            The criterion.

        Raises:
            KeyError: No such criterion.
        """
        try:
            return self._criteria_by_code[code]
        except KeyError:
            raise KeyError(f"unknown criterion {code!r}") from None

    def evaluate(self, field_code: str, kind: NomineeKind, ticked: Iterable[str]) -> Eligibility:
        """Check ticked criteria codes against what the field requires of that kind.

        A nominee is eligible when it meets all general criteria and all basic criteria of its field
        for its kind (plan III.2: "cần có đủ các tiêu chí cơ bản sau").

        Args:
            field_code: A field code such as ``"2.3"``.
            kind: The kind of nominee.
            ticked: Codes of the criteria ticked as met (duplicates are harmless).

        Returns:
            Whether eligible, what is missing and which ticked codes do not apply.

        Raises:
            KeyError: No such field.
            ValueError: The field does not admit that kind.
            TypeError: ``ticked`` is a single string rather than an iterable of codes.
        """
        if isinstance(ticked, str):
            raise TypeError("ticked must be an iterable of criterion codes, not a string")
        applicable = self.criteria_for(field_code, kind)
        applicable_codes = {c.code for c in applicable}
        given = list(ticked)
        given_set = set(given)
        missing = tuple(c for c in applicable if c.code not in given_set)
        unknown = tuple(dict.fromkeys(code for code in given if code not in applicable_codes))
        return Eligibility(eligible=not missing, missing=missing, unknown=unknown)

    def deadline(self, code: str) -> Deadline:
        """Return the deadline with this code.

        Args:
            code: A deadline code such as ``"to_province"``.

        Returns:
            The deadline.

        Raises:
            KeyError: No such deadline.
        """
        return _by_code(self.deadlines, code, "deadline")

    def deadline_for_unit(self, unit_kind: UnitKind, parent_kind: UnitKind | None = None) -> Deadline | None:
        """Return the deadline of a unit known only by its kind and its parent's kind.

        Same as :meth:`deadline_for_path` with the path ``(unit_kind, parent_kind)``; prefer the
        full path, which places a unit under a commune under its district.

        Args:
            unit_kind: Kind of the submitting unit.
            parent_kind: Kind of its parent, or ``None``.

        Returns:
            The deadline, or ``None`` if the plan sets none for such a unit (e.g. the province).
        """
        return self.deadline_for_path((unit_kind,) if parent_kind is None else (unit_kind, parent_kind))

    def reporting_body(self, path: Sequence[UnitKind]) -> int | None:
        """Find the reporting body on a unit's path: the outermost unit a direct deadline binds.

        Plan 127 (III, Lộ trình 1.1) has two levels: the bodies that send their list to the province
        (each district or city, each provincial department, association, mass organisation or
        enterprise) and everything under them, which registers with its body. The body is looked
        for from the root down, so a district's own mass organisation lies under its district
        rather than being a body of its own.

        Args:
            path: Kinds from the unit up to the root: ``(unit, parent, grandparent, …)``.

        Returns:
            The index in ``path`` of the body (0: the unit itself is a body), or ``None``.
        """
        for i in range(len(path) - 1, -1, -1):
            parent = path[i + 1] if i + 1 < len(path) else None
            if any(d.is_direct and d.applies_to(path[i], parent) for d in self.deadlines):
                return i
        return None

    def deadline_for_path(self, path: Sequence[UnitKind]) -> Deadline | None:
        """Return the deadline a unit must meet when it sends its registrations upward.

        A reporting body (see :meth:`reporting_body`) meets its direct deadline (27/4 to the
        province); a unit under a body meets the deadline for units under a body of that kind (14/4
        to the district's Phòng Nội vụ, or to the department's head), whatever its depth.

        Args:
            path: Kinds from the unit up to the root: ``(unit, parent, grandparent, …)``. Callers
                with a dated directory pass the path as of the day they judge.

        Returns:
            The deadline, or ``None`` if the plan sets none for such a unit (e.g. the province).
        """
        if not path:
            return None
        body = self.reporting_body(path)
        if body is None:
            return None
        if body == 0:
            parent = path[1] if len(path) > 1 else None
            return next(d for d in self.deadlines if d.is_direct and d.applies_to(path[0], parent))
        for dl in self.deadlines:
            if not dl.is_direct and path[0] in dl.from_unit_kinds and path[body] in dl.body_kinds:
                return dl
        return None

    def quota_for(self, unit_kind: UnitKind) -> Quota | None:
        """Return the selection quota of a kind of unit, whatever its place in the directory.

        Args:
            unit_kind: Kind of the selecting unit.

        Returns:
            The quota, or ``None`` if the plan sets none for that kind.
        """
        for quota in self.quotas:
            if unit_kind in quota.unit_kinds:
                return quota
        return None

    def quota_for_path(self, path: Sequence[UnitKind]) -> Quota | None:
        """Return the quota of a unit by its path: only units that meet the quota's deadline have one.

        Plan 127 sets the quotas in the paragraph of the list sent to the province: a district's
        own mass organisation, which registers with its district, has no hard quota of 5.

        Args:
            path: Kinds from the unit up to the root.

        Returns:
            The quota, or ``None``.
        """
        if not path:
            return None
        quota = self.quota_for(path[0])
        if quota is None or not quota.deadline:
            return quota
        deadline = self.deadline_for_path(path)
        return quota if deadline is not None and deadline.code == quota.deadline else None

    def consequence_binds(self, path: Sequence[UnitKind]) -> bool:
        """Whether the consequence of IV.1 addresses a unit with this path.

        Args:
            path: Kinds from the unit up to the root.

        Returns:
            True for the bodies the paragraph addresses (Plan 127: the provincial departments,
            associations and mass organisations and the districts' People's Committees, which send
            their list to the province); False for the units under them, which their body follows up.
        """
        note = self.consequence
        if not path or (note.unit_kinds and path[0] not in note.unit_kinds):
            return False
        if not note.deadline:
            return True
        deadline = self.deadline_for_path(path)
        return deadline is not None and deadline.code == note.deadline

    def honour(self, code: str) -> Honour:
        """Return the target honour with this code.

        Args:
            code: An honour code such as ``"meritorious_teacher"``.

        Returns:
            The honour.

        Raises:
            KeyError: No such honour.
        """
        return _by_code(self.honours, code, "honour")

    def stage(self, code: str) -> Stage:
        """Return the follow-up stage with this code.

        Args:
            code: A stage code such as ``"review_2018"``.

        Returns:
            The stage.

        Raises:
            KeyError: No such stage.
        """
        return _by_code(self.stages, code, "stage")

    def stage_of_year(self, year: int) -> Stage:
        """Return the follow-up stage of a year of the roadmap (2018, 2019, 2020).

        Raises:
            KeyError: No stage for that year.
        """
        for stage in self.stages:
            if stage.year == year:
                return stage
        raise KeyError(f"no stage in {year}")

    def stage_on(self, day: date) -> Stage | None:
        """Return the stage whose window holds ``day`` (the first, if windows overlap), or None."""
        return next((s for s in self.stages if s.contains(day)), None)

    def followup_window(self) -> tuple[date, date] | None:
        """Return the first day and the last day of the follow-up (all stages), or None without stages."""
        if not self.stages:
            return None
        return min(s.opens for s in self.stages), max(s.closes for s in self.stages)


# --------------------------------------------------------------------------------------------
# Deadline and quota rules
# --------------------------------------------------------------------------------------------


class DeadlineState(StrEnum):
    """Where a unit stands against a deadline, as of a given day."""

    ON_TIME = "on_time"
    LATE = "late"
    PENDING = "pending"
    """Not received, and the last on-time day has not passed."""
    MISSING = "missing"
    """Not received, and the last on-time day has passed."""


@dataclass(frozen=True, slots=True)
class DeadlineStatus:
    """A unit's standing against a deadline as of a day.

    Attributes:
        state: On time, late, pending or missing.
        days_left: Days from ``as_of`` to the last on-time day; 0 means today is the last day,
            negative numbers count the days overdue.
        received_on: The receipt date taken into account (``None`` if nothing was received by
            ``as_of``).
    """

    state: DeadlineState
    days_left: int
    received_on: date | None


def _require_date(value: object, name: str) -> None:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a local calendar date (datetime.date), got {type(value).__name__}")


def deadline_status(deadline: Deadline, as_of: date, received_on: date | None) -> DeadlineStatus:
    """Compute a unit's standing against a deadline, as seen on day ``as_of``.

    "trước ngày X" means the last on-time day is X − 1: a receipt dated X − 1 or earlier is on time,
    one dated X or later is late. A receipt dated after ``as_of`` is treated as not yet received.

    Args:
        deadline: The deadline.
        as_of: The day of the look (a local date in Vietnam).
        received_on: The day the submission was received, or ``None``.

    Returns:
        The state and the days left.

    Raises:
        TypeError: A date argument is a ``datetime`` (a timestamp) or not a date at all.
    """
    _require_date(as_of, "as_of")
    if received_on is not None:
        _require_date(received_on, "received_on")
    last = deadline.last_on_time_day
    days_left = (last - as_of).days
    effective = received_on if received_on is not None and received_on <= as_of else None
    if effective is not None:
        state = DeadlineState.ON_TIME if effective <= last else DeadlineState.LATE
    else:
        state = DeadlineState.PENDING if as_of <= last else DeadlineState.MISSING
    return DeadlineStatus(state=state, days_left=days_left, received_on=effective)


def is_supplement(deadline: Deadline | None, received_on: date | None) -> bool:
    """Tell whether a registration received on ``received_on`` is a supplement (plan IV.2: late).

    A unit's registrations received after the last on-time day of its deadline go up as a
    supplement ("báo cáo bổ sung"); nothing is late where no deadline binds the unit.

    Args:
        deadline: The deadline that binds the registering unit (``Plan.deadline_for_path``), or
            ``None``.
        received_on: The local date the registration was received, or ``None`` (not known).

    Returns:
        True when received after the last on-time day.
    """
    if deadline is None or received_on is None:
        return False
    return received_on > deadline.last_on_time_day


def _dmy(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def describe_rule_vi(deadline: Deadline) -> str:
    """Describe a deadline's rule in Vietnamese, e.g. ``"trước ngày 14/4/2018: hạn cuối 13/4/2018"``.

    Args:
        deadline: The deadline.

    Returns:
        The description.
    """
    return f"trước ngày {_dmy(deadline.before)}: hạn cuối {_dmy(deadline.last_on_time_day)}"


def describe_rule_en(deadline: Deadline) -> str:
    """Describe a deadline's rule in English, e.g. ``"before 14 April 2018: last day 13 April 2018"``.

    Args:
        deadline: The deadline.

    Returns:
        The description.
    """

    def long(day: date) -> str:
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"

    return f"before {long(deadline.before)}: last day {long(deadline.last_on_time_day)}"


class QuotaState(StrEnum):
    """How a unit's count of selected models stands against its quota."""

    MET = "met"
    SHORT = "short"
    ADVISORY = "advisory"
    """The quota is advisory (no hard minimum, or a suggested one not reached): never short."""
    NONE = "none"
    """The plan sets no quota for the unit."""


def quota_status(quota: Quota | None, count: int) -> QuotaState:
    """Compare a count of selected models with a quota.

    Args:
        quota: The unit's quota (see :meth:`Plan.quota_for`), or ``None``.
        count: How many models the unit has selected.

    Returns:
        ``met`` or ``short`` for a hard quota; ``advisory`` for an advisory one (``met`` if it
        suggests a number and the count reaches it); ``none`` without a quota.

    Raises:
        ValueError: ``count`` is negative.
    """
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    if quota is None:
        return QuotaState.NONE
    if quota.advisory:
        if quota.minimum is not None and count >= quota.minimum:
            return QuotaState.MET
        return QuotaState.ADVISORY
    if quota.minimum is None or count >= quota.minimum:
        return QuotaState.MET
    return QuotaState.SHORT


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


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
