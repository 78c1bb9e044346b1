"""The plan's deadline and quota rules, pure, on local dates in Vietnam.

"Before day X" deadlines (:func:`deadline_status`), the supplement rule (late means
supplement, :func:`is_supplement`) and quotas (:func:`quota_status`), computed from the plan's
data (:mod:`hagiang_desktop.core.plan_model`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from hagiang_desktop.core.plan_model import Deadline, Quota
from hagiang_desktop.core.vntext import format_date_plain

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


def describe_rule_vi(deadline: Deadline) -> str:
    """Describe a deadline's rule in Vietnamese, e.g. ``"trước ngày 14/4/2018: hạn cuối 13/4/2018"``.

    Args:
        deadline: The deadline.

    Returns:
        The description.
    """
    before, last = format_date_plain(deadline.before), format_date_plain(deadline.last_on_time_day)
    return f"trước ngày {before}: hạn cuối {last}"


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
