"""The unit table: each unit of the office's scope that a deadline binds, judged as of a local date.

Every figure is aggregated in SQL (the whole province, 100,000 registrations, within a few
hundred milliseconds) and judged by the pure rules of :mod:`hagiang_desktop.core.timeliness`.

What "received" counts: **submissions**, not models. Each entry of the receipts register is one
submission; registrations received on a day for which the unit has no receipt make one more
submission for that day; registrations on a day with a receipt belong to it and are not counted
again. The models themselves are counted apart (``registered``, and ``registered_late`` for the
supplements received after the last on-time day). In the province's inbox each imported bundle
counts as a receipt from its sender's body on the day it was imported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, or_, select
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlmodel import col

from hagiang_desktop.core.collection import collection_paused
from hagiang_desktop.core.kinds import Channel, UnitKind
from hagiang_desktop.core.plan import DeadlineStatus, deadline_status
from hagiang_desktop.core.records import build_frozen
from hagiang_desktop.core.timeliness import (
    CallReason,
    UnitFacts,
    UnitVerdict,
    UpwardStep,
    call_reasons,
    counted_bound,
    judge_unit,
    kind_paths,
    local_day,
    path_rules,
    submission_days,
)
from hagiang_desktop.services import unit_history
from hagiang_desktop.services import units as directory
from hagiang_desktop.services.dashboard.common import COUNTED_STATUSES, NOT_DRAFT
from hagiang_desktop.services.scope import SECTION_KINDS, Scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import InboxBundle, Nomination, Receipt, Unit, UnitPlan, UpwardEvent
from hagiang_desktop.storage.read_ahead import AnySelect, read_ahead


@dataclass(frozen=True)
class DashboardRow:
    """One unit's line on the dashboard.

    Attributes:
        code: the unit's code.
        name: its name.
        kind: its kind.
        verdict: timeliness, quota and consequence as of the day.
        fields_covered: how many distinct fields its registrations cover.
        eligible: its registrations that meet every criterion.
        ineligible: those that do not.
        last_received: the last day something of it was received (up to the as-of day).
        last_channel: the channel of that last receipt.
        counted: models counting towards its quota (its subtree's selected ones).
        contact_person: who to call at the unit.
        contact_phone: their phone.
        contact_email: their e-mail.
        own_plan: for a body that sends its own replication plan with its list (IV.1), where that
            plan stands against the same deadline; None for the units that send none.
    """

    code: str
    name: str
    kind: UnitKind
    verdict: UnitVerdict
    fields_covered: int
    eligible: int
    ineligible: int
    last_received: date | None
    last_channel: str | None
    counted: int
    contact_person: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    own_plan: DeadlineStatus | None = None

    @property
    def call_reasons(self) -> tuple[CallReason, ...]:
        """Why the unit should be called today (empty: no need)."""
        return call_reasons(self.verdict)


#: A unit as the table reads it: id, kind, parent id, code, name, valid from, valid to, contact
#: person, phone and e-mail.
_UnitLine = tuple[
    int, str, int | None, str, str, date | None, date | None, str | None, str | None, str | None
]


@collection_paused()  # 20,000 rows and their verdicts hold no cycles (core.collection)
def unit_table(ws: Workspace, scope: Scope, as_of: date) -> list[DashboardRow]:
    """Judge every unit of the scope that a deadline binds, as of ``as_of``.

    Args:
        ws: the workspace.
        scope: the office's scope (None ids: the whole directory).
        as_of: the local calendar date.

    Returns:
        One row per expected unit, in directory order (callers sort).
    """
    with ws.reading() as session:
        # Core rows on the session's connection: the ORM's row processing would double the time
        # on a whole province. The database groups the registrations of every unit; the units
        # outside the judged ones are skipped here rather than named in an IN list of up to
        # 20,000 ids, which cost more to send than the grouping itself (issues #11, #22).
        conn = session.connection()
        # A nomination moved by a later merge or split counts under its unit of that day.
        moved = unit_history.unit_on_expression(session, as_of)
        unit_col: SQLCoreOperations[int] = col(Nomination.registering_unit_id) if moved is None else moved
        # Every read sent at once: a server groups the registrations while the units are read here.
        with read_ahead(  # the two long groupings first: each gets a connection of its own
            conn,
            _UNITS,
            _registrations_by_day(as_of, unit_col),
            _unit_figures(as_of, unit_col),
            *_receipt_reads(as_of),
            _PLANS_SENT,
        ) as results:
            unit_rows = next(results)
            # The tree as it was on the day (dated versions, issue #24): kinds, parents and names.
            then = directory.versions_on(ws, as_of)
            if then and scope.root is not None:  # the office's scope as the tree was on the day
                scope = replace(
                    scope, unit_ids=frozenset(directory.subtree_ids(ws, scope.root.code, as_of=as_of))
                )
            kind_of = {u[0]: u[1] for u in unit_rows}
            parent_of = {u[0]: u[2] for u in unit_rows}
            for unit_id, version in then.items():
                kind_of[unit_id] = version.kind
                parent_of[unit_id] = version.parent_id
            paths = kind_paths(kind_of, parent_of)
            rules = {path: path_rules(ws.plan, path) for path in set(paths.values())}  # a handful
            last_on_time = {
                path: r.deadline.last_on_time_day for path, r in rules.items() if r.deadline is not None
            }
            # The judged units, each with the last on-time day of the deadline that binds it.
            judged = {
                unit_id: last_on_time[path]
                for unit_id, path in paths.items()
                if path in last_on_time and (scope.unit_ids is None or unit_id in scope.unit_ids)
            }
            received = _Received.read(next(results), judged)
            stats, counted = _figures_per_unit(next(results), judged, parent_of)
            received.add_receipts(next(results), next(results), next(results), scope, as_of)
            plans_sent = dict(next(results))
    rows = []
    # A verdict depends on the unit's path, its dates and a few counts only: submissions (on
    # time or not), registrations (late or not) and models counted up to the quota
    # (core.timeliness.judge_unit, counted_bound). Units with the same counts share one verdict
    # (an immutable value): a province's 20,000 units make a few hundred different ones, each
    # judged once from its first unit's facts.
    verdicts: dict[tuple[Any, ...], UnitVerdict] = {}
    key: tuple[Any, ...]
    caps = {path: counted_bound(rule) for path, rule in rules.items()}  # counts beyond judge alike
    # The per-row lookups bound once: 20,000 rows make every attribute lookup count (#22).
    tally_of, receipts_of, last_of = received.tallies.get, received.receipts.get, received.last.get
    stats_of, counted_of = stats.get, counted.get
    for uid, _kind, _parent, code, name, valid_from, valid_to, person, phone, email in unit_rows:
        if uid not in judged or (valid_to is not None and valid_to < as_of):
            continue  # no deadline binds it; or closed by then (its models count under the successor)
        path = paths[uid]
        receipts = receipts_of(uid)
        count = counted_of(uid, 0)
        tally = (
            tally_of(uid, _NOTHING)
            if receipts is None
            else _counts(judged[uid], received.by_day(uid), receipts)
        )
        cap = caps[path]
        key = (path, valid_from, valid_to, count if count < cap else cap, tally)
        verdict = verdicts.get(key)
        if verdict is None:
            registrations = tuple(day for day, models in received.by_day(uid) for _ in range(models))
            parent_id = parent_of[uid]
            facts = UnitFacts(
                kind=path[0],
                parent_kind=UnitKind(kind_of[parent_id]) if parent_id is not None else None,
                ancestors=path[1:],
                valid_from=valid_from,
                valid_to=valid_to,
                received=submission_days(receipts or (), registrations),
                counted=count,
                registrations=registrations,
            )
            verdict = verdicts[key] = judge_unit(ws.plan, facts, as_of, rules[path])
        deadline = verdict.deadline
        if deadline is None:  # closed before the deadline, or created after it
            continue
        fields, eligible, total = stats_of(uid, (0, 0, 0))
        last_day, last_channel = last_of(uid, (None, None))
        rows.append(
            build_frozen(
                DashboardRow,
                {
                    "code": code,
                    "name": then[uid].name if uid in then else name,
                    "kind": path[0],
                    "verdict": verdict,
                    "fields_covered": fields,
                    "eligible": eligible,
                    "ineligible": total - eligible,
                    "last_received": last_day,
                    "last_channel": last_channel,
                    "counted": count,
                    "contact_person": person,
                    "contact_phone": phone,
                    "contact_email": email,
                    "own_plan": deadline_status(deadline, as_of, plans_sent.get(uid))
                    if deadline.own_plan
                    else None,
                },
            )
        )
    return rows


#: What a unit that received nothing counts: no submission, no registration.
_NOTHING = (0, 0, 0, 0)


@dataclass
class _Received:
    """What the judged units sent by the as-of day.

    Attributes:
        rows: the registrations per unit and day (:func:`_registrations_by_day`), unit by unit.
        spans: per unit, where its rows are in ``rows`` (start, end).
        tallies: per unit, what its registrations alone count (:func:`_counts` without receipts).
        receipts: per unit, one day per receipt (the register's entries, then imported bundles).
        last: per unit, the last day something came and its channel.
    """

    rows: Sequence[Any]
    spans: dict[int, tuple[int, int]]
    tallies: dict[int, tuple[int, int, int, int]]
    receipts: dict[int, list[date]]
    last: dict[int, tuple[date, str | None]]

    @classmethod
    def read(cls, rows: Sequence[Any], last_on_time: dict[int, date]) -> _Received:
        """Count the registrations per unit and day (:func:`_registrations_by_day`'s rows).

        Args:
            rows: the rows, ordered by unit and day.
            last_on_time: the judged units, each with its deadline's last on-time day (the
                other units' registrations are not kept).
        """
        spans: dict[int, tuple[int, int]] = {}
        tallies: dict[int, tuple[int, int, int, int]] = {}
        last: dict[int, tuple[date, str | None]] = {}
        # One pass, unit by unit, counting as it goes: the province's ~45,000 rows make every
        # operation per row count (#22). A unit's tally and last day are kept when its rows end
        # (the sentinel ends the last unit's).
        current: Any = None  # the unit whose rows are being counted
        on_time_until: date | None = None  # the current unit's last on-time day; None: not judged
        start = days = on_time = models = late = 0
        last_day: Any = None
        last_channel: str | None = None
        for index, (unit_id, day, count, channel) in enumerate((*rows, _END)):
            if unit_id != current:
                if on_time_until is not None:
                    spans[current], tallies[current] = (start, index), (days, on_time, models, late)
                    last[current] = (last_day, last_channel)
                current, start, days, on_time, models, late = unit_id, index, 0, 0, 0, 0
                on_time_until = last_on_time.get(unit_id)
            if on_time_until is None:
                continue
            days += 1
            models += count
            if day <= on_time_until:
                on_time += 1
            else:
                late += count
            last_day, last_channel = day, channel
        return cls(rows, spans, tallies, defaultdict(list), last)

    def add_receipts(
        self,
        register: Iterable[tuple[int, date, str]],
        bundles: Iterable[tuple[int, str, int | None, datetime]],
        built: Iterable[tuple[datetime]],
        scope: Scope,
        as_of: date,
    ) -> None:
        """Add the receipts (:func:`_receipt_reads`' rows), after the registrations.

        On the same day the register's channel wins over a registration's. In the province's
        inbox each imported bundle is a receipt from the sender's body (the district of a
        district's Phòng Nội vụ), on the Vietnam day it was imported.

        Each bundle this office built counts as a submission of its own unit (#17): the summary
        said "list sent (bundle built)" while the office's own row (the district) said "missing,
        0 submissions"; the bundle is the office's submission upward, so its row counts it by
        the same rules as a unit's receipt, on the Vietnam day it was built.
        """
        for unit_id, day, channel in register:
            self.receive(unit_id, day, channel)
        for sender_id, kind, parent_id, imported_at in bundles:
            day = local_day(imported_at)
            if day <= as_of:
                body = parent_id if kind in SECTION_KINDS and parent_id is not None else sender_id
                self.receive(body, day, str(Channel.BUNDLE))
        if scope.root is None:
            return
        for (at,) in built:
            day = local_day(at)
            if day <= as_of:
                self.receive(scope.root.id, day, str(Channel.BUNDLE))

    def by_day(self, unit_id: int) -> list[tuple[date, int]]:
        """Return the days a unit's registrations were received and how many, in day order."""
        start, end = self.spans.get(unit_id, (0, 0))
        return [(day, count) for _unit, day, count, _channel in self.rows[start:end]]

    def receive(self, unit_id: int, day: date, channel: str | None) -> None:
        """Count one receipt of ``unit_id`` on ``day``; keep it as the last if nothing came later."""
        self.receipts[unit_id].append(day)
        if unit_id not in self.last or day >= self.last[unit_id][0]:
            self.last[unit_id] = (day, channel)


#: Ends the registrations' rows (no unit has this id).
_END = (None, None, 0, None)


def _counts(
    last: date, by_day: Iterable[tuple[date, int]], receipts: list[date] | tuple[()]
) -> tuple[int, int, int, int]:
    """Count what the verdict of a unit that received something depends on.

    Args:
        last: the last on-time day of the deadline that binds the unit.
        by_day: the days registrations were received and how many, one entry per day.
        receipts: the days of its receipts, one entry per receipt.

    Returns:
        Submissions and those on time (:func:`submission_days`: every receipt, then each day of
        registrations without a receipt), registrations and those after the last on-time day.
    """
    covered = set(receipts)
    submissions = len(receipts)
    on_time = sum(1 for day in receipts if day <= last)
    models = late_models = 0
    for day, count in by_day:
        models += count
        if day > last:
            late_models += count
        if day not in covered:
            submissions += 1
            on_time += day <= last
    return submissions, on_time, models, late_models


#: Every unit as the table reads it (:data:`_UnitLine`), in id order.
_UNITS = select(
    col(Unit.id),
    col(Unit.kind),
    col(Unit.parent_id),
    col(Unit.code),
    col(Unit.name),
    col(Unit.valid_from),
    col(Unit.valid_to),
    col(Unit.contact_person),
    col(Unit.contact_phone),
    col(Unit.contact_email),
).order_by(col(Unit.id))

#: When each unit's replication plan was sent (IV.1).
_PLANS_SENT = select(col(UnitPlan.unit_id), col(UnitPlan.sent_on))


def _registrations_by_day(as_of: date, unit_col: Any) -> AnySelect:
    """Count every unit's received registrations per day (drafts left out).

    Returns:
        The read of ``(unit id, day, count, channel)`` rows ordered by unit and day; the channel
        is the greatest of that day's (a stable choice when one day brought registrations by two
        channels).
    """
    return (
        select(unit_col, col(Nomination.received_on), func.count(), func.max(col(Nomination.channel)))
        .where(col(Nomination.received_on) <= as_of, NOT_DRAFT)
        .group_by(unit_col, col(Nomination.received_on))
        .order_by(unit_col, col(Nomination.received_on))  # the groups' own order on the index
    )


def _receipt_reads(as_of: date) -> tuple[AnySelect, AnySelect, AnySelect]:
    """The reads of :meth:`_Received.add_receipts`.

    Returns:
        The receipts register up to the as-of day ``(unit id, day, channel)``; the imported
        bundles with their senders ``(id, kind, parent id, imported at)``; and when this office
        built its own bundles ``(at,)``.
    """
    return (
        select(col(Receipt.unit_id), col(Receipt.received_on), col(Receipt.channel)).where(
            col(Receipt.received_on) <= as_of
        ),
        select(col(Unit.id), col(Unit.kind), col(Unit.parent_id), col(InboxBundle.imported_at)).join(
            InboxBundle, col(InboxBundle.sender_code) == col(Unit.code)
        ),
        select(col(UpwardEvent.at)).where(col(UpwardEvent.event_kind) == str(UpwardStep.BUNDLE_BUILT)),
    )


def _unit_figures(as_of: date, unit_col: Any) -> AnySelect:
    """Read in one pass over the registrations received by the day (or undated), per unit.

    One scan of the narrow covering index for both figures (two scans cost twice on a province's
    100,000 registrations, #22); FILTER rather than WHERE on the status keeps the database on
    that index in unit order instead of hopping from the status index to each row.

    Args:
        as_of: registrations received after it are not counted yet.
        unit_col: the registering unit as of the day (moves by merges and splits undone).

    Returns:
        The read of ``(unit id, fields covered, eligible, registrations, selected)`` rows, drafts
        left out of all but the selected (:func:`_figures_per_unit`).
    """
    return (
        select(
            unit_col,
            func.count(distinct(col(Nomination.field_code))).filter(NOT_DRAFT),
            # count(*) of the eligible: portable (a server has no sum() of booleans).
            func.count().filter(col(Nomination.eligible).is_(True), NOT_DRAFT),
            func.count().filter(NOT_DRAFT),
            func.count().filter(col(Nomination.status).in_([str(x) for x in COUNTED_STATUSES])),
        )
        .where(_seen_or_undated(as_of))
        .group_by(unit_col)
    )


def _figures_per_unit(
    rows: Iterable[tuple[int, int, int, int, int]],
    unit_ids: Collection[int],
    parent_of: dict[int, int | None],
) -> tuple[dict[int, tuple[int, int, int]], dict[int, int]]:
    """Turn :func:`_unit_figures`' rows into each unit's figures and models counted.

    Args:
        rows: the rows.
        unit_ids: the judged units (the others' figures are not kept).
        parent_of: every unit's parent.

    Returns:
        Per judged unit: fields covered, eligible registrations and all registrations (drafts
        left out); and per unit, the models counting towards its quota: its own selected ones and
        its whole subtree's.
    """
    stats: dict[int, tuple[int, int, int]] = {}
    level: dict[int, int] = {}
    for unit_id, fields, eligible, total, selected in rows:
        if total and unit_id in unit_ids:
            stats[unit_id] = (fields, eligible, total)
        if selected:
            level[unit_id] = selected
    counted: dict[int, int] = defaultdict(int)
    # One level up at a time, adding siblings together on the way: ~17,000 steps for the
    # province's 15,000 selecting units instead of one walk to the root per unit.
    while level:
        above: dict[int, int] = defaultdict(int)
        for unit_id, count in level.items():
            counted[unit_id] += count
            parent = parent_of.get(unit_id)
            if parent is not None:
                above[parent] += count
        level = above
    return stats, counted


def _seen_or_undated(as_of: date) -> ColumnElement[bool]:
    """Registrations received by the as-of day, or with no received day at all."""
    return or_(col(Nomination.received_on).is_(None), col(Nomination.received_on) <= as_of)
