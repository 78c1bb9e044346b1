"""What every export shares: its kinds, its result, its refusals, and the upward step it records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from hagiang_desktop.core.timeliness import UpwardStep
from hagiang_desktop.services.progress import Progress
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import UpwardEvent

__all__ = ["ExportKind", "ExportProblem", "ExportResult", "Progress", "record_step"]


class ExportKind(StrEnum):
    """The three exports (the UI and the CLI name them alike)."""

    LIST_XLSX = "list"
    LIST_PDF = "list-pdf"
    FORMS_PDF = "forms"


class ExportProblem(Exception):
    """An export that cannot be made; ``code`` names why for the UI and the CLI.

    Codes: ``unknown_unit`` (detail: the code), ``outside_scope`` (the unit is not the office's),
    ``not_found`` (detail: a nomination id), ``empty`` (nothing to export).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        path: the file.
        count: how many nominations it holds.
        pages: PDF pages (0 for a workbook).
        timestamped: a signed PDF carries a timestamp server's token (PAdES B-T, #21).
        timestamp_problem: a timestamp server is set but could not be used (its address and why;
            the PDF was signed without a timestamp); "" otherwise.
    """

    path: Path
    count: int
    pages: int = 0
    timestamped: bool = False
    timestamp_problem: str = ""


def record_step(ws: Workspace, step: UpwardStep, out: Path, count: int) -> None:
    """Log the upward step once the file is in place (its own short transaction).

    Args:
        ws: the workspace.
        step: ``list_exported`` or ``forms_printed`` (the dashboard reads them).
        out: the file written; its name is kept in the event.
        count: how many nominations it holds.
    """
    with ws.session() as session:
        session.add(
            UpwardEvent(
                event_kind=str(step),
                at=datetime.now(UTC),
                detail=json.dumps({"file": Path(out).name}, ensure_ascii=False),
                nomination_count=count,
            )
        )
