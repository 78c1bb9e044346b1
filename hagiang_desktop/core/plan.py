"""The plan catalogue: a plan (Plan 127/KH-UBND by default) loaded from a TOML data file.

The plan is data, not code: its fields, criteria, deadlines, quotas, target honours and follow-up
stages live in ``resources/plans/*.toml``. Three modules hold it, and this one re-exports their
names (``from hagiang_desktop.core.plan import Plan, load_plan`` keeps working):

- :mod:`~hagiang_desktop.core.plan_model`: the catalogue's shapes and :class:`Plan`, which answers
  questions about them (criteria eligibility, a kind's deadline);
- :mod:`~hagiang_desktop.core.plan_rules`: the pure rules computed from that data: "before day X"
  deadlines, the supplement rule, quotas;
- :mod:`~hagiang_desktop.core.plan_loader`: reading and validating the TOML file.

All dates are *local calendar dates in Vietnam* (:class:`datetime.date`), never timestamps.
"""

from __future__ import annotations

from hagiang_desktop.core.plan_loader import DEFAULT_PLAN_FILE, default_plan_path, load_plan
from hagiang_desktop.core.plan_model import (
    Citation,
    Criterion,
    Deadline,
    DeadlineRule,
    Eligibility,
    Field,
    Honour,
    KindLabel,
    Plan,
    PlanError,
    PlanInfo,
    PlanNote,
    Quota,
    Stage,
    StageActivity,
)
from hagiang_desktop.core.plan_rules import (
    DeadlineState,
    DeadlineStatus,
    QuotaState,
    deadline_status,
    describe_rule_en,
    describe_rule_vi,
    is_supplement,
    quota_status,
)

__all__ = [
    "DEFAULT_PLAN_FILE",
    "Citation",
    "Criterion",
    "Deadline",
    "DeadlineRule",
    "DeadlineState",
    "DeadlineStatus",
    "Eligibility",
    "Field",
    "Honour",
    "KindLabel",
    "Plan",
    "PlanError",
    "PlanInfo",
    "PlanNote",
    "Quota",
    "QuotaState",
    "Stage",
    "StageActivity",
    "deadline_status",
    "default_plan_path",
    "describe_rule_en",
    "describe_rule_vi",
    "is_supplement",
    "load_plan",
    "quota_status",
]
