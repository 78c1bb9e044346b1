"""Moving an office's SQLite database into the shared server (``server import-file``, issue #22).

When a district's PC dies, or an office joins the board's server, its whole file moves in one
step and one transaction: nothing of it is on the server unless all of it is.

* units are matched by their code (the directory's code is the same everywhere); a unit the
  server does not know yet (a village, a school the office added) is added, with its parent;
  a matched unit the server has no contact for takes the office's (its "who to call");
* nominations with their criteria, status history, assessments, replication activities,
  commendations and moves, the receipts, the units' dated versions, links and plans, the inbox
  and upward history and the audit trail are copied under new row numbers, every reference
  renumbered; audit entries that name a record by its number are renumbered too;
* the office's own settings, signing keys and trusted certificates stay with the office (the
  server has its own) and are counted as "not moved";
* a file whose nominations are already on the server (same ``uid``: imported before) is refused
  whole, so running the command twice never doubles anything.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlmodel import Session

from hagiang_desktop.services.workspace import Workspace, open_workspace, refuse_if_not_ours
from hagiang_desktop.storage.backup import integrity_problems
from hagiang_desktop.storage.db import classify_error, durable_commit, probe_file, refresh_statistics
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.models import (
    SERVER_SEARCH_TABLE,
    Assessment,
    AuditEvent,
    Commendation,
    CriterionCheck,
    InboxBundle,
    Nomination,
    NominationMove,
    Receipt,
    ReplicationActivity,
    Setting,
    SigningIdentity,
    StatusEvent,
    TrustedCertificate,
    Unit,
    UnitGroup,
    UnitGroupMember,
    UnitLink,
    UnitPlan,
    UnitVersion,
    UpwardEvent,
    table_of,
)


class ServerImportRefused(Exception):
    """The file was not moved; nothing on the server changed.

    Attributes:
        code: ``already_imported`` (its nominations are on the server already).
        detail: what was found (for the message).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class ServerImportReport:
    """What moved from the file to the server.

    Attributes:
        moved: rows copied, by table.
        units_matched: the file's units found on the server by code.
        units_added: units the server did not have (added with the file's name and parent).
        skipped: rows already on the server, by table (a group membership, a unit version…).
        not_moved: rows that stay with the office, by table (settings, keys, certificates).
    """

    moved: dict[str, int] = field(default_factory=dict)
    units_matched: int = 0
    units_added: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    not_moved: dict[str, int] = field(default_factory=dict)


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


#: Tables that hang off a nomination only (column ``nomination_id``).
_NOMINATION_CHILDREN = (CriterionCheck, StatusEvent, Assessment, ReplicationActivity, Commendation)
#: Audit entries whose ``entity_id`` is a row number of the table named by this id map.
_AUDIT_BY_NUMBER = {
    "nomination": "nomination",
    "followup": "nomination",
    "receipt": "receipt",
    "unit_link": "unit_link",
}


def check_source(source: Path) -> None:
    """Refuse an office file that cannot be read as a database, before the server is touched.

    Raises:
        DatabaseOpenError: the file is missing, not a database, damaged or unreadable.
    """
    probe_file(source, read_only=True)


def import_file(ws: Workspace, source: Path) -> ServerImportReport:
    """Move the office database ``source`` into the server workspace ``ws``, in one transaction.

    The file is read from a copy (brought to the newest schema there); the original is never
    written.

    Args:
        ws: the open server workspace.
        source: the office's SQLite file.

    Returns:
        What moved.

    Raises:
        hagiang_desktop.storage.errors.DatabaseOpenError: the file is not a sound database of
            this program.
        ServerImportRefused: its nominations are already on the server.
    """
    probe_file(source, read_only=True)
    try:
        problems = integrity_problems(source, quick=True)
        if problems:
            raise DatabaseOpenError("damaged", source, "; ".join(problems[:3]))
        refuse_if_not_ours(source, source)
    except sqlite3.Error as error:
        raise classify_error(error, source) from error
    folder = Path(tempfile.mkdtemp(prefix="hagiang-move-"))
    try:
        copy = folder / "office.sqlite3"
        _copy_file(source, copy)
        office = open_workspace(copy, seed_directory=False)
        try:
            with office.reading() as reading:
                rows = {model: _rows(reading, model) for model in _MOVED}
                office_only = {name: len(_rows(reading, model)) for name, model in _OFFICE_MODELS.items()}
        finally:
            office.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    with ws.session() as session:
        durable_commit(session)
        report = _move(session, rows)
    refresh_statistics(ws.db.engine, [*(table_of(model).name for model in _MOVED), SERVER_SEARCH_TABLE])
    report.not_moved = {name: count for name, count in office_only.items() if count}
    return report


#: The office's own things: they stay with the office (the server has its own).
_OFFICE_MODELS = {
    "setting": Setting,
    "signing_identity": SigningIdentity,
    "trusted_certificate": TrustedCertificate,
}
_MOVED = (
    Unit,
    UnitGroup,
    UnitGroupMember,
    UnitLink,
    UnitVersion,
    UnitPlan,
    Nomination,
    *_NOMINATION_CHILDREN,
    NominationMove,
    Receipt,
    InboxBundle,
    UpwardEvent,
    AuditEvent,
)


def _copy_file(source: Path, target: Path) -> None:
    """Copy a (possibly WAL) database through SQLite's backup API, reading the source only."""
    src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _rows(session: Session, model: Any) -> list[dict[str, Any]]:
    table = _table(model)
    return [dict(row) for row in session.execute(select(table)).mappings()]


def _move(session: Session, rows: Mapping[Any, list[dict[str, Any]]]) -> ServerImportReport:
    report = ServerImportReport()
    uids = [row["uid"] for row in rows[Nomination]]
    already = _existing(session, _table(Nomination).c.uid, uids)
    if already:
        raise ServerImportRefused("already_imported", f"{len(already)}/{len(uids)}")
    ids: dict[str, dict[int, int]] = {}
    ids["unit"] = _units(session, rows[Unit], report)
    ids["unit_group"] = _by_code(session, UnitGroup, rows[UnitGroup], report)
    members = {(m["unit_id"], m["group_id"]) for m in _rows(session, UnitGroupMember)}
    new_members = [
        {"unit_id": ids["unit"][m["unit_id"]], "group_id": ids["unit_group"][m["group_id"]]}
        for m in rows[UnitGroupMember]
    ]
    fresh = [m for m in new_members if (m["unit_id"], m["group_id"]) not in members]
    _insert_plain(session, UnitGroupMember, fresh, report)
    report.skipped["unit_group_member"] = sum((m["unit_id"], m["group_id"]) in members for m in new_members)
    ids["unit_link"] = _insert(
        session, UnitLink, rows[UnitLink], {"predecessor_id": "unit", "successor_id": "unit"}, ids, report
    )
    versions = {(v["unit_id"], v["until"]) for v in _rows(session, UnitVersion)}
    _insert(
        session,
        UnitVersion,
        [v for v in rows[UnitVersion] if (ids["unit"][v["unit_id"]], v["until"]) not in versions],
        {"unit_id": "unit", "parent_id": "unit"},
        ids,
        report,
    )
    planned = {p["unit_id"] for p in _rows(session, UnitPlan)}
    own_plans = [p for p in rows[UnitPlan] if ids["unit"][p["unit_id"]] not in planned]
    report.skipped["unit_plan"] = len(rows[UnitPlan]) - len(own_plans)
    _insert(session, UnitPlan, own_plans, {"unit_id": "unit"}, ids, report)
    ids["nomination"] = _insert(
        session,
        Nomination,
        rows[Nomination],
        {"registering_unit_id": "unit", "member_unit_id": "unit"},
        ids,
        report,
    )
    for model in _NOMINATION_CHILDREN:
        _insert(session, model, rows[model], {"nomination_id": "nomination"}, ids, report, numbered=False)
    _insert(
        session,
        NominationMove,
        rows[NominationMove],
        {"nomination_id": "nomination", "from_unit_id": "unit", "to_unit_id": "unit", "link_id": "unit_link"},
        ids,
        report,
    )
    ids["receipt"] = _insert(session, Receipt, rows[Receipt], {"unit_id": "unit"}, ids, report)
    _insert(session, InboxBundle, rows[InboxBundle], {}, ids, report, numbered=False)
    _insert(session, UpwardEvent, rows[UpwardEvent], {}, ids, report, numbered=False)
    audit_rows = [_renumbered(a, ids) for a in rows[AuditEvent]]
    _insert(session, AuditEvent, audit_rows, {}, ids, report, numbered=False)
    report.skipped = {name: count for name, count in report.skipped.items() if count}
    return report


def _existing(session: Session, column: Any, values: list[Any]) -> set[Any]:
    found: set[Any] = set()
    for start in range(0, len(values), 1000):
        found.update(session.scalars(select(column).where(column.in_(values[start : start + 1000]))))
    return found


def _units(session: Session, units: list[dict[str, Any]], report: ServerImportReport) -> dict[int, int]:
    """Match the file's units to the server's by code; add the ones it lacks, then their parents."""
    table = _table(Unit)
    on_server = dict(session.execute(select(table.c.code, table.c.id)).all())
    ids = {u["id"]: on_server[u["code"]] for u in units if u["code"] in on_server}
    report.units_matched = len(ids)
    new = [u for u in units if u["code"] not in on_server]
    added = _returning_ids(session, table, [{**_without_id(u), "parent_id": None} for u in new])
    ids.update({u["id"]: new_id for u, new_id in zip(new, added, strict=True)})
    parents = [
        {"id": ids[u["id"]], "parent_id": ids[u["parent_id"]]} for u in new if u["parent_id"] is not None
    ]
    if parents:
        session.execute(update(Unit), parents)  # ORM bulk UPDATE by primary key
    report.units_added = len(new)
    _bring_contacts(session, units, ids, report)
    return ids


_CONTACT = ("contact_person", "contact_phone", "contact_email")


def _bring_contacts(
    session: Session, units: list[dict[str, Any]], ids: Mapping[int, int], report: ServerImportReport
) -> None:
    """Give a matched unit the office's contact (its "who to call") when the server has none.

    A contact the server holds (another office's, the board's) is kept whole: the person, the
    phone and the e-mail belong together, so they are never mixed from two sources.
    """
    table = _table(Unit)
    bare = {
        row.id
        for row in session.execute(select(table.c.id, *(table.c[name] for name in _CONTACT)))
        if not any(getattr(row, name) for name in _CONTACT)
    }
    filled = [
        {"id": ids[u["id"]], **{name: u[name] for name in _CONTACT}}
        for u in units
        if ids[u["id"]] in bare and any(u[name] for name in _CONTACT)
    ]
    if filled:
        session.execute(update(Unit), filled)  # ORM bulk UPDATE by primary key
    report.moved["unit_contact"] = len(filled)


def _by_code(
    session: Session, model: Any, rows: list[dict[str, Any]], report: ServerImportReport
) -> dict[int, int]:
    table = _table(model)
    on_server = dict(session.execute(select(table.c.code, table.c.id)).all())
    ids = {r["id"]: on_server[r["code"]] for r in rows if r["code"] in on_server}
    new = [r for r in rows if r["code"] not in on_server]
    ids.update(
        zip(
            (r["id"] for r in new), _returning_ids(session, table, [_without_id(r) for r in new]), strict=True
        )
    )
    report.moved[table.name] = len(new)
    return ids


def _insert(
    session: Session,
    model: Any,
    rows: list[dict[str, Any]],
    references: Mapping[str, str],
    ids: Mapping[str, dict[int, int]],
    report: ServerImportReport,
    *,
    numbered: bool = True,
) -> dict[int, int]:
    """Insert rows under new numbers, their references renumbered; return old → new numbers.

    ``numbered=False`` for rows nothing refers to (criteria, history, audit): one executemany,
    no numbers read back (the bulk of a province's file).
    """
    table = _table(model)
    values = []
    for row in rows:
        value = _without_id(row)
        for column, target in references.items():
            if value[column] is not None:
                value[column] = ids[target][value[column]]
        values.append(value)
    report.moved[table.name] = report.moved.get(table.name, 0) + len(values)
    if not numbered:
        if values:
            session.execute(insert(table), values)
        return {}
    new_ids = _returning_ids(session, table, values)
    return {row["id"]: new_id for row, new_id in zip(rows, new_ids, strict=True)}


def _insert_plain(
    session: Session, model: Any, rows: list[dict[str, Any]], report: ServerImportReport
) -> None:
    """Insert rows that have no number of their own (a group membership)."""
    if rows:
        session.execute(insert(_table(model)), rows)
    report.moved[_table(model).name] = len(rows)


def _returning_ids(session: Session, table: Table, values: list[dict[str, Any]]) -> list[int]:
    if not values:
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(row[0]) for row in session.execute(statement, values)]


def _without_id(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != "id"}


def _renumbered(entry: dict[str, Any], ids: Mapping[str, dict[int, int]]) -> dict[str, Any]:
    """An audit entry whose ``entity_id`` is a row number gets the row's new number."""
    target = _AUDIT_BY_NUMBER.get(entry["entity"])
    if target is None or not str(entry["entity_id"]).isdigit():
        return entry
    new = ids.get(target, {}).get(int(entry["entity_id"]))
    return entry if new is None else {**entry, "entity_id": str(new)}
