"""``data.json``: the machine-readable copy of a bundle's nominations that the province merges.

The schema is documented in ``docs/bundle-format.md``. The human-readable members (the list and
the forms) come from the official exporters (:mod:`hagiang_desktop.exports.excel_list`,
:mod:`~hagiang_desktop.exports.pdf_list`, :mod:`~hagiang_desktop.exports.pdf_forms`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from hagiang_desktop.exports.bundle import json_member

DATA_SCHEMA = "hagiang-bundle-data/1"


@dataclass(frozen=True)
class CriterionTick:
    """A criterion ticked for a nomination, with its evidence note."""

    code: str
    met: bool
    evidence: str | None


@dataclass(frozen=True)
class BundleNomination:
    """One nomination as a bundle carries it (every field the province needs to merge it).

    Attributes:
        uid: the nomination's stable id, kept across bundles (the merge key).
        field_code: the plan field ("2.3").
        kind: collective, individual or household.
        registering_unit_code: the unit that registered it.
        criteria: the ticked criteria with evidence.
    """

    uid: str
    year: int
    kind: str
    field_code: str
    name: str
    registering_unit_code: str
    registering_unit_name: str
    status: str
    eligible: bool
    is_supplement: bool
    position: str | None = None
    work_unit: str | None = None
    gender: str | None = None
    birth_year: int | None = None
    member_unit_code: str | None = None
    household_head: str | None = None
    village: str | None = None
    commune: str | None = None
    achievements: str = ""
    good_practice: str = ""
    replication_plan: str = ""
    target_honour: str | None = None
    received_on: str | None = None
    channel: str | None = None
    override_reason: str | None = None
    note: str | None = None
    criteria: tuple[CriterionTick, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class BundleUnit:
    """A unit named by the nominations (so that the receiver can check its directory)."""

    code: str
    name: str
    kind: str
    parent_code: str | None


def data_json(
    *,
    plan_id: str,
    sender_code: str,
    supplement: bool,
    nominations: Sequence[BundleNomination],
    units: Sequence[BundleUnit],
) -> bytes:
    """Return ``data.json``: the nominations with their criteria ticks, and the units they name."""
    document: dict[str, Any] = {
        "schema": DATA_SCHEMA,
        "plan_id": plan_id,
        "sender_code": sender_code,
        "supplement": supplement,
        "units": [asdict(u) for u in units],
        "nominations": [asdict(n) for n in nominations],
    }
    return json_member(document)


def parse_data_json(document: dict[str, Any]) -> list[BundleNomination]:
    """Turn a verified ``data.json`` back into rows.

    Raises:
        ValueError: the document does not follow the schema.
    """
    if document.get("schema") != DATA_SCHEMA:
        raise ValueError(f"schema {document.get('schema')!r}")
    rows = []
    for item in document["nominations"]:
        values = dict(item)
        values["criteria"] = tuple(CriterionTick(**c) for c in values.get("criteria", ()))
        rows.append(BundleNomination(**values))
    return rows
