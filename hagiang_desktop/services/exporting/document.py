"""The document around the rows: the office's letterhead, title, quota, signature and date."""

from __future__ import annotations

from datetime import date

from hagiang_desktop.core.vntext import today_vn
from hagiang_desktop.exports.model import (
    DocumentInfo,
    FieldInfo,
    KindInfo,
    OfficialHeader,
    QuotaInfo,
    Signature,
)
from hagiang_desktop.services import letterhead, units
from hagiang_desktop.services.exporting.common import ExportProblem
from hagiang_desktop.services.scope import Scope, office_scope
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import DEMO_AS_OF, Workspace, get_setting


def default_day(ws: Workspace) -> date:
    """Return the date printed on documents: today in Vietnam, or a demo database's own day."""
    stored = get_setting(ws, DEMO_AS_OF)
    return date.fromisoformat(stored) if stored else today_vn()


def official_document(
    ws: Workspace, title: str, *, day: date | None = None, document: str = "key-form"
) -> DocumentInfo:
    """Return the office's document frame (letterhead, signature, recipients) around a title.

    The one letterhead every export prints (the follow-up report too, issue #24). ``document``
    names whose letterhead (:mod:`services.letterhead`): by default the office's own paper, as
    the key form ("UBND HUYỆN ĐỒNG VĂN" / "PHÒNG NỘI VỤ", signed by its head); "list" or
    "letter" for what the district's people's committee issues.

    Args:
        ws: the workspace.
        title: the document's title.
        day: the document's date (default :func:`default_day`).
        document: whose letterhead: ``key-form`` (the office's own), ``list`` or ``letter``.

    Returns:
        The frame: header, title, unit line, plan basis, fields, kinds, quota, signature,
        recipients.
    """
    return prepare(ws, None, day, title, document=document)[0]


def prepare(
    ws: Workspace, unit_code: str | None, day: date | None, title: str, *, document: str = "list"
) -> tuple[DocumentInfo, frozenset[int] | None]:
    """Check the unit asked for and build the document around the rows (before the transaction).

    Args:
        ws: the workspace.
        unit_code: only this unit's subtree; the office's scope when None.
        day: the document's date (default :func:`default_day`).
        title: the document's title.
        document: whose letterhead (:func:`hagiang_desktop.services.letterhead.letterhead`).

    Returns:
        The document, and the ids of the units whose nominations it may hold (None: all).

    Raises:
        ExportProblem: ``unknown_unit`` or ``outside_scope``.
    """
    scope = office_scope(ws)
    unit = check_unit(ws, scope, unit_code)
    return _document(ws, scope, unit, day, title=title, document=document), covered_ids(ws, scope, unit)


def check_unit(ws: Workspace, scope: Scope, unit_code: str | None) -> UnitRow | None:
    """Return the unit an export is asked to cover, after checking it is the office's.

    Args:
        ws: the workspace.
        scope: the office's scope.
        unit_code: the unit asked for; None or "" for the whole scope.

    Returns:
        The unit, or None when none was asked for.

    Raises:
        ExportProblem: ``unknown_unit`` or ``outside_scope``.
    """
    if not unit_code:
        return None
    unit = units.get_unit(ws, unit_code)
    if unit is None:
        raise ExportProblem("unknown_unit", unit_code)
    if scope.unit_ids is not None and unit.id not in scope.unit_ids:
        raise ExportProblem("outside_scope", unit_code)
    return unit


def covered_ids(ws: Workspace, scope: Scope, unit: UnitRow | None) -> frozenset[int] | None:
    """Return the ids of the units an export covers: ``unit``'s subtree, else the scope's (None: all).

    Args:
        ws: the workspace.
        scope: the office's scope.
        unit: the unit asked for (see :func:`check_unit`), or None.
    """
    return frozenset(units.subtree_ids(ws, unit.code)) if unit is not None else scope.unit_ids


def _document(
    ws: Workspace,
    scope: Scope,
    unit: UnitRow | None,
    day: date | None,
    *,
    title: str,
    document: str = "list",
) -> DocumentInfo:
    plan = ws.plan
    head = letterhead.letterhead(ws, document)
    shown = unit or scope.root or scope.office
    quota = None
    quota_unit = unit or scope.root
    if quota_unit is not None:
        q = plan.quota_for_path(units.kind_path(ws, quota_unit.code))
        if q is not None:
            quota = QuotaInfo(q.minimum, q.advisory, q.text, q.clause)
    info = plan.info
    return DocumentInfo(
        header=OfficialHeader(
            parent_body=head.superior,
            body=head.issuer,
            number=head.number_line(),
            place=letterhead.place(ws),
            day=day or default_day(ws),
        ),
        title=title,
        unit_line=f"Đơn vị: {shown.name}" if shown is not None else f"Tỉnh {info.province}",
        basis=(f"(Thực hiện {info.reference} về {info.title[:1].lower()}{info.title[1:]})"),
        fields=tuple(FieldInfo(f.code, f.title, f.open) for f in plan.fields),
        kinds=tuple(KindInfo(str(k.code), k.label_vi) for k in plan.kinds),
        quota=quota,
        signature=Signature(head.titles(), head.signer_name),
        recipients=head.recipients,
        addressee=info.recipient,
    )
