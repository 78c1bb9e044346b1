"""Split a unit from a date in the directory tab, choosing the successor of each nomination (#24)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.services import nominations, unit_edits, units
from hagiang_desktop.storage.models import AuditEvent, NominationMove
from hagiang_desktop.ui.dialogs.split_dialog import SplitDialog
from tests.ui.test_unit_directory import _answer, _select, _tab

DONG_VAN = "026"
A, B = "TQ-A", "TQ-B"


def _busiest_commune(ws) -> str:  # type: ignore[no-untyped-def]
    communes = {u.code for u in units.list_units(ws, kinds={UnitKind.COMMUNE}, parent_code=DONG_VAN)}
    counts: dict[str, int] = {}
    for n in nominations.list_nominations(ws):
        if n.unit_code in communes:
            counts[n.unit_code] = counts.get(n.unit_code, 0) + 1
    return max(counts, key=lambda code: counts[code])


def test_a_split_sends_each_nomination_where_the_clerk_chose_and_refuses_an_empty_row(qtbot, demo_workspace):
    ws = demo_workspace
    old = _busiest_commune(ws)
    theirs = sorted(n.id for n in nominations.list_nominations(ws) if n.unit_code == old)
    assert len(theirs) >= 2
    for code, name in ((A, "Xã Tân Lập"), (B, "Xã Tân Hòa")):
        unit_edits.add_unit(
            ws, code=code, name=name, kind=UnitKind.COMMUNE, parent_code=DONG_VAN, valid_from=date(2020, 1, 1)
        )
    tab = _tab(qtbot, ws)
    _select(tab, old)
    steps: list[str] = []

    def split(dialog: QDialog) -> None:
        assert isinstance(dialog, SplitDialog)
        dialog.set_day(date(2020, 1, 1))
        dialog.basis_edit.setText("Nghị quyết 01/NQ-HĐND")
        assert dialog.add_successor(A)
        dialog.next_button.click()  # one successor is not a split
        assert dialog.pages.currentIndex() == 0
        assert "two successors" in dialog.error_label.text()
        assert dialog.add_successor(B)
        dialog.next_button.click()
        assert dialog.pages.currentIndex() == 1
        assert dialog.table.rowCount() == len(theirs)
        # Every row starts empty: Split is refused, the first empty row is pointed at, nothing moves.
        assert all(dialog.successor_combo(r).currentData() is None for r in range(len(theirs)))
        dialog.finish_button.click()
        assert dialog.isVisible()
        assert f"{len(theirs)} of {len(theirs)}" in dialog.error_label.text()
        assert units.get_unit(ws, old).valid_to is None
        # All to B, then the first one to A; one row emptied again is still refused.
        dialog.all_combo.setCurrentIndex(dialog.all_combo.findData(B))
        dialog.all_button.click()
        first = dialog.successor_combo(0)
        first.setCurrentIndex(0)
        dialog.finish_button.click()
        assert dialog.isVisible()
        assert f"1 of {len(theirs)}" in dialog.error_label.text()
        first.setCurrentIndex(first.findData(A))
        steps.append("chosen")
        dialog.finish_button.click()
        assert not dialog.isVisible()
        assert dialog.result() == QDialog.DialogCode.Accepted

    _answer(qtbot, SplitDialog, split)
    tab.split_action.trigger()
    assert steps == ["chosen"]

    assert units.get_unit(ws, old).valid_to == date(2019, 12, 31)
    now = {n.id: n.unit_code for n in nominations.list_nominations(ws) if n.id in theirs}
    assert now == {theirs[0]: A, **dict.fromkeys(theirs[1:], B)}
    with ws.reading() as session:
        moves = session.execute(
            select(NominationMove.nomination_id, NominationMove.moved_on).where(
                NominationMove.nomination_id.in_(theirs)  # type: ignore[union-attr]
            )
        ).all()
        audits = dict(
            session.execute(
                select(AuditEvent.entity_id, AuditEvent.after_json).where(
                    AuditEvent.entity == "nomination", AuditEvent.action == "move"
                )
            ).all()
        )
    assert sorted(m.nomination_id for m in moves) == theirs
    assert {m.moved_on for m in moves} == {date(2020, 1, 1)}
    assert {str(i) for i in theirs} <= set(audits)
    assert '"TQ-A"' in audits[str(theirs[0])]
    assert '"TQ-B"' in audits[str(theirs[1])]
    assert {link.successor_code for link in units.links(ws, old)} == {A, B}
    assert any(link.successor_code == A for link in units.links(ws, old))


def test_a_closed_unit_cannot_be_split(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    unit_edits.close_unit(demo_workspace, "00718", date(2019, 11, 30))
    tab.closed_check.setChecked(True)
    _select(tab, "00718")
    assert not tab.split_action.isEnabled()
