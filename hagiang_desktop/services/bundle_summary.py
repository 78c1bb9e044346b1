"""What a bundle would carry, read before anything is signed or changes status (#17).

Building a bundle marks its nominations submitted; the clerk sees first who it goes to, how many
models it carries (new, changed since sent, sent before, late) and which files, and confirms.
The counts follow the rules of :func:`hagiang_desktop.services.bundles.build_bundle`: a full
bundle carries the office's whole list, a supplement what was selected or changed since.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.services import exporting
from hagiang_desktop.services.bundles import COVER, DATA, FORMS_PDF, LIST_PDF, LIST_XLSX
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Nomination

#: The files of every bundle, in the order the cover page lists them.
FILES = (COVER, DATA, LIST_XLSX, LIST_PDF, FORMS_PDF)


@dataclass(frozen=True)
class BundleSummary:
    """What a bundle would carry.

    Attributes:
        sender: the office's name ("" when no office is chosen).
        recipient: the body receiving it.
        supplement: a supplement ("bổ sung") bundle.
        new: models selected and never sent.
        changed: models changed since they were sent (sent again).
        resent: models already sent that a full bundle carries again (it replaces the earlier).
        late: of all these, the ones received after their unit's deadline (marked supplements).
        files: the files inside the bundle.
    """

    sender: str
    recipient: str
    supplement: bool
    new: int
    changed: int
    resent: int
    late: int
    files: tuple[str, ...] = FILES

    @property
    def total(self) -> int:
        """How many models the bundle carries."""
        return self.new + self.changed + self.resent


def bundle_summary(ws: Workspace, *, supplement: bool = False) -> BundleSummary:
    """Count what :func:`~hagiang_desktop.services.bundles.build_bundle` would carry now.

    Args:
        ws: the workspace.
        supplement: a supplement bundle (only what was selected or changed since).

    Returns:
        The summary; nothing is written.
    """
    scope = office_scope(ws)
    statuses = [NominationStatus.SELECTED, NominationStatus.CHANGED]
    if not supplement:
        statuses = list(exporting.LISTED_STATUSES)
    with ws.session() as session:
        query = select(col(Nomination.status), col(Nomination.is_supplement), func.count()).where(
            col(Nomination.status).in_([str(s) for s in statuses])
        )
        if scope.unit_ids is not None:
            query = query.where(col(Nomination.registering_unit_id).in_(scope.unit_ids))
        counts: dict[str, int] = {}
        late = 0
        for status, is_late, count in session.execute(
            query.group_by(col(Nomination.status), col(Nomination.is_supplement))
        ):
            counts[status] = counts.get(status, 0) + count
            late += count if is_late else 0
    return BundleSummary(
        sender=scope.office.name if scope.office else "",
        recipient=ws.plan.info.recipient,  # as the manifest and the cover name it (#16 item 7)
        supplement=supplement,
        new=counts.get(str(NominationStatus.SELECTED), 0),
        changed=counts.get(str(NominationStatus.CHANGED), 0),
        resent=sum(counts.get(str(s), 0) for s in (NominationStatus.SUBMITTED, NominationStatus.ACCEPTED)),
        late=late,
    )
