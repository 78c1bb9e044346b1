"""The preview of a directory file's import: what it adds, changes and closes, and its errors."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.directory_io import ImportPreview
from hagiang_desktop.ui.dialogs.units.texts import import_error_text
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel


class ImportPreviewDialog(QDialog):
    """List what an import would add, change and close, and each row's error; apply only if clean.

    The Import button only asks (``apply_requested``): the tab writes the import in a worker while
    the dialog stays open, and closes it once written, or leaves it open after a Cancel.

    Attributes:
        preview: the preview shown.

    Signals:
        apply_requested: the clerk pressed Import.
    """

    apply_requested = Signal()

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import the directory – preview"))
        fit_to_screen(self, QSize(900, 560))
        rows: list[tuple[str, str, str, str, str]] = []
        for issue in preview.errors:
            detail = import_error_text(issue.code) + (f": {issue.value}" if issue.value else "")
            rows.append((self.tr("Error"), str(issue.line or ""), issue.column or "", "", detail))
        for label, changes in (
            (self.tr("To add"), preview.added),
            (self.tr("To change"), preview.changed),
            (self.tr("To close"), preview.closed),
        ):
            for change in changes:
                detail = ", ".join(change.fields)
                if change.row.valid_to and label == self.tr("To close"):
                    detail = fill(self.tr("last day %1"), format_date_short(change.row.valid_to))
                rows.append((label, str(change.line), change.row.code, change.row.name, detail))
        self.model: RowsTableModel[tuple[str, str, str, str, str]] = RowsTableModel(
            [
                Column(self.tr("What"), lambda r: r[0]),
                Column(self.tr("Line"), lambda r: r[1], numeric=True),
                Column(self.tr("Code / column"), lambda r: r[2]),
                Column(self.tr("Name"), lambda r: r[3]),
                Column(self.tr("Detail"), lambda r: r[4]),
            ],
            self,
        )
        self.model.set_rows(rows)
        table = QTableView(self, objectName="previewTable")
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the first rows only: measuring a province's 20,000 rows held the window.
        table.horizontalHeader().setResizeContentsPrecision(100)
        table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self, wordWrap=True, objectName="previewSummary")
        summary = fill(
            self.tr("%1 added, %2 changed, %3 closed, %4 unchanged."),
            len(preview.added),
            len(preview.changed),
            len(preview.closed),
            preview.unchanged,
        )
        if not preview.ok:
            summary += " " + fill(
                self.tr("%1 error(s): correct the file and import it again; nothing will be changed."),
                len(preview.errors),
            )
        self.summary.setText(summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel, self
        )
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.setText(self.tr("&Import"))
        self._can_apply = preview.ok and bool(preview.added or preview.changed or preview.closed)
        apply_button.setEnabled(self._can_apply)
        apply_button.clicked.connect(self.apply_requested)
        self.buttons.rejected.connect(self.reject)
        self.hint_label = QLabel(self, wordWrap=True, objectName="previewHint")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(preview.source, self))
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while the import is written (nothing may start a second write)."""
        self.buttons.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(self._can_apply and not busy)

    def show_cancelled(self) -> None:
        """Say that the import was cancelled and nothing written (the dialog stays open)."""
        self.hint_label.setText(
            self.tr("The import was cancelled; nothing was written. Import again or close.")
        )
