"""Reading the nominations as export rows: in chunks, in one read transaction, labels cached."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlmodel import Session, col

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.records import build_frozen
from hagiang_desktop.core.vntext import VN_TZ
from hagiang_desktop.exports.model import CriterionLine, ExportNomination
from hagiang_desktop.services import letterhead, units
from hagiang_desktop.services.exporting.unit_paper import UnitPaper, unit_paper
from hagiang_desktop.services.units.rows import UnitRow, select_rows, to_rows
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.id_lists import literal_ids
from hagiang_desktop.storage.models import CriterionCheck, Nomination, Unit, UnitGroup, UnitGroupMember

_CHUNK = 500
# Separators of the packed ticks (control characters: clean_text keeps them out of any text).
_UNIT_SEP = "\x1f"
_RECORD_SEP = "\x1e"
_GENDERS = {"male": "Nam", "female": "Nữ"}
#: A row's paper when the document prints none (a list): what ExportNomination holds by default.
_NO_PAPER = UnitPaper(superior="", issuer="", place="", addressee="", signer=(), seals=True)


def read_rows(
    ws: Workspace,
    session: Session,
    ids: Sequence[int],
    *,
    evidence: bool,
    day: date | None = None,
    blocs: bool = False,
    letterheads: bool = True,
) -> Iterator[ExportNomination]:
    """Yield the nominations in ``ids`` order, read in chunks so memory stays flat.

    ``session`` is the export's read transaction (:meth:`Workspace.reading`): it takes no lock,
    so the window keeps reading and writing while the file is written. Without ``evidence`` the
    criteria lines carry none, and rows ticking the same criteria share one tuple of lines
    (10,000 rows tick some 900 different sets: the read took as long as writing the workbook, #11).

    Args:
        ws: the workspace.
        session: the export's read transaction.
        ids: the nominations, in the order to write them.
        evidence: read each ticked criterion's evidence (the forms print it; the list does not).
        day: name the units as they were named that day (None: their names today).
        blocs: name each unit's emulation bloc or cluster beside it (the province's list).
        letterheads: work out each registering unit's own paper (letterhead, place, addressee,
            signature) for its form; a list prints none of it, and 6,000 units of a province's
            list cost a fifth of its time (#22).

    Yields:
        One row per nomination that still exists, in ``ids`` order.
    """
    labels = _Labels(ws, day, letterheads=letterheads)
    if not ids:
        return
    labels.read_directory(session)
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
    _N.override_reason, _N.created_at, _N.registering_unit_id, _N.member_unit_id,
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

    def __init__(self, ws: Workspace, day: date | None = None, *, letterheads: bool = True) -> None:
        self.plan = ws.plan
        self._letterheads = letterheads
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
        self._units: dict[str, UnitPaper] = {}
        #: Unit code → the unit, for letterheads (:meth:`read_directory`).
        self._directory: dict[str, UnitRow] = {}
        #: Unit id → its code and name (:meth:`read_directory`).
        self.unit_by_id: dict[int, tuple[str, str]] = {}
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

    def read_directory(self, session: Session) -> None:
        """Read the unit directory once, in the export's read transaction.

        The rows' registering and member units are named from it rather than joined in every
        chunk: a server planned each chunk's joins as hashes of the whole unit table (20,000
        units), 25 ms a chunk, a fifth of a 10,000-row list (#22). Forms also need each unit's
        path for its letterhead (the whole :class:`UnitRow`); a list, only codes and names.
        """
        if self._letterheads:
            directory = to_rows(session.execute(select_rows()))
            self._directory = {u.code: u for u in directory}
            self.unit_by_id = {u.id: (u.code, u.name) for u in directory}
            return
        rows: Iterable[tuple[int, str, str]] = session.connection().execute(
            select(col(Unit.id), col(Unit.code), col(Unit.name))
        )
        self.unit_by_id = {uid: (code, name) for uid, code, name in rows}

    def unit(self, code: str) -> UnitPaper:
        """Return how a registering unit heads, dates, addresses and signs its forms (cached)."""
        if not self._letterheads:
            return _NO_PAPER
        if code not in self._units:
            self._units[code] = unit_paper(self._ws, code, self._forms_addressee, self._directory.get)
        return self._units[code]


def _read_chunk(
    labels: _Labels, session: Session, chunk: Sequence[int], evidence: bool
) -> list[ExportNomination]:
    query = select(*_COLUMNS).where(col(Nomination.id).in_(literal_ids(chunk)))
    # Core rows on the session's connection: the ORM's row processing costs a fifth of the read.
    conn = session.connection()
    found = {row[0]: row for row in conn.execute(query)}
    # One row per nomination with its ticks joined (code US evidence, RS between): ten times
    # fewer rows to fetch than one per tick; aggregate_strings is group_concat / string_agg.
    tick: SQLCoreOperations[str] = col(CriterionCheck.criterion_code)
    if evidence:
        tick = tick + _UNIT_SEP + func.coalesce(col(CriterionCheck.evidence), "")
    packed = func.aggregate_strings(tick, _RECORD_SEP)
    ticks_query = (
        select(col(CriterionCheck.nomination_id), packed)
        .where(
            col(CriterionCheck.nomination_id).in_(literal_ids(chunk)),
            col(CriterionCheck.met).is_(True),
        )
        .group_by(col(CriterionCheck.nomination_id))
    )
    checks: dict[int, str] = {nid: joined or "" for nid, joined in conn.execute(ticks_query)}
    return [_export_row(labels, found[nid], checks.get(nid, "")) for nid in chunk if nid in found]


def _export_row(labels: _Labels, row: Any, ticks: str) -> ExportNomination:
    (nid, name, kind_code, field_code, position, work_unit, village, commune, achievements,
     good_practice, replication_plan, target_honour, received_on, is_supplement, note, gender,
     birth_year, household_head, field_other, override_reason, created_at, unit_id,
     member_id) = row  # fmt: skip
    plan = labels.plan
    reg_code, reg_name = labels.unit_by_id[unit_id]
    reg_name = labels.names_then.get(reg_code, reg_name)
    member_name = labels.unit_by_id[member_id][1] if member_id in labels.unit_by_id else None
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
    return build_frozen(
        ExportNomination,
        {
            "id": nid,
            "name": name,
            "kind": str(kind),
            "kind_label": plan.kind_label(kind).label_vi,
            "field_code": field_code,
            "field_title": field_title,
            "field_other": field_other or "",
            "registering_unit": f"{reg_name} ({labels.blocs[reg_code]})"
            if reg_code in labels.blocs
            else reg_name,
            "registering_unit_code": reg_code,
            "issuer_parent": paper.superior,
            "issuer": paper.issuer,
            "issuer_place": paper.place,
            "addressee": paper.addressee,
            "head_signature": paper.signer,
            "head_seals": paper.seals,
            "registered_on": received_on or _local_day(created_at),
            "override_reason": override_reason or "",
            "position": position or "",
            "work_unit": work_unit or member_name or "",
            "address": ", ".join(p for p in (village, commune) if p),
            "achievements": achievements,
            "good_practice": good_practice,
            "replication_plan": replication_plan,
            "target_honour": honour,
            "received_on": received_on,
            "is_supplement": bool(is_supplement),
            "note": note or "",
            "gender": _GENDERS.get(gender or "", gender or ""),
            "birth_year": birth_year,
            "household_head": household_head or "",
            "criteria": labels.lines(field_code, kind, ticks),
        },
    )


def _local_day(at: datetime | None) -> date | None:
    """The calendar day in Vietnam of a stored time (stored naive in UTC by SQLite)."""
    if at is None:
        return None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(VN_TZ).date()
