"""Demo data a clerk would recognise (issue #15 item 6)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.services import nominations
from hagiang_desktop.storage.models import CriterionCheck, Nomination


def test_demo_nominations_read_as_real_ones(demo_workspace) -> None:
    ws = demo_workspace
    rows = nominations.list_nominations(ws)
    households = [r for r in rows if r.kind == NomineeKind.HOUSEHOLD]
    assert any(r.eligible for r in households)  # an eligible household
    assert not any("xã trấn" in r.name or "xã Thị trấn" in r.name for r in rows)
    with ws.session() as session:
        checks: dict[int, list[str]] = {}
        for check in session.scalars(select(CriterionCheck)):
            checks.setdefault(check.nomination_id, []).append(check.evidence or "")
        for n in session.scalars(select(Nomination)):
            if n.kind == NomineeKind.HOUSEHOLD:
                female = " Thị " in f" {n.household_head} "
                assert n.name == f"Hộ {'bà' if female else 'ông'} {n.household_head}"
            if n.gender and " Thị " in f" {n.name} ":
                assert n.gender == "female", n.name
            if n.field_code != "2.8":
                assert "homestay" not in n.achievements, n.field_code
                assert "đàn ong" not in n.achievements, n.field_code
            received = n.received_on
            for evidence in checks.get(n.id or 0, []):
                found = re.search(r"(\d\d)/(\d\d)/(\d{4})", evidence)
                if found and received:
                    day = date(int(found[3]), int(found[2]), int(found[1]))
                    assert day < received, (n.id, evidence, received)
