"""The office's letterheads and signatures: defaults by the office's kind, changes it stores.

Every document reads its letterhead here (:func:`letterhead`): the registration list, the
covering letter, the forms' receiving line, the certificate's key form, the bundle's cover and
the follow-up report. The defaults come from :func:`hagiang_desktop.core.letterhead.default_letterhead`
(Nghị định 30/2020); what the office changes is kept in the setting ``office_documents`` as
``{"list": {"issuer": …}, "letter": {…}, …}``, one object per document, holding only the values
set (an empty text is a value: ``--authority ""`` signs without a mark).

Used by Settings, the first-run wizard and ``hagiang-desktop office show|set``.
"""

from __future__ import annotations

from dataclasses import asdict, fields, replace
from typing import Any

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.letterhead import AUTHORITIES, DOCUMENTS, Body, Letterhead, default_letterhead
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.services import units
from hagiang_desktop.services.scope import SECTION_KINDS, office_scope
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import Workspace, get_setting, set_setting

__all__ = [
    "DOCUMENTS",
    "FIELDS",
    "SETTING",
    "LetterheadProblem",
    "body_of",
    "letterhead",
    "letterheads",
    "parse_recipients",
    "place",
    "set_values",
]

#: The setting holding the office's changes.
SETTING = "office_documents"
#: The values an office sets, as :class:`~hagiang_desktop.core.letterhead.Letterhead` names them.
FIELDS = tuple(f.name for f in fields(Letterhead))


class LetterheadProblem(ValueError):
    """A value the office cannot set; ``code``: ``unknown_document``, ``bad_authority``, ``unknown_field``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def body_of(unit: UnitRow) -> Body:
    """Return a directory unit as the letterhead rules see it."""
    return Body(kind=str(unit.kind), name=unit.name, short_name=unit.short_name or "", code=unit.code)


def _defaults(ws: Workspace, document: str) -> Letterhead:
    scope = office_scope(ws)
    office = scope.office
    recipient = ws.plan.info.recipient
    if office is None:  # the province's view without an office: the plan's issuer
        return Letterhead(issuer=ws.plan.info.issuer.upper(), recipients=("Lưu: VT",))
    parent = units.get_unit(ws, office.parent_code) if office.parent_code else None
    issuing: Body | None = None
    # A district's (or commune's) office issues the list upward in its people's committee's name.
    if (
        document in ("list", "letter")
        and office.kind in SECTION_KINDS
        and parent is not None
        and parent.kind in (UnitKind.DISTRICT, UnitKind.COMMUNE)
    ):
        issuing = body_of(parent)
    return default_letterhead(
        document,
        body_of(office),
        body_of(parent) if parent is not None else None,
        recipient=recipient,
        issuing_body=issuing,
    )


def _stored(ws: Workspace) -> dict[str, dict[str, Any]]:
    value = get_setting(ws, SETTING) or {}
    if not isinstance(value, dict):
        return {}
    return {k: dict(v) for k, v in value.items() if k in DOCUMENTS and isinstance(v, dict)}


def letterhead(ws: Workspace, document: str) -> Letterhead:
    """Return one document's letterhead: the defaults with the office's changes.

    Args:
        ws: the workspace.
        document: one of :data:`DOCUMENTS`.

    Raises:
        LetterheadProblem: ``unknown_document``.
    """
    if document not in DOCUMENTS:
        raise LetterheadProblem("unknown_document", document)
    head = _defaults(ws, document)
    changes = _stored(ws).get(document, {})
    values = {k: v for k, v in changes.items() if k in FIELDS}
    if "recipients" in values:
        values["recipients"] = tuple(str(r) for r in values["recipients"])
    return replace(head, **values)


def letterheads(ws: Workspace) -> dict[str, Letterhead]:
    """Return every document's letterhead, in :data:`DOCUMENTS` order."""
    return {d: letterhead(ws, d) for d in DOCUMENTS}


def parse_recipients(text: str) -> tuple[str, ...]:
    """Split "Nơi nhận" typed as one text (lines, or ";" between them) into its lines.

    The printed "- " and the ending ";" / "." are the program's: they are taken off here.
    """
    parts = [p for line in text.replace("\r", "").split("\n") for p in line.split(";")]
    return tuple(clean_text(p).lstrip("-– ").rstrip(".;").strip() for p in parts if p.strip(" -–.;"))


def set_values(ws: Workspace, values: dict[str, Any], document: str | None = None) -> dict[str, Letterhead]:
    """Store the office's changes for one document, or for every document.

    Args:
        ws: the workspace.
        values: field name → text (``recipients``: a text as :func:`parse_recipients` reads it,
            or a sequence of lines). A value of None clears the change (back to the default).
        document: one of :data:`DOCUMENTS`; None applies the values to every document.

    Returns:
        Every document's letterhead after the change.

    Raises:
        LetterheadProblem: ``unknown_document``, ``unknown_field`` or ``bad_authority``.
    """
    targets = DOCUMENTS if document is None else (document,)
    if document is not None and document not in DOCUMENTS:
        raise LetterheadProblem("unknown_document", document)
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise LetterheadProblem("unknown_field", key)
        if value is None:
            cleaned[key] = None
        elif key == "recipients":
            lines = parse_recipients(value) if isinstance(value, str) else tuple(clean_text(v) for v in value)
            cleaned[key] = list(lines)
        elif key == "authority":
            mark = clean_text(str(value)).upper().rstrip(".")
            if mark not in AUTHORITIES:
                raise LetterheadProblem("bad_authority", str(value))
            cleaned[key] = mark
        else:
            cleaned[key] = clean_text(str(value))
    stored = _stored(ws)
    for target in targets:
        changes = stored.setdefault(target, {})
        for key, value in cleaned.items():
            if value is None:
                changes.pop(key, None)
            else:
                changes[key] = value
    set_setting(ws, SETTING, stored)
    return letterheads(ws)


def place(ws: Workspace) -> str:
    """Return the place of the office's date lines ("Đồng Văn"): its district, commune or itself."""
    scope = office_scope(ws)
    unit = scope.root or scope.office
    if unit is None:
        return ws.plan.info.province
    return unit.short_name or unit.name


def as_dict(head: Letterhead) -> dict[str, Any]:
    """Return a letterhead as plain values (for ``office show``)."""
    return asdict(head)
