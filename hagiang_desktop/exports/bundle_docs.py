"""``data.json``: the machine-readable copy of a bundle's nominations that the province merges.

The schema is :mod:`hagiang_desktop.exports.schemas` (published in ``docs/bundle-format.md``).
The human-readable members (the list and the forms) come from the official exporters
(:mod:`hagiang_desktop.exports.excel_list`, :mod:`~hagiang_desktop.exports.pdf_list`,
:mod:`~hagiang_desktop.exports.pdf_forms`).
"""

from __future__ import annotations

from collections.abc import Sequence

from hagiang_desktop.exports.bundle import json_member
from hagiang_desktop.exports.schemas import (
    DATA_SCHEMA,
    BundleData,
    BundleNomination,
    BundleUnit,
    CriterionTick,
    PlanContext,
    UnitPlanRef,
    parse_data,
)

__all__ = [
    "DATA_SCHEMA",
    "BundleNomination",
    "BundleUnit",
    "CriterionTick",
    "PlanContext",
    "UnitPlanRef",
    "data_json",
    "parse_data",
]


def data_json(
    *,
    plan_id: str,
    sender_code: str,
    supplement: bool,
    nominations: Sequence[BundleNomination],
    units: Sequence[BundleUnit],
    unit_plan: UnitPlanRef | None = None,
) -> bytes:
    """Return ``data.json``: the nominations with their criteria ticks, and the units they name.

    The document is the schema's own model serialised (:class:`~hagiang_desktop.exports.schemas.
    BundleData`): what is written is what a receiver validates, field for field. ``unit_plan``
    describes the sender's own replication plan (plan IV.1), whose document is a member.
    """
    document = BundleData(
        schema_=DATA_SCHEMA,
        plan_id=plan_id,
        sender_code=sender_code,
        supplement=supplement,
        units=tuple(units),
        nominations=tuple(nominations),
        unit_plan=unit_plan,
    )
    return json_member(document.model_dump(mode="json", by_alias=True))
