"""A nomination's stored columns, built in one place for entry, file import and bundle import.

Whoever gives the nomination (the form, a unit's Excel file, a district's bundle), what can be
derived is derived here from the plan and the dates, never taken from the giver: eligibility
from the ticked criteria (plan III.2), the supplement mark from the registering unit's deadline
and the receipt day (plan IV.2).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from hagiang_desktop.core.plan import Deadline, Plan, is_supplement
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.storage.models import Unit, name_values, search_text

if TYPE_CHECKING:
    from hagiang_desktop.services.nominations import NominationInput


def cleaned(data: NominationInput) -> NominationInput:
    """Return the input with its texts NFC-normalised and tidied; an empty optional text is None.

    Args:
        data: the input as given.

    Returns:
        A copy with clean texts (the checks' evidence notes too).
    """
    return replace(
        data,
        name=clean_text(data.name),
        position=_optional(data.position),
        work_unit=_optional(data.work_unit),
        gender=_optional(data.gender),
        household_head=_optional(data.household_head),
        village=_optional(data.village),
        commune=_optional(data.commune),
        target_honour=_optional(data.target_honour),
        field_title=_optional(data.field_title),
        achievements=clean_text(data.achievements, multiline=True),
        good_practice=clean_text(data.good_practice, multiline=True),
        replication_plan=clean_text(data.replication_plan, multiline=True),
        note=_optional(data.note, multiline=True),
        checks={code: clean_text(note, multiline=True) for code, note in data.checks.items()},
    )


def _optional(value: str | None, *, multiline: bool = False) -> str | None:
    if value is None:
        return None
    return clean_text(value, multiline=multiline) or None


def stored_columns(
    plan: Plan,
    data: NominationInput,
    *,
    unit: Unit,
    deadline: Deadline | None,
    member: Unit | None,
    now: datetime,
) -> dict[str, Any]:
    """Return the columns of the ``nomination`` row that stores ``data`` (not its status or ids).

    Args:
        plan: the plan (criteria, open fields).
        data: the nomination, its texts already clean (see :func:`cleaned`).
        unit: the registering unit.
        deadline: the deadline that binds ``unit`` (``Plan.deadline_for_path``), or None.
        member: the member unit (a household's or a member's), or None.
        now: the time of the change.

    Returns:
        Column → value, with ``eligible`` and ``is_supplement`` derived here.

    Raises:
        KeyError: the field is not one of the plan's.
        ValueError: the field does not admit the nominee's kind.
    """
    open_field = plan.field(data.field_code).open
    return {
        "plan_id": plan.id,
        "year": data.year,
        "kind": str(data.kind),
        "field_code": data.field_code,
        **name_values(data.name),
        "position": data.position,
        "work_unit": data.work_unit,
        "gender": data.gender,
        "birth_year": data.birth_year,
        "member_unit_id": member.id if member else None,
        "household_head": data.household_head,
        "village": data.village,
        "commune": data.commune,
        "registering_unit_id": unit.id,
        "achievements": data.achievements,
        "good_practice": data.good_practice,
        "replication_plan": data.replication_plan,
        "target_honour": data.target_honour,
        # III.2's fields are "một số lĩnh vực": only a model of another field has its own title.
        "field_title": data.field_title if open_field else None,
        "received_on": data.received_on,
        "channel": str(data.channel) if data.channel else None,
        "is_supplement": is_supplement(deadline, data.received_on),
        "eligible": plan.evaluate(data.field_code, data.kind, data.checks).eligible,
        "note": data.note,
        "search_fold": search_text(data.name, unit.name_fold, data.achievements),
        "source_key": data.source_key,
        "updated_at": now,
    }
