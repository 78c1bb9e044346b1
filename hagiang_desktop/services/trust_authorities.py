"""The province's installed certificate authorities, and renewed office certificates (issue #21).

Beside the pinned office certificates (:func:`hagiang_desktop.services.bundles.add_trusted`), the
province installs the certificates of the authorities that issue offices' token certificates
(for state bodies the VGCA root and its sub-CAs). A bundle or a PDF signed with a certificate
that chains to one of them is trusted, judged at the signing time it states.

Which office a CA-issued certificate speaks for is still decided by the province once, from the
office's signed fingerprint form (``bundle trust --unit``). When the authority later renews that
certificate (same subject, same issuer), the renewed one speaks for the same unit: the import
says so and records it in the trust store bound to that unit.

The authorities are kept in the settings (``trusted_authorities``: a short list of PEMs), each
change written to the audit log.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import Session, col

from hagiang_desktop.services import audit
from hagiang_desktop.services.workspace import Workspace, get_setting, set_setting
from hagiang_desktop.storage.models import TrustedCertificate

if TYPE_CHECKING:
    from hagiang_desktop.exports.authorities import Authority

#: Settings key: the installed authorities (a list of {pem, subject, fingerprint, added_at}).
AUTHORITIES = "trusted_authorities"


@dataclass(frozen=True)
class AuthorityRow:
    """An installed certificate authority as the CLI and the window list it.

    Attributes:
        subject: its subject.
        fingerprint: grouped SHA-256 fingerprint.
        not_after: end of validity (UTC).
        root: a root (self-signed), else a sub-CA.
        added_at: when it was installed (UTC).
        cert_pem: the certificate.
    """

    subject: str
    fingerprint: str
    not_after: datetime
    root: bool
    added_at: datetime
    cert_pem: str


def _pem(der: bytes) -> str:
    text = base64.b64encode(der).decode("ascii")
    body = "".join(text[i : i + 64] + "\n" for i in range(0, len(text), 64))
    return "-----BEGIN CERTIFICATE-----\n" + body + "-----END CERTIFICATE-----\n"


def _stored(ws: Workspace) -> list[dict[str, Any]]:
    value = get_setting(ws, AUTHORITIES)
    return [v for v in value if isinstance(v, dict) and "pem" in v] if isinstance(value, list) else []


def _row(entry: dict[str, Any]) -> AuthorityRow:
    from hagiang_desktop.exports import signing

    der = signing.pem_to_der(str(entry["pem"]))
    info = signing.certificate_info(der)
    return AuthorityRow(
        subject=info.subject,
        fingerprint=info.fingerprint,
        not_after=info.not_after,
        root=signing.issuer_of(der) == info.subject,
        added_at=datetime.fromisoformat(str(entry.get("added_at") or "1970-01-01T00:00:00+00:00")),
        cert_pem=str(entry["pem"]),
    )


def read_authorities(data: bytes) -> list[Authority]:
    """Read the authority certificates of a file without installing them (to show their fingerprints).

    Raises:
        signing.SigningProblem: as :func:`add_authorities`.
    """
    from hagiang_desktop.exports import authorities

    return authorities.load_authorities(data)


def add_authorities(ws: Workspace, data: bytes) -> list[AuthorityRow]:
    """Install the authority certificates of a file (PEM, possibly root and sub-CAs; or DER).

    One already installed is kept as it is. Nothing is installed when any certificate of the
    file is refused.

    Returns:
        The file's authorities, as installed.

    Raises:
        signing.SigningProblem: ``bad_certificate``, ``not_a_ca`` (an office's certificate:
            trust it with ``bundle trust --unit`` instead), ``certificate_expired``.
    """
    from hagiang_desktop.exports import authorities

    found = authorities.load_authorities(data)
    stored = _stored(ws)
    known = {str(e.get("fingerprint")) for e in stored}
    now = datetime.now(UTC).isoformat()
    added = []
    for authority in found:
        if authority.fingerprint in known:
            continue
        known.add(authority.fingerprint)
        stored.append(
            {
                "pem": _pem(authority.der),
                "subject": authority.subject,
                "fingerprint": authority.fingerprint,
                "added_at": now,
            }
        )
        added.append(authority)
    if added:
        set_setting(ws, AUTHORITIES, stored)
        with ws.session() as session:
            for authority in added:
                audit.record(
                    session,
                    action="trust_authority",
                    entity="trusted_authority",
                    entity_id=authority.fingerprint,
                    after={"subject": authority.subject},
                )
    wanted = {a.fingerprint for a in found}
    return [r for r in list_authorities(ws) if r.fingerprint in wanted]


def list_authorities(ws: Workspace) -> list[AuthorityRow]:
    """Return the installed authorities, roots first."""
    rows = [_row(e) for e in _stored(ws)]
    return sorted(rows, key=lambda r: (not r.root, r.subject))


def remove_authority(ws: Workspace, fingerprint: str) -> bool:
    """Stop trusting an authority; return whether it was installed."""
    stored = _stored(ws)
    kept = [e for e in stored if str(e.get("fingerprint")) != fingerprint]
    if len(kept) == len(stored):
        return False
    set_setting(ws, AUTHORITIES, kept)
    with ws.session() as session:
        audit.record(session, action="distrust_authority", entity="trusted_authority", entity_id=fingerprint)
    return True


def authorities_der(ws: Workspace) -> list[bytes]:
    """Return the installed authorities' certificates, DER (for verifying bundles and PDFs)."""
    from hagiang_desktop.exports import signing

    return [signing.pem_to_der(str(e["pem"])) for e in _stored(ws)]


def renewals(ws: Workspace) -> dict[str, tuple[str, str]]:
    """Return, for each bound certificate, its subject and issuer → (unit code, fingerprint).

    A certificate an installed authority vouches for, with the same subject and issuer as one
    the province bound to a unit, speaks for that unit (its renewal).
    """
    from hagiang_desktop.exports import authorities, signing

    with ws.reading() as session:
        rows = session.execute(
            select(
                col(TrustedCertificate.cert_pem),
                col(TrustedCertificate.unit_code),
                col(TrustedCertificate.fingerprint),
            )
            .where(col(TrustedCertificate.status) == "active")
            .order_by(col(TrustedCertificate.id))
        ).all()
    found: dict[str, tuple[str, str]] = {}
    for pem, unit_code, fingerprint in rows:
        try:
            key = authorities.renewal_key(signing.pem_to_der(str(pem)))
        except (signing.SigningProblem, ValueError):
            continue  # a damaged entry renews nothing
        found[key] = (str(unit_code), str(fingerprint))  # the latest binding wins
    return found


def record_renewal(session: Session, cert_der: bytes, unit_code: str, renews: str) -> None:
    """Bind a renewed certificate to the unit its predecessor speaks for, in the import's transaction.

    Args:
        session: the import's session (rolled back with it).
        cert_der: the renewed certificate.
        unit_code: the unit.
        renews: the fingerprint of the bound certificate it renews.
    """
    from hagiang_desktop.exports import signing

    info = signing.certificate_info(cert_der)
    known = session.scalars(
        select(TrustedCertificate).where(col(TrustedCertificate.fingerprint) == info.fingerprint)
    ).first()
    if known is not None:
        return
    session.add(
        TrustedCertificate(
            unit_code=unit_code,
            subject=info.subject,
            fingerprint=info.fingerprint,
            cert_pem=_pem(cert_der),
            added_at=datetime.now(UTC),
        )
    )
    audit.record(
        session,
        action="trust_renewed",
        entity="trusted_certificate",
        entity_id=info.fingerprint,
        after={"unit_code": unit_code, "renews": renews, "subject": info.subject},
    )
