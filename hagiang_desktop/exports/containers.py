"""Limits on zip containers (xlsx, docx) checked before anything is inflated (#20).

A 2 KB workbook declaring ``<dimension ref="A1:XFD200000"/>`` made openpyxl pad 200,000 rows to
16,384 cells each (an estimated 70 minutes); a 0.9 MB workbook whose ``sharedStrings.xml``
inflates to 380 MB, or a 1 MB Word file whose ``document.xml`` inflates to 350 MB, exhausted an
old PC. A total limit alone let each through. Here every part is judged from the zip directory
(its declared size and compression ratio) and from its first bytes (a sheet's declared
dimension, the shared-string count) before any reader inflates it, and a refusal names the limit.

The readers then read under the same limits (rows, columns, cells, a time budget), which they
check as they go; :class:`Budget` is their clock.
"""

from __future__ import annotations

import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

#: What an office document of ours may hold. Real lists stay far below each: a district's list
#: of 2,000 models is a 300 KB sheet, compressed 10 to 20 times.
MAX_MEMBERS = 10_000
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_RATIO = 100
#: Parts smaller than this are never judged by their ratio (small XML compresses a lot).
RATIO_FLOOR = 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000
MAX_SHARED_STRINGS = 1_000_000
#: Seconds a reader may spend on one file before it gives up (a slow old PC reads a real list
#: of thousands of rows in a few seconds).
TIME_BUDGET = 120.0

_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?\"")
_SST_COUNT = re.compile(rb"<(?:\w+:)?sst\b[^>]*?\buniqueCount=\"(\d{1,12})\"")
#: How much of a part's start is read to find its declared size (the element comes first).
_HEAD_BYTES = 4096


class ContainerProblem(Exception):
    """A container over one of its limits.

    Attributes:
        limit: which limit: ``members``, ``part_size``, ``total_size``, ``ratio``, ``dimension``,
            ``shared_strings``, ``rows``, ``columns``, ``cells`` or ``time``.
        member: the part (or sheet) concerned, if any.
        detail: the value found and the limit, e.g. ``"A1:XFD200000 > 200000 rows × 1000 columns"``.
    """

    def __init__(self, limit: str, member: str = "", detail: str = "") -> None:
        super().__init__(f"{limit}: {member} {detail}".strip())
        self.limit = limit
        self.member = member
        self.detail = detail

    @property
    def text(self) -> str:
        """The limit, the part and the values, in one line (for the refusal messages)."""
        where = f"{self.member}: " if self.member else ""
        return f"{where}{self.detail} ({self.limit})"


def column_number(letters: str) -> int:
    """Return the 1-based number of a column given by letters ("A" → 1, "XFD" → 16384)."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def check_zip_parts(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Judge every part of an open zip by its directory entry, inflating nothing.

    Raises:
        ContainerProblem: ``members``, ``part_size``, ``total_size`` or ``ratio``.
    """
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ContainerProblem("members", "", f"{len(infos)} > {MAX_MEMBERS}")
    total = 0
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise ContainerProblem("part_size", info.filename, f"{info.file_size} > {MAX_PART_BYTES} bytes")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ContainerProblem("ratio", info.filename, f"{ratio}:1 > {MAX_RATIO}:1")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ContainerProblem("total_size", "", f"{total} > {MAX_TOTAL_BYTES} bytes")
    return infos


def _head(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as handle:
        return handle.read(_HEAD_BYTES)


def check_workbook_parts(path: Path) -> None:
    """Check an xlsx before openpyxl opens it: its parts, sheet dimensions, shared-string count.

    Raises:
        ContainerProblem: the first limit the workbook is over.
        zipfile.BadZipFile: not a zip (the caller says "damaged" or "not a workbook").
    """
    with zipfile.ZipFile(path) as archive:
        for info in check_zip_parts(archive):
            name = info.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _check_dimension(name, _head(archive, info))
            elif name == "xl/sharedStrings.xml":
                found = _SST_COUNT.search(_head(archive, info))
                if found and int(found.group(1)) > MAX_SHARED_STRINGS:
                    detail = f"{int(found.group(1))} > {MAX_SHARED_STRINGS} strings"
                    raise ContainerProblem("shared_strings", name, detail)


def _check_dimension(name: str, head: bytes) -> None:
    found = _DIMENSION.search(head)
    if not found:
        return  # no dimension declared: the reader counts rows and columns as it goes
    last_col, last_row = (found.group(3), found.group(4)) if found.group(3) else found.group(1, 2)
    rows, cols = int(last_row), column_number(last_col.decode("ascii"))
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        ref = found.group(0).split(b'"')[1].decode("ascii")
        detail = f"{ref} > {MAX_ROWS} rows, {MAX_COLUMNS} columns, {MAX_CELLS} cells"
        raise ContainerProblem("dimension", name, detail)


def check_document_parts(path: Path) -> None:
    """Check a docx (or any zip) before it is opened: every part by its directory entry.

    Raises:
        ContainerProblem: the first limit the document is over.
        zipfile.BadZipFile: not a zip.
    """
    with zipfile.ZipFile(path) as archive:
        check_zip_parts(archive)


@dataclass
class Budget:
    """A reader's time budget: call :meth:`check` now and then (every few hundred rows)."""

    seconds: float = TIME_BUDGET
    started: float = 0.0

    def __post_init__(self) -> None:
        self.started = time.monotonic()

    def check(self, member: str = "") -> None:
        """Raise when the budget is spent.

        Raises:
            ContainerProblem: ``time``.
        """
        spent = time.monotonic() - self.started
        if spent > self.seconds:
            raise ContainerProblem("time", member, f"{spent:.0f} s > {self.seconds:.0f} s")
