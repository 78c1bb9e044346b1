"""The dialog that asks for a status change: the new status, a reason, and an override reason.

Used for one nomination (the form's status buttons) and for many (the list's bulk change). It
refuses OK until what the workflow needs is there: a reason to return a nomination, and an
override reason to select nominations that do not meet every criterion (plan III; issue #4).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionRequest
from hagiang_desktop.ui.labels import status_label


class StatusChangeDialog(QDialog):
    """Ask for a new status and the reasons the workflow needs.

    Args:
        targets: the statuses that may be chosen (allowed for every nomination concerned).
        count: how many nominations change.
        ineligible: how many of them do not meet every criterion.
        preset: the status chosen first.
    """

    def __init__(
        self,
        targets: Sequence[NominationStatus],
        count: int,
        ineligible: int,
        preset: NominationStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="statusDialog")
        self.setWindowTitle(self.tr("Change status"))
        self._ineligible = ineligible
        self.summary_label = QLabel(self.tr("%n nomination(s) will change.", "", count), self)
        self.target_combo = QComboBox(self, objectName="targetStatus")
        for status in targets:
            self.target_combo.addItem(status_label(status), str(status))
        if preset is not None:
            self.target_combo.setCurrentIndex(max(self.target_combo.findData(str(preset)), 0))
        self.reason_edit = QPlainTextEdit(self, objectName="statusReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(70)
        self.override_label = QLabel(self)
        self.override_label.setWordWrap(True)
        self.override_label.setStyleSheet("color: #a61b1b;")
        self.override_edit = QPlainTextEdit(self, objectName="overrideReason")
        self.override_edit.setTabChangesFocus(True)
        self.override_edit.setMaximumHeight(70)
        self.hint_label = QLabel(self, objectName="statusHint")
        self.hint_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        form = QFormLayout()
        form.addRow(self.tr("New &status:"), self.target_combo)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.override_label)
        form.addRow(self.tr("&Override reason:"), self.override_edit)
        self._override_row_label = form.labelForField(self.override_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.target_combo.currentIndexChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self.override_edit.textChanged.connect(self._update)
        self._update()
        if preset in (NominationStatus.RETURNED, NominationStatus.CHANGED):
            self.reason_edit.setFocus()  # the reason is what is asked for (#17)
        self.resize(460, self.sizeHint().height())

    def target(self) -> NominationStatus | None:
        """Return the chosen status."""
        data = self.target_combo.currentData()
        return NominationStatus(data) if data else None

    def _needs_override(self) -> bool:
        return self.target() == NominationStatus.SELECTED and self._ineligible > 0

    def _update(self) -> None:
        needs_override = self._needs_override()
        for widget in (self.override_label, self.override_edit, self._override_row_label):
            if widget is not None:
                widget.setVisible(needs_override)
        self.override_label.setText(
            self.tr(
                "%n of them do not meet every criterion. Selecting them for the upward list needs "
                "an override reason, kept in the history.",
                "",
                self._ineligible,
            )
        )
        missing = []
        if self.target() == NominationStatus.RETURNED and not self.reason_edit.toPlainText().strip():
            missing.append(self.tr("A returned nomination needs a reason."))
        if self.target() == NominationStatus.CHANGED and not self.reason_edit.toPlainText().strip():
            missing.append(self.tr("Write why it is changed after it was sent."))
        if needs_override and not self.override_edit.toPlainText().strip():
            missing.append(self.tr("Write the override reason."))
        if self.target() is None:
            missing.append(self.tr("No status change is allowed for these nominations."))
        self.hint_label.setText(" ".join(missing))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)

    def request(self) -> TransitionRequest:
        """Return the change asked for (call after the dialog was accepted)."""
        target = self.target()
        assert target is not None
        reason = self.reason_edit.toPlainText().strip() or None
        override = self.override_edit.toPlainText().strip() if self._needs_override() else None
        return TransitionRequest(to_status=target, reason=reason, override_reason=override or None)
