"""The status of one nomination on the form: where it stands, the next steps, and its history.

The buttons offered are exactly the transitions the workflow allows from the current status
(:data:`hagiang_desktop.core.workflow.TRANSITIONS`); the history lists every change with its time
and reason, oldest first.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.vntext import format_moment
from hagiang_desktop.core.workflow import TRANSITIONS
from hagiang_desktop.services.nominations import NominationDetail, StatusHistoryEntry
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel

#: The order the transition buttons appear in (the forward step first).
_BUTTON_ORDER = list(NominationStatus)


def _when(entry: StatusHistoryEntry) -> str:
    return format_moment(entry.at)  # naive from SQLite: UTC, as the services store it


class StatusBar(QWidget):
    """The current status and one button per allowed transition (a row above the form's tabs).

    Signals:
        requested: a transition button was pressed (the new status).
    """

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel(self, objectName="currentStatus")
        # The status and its notes wrap on their own line, the buttons go on the next: on one
        # line they set the window's minimum width past a 1366-pixel screen (#17).
        self.status_label.setWordWrap(True)
        self.buttons: dict[NominationStatus, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.status_label)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        layout.addStretch(1)
        for status in _BUTTON_ORDER:
            button = QPushButton(fill(self.tr("→ %1"), status_label(status)), self)
            button.setObjectName(f"to:{status}")
            button.setToolTip(fill(self.tr("Change the status to “%1”…"), status_label(status)))
            button.clicked.connect(lambda _c=False, s=status: self.requested.emit(str(s)))
            layout.addWidget(button)
            self.buttons[status] = button
        self.show_status(None, eligible=True, override_reason=None)

    def show_status(
        self, status: NominationStatus | None, *, eligible: bool, override_reason: str | None
    ) -> None:
        """Show a status (None: a nomination not saved yet) and the buttons it allows."""
        if status is None:
            self.status_label.setText(self.tr("Status: not saved yet"))
        else:
            text = fill(self.tr("Status: <b>%1</b>"), status_label(status))
            if not eligible:
                text += " — <span style='color:#a61b1b'>✘ " + self.tr("not eligible") + "</span>"
                if override_reason and status != NominationStatus.REGISTERED:
                    text += " " + self.tr("(selected by override)")
            self.status_label.setText(text)
        allowed = TRANSITIONS.get(status, frozenset()) if status is not None else frozenset()
        for target, button in self.buttons.items():
            # An edit after sending has its own button beside the "sent" banner (#17).
            button.setVisible(target in allowed and target != NominationStatus.CHANGED)


class StatusHistory(QWidget):
    """The history of a nomination's statuses: time, from → to, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsTableModel[StatusHistoryEntry] = RowsTableModel(
            [
                Column(self.tr("Time"), _when),
                Column(
                    self.tr("From → to"),
                    lambda e: f"{status_label(e.from_status) or '–'} → {status_label(e.to_status)}",
                ),
                Column(self.tr("Reason"), lambda e: e.reason or ""),
            ],
            self,
        )
        self.table = QTableView(self, objectName="statusHistory")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.override_label = QLabel(self, objectName="overrideNote")
        self.override_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.override_label)
        layout.addWidget(self.table, 1)

    def show_detail(self, detail: NominationDetail | None) -> None:
        """Show a nomination's history (None: nothing yet)."""
        self.model.set_rows(detail.history if detail else ())
        override = detail.override_reason if detail else None
        self.override_label.setVisible(bool(override))
        self.override_label.setText(fill(self.tr("Override reason: %1"), override or ""))
