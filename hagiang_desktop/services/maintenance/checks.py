"""Checking a database without changing it: SQLite's own checks, then the program's invariants."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.vntext import sort_key_bytes
from hagiang_desktop.services.workspace import Workspace, open_workspace, refuse_if_not_ours
from hagiang_desktop.storage import backup as backups
from hagiang_desktop.storage.db import probe_file, readable_path
from hagiang_desktop.storage.location import DatabaseLocation, ServerLocation
from hagiang_desktop.storage.models import SEARCH_TABLE, CriterionCheck, Nomination, Unit
from hagiang_desktop.storage.search import search_index_problems


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
