"""The deadline dashboard: each unit of the office's scope judged as of a local date.

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import dashboard`` keeps working:

- :mod:`.unit_rows`: the unit table (:func:`unit_table`, one :class:`DashboardRow` per unit a
  deadline binds: received submissions, quota, eligibility, contacts);
- :mod:`.call_list`: who to call today (:func:`who_to_call`), its printable sheet
  (:func:`call_sheet`) and the file (:func:`export_who_to_call`);
- :mod:`.overview`: the plan's :func:`milestones`, the follow-up :func:`stages`, the
  :func:`coverage` by field and kind, the :func:`timeline` of registrations and the office's own
  steps :func:`upward`;
- :mod:`.day_snapshot`: every figure for one day together (:func:`snapshot`, for the window);
- :mod:`.common`: which statuses count towards a quota, and that drafts count nowhere.
"""

from hagiang_desktop.services.dashboard.call_list import call_sheet, export_who_to_call, who_to_call
from hagiang_desktop.services.dashboard.common import COUNTED_STATUSES
from hagiang_desktop.services.dashboard.day_snapshot import Snapshot, snapshot
from hagiang_desktop.services.dashboard.overview import (
    Coverage,
    Milestone,
    StageRow,
    coverage,
    milestones,
    stages,
    timeline,
    upward,
)
from hagiang_desktop.services.dashboard.unit_rows import DashboardRow, unit_table

__all__ = [
    "COUNTED_STATUSES",
    "Coverage",
    "DashboardRow",
    "Milestone",
    "Snapshot",
    "StageRow",
    "call_sheet",
    "coverage",
    "export_who_to_call",
    "milestones",
    "snapshot",
    "stages",
    "timeline",
    "unit_table",
    "upward",
    "who_to_call",
]
