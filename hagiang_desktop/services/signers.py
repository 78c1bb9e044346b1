"""Which identity signs for the office: the software key or the office's USB token (issue #21).

Offices without a token keep today's software key (:mod:`hagiang_desktop.services.keys`). An
office with a token chooses it once (driver, token, key); the choice is kept in the settings
(``signing_token``: the driver's path, the token's and key's labels, the key id and the
certificate), never the PIN. From then on everything the office signs is signed on the token;
the software key stays in the database as the alternative (``keys use-software``).

The secret that :func:`open_signer` takes is the software key's passphrase or the token's PIN,
as the identity needs. A PIN is sent to the token once per call: a wrong one is reported, never
retried (the token locks after a few).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from hagiang_desktop.services import audit
from hagiang_desktop.services.keys import IdentityRow, KeyProblem, unlocked_key
from hagiang_desktop.services.workspace import Workspace, get_setting, set_setting

if TYPE_CHECKING:
    # Re-exported for the faces' annotations (#23): a driver found, a certificate on a token.
    from hagiang_desktop.exports.tokens import ModuleCandidate as ModuleCandidate
    from hagiang_desktop.exports.tokens import TokenCertificate as TokenCertificate
    from hagiang_desktop.exports.tokens import TokenRef as TokenRef

#: The settings key holding the chosen token (absent or null: the software key signs).
TOKEN_SETTING = "signing_token"
SOFTWARE = "software"
TOKEN = "token"


class Signer(Protocol):
    """Anything that signs a manifest as a detached CMS (the software key, a token key)."""

    def sign(self, content: bytes) -> bytes:
        """Return the DER of a detached CMS SignedData over ``content``."""
        ...


@dataclass(frozen=True)
class TokenChoice:
    """The token the office signs with, as kept in the settings.

    Attributes:
        module: the driver file.
        token_label: the token's label.
        key_label: the key's label.
        key_id: the key's object id (hex).
        cert_pem: the certificate on the token.
        fingerprint: its grouped SHA-256 fingerprint.
        subject: its subject.
        issuer: its issuer (the CA).
        not_after: end of validity (UTC).
        chosen_at: when it was chosen (UTC).
    """

    module: str
    token_label: str
    key_label: str
    key_id: str
    cert_pem: str
    fingerprint: str
    subject: str
    issuer: str
    not_after: datetime
    chosen_at: datetime

    def ref(self) -> TokenRef:
        """Return where the key is (what :func:`~hagiang_desktop.exports.tokens.open_token` needs)."""
        from hagiang_desktop.exports.tokens import TokenRef

        return TokenRef(self.module, self.token_label, self.key_label, self.key_id)


def token_choice(ws: Workspace) -> TokenChoice | None:
    """Return the token the office signs with, or None when the software key signs."""
    value = get_setting(ws, TOKEN_SETTING)
    if not isinstance(value, dict):
        return None
    try:
        return TokenChoice(
            module=str(value["module"]),
            token_label=str(value.get("token_label", "")),
            key_label=str(value.get("key_label", "")),
            key_id=str(value.get("key_id", "")),
            cert_pem=str(value["cert_pem"]),
            fingerprint=str(value["fingerprint"]),
            subject=str(value.get("subject", "")),
            issuer=str(value.get("issuer", "")),
            not_after=datetime.fromisoformat(str(value["not_after"])),
            chosen_at=datetime.fromisoformat(str(value["chosen_at"])),
        )
    except (KeyError, ValueError, TypeError):
        return None  # a damaged setting: the software key signs, as before the choice


def identity_kind(ws: Workspace) -> str:
    """Return ``token`` when the office signs with its token, else ``software``."""
    return TOKEN if token_choice(ws) is not None else SOFTWARE


def _problem(error: Exception) -> KeyProblem:
    return KeyProblem(getattr(error, "code", "token_error"), getattr(error, "detail", ""))


def driver_candidates() -> list[ModuleCandidate]:
    """Propose the token drivers (PKCS#11) found on this PC, known makers first.

    A 32-bit driver is listed too, marked unusable, so that the clerk learns why it cannot be
    chosen (this program is 64-bit).
    """
    from hagiang_desktop.exports import tokens

    return tokens.candidate_modules()


def driver_file(path: Path) -> ModuleCandidate:
    """Describe a driver file the clerk browsed to: its maker when known, its architecture."""
    from hagiang_desktop.exports.tokens import KNOWN_MODULES, ModuleCandidate, module_bits, program_bits

    bits = module_bits(path)
    makers = {name.casefold(): maker for name, maker in KNOWN_MODULES.items()}
    return ModuleCandidate(path, makers.get(path.name.casefold(), ""), bits, bits in (0, program_bits()))


def token_certificates(module: str) -> list[TokenCertificate]:
    """List the certificates on the tokens a driver sees (no PIN: certificates are public).

    Raises:
        KeyProblem: ``module_missing``, ``module_32bit``, ``module_unloadable``, ``no_token``,
            ``token_error``.
    """
    from hagiang_desktop.exports import signing, tokens

    try:
        return tokens.list_certificates(module)
    except signing.SigningProblem as error:
        raise _problem(error) from error


def load_driver(module: str) -> None:
    """Load a token's driver, so that one that cannot load is said before a PIN is asked.

    Raises:
        KeyProblem: ``module_missing``, ``module_32bit``, ``module_other_arch`` or
            ``module_unloadable``.
    """
    from hagiang_desktop.exports import signing, tokens

    try:
        tokens.load_module(module)
    except signing.SigningProblem as error:
        raise _problem(error) from error


def token_at(module: str, token_label: str = "", key_label: str = "", key_id: str = "") -> TokenRef:
    """Return where a key is on a token, as the clerk named it (what :func:`use_token` takes)."""
    from hagiang_desktop.exports.tokens import TokenRef

    return TokenRef(module, token_label, key_label, key_id)


def token_ref(module: str, found: TokenCertificate) -> TokenRef:
    """Return where a listed certificate's key is (what :func:`use_token` takes)."""
    from hagiang_desktop.exports.tokens import TokenRef

    return TokenRef(module, found.token_label, found.key_label, found.key_id)


def use_token(ws: Workspace, ref: TokenRef, pin: str) -> TokenChoice:
    """Make the office sign with a token from now on (the software key is kept).

    The PIN is tried once, to prove the key is there and usable; it is not kept.

    Args:
        ws: the workspace.
        ref: the driver, and the token and key when there are several.
        pin: the token's user PIN.

    Returns:
        The choice as stored.

    Raises:
        KeyProblem: the :class:`~hagiang_desktop.exports.tokens.TokenProblem` codes
            (``wrong_pin``, ``pin_locked``, ``module_32bit``, ``key_not_found``…).
    """
    from hagiang_desktop.exports import signing, tokens

    try:
        with tokens.open_token(ref, pin) as key:
            found: TokenCertificate = key.certificate
    except signing.SigningProblem as error:
        raise _problem(error) from error
    der = found.cert_der
    choice = TokenChoice(
        module=ref.module,
        token_label=found.token_label,
        key_label=found.key_label,
        key_id=found.key_id,
        cert_pem=_pem(der),
        fingerprint=found.fingerprint,
        subject=found.subject,
        issuer=found.issuer,
        not_after=found.not_after,
        chosen_at=datetime.now(UTC),
    )
    set_setting(ws, TOKEN_SETTING, {k: _plain(v) for k, v in choice.__dict__.items()})
    with ws.session() as session:
        audit.record(
            session,
            action="use_token",
            entity="signing_identity",
            entity_id=found.fingerprint,
            after={"module": ref.module, "token": found.token_label, "key": found.key_label},
        )
    return choice


def use_software(ws: Workspace) -> IdentityRow | None:
    """Make the office sign with its software key again; return it (None before one is made)."""
    from hagiang_desktop.services.keys import active_identity

    before = token_choice(ws)
    set_setting(ws, TOKEN_SETTING, None)
    if before is not None:
        with ws.session() as session:
            audit.record(
                session,
                action="use_software",
                entity="signing_identity",
                entity_id=before.fingerprint,
                before={"module": before.module, "token": before.token_label},
            )
    return active_identity(ws)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _pem(der: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM).decode("ascii")


def _token_row(ws: Workspace, choice: TokenChoice) -> IdentityRow:
    from hagiang_desktop.exports import signing
    from hagiang_desktop.services.scope import office_scope

    info = signing.certificate_info(signing.pem_to_der(choice.cert_pem))
    office = office_scope(ws).office
    return IdentityRow(
        id=0,
        unit_code=info.unit_code or (office.code if office else ""),
        unit_name=info.unit_name,
        fingerprint=choice.fingerprint,
        cert_pem=choice.cert_pem,
        status=TOKEN,
        created_at=choice.chosen_at,
        retired_at=None,
    )


def current_identity(ws: Workspace) -> IdentityRow | None:
    """Return the identity that signs now: the chosen token's certificate, else the software key."""
    from hagiang_desktop.services.keys import active_identity

    choice = token_choice(ws)
    return _token_row(ws, choice) if choice is not None else active_identity(ws)


def open_signer(ws: Workspace, secret: str) -> tuple[Signer, IdentityRow]:
    """Open the office's signing identity with its secret, for signing (``key.sign(manifest)``).

    Args:
        ws: the workspace.
        secret: the software key's passphrase, or the token's PIN when the office uses a token.

    Returns:
        The signer and the identity it signs as.

    Raises:
        KeyProblem: ``no_identity``, ``wrong_passphrase``; for a token ``wrong_pin`` (once, not
            retried), ``pin_locked``, ``no_token``, ``module_32bit``…
    """
    choice = token_choice(ws)
    if choice is None:
        return unlocked_key(ws, secret)
    from hagiang_desktop.exports import signing, tokens

    try:
        key = tokens.open_token(choice.ref(), secret)
    except signing.SigningProblem as error:
        raise _problem(error) from error
    if key.certificate.fingerprint != choice.fingerprint:
        key.close()
        raise KeyProblem("token_changed", key.certificate.fingerprint)
    return key, _token_row(ws, choice)
