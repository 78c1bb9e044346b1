"""The province's trust store: which offices' certificates it accepts (issue #7)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import VN_TZ, format_date_short
from hagiang_desktop.ui.dialogs.bundle_dialogs.tables import close_box, read_only_table, selected_row
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel

if TYPE_CHECKING:  # services.bundles loads the exporters: only when a bundle is made (#11)
    from hagiang_desktop.services.bundles import TrustedRow


def _status_text(status: str) -> str:
    return {
        "active": QCoreApplication.translate("bundles", "trusted"),
        "removed": QCoreApplication.translate("bundles", "no longer trusted"),
    }.get(status, status)


class TrustStoreDialog(QDialog):
    """The province's trust store: offices' certificates with fingerprint and unit.

    Attributes:
        model: the table's model.
        import_button: imports a certificate (.pem).
        remove_button: stops trusting the selected certificate.
    """

    def __init__(self, rows: Sequence[TrustedRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Trusted certificates"))
        self.model: RowsTableModel[TrustedRow] = RowsTableModel(
            [
                Column(QCoreApplication.translate("bundles", "Unit code"), lambda r: r.unit_code),
                Column(
                    QCoreApplication.translate("bundles", "Subject"),
                    lambda r: r.subject.split("CN=")[-1],
                ),
                Column(QCoreApplication.translate("bundles", "SHA-256 fingerprint"), lambda r: r.fingerprint),
                Column(QCoreApplication.translate("bundles", "Status"), lambda r: _status_text(r.status)),
                Column(
                    QCoreApplication.translate("bundles", "Added"),
                    lambda r: format_date_short(r.added_at.astimezone(VN_TZ).date()),
                    sort_value=lambda r: r.added_at,
                ),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = read_only_table(self.model, self, stretch=1)
        self.import_button = QPushButton(
            QCoreApplication.translate("bundles", "Import a certificate…"), self, objectName="importCert"
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("bundles", "Stop trusting"), self, objectName="removeCert"
        )
        buttons = close_box(self, self.import_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 420))

    def selected(self) -> TrustedRow | None:
        """Return the selected certificate, if any."""
        return selected_row(self.view, self.model)
