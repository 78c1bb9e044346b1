"""Signed bundles: write one zip with a signed manifest, and read one back safely (issue #7).

A bundle (``docs/bundle-format.md``) is a zip holding ``manifest.json`` (who sends what to whom,
the sequence number, and the path, size and SHA-256 of every other member), ``manifest.p7s``
(a detached CMS signature over the exact bytes of the manifest, see
:mod:`hagiang_desktop.exports.signing`) and the members themselves. The same format carries a
district's submission to the province and the province's return of a nomination to a district.

Reading is defensive: the zip is inspected (paths, links, twins, sizes) before anything is
inflated, every member is inflated through a bounded reader, and the signature, the member list
and the hashes are checked before the caller gets a single byte of content. Each refusal has
its own code so that the clerk reads a precise reason.
"""

from __future__ import annotations

import hashlib
import json
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.exports.schemas import SchemaError, load_json, parse_manifest
from hagiang_desktop.exports.signing import SigningProblem, VerifiedSignature, short_error, verify_detached

FORMAT = "hagiang-bundle"
#: The version written. 2 (issue #21): ``data.json`` deflated; a token's CA-issued signatures.
FORMAT_VERSION = 2
#: The versions read: every earlier bundle still verifies.
READ_VERSIONS = (1, 2)
#: The member stored deflated (most of a large bundle; the PDFs and the workbook are compressed).
DEFLATED_MEMBERS = frozenset({"data.json"})
MANIFEST = "manifest.json"
SIGNATURE = "manifest.p7s"
KIND_SUBMISSION = "submission"
KIND_RETURN = "return"

#: A whole zip file larger than this is refused before it is opened.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: The sum of the members' declared (inflated) sizes may not exceed this.
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: More members than this is not a bundle of ours.
MAX_MEMBERS = 2000
#: Inflated/compressed above this ratio is a zip bomb (office documents stay far below it).
MAX_RATIO = 200
#: Members smaller than this are never judged by their ratio (tiny JSON compresses a lot).
RATIO_FLOOR = 1024 * 1024
#: The manifest and its signature are small; cap them hard.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024


class BundleCode(StrEnum):
    """Why a bundle is refused (:class:`BundleProblem`).

    Each code has its words in ``cli.messages`` (``bundle_…``) and ``ui.actions.bundles.PROBLEMS``,
    in Vietnamese and English (tests/cli/test_problem_messages.py).
    """

    BAD_DATA = "bad_data"
    BAD_MANIFEST = "bad_manifest"
    DAMAGED_ZIP = "damaged_zip"
    DUPLICATE_MEMBER = "duplicate_member"
    EXTRA_MEMBER = "extra_member"
    FOREIGN_NOMINATION = "foreign_nomination"
    LINK_MEMBER = "link_member"
    MANIFEST_EDITED = "manifest_edited"
    MEMBER_CHANGED = "member_changed"
    MEMBER_MISSING = "member_missing"
    NO_MANIFEST = "no_manifest"
    NOT_FOR_US = "not_for_us"
    NOT_FOUND = "not_found"
    NOT_FROM_BUNDLE = "not_from_bundle"
    NOT_RECORDED = "not_recorded"
    NOTHING_TO_SEND = "nothing_to_send"
    OTHER_PLAN = "other_plan"
    OUTSIDE_SENDER = "outside_sender"
    REASON_REQUIRED = "reason_required"
    REPLAY = "replay"
    SENDER_MISMATCH = "sender_mismatch"
    SEQUENCE_TAKEN = "sequence_taken"
    TOO_LARGE = "too_large"
    UNBOUND_CERTIFICATE = "unbound_certificate"
    UNKNOWN_NOMINATION = "unknown_nomination"
    UNKNOWN_UNIT = "unknown_unit"
    UNSAFE_PATH = "unsafe_path"
    UNSUPPORTED_FORMAT = "unsupported_format"
    WRONG_KIND = "wrong_kind"
    ZIP_BOMB = "zip_bomb"


class BundleProblem(Exception):
    """A bundle that is refused; ``code`` names the reason for the UI and the CLI.

    Codes: ``too_large``, ``damaged_zip`` (truncated or not a zip), ``unsafe_path`` (absolute,
    ``..``, drive or backslash), ``link_member``, ``duplicate_member`` (also case-only and NFC/NFD
    twins), ``zip_bomb``, ``no_manifest``, ``bad_manifest``, ``unsupported_format``,
    ``bad_signature``, ``manifest_edited``, ``untrusted_signer``, ``sender_mismatch``,
    ``member_missing``, ``extra_member``, ``member_changed``, ``other_plan``, ``wrong_kind``,
    ``unbound_certificate`` (a certificate an installed authority vouches for, not yet bound to
    a unit: #21), ``replay`` (raised by the services, which know the last sequence).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class BundleHeader:
    """The manifest's fields apart from the file list.

    Attributes:
        kind: ``submission`` or ``return``.
        plan_id: the plan the data belongs to.
        sender_code: the sending office's unit code (the signer certificate names the same).
        sender_name: its name.
        recipient_code: the receiving office's unit code.
        recipient_name: its name.
        sequence: the sender's sequence number; it only grows, across all its signed files.
        created_at: when the bundle was made, Vietnam time (UTC+7), timezone-aware.
        program_version: the version of the program that made it.
        supplement: a supplement ("bổ sung") that adds to earlier bundles instead of replacing them.
    """

    kind: str
    plan_id: str
    sender_code: str
    sender_name: str
    recipient_code: str
    recipient_name: str
    sequence: int
    created_at: datetime
    program_version: str
    supplement: bool = False


@dataclass(frozen=True)
class ManifestEntry:
    """One member as the manifest lists it."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class WrittenBundle:
    """What writing a bundle produced.

    Attributes:
        path: the zip file.
        manifest_sha256: SHA-256 of the manifest's bytes (the bundle's identity in the inbox).
        size: the zip's size in bytes.
    """

    path: Path
    manifest_sha256: str
    size: int


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, member list and hashes all check out.

    Attributes:
        header: the manifest's fields.
        entries: the manifest's file list.
        members: member path → its verified bytes.
        signature: the trusted signer and the signing time.
        manifest_sha256: SHA-256 of the manifest's bytes.
        renewed_from: the fingerprint of the bound certificate this signer's certificate renews
            (same subject, same authority), "" when the signer's certificate is itself bound.
    """

    header: BundleHeader
    entries: tuple[ManifestEntry, ...]
    members: dict[str, bytes] = field(repr=False)
    signature: VerifiedSignature
    manifest_sha256: str
    renewed_from: str = ""


@dataclass(frozen=True)
class Limits:
    """Size limits for reading (tests lower them to keep zip-bomb cases small)."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_total_bytes: int = MAX_TOTAL_BYTES
    max_members: int = MAX_MEMBERS
    max_ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR


def manifest_bytes(header: BundleHeader, members: Mapping[str, bytes]) -> bytes:
    """Return the manifest for ``members``: UTF-8 JSON, keys sorted, Vietnamese kept readable.

    Args:
        header: who sends what to whom.
        members: member path (NFC, forward slashes) → bytes; the manifest lists them in this order.

    Returns:
        The exact bytes that are signed and stored as ``manifest.json``.
    """
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": header.kind,
        "plan_id": header.plan_id,
        "sender": {"code": header.sender_code, "name": header.sender_name},
        "recipient": {"code": header.recipient_code, "name": header.recipient_name},
        "sequence": header.sequence,
        "supplement": header.supplement,
        "created_at": header.created_at.isoformat(timespec="seconds"),
        "program_version": header.program_version,
        "files": [
            {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for path, data in members.items()
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_bundle(
    target: Path, header: BundleHeader, members: Mapping[str, bytes], sign: Callable[[bytes], bytes]
) -> WrittenBundle:
    """Write a signed bundle atomically (a cancelled or failed write leaves no file).

    Args:
        target: the zip file to write.
        header: the manifest's fields.
        members: member path → bytes (not the manifest or the signature).
        sign: turns the manifest's bytes into the DER of a detached CMS signature.

    Returns:
        The file, the manifest's SHA-256 and the zip's size.

    Raises:
        BundleProblem: ``unsafe_path`` or ``duplicate_member`` for a member name we would refuse
            on reading ourselves.
    """
    _check_names(list(members))
    manifest = manifest_bytes(header, members)  # hashes each member: its one pass before the copy
    signature = sign(manifest)
    with atomic_path(Path(target)) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(_entry(MANIFEST, header.created_at), manifest)
        archive.writestr(_entry(SIGNATURE, header.created_at), signature)
        for path, data in members.items():
            entry = _entry(path, header.created_at)
            if path in DEFLATED_MEMBERS:
                # Level 1: most of the gain on JSON for a fraction of level 6's time (#11 measured
                # deflating the JSON at the default level at ten times its hash).
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, data, compresslevel=1)
            else:
                archive.writestr(entry, data)
    return WrittenBundle(
        path=Path(target),
        manifest_sha256=hashlib.sha256(manifest).hexdigest(),
        size=Path(target).stat().st_size,
    )


def _entry(path: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=when.timetuple()[:6])
    # Stored, not deflated: the PDFs and the workbook are compressed already (#11); data.json
    # alone is deflated by the caller (format version 2). Deflated bundles of any version read.
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _name_key(name: str) -> str:
    # Windows and macOS file systems fold case, and macOS stores NFD: members that differ only
    # that way would overwrite each other once extracted, so they count as the same name.
    return unicodedata.normalize("NFC", name).casefold()


def _unsafe(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or name.endswith("/"):
        return True
    if len(name) > 1 and name[1] == ":":  # a Windows drive ("C:…")
        return True
    parts = PurePosixPath(name).parts
    return any(part in ("..", ".", "") for part in parts) or name != "/".join(parts)


def _check_names(names: Iterable[str]) -> None:
    seen: dict[str, str] = {}
    for name in names:
        if _unsafe(name):
            raise BundleProblem(BundleCode.UNSAFE_PATH, name)
        key = _name_key(name)
        if key in seen:
            raise BundleProblem(BundleCode.DUPLICATE_MEMBER, f"{seen[key]} / {name}")
        seen[key] = name


def _inspect(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    # A stored member can be a zip itself (the workbook is one): in a truncated bundle, zipfile
    # may find that inner zip's directory instead of ours. Ours starts at the file's first byte.
    if infos and min(info.header_offset for info in infos) != 0:
        raise BundleProblem(BundleCode.DAMAGED_ZIP, "the zip does not begin at the start of the file")
    if len(infos) > limits.max_members:
        raise BundleProblem(BundleCode.ZIP_BOMB, f"{len(infos)} members")
    for info in infos:
        if _unsafe(info.filename):
            raise BundleProblem(BundleCode.UNSAFE_PATH, info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleProblem(BundleCode.LINK_MEMBER, info.filename)
    _check_names(info.filename for info in infos)
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_total_bytes:
            raise BundleProblem(BundleCode.ZIP_BOMB, f"{total} bytes declared")
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise BundleProblem(
                BundleCode.ZIP_BOMB, f"{info.filename}: {info.file_size}/{info.compress_size}"
            )
    return {info.filename: info for info in infos}


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> tuple[bytes, str]:
    """Read one member and its SHA-256, never past its declared size (nor ``cap``).

    One read into one buffer (zipfile checks the CRC as it reads, and inflates a deflated member
    of an earlier version no further than asked), then one hash over it: slices copied into a
    growing buffer cost more than they saved (#11).
    """
    limit = min(info.file_size, cap)
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
        if len(data) > limit:
            raise BundleProblem(BundleCode.ZIP_BOMB, f"{info.filename} inflates beyond its declared size")
    return data, hashlib.sha256(data).hexdigest()


def _parse_manifest(data: bytes) -> tuple[BundleHeader, tuple[ManifestEntry, ...]]:
    """Validate the manifest against its schema (:class:`~hagiang_desktop.exports.schemas.Manifest`).

    The format and its version are read first, so that a newer program's bundle is told as
    ``unsupported_format`` rather than as a malformed one.
    """
    try:
        document = load_json(data)
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise BundleProblem(BundleCode.BAD_MANIFEST, "not a hagiang bundle")
        version = document.get("format_version")
        if version not in READ_VERSIONS or isinstance(version, bool):
            raise BundleProblem(BundleCode.UNSUPPORTED_FORMAT, str(version)[:20])
        manifest = parse_manifest(data)
    except SchemaError as error:
        raise BundleProblem(BundleCode.BAD_MANIFEST, str(error)) from error
    header = BundleHeader(
        kind=manifest.kind,
        plan_id=manifest.plan_id,
        sender_code=manifest.sender.code,
        sender_name=manifest.sender.name,
        recipient_code=manifest.recipient.code,
        recipient_name=manifest.recipient.name,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        program_version=manifest.program_version,
        supplement=manifest.supplement,
    )
    entries = tuple(ManifestEntry(path=f.path, size=f.size, sha256=f.sha256) for f in manifest.files)
    _check_names(e.path for e in entries)
    if {MANIFEST, SIGNATURE} & {e.path for e in entries}:
        raise BundleProblem(BundleCode.BAD_MANIFEST, "lists itself")
    return header, entries


def names_cut(names: Iterable[str], shown: int = 5) -> str:
    """List a few names and count the rest: a refusal stays one readable line (1,990 names did not).

    Args:
        names: the names, in the order to show them.
        shown: how many to show.

    Returns:
        ``"a, b, c, d, e (+1985)"``.
    """
    every = list(names)
    text = ", ".join(name[:80] for name in every[:shown])
    return f"{text} (+{len(every) - shown})" if len(every) > shown else text


def read_bundle(
    path: Path,
    trusted_der: Iterable[bytes],
    *,
    plan_id: str | None = None,
    kind: str | None = None,
    limits: Limits | None = None,
    bound_codes: Mapping[str, str] | None = None,
    authorities_der: Iterable[bytes] = (),
    renewals: Mapping[str, tuple[str, str]] | None = None,
) -> VerifiedBundle:
    """Open, inspect and verify a bundle; return its members only when everything checks out.

    Order: file size; the zip's structure (a truncated file or not a zip); member names (unsafe
    paths, links, twins); declared sizes and ratios (zip bomb), all before inflating anything;
    then the signature over the manifest (edited, bad, untrusted); the manifest's fields (format,
    signer = sender, kind, plan); the member list (missing, extra); and each member's size and
    hash. The replay check needs the database and is left to the services.

    Args:
        path: the zip file.
        trusted_der: the trusted certificates, DER.
        plan_id: refuse a bundle for another plan (None: any).
        kind: refuse a bundle of another kind (None: any).
        limits: size limits; the defaults suit real bundles.
        bound_codes: fingerprint → unit code, for trusted certificates that name no unit code
            of ours (a certificate authority's, on an office's USB token: issue #21).
        authorities_der: installed certificate authorities, DER: a signer's certificate that
            chains to one, valid at the manifest's signing time, is trusted.
        renewals: :func:`~hagiang_desktop.exports.authorities.renewal_key` of each bound
            certificate → (unit code, its fingerprint): a certificate an authority vouches for,
            with the same subject and issuer as a bound one, speaks for that unit (a renewal).

    Returns:
        The verified bundle.

    Raises:
        BundleProblem: the first reason to refuse it.
    """
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BundleProblem(BundleCode.DAMAGED_ZIP, str(error)) from error
    if size > limits.max_file_bytes:
        raise BundleProblem(BundleCode.TOO_LARGE, f"{size} bytes")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = _inspect(archive, limits)
            if MANIFEST not in infos or SIGNATURE not in infos:
                raise BundleProblem(BundleCode.NO_MANIFEST)
            try:
                manifest, manifest_sha256 = _read_member(archive, infos[MANIFEST], MAX_MANIFEST_BYTES)
            except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                raise BundleProblem(BundleCode.MANIFEST_EDITED, short_error(error)) from error
            signature, _ = _read_member(archive, infos[SIGNATURE], MAX_MANIFEST_BYTES)
            try:
                verified = verify_detached(manifest, signature, trusted_der, authorities_der=authorities_der)
            except SigningProblem as error:
                raise BundleProblem(error.code, error.detail) from error
            header, entries = _parse_manifest(manifest)
            signer_code = verified.signer.unit_code or (bound_codes or {}).get(
                verified.signer.fingerprint, ""
            )
            renewed_from = ""
            if not signer_code and verified.authority:
                from hagiang_desktop.exports.authorities import renewal_key

                signer_code, renewed_from = (renewals or {}).get(renewal_key(verified.cert_der), ("", ""))
                if not signer_code:
                    raise BundleProblem(BundleCode.UNBOUND_CERTIFICATE, verified.signer.subject)
            if signer_code != header.sender_code:
                raise BundleProblem(
                    BundleCode.SENDER_MISMATCH, f"{signer_code or '?'} ≠ {header.sender_code}"
                )
            if kind is not None and header.kind != kind:
                raise BundleProblem(BundleCode.WRONG_KIND, header.kind)
            if plan_id is not None and header.plan_id != plan_id:
                raise BundleProblem(BundleCode.OTHER_PLAN, header.plan_id)
            listed = {e.path for e in entries}
            present = set(infos) - {MANIFEST, SIGNATURE}
            if listed - present:
                raise BundleProblem(BundleCode.MEMBER_MISSING, names_cut(sorted(listed - present)))
            if present - listed:
                raise BundleProblem(BundleCode.EXTRA_MEMBER, names_cut(sorted(present - listed)))
            members: dict[str, bytes] = {}
            for entry in entries:
                info = infos[entry.path]
                if info.file_size != entry.size:
                    raise BundleProblem(BundleCode.MEMBER_CHANGED, entry.path)
                try:
                    data, sha256 = _read_member(archive, info, entry.size)
                except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                    raise BundleProblem(
                        BundleCode.MEMBER_CHANGED, f"{entry.path}: {short_error(error)}"
                    ) from error
                if sha256 != entry.sha256:
                    raise BundleProblem(BundleCode.MEMBER_CHANGED, entry.path)
                members[entry.path] = data
    except BundleProblem:
        raise
    except Exception as error:  # noqa: BLE001 - the parse boundary of bundles, see below
        # zipfile raises whatever its header fields lead to: BadZipFile, zlib.error, EOFError,
        # NotImplementedError (a compression we lack), RuntimeError (the encrypted flag),
        # UnicodeDecodeError (the UTF-8 flag on a name that is not UTF-8), ValueError, OSError…
        # Each means the file is not a sound zip; none may reach the clerk as a traceback (#20).
        raise BundleProblem(BundleCode.DAMAGED_ZIP, short_error(error)) from error
    return VerifiedBundle(
        header=header,
        entries=entries,
        members=members,
        signature=verified,
        manifest_sha256=manifest_sha256,
        renewed_from=renewed_from,
    )


def json_member(data: Any) -> bytes:
    """Serialise a JSON member the way bundles store them (UTF-8, indented, keys sorted)."""
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
