"""Importing what units send: our templates, other lists, Word forms — preview first, then one write.

The flow (issue #10): :func:`read` a file → :func:`preview` it (column mapping, legacy encodings,
validation against the plan, matching against the database; nothing written) → the clerk looks →
:func:`apply` writes the accepted rows in ONE transaction, with a receipt for the unit.

Row statuses: ``new``; ``changed`` (a row imported before from the same unit and template row,
matched by ``source_key = "<unit code>:<row id>"``, whose content differs); ``unchanged``;
``duplicate`` (same folded name, field and year as another nomination, or as an earlier row of
the file); ``error`` (with the cell reference, e.g. ``Đăng ký!C7``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from hagiang_desktop.core.import_columns import (
    COLUMN_BY_KEY,
    TEMPLATE_FORMAT,
    TEMPLATE_VERSION,
    TEXT_KEYS,
    ValueProblem,
    parse_birth_year,
    parse_criteria,
    parse_date,
    parse_field_and_title,
    parse_honour,
)
from hagiang_desktop.core.kinds import Channel, NominationStatus, NomineeKind
from hagiang_desktop.core.legacy_encoding import Encoding, convert, encoding_from_font
from hagiang_desktop.core.nominee_inference import Inferred
from hagiang_desktop.core.plan import Deadline
from hagiang_desktop.core.vntext import clean_text, fold, today_vn
from hagiang_desktop.exports.sources import RawRow, RawTable, ReadOptions, SourceProblem, read_source
from hagiang_desktop.services import audit, units
from hagiang_desktop.services.import_inference import RowChoices, decide_kind_and_field
from hagiang_desktop.services.import_mapping import (
    MAPPING_SETTING,
    ColumnPlan,
    plan_columns,
    propose,
    propose_matches,
    remember_mapping,
    remembered_mapping,
)
from hagiang_desktop.services.nomination_columns import stored_columns
from hagiang_desktop.services.nominations import (
    NominationInput,
    NominationProblem,
    validate_input,
)
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.bulk import bulk_insert
from hagiang_desktop.storage.models import (
    DERIVED_COLUMNS,
    AuditEvent,
    CriterionCheck,
    Nomination,
    Receipt,
    StatusEvent,
    Unit,
    table_of,
)

__all__ = [
    "ApplyResult",
    "ColumnPlan",
    "ImportPreview",
    "ImportProblem",
    "PreviewRow",
    "MAPPING_SETTING",
    "RawTable",
    "ReadOptions",
    "RowChoices",
    "RowProblem",
    "RowStatus",
    "SourceProblem",
    "apply",
    "preview",
    "propose",
    "propose_matches",
    "read",
    "remember_mapping",
    "remembered_mapping",
]

_CHUNK = 500  # SQLite's default limit of bound parameters is 999 on old builds


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


def read(path: Path, options: ReadOptions | None = None) -> RawTable:
    """Read a file (xlsx, xls, csv or docx) without touching the database.

    Args:
        path: the file.
        options: the sheet and header row of a list, when the clerk names them.

    Raises:
        SourceProblem: the file is refused (message names the file, the sheet and the cell).
    """
    return read_source(path, options)


def preview(
    ws: Workspace,
    table: RawTable,
    *,
    unit_code: str | None = None,
    mapping: Sequence[str | None] | None = None,
    encodings: dict[int, Encoding] | None = None,
    received_on: date | None = None,
    progress: Progress | None = None,
    choices: RowChoices | None = None,
) -> ImportPreview:
    """Build the preview of an import; nothing is written.

    Args:
        ws: the workspace.
        table: the file read by :func:`read`.
        unit_code: the sender; a template names its own (this overrides nothing then).
        mapping: a key (or None) per column; proposed when None.
        encodings: per-column encodings chosen by the clerk (column index → encoding).
        received_on: the day of receipt (today in Vietnam by default).
        progress: ``(done, total) -> bool``, told of the rows read; False cancels.
        choices: the clerk's kind and field, for every row or per row (over what the row
            says and what is inferred from it).

    Returns:
        The preview.

    Raises:
        ImportProblem: the file as a whole is refused.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop.
    """
    if table.form == "template":
        if table.metadata.get("format") != TEMPLATE_FORMAT:
            raise ImportProblem("template_version", table.metadata.get("format", ""))
        if table.metadata.get("version") != str(TEMPLATE_VERSION):
            raise ImportProblem("template_version", table.metadata.get("version", ""))
        if table.metadata.get("plan_id") != ws.plan.id:
            raise ImportProblem("wrong_plan", table.metadata.get("plan_id", ""))
        named = table.metadata.get("unit_code")
        if named and unit_code and named != unit_code:
            # Which one is right the clerk must say: never record a receipt for the wrong unit.
            raise ImportProblem("unit_mismatch", f"{named} ≠ {unit_code}")
        unit_code = named or unit_code
    if table.form == "docx" and not unit_code:
        unit_code = _docx_sender(ws, table)
    if not unit_code:
        raise ImportProblem("no_unit")
    matches = propose_matches(ws, table, unit_code)
    keys = list(mapping) if mapping is not None else [m.key for m in matches]
    if "name" not in keys:
        raise ImportProblem("no_name_column")
    with ws.reading() as session:
        unit = session.scalars(select(Unit).where(col(Unit.code) == unit_code)).first()
        if unit is None:
            raise ImportProblem("unknown_unit", unit_code)
        unit_name, unit_id = unit.name, unit.id
    scope = office_scope(ws)
    if scope.root is not None and scope.unit_ids is not None and unit_id not in scope.unit_ids:
        raise ImportProblem("outside_scope", unit_code)  # another district's unit: not ours to record
    channel = Channel.EXCEL_TEMPLATE if table.form == "template" else Channel.EMAIL
    result = ImportPreview(
        path=table.path,
        sheet=table.sheet,
        form=table.form,
        unit_code=unit_code,
        unit_name=unit_name,
        channel=channel,
        received_on=received_on or today_vn(),
        columns=plan_columns(table, keys, encodings, matches if table.form != "docx" else None),
    )
    rows = []
    for done, row in enumerate(table.rows):
        report(progress, done, len(table.rows))
        rows.append(_read_row(ws, result, table, row, choices or RowChoices()))
    result.rows = _match(ws, rows)
    return result


def _docx_sender(ws: Workspace, table: RawTable) -> str | None:
    if "sender" not in table.headers:
        return None
    text = clean_text(table.rows[0].cells[table.headers.index("sender")].text)
    with ws.reading() as session:
        unit = session.scalars(
            select(Unit).where((col(Unit.code) == text) | (col(Unit.name_fold) == fold(text)))
        ).first()
        return unit.code if unit else None


_PROBLEM_KEYS = {
    "name_required": "name",
    "unknown_field": "field_code",
    "field_title_required": "field_code",
    "kind_not_allowed": "kind",
    "unknown_criterion": "criteria",
}


def _read_row(
    ws: Workspace, pv: ImportPreview, table: RawTable, row: RawRow, choices: RowChoices
) -> PreviewRow:
    plan = ws.plan
    texts: dict[str, str] = {}
    refs: dict[str, str] = {}
    raw: dict[str, Any] = {}
    converted: list[ConvertedText] = []
    for column in pv.columns:
        if column.key is None:
            continue
        cell = row.cells[column.index]
        ref = f"{table.sheet}!{cell.ref}" if table.form != "docx" else f"{table.sheet}, {cell.ref}"
        refs[column.key] = ref
        raw[column.key] = cell.value
        text = cell.text
        if isinstance(cell.value, str) and column.key in TEXT_KEYS:
            encoding = column.encoding
            if column.detected_by == "font":
                encoding = encoding_from_font(cell.font) or Encoding.UNICODE
            unicode_text = convert(text, encoding)
            if encoding != Encoding.UNICODE and unicode_text != text:
                converted.append(ConvertedText(ref, column.key, text, unicode_text, encoding))
            text = unicode_text
        texts[column.key] = clean_text(
            text, multiline=column.key in ("achievements", "good_practice", "replication_plan", "note")
        )
    problems: list[RowProblem] = []
    first_ref = f"{table.sheet}!{row.cells[0].ref}" if row.cells and table.form != "docx" else table.sheet

    def problem(key: str, code: str, detail: str = "") -> None:
        problems.append(RowProblem(refs.get(key, first_ref), code, detail))

    values: dict[str, Any] = {}
    if texts.get("target_honour"):
        try:
            values["target_honour"] = parse_honour(plan, texts["target_honour"])
        except ValueProblem as error:
            problem("target_honour", error.code, error.value)
    if not texts.get("name"):
        problem("name", "required", COLUMN_BY_KEY["name"].header)
    decided = decide_kind_and_field(ws, texts, choices.for_row(row.number))
    for key, code, detail in decided.problems:
        problem(key, code, detail)
    field_code = decided.values.get("field_code", "")
    kind = NomineeKind(decided.values["kind"]) if "kind" in decided.values else None
    # The open field ("Lĩnh vực khác: Tư pháp", III.2 "một số lĩnh vực") carries its own title.
    field_title = None
    if field_code and texts.get("field_code"):
        try:
            named, field_title = parse_field_and_title(plan, texts["field_code"])
        except ValueProblem:
            named = None
        if named != field_code:
            field_title = None
    field_title = field_title or decided.values.get("field_title")
    for key, parse in (("birth_year", parse_birth_year), ("date", parse_date)):
        if raw.get(key) not in (None, ""):
            try:
                values[key] = parse(raw[key] if not isinstance(raw[key], str) else texts[key])
            except ValueProblem as error:
                problem(key, error.code, error.value)
    if "date" in values and not _in_plan_years(ws, values["date"]):
        # 9999-12-31, 0001-01-01, 1900 or a serial of −5 is a typing slip, not a receipt (#20)
        info = ws.plan.info
        problem("date", "bad_date", f"{values.pop('date')} ∉ {info.period_start}–{info.period_end}")
    row_id = texts.get("row_id", "")
    source_key = f"{pv.unit_code}:{row_id}" if pv.form == "template" and row_id else None
    data: NominationInput | None = None
    if kind is not None and field_code and not problems:
        checks = {}
        if texts.get("criteria"):
            try:
                checks = dict.fromkeys(parse_criteria(plan, field_code, kind, texts["criteria"]), "")
            except ValueError as error:
                problem("kind", "kind_not_allowed", str(error))
        data = NominationInput(
            kind=kind,
            field_code=field_code,
            name=texts.get("name", ""),
            registering_unit_code=pv.unit_code,
            checks=checks,
            position=texts.get("position") or None,
            work_unit=texts.get("work_unit") or None,
            gender=texts.get("gender") or None,
            birth_year=values.get("birth_year"),
            household_head=texts.get("household_head") or None,
            village=texts.get("village") or None,
            commune=texts.get("commune") or None,
            achievements=texts.get("achievements", ""),
            good_practice=texts.get("good_practice", ""),
            replication_plan=texts.get("replication_plan", ""),
            target_honour=values.get("target_honour"),
            field_title=field_title,
            received_on=values.get("date") or pv.received_on,
            channel=pv.channel,
            note=texts.get("note") or None,
            year=_plan_year(ws, values.get("date") or pv.received_on),
            source_key=source_key,
        )
        if not problems:
            try:
                validate_input(ws, data)
            except NominationProblem as error:
                problem(_PROBLEM_KEYS.get(error.code, "name"), error.code, error.detail)
    status = RowStatus.ERROR if problems else RowStatus.NEW
    return PreviewRow(
        number=row.number,
        ref=first_ref,
        status=status,
        data=data if not problems else None,
        problems=tuple(problems),
        converted=tuple(converted),
        texts=texts if problems else {},
        inferred=tuple(decided.inferred),
    )


def _in_plan_years(ws: Workspace, day: object) -> bool:
    """Tell whether a receipt day falls within the plan's years."""
    info = ws.plan.info
    return isinstance(day, date) and info.period_start <= day.year <= info.period_end


def _plan_year(ws: Workspace, day: date) -> int:
    """Return the registration year: the day's year, kept inside the plan's period."""
    info = ws.plan.info
    return min(max(day.year, info.period_start), info.period_end)


def _content(data: NominationInput) -> dict[str, Any]:
    """Return what a row says about a nomination (compared on re-import).

    The texts were cleaned (NFC, spaces) when the row was read; cleaning 100,000 rows again
    would double the cost of applying (#11).
    """
    return {
        "name": data.name,
        "kind": str(data.kind),
        "field_code": data.field_code,
        "position": data.position,
        "work_unit": data.work_unit,
        "gender": data.gender,
        "birth_year": data.birth_year,
        "household_head": data.household_head,
        "village": data.village,
        "commune": data.commune,
        "achievements": data.achievements,
        "good_practice": data.good_practice,
        "replication_plan": data.replication_plan,
        "target_honour": data.target_honour,
        "field_title": data.field_title,
        "note": data.note,
    }


def _comparable(data: NominationInput) -> dict[str, Any]:
    return {**_content(data), "checks": sorted(data.checks)}


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _match(ws: Workspace, rows: list[PreviewRow]) -> list[PreviewRow]:
    """Mark rows as changed/unchanged (same source key) or duplicate (same folded name)."""
    keys = [r.data.source_key for r in rows if r.data and r.data.source_key]
    years = {r.data.year for r in rows if r.data}
    triples = [(fold(r.data.name), r.data.field_code, r.data.year) if r.data else None for r in rows]
    wanted = set(triples)
    with ws.reading() as session:
        existing: dict[str, Nomination] = {}
        for chunk in _chunks(keys):
            for n in session.scalars(select(Nomination).where(col(Nomination.source_key).in_(chunk))):
                existing[n.source_key or ""] = n
        checks: dict[int, list[str]] = {}
        ids = [n.id for n in existing.values()]
        for chunk in _chunks(ids):
            for nid, code in session.execute(
                select(col(CriterionCheck.nomination_id), col(CriterionCheck.criterion_code)).where(
                    col(CriterionCheck.nomination_id).in_(chunk)
                )
            ):
                checks.setdefault(nid, []).append(code)
        names: dict[tuple[str, str, int], list[str]] = {}
        if years:
            query = (
                select(
                    col(Nomination.name_fold),
                    col(Nomination.field_code),
                    col(Nomination.year),
                    col(Nomination.name),
                    col(Unit.name),
                    col(Nomination.id),
                )
                .join(Unit, col(Unit.id) == col(Nomination.registering_unit_id))
                .where(col(Nomination.year).in_(years))
            )
            matched_ids = set(ids)
            for name_fold, field_code, year, name, unit_name, nid in session.execute(query):
                # Only the names the file repeats are kept, not every nomination of the years.
                if nid not in matched_ids and (name_fold, field_code, year) in wanted:
                    names.setdefault((name_fold, field_code, year), []).append(f"{name} ({unit_name})")
        current = {
            n.source_key: {
                **{k: getattr(n, k) for k in _comparable_keys()},
                "checks": sorted(checks.get(n.id or 0, [])),
            }
            for n in existing.values()
        }
        id_by_key = {n.source_key: n.id for n in existing.values()}
    seen: dict[tuple[str, str, int], str] = {}
    out: list[PreviewRow] = []
    for row, triple in zip(rows, triples, strict=True):
        data = row.data
        if data is None or triple is None:
            out.append(row)
            continue
        if data.source_key and data.source_key in current:
            theirs = current[data.source_key]
            mine = _comparable(data)
            changes = tuple(k for k in mine if mine[k] != theirs[k])
            status = RowStatus.CHANGED if changes else RowStatus.UNCHANGED
            out.append(_replace(row, status=status, match_id=id_by_key[data.source_key], changes=changes))
        elif triple in names or triple in seen:
            others = tuple(names.get(triple, [])) + ((seen[triple],) if triple in seen else ())
            out.append(_replace(row, status=RowStatus.DUPLICATE, duplicate_of=others))
        else:
            out.append(row)
        seen.setdefault(triple, f"{data.name} ({row.ref})")
    return out


def _comparable_keys() -> list[str]:
    return list(_content(NominationInput(NomineeKind.COLLECTIVE, "2.1", "x", "x")))


def _replace(row: PreviewRow, **changes: Any) -> PreviewRow:
    return replace(row, **changes)


def _values(
    ws: Workspace,
    data: NominationInput,
    unit: Unit,
    deadline: Deadline | None,
    now: datetime,
) -> dict[str, Any]:
    """Return the stored columns of an imported row (its texts were cleaned when it was read)."""
    values = stored_columns(ws.plan, data, unit=unit, deadline=deadline, member=None, now=now)
    # A file names no member unit: one the clerk set on the form stays.
    del values["member_unit_id"]
    return values


def apply(
    ws: Workspace,
    pv: ImportPreview,
    *,
    skip_invalid: bool = False,
    include_duplicates: bool = False,
    progress: Progress | None = None,
) -> ApplyResult:
    """Write a previewed import in ONE transaction, with a receipt for the sending unit.

    New rows are bulk-inserted through SQLAlchemy Core; changed rows are updated with an audit
    entry holding the state before and after; unchanged rows are left alone.

    Args:
        ws: the workspace.
        pv: the preview, as the clerk saw it.
        skip_invalid: import the valid rows even when others have errors.
        include_duplicates: also import rows that duplicate existing nominations.
        progress: ``(done, total) -> bool``, told of the rows written; False cancels.

    Returns:
        How many rows were created, updated and skipped, and the receipt's id.

    Raises:
        ImportProblem: ``has_errors`` — some rows have errors and ``skip_invalid`` is False;
            nothing is written.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop before the commit;
            the transaction is rolled back and nothing is written.
    """
    if pv.errors and not skip_invalid:
        raise ImportProblem("has_errors", str(len(pv.errors)))
    accepted = {RowStatus.NEW, RowStatus.CHANGED} | ({RowStatus.DUPLICATE} if include_duplicates else set())
    todo = [r for r in pv.rows if r.status in accepted and r.data is not None]
    now = datetime.now(UTC)
    with ws.session() as session:
        unit = session.scalars(select(Unit).where(col(Unit.code) == pv.unit_code)).one()
        new_rows = [r for r in todo if r.match_id is None]
        report(progress, 0, len(todo))
        created = _insert_new(ws, session, unit, new_rows, now)
        changed = [r for r in todo if r.match_id is not None]
        for done, row in enumerate(changed, created):
            report(progress, done, len(todo))
            _update_one(ws, session, unit, row, now)
        receipt_id = None
        if todo:
            receipt = Receipt(
                unit_id=unit.id or 0,
                received_on=pv.received_on,
                channel=str(pv.channel),
                note=f"{pv.path.name}: {created} mới, {len(todo) - created} cập nhật",
                created_at=now,
            )
            session.add(receipt)
            session.flush()
            receipt_id = receipt.id
            audit.record(
                session,
                action="import",
                entity="receipt",
                entity_id=receipt_id,
                after={
                    "file": pv.path.name,
                    "unit": pv.unit_code,
                    "created": created,
                    "updated": len(todo) - created,
                },
            )
        report(progress, len(todo), len(todo))  # the last moment Cancel can still roll it all back
    return ApplyResult(
        created=created, updated=len(todo) - created, skipped=len(pv.rows) - len(todo), receipt_id=receipt_id
    )


def _insert_new(ws: Workspace, session: Session, unit: Unit, rows: list[PreviewRow], now: datetime) -> int:
    if not rows:
        return 0
    table = table_of(Nomination)
    values = []
    actor = audit.current_actor()  # asks the OS for the user name: once, not once per row
    deadline = _deadline(ws, session, unit)  # one unit per import
    for row in rows:
        assert row.data is not None
        values.append(
            {
                **_values(ws, row.data, unit, deadline, now),
                "uid": str(uuid.uuid4()),
                "status": str(NominationStatus.REGISTERED),
                "created_at": now,
            }
        )
    # One executemany, then the new ids by uid: RETURNING with ordered ids makes SQLAlchemy run one
    # statement per row on SQLite (100,000 round trips, #11). Only this transaction's rows carry
    # ``now`` as their creation time.
    bulk_insert(session, table, values)
    by_uid = dict(
        session.execute(
            select(col(Nomination.uid), col(Nomination.id)).where(col(Nomination.created_at) == now)
        ).all()
    )
    ids = [by_uid[value["uid"]] for value in values]
    bulk_insert(
        session,
        table_of(CriterionCheck),
        (
            {"nomination_id": nid, "criterion_code": code, "met": True, "evidence": None}
            for nid, row in zip(ids, rows, strict=True)
            for code in (row.data.checks if row.data else {})
        ),
    )
    bulk_insert(
        session,
        table_of(StatusEvent),
        (
            {
                "nomination_id": nid,
                "from_status": None,
                "to_status": "registered",
                "at": now,
                "actor": actor,
            }
            for nid in ids
        ),
    )
    # The creation time is every row's: written as text once, the JSON encoder calls no date
    # hook per row (a third of the audit's cost for 100,000 rows, #11). Same JSON as to_json's.
    stamp = {"created_at": now.isoformat(), "updated_at": now.isoformat()}
    bulk_insert(
        session,
        table_of(AuditEvent),
        (
            {
                "at": now,
                "actor": actor,
                "action": "create",
                "entity": "nomination",
                "entity_id": str(nid),
                "before_json": None,
                "after_json": audit.to_json(
                    {**_audited(value, row.data.checks if row.data else {}), **stamp}
                ),
            }
            for nid, value, row in zip(ids, values, rows, strict=True)
        ),
    )
    return len(ids)


def _deadline(ws: Workspace, session: Session, unit: Unit) -> Deadline | None:
    """Return the deadline that binds the registering unit (its supplement mark depends on it)."""
    return ws.plan.deadline_for_path(units.session_kind_path(session, unit))


def _audited(values: dict[str, Any], checks: Mapping[str, str]) -> dict[str, Any]:
    """Return a row's audit copy: its own columns (not the search and sort twins) and its ticks."""
    kept = {column: value for column, value in values.items() if column not in DERIVED_COLUMNS}
    return {**kept, "checks": sorted(checks)}


def _update_one(ws: Workspace, session: Session, unit: Unit, row: PreviewRow, now: datetime) -> None:
    data = row.data
    assert data is not None
    assert row.match_id is not None
    found = session.get(Nomination, row.match_id)
    assert found is not None
    before = found.model_dump(exclude=set(DERIVED_COLUMNS))
    values = _values(ws, data, unit, _deadline(ws, session, unit), now)
    session.execute(update(Nomination).where(col(Nomination.id) == row.match_id).values(**values))
    session.execute(delete(CriterionCheck).where(col(CriterionCheck.nomination_id) == row.match_id))
    bulk_insert(
        session,
        table_of(CriterionCheck),
        (
            {"nomination_id": row.match_id, "criterion_code": code, "met": True, "evidence": None}
            for code in data.checks
        ),
    )
    session.expire(found)
    audit.record(
        session,
        action="update",
        entity="nomination",
        entity_id=row.match_id,
        before=before,
        after=_audited(values, data.checks),
    )
