"""The district's signed bundle to the province (issue #7).

:func:`build_bundle` writes the whole zip first and only then, in one transaction, marks the
nominations submitted and logs ``bundle_built`` with its sequence number.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col

from hagiang_desktop import __version__
from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.timeliness import UpwardStep
from hagiang_desktop.core.vntext import now_vn
from hagiang_desktop.exports import bundle_docs
from hagiang_desktop.exports.bundle import KIND_SUBMISSION, BundleHeader, BundleProblem, write_bundle
from hagiang_desktop.exports.bundle_docs import BundleNomination, BundleUnit, CriterionTick
from hagiang_desktop.exports.schemas import SchemaError, UnitPlanRef, make
from hagiang_desktop.exports.signature_spots import Spot, recording_spots
from hagiang_desktop.exports.signing_docs import CoverPage, cover_pdf
from hagiang_desktop.services import exporting, followup, keys, signed_pdfs, signers, unit_plans
from hagiang_desktop.services.bundles.common import (
    COVER,
    DATA,
    FORMS_PDF,
    LETTER_PDF,
    LIST_PDF,
    LIST_XLSX,
    OWN_PLAN_STEM,
    BuiltBundle,
    Progress,
    next_sequence,
    notify,
    set_status,
    unit_codes,
)
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import CriterionCheck, Nomination, UpwardEvent

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


def _collect(
    session: Session, unit_ids: frozenset[int] | None, statuses: Iterable[str]
) -> list[BundleNomination]:
    query = select(Nomination).where(col(Nomination.status).in_(list(statuses)))
    if unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(unit_ids))
    found = list(session.scalars(query.order_by(col(Nomination.field_code), col(Nomination.id))))
    by_id = unit_codes(session)
    checks: dict[int, list[CriterionTick]] = {}
    ids = [n.id for n in found]
    for check in session.scalars(
        select(CriterionCheck)
        .where(col(CriterionCheck.nomination_id).in_(ids))
        .order_by(col(CriterionCheck.criterion_code))
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
    by_id = unit_codes(session)
    result = []
    for unit in sorted((u for u in by_id.values() if u.code in codes), key=lambda u: u.code):
        parent = by_id.get(unit.parent_id) if unit.parent_id else None
        parent_code = parent.code if parent else None
        result.append(BundleUnit(code=unit.code, name=unit.name, kind=unit.kind, parent_code=parent_code))
    return result


def _recipient(ws: Workspace) -> tuple[str, str]:
    """The province's code and the recipient as the plan names it (#16 item 7)."""
    return ws.plan.info.recipient_code, ws.plan.info.recipient


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
    notify(progress, 5, "collect")
    with ws.reading() as session:  # reads only: another writer holding the lock does not stop it here
        rows = _collect(session, scope.unit_ids, statuses)
        id_of = dict(session.execute(select(col(Nomination.uid), col(Nomination.id))).all())
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
    signed = signed_pdfs.sign_bundle_pdfs(ws, documents, key, spots)
    members.update(signed.members)
    members.update(plan_member)
    notify(progress, 80, "cover")
    cover = CoverPage(
        office=office,
        sender=f"{scope.office.code} – {scope.office.name}",
        recipient=recipient[1],
        plan_title=ws.plan.info.reference,
        sequence=sequence,
        created_at=created_at,
        supplement=supplement,
        nomination_count=len(rows),
        files=[(path, _DESCRIPTIONS[path]) for path in members],
        fingerprint=identity.fingerprint,
    )
    members = {COVER: cover_pdf(cover), **members}
    notify(progress, 90, "sign")
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
    notify(progress, 100, "done")
    return BuiltBundle(
        path=Path(target),
        sequence=sequence,
        manifest_sha256=written.manifest_sha256,
        nomination_count=len(rows),
        supplement=supplement,
        fingerprint=identity.fingerprint,
        timestamped=signed.timestamped,
        timestamp_problem=signed.timestamp_problem,
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
        for n in session.scalars(select(Nomination).where(col(Nomination.uid).in_(uids))):
            set_status(session, n, NominationStatus.SUBMITTED, now, reason=f"Gói số {sequence}")
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
        notify(progress, 20, "list")
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
        notify(progress, 45, "forms")
        with recording_spots() as recorded:
            forms = exporting.export_forms_pdf(ws, tmp / FORMS_PDF, ids=ids, record=False)
        found.update({FORMS_PDF: recorded[-1]} if recorded else {})
        steps = [
            (UpwardStep.LIST_EXPORTED, LIST_XLSX, listed.count),
            (UpwardStep.FORMS_PRINTED, FORMS_PDF, forms.count),
        ]
        return {name: (tmp / name).read_bytes() for name in (*names, FORMS_PDF)}, steps
