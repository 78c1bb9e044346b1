"""What every nomination use case shares: the refusals, the form's input and detail, the audit snapshot.

:mod:`.saving`, :mod:`.selection` and the importers speak in these types; the helpers below
read a nomination inside a transaction the caller already holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.storage.models import DERIVED_COLUMNS, CriterionCheck, Nomination


class NominationProblem(Exception):
    """Input that the plan or the directory refuses; ``code`` names the problem for the UI/CLI.

    Codes: ``name_required``, ``unknown_field``, ``field_title_required``, ``kind_not_allowed``,
    ``unknown_unit``, ``unknown_criterion``, ``not_found``, ``sent_read_only`` (a submitted or
    accepted nomination is what the office signed: mark it "changed since sent" with a reason
    first, #17).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class NominationConflict(NominationProblem):
    """Another clerk saved the nomination since this form loaded it (code ``conflict``, #22).

    Nothing was written. The form shows both versions and asks: keep theirs, or save mine over
    theirs (again with ``expected_version`` = :attr:`theirs`'s ``row_version``).

    Attributes:
        theirs: the nomination as it is now, with the other clerk's change.
    """

    def __init__(self, theirs: NominationDetail) -> None:
        super().__init__("conflict", str(theirs.id))
        self.theirs = theirs


@dataclass
class NominationInput:
    """What the form (or an importer) gives for one nomination.

    Attributes:
        kind: collective, individual or household.
        field_code: the plan field ("2.3").
        name: the model's name (collective, person or household).
        registering_unit_code: the unit that registers it.
        checks: ticked criterion code → evidence note ("" when none).
        year: the registration year.
    """

    kind: NomineeKind
    field_code: str
    name: str
    registering_unit_code: str
    checks: dict[str, str] = field(default_factory=dict)
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
    received_on: date | None = None
    channel: Channel | None = None
    note: str | None = None
    year: int = 2018
    field_title: str | None = None
    status: NominationStatus = NominationStatus.REGISTERED
    source_key: str | None = None


@dataclass(frozen=True)
class StatusHistoryEntry:
    """One past status change."""

    at: datetime
    from_status: NominationStatus | None
    to_status: NominationStatus
    reason: str | None


@dataclass(frozen=True)
class NominationDetail:
    """A nomination as the form shows it."""

    id: int
    uid: str
    data: NominationInput
    status: NominationStatus
    eligible: bool
    is_supplement: bool
    override_reason: str | None
    status_reason: str | None
    history: tuple[StatusHistoryEntry, ...]
    created_at: datetime
    updated_at: datetime
    #: The row's version (migration 0006): a save from the form passes it back (#22).
    row_version: int = 1
    #: Who saved it last, as the audit says (clerk name and database user), if known.
    last_saved_by: str = ""


def audit_snapshot(nomination: Nomination, checks: Mapping[str, str]) -> dict[str, Any]:
    """Return a nomination as the audit log keeps it: its stored columns and its ticked criteria.

    Args:
        nomination: the row.
        checks: ticked criterion code → evidence note.

    Returns:
        Plain data, the derived columns (sort key, search text) left out.
    """
    data = nomination.model_dump(exclude=set(DERIVED_COLUMNS))
    data["checks"] = dict(sorted(checks.items()))
    return data


def current_checks(session: Session, nomination_id: int) -> dict[str, str]:
    """Return a nomination's ticked criteria as stored.

    Args:
        session: the open session.
        nomination_id: the nomination.

    Returns:
        criterion code → evidence note ("" when none).
    """
    rows = session.execute(
        select(col(CriterionCheck.criterion_code), col(CriterionCheck.evidence)).where(
            col(CriterionCheck.nomination_id) == nomination_id,
            col(CriterionCheck.met).is_(True),
        )
    ).all()
    return {code: evidence or "" for code, evidence in rows}


def require_nomination(session: Session, nomination_id: int, *, for_update: bool = False) -> Nomination:
    """Return the nomination, or raise ``not_found`` (it may have been deleted meanwhile).

    Args:
        session: the open session.
        nomination_id: the nomination.
        for_update: lock the row until the transaction ends (``FOR UPDATE`` on a server).

    Returns:
        The row.

    Raises:
        NominationProblem: ``not_found``.
    """
    found = session.get(Nomination, nomination_id, with_for_update=for_update or None)
    if found is None:
        raise NominationProblem("not_found", str(nomination_id))
    return found


def input_as_dict(data: NominationInput) -> dict[str, Any]:
    """Return the input as plain data (for drafts and JSON copies).

    Args:
        data: the form's input.

    Returns:
        Its fields as a dict (dates and enums as they are).
    """
    return asdict(data)
