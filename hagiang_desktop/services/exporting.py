"""Exports for the province: the registration list (xlsx, PDF) and the registration forms (PDF).

Each public function is one use case: in one read transaction (a snapshot that takes no lock),
read the office's nominations and stream them as plain :mod:`hagiang_desktop.exports.model` rows
to a writer; then, in a short write transaction, record the upward step (``list_exported`` or
``forms_printed``) for the dashboard. Files are written atomically; a
``progress(done, total)`` callback that returns False cancels the job, leaves no file and records
nothing.

The letterhead (issuing body, document symbol, signer, recipients) is the office's, one per kind
of document (:mod:`hagiang_desktop.services.letterhead`: defaults by the office's kind, what the
office changed in Settings or with ``office set``). A form is headed, dated, addressed and
signed as its registering unit's own paper: the unit's letterhead, the day it registered, "Kính
gửi" by the unit's path, its head's signature lines.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlmodel import Session, col

from hagiang_desktop.core import letterhead as core_letterhead
from hagiang_desktop.core.kinds import NominationStatus, NomineeKind, UnitKind
from hagiang_desktop.core.letterhead import Body
from hagiang_desktop.core.timeliness import UpwardStep
from hagiang_desktop.core.vntext import VN_TZ, today_vn
from hagiang_desktop.exports.model import (
    CriterionLine,
    DocumentInfo,
    ExportNomination,
    FieldInfo,
    KindInfo,
    OfficialHeader,
    QuotaInfo,
    Signature,
)
from hagiang_desktop.services import letterhead, units
from hagiang_desktop.services.scope import SECTION_KINDS, Scope, inbox_mode, office_scope
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import DEMO_AS_OF, Workspace, get_setting
from hagiang_desktop.storage.models import (
    CriterionCheck,
    Nomination,
    Unit,
    UnitGroup,
    UnitGroupMember,
    UpwardEvent,
)

__all__ = [
    "LISTED_STATUSES",
    "ExportKind",
    "ExportProblem",
    "ExportResult",
    "Progress",
    "default_day",
    "export_forms_pdf",
    "export_list_pdf",
    "export_letter_pdf",
    "export_list_xlsx",
    "listed_count",
]

#: The statuses that make up the list sent upward: the office's selection and what followed it.
LISTED_STATUSES = (
    NominationStatus.SELECTED,
    NominationStatus.SUBMITTED,
    NominationStatus.ACCEPTED,
    NominationStatus.CHANGED,  # still on the office's list: changed since it was sent (#17)
)
#: Called as ``progress(done, total)``; returning False cancels.
Progress = Callable[[int, int], bool]
_CHUNK = 500
# Separators of the packed ticks (control characters: clean_text keeps them out of any text).
_UNIT_SEP = "\x1f"
_RECORD_SEP = "\x1e"
_GENDERS = {"male": "Nam", "female": "Nữ"}
#: The title of a registration form.
FORM_TITLE = "PHIẾU ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN"


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


def default_day(ws: Workspace) -> date:
    """Return the date printed on documents: today in Vietnam, or a demo database's own day."""
    stored = get_setting(ws, DEMO_AS_OF)
    return date.fromisoformat(stored) if stored else today_vn()


# --------------------------------------------------------------------------------------------
# Use cases
# --------------------------------------------------------------------------------------------


def export_list_xlsx(
    ws: Workspace,
    out: Path,
    *,
    unit_code: str | None = None,
    day: date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> ExportResult:
    """Write the registration list workbook of the office's selected nominations.

    Args:
        ws: the workspace.
        out: the .xlsx file to write (replaced atomically).
        unit_code: only the nominations of this unit and the units under it (inside the scope).
        day: the document's date (default :func:`default_day`).
        progress: ``progress(done, total)``; return False to cancel.
        record: log the upward step (False for a bundle's own copy: the bundle is the step, and a
            bundle that fails later must leave no "list exported" behind, #20).

    Returns:
        The file and the number of rows.

    Raises:
        ExportProblem: ``unknown_unit``, ``outside_scope`` or ``empty``.
        hagiang_desktop.exports.model.Cancelled: the user cancelled; no file, nothing recorded.
    """
    return _export_list(ws, out, unit_code, day, progress, as_pdf=False, record=record)


def export_list_pdf(
    ws: Workspace,
    out: Path,
    *,
    unit_code: str | None = None,
    day: date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> ExportResult:
    """Write the registration list as a PDF (A4 landscape table) for signing.

    Args and errors as :func:`export_list_xlsx`; the file is a PDF.
    """
    return _export_list(ws, out, unit_code, day, progress, as_pdf=True, record=record)


def _export_list(
    ws: Workspace,
    out: Path,
    unit_code: str | None,
    day: date | None,
    progress: Progress | None,
    *,
    as_pdf: bool,
    record: bool = True,
) -> ExportResult:
    # openpyxl, lxml and reportlab load with the first export, not at start-up (#11).
    from hagiang_desktop.exports import excel_list, pdf_list

    doc, unit_ids = _prepare(ws, unit_code, day, _list_title(ws))
    pages = 0
    # One read transaction for the whole file: one consistent snapshot, and no lock the window's
    # own writes would wait for (#11). The upward step is recorded after, in a short write.
    with ws.reading() as session:
        ids = _listed_ids(ws, session, unit_ids)
        # A list shows the codes met, not the evidence; units are named as on the document's day.
        # The province's consolidated list names each unit's emulation bloc or cluster (#24).
        rows = _rows(ws, session, ids, evidence=False, day=doc.header.day, blocs=inbox_mode(ws))
        if as_pdf:
            pages = pdf_list.write_list_pdf(out, doc, rows, total=len(ids), progress=progress)
        else:
            excel_list.write_registration_list(out, doc, rows, total=len(ids), progress=progress)
    if record:
        _record(ws, UpwardStep.LIST_EXPORTED, out, len(ids))
    return ExportResult(Path(out), len(ids), pages)


def export_forms_pdf(
    ws: Workspace,
    out: Path,
    *,
    ids: Sequence[int] | None = None,
    unit_code: str | None = None,
    day: date | None = None,
    progress: Progress | None = None,
    record: bool = True,
) -> ExportResult:
    """Write one registration form per nomination, all in one PDF.

    Args:
        ws: the workspace.
        out: the PDF to write (replaced atomically).
        ids: these nominations, in this order (any status); None for the office's selected ones.
        unit_code: with ``ids`` None, only this unit's subtree.
        day: the date printed on the forms (default :func:`default_day`).
        progress: ``progress(done, total)``; return False to cancel.
        record: log the upward step (see :func:`export_list_xlsx`).

    Returns:
        The file, the number of forms and of pages.

    Raises:
        ExportProblem: ``not_found``, ``unknown_unit``, ``outside_scope`` or ``empty``.
        hagiang_desktop.exports.model.Cancelled: the user cancelled; no file, nothing recorded.
    """
    from hagiang_desktop.exports import pdf_forms

    doc, unit_ids = _prepare(ws, unit_code, day, FORM_TITLE)
    with ws.reading() as session:  # as the list: one snapshot, no lock held while drawing
        chosen = _chosen_ids(session, ids) if ids else _listed_ids(ws, session, unit_ids)
        rows = _rows(ws, session, chosen, evidence=True, day=doc.header.day)
        pages = pdf_forms.write_forms_pdf(out, doc, rows, total=len(chosen), progress=progress)
    if record:
        _record(ws, UpwardStep.FORMS_PRINTED, out, len(chosen))
    return ExportResult(Path(out), len(chosen), pages)


def official_document(
    ws: Workspace, title: str, *, day: date | None = None, document: str = "key-form"
) -> DocumentInfo:
    """Return the office's document frame (letterhead, signature, recipients) around a title.

    The one letterhead every export prints (the follow-up report too, issue #24). ``document``
    names whose letterhead (:mod:`services.letterhead`): by default the office's own paper, as
    the key form ("UBND HUYỆN ĐỒNG VĂN" / "PHÒNG NỘI VỤ", signed by its head); "list" or
    "letter" for what the district's people's committee issues.
    """
    return _prepare(ws, None, day, title, document=document)[0]


#: The subject line of the covering letter (issue #15 item 2).
LETTER_SUBJECT = "V/v đăng ký danh sách mô hình, gương điển hình tiên tiến giai đoạn {start} – {end}"
#: The covering letter's file name beside the list (in a bundle too).
LETTER_FILE = "cong-van.pdf"


def export_letter_pdf(ws: Workspace, out: Path, *, day: date | None = None) -> ExportResult:
    """Write the covering letter ("công văn") that sends the office's list upward.

    Numbered and signed as the office set the "letter" letterhead, addressed to the recipient
    the plan names, citing the plan, counting the models of the list it covers.

    Args:
        ws: the workspace.
        out: the PDF to write (replaced atomically).
        day: the letter's date (default :func:`default_day`).

    Returns:
        The file, the number of models listed, the pages.

    Raises:
        ExportProblem: ``empty`` (no list to send).
    """
    from hagiang_desktop.exports.pdf_letter import CoveringLetter, write_letter_pdf

    info = ws.plan.info
    subject = LETTER_SUBJECT.format(start=info.period_start, end=info.period_end)
    doc, unit_ids = _prepare(ws, None, day, subject, document="letter")
    with ws.reading() as session:
        ids = _listed_ids(ws, session, unit_ids)
        query = select(col(Nomination.kind), col(Nomination.is_supplement)).where(col(Nomination.id).in_(ids))
        rows = list(session.execute(query))
    kinds = Counter(str(kind) for kind, _supplement in rows)
    supplements = sum(1 for _kind, supplement in rows if supplement)
    letter = CoveringLetter(
        header=doc.header,
        subject=subject,
        addressee=info.recipient,
        paragraphs=_letter_body(ws, kinds, supplements),
        signature=doc.signature,
        recipients=doc.recipients,
    )
    pages = write_letter_pdf(out, letter)
    return ExportResult(Path(out), len(ids), pages)


def _letter_body(ws: Workspace, kinds: Counter[str], supplements: int) -> list[str]:
    info = ws.plan.info
    scope = office_scope(ws)
    who = _sender_name(scope)
    total = sum(kinds.values())
    parts = [f"{kinds[str(k.code)]} {k.label_vi.lower()}" for k in ws.plan.kinds if kinds[str(k.code)]]
    extra = f", trong đó có {supplements} mô hình đăng ký bổ sung" if supplements else ""
    return [
        f"Thực hiện {info.reference} "
        f"về {info.title[:1].lower()}{info.title[1:]}; căn cứ kết quả thực hiện các phong trào thi "
        f"đua, {who} đã chỉ đạo các cơ quan, đơn vị, địa phương trực thuộc phát hiện, lựa chọn mô "
        "hình, gương điển hình tiên tiến theo các tiêu chí của Kế hoạch.",
        f"Kết quả, {who} lựa chọn, đăng ký {total} mô hình, gương điển hình tiên tiến "
        f"({', '.join(parts)}){extra}, có danh sách và phiếu đăng ký của từng mô hình kèm theo.",
        f"{who[:1].upper()}{who[1:]} trân trọng đăng ký với {info.recipient} để tổng hợp, báo cáo "
        "Chủ tịch UBND tỉnh và Hội đồng Thi đua, khen thưởng tỉnh./.",
    ]


def _sender_name(scope: Scope) -> str:
    """The body the letter speaks for, as a sentence names it ("UBND huyện Đồng Văn")."""
    office, root = scope.office, scope.root
    if office is None:
        return "Ủy ban nhân dân tỉnh"
    body = root if office.kind in SECTION_KINDS and root is not None else office
    if body.kind in (UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE):
        return f"UBND {body.name[:1].lower()}{body.name[1:]}"
    return body.name


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def _prepare(
    ws: Workspace, unit_code: str | None, day: date | None, title: str, *, document: str = "list"
) -> tuple[DocumentInfo, frozenset[int] | None]:
    """Check the unit asked for and build the document around the rows (before the transaction)."""
    scope = office_scope(ws)
    unit = _check_unit(ws, scope, unit_code)
    unit_ids = frozenset(units.subtree_ids(ws, unit.code)) if unit is not None else scope.unit_ids
    return _document(ws, scope, unit, day, title=title, document=document), unit_ids


def _check_unit(ws: Workspace, scope: Scope, unit_code: str | None) -> UnitRow | None:
    if not unit_code:
        return None
    unit = units.get_unit(ws, unit_code)
    if unit is None:
        raise ExportProblem("unknown_unit", unit_code)
    if scope.unit_ids is not None and unit.id not in scope.unit_ids:
        raise ExportProblem("outside_scope", unit_code)
    return unit


def _order(ws: Workspace) -> tuple[Any, ...]:
    """Plan order of fields, then Vietnamese alphabetical order of names, then id."""
    field_rank = case(
        {f.code: i for i, f in enumerate(ws.plan.fields)},
        value=col(Nomination.field_code),
        else_=len(ws.plan.fields),
    )
    return (field_rank, col(Nomination.name_sort), col(Nomination.id))


def listed_count(ws: Workspace, unit_code: str | None = None) -> int:
    """Count the models on the office's list (or one unit's subtree), as the exports would print.

    Args:
        ws: the workspace.
        unit_code: only this unit's subtree.

    Returns:
        How many forms "the models selected for the list" would print (#17: the count is shown
        before the clerk starts).

    Raises:
        ExportProblem: ``unknown_unit`` or ``outside_scope``.
    """
    scope = office_scope(ws)
    unit = _check_unit(ws, scope, unit_code)
    unit_ids = frozenset(units.subtree_ids(ws, unit.code)) if unit is not None else scope.unit_ids
    listed = [str(s) for s in LISTED_STATUSES]
    query = select(func.count()).select_from(Nomination).where(col(Nomination.status).in_(listed))
    if unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(unit_ids))
    with ws.reading() as session:
        return int(session.scalar(query) or 0)


def _listed_ids(ws: Workspace, session: Session, unit_ids: frozenset[int] | None) -> list[int]:
    listed = [str(s) for s in LISTED_STATUSES]
    query = select(col(Nomination.id)).where(col(Nomination.status).in_(listed))
    if unit_ids is not None:
        query = query.where(col(Nomination.registering_unit_id).in_(unit_ids))
    ids = cast(list[int], list(session.scalars(query.order_by(*_order(ws)))))  # stored: never None
    if not ids:
        raise ExportProblem("empty")
    return ids


def _chosen_ids(session: Session, ids: Sequence[int]) -> list[int]:
    """Return ``ids`` without repeats, in their order, after checking that each exists."""
    chosen = list(dict.fromkeys(ids))
    query = select(col(Nomination.id)).where(col(Nomination.id).in_(chosen))
    found = set(session.scalars(query))
    missing = [i for i in chosen if i not in found]
    if missing:
        raise ExportProblem("not_found", str(missing[0]))
    return chosen


def _rows(
    ws: Workspace,
    session: Session,
    ids: Sequence[int],
    *,
    evidence: bool,
    day: date | None = None,
    blocs: bool = False,
) -> Iterator[ExportNomination]:
    """Yield the nominations in ``ids`` order, read in chunks so memory stays flat.

    ``session`` is the export's read transaction (:meth:`Workspace.reading`): it takes no lock,
    so the window keeps reading and writing while the file is written. Without ``evidence`` the
    criteria lines carry none, and rows ticking the same criteria share one tuple of lines
    (10,000 rows tick some 900 different sets: the read took as long as writing the workbook, #11).
    """
    labels = _Labels(ws, day)
    if blocs:
        labels.blocs = unit_blocs(session)
    for start in range(0, len(ids), _CHUNK):
        yield from _read_chunk(labels, session, ids[start : start + _CHUNK], evidence)


#: The columns an export reads (plain columns, not ORM objects: 10,000 rows build 3× faster).
_N = Nomination
_COLUMNS = tuple(col(c) for c in (
    _N.id, _N.name, _N.kind, _N.field_code, _N.position, _N.work_unit, _N.village, _N.commune,
    _N.achievements, _N.good_practice, _N.replication_plan, _N.target_honour, _N.received_on,
    _N.is_supplement, _N.note, _N.gender, _N.birth_year, _N.household_head, _N.field_title,
    _N.override_reason, _N.created_at,
))  # fmt: skip


def unit_blocs(session: Session) -> dict[str, str]:
    """Return, per unit code, the emulation blocs and clusters it belongs to.

    Its own, or those of the nearest unit above it that belongs to one (a commune: its
    district's cluster).
    """
    parent_of: dict[int, int | None] = {}
    code_of: dict[int, str] = {}
    for uid, code, parent in session.execute(select(col(Unit.id), col(Unit.code), col(Unit.parent_id))):
        parent_of[uid], code_of[uid] = parent, code
    names: dict[int, list[str]] = {}
    query = select(col(UnitGroupMember.unit_id), col(UnitGroup.name)).join(
        UnitGroup,
        col(UnitGroup.id) == col(UnitGroupMember.group_id),
    )
    for uid, name in session.execute(query.order_by(col(UnitGroup.code))):
        names.setdefault(uid, []).append(name)
    out: dict[str, str] = {}
    for uid, code in code_of.items():
        current: int | None = uid
        for _ in range(len(code_of)):  # a cycle in a damaged directory must not hang the export
            if current is None or current in names:
                break
            current = parent_of.get(current)
        if current is not None and current in names:
            out[code] = "; ".join(names[current])
    return out


class _Labels:
    """Per-export caches of what many rows share: criteria lists, unit letterheads, labels."""

    def __init__(self, ws: Workspace, day: date | None = None) -> None:
        self.plan = ws.plan
        #: Units renamed after the document's day → their name of that day (issue #24).
        self.names_then: dict[str, str] = {}
        if day is not None:
            then = units.versions_on(ws, day)
            if then:
                with ws.reading() as session:
                    query = select(col(Unit.id), col(Unit.code)).where(col(Unit.id).in_(list(then)))
                    self.names_then = {code: then[uid].name for uid, code in session.execute(query)}
        #: Unit code → its bloc or cluster (the province's consolidated list only).
        self.blocs: dict[str, str] = {}
        self._ws = ws
        self._units: dict[str, _UnitPaper] = {}
        forms = letterhead.letterhead(ws, "forms")
        self._forms_addressee = "; ".join(forms.recipients)
        self._criteria: dict[tuple[str, str], tuple[Any, ...]] = {}
        self._lines: dict[tuple[str, bool], CriterionLine] = {}
        self._ticks: dict[tuple[str, str, str], tuple[CriterionLine, ...]] = {}

    def criteria(self, field_code: str, kind: NomineeKind) -> tuple[Any, ...]:
        key = (field_code, str(kind))
        if key not in self._criteria:
            try:
                self._criteria[key] = self.plan.criteria_for(field_code, kind)
            except (KeyError, ValueError):  # a field or kind the plan no longer has
                self._criteria[key] = self.plan.general_criteria
        return self._criteria[key]

    def lines(self, field_code: str, kind: NomineeKind, packed: str) -> tuple[CriterionLine, ...]:
        """Return every criterion's line for a row's packed ticks (code US evidence, RS between)."""
        key = (field_code, str(kind), packed)
        if key in self._ticks:
            return self._ticks[key]
        ticked = dict(item.partition(_UNIT_SEP)[::2] for item in packed.split(_RECORD_SEP) if item)
        lines = tuple(self.line(c, ticked) for c in self.criteria(field_code, kind))
        if not any(ticked.values()):  # evidence makes a row's lines its own: not worth keeping
            self._ticks[key] = lines
        return lines

    def line(self, criterion: Any, ticked: dict[str, str]) -> CriterionLine:
        evidence = ticked.get(criterion.code, "")
        if evidence:
            return CriterionLine(criterion.code, criterion.text, True, evidence)
        key = (criterion.code, criterion.code in ticked)
        if key not in self._lines:  # immutable: one shared line per criterion and tick
            self._lines[key] = CriterionLine(criterion.code, criterion.text, key[1], "")
        return self._lines[key]

    def unit(self, code: str) -> _UnitPaper:
        """Return how a registering unit heads, dates, addresses and signs its forms (cached)."""
        if code not in self._units:
            self._units[code] = _unit_paper(self._ws, code, self._forms_addressee)
        return self._units[code]


#: The units a paper is dated from ("Lũng Cú, ngày …"): the levels of government.
_PLACES = (UnitKind.COMMUNE, UnitKind.DISTRICT, UnitKind.PROVINCE)


@dataclass(frozen=True)
class _UnitPaper:
    superior: str
    issuer: str
    place: str
    addressee: str
    signer: tuple[str, ...]
    seals: bool


def _unit_paper(ws: Workspace, code: str, addressee_override: str) -> _UnitPaper:
    """A registering unit's own letterhead, its forms' "Kính gửi" and its head's signature lines."""
    path: list[Body] = []
    unit = units.get_unit(ws, code)
    seen: set[str] = set()
    while unit is not None and unit.code not in seen and len(path) < 12:
        seen.add(unit.code)
        path.append(letterhead.body_of(unit))
        unit = units.get_unit(ws, unit.parent_code) if unit.parent_code else None
    if not path:
        return _UnitPaper("", code.upper(), "", addressee_override or ws.plan.info.recipient, (), True)
    body, parent = path[0], path[1] if len(path) > 1 else None
    superior, issuer = core_letterhead.heading(body, parent)
    authority, title = core_letterhead.default_signer(body)
    if authority == "KT":  # a commune's people's committee confirms its forms through its chairman
        authority, title = "TM", "CHỦ TỊCH"
    # A commune dates its papers from itself; an office, a school or a village from the nearest
    # commune, district or province above it (a school under its Phòng Giáo dục: the district).
    local = next((b for b in path if b.kind in _PLACES), parent if parent is not None else body)
    place = local.short_name or local.name
    return _UnitPaper(
        superior=superior,
        issuer=issuer,
        place=place,
        addressee=addressee_override or core_letterhead.addressee(path, ws.plan.info.recipient),
        signer=core_letterhead.signature_titles(issuer, authority, title),
        seals=core_letterhead.has_seal(body),
    )


def _read_chunk(
    labels: _Labels, session: Session, chunk: Sequence[int], evidence: bool
) -> list[ExportNomination]:
    member = aliased(Unit)
    parent = aliased(Unit)
    query = (
        select(
            *_COLUMNS,
            col(Unit.name),
            col(Unit.code),
            col(Unit.kind),
            col(Unit.short_name),
            col(parent.name),
            col(parent.kind),
            col(parent.short_name),
            col(member.name),
        )  # fmt: skip
        .join(Unit, col(Unit.id) == col(Nomination.registering_unit_id))
        .outerjoin(parent, col(parent.id) == col(Unit.parent_id))
        .outerjoin(member, col(member.id) == col(Nomination.member_unit_id))
        .where(col(Nomination.id).in_(chunk))
    )
    found = {row[0]: row for row in session.execute(query)}
    # One row per nomination with its ticks joined (code US evidence, RS between): ten times
    # fewer rows to fetch than one per tick; aggregate_strings is group_concat / string_agg.
    tick: SQLCoreOperations[str] = col(CriterionCheck.criterion_code)
    if evidence:
        tick = tick + _UNIT_SEP + func.coalesce(col(CriterionCheck.evidence), "")
    packed = func.aggregate_strings(tick, _RECORD_SEP)
    ticks_query = (
        select(col(CriterionCheck.nomination_id), packed)
        .where(
            col(CriterionCheck.nomination_id).in_(chunk),
            col(CriterionCheck.met).is_(True),
        )
        .group_by(col(CriterionCheck.nomination_id))
    )
    checks: dict[int, str] = {nid: joined or "" for nid, joined in session.execute(ticks_query)}
    return [_export_row(labels, found[nid], checks.get(nid, "")) for nid in chunk if nid in found]


def _export_row(labels: _Labels, row: Any, ticks: str) -> ExportNomination:
    (nid, name, kind_code, field_code, position, work_unit, village, commune, achievements,
     good_practice, replication_plan, target_honour, received_on, is_supplement, note, gender,
     birth_year, household_head, field_other, override_reason, created_at, reg_name, reg_code, reg_kind,
     reg_short, parent_name, parent_kind, parent_short, member_name) = row  # fmt: skip
    plan = labels.plan
    reg_name = labels.names_then.get(reg_code, reg_name)
    kind = NomineeKind(kind_code)
    paper = labels.unit(reg_code)
    try:
        field_title = plan.field(field_code).short_vi
    except KeyError:
        field_title = field_code
    honour = ""
    if target_honour:
        try:
            honour = plan.honour(target_honour).name
        except KeyError:
            honour = target_honour
    return ExportNomination(
        id=nid,
        name=name,
        kind=str(kind),
        kind_label=plan.kind_label(kind).label_vi,
        field_code=field_code,
        field_title=field_title,
        field_other=field_other or "",
        registering_unit=f"{reg_name} ({labels.blocs[reg_code]})" if reg_code in labels.blocs else reg_name,
        registering_unit_code=reg_code,
        issuer_parent=paper.superior,
        issuer=paper.issuer,
        issuer_place=paper.place,
        addressee=paper.addressee,
        head_signature=paper.signer,
        head_seals=paper.seals,
        registered_on=received_on or _local_day(created_at),
        override_reason=override_reason or "",
        position=position or "",
        work_unit=work_unit or member_name or "",
        address=", ".join(p for p in (village, commune) if p),
        achievements=achievements,
        good_practice=good_practice,
        replication_plan=replication_plan,
        target_honour=honour,
        received_on=received_on,
        is_supplement=bool(is_supplement),
        note=note or "",
        gender=_GENDERS.get(gender or "", gender or ""),
        birth_year=birth_year,
        household_head=household_head or "",
        criteria=labels.lines(field_code, kind, ticks),
    )


# --------------------------------------------------------------------------------------------
# The document around the rows
# --------------------------------------------------------------------------------------------


def _list_title(ws: Workspace) -> str:
    info = ws.plan.info
    return (
        "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN "
        f"GIAI ĐOẠN {info.period_start} – {info.period_end}"
    )


def _local_day(at: datetime | None) -> date | None:
    """The calendar day in Vietnam of a stored time (stored naive in UTC by SQLite)."""
    if at is None:
        return None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(VN_TZ).date()


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


def _record(ws: Workspace, step: UpwardStep, out: Path, count: int) -> None:
    """Log the upward step once the file is in place (its own short transaction)."""
    with ws.session() as session:
        session.add(
            UpwardEvent(
                event_kind=str(step),
                at=datetime.now(UTC),
                detail=json.dumps({"file": Path(out).name}, ensure_ascii=False),
                nomination_count=count,
            )
        )
