"""The nomination status workflow (issue #4): which transitions are allowed and what they need.

registered → selected → submitted → accepted | returned; a returned nomination can be selected
again after it is fixed. A draft is a registration saved while incomplete. A submitted or
accepted nomination is what the office signed: it changes only through "changed since sent"
(#17), with a reason, and goes up again in the next supplement bundle (changed → submitted).
At the province, a nomination that a later full bundle of its sender leaves out is
"withdrawn" (never deleted).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from hagiang_desktop.core.kinds import NominationStatus as S

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.REGISTERED}),
    S.REGISTERED: frozenset({S.SELECTED, S.DRAFT}),
    S.SELECTED: frozenset({S.REGISTERED, S.SUBMITTED}),
    S.SUBMITTED: frozenset({S.ACCEPTED, S.RETURNED, S.SELECTED, S.CHANGED}),
    S.RETURNED: frozenset({S.REGISTERED, S.SELECTED}),
    S.ACCEPTED: frozenset({S.RETURNED, S.CHANGED}),
    S.CHANGED: frozenset({S.SUBMITTED, S.SELECTED}),
    # Only the sender moves it again (by sending it in a later bundle): nothing to decide on.
    S.WITHDRAWN: frozenset(),
}

#: What the office has signed and sent: the record opens read-only (#17).
SENT: frozenset[S] = frozenset({S.SUBMITTED, S.ACCEPTED})
#: Transitions that need a reason written down: a return, and an edit after sending.
NEEDS_REASON: frozenset[S] = frozenset({S.RETURNED, S.CHANGED})
#: Statuses the province has decided on: an incoming bundle never moves them back (issue #18).
DECIDED = frozenset({S.ACCEPTED, S.RETURNED})
#: The order statuses are offered in: the step forward first, "draft" (a step back) last; the
#: status dialog opened on "Bản nháp" for a selection of registered models (#17).
OFFER_ORDER: tuple[S, ...] = (
    S.SELECTED,
    S.SUBMITTED,
    S.ACCEPTED,
    S.REGISTERED,
    S.RETURNED,
    S.CHANGED,
    S.DRAFT,
)


class TransitionProblem(Exception):
    """A status change that the workflow refuses; ``code`` is mapped to a message by the UI/CLI."""

    def __init__(self, code: str, from_status: S, to_status: S) -> None:
        super().__init__(f"{code}: {from_status} -> {to_status}")
        self.code = code
        self.from_status = from_status
        self.to_status = to_status


@dataclass(frozen=True)
class TransitionRequest:
    """What a clerk asks for when changing a status.

    Attributes:
        to_status: the new status.
        reason: why (required for a return).
        override_reason: why an ineligible nomination is selected anyway.
    """

    to_status: S
    reason: str | None = None
    override_reason: str | None = None


def check_transition(from_status: S, request: TransitionRequest, *, eligible: bool) -> None:
    """Refuse a transition the workflow does not allow.

    Args:
        from_status: the nomination's current status.
        request: the requested change.
        eligible: whether the nomination meets all its criteria.

    Raises:
        TransitionProblem: ``not_allowed``, ``reason_required`` (a return or an edit after
            sending needs a reason) or
            ``override_required`` (an ineligible nomination selected without a reason).
    """
    to_status = request.to_status
    if to_status == from_status:
        return
    if to_status not in TRANSITIONS[from_status]:
        raise TransitionProblem("not_allowed", from_status, to_status)
    if to_status in NEEDS_REASON and not (request.reason or "").strip():
        raise TransitionProblem("reason_required", from_status, to_status)
    if to_status == S.SELECTED and not eligible and not (request.override_reason or "").strip():
        raise TransitionProblem("override_required", from_status, to_status)


def status_targets(statuses: Collection[S]) -> list[S]:
    """Return the statuses every nomination of a selection may move to, in the order to offer them.

    A nomination may "move" to its own status (nothing happens to it), so a mixed selection of
    registered and selected rows is offered both; a status every row already has is no move and
    is left out.

    Args:
        statuses: the statuses found among the selected nominations.

    Returns:
        The common targets, the step forward first (see :data:`OFFER_ORDER`); empty for an empty
        selection or when the rows share no move.
    """
    if not statuses:
        return []
    allowed = set(S)
    for status in statuses:
        allowed &= TRANSITIONS[status] | {status}
    if len(set(statuses)) == 1:
        allowed -= set(statuses)
    return [s for s in OFFER_ORDER if s in allowed]
