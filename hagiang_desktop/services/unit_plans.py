"""A reporting body's own replication plan (plan IV.1), tracked as a deliverable.

IV.1: "đồng thời đăng ký danh sách mô hình, gương điển hình tiên tiến và kế hoạch bồi dưỡng, nhân
rộng điển hình tiên tiến gửi về UBND tỉnh ... theo đúng thời hạn nêu trên". Each district and each
provincial body sends its own plan with its list, by the list's deadline (27/4/2018). The office
attaches the document (PDF or DOCX) or records its number and date; the dashboard judges it like
the list, the bundle carries it, and the province's inbox records who sent theirs.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from typing import cast

from sqlalchemy import select
from sqlmodel import Session, col

from hagiang_desktop.core.plan import Deadline, DeadlineStatus, deadline_status
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.services import audit, units
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Unit, UnitPlan

#: The document kinds accepted, by suffix: what offices sign and send (a scan or the Word file).
SUFFIXES = (".pdf", ".docx")
#: Largest document kept in the database (a scanned plan of a few pages is well under it).
MAX_BYTES = 20 * 1024 * 1024


class UnitPlanProblem(Exception):
    """A plan record the program refuses; ``code`` names the problem for the UI and the CLI.

    Codes: ``unknown_unit``, ``no_deadline`` (the unit sends no plan to the province),
    ``nothing_recorded`` (neither a file nor a number and date), ``bad_suffix``, ``too_big``,
    ``not_a_document`` (the bytes are not a PDF or a DOCX), ``unreadable``.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class UnitPlanRow:
    """A recorded plan.

    Attributes:
        unit_code: the body the plan belongs to.
        number: its number and symbol ("45/KH-UBND"), if recorded.
        signed_on: the day it was signed, if recorded.
        sent_on: the day it went to the province (inbox: the day it arrived).
        file_name: the attached document's name, if any.
        size: the document's size in bytes (0 without one).
        sha256: the document's SHA-256, if any.
    """

    unit_code: str
    number: str | None
    signed_on: date | None
    sent_on: date
    file_name: str | None
    size: int
    sha256: str | None

    @property
    def title(self) -> str:
        """How lists name it: "Kế hoạch số 45/KH-UBND ngày 10/4/2018", or the file's name."""
        parts = []
        if self.number:
            parts.append(f"số {self.number}")
        if self.signed_on:
            parts.append(f"ngày {self.signed_on.day:02d}/{self.signed_on.month:02d}/{self.signed_on.year}")
        if parts:
            return "Kế hoạch " + " ".join(parts)
        return self.file_name or "Kế hoạch"


def document_kind(name: str, content: bytes) -> str:
    """Check that ``content`` is what its name says (a PDF or a DOCX) and return the suffix.

    Raises:
        UnitPlanProblem: ``bad_suffix``, ``too_big`` or ``not_a_document``.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise UnitPlanProblem("bad_suffix", name)
    if len(content) > MAX_BYTES:
        raise UnitPlanProblem("too_big", str(len(content)))
    if suffix == ".pdf" and not content.startswith(b"%PDF-"):
        raise UnitPlanProblem("not_a_document", name)
    if suffix == ".docx":
        try:
            with zipfile.ZipFile(BytesIO(content)) as archive:
                if "word/document.xml" not in archive.namelist():
                    raise UnitPlanProblem("not_a_document", name)
        except zipfile.BadZipFile as error:
            raise UnitPlanProblem("not_a_document", name) from error
    return suffix


def plan_deadline(ws: Workspace, unit_code: str) -> Deadline | None:
    """Return the deadline by which ``unit_code`` sends its own plan, or None if it sends none.

    Only the bodies that report to the province send one (the deadline whose ``own_plan`` the plan
    file names: "to_province").
    """
    deadline = ws.plan.deadline_for_path(units.kind_path(ws, unit_code))
    return deadline if deadline is not None and deadline.own_plan else None


def record(
    ws: Workspace,
    unit_code: str,
    *,
    sent_on: date,
    number: str | None = None,
    signed_on: date | None = None,
    file: Path | None = None,
    file_name: str | None = None,
    content: bytes | None = None,
) -> UnitPlanRow:
    """Record (or replace) a body's own replication plan, in one transaction.

    Args:
        ws: the workspace.
        unit_code: the body (a district, a provincial department …).
        sent_on: the day it went to the province.
        number: its number and symbol, if known.
        signed_on: the day it was signed, if known.
        file: the document to attach (PDF or DOCX), read here.
        file_name: with ``content``: the document's name (a bundle's member).
        content: the document's bytes, instead of ``file``.

    Returns:
        The recorded plan.

    Raises:
        UnitPlanProblem: see the class; nothing is written.
    """
    if file is not None:
        try:
            # A folder, a device (/dev/zero) or an oversized file is refused before reading it.
            if not file.is_file():
                raise UnitPlanProblem("unreadable", str(file))
            if file.stat().st_size > MAX_BYTES:
                raise UnitPlanProblem("too_big", str(file.stat().st_size))
            content = file.read_bytes()
        except OSError as error:
            raise UnitPlanProblem("unreadable", str(file)) from error
        file_name = file.name
    if content is not None:
        document_kind(file_name or "", content)
    number = clean_text(number or "") or None
    if plan_deadline(ws, unit_code) is None:
        raise UnitPlanProblem("no_deadline", unit_code)
    with ws.session() as session:
        unit = session.scalars(select(Unit).where(col(Unit.code) == unit_code)).first()
        if unit is None or unit.id is None:
            raise UnitPlanProblem("unknown_unit", unit_code)
        return store(
            session,
            unit,
            sent_on=sent_on,
            number=number,
            signed_on=signed_on,
            file_name=file_name,
            content=content,
        )


def store(
    session: Session,
    unit: Unit,
    *,
    sent_on: date,
    number: str | None,
    signed_on: date | None,
    file_name: str | None,
    content: bytes | None,
) -> UnitPlanRow:
    """Write a body's plan inside the caller's transaction (the form and the inbox's import).

    Without new content, a file recorded earlier is kept (a corrected number keeps the document).

    Raises:
        UnitPlanProblem: ``nothing_recorded``.
    """
    row = session.scalars(select(UnitPlan).where(col(UnitPlan.unit_id) == unit.id)).first()
    if content is None and row is not None and row.content is not None:
        content, file_name = row.content, row.file_name
    if content is None and not (number and signed_on):
        raise UnitPlanProblem("nothing_recorded")
    now = datetime.now(UTC)
    if row is None:
        row = UnitPlan(unit_id=cast(int, unit.id), sent_on=sent_on, recorded_at=now)
        session.add(row)
    row.number = number
    row.signed_on = signed_on
    row.sent_on = sent_on
    row.file_name = (clean_text(file_name or "") or None) if content is not None else None
    row.content = content
    row.sha256 = hashlib.sha256(content).hexdigest() if content is not None else None
    row.recorded_at = now
    session.flush()
    audit.record(
        session,
        action="record",
        entity="unit_plan",
        entity_id=row.id,
        after={"unit": unit.code, "number": number, "file": row.file_name, "sent_on": sent_on.isoformat()},
    )
    return _row(unit.code, row)


def _row(unit_code: str, row: UnitPlan) -> UnitPlanRow:
    return UnitPlanRow(
        unit_code=unit_code,
        number=row.number,
        signed_on=row.signed_on,
        sent_on=row.sent_on,
        file_name=row.file_name,
        size=len(row.content or b""),
        sha256=row.sha256,
    )


def get(ws: Workspace, unit_code: str) -> UnitPlanRow | None:
    """Return the body's recorded plan, or None."""
    with ws.reading() as session:
        found = session.execute(
            select(UnitPlan)
            .join(Unit, col(Unit.id) == col(UnitPlan.unit_id))
            .where(col(Unit.code) == unit_code)
        ).scalar_one_or_none()
        return _row(unit_code, found) if found is not None else None


def content(session: Session, unit_code: str) -> tuple[UnitPlanRow, bytes | None] | None:
    """Return the body's plan and its document's bytes inside an open session (bundles use it)."""
    found = session.execute(
        select(UnitPlan).join(Unit, col(Unit.id) == col(UnitPlan.unit_id)).where(col(Unit.code) == unit_code)
    ).scalar_one_or_none()
    return (_row(unit_code, found), found.content) if found is not None else None


def sent_days(ws: Workspace) -> dict[str, date]:
    """Return every recorded plan's sending day, by unit code (the dashboard reads them at once)."""
    with ws.reading() as session:
        rows = session.execute(
            select(col(Unit.code), col(UnitPlan.sent_on)).join(Unit, col(Unit.id) == col(UnitPlan.unit_id))
        )
        return dict(rows.tuples().all())


def status(deadline: Deadline, sent_on: date | None, as_of: date) -> DeadlineStatus:
    """Judge a body's own plan against its deadline like the list: on time, late, pending, missing."""
    return deadline_status(deadline, as_of, sent_on)
