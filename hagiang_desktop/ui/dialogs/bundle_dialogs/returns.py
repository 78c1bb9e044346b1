"""Returning a nomination that came in a bundle to its sender, with the reason (issue #7)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.ui.dialogs.bundle_dialogs.tables import read_only_table, selected_row
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel

if TYPE_CHECKING:  # services.bundles loads the exporters: only when a bundle is made (#11)
    from hagiang_desktop.services.bundles import ReturnableRow


class ReturnDialog(QDialog):
    """Choose a nomination that came in a bundle and say why it goes back to its sender."""

    def __init__(self, rows: Sequence[ReturnableRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Return a nomination"))
        self.model: RowsTableModel[ReturnableRow] = RowsTableModel(
            [
                Column(
                    QCoreApplication.translate("bundles", "Name"),
                    lambda r: r.name,
                ),
                Column(QCoreApplication.translate("bundles", "Field"), lambda r: r.field_code),
                Column(
                    QCoreApplication.translate("bundles", "Registering unit"),
                    lambda r: r.unit_name,
                ),
                Column(QCoreApplication.translate("bundles", "Sent by"), lambda r: r.sender_code),
                Column(QCoreApplication.translate("bundles", "Status"), lambda r: status_label(r.status)),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = read_only_table(self.model, self, sort=None)  # already by sender, then name (SQL)
        self.reason = QPlainTextEdit(self, objectName="returnReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("bundles", "Why it goes back, and what the office should fix")
        )
        self.reason.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("bundles", "Sign and save the return file…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(QLabel(QCoreApplication.translate("bundles", "Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()
        fit_to_screen(self, QSize(900, 520))

    def _check(self) -> None:
        ok = self.selected() is not None and bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def selected(self) -> ReturnableRow | None:
        """Return the chosen nomination, if any."""
        return selected_row(self.view, self.model)
