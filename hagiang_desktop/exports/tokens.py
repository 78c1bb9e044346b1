"""The office's USB token through PKCS#11: find drivers, list certificates, sign (issue #21).

State bodies in Vietnam sign with the certificate on their USB token (VGCA for state bodies;
VNPT-CA, Viettel-CA, BkavCA, FPT-CA… for the rest). Every such token comes with a PKCS#11
driver (a DLL on Windows, a ``.so`` on Linux). python-pkcs11 loads it and pyHanko's
:class:`~pyhanko.sign.pkcs11.PKCS11Signer` signs with the key that never leaves the token: the
bundle's detached CMS here, the PDFs in :mod:`hagiang_desktop.exports.pdf_signing`.

The PIN is sent to the token exactly once per :func:`open_token`: a token locks itself after a
few wrong PINs (often three), so a wrong PIN is reported with what the token says about the
tries left, and never retried, neither here nor through another driver. The PIN is not kept
after the login and never appears in a message or a log.

python-pkcs11's Windows wheels are 64-bit: a 32-bit-only driver cannot be loaded by this
program. The driver's file header tells its architecture before anything is loaded, so that
case is named instead of failing with the loader's cryptic error.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from hagiang_desktop.exports.signing import (
    SigningProblem,
    certificate_info,
    fingerprint,
    issuer_of,
    short_error,
)


class TokenCode(StrEnum):
    """Why a token or its driver is refused (:class:`TokenProblem`).

    Each code has its words in ``cli.messages`` (``key_…``) and ``ui.actions.bundles.PROBLEMS``, in
    Vietnamese and English.
    """

    KEY_NOT_FOUND = "key_not_found"
    MODULE_MISSING = "module_missing"
    MODULE_UNLOADABLE = "module_unloadable"
    NO_TOKEN = "no_token"
    PIN_LOCKED = "pin_locked"
    SEVERAL_KEYS = "several_keys"
    SEVERAL_TOKENS = "several_tokens"
    TOKEN_ERROR = "token_error"
    TOKEN_NOT_FOUND = "token_not_found"
    WRONG_PIN = "wrong_pin"


class TokenProblem(SigningProblem):
    """A token or driver that cannot be used; ``code`` names the problem for the UI and the CLI.

    Codes: ``module_missing`` (no such file), ``module_32bit`` (a 32-bit driver in this 64-bit
    program), ``module_other_arch`` (built for another machine), ``module_unloadable`` (not a
    PKCS#11 driver, or it failed to start), ``no_token`` (nothing plugged in), ``token_not_found``
    (no token with that label), ``several_tokens`` (say which), ``wrong_pin`` (the detail says the
    tries left when the token tells: ``count_low``, ``final_try``), ``pin_locked``,
    ``key_not_found``, ``several_keys`` (say which), ``token_error`` (any other refusal).
    """


#: Driver file names seen on Vietnamese offices' PCs, with who makes them (tech-notes, not
#: checked against the vendors). VGCA tokens are SafeNet or Bit4id devices.
KNOWN_MODULES: dict[str, str] = {
    "eTPKCS11.dll": "SafeNet eToken (VGCA – Ban Cơ yếu Chính phủ)",
    "libeTPkcs11.so": "SafeNet eToken (VGCA – Ban Cơ yếu Chính phủ)",
    "bit4xpki.dll": "Bit4id (VGCA)",
    "libbit4xpki.so": "Bit4id (VGCA)",
    "vnpt-ca_csp11.dll": "VNPT-CA",
    "vnpt-ca_v34.dll": "VNPT-CA",
    "viettel-ca_v6.dll": "Viettel-CA",
    "viettel-ca_v5.dll": "Viettel-CA",
    "BkavCA.dll": "BkavCA",
    "BkavCAv2S.dll": "BkavCA",
    "fpt-ca.dll": "FPT-CA",
    "fpt-ca-stoken.dll": "FPT-CA",
    "eps2003csp11.dll": "Feitian ePass2003",
    "libcastle.so.1.0.0": "Feitian ePass2003",
    "ShuttleCsp11_3003.dll": "Feitian (CA Việt Nam)",
    "opensc-pkcs11.dll": "OpenSC",
    "opensc-pkcs11.so": "OpenSC",
    "libsofthsm2.so": "SoftHSM (test token)",
    "softhsm2-x64.dll": "SoftHSM (test token)",
}

#: Words in a driver's file name that make it worth looking inside for ``C_GetFunctionList``.
_DRIVER_HINT = re.compile(r"pkcs11|p11|csp11|[-_]ca[-_.]|ca_|token|etpkcs|bit4|castle|shuttle", re.IGNORECASE)
#: Larger files are not token drivers; they are not read when looking for one.
_MAX_DRIVER_BYTES = 32 * 1024 * 1024


def _system_folders() -> list[Path]:
    if sys.platform == "win32":
        root = Path(os.environ.get("SYSTEMROOT", r"C:\Windows"))
        folders = [root / "System32", root / "SysWOW64"]
        for env in ("ProgramFiles", "ProgramFiles(x86)"):
            base = os.environ.get(env)
            if base:
                folders.append(Path(base))
        return folders
    return [
        Path("/usr/lib"),
        Path("/usr/lib/pkcs11"),
        Path("/usr/lib/softhsm"),
        Path("/usr/lib/x86_64-linux-gnu"),
        Path("/usr/lib/x86_64-linux-gnu/pkcs11"),
        Path("/usr/local/lib"),
        Path("/usr/local/lib/softhsm"),
    ]


@dataclass(frozen=True)
class ModuleCandidate:
    """A driver file proposed to the clerk.

    Attributes:
        path: the file.
        maker: who makes it, when the name is known ("" otherwise).
        bits: 32 or 64 (0 when the header does not say).
        usable: whether this program can load it (its architecture matches).
    """

    path: Path
    maker: str
    bits: int
    usable: bool


def program_bits() -> int:
    """Return this program's pointer size in bits (64 on every supported PC)."""
    return struct.calcsize("P") * 8


def module_bits(path: Path) -> int:
    """Return a driver's architecture from its file header: 32, 64, or 0 when unknown.

    ELF (``.so``): the class byte; PE (``.dll``): the COFF machine field (i386 = 32 bits,
    AMD64/ARM64 = 64 bits).
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return 0
    if head[:4] == b"\x7fELF" and len(head) > 4:
        return {1: 32, 2: 64}.get(head[4], 0)
    if head[:2] == b"MZ" and len(head) >= 0x40:
        (offset,) = struct.unpack_from("<I", head, 0x3C)
        if offset + 6 <= len(head) and head[offset : offset + 4] == b"PE\0\0":
            (machine,) = struct.unpack_from("<H", head, offset + 4)
            return {0x14C: 32, 0x8664: 64, 0xAA64: 64}.get(machine, 0)
    return 0


def _exports_get_function_list(path: Path) -> bool:
    # The export's name is stored as plain text in the file; loading an unknown library to ask
    # would run its start-up code.
    try:
        if path.stat().st_size > _MAX_DRIVER_BYTES:
            return False
        return b"C_GetFunctionList" in path.read_bytes()
    except OSError:
        return False


def candidate_modules(folders: Iterable[Path] | None = None) -> list[ModuleCandidate]:
    """Propose the token drivers found on this PC: the known names, then any driver-like file.

    A file counts when its name is a known driver's, or when its name looks like one
    (``pkcs11``, ``csp11``, ``-ca``…) and it exports ``C_GetFunctionList``. Each is told with
    its architecture; a 32-bit driver is listed, marked unusable, so that the clerk learns why.

    Args:
        folders: where to look (the system folders by default).

    Returns:
        The candidates, known makers first, each path once.
    """
    known = {name.casefold(): maker for name, maker in KNOWN_MODULES.items()}
    found: dict[Path, ModuleCandidate] = {}
    for folder in folders if folders is not None else _system_folders():
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            name = path.name.casefold()
            if not path.is_file() or not (name.endswith((".dll", ".so", ".dylib")) or ".so." in name):
                continue
            maker = known.get(name, "")
            if not maker and not (_DRIVER_HINT.search(path.name) and _exports_get_function_list(path)):
                continue
            bits = module_bits(path)
            found.setdefault(path.resolve(), ModuleCandidate(path, maker, bits, bits in (0, program_bits())))
    return sorted(found.values(), key=lambda c: (not c.maker, str(c.path).casefold()))


def load_module(module: str | Path) -> Any:
    """Load a PKCS#11 driver, telling a missing, 32-bit or foreign file from a broken one.

    Returns:
        The python-pkcs11 library object.

    Raises:
        TokenProblem: ``module_missing``, ``module_32bit``, ``module_other_arch`` or
            ``module_unloadable``.
    """
    import pkcs11

    path = Path(module)
    if not path.is_file():
        raise TokenProblem(TokenCode.MODULE_MISSING, str(path))
    bits = module_bits(path)
    if bits and bits != program_bits():
        code = "module_32bit" if bits == 32 else "module_other_arch"
        raise TokenProblem(code, f"{path} ({bits}-bit; {program_bits()}-bit program)")
    try:
        return pkcs11.lib(str(path))
    except Exception as error:  # noqa: BLE001 - the loader's boundary: any failure means unusable
        raise TokenProblem(TokenCode.MODULE_UNLOADABLE, f"{path}: {short_error(error)}") from error


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate found on a token, with the key it belongs to.

    Attributes:
        slot: the slot id.
        token_label: the token's label.
        serial: the token's serial number.
        key_label: the label of the certificate object (tokens give the key the same one).
        key_id: the object id, hex (pairs the certificate with its private key).
        cert_der: the certificate, DER.
        subject: its subject, as the program shows subjects.
        issuer: its issuer.
        not_before: start of validity (UTC).
        not_after: end of validity (UTC).
        fingerprint: grouped SHA-256 fingerprint.
    """

    slot: int
    token_label: str
    serial: str
    key_label: str
    key_id: str
    cert_der: bytes = field(repr=False)
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    fingerprint: str


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip()
    return str(value).strip()


def _tokens(lib: Any) -> list[tuple[Any, Any]]:
    import pkcs11

    pairs = []
    try:
        for slot in lib.get_slots(token_present=True):
            try:
                token = slot.get_token()
            except pkcs11.PKCS11Error:
                continue
            if pkcs11.TokenFlag.TOKEN_INITIALIZED in pkcs11.TokenFlag(token.flags):
                pairs.append((slot, token))
    except pkcs11.PKCS11Error as error:
        raise TokenProblem(TokenCode.TOKEN_ERROR, short_error(error)) from error
    return pairs


def _certificates(session: Any, slot: Any, token: Any) -> list[TokenCertificate]:
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    result = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            der = bytes(obj[Attribute.VALUE])
            info = certificate_info(der)
            label = _text(obj[Attribute.LABEL])
            key_id = bytes(obj[Attribute.ID]).hex()
            issuer = issuer_of(der)
        except (SigningProblem, pkcs11.PKCS11Error, ValueError):
            continue  # an object we cannot read is not one the office can sign with
        result.append(
            TokenCertificate(
                slot=int(slot.slot_id),
                token_label=_text(token.label),
                serial=_text(token.serial),
                key_label=label,
                key_id=key_id,
                cert_der=der,
                subject=info.subject,
                issuer=issuer,
                not_before=info.not_before,
                not_after=info.not_after,
                fingerprint=fingerprint(der),
            )
        )
    return result


def list_certificates(module: str | Path) -> list[TokenCertificate]:
    """List the certificates on every token the driver sees (no PIN: certificates are public).

    Raises:
        TokenProblem: the driver cannot be loaded, or ``no_token``.
    """
    import pkcs11

    lib = load_module(module)
    pairs = _tokens(lib)
    if not pairs:
        raise TokenProblem(TokenCode.NO_TOKEN, str(module))
    found: list[TokenCertificate] = []
    for slot, token in pairs:
        try:
            with token.open() as session:
                found.extend(_certificates(session, slot, token))
        except pkcs11.PKCS11Error as error:
            raise TokenProblem(TokenCode.TOKEN_ERROR, short_error(error)) from error
    return found


@dataclass(frozen=True)
class TokenRef:
    """Which token and key the office signs with (kept in the settings; never the PIN).

    Attributes:
        module: the driver file.
        token_label: the token's label ("" when the driver sees one token only).
        key_label: the key's label ("" when the token holds one certificate only).
        key_id: the key's object id, hex ("" to match by label).
    """

    module: str
    token_label: str = ""
    key_label: str = ""
    key_id: str = ""


def _choose_token(pairs: list[tuple[Any, Any]], ref: TokenRef) -> tuple[Any, Any]:
    if not pairs:
        raise TokenProblem(TokenCode.NO_TOKEN, ref.module)
    if ref.token_label:
        chosen = [p for p in pairs if _text(p[1].label) == ref.token_label]
        if not chosen:
            raise TokenProblem(TokenCode.TOKEN_NOT_FOUND, ref.token_label)
        return chosen[0]
    if len(pairs) > 1:
        raise TokenProblem(TokenCode.SEVERAL_TOKENS, ", ".join(_text(t.label) for _, t in pairs))
    return pairs[0]


def _pin_tries(token: Any) -> str:
    import pkcs11

    flags = pkcs11.TokenFlag(token.flags)
    if pkcs11.TokenFlag.USER_PIN_LOCKED in flags:
        return "locked"
    if pkcs11.TokenFlag.USER_PIN_FINAL_TRY in flags:
        return "final_try"
    if pkcs11.TokenFlag.USER_PIN_COUNT_LOW in flags:
        return "count_low"
    return ""


def _login(slot: Any, token: Any, pin: str) -> Any:
    """Open a session and log in with ``pin``: one attempt, never repeated."""
    import pkcs11
    from pkcs11 import exceptions

    try:
        return token.open(user_pin=pin)
    except exceptions.PinLocked as error:
        raise TokenProblem(TokenCode.PIN_LOCKED) from error
    except (exceptions.PinIncorrect, exceptions.PinLenRange, exceptions.PinInvalid) as error:
        # Ask the token again for its flags: they now tell whether few tries are left.
        try:
            tries = _pin_tries(slot.get_token())
        except pkcs11.PKCS11Error:
            tries = ""
        if tries == "locked":
            raise TokenProblem(TokenCode.PIN_LOCKED) from error
        raise TokenProblem(TokenCode.WRONG_PIN, tries) from error
    except pkcs11.PKCS11Error as error:
        raise TokenProblem(TokenCode.TOKEN_ERROR, short_error(error)) from error


class TokenKey:
    """A token opened with its PIN: signs bundles' manifests (and PDFs) until closed.

    Attributes:
        certificate: the chosen certificate and where it is.
        raw_rsa: the token only does raw RSA; pyHanko hashes and pads itself.
    """

    def __init__(self, session: Any, certificate: TokenCertificate, raw_rsa: bool) -> None:
        from pyhanko.sign.pkcs11 import PKCS11Signer

        self._session = session
        self.certificate = certificate
        self.raw_rsa = raw_rsa
        self.signer = PKCS11Signer(
            session,
            key_id=bytes.fromhex(certificate.key_id),
            cert_id=bytes.fromhex(certificate.key_id),
            use_raw_mechanism=raw_rsa,
        )

    @property
    def cert_der(self) -> bytes:
        """The signer's certificate, DER."""
        return self.certificate.cert_der

    def sign(self, content: bytes, signing_time: datetime | None = None) -> bytes:
        """Sign ``content`` on the token: a detached CMS SignedData (SHA-256), DER, certificate in.

        Args:
            content: the exact bytes to sign (the manifest).
            signing_time: the signed ``signingTime`` (the manifest's ``created_at``); now by default.

        Returns:
            The DER of the CMS ``ContentInfo`` (``manifest.p7s``).

        Raises:
            TokenProblem: ``token_error`` (the token refused, or was pulled out).
        """
        from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

        # The signing time is signed: a verifier judges the certificate's validity at it.
        attrs = PdfCMSSignedAttributes(signing_time=signing_time or datetime.now(UTC))
        try:
            info = asyncio.run(
                self.signer.async_sign_general_data(
                    content, "sha256", detached=True, signed_attr_settings=attrs
                )
            )
        except Exception as error:  # noqa: BLE001 - the token's boundary: PKCS11Error, SigningError…
            raise TokenProblem(TokenCode.TOKEN_ERROR, short_error(error)) from error
        return bytes(info.dump())

    def close(self) -> None:
        """Log out and close the session (the token forgets the login)."""
        session, self._session = self._session, None
        if session is not None:
            # A token pulled out is closed already: nothing to say.
            with contextlib.suppress(Exception):
                session.close()

    def __enter__(self) -> TokenKey:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def _raw_rsa_only(slot: Any) -> bool:
    import pkcs11
    from pkcs11 import Mechanism

    try:
        mechanisms = set(slot.get_mechanisms())
    except pkcs11.PKCS11Error:
        return False
    return Mechanism.SHA256_RSA_PKCS not in mechanisms and Mechanism.RSA_PKCS in mechanisms


def open_token(ref: TokenRef, pin: str) -> TokenKey:
    """Find the token and key of ``ref``, log in once with ``pin``, and return a signing key.

    The certificate is chosen before the login (certificates are public), so a missing token or
    key never costs one of the PIN's tries.

    Raises:
        TokenProblem: the driver, the token, the key (``key_not_found``, ``several_keys``) or the
            PIN (``wrong_pin`` with the tries left, ``pin_locked``).
    """
    import pkcs11

    lib = load_module(ref.module)
    slot, token = _choose_token(_tokens(lib), ref)
    try:
        with token.open() as public:
            certificates = _certificates(public, slot, token)
    except pkcs11.PKCS11Error as error:
        raise TokenProblem(TokenCode.TOKEN_ERROR, short_error(error)) from error
    if ref.key_id:
        certificates = [c for c in certificates if c.key_id == ref.key_id.lower()]
    if ref.key_label:
        certificates = [c for c in certificates if c.key_label == ref.key_label]
    if not certificates:
        raise TokenProblem(TokenCode.KEY_NOT_FOUND, ref.key_label or ref.key_id or _text(token.label))
    if len(certificates) > 1:
        raise TokenProblem(TokenCode.SEVERAL_KEYS, ", ".join(c.key_label or c.key_id for c in certificates))
    session = _login(slot, token, pin)
    try:
        return TokenKey(session, certificates[0], _raw_rsa_only(slot))
    except Exception as error:  # noqa: BLE001 - pyHanko finds the key and certificate: any failure
        session.close()
        raise TokenProblem(TokenCode.KEY_NOT_FOUND, short_error(error)) from error
