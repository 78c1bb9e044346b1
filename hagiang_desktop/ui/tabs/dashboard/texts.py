"""The wording the dashboard's panes share: days left, a deadline, a quota, an own plan, a receipt."""

from __future__ import annotations

from PySide6.QtCore import QObject

from hagiang_desktop.core.plan import (
    DeadlineState,
    DeadlineStatus,
    QuotaState,
    describe_rule_en,
    describe_rule_vi,
)
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.dashboard import DashboardRow
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import channel_label


class DashboardTexts(QObject):
    """Say the dashboard's figures in the UI language, the same way on every pane.

    Args:
        language: ``vi`` or ``en``: the plan's own texts (rules, stages, fields) in that language.
        parent: the owning tab.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language

    def days_text(self, days: int) -> str:
        """Say how many days are left to a deadline (or how many it is overdue)."""
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        if days == 0:
            return self.tr("today is the last day")
        return self.tr("%n day(s) left", "", days)

    def describe(self, deadline: object) -> str:
        """Say a deadline of the plan as a rule ("before day X: the last day is X − 1")."""
        return describe_rule_en(deadline) if self.language == "en" else describe_rule_vi(deadline)  # type: ignore[arg-type]

    def own_plan_text(self, status: DeadlineStatus) -> str:
        """Say where a body's own replication plan stands: on time, late, not yet, missing."""
        if status.state == DeadlineState.ON_TIME:
            assert status.received_on is not None  # on time or late only once received
            return fill(self.tr("sent %1 – on time"), format_date_short(status.received_on))
        if status.state == DeadlineState.LATE:
            assert status.received_on is not None
            return fill(self.tr("sent %1 – late"), format_date_short(status.received_on))
        if status.state == DeadlineState.PENDING:
            return self.tr("not sent yet")
        return self.tr("missing")

    def quota_text(self, r: DashboardRow) -> str:
        """Say a unit's models counted against its quota ("4 of 5 – short"); empty without one."""
        v = r.verdict
        if v.quota_state == QuotaState.NONE or v.quota is None:
            return ""
        if v.quota_state == QuotaState.ADVISORY:
            return fill(self.tr("%1 selected (advisory)"), r.counted)
        text = fill(self.tr("%1 of %2"), r.counted, v.quota.minimum)
        return text + (
            " – " + self.tr("met") if v.quota_state == QuotaState.MET else " – " + self.tr("short")
        )

    def last_text(self, r: DashboardRow) -> str:
        """Say the last day something of the unit came, and how."""
        if r.last_received is None:
            return ""
        text = format_date_short(r.last_received)
        return f"{text} – {channel_label(r.last_channel)}" if r.last_channel else text
