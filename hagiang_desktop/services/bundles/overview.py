"""The province view: who had to send, what arrived, when, and whether on time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy import func, select
from sqlmodel import col

from hagiang_desktop.core.plan import deadline_status
from hagiang_desktop.core.timeliness import kind_path
from hagiang_desktop.core.vntext import VN_TZ
from hagiang_desktop.services.bundles.common import root_unit, unit_codes
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import InboxBundle, Nomination, Unit, UnitPlan


@dataclass(frozen=True)
class SenderRow:
    """One line of the province view: a unit bound by the deadline to the province.

    Attributes:
        code: the bound unit (district, department…).
        name: its name.
        sender_code: the office that signs for it, once something arrived.
        bundles: bundles imported from it.
        last_sequence: the newest sequence imported.
        first_received: the day its first bundle was imported (Vietnam time).
        last_received: the day of the newest one.
        nominations: nominations of it in the inbox now.
        on_time: whether the first bundle came by the last on-time day (None: nothing yet).
        days_left: days left to the deadline as of the day (negative: overdue).
        plan_sent: the day its own replication plan (IV.1) arrived, if it did.
        plan_on_time: whether that was by the last on-time day (None: not arrived).
    """

    code: str
    name: str
    sender_code: str | None
    bundles: int
    last_sequence: int | None
    first_received: date | None
    last_received: date | None
    nominations: int
    on_time: bool | None
    days_left: int
    plan_sent: date | None = None
    plan_on_time: bool | None = None


def province_view(ws: Workspace, as_of: date) -> list[SenderRow]:
    """Say, for every unit bound to send to the province, what arrived, when, and if on time.

    Args:
        ws: the workspace (the province's inbox).
        as_of: the day to judge on (Vietnam local date).

    Returns:
        One row per bound unit, those that sent nothing included.
    """
    deadline = ws.plan.deadline("to_province")
    with ws.session() as session:
        units = unit_codes(session)
        plans_sent = dict(session.execute(select(col(UnitPlan.unit_id), col(UnitPlan.sent_on))).all())
        inbox = session.scalars(select(InboxBundle).order_by(col(InboxBundle.imported_at))).all()
        counts = dict(
            session.execute(
                select(col(Nomination.source_key), func.count())
                .where(col(Nomination.source_key).like("bundle:%"))
                .group_by(col(Nomination.source_key))
            ).all()
        )
        roots: dict[str, Unit | None] = {b.sender_code: root_unit(session, b.sender_code) for b in inbox}
    per_root: dict[int, list[InboxBundle]] = {}
    for b in inbox:
        root = roots[b.sender_code]
        if root is not None and root.id is not None:
            per_root.setdefault(root.id, []).append(b)
    rows = []
    kind_of = {i: u.kind for i, u in units.items()}
    parent_of = {i: u.parent_id for i, u in units.items()}
    for unit_id, unit in units.items():
        # By the unit's path: a district's own mass organisation reports to the district, not here.
        if ws.plan.deadline_for_path(kind_path(unit_id, kind_of, parent_of)) != deadline:
            continue
        received = per_root.get(unit.id or 0, [])
        days = [
            b.imported_at.replace(tzinfo=b.imported_at.tzinfo or UTC).astimezone(VN_TZ).date()
            for b in received
        ]
        status = deadline_status(deadline, as_of, days[0] if days else None)
        sender = received[-1].sender_code if received else None
        rows.append(
            SenderRow(
                code=unit.code,
                name=unit.name,
                sender_code=sender,
                bundles=len(received),
                last_sequence=max((b.sequence for b in received), default=None),
                first_received=days[0] if days else None,
                last_received=days[-1] if days else None,
                nominations=int(counts.get(f"bundle:{sender}", 0)) if sender else 0,
                on_time=(days[0] <= deadline.last_on_time_day) if days else None,
                days_left=status.days_left,
                plan_sent=plans_sent.get(unit_id),
                plan_on_time=(plans_sent[unit_id] <= deadline.last_on_time_day)
                if unit_id in plans_sent
                else None,
            )
        )
    return sorted(rows, key=lambda r: (r.bundles == 0, r.code))
