"""What an import's preview and its application say: each row's status and problems, the counts.

Plain data shared by :mod:`~hagiang_desktop.services.import_reading` (which makes the preview) and
:mod:`~hagiang_desktop.services.import_applying` (which writes the accepted rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from hagiang_desktop.core.kinds import Channel
from hagiang_desktop.core.legacy_encoding import Encoding
from hagiang_desktop.core.nominee_inference import Inferred
from hagiang_desktop.services.import_mapping import ColumnPlan
from hagiang_desktop.services.nominations import NominationInput


class ImportProblem(Exception):
    """The whole file is refused (not one row); ``code`` names why.

    Codes: ``no_unit`` (a list without a chosen sender), ``unknown_unit``, ``outside_scope`` (a
    unit outside the office's district or body), ``unit_mismatch`` (the template names another
    unit than ``--unit``; detail "template ≠ given"), ``wrong_plan``,
    ``template_version``, ``no_name_column``, ``has_errors`` (apply without skipping errors).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class RowStatus(StrEnum):
    """What applying would do with one row."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True)
class RowProblem:
    """One problem of a row: the cell ("Đăng ký!C7"), a code and the offending value."""

    ref: str
    code: str
    detail: str = ""


@dataclass(frozen=True)
class ConvertedText:
    """A cell whose legacy-encoded text was converted: shown side by side in the preview."""

    ref: str
    key: str
    original: str
    converted: str
    encoding: Encoding


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the preview (slotted: a province's list holds 100,000 of them, #11).

    Attributes:
        number: the row's number in the sheet.
        ref: the row's first cell ("Đăng ký!A7").
        status: what applying would do.
        data: the nomination read from the row (None when unreadable).
        problems: the errors, each with its cell.
        converted: legacy-encoded cells and their conversion.
        match_id: the nomination this row updates (``changed``/``unchanged``).
        duplicate_of: names of the nominations it duplicates, with their unit.
        changes: the attributes that a ``changed`` row changes.
        texts: the row's text per key as read (converted), kept for a row with errors only (the
            preview shows it where ``data`` is None).
        inferred: the kind and field read from what the row says (the list has no column for
            them, or a sector instead of a field), with the reasons; the clerk may change each
            (``RowChoices.per_row``).
    """

    number: int
    ref: str
    status: RowStatus
    data: NominationInput | None
    problems: tuple[RowProblem, ...] = ()
    converted: tuple[ConvertedText, ...] = ()
    match_id: int | None = None
    duplicate_of: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    texts: dict[str, str] = field(default_factory=dict, compare=False)
    inferred: tuple[Inferred, ...] = ()


@dataclass
class ImportPreview:
    """Everything the clerk sees before deciding; applying it writes exactly this.

    Attributes:
        path: the file.
        sheet: the sheet read.
        form: ``template``, ``list`` or ``docx``.
        unit_code: the sending unit.
        unit_name: its name.
        channel: the receipt channel.
        received_on: the day of receipt.
        columns: how each column is read.
        rows: the rows.
    """

    path: Path
    sheet: str
    form: str
    unit_code: str
    unit_name: str
    channel: Channel
    received_on: date
    columns: list[ColumnPlan]
    rows: list[PreviewRow] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        """Count the rows with a status."""
        return sum(1 for r in self.rows if r.status == status)

    @property
    def errors(self) -> list[PreviewRow]:
        """The rows with errors."""
        return [r for r in self.rows if r.status == RowStatus.ERROR]


@dataclass(frozen=True)
class ApplyResult:
    """What applying wrote."""

    created: int
    updated: int
    skipped: int
    receipt_id: int | None
