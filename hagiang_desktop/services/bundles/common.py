"""What the bundle use cases share: member names, results, sequence numbers, status moves.

A bundle upward and a return downward share one sequence counter (:func:`next_sequence`);
every status a bundle or a return moves is logged the same way (:func:`set_status`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.timeliness import UpwardStep
from hagiang_desktop.services import audit, exporting
from hagiang_desktop.services.scope import SECTION_KINDS
from hagiang_desktop.storage.db import serialise
from hagiang_desktop.storage.models import Nomination, StatusEvent, Unit, UpwardEvent

RETURN_BUILT = "return_built"
DATA = "data.json"
RETURNS = "return.json"
COVER = "cover.pdf"
LIST_XLSX = "danh-sach.xlsx"
LIST_PDF = "danh-sach.pdf"
FORMS_PDF = "phieu-dang-ky.pdf"
#: The sender's own replication plan (IV.1), "<stem>.pdf" or "<stem>.docx" as it was attached.
OWN_PLAN_STEM = "ke-hoach-nhan-rong"
#: The covering letter (công văn), beside the list (issue #15 item 2); optional.
LETTER_PDF = exporting.LETTER_FILE
RETURN_SCHEMA = "hagiang-return/1"

#: Told (percent, step) while a bundle is built.
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class BuiltBundle:
    """A signed file written by this office.

    Attributes:
        path: the zip.
        sequence: its sequence number.
        manifest_sha256: SHA-256 of its manifest.
        nomination_count: how many nominations it carries.
        supplement: a supplement bundle.
        fingerprint: the signer certificate's fingerprint.
        timestamped: its PDFs' signatures carry the timestamp server's token (PAdES B-T, #21).
        timestamp_problem: a timestamp server is set but did not answer (its address and why;
            the PDFs were signed B-B); "" otherwise.
    """

    path: Path
    sequence: int
    manifest_sha256: str
    nomination_count: int
    supplement: bool
    fingerprint: str
    timestamped: bool = False
    timestamp_problem: str = ""


@dataclass(frozen=True)
class ImportResult:
    """What importing a bundle (or a return) changed.

    Attributes:
        sender_code: the sender's unit code.
        sender_name: its name.
        sequence: the bundle's sequence number.
        supplement: a supplement bundle.
        added: nominations new to this database.
        updated: nominations replaced by the bundle's version.
        removed: always 0 since issue #18: nothing is deleted at the province any more (kept
            for the callers); see ``withdrawn``.
        fingerprint: the signer's fingerprint.
        withdrawn: nominations a full bundle left out, now "withdrawn by the sender".
        kept: nominations the province had decided on (accepted, returned), left as decided.
        conflicts: those decided nominations the bundle sent again or left out, for the province
            to look at (:class:`Conflict`).
        renewed_from: the fingerprint of the bound certificate the signer's renews (same subject,
            same authority: accepted for the same unit, #21); "" otherwise.
        claims: where the sender's eligibility or supplement mark differed from what the
            province derived from the plan and the dates (:class:`ClaimDifference`); the
            province's own is stored.
    """

    sender_code: str
    sender_name: str
    sequence: int
    supplement: bool
    added: int
    updated: int
    removed: int
    fingerprint: str
    withdrawn: int = 0
    kept: int = 0
    conflicts: tuple[Conflict, ...] = ()
    renewed_from: str = ""
    claims: tuple[ClaimDifference, ...] = ()


class Claim(StrEnum):
    """A mark the province derives itself rather than take from a sender (#23)."""

    ELIGIBLE = "eligible"  # meets every criterion of its field (plan III.2)
    SUPPLEMENT = "supplement"  # received after its deadline (plan IV.2)


@dataclass(frozen=True)
class ClaimDifference:
    """A derived mark the sender's bundle gave otherwise than the province computed it.

    Attributes:
        uid: the nomination's uid.
        name: its name.
        what: which mark (:class:`Claim`).
        claimed: what the bundle said.
        found: what the province computed (and stored).
    """

    uid: str
    name: str
    what: Claim
    claimed: bool
    found: bool


@dataclass(frozen=True)
class Conflict:
    """A nomination the province has decided on that an incoming bundle touches.

    Attributes:
        uid: the nomination's uid.
        name: its name.
        status: the province's decision (``accepted`` or ``returned``).
        what: ``unchanged`` (sent again as it was), ``changed`` (sent again with changes) or
            ``left_out`` (a full bundle no longer carries it).
        taken: the province chose the sender's changed version (it is "submitted" again).
    """

    uid: str
    name: str
    status: str
    what: str
    taken: bool = False


def notify(progress: Progress | None, percent: int, step: str) -> None:
    """Tell ``progress`` (if any) the percent done and the step."""
    if progress is not None:
        progress(percent, step)


def next_sequence(session: Session) -> int:
    """Return the next sequence number for a file this office signs (bundles and returns share it).

    On a server the caller's transaction holds the sequence until it commits (:func:`serialise`):
    two clerks building at once never take the same number.
    """
    serialise(session, "sequence")
    last = session.scalar(
        select(func.max(col(UpwardEvent.sequence))).where(
            col(UpwardEvent.event_kind).in_([str(UpwardStep.BUNDLE_BUILT), RETURN_BUILT])
        )
    )
    return int(last or 0) + 1


def unit_codes(session: Session) -> dict[int, Unit]:
    """Return every unit of the directory by its id."""
    return {u.id: u for u in session.scalars(select(Unit)) if u.id is not None}


def set_status(
    session: Session, n: Nomination, status: NominationStatus, now: datetime, *, reason: str | None = None
) -> None:
    """Move ``n`` to ``status`` (if it is not there), logging the move and auditing it."""
    if n.status == status:
        return
    assert n.id is not None  # a stored nomination
    before = n.status
    n.status = str(status)
    n.status_reason = reason
    n.updated_at = now
    session.add(
        StatusEvent(
            nomination_id=n.id,
            from_status=before,
            to_status=str(status),
            at=now,
            reason=reason,
            actor=audit.current_actor(),
        )
    )
    audit.record(
        session,
        action="status",
        entity="nomination",
        entity_id=n.id,
        before={"status": before},
        after={"status": n.status, "reason": reason},
    )


def root_unit(session: Session, code: str) -> Unit | None:
    """Return the unit a sender signs for: a section's parent (the district), else the unit."""
    unit = session.scalars(select(Unit).where(col(Unit.code) == code)).first()
    if unit is not None and unit.kind in SECTION_KINDS and unit.parent_id:
        return session.get(Unit, unit.parent_id)
    return unit
