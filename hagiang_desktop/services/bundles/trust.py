"""The province's trust store and the verification of a signed file against it.

Nothing is written to the database before a bundle is fully verified: :func:`verify_bundle`
reads the trust store and the last sequence from the sender, and refuses replays.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from hagiang_desktop.exports import signing
from hagiang_desktop.exports.bundle import KIND_SUBMISSION, BundleProblem, Limits, VerifiedBundle, read_bundle
from hagiang_desktop.services import audit
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import InboxBundle, TrustedCertificate


@dataclass(frozen=True)
class TrustedRow:
    """A certificate in the province's trust store."""

    id: int
    unit_code: str
    subject: str
    fingerprint: str
    status: str
    added_at: datetime


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
            select(TrustedCertificate).where(col(TrustedCertificate.fingerprint) == info.fingerprint)
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
        rows = session.scalars(select(TrustedCertificate).order_by(col(TrustedCertificate.unit_code)))
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
    rows = session.scalars(select(TrustedCertificate).where(col(TrustedCertificate.status) == "active"))
    return [signing.pem_to_der(r.cert_pem) for r in rows]


def _last_sequence(session: Session, sender_code: str) -> int | None:
    value = session.scalar(
        select(func.max(col(InboxBundle.sequence))).where(col(InboxBundle.sender_code) == sender_code)
    )
    return None if value is None else int(value)


def verify_bundle(
    ws: Workspace, path: Path, *, kind: str = KIND_SUBMISSION, limits: Limits | None = None
) -> VerifiedBundle:
    """Verify a bundle against this database's trust store, plan and last sequences; write nothing.

    Raises:
        BundleProblem: the reason it is refused (``replay`` for an old or repeated sequence).
    """
    from hagiang_desktop.services import trust_authorities

    with ws.session() as session:
        trusted = _trusted_der(session)
        bound = _bound_codes(session)
    # A token's certificate is trusted through the installed authorities; a renewed one speaks
    # for the unit its predecessor was bound to (#21).
    verified = read_bundle(
        path,
        trusted,
        plan_id=ws.plan.id,
        kind=kind,
        limits=limits,
        bound_codes=bound,
        authorities_der=trust_authorities.authorities_der(ws),
        renewals=trust_authorities.renewals(ws),
    )
    with ws.session() as session:
        check_replay(session, verified)
    return verified


def verify_bundle_file(
    path: Path,
    certificates: Iterable[bytes],
    *,
    plan_id: str | None = None,
    unit_code: str | None = None,
    authorities: Iterable[bytes] = (),
) -> VerifiedBundle:
    """Verify a bundle against the certificates given, without a database (``bundle verify``).

    Args:
        path: the bundle.
        certificates: the trusted certificates, DER (see
            :func:`hagiang_desktop.services.certificates.load_certificate`).
        plan_id: refuse a bundle for another plan.
        unit_code: the unit a CA-issued certificate (a token's) speaks for, from its signed form;
            a renewal of such a certificate speaks for the same unit (#21).
        authorities: certificate authorities trusted, DER: a signer's certificate that chains to
            one of them is trusted.

    Raises:
        BundleProblem: the reason it is refused.
    """
    from hagiang_desktop.exports import authorities as cas

    trusted = list(certificates)
    bound = {signing.fingerprint(der): unit_code for der in trusted} if unit_code else None
    renewals = (
        {cas.renewal_key(der): (unit_code, signing.fingerprint(der)) for der in trusted}
        if unit_code
        else None
    )
    return read_bundle(
        path,
        trusted,
        plan_id=plan_id,
        bound_codes=bound,
        authorities_der=list(authorities),
        renewals=renewals,
    )


def _bound_codes(session: Session) -> dict[str, str]:
    """Fingerprint → unit code of the trusted certificates (a CA's certificate names none)."""
    rows = session.execute(
        select(col(TrustedCertificate.fingerprint), col(TrustedCertificate.unit_code)).where(
            col(TrustedCertificate.status) == "active"
        )
    ).all()
    return {str(f): str(u) for f, u in rows}


def check_replay(session: Session, verified: VerifiedBundle) -> None:
    """Refuse a file whose sequence is not newer than the last one imported from its sender.

    Raises:
        BundleProblem: ``replay``.
    """
    last = _last_sequence(session, verified.header.sender_code)
    if last is not None and verified.header.sequence <= last:
        raise BundleProblem("replay", f"{verified.header.sequence} ≤ {last}")
