"""Tests of core.workflow: which statuses a selection of nominations may move to."""

from __future__ import annotations

from hagiang_desktop.core.kinds import NominationStatus as S
from hagiang_desktop.core.workflow import TRANSITIONS, status_targets


def test_one_status_offers_its_transitions_step_forward_first() -> None:
    assert status_targets({S.REGISTERED}) == [S.SELECTED, S.DRAFT]
    assert status_targets({S.SUBMITTED}) == [S.SELECTED, S.ACCEPTED, S.RETURNED, S.CHANGED]
    for status, allowed in TRANSITIONS.items():
        assert set(status_targets({status})) == allowed


def test_a_mixed_selection_is_offered_only_what_every_row_may_do() -> None:
    # Registered and selected rows: both may become "registered" or "selected" (one stays put).
    assert status_targets({S.REGISTERED, S.SELECTED}) == [S.SELECTED, S.REGISTERED]
    assert status_targets({S.ACCEPTED, S.DRAFT}) == []
    assert status_targets({S.WITHDRAWN}) == []
    assert status_targets(set()) == []
