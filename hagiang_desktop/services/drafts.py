"""Crash drafts of the nomination form: unsaved typing kept in a file until it is saved.

The form writes its content here a moment after every change. The file is written atomically
(temporary file, fsync, rename: :mod:`hagiang_desktop.core.atomic`), so a crash or a power cut
leaves either the previous draft or the new one, never half of one. One draft per database,
named after the database's path, in the user data folder; it is removed after an explicit save
or an explicit discard.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hagiang_desktop.core.atomic import atomic_write_text
from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.core.vntext import now_vn
from hagiang_desktop.services.nominations import NominationInput, input_as_dict
from hagiang_desktop.services.workspace import Workspace, user_data_dir

DRAFT_VERSION = 1


@dataclass(frozen=True)
class Draft:
    """An unsaved form found on disk.

    Attributes:
        nomination_id: the nomination being edited, or None for a new one.
        data: the form's content.
        saved_at: when the draft was written (Vietnam time).
    """

    nomination_id: int | None
    data: NominationInput
    saved_at: datetime


def draft_path(ws: Workspace) -> Path:
    """Return the draft file of this database (one per database file, or per server database)."""
    where = ws.db.label() if ws.is_server else str(Path(ws.db.path).resolve())
    key = hashlib.sha256(where.encode()).hexdigest()[:16]
    return user_data_dir() / "drafts" / f"nomination-{key}.json"


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def save_draft(ws: Workspace, data: NominationInput, nomination_id: int | None) -> Path:
    """Write the form's content to the draft file (atomically).

    Args:
        ws: the workspace (names the draft file).
        data: the form's content.
        nomination_id: the nomination being edited, or None for a new one.

    Returns:
        The draft file.
    """
    path = draft_path(ws)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    payload = {
        "version": DRAFT_VERSION,
        "database": str(ws.db.path),
        "nomination_id": nomination_id,
        "saved_at": now_vn().isoformat(),
        "data": {k: _plain(v) for k, v in input_as_dict(data).items()},
    }
    atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=1))
    return path


def _input_from(raw: dict[str, Any]) -> NominationInput:
    known = {f.name for f in fields(NominationInput)}
    values = {k: v for k, v in raw.items() if k in known}
    values["kind"] = NomineeKind(values["kind"])
    values["status"] = NominationStatus(values.get("status") or NominationStatus.REGISTERED)
    values["checks"] = {str(k): str(v or "") for k, v in (values.get("checks") or {}).items()}
    if values.get("channel"):
        values["channel"] = Channel(values["channel"])
    if values.get("received_on"):
        values["received_on"] = date.fromisoformat(values["received_on"])
    return NominationInput(**values)


def load_draft(ws: Workspace) -> Draft | None:
    """Return the draft left by an earlier session, or None (none, or unreadable).

    An unreadable draft (say, from a future version) is ignored rather than refused: it must
    never stop the program from starting.
    """
    path = draft_path(ws)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("version") != DRAFT_VERSION:
            return None
        return Draft(
            nomination_id=payload.get("nomination_id"),
            data=_input_from(payload["data"]),
            saved_at=datetime.fromisoformat(payload["saved_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_draft(ws: Workspace) -> None:
    """Remove the draft file (after a save or a deliberate discard)."""
    draft_path(ws).unlink(missing_ok=True)
