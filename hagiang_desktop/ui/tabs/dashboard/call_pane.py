"""The dashboard's "who to call" list: the units to call today, most urgent first, with contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hagiang_desktop.core.timeliness import CallReason
from hagiang_desktop.services.dashboard import DashboardRow
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.tabs.dashboard.common import table
from hagiang_desktop.ui.tabs.dashboard.texts import DashboardTexts


class CallPane(QWidget):
    """The units that have sent nothing, are overdue, sent late or are short of a hard quota.

    Args:
        texts: the wording shared with the other panes.
        parent: the dashboard tab.
    """

    def __init__(self, texts: DashboardTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        page = self
        self.call_model: RowsTableModel[DashboardRow] = RowsTableModel(
            [
                Column(self.tr("Unit"), lambda r: r.name),
                Column(
                    self.tr("Reason"),
                    self._reasons_text,
                    lambda r: [list(CallReason).index(x) for x in r.call_reasons],
                ),
                Column(self.tr("Contact person"), lambda r: r.contact_person or ""),
                Column(self.tr("Phone"), lambda r: r.contact_phone or ""),
                Column(self.tr("E-mail"), lambda r: r.contact_email or ""),
                Column(self.tr("Last received"), texts.last_text, lambda r: r.last_received or date.min),
            ],
            self,
        )
        self.call_view = table(page, self.call_model, "callTable", sortable=True)
        self.call_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the most urgent first
        hint = QLabel(
            self.tr(
                "Units that have sent nothing yet, are overdue, sent only after the deadline, or are short "
                "of a hard quota. Contacts are kept in the unit directory."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.call_view, 1)

    def _reasons_text(self, r: DashboardRow) -> str:
        texts = []
        days_text = self._texts.days_text
        for reason in r.call_reasons:
            if reason == CallReason.MISSING:
                texts.append(fill(self.tr("Nothing sent – %1"), days_text(r.verdict.days_left or 0)))
            elif reason == CallReason.PENDING:
                texts.append(fill(self.tr("Not yet – %1"), days_text(r.verdict.days_left or 0)))
            elif reason == CallReason.LATE:
                texts.append(self.tr("Sent late (supplement)"))
            else:
                texts.append(self._texts.quota_text(r))
        return "; ".join(texts)
