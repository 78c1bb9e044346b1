"""What every figure of the dashboard agrees on: which models count, and that drafts do not."""

from __future__ import annotations

from sqlmodel import col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.storage.models import Nomination

#: Statuses that count towards a unit's quota: the models it has selected (and sent on).
COUNTED_STATUSES = (
    NominationStatus.SELECTED,
    NominationStatus.SUBMITTED,
    NominationStatus.ACCEPTED,
    NominationStatus.CHANGED,
)
#: A draft has not been received from anyone: it counts nowhere on the dashboard.
NOT_DRAFT = col(Nomination.status) != str(NominationStatus.DRAFT)
