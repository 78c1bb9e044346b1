"""Atomic file writing: a file is either the old one or the complete new one, never half.

Every file the program writes (exports, bundles, backups, settings, drafts) goes through here:
write to a temporary file in the same folder, flush and fsync it, then rename it over the target
(and fsync the folder where the OS allows), so a power cut or a cancelled job leaves no partial
file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; its rename is durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class NotARegularFileError(OSError):
    """The target exists and is not a regular file (a device, a fifo, a folder): never replaced."""

    def __init__(self, target: Path) -> None:
        super().__init__(errno.EEXIST, "not a regular file", str(target))


def refuse_special(target: Path) -> None:
    """Raise :class:`NotARegularFileError` if ``target`` exists and is not a regular file.

    A rename replaces whatever is at the target: ``--out /dev/full`` run as root would replace
    the device node with a file, ``--out`` a folder would fail half-way. Checked before anything
    is written. A link is judged by what it points to.
    """
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # unreachable: the write itself will say why
    if not stat.S_ISREG(mode):
        raise NotARegularFileError(Path(target))


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Give a temporary path beside ``target``; on success it replaces ``target`` atomically.

    Use it for libraries that want a file name (openpyxl, reportlab, zipfile). If the block
    raises (an error, a Cancel), the temporary file is removed and ``target`` is untouched.
    A target that exists and is not a regular file is refused before anything is written.

    Raises:
        NotARegularFileError: ``target`` is a device, a fifo, a folder… (an ``OSError``).

    Args:
        target: the final file.

    Yields:
        The temporary path to write to.
    """
    target = Path(target)
    refuse_special(target)
    folder = target.parent
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        refuse_special(target)  # again: it may have appeared while the file was written
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_open(target: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``target`` for writing; it replaces ``target`` on success.

    Args:
        target: the final file.
        mode: ``"wb"`` or ``"w"``.
        encoding: the text encoding for ``"w"`` (UTF-8 by default).

    Yields:
        The open file object.
    """
    with atomic_path(target) as tmp:
        text = "b" not in mode
        handle: IO[Any]
        with open(  # noqa: PTH123
            tmp, mode, encoding=(encoding or "utf-8") if text else None, newline="" if text else None
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_open(target, "wb") as handle:
        handle.write(data)


def atomic_write_text(target: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``target`` atomically."""
    with atomic_open(target, "w") as handle:
        handle.write(text)
