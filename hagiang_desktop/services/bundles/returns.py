"""Signed returns downward: the province sends a nomination back, the district applies it.

Province side: :func:`returnable_nominations` and :func:`build_return`; district side:
:func:`import_return`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from hagiang_desktop import __version__
from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.vntext import clean_text, now_vn
from hagiang_desktop.exports.bundle import KIND_RETURN, BundleHeader, BundleProblem, json_member, write_bundle
from hagiang_desktop.exports.schemas import SchemaError, parse_return
from hagiang_desktop.services import keys, signers
from hagiang_desktop.services.bundles.common import (
    RETURN_BUILT,
    RETURN_SCHEMA,
    RETURNS,
    BuiltBundle,
    ImportResult,
    next_sequence,
    set_status,
)
from hagiang_desktop.services.bundles.trust import check_replay, verify_bundle
from hagiang_desktop.services.progress import Progress as ItemProgress
from hagiang_desktop.services.progress import report
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import InboxBundle, Nomination, Unit, UpwardEvent


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
                col(Nomination.id),
                col(Nomination.name),
                col(Nomination.field_code),
                col(Unit.name),
                col(Nomination.source_key),
                col(Nomination.status),
            )
            .join(Unit, col(Unit.id) == col(Nomination.registering_unit_id))
            .where(col(Nomination.source_key).like("bundle:%"))
            .order_by(col(Nomination.source_key), col(Nomination.name_sort))
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
        recipient = session.scalars(select(Unit).where(col(Unit.code) == recipient_code)).first()
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
        set_status(session, n, NominationStatus.RETURNED, now, reason=reason)
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
        check_replay(session, verified)
        for done, (uid, reason) in enumerate(returns):
            report(progress, done, len(returns))
            n = session.scalars(select(Nomination).where(col(Nomination.uid) == uid)).first()
            # Only what this office sent can come back: a nomination never sent is not returnable.
            if n is None or n.status not in _SENT:
                raise BundleProblem("unknown_nomination", uid[:64])
            if not reason:
                raise BundleProblem("bad_data", f"{RETURNS}: reason of {uid[:64]} is blank")
            set_status(session, n, NominationStatus.RETURNED, now, reason=reason)
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
