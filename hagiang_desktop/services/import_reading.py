"""Reading a list for import and previewing it: nothing is written here.

:func:`read` a file (our template, another list, a Word form), then :func:`preview` it: the
columns mapped (:mod:`~hagiang_desktop.services.import_mapping`), each row's kind and field
decided (:mod:`~hagiang_desktop.services.import_inference`), legacy encodings converted, every row
validated against the plan and matched against the database (new, changed, unchanged,
duplicate, error).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

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
from hagiang_desktop.core.kinds import Channel, NomineeKind
from hagiang_desktop.core.legacy_encoding import Encoding, convert, encoding_from_font
from hagiang_desktop.core.vntext import clean_text, fold, today_vn
from hagiang_desktop.exports.sources import RawRow, RawTable, ReadOptions, read_source
from hagiang_desktop.services.import_inference import RowChoices, decide_kind_and_field
from hagiang_desktop.services.import_mapping import plan_columns, propose_matches
from hagiang_desktop.services.import_rows import (
    ConvertedText,
    ImportPreview,
    ImportProblem,
    PreviewRow,
    RowProblem,
    RowStatus,
)
from hagiang_desktop.services.nominations import NominationInput, NominationProblem, validate_input
from hagiang_desktop.services.progress import Progress, report
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import CriterionCheck, Nomination, Unit

_CHUNK = 500  # SQLite's default limit of bound parameters is 999 on old builds


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
