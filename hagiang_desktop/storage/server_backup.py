"""Backups of a PostgreSQL server database: ``pg_dump`` and ``pg_restore`` in custom format (#22).

The program does not copy a server's files (it cannot, and the server must stay consistent while
clerks work): it asks the server for a dump. ``pg_dump`` is PostgreSQL's own tool, installed
with the server's client programs; when it is missing the clerk is told how to get it. A dump is
written beside its target and renamed into place once ``pg_restore --list`` has read it back,
so a failed dump never leaves a file that looks like a backup. A password typed at the program's
prompt is handed over in the environment (``PGPASSWORD``), never on a command line.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.storage.location import ServerLocation

#: The dump's file name extension (custom format).
DUMP_SUFFIX = ".dump"
#: How to get the tools, for the message when they are missing.
HOW_TO_GET = "Debian/Ubuntu: apt install postgresql-client; Windows: PostgreSQL installer, Command Line Tools"


class ServerBackupError(Exception):
    """A dump or a restore did not happen; the server and any existing file are unchanged.

    Attributes:
        code: ``no_tools`` (pg_dump/pg_restore missing), ``failed`` (the tool said why),
            ``not_a_dump`` (the file is no custom-format dump).
        detail: the tool's message, or how to get the tools.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def find_tool(name: str) -> str:
    """Return the path of ``pg_dump`` or ``pg_restore`` (PATH, then Debian's versioned folders).

    Raises:
        ServerBackupError: ``no_tools``, with how to install them.
    """
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        candidate = Path(folder, name)
        if candidate.exists():
            return str(candidate)
    raise ServerBackupError("no_tools", HOW_TO_GET)


def _environment(location: ServerLocation) -> dict[str, str]:
    env = dict(os.environ)
    if location.password is not None:
        env["PGPASSWORD"] = location.password
    return env


def _run(command: list[str], location: ServerLocation) -> None:
    try:
        done = subprocess.run(  # noqa: S603 - our own argument list, no shell
            command, env=_environment(location), capture_output=True, text=True, check=False, timeout=3600
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ServerBackupError("failed", str(error)) from error
    if done.returncode != 0:
        raise ServerBackupError("failed", " ".join(done.stderr.split())[:300] or f"exit {done.returncode}")


def dump_name(location: ServerLocation, when: datetime, reason: str = "") -> str:
    """Return a dump's file name: the database's name, the time and why (``hagiang-20260507-230000.dump``)."""
    name = location.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "hagiang"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
    return f"{safe}-{when:%Y%m%d-%H%M%S}{'-' + reason if reason else ''}{DUMP_SUFFIX}"


def _free_name(folder: Path, name: str) -> Path:
    """Return ``folder/name``, numbered when taken: a dump never replaces another one."""
    target = folder / name
    number = 1
    while target.exists():
        number += 1
        target = folder / name.replace(DUMP_SUFFIX, f"-{number}{DUMP_SUFFIX}")
    return target


def dump_target(location: ServerLocation, folder: Path, reason: str = "") -> Path:
    """Return the file a dump into ``folder`` will take: a dated name, never an existing file's.

    Args:
        location: the server database (its name starts the file's).
        folder: the folder chosen.
        reason: a word for the file name (``manual``, ``before-restore``).
    """
    return _free_name(folder, dump_name(location, datetime.now(), reason))


def check_dump(path: Path) -> None:
    """Read a dump's table of contents (``pg_restore --list``): refuse a file that is none.

    Raises:
        ServerBackupError: ``not_a_dump`` or ``no_tools``.
    """
    done = subprocess.run(  # noqa: S603 - our own argument list, no shell
        [find_tool("pg_restore"), "--list", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0 or "alembic_version" not in done.stdout:
        raise ServerBackupError("not_a_dump", " ".join(done.stderr.split())[:300])


def dump(location: ServerLocation, out: Path, *, reason: str = "") -> Path:
    """Dump the server database into ``out`` (a folder: a dated name, never an existing one).

    Args:
        location: the server database.
        out: the dump file, or an existing folder.
        reason: a word for the file name in a folder (``before-restore``).

    Returns:
        The checked dump file.

    Raises:
        ServerBackupError: the tools are missing or the dump failed; no file is left.
    """
    target = dump_target(location, out, reason) if out.is_dir() else out
    tool = find_tool("pg_dump")
    with atomic_path(target) as tmp:
        _run([tool, "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={location.url}"], location)
        check_dump(tmp)
    return target


def restore(location: ServerLocation, source: Path) -> None:
    """Replace the server database's content by a dump, in one transaction.

    Raises:
        ServerBackupError: the file is no dump of ours, the tools are missing, or the restore
            failed (then the server is unchanged: ``--single-transaction``).
    """
    check_dump(source)
    _run(
        [
            find_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={location.url}",
            str(source),
        ],
        location,
    )
