"""The office's signing identity: create, show, export, back up, restore, rotate (issue #7).

The key never leaves the database unencrypted: the ``signing_identity`` table keeps the PKCS#12
blob encrypted with the clerk's passphrase, beside the certificate and its fingerprint. At most
one identity is ``active``; rotating or restoring another key retires the current one, which
stays in the table ("still known") so that its certificate can be exported and old bundles
explained.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from hagiang_desktop.core.atomic import atomic_write_bytes, atomic_write_text
from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.services import audit, units
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import SigningIdentity

if TYPE_CHECKING:
    from hagiang_desktop.exports import signing
    from hagiang_desktop.exports.signing_docs import IssuingOffice

#: A passphrase shorter than this is refused: the PKCS#12 file may travel on a USB stick.
MIN_PASSPHRASE = 8
ACTIVE = "active"
RETIRED = "retired"


class KeyCode(StrEnum):
    """Why a key operation is refused (:class:`KeyProblem`).

    Each code has its words in ``cli.messages`` (``key_…``) and ``ui.actions.bundles.PROBLEMS``, in
    Vietnamese and English.
    """

    BAD_IMAGE = "bad_image"
    BAD_KEY_FILE = "bad_key_file"
    BAD_TIMESTAMP_URL = "bad_timestamp_url"
    IDENTITY_EXISTS = "identity_exists"
    NO_IDENTITY = "no_identity"
    NO_OFFICE = "no_office"
    OFFICE_MISMATCH = "office_mismatch"
    OTHER_OFFICE = "other_office"
    SHORT_PASSPHRASE = "short_passphrase"
    TOKEN_CHANGED = "token_changed"


class KeyProblem(Exception):
    """A key operation that cannot be done; ``code`` names the reason for the UI and the CLI.

    Codes: ``no_office`` (choose the office first), ``no_identity``, ``identity_exists``,
    ``short_passphrase``, plus the :class:`~hagiang_desktop.exports.signing.SigningProblem`
    codes ``wrong_passphrase``, ``bad_key_file``, ``bad_certificate``.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class IdentityRow:
    """A signing identity as the UI and the CLI show it.

    Attributes:
        id: database id.
        unit_code: the office named by the certificate.
        unit_name: its name.
        fingerprint: grouped SHA-256 fingerprint.
        cert_pem: the certificate.
        status: ``active`` or ``retired``.
        created_at: when it was made or restored (UTC).
        retired_at: when it was retired (UTC), if it was.
    """

    id: int
    unit_code: str
    unit_name: str
    fingerprint: str
    cert_pem: str
    status: str
    created_at: datetime
    retired_at: datetime | None


def _row(identity: SigningIdentity) -> IdentityRow:
    # cryptography and reportlab load when a key is first used, not at start-up (#11).
    from hagiang_desktop.exports import signing

    info = signing.certificate_info(signing.pem_to_der(identity.cert_pem))
    assert identity.id is not None
    return IdentityRow(
        id=identity.id,
        unit_code=info.unit_code,
        unit_name=info.unit_name,
        fingerprint=identity.fingerprint,
        cert_pem=identity.cert_pem,
        status=identity.status,
        created_at=identity.created_at,
        retired_at=identity.retired_at,
    )


def _active(session: Session) -> SigningIdentity | None:
    return session.scalars(
        select(SigningIdentity)
        .where(col(SigningIdentity.status) == ACTIVE)
        .order_by(col(SigningIdentity.id).desc())
    ).first()


def active_identity(ws: Workspace) -> IdentityRow | None:
    """Return the identity that signs bundles now, or None before one is created."""
    with ws.session() as session:
        found = _active(session)
        return _row(found) if found else None


def list_identities(ws: Workspace) -> list[IdentityRow]:
    """Return every identity, the active one first, then the retired ones newest first."""
    with ws.session() as session:
        rows = session.scalars(select(SigningIdentity).order_by(col(SigningIdentity.id).desc())).all()
        return sorted((_row(r) for r in rows), key=lambda r: r.status != ACTIVE)


def _check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyProblem(KeyCode.SHORT_PASSPHRASE, str(MIN_PASSPHRASE))


def _office(ws: Workspace) -> units.UnitRow:
    office = office_scope(ws).office
    if office is None:
        raise KeyProblem(KeyCode.NO_OFFICE)
    return office


def _retire_active(session: Session, now: datetime) -> None:
    current = _active(session)
    if current is not None:
        current.status = RETIRED
        current.retired_at = now
        audit.record(
            session,
            action="retire",
            entity="signing_identity",
            entity_id=current.fingerprint,
            before={"status": ACTIVE},
            after={"status": RETIRED},
        )


def _store(session: Session, new: signing.NewIdentity, now: datetime, action: str) -> SigningIdentity:
    identity = SigningIdentity(
        fingerprint=new.fingerprint, cert_pem=new.cert_pem, p12=new.p12, status=ACTIVE, created_at=now
    )
    session.add(identity)
    session.flush()
    audit.record(
        session, action=action, entity="signing_identity", entity_id=new.fingerprint, after={"status": ACTIVE}
    )
    return identity


def create_identity(ws: Workspace, passphrase: str, *, rotate: bool = False) -> IdentityRow:
    """Create the office's key and certificate, encrypted with ``passphrase``.

    Args:
        ws: the workspace (its office, chosen in settings, is named in the certificate).
        passphrase: the clerk's passphrase (at least :data:`MIN_PASSPHRASE` characters).
        rotate: replace an existing active identity, which becomes retired.

    Returns:
        The new active identity.

    Raises:
        KeyProblem: ``no_office``, ``short_passphrase``, or ``identity_exists`` without ``rotate``.
    """
    from hagiang_desktop.exports import signing

    _check_new_passphrase(passphrase)
    office = _office(ws)
    if not rotate and active_identity(ws) is not None:
        raise KeyProblem(KeyCode.IDENTITY_EXISTS)
    # The RSA key is made outside the transaction: it takes a second and must not hold the lock.
    new = signing.create_identity(office.code, office.name, passphrase)
    now = datetime.now(UTC)
    with ws.session() as session:
        _retire_active(session, now)
        return _row(_store(session, new, now, "rotate" if rotate else "create"))


def rotate_identity(ws: Workspace, passphrase: str) -> IdentityRow:
    """Make a new key; the current one becomes retired (see :func:`create_identity`)."""
    return create_identity(ws, passphrase, rotate=True)


def _require_active(ws: Workspace) -> IdentityRow:
    found = active_identity(ws)
    if found is None:
        raise KeyProblem(KeyCode.NO_IDENTITY)
    return found


def _require_current(ws: Workspace) -> IdentityRow:
    # The certificate that signs now: the token's when the office chose one (#21).
    from hagiang_desktop.services.signers import current_identity

    found = current_identity(ws)
    if found is None:
        raise KeyProblem(KeyCode.NO_IDENTITY)
    return found


def export_certificate(ws: Workspace, target: Path) -> IdentityRow:
    """Write the signing certificate as PEM (what the province imports into its trust store).

    The certificate is the token's when the office signs with its token, else the active key's.

    Raises:
        KeyProblem: ``no_identity``.
    """
    identity = _require_current(ws)
    atomic_write_text(target, identity.cert_pem)
    return identity


def signing_key(ws: Workspace, passphrase: str) -> tuple[bytes, IdentityRow]:
    """Return the active PKCS#12 blob after checking the passphrase opens it.

    Raises:
        KeyProblem: ``no_identity`` or ``wrong_passphrase``.
    """
    p12, row = _active_p12(ws)
    _unlock(p12, passphrase)
    return p12, row


def unlocked_key(ws: Workspace, passphrase: str) -> tuple[signing.UnlockedKey, IdentityRow]:
    """Open the active key with the passphrase, for signing (``key.sign(manifest)``).

    Opening runs the key file's deliberate key derivation (a tenth of a second or more): open it
    once per passphrase typed and sign with the result, rather than check then open again.

    Raises:
        KeyProblem: ``no_identity``, ``wrong_passphrase`` or ``office_mismatch`` (the key
            names another office than this installation's).
    """
    p12, row = _active_p12(ws)
    office = office_scope(ws).office
    if office is not None and row.unit_code != office.code:
        # The province checks that the signer is the sender: such a bundle would be refused.
        raise KeyProblem(KeyCode.OFFICE_MISMATCH, f"{row.unit_code} ≠ {office.code}")
    return _unlock(p12, passphrase), row


def _active_p12(ws: Workspace) -> tuple[bytes, IdentityRow]:
    with ws.reading() as session:
        found = _active(session)
        if found is None:
            raise KeyProblem(KeyCode.NO_IDENTITY)
        return found.p12, _row(found)


def _unlock(p12: bytes, passphrase: str) -> signing.UnlockedKey:
    from hagiang_desktop.exports import signing

    try:
        return signing.unlock(p12, passphrase)
    except signing.SigningProblem as error:
        raise KeyProblem(error.code, error.detail) from error


def backup_key(ws: Workspace, target: Path, passphrase: str) -> IdentityRow:
    """Copy the active key to a ``.p12`` file, still encrypted with the same passphrase.

    The passphrase is checked first so that nobody carries away a backup nobody can open.

    Raises:
        KeyProblem: ``no_identity`` or ``wrong_passphrase``.
    """
    p12, row = signing_key(ws, passphrase)
    atomic_write_bytes(target, p12)
    return row


def restore_key(ws: Workspace, source: Path, passphrase: str, *, other_office: bool = False) -> IdentityRow:
    """Make a backed-up key the active one again (a new PC, or after a mistaken rotation).

    A key already known is re-activated; an unknown one is added. The identity active until
    now becomes retired. A key whose certificate names another office than this installation's
    is refused unless ``other_office``: bundles signed with it are refused by the province as
    coming from the wrong sender (issue #18).

    Args:
        ws: the workspace.
        source: the ``.p12`` file.
        passphrase: its passphrase.
        other_office: the clerk confirmed restoring another office's key.

    Returns:
        The restored, active identity.

    Raises:
        KeyProblem: ``wrong_passphrase``, ``bad_key_file`` or ``other_office`` (detail: the
            key's office, then this installation's).
    """
    from hagiang_desktop.exports import signing

    try:
        new = signing.identity_from_p12(source.read_bytes(), passphrase)
        key_office = signing.certificate_info(signing.load_certificate(new.cert_pem.encode())).unit_code
    except signing.SigningProblem as error:
        raise KeyProblem(error.code, error.detail) from error
    except OSError as error:
        raise KeyProblem(KeyCode.BAD_KEY_FILE, str(error)) from error
    office = office_scope(ws).office
    if office is not None and key_office != office.code and not other_office:
        raise KeyProblem(KeyCode.OTHER_OFFICE, f"{key_office} ≠ {office.code}")
    now = datetime.now(UTC)
    with ws.session() as session:
        known = session.scalars(
            select(SigningIdentity).where(col(SigningIdentity.fingerprint) == new.fingerprint)
        ).first()
        current = _active(session)
        if known is not None and current is not None and known.id == current.id:
            return _row(known)
        _retire_active(session, now)
        if known is None:
            return _row(_store(session, new, now, "restore"))
        known.status, known.retired_at = ACTIVE, None
        audit.record(
            session,
            action="restore",
            entity="signing_identity",
            entity_id=known.fingerprint,
            before={"status": RETIRED},
            after={"status": ACTIVE},
        )
        return _row(known)


def issuing_office(ws: Workspace, document: str = "key-form") -> IssuingOffice:
    """Return how the office heads and signs a document (its letterhead, Nghị định 30/2020).

    The key form is the office's own paper ("UBND HUYỆN ĐỒNG VĂN" / "PHÒNG NỘI VỤ", signed by
    its head); a bundle's cover is headed like the list it carries. Both as the office set them
    (:mod:`hagiang_desktop.services.letterhead`).

    Raises:
        KeyProblem: ``no_office``.
    """
    from hagiang_desktop.exports.signing_docs import IssuingOffice
    from hagiang_desktop.services import letterhead

    _office(ws)
    head = letterhead.letterhead(ws, document)
    return IssuingOffice(
        parent_body=head.superior,
        body=head.issuer,
        place=letterhead.place(ws),
        number=head.number_line(),
        signer_titles=head.titles(),
        signer_name=head.signer_name,
        recipients=head.recipients,
        addressee=ws.plan.info.recipient,
    )


def fingerprint_form(ws: Workspace, target: Path, day: date | None = None) -> IdentityRow:
    """Write the one-page fingerprint form (PDF) of the active certificate.

    Args:
        ws: the workspace.
        target: the PDF file.
        day: the form's date (today in Vietnam by default).

    Returns:
        The identity printed.

    Raises:
        KeyProblem: ``no_identity`` or ``no_office``.
    """
    from hagiang_desktop.exports import signing
    from hagiang_desktop.exports.signing_docs import FingerprintForm, fingerprint_form_pdf

    identity = _require_current(ws)
    info = signing.certificate_info(signing.pem_to_der(identity.cert_pem))
    form = FingerprintForm(
        office=issuing_office(ws),
        unit_code=info.unit_code or identity.unit_code,
        unit_name=info.unit_name,
        subject=info.subject,
        fingerprint=info.fingerprint,
        not_before=info.not_before,
        not_after=info.not_after,
        day=day or today_vn(),
    )
    atomic_write_bytes(target, fingerprint_form_pdf(form))
    return identity
