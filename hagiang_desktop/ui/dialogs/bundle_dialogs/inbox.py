"""The province's inbox: which units have sent their bundle, when, on time or not (issue #7)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.ui.dialogs.bundle_dialogs.tables import close_box, day_text, read_only_table
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel

if TYPE_CHECKING:  # services.bundles loads the exporters: only when a bundle is made (#11)
    from hagiang_desktop.services.bundles import SenderRow


def _timeliness(row: SenderRow) -> str:
    if row.on_time is None:
        if row.days_left < 0:
            return QCoreApplication.translate("bundles", "overdue, nothing received")
        return fill(QCoreApplication.translate("bundles", "not sent yet (%1 days left)"), row.days_left)
    return (
        QCoreApplication.translate("bundles", "on time")
        if row.on_time
        else QCoreApplication.translate("bundles", "late")
    )


def _own_plan(row: SenderRow) -> str:
    if row.plan_sent is None:
        return QCoreApplication.translate("bundles", "not received")
    text = day_text(row.plan_sent)
    late = QCoreApplication.translate("bundles", "late")
    return text if row.plan_on_time else f"{text} – {late}"


def _timeliness_colour(row: SenderRow) -> str | None:
    if row.on_time is None:
        return "#f6d5d5" if row.days_left < 0 else None
    return "#d8f0d8" if row.on_time else "#f6d5d5"


class InboxDialog(QDialog):
    """The province view: which units have sent their bundle, when, how many, on time or not.

    Attributes:
        model: the table's model.
        import_button: imports a bundle.
    """

    def __init__(self, rows: Sequence[SenderRow], as_of_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Province inbox"))
        self.model: RowsTableModel[SenderRow] = RowsTableModel(
            [
                Column(
                    QCoreApplication.translate("bundles", "Unit"),
                    lambda r: r.name,
                ),
                Column(QCoreApplication.translate("bundles", "Sent by"), lambda r: r.sender_code or ""),
                Column(
                    QCoreApplication.translate("bundles", "Bundles"),
                    lambda r: str(r.bundles),
                    sort_value=lambda r: r.bundles,
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("bundles", "First received"),
                    lambda r: day_text(r.first_received),
                    sort_value=lambda r: r.first_received,
                ),
                Column(
                    QCoreApplication.translate("bundles", "Last received"),
                    lambda r: day_text(r.last_received),
                    sort_value=lambda r: r.last_received,
                ),
                Column(
                    QCoreApplication.translate("bundles", "Nominations"),
                    lambda r: str(r.nominations),
                    sort_value=lambda r: r.nominations,
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("bundles", "On time"),
                    _timeliness,
                    sort_value=lambda r: -1 if r.on_time is None else int(r.on_time),
                    background=_timeliness_colour,
                ),
                Column(  # IV.1: the body's own replication plan, due with its list
                    QCoreApplication.translate("bundles", "Own plan (IV.1)"),
                    _own_plan,
                    sort_value=lambda r: r.plan_sent,
                    background=lambda r: (
                        None if r.plan_on_time is None else ("#d8f0d8" if r.plan_on_time else "#fff1c2")
                    ),
                ),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = read_only_table(self.model, self)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # who has sent comes first
        sent = sum(1 for r in rows if r.bundles)
        summary = QLabel(
            fill(
                QCoreApplication.translate("bundles", "%1 of %2 units have sent their bundle (as of %3)."),
                sent,
                len(rows),
                as_of_text,
            ),
            self,
            objectName="inboxSummary",
        )
        self.import_button = QPushButton(
            QCoreApplication.translate("bundles", "Import a bundle…"), self, objectName="importBundle"
        )
        buttons = close_box(self, self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1000, 560))
