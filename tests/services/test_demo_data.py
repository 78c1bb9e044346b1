"""Demo data a clerk would recognise (issue #15 item 6)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from hagiang_desktop.core.kinds import NomineeKind, UnitKind
from hagiang_desktop.services import nominations
from hagiang_desktop.storage.models import CriterionCheck, Nomination, Unit


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


def test_demo_is_the_district_offices_own_work(demo_workspace) -> None:
    """#15 item 6: Đồng Văn's units only, with late and ineligible ones for the dashboard."""
    ws = demo_workspace
    with ws.session() as session:
        units = {u.id: u for u in session.scalars(select(Unit))}
        rows = list(session.scalars(select(Nomination)))
    district = next(u for u in units.values() if u.code == "026")
    for n in rows:
        unit = units[n.registering_unit_id]
        assert unit.parent_id == district.id, (n.name, unit.name)
        if n.kind == NomineeKind.INDIVIDUAL and n.field_code == "2.3":
            assert (n.work_unit or "").startswith("Trường"), n.work_unit  # a teacher works at a school
        if n.kind == NomineeKind.INDIVIDUAL and "Phụ nữ" in (n.position or ""):
            assert n.gender == "female", n.name
        if n.gender and any(f" {m} " in f" {n.name} " for m in ("Seo", "Mí", "Văn")):
            assert n.gender == "male", n.name
    listed = nominations.list_nominations(ws)
    late = [r for r in listed if r.is_supplement]
    ineligible = [r for r in listed if not r.eligible]
    assert 3 <= len(late) <= 10
    assert 3 <= len(ineligible) <= 15
    assert any(r.is_supplement and not r.eligible for r in listed)
    # Both the communes and the district's own offices and public units register.
    kinds = {units[n.registering_unit_id].kind for n in rows}
    assert {UnitKind.COMMUNE, UnitKind.OFFICE, UnitKind.PUBLIC_UNIT} <= kinds
