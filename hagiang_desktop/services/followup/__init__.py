"""Follow-up of a model over 2018–2020: assessments per plan stage, replication, commendations.

Plan 127 follows a model after its registration (plan II.4–7 and the roadmap III): an interim
review in 2018, follow-up and replication in 2019, the final evaluation in 2020. Each record here
is added, changed or removed in one transaction with an audit entry; :func:`stage_progress` gives
the dashboard its "assessed / due" counts per stage.

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import followup`` keeps working (issue #23):

- :mod:`.editing`: adding, changing and deleting a model's records (:func:`add_assessment`…);
- :mod:`.reading`: one model's records (:func:`get_followup`) and the progress per stage
  (:func:`stage_progress`) and per unit and field (:func:`unit_field_progress`);
- :mod:`.bundled`: the follow-up a bundle carries out (:func:`bundle_followups`) and in
  (:func:`replace_from_bundle`);
- :mod:`.common`: :class:`FollowupProblem`, :data:`NOT_FOLLOWED` and the audit helpers.
"""

from hagiang_desktop.core.kinds import ActivityKind, Rating
from hagiang_desktop.services.followup.bundled import bundle_followups, replace_from_bundle
from hagiang_desktop.services.followup.common import NOT_FOLLOWED, FollowupProblem
from hagiang_desktop.services.followup.editing import (
    add_activity,
    add_assessment,
    add_commendation,
    delete_record,
    update_activity,
    update_assessment,
    update_commendation,
)
from hagiang_desktop.services.followup.reading import (
    ActivityRow,
    AssessmentRow,
    CommendationRow,
    Followup,
    StageProgress,
    UnitFieldProgress,
    as_dict,
    get_followup,
    stage_progress,
    unit_field_progress,
)

__all__ = [
    "NOT_FOLLOWED",
    "ActivityKind",
    "ActivityRow",
    "AssessmentRow",
    "CommendationRow",
    "Followup",
    "FollowupProblem",
    "Rating",
    "StageProgress",
    "UnitFieldProgress",
    "add_activity",
    "add_assessment",
    "add_commendation",
    "as_dict",
    "bundle_followups",
    "delete_record",
    "get_followup",
    "replace_from_bundle",
    "stage_progress",
    "unit_field_progress",
    "update_activity",
    "update_assessment",
    "update_commendation",
]
