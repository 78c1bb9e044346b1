"""``hagiang-desktop keys …``: the office's signing key on the command line (issue #7).

A passphrase is read from a prompt, or from the first line of ``--passphrase-file`` for
scripts; never from the command line itself, where it would stay in the shell history and be
visible to every user in the process list.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hagiang_desktop.cli.common import CliError, add_db_option, open_existing, write_tsv
from hagiang_desktop.cli.messages import message, problem_message
from hagiang_desktop.core.vntext import format_date_of
from hagiang_desktop.services import keys
from hagiang_desktop.services.keys import KeyProblem
from hagiang_desktop.services.workspace import Workspace

#: A passphrase file is one short line; anything much larger is not one.
MAX_PASSPHRASE_FILE = 4096


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--passphrase-file PATH`` (its first line is the passphrase)."""
    parser.add_argument(
        "--passphrase-file", type=Path, help="read the passphrase from the first line of this file (scripts)"
    )


def read_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    """Return the passphrase from ``--passphrase-file`` or a prompt (asked twice when ``new``).

    Raises:
        CliError: the file cannot be read, or the two typed passphrases differ.
    """
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        return passphrase_from_file(path)
    first = getpass.getpass(message("passphrase_prompt_new" if new else "passphrase_prompt"))
    if new and getpass.getpass(message("passphrase_prompt_again")) != first:
        raise CliError(message("passphrase_mismatch"))
    return first


def passphrase_from_file(path: Path, what: str = "passphrase") -> str:
    """Return the first line of a passphrase (or PIN) file, read as UTF-8 text.

    The byte-order mark Notepad writes is not part of the passphrase; a file larger than
    :data:`MAX_PASSPHRASE_FILE` (``/dev/zero``, a document chosen by mistake) is refused
    before it is read whole, and so is one that is not text.

    Args:
        path: the file.
        what: ``passphrase`` or ``pin``, named in the refusals.

    Raises:
        CliError: the file cannot be read, is too large or is not UTF-8 text.
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PASSPHRASE_FILE + 1)
    except OSError as error:
        raise CliError(message(f"{what}_file_unreadable", path=path)) from error
    if len(raw) > MAX_PASSPHRASE_FILE:
        raise CliError(message(f"{what}_file_too_large", path=path, limit=MAX_PASSPHRASE_FILE))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CliError(message(f"{what}_file_unreadable", path=path)) from error
    if "\x00" in text:
        raise CliError(message(f"{what}_file_unreadable", path=path))
    lines = text.splitlines()
    return lines[0] if lines else ""


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--pin-file PATH`` (its first line is the token's PIN; never the PIN itself)."""
    parser.add_argument(
        "--pin-file", type=Path, help="read the token's PIN from the first line of this file (scripts)"
    )


def read_pin(args: argparse.Namespace) -> str:
    """Return the token's PIN from ``--pin-file`` or a prompt (asked once: never retried).

    Raises:
        CliError: the file cannot be read.
    """
    path: Path | None = getattr(args, "pin_file", None)
    if path is not None:
        return passphrase_from_file(path, "pin")
    return getpass.getpass(message("pin_prompt"))


def read_secret(args: argparse.Namespace, ws: Workspace) -> str:
    """Return what opens the office's signing identity: the token's PIN or the key's passphrase.

    Raises:
        CliError: status 2 when the option given is the other identity's (``--passphrase-file``
            for a token, ``--pin-file`` for the software key); the file cannot be read.
    """
    from hagiang_desktop.services import signers

    if signers.identity_kind(ws) == signers.TOKEN:
        if getattr(args, "passphrase_file", None) is not None and getattr(args, "pin_file", None) is None:
            raise CliError(message("identity_needs_pin"), status=2)
        return read_pin(args)
    if getattr(args, "pin_file", None) is not None and getattr(args, "passphrase_file", None) is None:
        raise CliError(message("identity_needs_passphrase"), status=2)
    return read_passphrase(args)


def key_error_message(error: KeyProblem) -> str:
    """Return the one line for a key or token problem (a wrong PIN says the tries left)."""
    if error.code == "wrong_pin" and error.detail in ("count_low", "final_try"):
        return message(f"key_wrong_pin_{error.detail}")
    return problem_message(error.code, error.detail, "key", "bundle")


@contextmanager
def signing_workspace(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Workspace]:
    """Open the database for a key or bundle command; turn its refusals into one-line errors.

    Raises:
        CliError: the database cannot be opened, or a key or bundle problem (``key_*`` and
            ``bundle_*`` messages).
    """
    from hagiang_desktop.services.bundles import BundleProblem
    from hagiang_desktop.services.certificates import SigningProblem

    ws = open_existing(args, read_only=read_only)
    try:
        yield ws
    except KeyProblem as error:
        raise CliError(key_error_message(error)) from error
    except BundleProblem as error:
        raise CliError(problem_message(error.code, error.detail, "bundle", "key")) from error
    except SigningProblem as error:  # a certificate the trust store refuses (bundle trust)
        raise CliError(problem_message(error.code, error.detail, "key", "bundle")) from error
    finally:
        ws.close()


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``keys`` command and its subcommands."""
    parser = sub.add_parser("keys", help="the office's signing key and certificate")
    keys_sub = parser.add_subparsers(dest="keys_command", required=True)

    create = keys_sub.add_parser("create", help="create the key and certificate; print the fingerprint")
    add_db_option(create)
    add_passphrase_option(create)
    create.add_argument("--rotate", action="store_true", help="replace the active key (it becomes retired)")
    create.set_defaults(handler=_create)

    show = keys_sub.add_parser("list", help="TSV: status, unit code, fingerprint, created, retired")
    add_db_option(show)
    show.set_defaults(handler=_list)

    export = keys_sub.add_parser("export-cert", help="write the active certificate (PEM) for the province")
    add_db_option(export)
    export.add_argument("--out", type=Path, required=True, help="the .pem file to write")
    export.set_defaults(handler=_export)

    form = keys_sub.add_parser("form", help="write the one-page fingerprint form (PDF) to sign and seal")
    add_db_option(form)
    form.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    form.set_defaults(handler=_form)

    backup = keys_sub.add_parser("backup", help="copy the key, still encrypted, to a .p12 file")
    add_db_option(backup)
    add_passphrase_option(backup)
    backup.add_argument("--out", type=Path, required=True, help="the .p12 file to write")
    backup.set_defaults(handler=_backup)

    restore = keys_sub.add_parser("restore", help="make a backed-up key (.p12) the active one")
    add_db_option(restore)
    add_passphrase_option(restore)
    restore.add_argument("file", type=Path, help="the .p12 backup")
    restore.add_argument(
        "--other-office",
        action="store_true",
        help="restore a key whose certificate names another office (its bundles will be refused "
        "by the province as coming from the wrong sender)",
    )
    restore.set_defaults(handler=_restore)

    modules = keys_sub.add_parser(
        "modules", help="TSV: token drivers (PKCS#11) found on this PC: path, maker, bits, usable"
    )
    modules.set_defaults(handler=_modules)

    tokens = keys_sub.add_parser(
        "tokens", help="TSV: slot, token label, serial, key label, certificate subject, issuer, valid to"
    )
    tokens.add_argument("--module", type=Path, required=True, help="the token's PKCS#11 driver (.dll / .so)")
    tokens.set_defaults(handler=_tokens)

    use_token = keys_sub.add_parser("use-token", help="sign with the office's USB token from now on")
    add_db_option(use_token)
    use_token.add_argument(
        "--module", type=Path, required=True, help="the token's PKCS#11 driver (.dll / .so)"
    )
    use_token.add_argument("--token-label", default="", help="the token (when several are plugged in)")
    use_token.add_argument("--key-label", default="", help="the key (when the token holds several)")
    use_token.add_argument("--key-id", default="", help="the key's object id, hex (instead of its label)")
    add_pin_option(use_token)
    use_token.set_defaults(handler=_use_token)

    use_software = keys_sub.add_parser("use-software", help="sign with the software key from now on")
    add_db_option(use_software)
    use_software.set_defaults(handler=_use_software)

    timestamp = keys_sub.add_parser(
        "timestamp-server",
        help="show or set the timestamp server (RFC 3161) that makes signed PDFs PAdES B-T",
    )
    add_db_option(timestamp)
    timestamp.add_argument("url", nargs="?", help="its address (http:// or https://); omitted: show it")
    timestamp.add_argument("--off", action="store_true", help="sign without a timestamp (PAdES B-B)")
    timestamp.set_defaults(handler=_timestamp_server)

    image = keys_sub.add_parser(
        "stamp-image", help="show or set the image of the seal or signature in visible PDF signatures"
    )
    add_db_option(image)
    image.add_argument("file", type=Path, nargs="?", help="a PNG or JPEG image; omitted: show the one set")
    image.add_argument("--off", action="store_true", help="draw the visible signature without an image")
    image.set_defaults(handler=_stamp_image)


def _create(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args, new=True)
    with signing_workspace(args) as ws:
        identity = keys.create_identity(ws, passphrase, rotate=args.rotate)
    print(message("key_created", unit=identity.unit_name, fingerprint=identity.fingerprint))
    return 0


def _list(args: argparse.Namespace) -> int:
    with signing_workspace(args, read_only=True) as ws:
        rows = keys.list_identities(ws)
    write_tsv((r.status, r.unit_code, r.fingerprint, r.created_at.isoformat(), r.retired_at) for r in rows)
    return 0


def _export(args: argparse.Namespace) -> int:
    with signing_workspace(args, read_only=True) as ws:
        identity = keys.export_certificate(ws, args.out)
    print(message("cert_exported", path=args.out, fingerprint=identity.fingerprint))
    return 0


def _form(args: argparse.Namespace) -> int:
    with signing_workspace(args, read_only=True) as ws:
        identity = keys.fingerprint_form(ws, args.out)
    print(message("form_written", path=args.out, fingerprint=identity.fingerprint))
    return 0


def _backup(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    with signing_workspace(args, read_only=True) as ws:
        identity = keys.backup_key(ws, args.out, passphrase)
    print(message("key_backed_up", path=args.out, fingerprint=identity.fingerprint))
    return 0


def _restore(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(message("file_missing", path=args.file))
    passphrase = read_passphrase(args)
    with signing_workspace(args) as ws:
        identity = keys.restore_key(ws, args.file, passphrase, other_office=args.other_office)
    print(message("key_restored", unit=identity.unit_name, fingerprint=identity.fingerprint))
    return 0


def _modules(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import signers

    write_tsv((c.path, c.maker, c.bits or "", c.usable) for c in signers.driver_candidates())
    return 0


def _tokens(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import signers

    try:
        found = signers.token_certificates(str(args.module))
    except KeyProblem as error:
        raise CliError(key_error_message(error)) from error
    write_tsv(
        (c.slot, c.token_label, c.serial, c.key_label, c.subject, c.issuer, c.not_after.date().isoformat())
        for c in found
    )
    return 0


def _use_token(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import signers

    ref = signers.token_at(str(args.module), args.token_label, args.key_label, args.key_id)
    try:
        signers.load_driver(ref.module)  # a driver that cannot load is said before the PIN is asked
    except KeyProblem as error:
        raise CliError(key_error_message(error)) from error
    with signing_workspace(args) as ws:
        pin = read_pin(args)
        choice = signers.use_token(ws, ref, pin)
    print(
        message(
            "token_chosen",
            token=choice.token_label,
            subject=choice.subject,
            issuer=choice.issuer,
            valid_to=format_date_of(choice.not_after),
            fingerprint=choice.fingerprint,
        )
    )
    return 0


def _show_or_set(
    args: argparse.Namespace,
    given: object,
    store: Callable[[Workspace, Any], None],
    read: Callable[[Workspace], str],
    name: str,
) -> int:
    """Set a signing setting to ``given`` (or clear it with ``--off``), then say what it is.

    Args:
        args: the command's arguments (``--db``, ``--off``).
        given: the new value (None: only show it).
        store: sets the value (None clears it).
        read: reads it back ("" when unset).
        name: the messages' family (``timestamp_server``, ``stamp_image``).
    """
    if args.off and given:
        raise CliError(message(f"{name}_and_off"), status=2)
    changing = bool(args.off or given)
    with signing_workspace(args, read_only=not changing) as ws:
        if changing:
            store(ws, None if args.off else given)
        value = read(ws)
    print(message(name, value=value) if value else message(f"{name}_none"))
    return 0


def _timestamp_server(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import signed_pdfs

    if args.url is not None and not args.url.strip():
        raise CliError(message("key_bad_timestamp_url", detail=repr(args.url)), status=2)
    return _show_or_set(
        args, args.url, signed_pdfs.set_timestamp_url, signed_pdfs.timestamp_url, "timestamp_server"
    )


def _stamp_image(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import signed_pdfs

    if args.file is not None and not args.off and not args.file.is_file():
        raise CliError(message("file_missing", path=args.file))
    return _show_or_set(
        args, args.file, signed_pdfs.set_stamp_image, signed_pdfs.stamp_image_name, "stamp_image"
    )


def _use_software(args: argparse.Namespace) -> int:
    from hagiang_desktop.services import signers

    with signing_workspace(args) as ws:
        identity = signers.use_software(ws)
    if identity is None:
        print(message("software_chosen_none"))
    else:
        print(message("software_chosen", fingerprint=identity.fingerprint))
    return 0
