"""The plan catalogue's model: a plan's fields, criteria, deadlines, quotas, honours and stages.

The plan is data, not code: these are the shapes :mod:`hagiang_desktop.core.plan_loader` fills
from ``resources/plans/*.toml``; :class:`Plan` answers questions about them (a field's
criteria, a kind's deadline, whether a nomination's ticks make it eligible).

All dates are *local calendar dates in Vietnam* (:class:`datetime.date`), never timestamps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from hagiang_desktop.core.kinds import NomineeKind, UnitKind
from hagiang_desktop.core.vntext import format_date_short


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
    #: The directory's code of the body that receives the lists ("02-SNV", Sở Nội vụ): a bundle's
    #: manifest names it as the recipient.
    recipient_code: str

    @property
    def reference(self) -> str:
        """The plan as documents cite it: "Kế hoạch số 127/KH-UBND ngày 04/04/2018 của Ủy ban nhân dân…"."""
        return f"Kế hoạch số {self.id} ngày {format_date_short(self.issued_on)} của {self.issuer}"


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
    """A loaded, validated plan catalogue. Build it with ``load_plan``."""

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
