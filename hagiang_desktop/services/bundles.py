"""Signed bundles upward, the province's inbox, and signed returns downward (issue #7).

District side: :func:`build_bundle` writes the whole zip first and only then, in one
transaction, marks the nominations submitted and logs ``bundle_built`` with its sequence number;
:func:`import_return` applies a province's signed return.

Province side (the "province inbox" mode): a trust store of offices' certificates
(:func:`add_trusted`), :func:`import_bundle` (verify everything, then merge in one transaction),
:func:`province_view` (who submitted, when, on time), and :func:`build_return`.

Nothing is written to the database before a bundle is fully verified: :func:`verify_bundle`
reads the trust store and the last sequence from the sender, and refuses replays.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from hagiang_desktop import __version__
from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.core.plan import deadline_status
from hagiang_desktop.core.timeliness import UpwardStep, kind_path
from hagiang_desktop.core.vntext import VN_TZ, clean_text, format_date_short, now_vn, today_vn
from hagiang_desktop.core.workflow import DECIDED
from hagiang_desktop.exports import bundle_docs, signing
from hagiang_desktop.exports.bundle import (
    KIND_RETURN,
    KIND_SUBMISSION,
    BundleHeader,
    BundleProblem,
    Limits,
    VerifiedBundle,
    json_member,
    read_bundle,
    write_bundle,
)
from hagiang_desktop.exports.bundle_docs import BundleNomination, BundleUnit, CriterionTick
from hagiang_desktop.exports.schemas import (
    BundleData,
    PlanContext,
    SchemaError,
    UnitPlanRef,
    make,
    parse_data,
    parse_return,
)
from hagiang_desktop.exports.signature_spots import Spot, recording_spots
from hagiang_desktop.exports.signing_docs import CoverPage, cover_pdf
from hagiang_desktop.services import audit, exporting, followup, keys, signed_pdfs, signers, unit_plans
from hagiang_desktop.services.progress import Progress as ItemProgress
from hagiang_desktop.services.progress import report
from hagiang_desktop.services.scope import SECTION_KINDS, office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import (
    CriterionCheck,
    InboxBundle,
    Nomination,
    Receipt,
    StatusEvent,
    TrustedCertificate,
    Unit,
    UnitPlan,
    UpwardEvent,
    name_values,
    search_text,
)

#: The body that receives every district's and department's bundle (Ban TĐKT – Sở Nội vụ).
PROVINCE_CODE = "02-SNV"
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

#: Member descriptions printed on the cover page.
_DESCRIPTIONS = {
    DATA: "Dữ liệu các mô hình và tiêu chí (máy đọc)",
    LIST_XLSX: "Danh sách đăng ký (Excel)",
    LIST_PDF: "Danh sách đăng ký (PDF)",
    LETTER_PDF: "Công văn đăng ký danh sách (PDF)",
    FORMS_PDF: "Phiếu đăng ký từng mô hình (PDF)",
    **{
        f"{OWN_PLAN_STEM}{suffix}": "Kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến của đơn vị"
        for suffix in unit_plans.SUFFIXES
    },
}

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
    """

    path: Path
    sequence: int
    manifest_sha256: str
    nomination_count: int
    supplement: bool
    fingerprint: str


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


@dataclass(frozen=True)
class TrustedRow:
    """A certificate in the province's trust store."""

    id: int
    unit_code: str
    subject: str
    fingerprint: str
    status: str
    added_at: datetime


@dataclass(frozen=True)
class SenderRow:
    """One line of the province view: a unit bound by the deadline to the province.

    Attributes:
        code: the bound unit (district, department…).
        name: its name.
        sender_code: the office that signs for it, once something arrived.
        bundles: bundles imported from it.
        last_sequence: the newest sequence imported.
        first_received: the day its first bundle was imported (Vietnam time).
        last_received: the day of the newest one.
        nominations: nominations of it in the inbox now.
        on_time: whether the first bundle came by the last on-time day (None: nothing yet).
        days_left: days left to the deadline as of the day (negative: overdue).
        plan_sent: the day its own replication plan (IV.1) arrived, if it did.
        plan_on_time: whether that was by the last on-time day (None: not arrived).
    """

    code: str
    name: str
    sender_code: str | None
    bundles: int
    last_sequence: int | None
    first_received: date | None
    last_received: date | None
    nominations: int
    on_time: bool | None
    days_left: int
    plan_sent: date | None = None
    plan_on_time: bool | None = None


def _notify(progress: Progress | None, percent: int, step: str) -> None:
    if progress is not None:
        progress(percent, step)


def next_sequence(session: Session) -> int:
    """Return the next sequence number for a file this office signs (bundles and returns share it)."""
    last = session.scalar(
        select(func.max(UpwardEvent.sequence)).where(
            UpwardEvent.event_kind.in_([str(UpwardStep.BUNDLE_BUILT), RETURN_BUILT])  # type: ignore[attr-defined]
        )
    )
    return int(last or 0) + 1


def _unit_codes(session: Session) -> dict[int, Unit]:
    return {u.id: u for u in session.scalars(select(Unit)) if u.id is not None}


def _collect(
    session: Session, unit_ids: frozenset[int] | None, statuses: Iterable[str]
) -> list[BundleNomination]:
    query = select(Nomination).where(Nomination.status.in_(list(statuses)))  # type: ignore[attr-defined]
    if unit_ids is not None:
        query = query.where(Nomination.registering_unit_id.in_(unit_ids))  # type: ignore[attr-defined]
    found = list(session.scalars(query.order_by(Nomination.field_code, Nomination.id)))
    by_id = _unit_codes(session)
    checks: dict[int, list[CriterionTick]] = {}
    ids = [n.id for n in found]
    for check in session.scalars(
        select(CriterionCheck)
        .where(CriterionCheck.nomination_id.in_(ids))
        .order_by(CriterionCheck.criterion_code)  # type: ignore[attr-defined]
    ):
        checks.setdefault(check.nomination_id, []).append(
            CriterionTick(code=check.criterion_code, met=check.met, evidence=check.evidence)
        )
    # The follow-up 2018–2020 travels with each model (schema 2, issue #24).
    followups = followup.bundle_followups(session, [n.id for n in found if n.id is not None])
    rows = []
    for n in found:
        unit = by_id[n.registering_unit_id]
        member = by_id.get(n.member_unit_id) if n.member_unit_id else None
        try:
            row = make(
                BundleNomination,
                uid=n.uid,
                year=n.year,
                kind=n.kind,
                field_code=n.field_code,
                name=n.name,
                registering_unit_code=unit.code,
                registering_unit_name=unit.name,
                # A model changed since it was sent goes up as the selected ones do: the
                # format's statuses are the workflow's as the province knows it (#17).
                status=str(NominationStatus.SELECTED) if n.status == NominationStatus.CHANGED else n.status,
                eligible=n.eligible,
                is_supplement=n.is_supplement,
                position=n.position,
                work_unit=n.work_unit,
                gender=n.gender,
                birth_year=n.birth_year,
                member_unit_code=member.code if member else None,
                household_head=n.household_head,
                village=n.village,
                commune=n.commune,
                achievements=n.achievements,
                good_practice=n.good_practice,
                replication_plan=n.replication_plan,
                target_honour=n.target_honour,
                field_title=n.field_title,
                received_on=n.received_on.isoformat() if n.received_on else None,
                channel=n.channel,
                override_reason=n.override_reason,
                note=n.note,
                criteria=tuple(checks.get(n.id or 0, ())),
                followup=followups.get(n.id or 0),
            )
        except SchemaError as error:  # sending what the province would refuse helps nobody
            raise BundleProblem("bad_data", f"{n.name[:80]}: {error}") from error
        rows.append(row)
    return rows


def _units_named(session: Session, rows: Iterable[BundleNomination]) -> list[BundleUnit]:
    codes = {r.registering_unit_code for r in rows} | {r.member_unit_code for r in rows if r.member_unit_code}
    by_id = _unit_codes(session)
    result = []
    for unit in sorted((u for u in by_id.values() if u.code in codes), key=lambda u: u.code):
        parent = by_id.get(unit.parent_id) if unit.parent_id else None
        parent_code = parent.code if parent else None
        result.append(BundleUnit(code=unit.code, name=unit.name, kind=unit.kind, parent_code=parent_code))
    return result


def _recipient(ws: Workspace) -> tuple[str, str]:
    """The province's code and the recipient as the plan names it (#16 item 7)."""
    return PROVINCE_CODE, ws.plan.info.recipient


def build_bundle(
    ws: Workspace,
    target: Path,
    passphrase: str,
    *,
    supplement: bool = False,
    progress: Progress | None = None,
    letter: bool = True,
) -> BuiltBundle:
    """Build the signed bundle of the office's selected nominations, then mark them submitted.

    A full bundle carries every selected and already submitted nomination of the office's scope
    (it replaces earlier bundles at the province); a supplement carries only those selected since.

    Args:
        ws: the workspace.
        target: the zip file to write.
        passphrase: the signing key's passphrase, or the token's PIN when the office signs
            with its token (:mod:`hagiang_desktop.services.signers`).
        supplement: build a supplement ("bổ sung") bundle.
        progress: called with (percent, step) while the documents are made.
        letter: put the covering letter (``cong-van.pdf``) beside the list.

    Returns:
        What was written.

    Raises:
        keys.KeyProblem: ``no_office``, ``no_identity``, ``wrong_passphrase``.
        BundleProblem: ``nothing_to_send``.
    """
    key, identity = signers.open_signer(ws, passphrase)  # once: its key derivation is slow on purpose
    scope = office_scope(ws)
    if scope.office is None:
        raise keys.KeyProblem("no_office")
    office = keys.issuing_office(ws, "list")
    # A full bundle is the office's whole list as the list exporter reads it (it replaces the
    # earlier ones at the province); a supplement only what was selected since.
    # Nominations changed since they were sent go up again in the supplement (#17).
    statuses = [str(NominationStatus.SELECTED), str(NominationStatus.CHANGED)]
    if not supplement:
        statuses = [str(s) for s in exporting.LISTED_STATUSES]
    _notify(progress, 5, "collect")
    with ws.reading() as session:  # reads only: another writer holding the lock does not stop it here
        rows = _collect(session, scope.unit_ids, statuses)
        id_of = dict(session.execute(select(Nomination.uid, Nomination.id)).all())  # type: ignore[arg-type]
        ids = [id_of[r.uid] for r in rows]
        named_units = _units_named(session, rows)
        recipient = _recipient(ws)
        sequence = next_sequence(session)
        own_plan = unit_plans.content(session, scope.root.code) if scope.root is not None else None
    if not rows:
        raise BundleProblem("nothing_to_send")
    created_at = now_vn().replace(microsecond=0)
    header = BundleHeader(
        kind=KIND_SUBMISSION,
        plan_id=ws.plan.id,
        sender_code=scope.office.code,
        sender_name=scope.office.name,
        recipient_code=recipient[0],
        recipient_name=recipient[1],
        sequence=sequence,
        created_at=created_at,
        program_version=__version__,
        supplement=supplement,
    )
    plan_meta, plan_member = _own_plan_member(own_plan)
    members: dict[str, bytes] = {
        DATA: bundle_docs.data_json(
            plan_id=ws.plan.id,
            sender_code=scope.office.code,
            supplement=supplement,
            nominations=rows,
            units=named_units,
            unit_plan=plan_meta,
        )
    }
    spots: dict[str, Spot] = {}
    documents, steps = _documents(ws, ids, progress, letter=letter, spots=spots)
    # The list, the letter and the forms go signed (PAdES), in place of the unsigned ones (#21).
    members.update(signed_pdfs.sign_members(ws, documents, key, spots))
    members.update(plan_member)
    _notify(progress, 80, "cover")
    cover = CoverPage(
        office=office,
        sender=f"{scope.office.code} – {scope.office.name}",
        recipient=recipient[1],
        plan_title=(
            f"Kế hoạch số {ws.plan.info.id} ngày {format_date_short(ws.plan.info.issued_on)} "
            f"của {ws.plan.info.issuer}"
        ),
        sequence=sequence,
        created_at=created_at,
        supplement=supplement,
        nomination_count=len(rows),
        files=[(path, _DESCRIPTIONS[path]) for path in members],
        fingerprint=identity.fingerprint,
    )
    members = {COVER: cover_pdf(cover), **members}
    _notify(progress, 90, "sign")
    # One story (issue #18): the zip is written whole beside the target; then ONE transaction
    # reserves the sequence, marks the nominations submitted and records the built file; only
    # after it committed is the zip renamed into place. If the database cannot be written (another
    # program holds its lock, the disk is full) the zip is removed: no file with a sequence the
    # database does not know ever reaches the target, so a retry never reuses a sent sequence.
    try:
        with atomic_path(target) as staged:
            written = write_bundle(staged, header, members, key.sign)
            _record_built(ws, rows, sequence, target.name, written.manifest_sha256, supplement, steps)
    except (OperationalError, sqlite3.OperationalError) as error:
        detail = str(getattr(error, "orig", error)).splitlines()[0]
        raise BundleProblem("not_recorded", detail) from error
    _notify(progress, 100, "done")
    return BuiltBundle(
        path=Path(target),
        sequence=sequence,
        manifest_sha256=written.manifest_sha256,
        nomination_count=len(rows),
        supplement=supplement,
        fingerprint=identity.fingerprint,
    )


def _record_built(
    ws: Workspace,
    rows: list[BundleNomination],
    sequence: int,
    file_name: str,
    manifest_sha256: str,
    supplement: bool,
    steps: Iterable[tuple[UpwardStep, str, int]],
) -> None:
    """In one transaction: take ``sequence``, mark the selected nominations submitted, log the build.

    ``steps`` are the documents made for the bundle (the list, the forms): they went out inside
    it and are logged with it, never when the build failed.
    """
    now = datetime.now(UTC)
    with ws.session() as session:
        if next_sequence(session) != sequence:
            raise BundleProblem("sequence_taken", str(sequence))
        resent = (NominationStatus.SELECTED, NominationStatus.CHANGED)
        uids = [r.uid for r in rows if r.status in resent]
        for n in session.scalars(select(Nomination).where(Nomination.uid.in_(uids))):  # type: ignore[attr-defined]
            _set_status(session, n, NominationStatus.SUBMITTED, now, reason=f"Gói số {sequence}")
        for step, name, count in steps:  # the list and the forms went out inside the bundle
            detail = json.dumps({"file": name, "bundle": file_name}, ensure_ascii=False)
            session.add(UpwardEvent(event_kind=str(step), at=now, detail=detail, nomination_count=count))
        session.add(
            UpwardEvent(
                event_kind=str(UpwardStep.BUNDLE_BUILT),
                at=now,
                sequence=sequence,
                nomination_count=len(rows),
                detail=json.dumps(
                    {"file": file_name, "manifest_sha256": manifest_sha256, "supplement": supplement},
                    ensure_ascii=False,
                ),
            )
        )


def _own_plan_member(
    found: tuple[unit_plans.UnitPlanRow, bytes | None] | None,
) -> tuple[UnitPlanRef | None, dict[str, bytes]]:
    """Describe the office's own plan (IV.1) for ``data.json`` and make its document a member.

    Returns:
        ``(the "unit_plan" entry or None, {member name: bytes} or {})``.
    """
    if found is None:
        return None, {}
    row, content = found
    member = f"{OWN_PLAN_STEM}{Path(row.file_name or '').suffix.lower()}" if content is not None else None
    meta = make(
        UnitPlanRef,
        unit_code=row.unit_code,
        number=row.number,
        signed_on=row.signed_on.isoformat() if row.signed_on else None,
        sent_on=row.sent_on.isoformat(),
        file=member,
        file_name=row.file_name,
    )
    return meta, ({member: content} if member is not None and content is not None else {})


def _store_own_plan(
    session: Session, verified: VerifiedBundle, meta: UnitPlanRef | None, root: Unit | None
) -> None:
    """Keep the sender's own plan (IV.1) that a bundle carries, as arrived today at the inbox.

    Raises:
        BundleProblem: ``bad_data``: the named member is missing or is not a PDF or a DOCX.
    """
    if meta is None or root is None or root.id is None:
        return
    content = verified.members.get(meta.file) if meta.file is not None else None
    if meta.file is not None and content is None:
        raise BundleProblem("bad_data", f"unit_plan.file {meta.file!r} is not in the bundle")
    try:
        if content is not None and meta.file is not None:
            unit_plans.document_kind(meta.file, content)
        unit_plans.store(
            session,
            root,
            sent_on=today_vn(),
            number=meta.number,
            signed_on=meta.signed_on,
            file_name=(meta.file_name or meta.file) if content is not None else None,
            content=content,
        )
    except unit_plans.UnitPlanProblem as error:
        raise BundleProblem("bad_data", f"unit_plan: {error}") from error


def _documents(
    ws: Workspace,
    ids: list[int],
    progress: Progress | None,
    *,
    letter: bool = True,
    spots: dict[str, Spot] | None = None,
) -> tuple[dict[str, bytes], list[tuple[UpwardStep, str, int]]]:
    """Make the registration list (xlsx, PDF) and the forms with the office's official exporters.

    The list is the office's whole current list (a supplement's list shows the earlier ones too,
    its supplements marked); the forms are exactly the bundle's nominations. The upward steps
    (list exported, forms printed) are returned, not recorded: they are recorded with the built
    bundle, in its transaction, so that a bundle that fails leaves none behind (#20). Each PDF's
    signature block is noted in ``spots`` (by member name) for its signature (#21).
    """
    found = spots if spots is not None else {}
    with tempfile.TemporaryDirectory(prefix="hagiang-bundle-") as folder:
        tmp = Path(folder)
        _notify(progress, 20, "list")
        listed = exporting.export_list_xlsx(ws, tmp / LIST_XLSX, record=False)
        with recording_spots() as recorded:
            exporting.export_list_pdf(ws, tmp / LIST_PDF, record=False)
        found.update({LIST_PDF: recorded[-1]} if recorded else {})
        names = [LIST_XLSX, LIST_PDF]
        if letter:
            with recording_spots() as recorded:
                exporting.export_letter_pdf(ws, tmp / LETTER_PDF)  # records nothing: not an upward step
            found.update({LETTER_PDF: recorded[-1]} if recorded else {})
            names.append(LETTER_PDF)
        _notify(progress, 45, "forms")
        with recording_spots() as recorded:
            forms = exporting.export_forms_pdf(ws, tmp / FORMS_PDF, ids=ids, record=False)
        found.update({FORMS_PDF: recorded[-1]} if recorded else {})
        steps = [
            (UpwardStep.LIST_EXPORTED, LIST_XLSX, listed.count),
            (UpwardStep.FORMS_PRINTED, FORMS_PDF, forms.count),
        ]
        return {name: (tmp / name).read_bytes() for name in (*names, FORMS_PDF)}, steps


def _set_status(
    session: Session, n: Nomination, status: NominationStatus, now: datetime, *, reason: str | None = None
) -> None:
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


# ----------------------------------------------------------------------------------------------
# Trust store
# ----------------------------------------------------------------------------------------------


def _trusted_row(t: TrustedCertificate) -> TrustedRow:
    assert t.id is not None
    return TrustedRow(t.id, t.unit_code, t.subject, t.fingerprint, t.status, t.added_at)


def add_trusted(ws: Workspace, data: bytes, unit_code: str | None = None) -> TrustedRow:
    """Add an office's certificate (PEM or DER) to the trust store; an known one is kept as is.

    A certificate the program made names the office's unit code; a certificate authority's
    (an office's USB token, issue #21) does not, so the province binds it to the unit code
    printed on the office's signed and sealed fingerprint form, once, with ``unit_code``.

    Args:
        ws: the workspace (the province's inbox).
        data: the certificate, PEM or DER.
        unit_code: the office it speaks for (needed when the certificate names none).

    Raises:
        signing.SigningProblem: ``bad_certificate``, ``several_certificates`` (each one's
            fingerprint listed), ``damaged_certificate``, ``certificate_expired``,
            ``certificate_not_yet_valid``, ``no_unit_code`` (a CA's certificate without
            ``unit_code``) or ``unit_code_differs`` (the certificate names another unit).
    """
    der = signing.load_certificate(data)
    signing.check_trustable(der)
    info = signing.certificate_info(der)
    if info.unit_code and unit_code and info.unit_code != unit_code:
        raise signing.SigningProblem("unit_code_differs", f"{info.unit_code} ≠ {unit_code}")
    if not info.unit_code and not unit_code:
        raise signing.SigningProblem("no_unit_code", info.subject)
    bound = info.unit_code or str(unit_code)
    with ws.session() as session:
        known = session.scalars(
            select(TrustedCertificate).where(TrustedCertificate.fingerprint == info.fingerprint)
        ).first()
        if known is not None:
            known.status = "active"
            return _trusted_row(known)
        pem = "-----BEGIN CERTIFICATE-----\n" + _b64_lines(der) + "-----END CERTIFICATE-----\n"
        row = TrustedCertificate(
            unit_code=bound,
            subject=info.subject,
            fingerprint=info.fingerprint,
            cert_pem=pem,
            added_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            action="trust",
            entity="trusted_certificate",
            entity_id=info.fingerprint,
            after={"unit_code": bound, "subject": info.subject},
        )
        return _trusted_row(row)


def _b64_lines(der: bytes) -> str:
    import base64

    text = base64.b64encode(der).decode("ascii")
    return "".join(text[i : i + 64] + "\n" for i in range(0, len(text), 64))


def list_trusted(ws: Workspace) -> list[TrustedRow]:
    """Return the trust store, by unit code."""
    with ws.session() as session:
        rows = session.scalars(select(TrustedCertificate).order_by(TrustedCertificate.unit_code))
        return [_trusted_row(r) for r in rows]


def remove_trusted(ws: Workspace, trusted_id: int) -> None:
    """Stop trusting a certificate (kept in the table as ``removed``, for the record)."""
    with ws.session() as session:
        row = session.get(TrustedCertificate, trusted_id)
        if row is not None and row.status != "removed":
            row.status = "removed"
            audit.record(session, action="distrust", entity="trusted_certificate", entity_id=row.fingerprint)


def trusted_certificates(ws: Workspace) -> list[bytes]:
    """Return the trust store's active certificates, DER (to check a signed PDF, #21)."""
    with ws.reading() as session:
        return _trusted_der(session)


def _trusted_der(session: Session) -> list[bytes]:
    rows = session.scalars(select(TrustedCertificate).where(TrustedCertificate.status == "active"))
    return [signing.pem_to_der(r.cert_pem) for r in rows]


# ----------------------------------------------------------------------------------------------
# Verifying and importing
# ----------------------------------------------------------------------------------------------


def _last_sequence(session: Session, sender_code: str) -> int | None:
    value = session.scalar(
        select(func.max(InboxBundle.sequence)).where(InboxBundle.sender_code == sender_code)
    )
    return None if value is None else int(value)


def verify_bundle(
    ws: Workspace, path: Path, *, kind: str = KIND_SUBMISSION, limits: Limits | None = None
) -> VerifiedBundle:
    """Verify a bundle against this database's trust store, plan and last sequences; write nothing.

    Raises:
        BundleProblem: the reason it is refused (``replay`` for an old or repeated sequence).
    """
    with ws.session() as session:
        trusted = _trusted_der(session)
        bound = _bound_codes(session)
    verified = read_bundle(path, trusted, plan_id=ws.plan.id, kind=kind, limits=limits, bound_codes=bound)
    with ws.session() as session:
        _check_replay(session, verified)
    return verified


def _bound_codes(session: Session) -> dict[str, str]:
    """Fingerprint → unit code of the trusted certificates (a CA's certificate names none)."""
    rows = session.execute(
        select(TrustedCertificate.fingerprint, TrustedCertificate.unit_code).where(
            TrustedCertificate.status == "active"
        )
    ).all()
    return {str(f): str(u) for f, u in rows}


def _check_replay(session: Session, verified: VerifiedBundle) -> None:
    last = _last_sequence(session, verified.header.sender_code)
    if last is not None and verified.header.sequence <= last:
        raise BundleProblem("replay", f"{verified.header.sequence} ≤ {last}")


def _data(ws: Workspace, verified: VerifiedBundle) -> BundleData:
    """Validate ``data.json`` against its schema, the plan and the manifest; return the document.

    Raises:
        BundleProblem: ``bad_data`` naming the first place that departs (nothing is written).
    """
    header = verified.header
    context = PlanContext(ws.plan, header.plan_id, header.sender_code, header.supplement)
    if DATA not in verified.members:
        raise BundleProblem("bad_data", f"{DATA} missing")
    try:
        return parse_data(verified.members[DATA], context)
    except SchemaError as error:
        raise BundleProblem("bad_data", f"{DATA}: {error}") from error


def _root_unit(session: Session, code: str) -> Unit | None:
    """Return the unit a sender signs for: a section's parent (the district), else the unit."""
    unit = session.scalars(select(Unit).where(Unit.code == code)).first()
    if unit is not None and unit.kind in SECTION_KINDS and unit.parent_id:
        return session.get(Unit, unit.parent_id)
    return unit


def _under(unit: Unit, root: Unit, by_id: dict[int, Unit]) -> bool:
    """Tell whether ``unit`` is ``root`` or below it in the directory."""
    current: Unit | None = unit
    for _ in range(len(by_id) + 1):  # a cycle in a damaged directory must not hang the import
        if current is None:
            return False
        if current.id == root.id:
            return True
        current = by_id.get(current.parent_id) if current.parent_id else None
    return False


class _Preview(Exception):  # noqa: N818 - carries the result out of a transaction rolled back
    def __init__(self, result: ImportResult) -> None:
        super().__init__("preview")
        self.result = result


def preview_bundle(
    ws: Workspace, path: Path, *, limits: Limits | None = None, progress: ItemProgress | None = None
) -> ImportResult:
    """Verify a bundle and tell what importing it would do, writing nothing.

    The merge runs exactly as :func:`import_bundle` runs it, in a transaction that is then
    rolled back: the counts and the conflicts it returns are those of the real import.

    Raises:
        BundleProblem: see :func:`import_bundle`.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop.
    """
    try:
        import_bundle(ws, path, limits=limits, progress=progress, _preview=True)
    except _Preview as done:
        return done.result
    raise AssertionError("unreachable")  # pragma: no cover


def import_bundle(
    ws: Workspace,
    path: Path,
    *,
    limits: Limits | None = None,
    progress: ItemProgress | None = None,
    take_changed: Iterable[str] = (),
    _preview: bool = False,
) -> ImportResult:
    """Verify a district's bundle, then merge its nominations in one transaction.

    Nominations are matched by ``uid``. The province's decisions stick (issue #18): a nomination
    it accepted or returned is never moved back nor changed by a bundle unless the province
    chose the sender's changed version (``take_changed``) or, for a returned one, the sender
    selected it again after the return (it acted on it); a full bundle marks the sender's
    earlier nominations it left out "withdrawn by the sender" (never deleted, and a decided one
    is left as decided); a supplement only adds and updates. Every decided nomination the bundle
    touches is reported as a :class:`Conflict`. The import is logged as an ``inbox_bundle`` row
    and a receipt of the sender's unit (channel "bundle"), so the dashboard judges it by the
    same rules as any other submission.

    Args:
        ws: the workspace.
        path: the bundle file.
        limits: the reader's size limits (tests make them small).
        progress: ``(done, total) -> bool``, told of the nominations merged; False cancels.
        take_changed: uids of decided nominations whose changed version the province takes
            (they become "submitted" again with the sender's data).

    Raises:
        BundleProblem: verification failed (nothing written), or ``bad_data``, ``unknown_unit``,
            ``outside_sender`` (a unit not under the sender) or ``foreign_nomination`` (a model
            another office sent); the transaction is then rolled back.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop before the commit;
            nothing is written.
    """
    verified = verify_bundle(ws, path, limits=limits)
    data = _data(ws, verified)
    rows = list(data.nominations)
    header = verified.header
    now = datetime.now(UTC)
    source_key = f"bundle:{header.sender_code}"
    taking = set(take_changed)
    reason = f"Gói số {header.sequence}"
    added = updated = withdrawn = kept = 0
    conflicts: list[Conflict] = []
    with ws.session() as session:
        _check_replay(session, verified)  # again, inside the write lock: a second window may have won
        by_id = _unit_codes(session)
        unit_by_code = {u.code: u for u in by_id.values()}
        root = _root_unit(session, header.sender_code)
        for done, row in enumerate(rows):
            report(progress, done, len(rows))
            unit = unit_by_code.get(row.registering_unit_code)
            if unit is None:
                raise BundleProblem("unknown_unit", row.registering_unit_code)
            # An office speaks only for the units under it, and never for another sender's models.
            if root is None or not _under(unit, root, by_id):
                raise BundleProblem("outside_sender", row.registering_unit_code)
            if row.member_unit_code is not None:  # a household's or member's unit: the same scope
                member_unit = unit_by_code.get(row.member_unit_code)
                if member_unit is None:
                    raise BundleProblem("unknown_unit", row.member_unit_code)
                if not _under(member_unit, root, by_id):
                    raise BundleProblem("outside_sender", row.member_unit_code)
            existing = session.scalars(select(Nomination).where(Nomination.uid == row.uid)).first()
            if existing is not None and existing.source_key != source_key:
                raise BundleProblem("foreign_nomination", row.name)
            values = _nomination_values(ws, row, unit, unit_by_code, source_key, now)
            if existing is None:
                n = Nomination(uid=row.uid, created_at=now, status=str(NominationStatus.SUBMITTED), **values)
                session.add(n)
                session.flush()
                session.add(StatusEvent(nomination_id=n.id, to_status=n.status, at=now, reason=reason))
                added += 1
            else:
                n = existing
                # A returned nomination the sender selected again (it acted on the return) is
                # simply sent again; any other decided one stays as decided unless taken.
                resent = n.status == NominationStatus.RETURNED and row.status == NominationStatus.SELECTED
                if n.status in DECIDED and not resent:
                    changed = _differs(session, n, values, row)
                    take = changed and row.uid in taking
                    what = "changed" if changed else "unchanged"
                    conflicts.append(Conflict(n.uid, n.name, n.status, what, taken=take))
                    if not take:
                        kept += 1
                        # The registration and the decision stay; the follow-up (what the model
                        # did after it was accepted) is the sender's to report, and is taken.
                        if row.followup is not None:
                            followup.replace_from_bundle(session, n.id, row.followup)
                        continue
                for key, value in values.items():
                    setattr(n, key, value)
                _set_status(session, n, NominationStatus.SUBMITTED, now, reason=reason)
                session.execute(delete(CriterionCheck).where(CriterionCheck.nomination_id == n.id))
                updated += 1
            assert n.id is not None
            for tick in row.criteria:
                session.add(
                    CriterionCheck(
                        nomination_id=n.id, criterion_code=tick.code, met=tick.met, evidence=tick.evidence
                    )
                )
            if row.followup is not None:  # a version 1 file says nothing of the follow-up: kept
                followup.replace_from_bundle(session, n.id, row.followup)
        if not header.supplement:
            keep = {r.uid for r in rows}
            for old in session.scalars(select(Nomination).where(Nomination.source_key == source_key)).all():
                if old.uid in keep or old.status == NominationStatus.WITHDRAWN:
                    continue
                if old.status in DECIDED:
                    conflicts.append(Conflict(old.uid, old.name, old.status, "left_out"))
                    kept += 1
                    continue
                _set_status(
                    session,
                    old,
                    NominationStatus.WITHDRAWN,
                    now,
                    reason=f"Không có trong gói số {header.sequence}",
                )
                withdrawn += 1
        session.add(
            InboxBundle(
                sender_code=header.sender_code,
                sequence=header.sequence,
                created_at=header.created_at.astimezone(UTC),
                imported_at=now,
                supplement=header.supplement,
                manifest_sha256=verified.manifest_sha256,
                nomination_count=len(rows),
            )
        )
        root = _root_unit(session, header.sender_code)
        _store_own_plan(session, verified, data.unit_plan, root)
        if root is not None and root.id is not None:
            session.add(
                Receipt(
                    unit_id=root.id,
                    received_on=today_vn(),
                    channel=str(Channel.BUNDLE),
                    doc_number=f"Gói số {header.sequence}",
                    note=("Bổ sung. " if header.supplement else "") + f"{len(rows)} mô hình",
                    created_at=now,
                )
            )
        audit.record(
            session,
            action="import",
            entity="inbox_bundle",
            entity_id=verified.manifest_sha256,
            after={
                "sender": header.sender_code,
                "sequence": header.sequence,
                "added": added,
                "updated": updated,
                "withdrawn": withdrawn,
                "kept": kept,
            },
        )
        result = ImportResult(
            sender_code=header.sender_code,
            sender_name=header.sender_name,
            sequence=header.sequence,
            supplement=header.supplement,
            added=added,
            updated=updated,
            removed=0,
            fingerprint=verified.signature.signer.fingerprint,
            withdrawn=withdrawn,
            kept=kept,
            conflicts=tuple(conflicts),
        )
        if _preview:
            raise _Preview(result)  # rolls the transaction back
        report(progress, len(rows), len(rows))  # the last moment Cancel can still roll it all back
    return result


#: Columns that say nothing about the nomination itself (when and how it was stored).
_BOOKKEEPING = frozenset({"updated_at", "source_key", "search_fold"})


def _differs(session: Session, n: Nomination, values: dict[str, Any], row: BundleNomination) -> bool:
    """Tell whether a bundle's version of a stored nomination differs from it (data or ticks)."""
    for key, value in values.items():
        if key not in _BOOKKEEPING and getattr(n, key) != value:
            return True
    stored = {
        (c.criterion_code, bool(c.met), c.evidence or "")
        for c in session.scalars(select(CriterionCheck).where(CriterionCheck.nomination_id == n.id))
    }
    return stored != {(t.code, bool(t.met), t.evidence or "") for t in row.criteria}


def _nomination_values(
    ws: Workspace,
    row: BundleNomination,
    unit: Unit,
    unit_by_code: dict[str, Unit],
    source_key: str,
    now: datetime,
) -> dict[str, Any]:
    name = clean_text(row.name)
    achievements = clean_text(row.achievements, multiline=True)
    member = unit_by_code.get(row.member_unit_code) if row.member_unit_code else None
    # Eligibility is recomputed from the plan here: the province does not take the sender's word.
    try:
        eligible = ws.plan.evaluate(
            row.field_code, NomineeKind(row.kind), [c.code for c in row.criteria if c.met]
        ).eligible
    except (KeyError, ValueError) as error:
        raise BundleProblem("bad_data", str(error)) from error
    return {
        "plan_id": ws.plan.id,
        "year": row.year,
        "kind": row.kind,
        "field_code": row.field_code,
        **name_values(name),
        "position": row.position,
        "work_unit": row.work_unit,
        "gender": row.gender,
        "birth_year": row.birth_year,
        "member_unit_id": member.id if member else None,
        "household_head": row.household_head,
        "village": row.village,
        "commune": row.commune,
        "registering_unit_id": unit.id,
        "achievements": achievements,
        "good_practice": clean_text(row.good_practice, multiline=True),
        "replication_plan": clean_text(row.replication_plan, multiline=True),
        "target_honour": row.target_honour,
        "field_title": row.field_title,
        "received_on": row.received_on,
        "channel": row.channel,
        "is_supplement": row.is_supplement,
        "eligible": eligible,
        "override_reason": row.override_reason,
        "note": row.note,
        "search_fold": search_text(name, unit.name_fold, achievements),
        "source_key": source_key,
        "updated_at": now,
    }


# ----------------------------------------------------------------------------------------------
# The province view
# ----------------------------------------------------------------------------------------------


def province_view(ws: Workspace, as_of: date) -> list[SenderRow]:
    """Say, for every unit bound to send to the province, what arrived, when, and if on time.

    Args:
        ws: the workspace (the province's inbox).
        as_of: the day to judge on (Vietnam local date).

    Returns:
        One row per bound unit, those that sent nothing included.
    """
    deadline = ws.plan.deadline("to_province")
    with ws.session() as session:
        units = _unit_codes(session)
        plans_sent = dict(session.execute(select(UnitPlan.unit_id, UnitPlan.sent_on)).all())
        inbox = session.scalars(select(InboxBundle).order_by(InboxBundle.imported_at)).all()
        counts = dict(
            session.execute(
                select(Nomination.source_key, func.count())
                .where(Nomination.source_key.like("bundle:%"))
                .group_by(Nomination.source_key)  # type: ignore[union-attr]
            ).all()
        )
        roots: dict[str, Unit | None] = {b.sender_code: _root_unit(session, b.sender_code) for b in inbox}
    per_root: dict[int, list[InboxBundle]] = {}
    for b in inbox:
        root = roots[b.sender_code]
        if root is not None and root.id is not None:
            per_root.setdefault(root.id, []).append(b)
    rows = []
    kind_of = {i: u.kind for i, u in units.items()}
    parent_of = {i: u.parent_id for i, u in units.items()}
    for unit_id, unit in units.items():
        # By the unit's path: a district's own mass organisation reports to the district, not here.
        if ws.plan.deadline_for_path(kind_path(unit_id, kind_of, parent_of)) != deadline:
            continue
        received = per_root.get(unit.id or 0, [])
        days = [
            b.imported_at.replace(tzinfo=b.imported_at.tzinfo or UTC).astimezone(VN_TZ).date()
            for b in received
        ]
        status = deadline_status(deadline, as_of, days[0] if days else None)
        sender = received[-1].sender_code if received else None
        rows.append(
            SenderRow(
                code=unit.code,
                name=unit.name,
                sender_code=sender,
                bundles=len(received),
                last_sequence=max((b.sequence for b in received), default=None),
                first_received=days[0] if days else None,
                last_received=days[-1] if days else None,
                nominations=int(counts.get(f"bundle:{sender}", 0)) if sender else 0,
                on_time=(days[0] <= deadline.last_on_time_day) if days else None,
                days_left=status.days_left,
                plan_sent=plans_sent.get(unit_id),
                plan_on_time=(plans_sent[unit_id] <= deadline.last_on_time_day)
                if unit_id in plans_sent
                else None,
            )
        )
    return sorted(rows, key=lambda r: (r.bundles == 0, r.code))


# ----------------------------------------------------------------------------------------------
# Returns: province → district
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnableRow:
    """A nomination that arrived in a bundle and can be returned to its sender."""

    id: int
    name: str
    field_code: str
    unit_name: str
    sender_code: str
    status: NominationStatus


def returnable_nominations(ws: Workspace) -> list[ReturnableRow]:
    """List the nominations that came in bundles, by sender then name (for the return dialog)."""
    with ws.reading() as session:
        found = session.execute(
            select(
                Nomination.id,
                Nomination.name,
                Nomination.field_code,
                Unit.name,
                Nomination.source_key,
                Nomination.status,
            )
            .join(Unit, Unit.id == Nomination.registering_unit_id)
            .where(Nomination.source_key.like("bundle:%"))  # type: ignore[union-attr]
            .order_by(Nomination.source_key, Nomination.name_sort)  # type: ignore[arg-type]
        ).all()
    return [
        ReturnableRow(r[0], r[1], r[2], r[3], str(r[4]).removeprefix("bundle:"), NominationStatus(r[5]))
        for r in found
    ]


def build_return(
    ws: Workspace,
    nomination_id: int,
    reason: str,
    target: Path,
    passphrase: str,
    *,
    progress: ItemProgress | None = None,
) -> BuiltBundle:
    """Return a nomination to the office that sent it, as a signed return file.

    The file is written first; then, in one transaction, the nomination is marked returned with
    the reason and ``return_built`` is logged with the sequence number.

    Args:
        ws: the workspace.
        nomination_id: the nomination sent back.
        reason: why (required).
        target: the return file to write.
        passphrase: the signing key's passphrase.
        progress: ``(done, total) -> bool``, told once the key is open, before anything is
            written; False cancels (nothing is written then).

    Raises:
        keys.KeyProblem: no identity or wrong passphrase.
        BundleProblem: ``reason_required``, ``not_found`` or ``not_from_bundle``.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop.
    """
    reason = clean_text(reason, multiline=True)
    if not reason:
        raise BundleProblem("reason_required")
    key, identity = signers.open_signer(ws, passphrase)
    scope = office_scope(ws)
    if scope.office is None:
        raise keys.KeyProblem("no_office")
    with ws.session() as session:
        n = session.get(Nomination, nomination_id)
        if n is None:
            raise BundleProblem("not_found", str(nomination_id))
        if not (n.source_key or "").startswith("bundle:"):
            raise BundleProblem("not_from_bundle", n.name)
        recipient_code = (n.source_key or "").removeprefix("bundle:")
        recipient = session.scalars(select(Unit).where(Unit.code == recipient_code)).first()
        uid, name = n.uid, n.name
        sequence = next_sequence(session)
    report(progress, 0, 1)  # the key derivation is done: the last moment Cancel writes nothing
    created_at = now_vn().replace(microsecond=0)
    header = BundleHeader(
        kind=KIND_RETURN,
        plan_id=ws.plan.id,
        sender_code=scope.office.code,
        sender_name=scope.office.name,
        recipient_code=recipient_code,
        recipient_name=recipient.name if recipient else recipient_code,
        sequence=sequence,
        created_at=created_at,
        program_version=__version__,
    )
    document = {
        "schema": RETURN_SCHEMA,
        "returns": [{"uid": uid, "name": name, "reason": reason, "returned_at": created_at.isoformat()}],
    }
    written = write_bundle(
        target,
        header,
        {RETURNS: json_member(document)},
        key.sign,
    )
    now = datetime.now(UTC)
    with ws.session() as session:
        n = session.get(Nomination, nomination_id)
        assert n is not None
        _set_status(session, n, NominationStatus.RETURNED, now, reason=reason)
        session.add(
            UpwardEvent(
                event_kind=RETURN_BUILT,
                at=now,
                sequence=sequence,
                nomination_count=1,
                detail=json.dumps({"file": target.name, "to": recipient_code, "uid": uid}),
            )
        )
    return BuiltBundle(written.path, sequence, written.manifest_sha256, 1, False, identity.fingerprint)


#: The statuses of a nomination this office has sent (the only ones a return can name).
_SENT = frozenset(
    str(s) for s in (NominationStatus.SUBMITTED, NominationStatus.ACCEPTED, NominationStatus.RETURNED)
)


def import_return(ws: Workspace, path: Path, *, progress: ItemProgress | None = None) -> ImportResult:
    """Verify a province's signed return file, then mark the nominations returned with the reason.

    Args:
        ws: the workspace.
        path: the return file.
        progress: ``(done, total) -> bool``, told of the nominations marked; False cancels.

    Raises:
        BundleProblem: verification failed, ``not_for_us`` (addressed to another office),
            ``unknown_nomination`` or ``bad_data``; nothing is written then.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop; nothing is written.
    """
    verified = verify_bundle(ws, path, kind=KIND_RETURN)
    office = office_scope(ws).office
    if office is None or verified.header.recipient_code != office.code:
        raise BundleProblem("not_for_us", verified.header.recipient_code)
    if RETURNS not in verified.members:
        raise BundleProblem("bad_data", f"{RETURNS} missing")
    try:
        document = parse_return(verified.members[RETURNS])
    except SchemaError as error:
        raise BundleProblem("bad_data", f"{RETURNS}: {error}") from error
    returns = [(r.uid, clean_text(r.reason, multiline=True)) for r in document.returns]
    now = datetime.now(UTC)
    header = verified.header
    with ws.session() as session:
        _check_replay(session, verified)
        for done, (uid, reason) in enumerate(returns):
            report(progress, done, len(returns))
            n = session.scalars(select(Nomination).where(Nomination.uid == uid)).first()
            # Only what this office sent can come back: a nomination never sent is not returnable.
            if n is None or n.status not in _SENT:
                raise BundleProblem("unknown_nomination", uid[:64])
            if not reason:
                raise BundleProblem("bad_data", f"{RETURNS}: reason of {uid[:64]} is blank")
            _set_status(session, n, NominationStatus.RETURNED, now, reason=reason)
        session.add(
            InboxBundle(
                sender_code=header.sender_code,
                sequence=header.sequence,
                created_at=header.created_at.astimezone(UTC),
                imported_at=now,
                manifest_sha256=verified.manifest_sha256,
                nomination_count=len(returns),
            )
        )
        report(progress, len(returns), len(returns))
    return ImportResult(
        sender_code=header.sender_code,
        sender_name=header.sender_name,
        sequence=header.sequence,
        supplement=False,
        added=0,
        updated=len(returns),
        removed=0,
        fingerprint=verified.signature.signer.fingerprint,
    )
