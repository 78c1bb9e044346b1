"""The office's own steps towards the province: deadline, models selected, forms, list, bundle, plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from hagiang_desktop.core.plan import QuotaState
from hagiang_desktop.core.timeliness import StepStatus, UpwardStatus, UpwardStep
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.tabs.dashboard.common import GOOD, OWN_PLAN_COLOURS, WARN
from hagiang_desktop.ui.tabs.dashboard.texts import DashboardTexts


class UpwardBox(QGroupBox):
    """Where the office's own list to the province stands, step by step, against its deadline.

    Args:
        texts: the wording shared with the other panes.
        parent: the coverage pane.

    Signals:
        own_plan_requested: the clerk pressed "Record our plan…" (the tab opens the dialog).
    """

    own_plan_requested = Signal()

    def __init__(self, texts: DashboardTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Our list to the province"))
        self._texts = texts
        grid = QGridLayout(self)
        self.upward_labels: dict[str, QLabel] = {}
        rows = (
            ("deadline", self.tr("Deadline:")),
            ("selected", self.tr("Models selected:")),
            (UpwardStep.FORMS_PRINTED, self.tr("Forms printed:")),
            (UpwardStep.LIST_EXPORTED, self.tr("List exported (Excel):")),
            (UpwardStep.BUNDLE_BUILT, self.tr("Signed bundle built:")),
            ("own_plan", self.tr("Our replication plan (IV.1):")),
        )
        for i, (key, text) in enumerate(rows):
            grid.addWidget(QLabel(text, self), i, 0, Qt.AlignmentFlag.AlignTop)
            value = QLabel(self, objectName=f"upward_{key}")
            value.setWordWrap(True)
            grid.addWidget(value, i, 1)
            self.upward_labels[str(key)] = value
        # IV.1: the office's own plan goes with its list, by the same deadline.
        self.own_plan_button = QPushButton(self.tr("Record our plan…"), self, objectName="ownPlan")
        self.own_plan_button.clicked.connect(self.own_plan_requested)
        grid.addWidget(self.own_plan_button, len(rows), 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(rows) + 1, 1)

    def show_status(self, status: UpwardStatus) -> None:
        """Show the office's steps as of the day, each coloured by whether it was in time."""
        texts = self._texts
        labels = self.upward_labels
        if status.deadline is None:
            labels["deadline"].setText(self.tr("no deadline binds this office"))
        else:
            labels["deadline"].setText(
                f"{texts.describe(status.deadline)} — {texts.days_text(status.days_left or 0)}"
            )
        quota = status.quota
        if quota is None or status.quota_state == QuotaState.NONE:
            text = str(status.selected)
        elif status.quota_state == QuotaState.ADVISORY:
            text = fill(self.tr("%1 selected (advisory)"), status.selected)
        else:
            text = fill(self.tr("%1 of %2"), status.selected, quota.minimum)
            text += " – " + (self.tr("met") if status.quota_state == QuotaState.MET else self.tr("short"))
        labels["selected"].setText(text)
        colour = {QuotaState.MET: GOOD, QuotaState.SHORT: WARN}.get(status.quota_state, "transparent")
        labels["selected"].setStyleSheet(f"background: {colour}")
        for step in status.steps:
            label = labels[str(step.step)]
            label.setText(self._step_text(step))
            colour = "transparent" if step.on_time is None else (GOOD if step.on_time else WARN)
            label.setStyleSheet(f"background: {colour}")
        own = status.own_plan
        labels["own_plan"].setText(
            self.tr("not asked of this office") if own is None else texts.own_plan_text(own)
        )
        labels["own_plan"].setStyleSheet(
            f"background: {OWN_PLAN_COLOURS.get(own.state, 'transparent') if own else 'transparent'}"
        )
        self.own_plan_button.setEnabled(own is not None)

    def _step_text(self, step: StepStatus) -> str:
        if step.done_at is None:
            return self.tr("not yet")
        when = f"{format_date_short(step.done_at.date())} {step.done_at:%H:%M}"
        text = fill(self.tr("%1 (%n time(s))", "", step.times), when)
        if step.on_time is True:
            text += " – " + self.tr("on time")
        elif step.on_time is False:
            text += " – " + self.tr("after the deadline")
        return text
