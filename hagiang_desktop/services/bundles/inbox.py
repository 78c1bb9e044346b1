"""The province's inbox: a district's verified bundle merged in one transaction.

:func:`import_bundle` verifies everything, then merges; :func:`preview_bundle` runs the same
merge and rolls it back, to tell what importing would do.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, select
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.core.plan import Deadline
from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.core.workflow import DECIDED
from hagiang_desktop.exports.bundle import BundleProblem, Limits, VerifiedBundle
from hagiang_desktop.exports.bundle_docs import BundleNomination
from hagiang_desktop.exports.schemas import BundleData, PlanContext, SchemaError, UnitPlanRef, parse_data
from hagiang_desktop.services import audit, followup, unit_plans, units
from hagiang_desktop.services.bundles.common import (
    DATA,
    Claim,
    ClaimDifference,
    Conflict,
    ImportResult,
    root_unit,
    set_status,
    unit_codes,
)
from hagiang_desktop.services.bundles.trust import check_replay, verify_bundle
from hagiang_desktop.services.nomination_columns import cleaned, stored_columns
from hagiang_desktop.services.nominations import NominationInput
from hagiang_desktop.services.progress import Progress as ItemProgress
from hagiang_desktop.services.progress import report
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.db import serialise
from hagiang_desktop.storage.models import (
    CriterionCheck,
    InboxBundle,
    Nomination,
    Receipt,
    StatusEvent,
    Unit,
)


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
    claims: list[ClaimDifference] = []
    deadlines: dict[int | None, Deadline | None] = {}
    with ws.session() as session:
        serialise(session, "inbox")  # on a server: one import at a time, to its commit (#22)
        check_replay(session, verified)  # again, inside the write lock: a second window may have won
        by_id = unit_codes(session)
        unit_by_code = {u.code: u for u in by_id.values()}
        root = root_unit(session, header.sender_code)
        for done, row in enumerate(rows):
            report(progress, done, len(rows))
            unit = unit_by_code.get(row.registering_unit_code)
            if unit is None:
                raise BundleProblem("unknown_unit", row.registering_unit_code)
            # An office speaks only for the units under it, and never for another sender's models.
            if root is None or not _under(unit, root, by_id):
                raise BundleProblem("outside_sender", row.registering_unit_code)
            member_unit = None
            if row.member_unit_code is not None:  # a household's or member's unit: the same scope
                member_unit = unit_by_code.get(row.member_unit_code)
                if member_unit is None:
                    raise BundleProblem("unknown_unit", row.member_unit_code)
                if not _under(member_unit, root, by_id):
                    raise BundleProblem("outside_sender", row.member_unit_code)
            existing = session.scalars(select(Nomination).where(col(Nomination.uid) == row.uid)).first()
            if existing is not None and existing.source_key != source_key:
                raise BundleProblem("foreign_nomination", row.name)
            if unit.id not in deadlines:
                deadlines[unit.id] = ws.plan.deadline_for_path(units.session_kind_path(session, unit))
            values = _nomination_values(ws, row, unit, deadlines[unit.id], member_unit, source_key, now)
            if existing is None:
                n = Nomination(uid=row.uid, created_at=now, status=str(NominationStatus.SUBMITTED), **values)
                session.add(n)
                session.flush()
                session.add(
                    StatusEvent(nomination_id=cast(int, n.id), to_status=n.status, at=now, reason=reason)
                )
                added += 1
            else:
                n = existing
                # A returned nomination the sender selected again (it acted on the return) is
                # simply sent again; any other decided one stays as decided unless taken.
                resent = (
                    n.status == NominationStatus.RETURNED and row.status == NominationStatus.SELECTED.value
                )
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
                            followup.replace_from_bundle(session, cast(int, n.id), row.followup)
                        continue
                for key, value in values.items():
                    setattr(n, key, value)
                # A new version, as a clerk's save makes: a form open on the old one is told (#22).
                n.row_version += 1
                set_status(session, n, NominationStatus.SUBMITTED, now, reason=reason)
                session.execute(delete(CriterionCheck).where(col(CriterionCheck.nomination_id) == n.id))
                updated += 1
            assert n.id is not None
            claims.extend(_claims(row, values))
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
            for old in session.scalars(
                select(Nomination).where(col(Nomination.source_key) == source_key)
            ).all():
                if old.uid in keep or old.status == NominationStatus.WITHDRAWN:
                    continue
                if old.status in DECIDED:
                    conflicts.append(Conflict(old.uid, old.name, old.status, "left_out"))
                    kept += 1
                    continue
                set_status(
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
        root = root_unit(session, header.sender_code)
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
        if verified.renewed_from:
            from hagiang_desktop.services import trust_authorities

            # The renewed certificate joins the trust store, bound to the same unit (said, logged).
            trust_authorities.record_renewal(
                session, verified.signature.cert_der, header.sender_code, verified.renewed_from
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
            renewed_from=verified.renewed_from,
            claims=tuple(claims),
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
        for c in session.scalars(select(CriterionCheck).where(col(CriterionCheck.nomination_id) == n.id))
    }
    return stored != {(t.code, bool(t.met), t.evidence or "") for t in row.criteria}


def _nomination_values(
    ws: Workspace,
    row: BundleNomination,
    unit: Unit,
    deadline: Deadline | None,
    member: Unit | None,
    source_key: str,
    now: datetime,
) -> dict[str, Any]:
    """Return the stored columns of a bundle's nomination, derived marks computed here.

    Eligibility and the supplement mark come from the plan and the dates, as for a nomination
    typed in: the province does not take the sender's word for them (see ``claims``).
    """
    data = cleaned(
        NominationInput(
            kind=NomineeKind(row.kind),
            field_code=row.field_code,
            name=row.name,
            registering_unit_code=row.registering_unit_code,
            checks={tick.code: tick.evidence or "" for tick in row.criteria if tick.met},
            position=row.position,
            work_unit=row.work_unit,
            gender=row.gender,
            birth_year=row.birth_year,
            member_unit_code=row.member_unit_code,
            household_head=row.household_head,
            village=row.village,
            commune=row.commune,
            achievements=row.achievements,
            good_practice=row.good_practice,
            replication_plan=row.replication_plan,
            target_honour=row.target_honour,
            received_on=row.received_on,
            channel=Channel(row.channel) if row.channel else None,
            note=row.note,
            year=row.year,
            field_title=row.field_title,
            source_key=source_key,
        )
    )
    try:
        values = stored_columns(ws.plan, data, unit=unit, deadline=deadline, member=member, now=now)
    except (KeyError, ValueError) as error:
        raise BundleProblem("bad_data", str(error)) from error
    return {**values, "override_reason": row.override_reason}


def _claims(row: BundleNomination, values: dict[str, Any]) -> list[ClaimDifference]:
    """Return where the bundle's derived marks differ from the province's."""
    said = {Claim.ELIGIBLE: row.eligible, Claim.SUPPLEMENT: row.is_supplement}
    found = {Claim.ELIGIBLE: bool(values["eligible"]), Claim.SUPPLEMENT: bool(values["is_supplement"])}
    return [
        ClaimDifference(row.uid, row.name, what, claimed=said[what], found=found[what])
        for what in Claim
        if said[what] != found[what]
    ]
