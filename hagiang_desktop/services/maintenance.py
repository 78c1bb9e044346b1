"""Keeping the office's data safe: checks, backups, restores and purging a nominee's personal data.

Each function is one use case. Checks and backups read the file without changing it; a restore
replaces it only after the backup has been verified; a purge is one transaction followed by a
WAL checkpoint, so that the nominee's data is gone from the database file *and* its WAL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, or_, select
from sqlmodel import col

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.vntext import sort_key_bytes
from hagiang_desktop.exports.model import Cancelled
from hagiang_desktop.services import audit
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.services.workspace import (
    OFFICE_UNIT,
    Workspace,
    get_setting,
    open_workspace,
    refuse_if_not_ours,
)
from hagiang_desktop.storage import backup as backups
from hagiang_desktop.storage import migrate, schema_check, server_backup
from hagiang_desktop.storage.backup import DEFAULT_KEEP

# Re-exported: the faces catch a refused backup, and show a backup's facts, from here (#23).
from hagiang_desktop.storage.backup import BackupError as BackupError
from hagiang_desktop.storage.backup import BackupInfo as BackupInfo
from hagiang_desktop.storage.db import make_engine, probe_file, readable_path
from hagiang_desktop.storage.errors import DatabaseOpenError
from hagiang_desktop.storage.location import DatabaseLocation, ServerLocation
from hagiang_desktop.storage.lock import DatabaseLock
from hagiang_desktop.storage.models import SEARCH_TABLE, AuditEvent, CriterionCheck, Nomination, Unit
from hagiang_desktop.storage.purge import PURGED_TABLES, drop_deleted_search_text, flush_freed_space
from hagiang_desktop.storage.search import search_index_problems
from hagiang_desktop.storage.server_backup import ServerBackupError as ServerBackupError

#: Setting: how many automatic backups to keep (JSON int).
BACKUP_KEEP = "backup_keep"


@dataclass(frozen=True)
class Finding:
    """One problem found by a check; ``detail`` names record ids and codes only, never a name.

    Codes: ``access`` (the file cannot be read here: permissions, read-only media; not damage),
    ``integrity``, ``foreign_key``, ``unknown_plan``, ``unknown_field``,
    ``kind_not_allowed``, ``unknown_criterion``, ``eligible_cache``, ``sort_key_cache``,
    ``missing_unit``, ``unit_cycle``, ``search_index``.
    """

    code: str
    detail: str


@dataclass(frozen=True)
class CheckReport:
    """The result of :func:`check_database`.

    Attributes:
        checks: the checks that ran, in order (``integrity``, ``foreign_keys``, ``invariants``,
            ``search_index``; the last is left out on read-only media, where FTS5 cannot run it).
        findings: the problems found; empty when the file is sound.
    """

    checks: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """Tell whether no problem was found."""
        return not self.findings


def check_database(path: DatabaseLocation, *, quick: bool = False) -> CheckReport:
    """Check a database file without changing it: SQLite's checks, then the program's invariants.

    The invariants: every nomination's plan is the loaded plan, its field and kind exist there,
    every ticked criterion belongs to its field and kind, the cached ``eligible`` equals core's
    evaluation, every nomination's registering unit exists, no unit is its own ancestor, and
    every stored sort key (``name_sort``) is the key of its name. Then the search index is
    checked against the nominations' search text (FTS5's own integrity check).

    On a PostgreSQL server the server keeps its own pages and foreign keys sound: the check is
    the program's invariants and the search index (``pg_trgm``) being in place and valid.

    Args:
        path: the database file, or a server.
        quick: ``quick_check`` instead of the full integrity check (used on start).

    Returns:
        The report; invariants are only checked on a file that passed SQLite's checks.

    Raises:
        hagiang_desktop.storage.errors.DatabaseOpenError: the file cannot be opened at all.
    """
    if isinstance(path, ServerLocation):
        return _check_server(path)
    probe_file(path, read_only=True)
    try:
        # On read-only media SQLite cannot open a WAL file in place: it is then read from a
        # temporary copy (the original is never written). A file that still cannot be read is a
        # permission problem, not damage: never reported as an integrity error (issue #18).
        source = readable_path(path)
    except OSError as error:
        return CheckReport(("access",), (Finding("access", error.strerror or str(error)),))
    denied = backups.access_problem(source)
    if denied is not None:
        return CheckReport(("access",), (Finding("access", denied),))
    refuse_if_not_ours(source, path)
    problems = backups.integrity_problems(source, quick=quick)
    if problems:
        return CheckReport(("integrity",), tuple(Finding("integrity", p) for p in problems))
    fk = backups.foreign_key_problems(source)
    findings = [Finding("foreign_key", p) for p in fk]
    ws = open_workspace(source, read_only=True, seed_directory=False)
    try:
        findings.extend(_invariants(ws))
        findings.extend(_stale_sort_keys(ws))
    finally:
        ws.close()
    checks: tuple[str, ...] = ("integrity", "foreign_keys", "invariants")
    index = backups.search_index_problems(source, SEARCH_TABLE)
    if index is not None:
        checks += ("search_index",)
        findings.extend(Finding("search_index", p) for p in index)
    return CheckReport(checks, tuple(findings))


def _check_server(location: ServerLocation) -> CheckReport:
    ws = open_workspace(location, read_only=True, seed_directory=False)
    try:
        findings = [*_invariants(ws), *_stale_sort_keys(ws)]
        findings.extend(Finding("search_index", p) for p in search_index_problems(ws.db.engine))
    finally:
        ws.close()
    return CheckReport(("invariants", "search_index"), tuple(findings))


def _stale_sort_keys(ws: Workspace) -> Iterator[Finding]:
    """Find rows whose stored sort key is not their name's (lists would put them out of order)."""
    with ws.reading() as session:
        for model in (Unit, Nomination):
            table = model.__tablename__
            for row_id, name, key in session.execute(
                select(col(model.id), col(model.name), col(model.name_sort))
            ):
                if key != sort_key_bytes(name):
                    yield Finding("sort_key_cache", f"{table} {row_id}")


def _invariants(ws: Workspace) -> Iterator[Finding]:
    plan = ws.plan
    with ws.session() as session:
        ticks: dict[int, list[str]] = {}
        for nomination_id, code in session.execute(
            select(col(CriterionCheck.nomination_id), col(CriterionCheck.criterion_code)).where(
                col(CriterionCheck.met).is_(True)
            )
        ):
            ticks.setdefault(nomination_id, []).append(code)
        unit_ids = set(session.scalars(select(col(Unit.id))))
        rows = session.execute(
            select(
                col(Nomination.id),
                col(Nomination.plan_id),
                col(Nomination.field_code),
                col(Nomination.kind),
                col(Nomination.eligible),
                col(Nomination.registering_unit_id),
            )
        ).all()
        parents = dict(session.execute(select(col(Unit.id), col(Unit.parent_id))).all())
    for nid, plan_id, field_code, kind, eligible, unit_id in rows:
        where = f"nomination {nid}"
        if unit_id not in unit_ids:
            yield Finding("missing_unit", f"{where}: unit id {unit_id}")
        if plan_id != plan.id:
            yield Finding("unknown_plan", f"{where}: {plan_id}")
            continue
        try:
            plan.field(field_code)
            nominee = NomineeKind(kind)
        except (KeyError, ValueError):
            yield Finding("unknown_field", f"{where}: {field_code}/{kind}")
            continue
        if not plan.kind_allowed(field_code, nominee):
            yield Finding("kind_not_allowed", f"{where}: {field_code}/{kind}")
            continue
        verdict = plan.evaluate(field_code, nominee, ticks.get(nid, []))
        if verdict.unknown:
            yield Finding("unknown_criterion", f"{where}: {', '.join(verdict.unknown)}")
        elif verdict.eligible != bool(eligible):
            yield Finding("eligible_cache", f"{where}: stored {bool(eligible)}, rule says {verdict.eligible}")
    yield from _unit_cycles(parents)


def _unit_cycles(parents: dict[int, int | None]) -> Iterator[Finding]:
    reported: set[int] = set()
    for start in parents:
        seen: list[int] = []
        node: int | None = start
        while node is not None and node not in seen:
            seen.append(node)
            node = parents.get(node)
        if node is not None:  # came back to a unit already on the path: a cycle
            cycle = seen[seen.index(node) :]
            if not reported.intersection(cycle):
                reported.update(cycle)
                yield Finding("unit_cycle", "unit ids " + " → ".join(str(u) for u in [*cycle, node]))


def backup_keep(ws: Workspace) -> int:
    """Return how many automatic backups to keep (setting ``backup_keep``, default 10)."""
    value = get_setting(ws, BACKUP_KEEP, DEFAULT_KEEP)
    return max(int(value), 1)


def daily_backup(ws: Workspace) -> Path | None:
    """Take the automatic backup on start unless one was taken in the last 24 hours.

    Returns:
        The new backup, or None when not due (or the workspace is read-only, or on a server:
        there the IT staff's nightly dumps are the backups, see the user guide).

    Raises:
        BackupError: the backup could not be made or failed its check.
    """
    if ws.db.read_only or ws.is_server:
        return None
    return backups.backup_if_due(ws.db.path, keep=backup_keep(ws))


def backup_now(
    ws: Workspace,
    folder: Path | None = None,
    *,
    target: Path | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """Back up the open database now, into ``folder`` (a USB stick) or its own backup folder.

    Safe to run in a worker thread: it reads the file through its own connection.

    Args:
        ws: the workspace.
        folder: where to put the backup; the database's backup folder by default.
        target: the exact file (see :func:`backup_file_name`), chosen before starting.
        progress: ``progress(done, total) -> bool``; False cancels.

    Returns:
        The verified backup file.

    Raises:
        BackupError: the backup could not be made or failed its check.
        hagiang_desktop.exports.model.Cancelled: ``progress`` asked to stop; no file is left.
    """
    try:
        return backups.take_backup(
            ws.db.path, folder=folder, reason="manual", target=target, progress=progress
        )
    except backups.BackupCancelled as error:
        raise Cancelled from error


def backup_file_name(ws: Workspace, folder: Path | None = None) -> Path:
    """Return the file :func:`backup_now` will write into ``folder`` (nothing is written)."""
    return backups.backup_target(ws.db.path, folder, "manual")


def backup_file(db_path: Path, out: Path) -> Path:
    """Back up a database that need not be open: into folder ``out``, or as file ``out``.

    Returns:
        The verified backup file.

    Raises:
        hagiang_desktop.storage.errors.DatabaseOpenError: the database is missing or not one.
        BackupError: the backup could not be made or failed its check.
    """
    probe_file(db_path, read_only=True)
    refuse_if_not_ours(db_path, db_path)
    if out.is_dir():
        return backups.take_backup(db_path, folder=out, reason="manual")
    backups.copy_database(db_path, out)
    return out


def backup_server(location: ServerLocation, out: Path) -> Path:
    """Dump a server database with ``pg_dump`` (custom format) into ``out`` (a file or a folder).

    Returns:
        The dump, read back by ``pg_restore --list``.

    Raises:
        ServerBackupError: ``no_tools`` (with how to get them) or ``failed``; no file is left.
    """
    return server_backup.dump(location, out)


def restore_server(location: ServerLocation, source: Path) -> Path:
    """Replace a server database's content by a dump, after dumping it as it is (the safety copy).

    The safety dump goes beside ``source``; the restore runs in one transaction.

    Returns:
        The safety dump.

    Raises:
        ServerBackupError: ``not_a_dump``, ``no_tools`` or ``failed``; the server is unchanged.
    """
    server_backup.check_dump(source)
    safety = server_backup.dump(location, source.parent, reason="before-restore")
    server_backup.restore(location, source)
    return safety


def list_backups(db_path: Path) -> list[BackupInfo]:
    """List the backups in the database's own backup folder, newest first."""
    return backups.list_backups(backups.default_backup_dir(db_path), db_path)


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """Return the newest backup that :func:`verify_backup` accepts (sound, ours, a revision we know)."""
    for info in list_backups(db_path):
        try:
            verify_backup(info.path)
        except BackupError:
            continue
        return info
    return None


def verify_backup(backup: Path, *, office: str | None = None, other_office: bool = False) -> None:
    """Check that a file is a sound backup of this program that may replace the office's data.

    In order: it is a non-empty SQLite file; SQLite's ``integrity_check`` passes; it holds this
    program's tables at a revision we know (an older one is migrated after restoring); no
    reference dangles (``foreign_key_check``); its tables, indexes, triggers and views are exactly
    the ones our migrations build at its revision (nothing dropped, nothing planted); and it
    belongs to ``office`` unless ``other_office`` says the clerk chose another office's data.

    Args:
        backup: the file to restore.
        office: the unit code of the office whose data it would replace (None: not known).
        other_office: the clerk confirmed restoring another office's data.

    Raises:
        BackupError: with code ``empty``, ``not_sqlite``, ``damaged``, ``not_ours``,
            ``too_new``, ``foreign_keys``, ``schema`` or ``other_office`` (problems: the
            backup's office, then ``office``); nothing was changed.
    """
    try:
        probe_file(backup, read_only=True)
    except DatabaseOpenError as error:
        code = error.code if error.code in ("empty", "not_sqlite") else "damaged"
        raise BackupError(code, [error.detail or error.code]) from error
    problems = backups.integrity_problems(backup)
    if problems:
        raise BackupError("damaged", problems)
    try:
        state, revision = schema_check.file_state(backup)
    except sqlite3.Error as error:
        raise BackupError("damaged", [str(error)]) from error
    if state == schema_check.TOO_NEW:
        raise BackupError("too_new", [revision or ""])
    if state != schema_check.OURS or revision is None:
        raise BackupError("not_ours", [state])
    dangling = backups.foreign_key_problems(backup)
    if dangling:
        raise BackupError("foreign_keys", dangling)
    different = schema_check.schema_problems(backup, revision)
    if different:
        raise BackupError("schema", different)
    theirs = schema_check.read_setting(backup, OFFICE_UNIT)
    if office and theirs and theirs != office and not other_office:
        raise BackupError("other_office", [str(theirs), office])


def live_office(db_path: Path) -> str | None:
    """Return the office a database file belongs to, read without changing it (None if unknown)."""
    if not db_path.exists():
        return None
    value = schema_check.read_setting(db_path, OFFICE_UNIT)
    return str(value) if value else None


def restore_database(db_path: Path, backup: Path, *, other_office: bool = False) -> Path | None:
    """Replace a database that is not open (a damaged one found on start) by a verified backup.

    The file replaced must be this program's (or damaged, empty, half-created): another program's
    database is never overwritten. A backup from an older schema is migrated after restoring.

    Returns:
        The safety copy of the replaced file, or None if it could not be read.

    Raises:
        BackupError: the backup is not sound, belongs to another office (and ``other_office`` is
            False), or the target is another program's file (``target_foreign``); nothing was changed.
    """
    _refuse_foreign_target(db_path)
    verify_backup(backup, office=live_office(db_path), other_office=other_office)
    safety = backups.restore_file(backup, db_path)
    _migrate_restored(db_path)
    return safety


def restore_closed_database(db_path: Path, backup: Path, *, other_office: bool = False) -> Path | None:
    """Restore as :func:`restore_database` does, holding the one-writer lock meanwhile (``restore``).

    The lock refuses while the window (or another command) writes the file.

    Raises:
        DatabaseOpenError: ``locked`` (another program is writing it), or the lock cannot be taken.
        BackupError: see :func:`restore_database`.
    """
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        return restore_database(db_path, backup, other_office=other_office)
    finally:
        lock.release()


def default_backup_folder(db_path: Path) -> Path:
    """Return the folder the automatic backups of a database go to (``<name>-backups`` beside it)."""
    return backups.default_backup_dir(db_path)


def _refuse_foreign_target(db_path: Path) -> None:
    try:
        probe_file(db_path, read_only=True)
        state, _revision = schema_check.file_state(db_path)
    except (DatabaseOpenError, sqlite3.Error):
        return  # missing, empty or damaged: what a restore is for
    if state == schema_check.FOREIGN:
        raise BackupError("target_foreign", [str(db_path)])


def _migrate_restored(db_path: Path) -> None:
    """Bring a restored older backup to our schema (after a backup of it, as on every start)."""
    engine = make_engine(db_path)
    try:
        if migrate.needs_upgrade(engine):
            backups.take_backup(db_path, reason="migrate")
            migrate.upgrade(engine)
    finally:
        engine.dispose()


def restore_workspace(ws: Workspace, backup: Path, *, other_office: bool = False) -> Workspace:
    """Restore a backup over the open database, keeping the same workspace and lock.

    The backup is verified before anything is closed; then every pooled connection is closed,
    the file replaced (see :func:`hagiang_desktop.storage.backup.restore_file`) and, if the
    backup is from an older schema, migrated (after its own backup). The engine opens new
    connections on the restored file, so the window keeps its workspace and only refreshes.

    Args:
        ws: the open workspace.
        backup: the backup file.
        other_office: the clerk confirmed restoring another office's data.

    Returns:
        ``ws`` itself, now on the restored data.

    Raises:
        BackupError: the backup is not sound or belongs to another office; ``ws`` is unchanged.
    """
    office = get_setting(ws, OFFICE_UNIT)
    verify_backup(backup, office=str(office) if office else None, other_office=other_office)
    ws.db.dispose()
    backups.restore_file(backup, ws.db.path)
    ws.db.dispose()
    if migrate.needs_upgrade(ws.db.engine):
        backups.take_backup(ws.db.path, reason="migrate")
        migrate.upgrade(ws.db.engine)
    return ws


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed.

    Attributes:
        nomination_id: the purged nomination.
        audit_entries: audit entries scrubbed (they held copies of the data).
        wal_emptied: whether the WAL checkpoint could empty the WAL (False if a reader held it).
    """

    nomination_id: int
    audit_entries: int
    wal_emptied: bool


def purge_nomination(ws: Workspace, nomination_id: int) -> PurgeResult:
    """Remove a nominee's personal data from the database file and its WAL (Decree 13/2023).

    Unlike a deletion, which keeps a full audit copy, a purge deletes the nomination with its
    criteria, history, assessments and commendations, scrubs every audit entry holding a copy
    of them, merges the search index so that no segment keeps its text, and records only that
    record id N was purged. ``secure_delete`` overwrites the freed space; the checkpoint then
    copies the pages into the file and truncates the WAL, where the old page images would
    otherwise linger. Backups taken before keep their copy until rotated.

    Raises:
        NominationProblem: ``not_found``.
    """
    with ws.session() as session:
        nomination = session.get(Nomination, nomination_id)
        if nomination is None:
            raise NominationProblem("not_found", str(nomination_id))
        session.delete(nomination)
        session.flush()
        ref = f'"nomination_id": {nomination_id}'
        child_refs = or_(
            *(
                column.like(f"%{ref}{end}%")
                for column in (col(AuditEvent.before_json), col(AuditEvent.after_json))
                for end in (",", "}")
            )
        )
        scrubbed = session.exec(  # exec: a DELETE's result is typed with its rowcount
            delete(AuditEvent).where(
                or_(
                    (col(AuditEvent.entity) == "nomination")
                    & (col(AuditEvent.entity_id) == str(nomination_id)),
                    (col(AuditEvent.entity) != "nomination") & child_refs,
                )
            )
        ).rowcount
        audit.record(session, action="purge", entity="nomination", entity_id=nomination_id)
        drop_deleted_search_text(session)
    flushed = flush_freed_space(ws.db.engine, PURGED_TABLES)
    return PurgeResult(nomination_id, int(scrubbed or 0), flushed)
