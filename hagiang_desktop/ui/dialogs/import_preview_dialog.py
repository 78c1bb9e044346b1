"""The import preview: every row with its status, the clerk's choices, then Apply in one transaction.

Nothing is written except through ``services.imports.apply`` (the Apply button). Applying, and
reading the rows again in other encodings, take seconds for a province's list: they run in a
worker (``ui.workers``) behind a progress dialog whose Cancel writes nothing.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.import_columns import TEXT_KEYS
from hagiang_desktop.core.legacy_encoding import Encoding
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import imports
from hagiang_desktop.services.imports import (
    ApplyResult,
    ImportPreview,
    ImportProblem,
    RawTable,
    RowChoices,
    RowStatus,
)
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.import_choices import ENCODINGS, kind_and_field_combos
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.models.import_preview_model import (
    COL_CONVERTED,
    COL_DETAIL,
    COL_INFERRED,
    COL_NAME,
    COL_ORIGINAL,
    COL_STATUS,
    ImportPreviewTableModel,
    status_label,
)
from hagiang_desktop.ui.models.sort_proxy import PythonSortProxy
from hagiang_desktop.ui.workers import Worker, run_with_progress


class _StatusFilter(PythonSortProxy):
    """Sort like the other tables, and show only the rows of one status when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: RowStatus | None = None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        """Keep the rows of the chosen status (Qt override)."""
        if self.status is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, ImportPreviewTableModel)
        return model.rows()[source_row].status == self.status


class ImportPreviewDialog(QDialog):
    """Show what an import would do, row by row; Apply writes it in one transaction, Cancel nothing.

    Args:
        ws: the workspace.
        table: the file as read.
        pv: the first preview.
        mapping: the column mapping used (None: proposed), kept when the clerk changes encodings.
        parent: the parent widget.

    Attributes:
        result: what applying wrote, once applied.
    """

    def __init__(
        self,
        ws: Workspace,
        table: RawTable,
        pv: ImportPreview,
        mapping: list[str | None] | None = None,
        parent: QWidget | None = None,
        choices: RowChoices | None = None,
    ) -> None:
        super().__init__(parent, objectName="importPreviewDialog")
        self._ws = ws
        self._table = table
        self._mapping = mapping
        self.choices = choices or RowChoices()
        self.preview = pv
        self.result: ApplyResult | None = None  # type: ignore[assignment]  # not QDialog.result()
        self.worker: Worker | None = None  # the worker applying or reading again, once started
        self.setWindowTitle(fill(QCoreApplication.translate("imports", "Import preview – %1"), pv.path.name))
        self.source_label = QLabel(self, objectName="importSource")
        self.source_label.setWordWrap(True)
        self.summary_label = QLabel(self, objectName="importSummary")
        self.summary_label.setWordWrap(True)
        self.encoding_box = QGroupBox(QCoreApplication.translate("imports", "Text encoding per column"), self)
        self.encoding_combos: dict[int, QComboBox] = {}
        encoding_layout = QGridLayout(self.encoding_box)
        for column in pv.columns:
            if column.key not in TEXT_KEYS:
                continue
            combo = QComboBox(self.encoding_box, objectName=f"encoding{column.index}")
            for encoding, label in ENCODINGS:
                combo.addItem(label, encoding)
            combo.setCurrentIndex(combo.findData(column.encoding))
            how = {
                "font": QCoreApplication.translate("imports", "by font"),
                "guess": QCoreApplication.translate("imports", "guessed"),
                "override": QCoreApplication.translate("imports", "chosen"),
            }.get(column.detected_by)
            label = column.header + (f" ({how})" if how else "")
            place = len(self.encoding_combos)
            encoding_layout.addWidget(QLabel(label, self.encoding_box), place // 3, (place % 3) * 2)
            encoding_layout.addWidget(combo, place // 3, (place % 3) * 2 + 1)
            combo.currentIndexChanged.connect(self._recompute)
            self.encoding_combos[column.index] = combo
        self.encoding_box.setVisible(any(c.detected_by for c in pv.columns) and bool(self.encoding_combos))
        self.filter_combo = QComboBox(self, objectName="statusFilter")
        self.filter_combo.addItem(QCoreApplication.translate("imports", "All rows"), None)
        for status in RowStatus:
            self.filter_combo.addItem(status_label(status), status)
        self.model = ImportPreviewTableModel(self, {f.code: f.short_vi for f in ws.plan.fields})
        self.proxy = _StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(ImportPreviewTableModel.SortRole)
        self.view = QTableView(self, objectName="importPreviewView")
        self.view.setModel(self.proxy)
        # Rows come in the file's order; sorting 100,000 of them through the proxy's Python
        # comparisons would hold the window for seconds, so only a click on a header sorts.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Column widths from the first rows only (the first screenfuls), not from a thousand.
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        # Fix the kind or field read from the selected rows (#19); the preview is read again.
        self.fix_box = QWidget(self, objectName="fixRows")
        keep = QCoreApplication.translate("imports", "(keep)")
        self.fix_kind, self.fix_field = kind_and_field_combos(ws, self.fix_box, keep)
        self.fix_button = QPushButton(
            QCoreApplication.translate("imports", "Set for the selected rows"),
            self.fix_box,
            objectName="fixButton",
        )
        self.fix_button.clicked.connect(self._fix_selected)
        fix_layout = QHBoxLayout(self.fix_box)
        fix_layout.setContentsMargins(0, 0, 0, 0)
        fix_layout.addWidget(
            QLabel(QCoreApplication.translate("imports", "Selected rows – kind:"), self.fix_box)
        )
        fix_layout.addWidget(self.fix_kind)
        fix_layout.addWidget(QLabel(QCoreApplication.translate("imports", "field:"), self.fix_box))
        fix_layout.addWidget(self.fix_field, 1)
        fix_layout.addWidget(self.fix_button)
        self.hint_label = QLabel(self, objectName="importHint")
        self.hint_label.setWordWrap(True)
        self.skip_invalid = QCheckBox(
            QCoreApplication.translate("imports", "Skip the rows with errors and import the others"),
            self,
            objectName="skipInvalid",
        )
        self.include_duplicates = QCheckBox(
            QCoreApplication.translate("imports", "Also import the possible duplicates"),
            self,
            objectName="includeDuplicates",
        )
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(
            QCoreApplication.translate("imports", "Apply"), self, objectName="applyImport"
        )
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.include_duplicates.toggled.connect(self._update_buttons)
        self.filter_combo.currentIndexChanged.connect(self._filter)

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(QLabel(QCoreApplication.translate("imports", "Show:"), self))
        top.addWidget(self.filter_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(top)
        layout.addWidget(self.encoding_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.fix_box)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.include_duplicates)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(1250, 720))
        self._show(pv)

    def _show(self, pv: ImportPreview) -> None:
        self.preview = pv
        self._counts = Counter(row.status for row in pv.rows)  # one pass, not one per figure
        self.model.set_rows(pv.rows)
        self.view.resizeColumnsToContents()
        widths = (
            (COL_NAME, 300),
            (COL_INFERRED, 420),
            (COL_ORIGINAL, 260),
            (COL_CONVERTED, 260),
            (COL_DETAIL, 400),
        )
        for column, width in widths:
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), width))
        self.view.setColumnWidth(COL_STATUS, max(self.view.columnWidth(COL_STATUS), 90))
        kinds = {
            "template": QCoreApplication.translate("imports", "registration template"),
            "list": QCoreApplication.translate("imports", "list"),
            "docx": QCoreApplication.translate("imports", "Word form"),
        }
        self.source_label.setText(
            fill(
                QCoreApplication.translate("imports", "<b>%1</b> (%2, sheet %3) from <b>%4</b>, received %5"),
                pv.path.name,
                kinds.get(pv.form, pv.form),
                pv.sheet,
                pv.unit_name,
                format_date_short(pv.received_on),
            )
        )
        converted = any(r.converted for r in pv.rows)
        for column in (COL_ORIGINAL, COL_CONVERTED):
            self.view.setColumnHidden(column, not converted)
        inferred = any(r.inferred for r in pv.rows) or bool(self.choices.per_row)
        self.view.setColumnHidden(COL_INFERRED, not inferred)
        self.fix_box.setVisible(pv.form != "template")
        self.summary_label.setText(
            "<b>"
            + fill(
                QCoreApplication.translate(
                    "imports",
                    "%1 rows: %2 new, %3 changed, %4 unchanged, %5 possible duplicates, %6 with errors.",
                ),
                len(pv.rows),
                self._counts[RowStatus.NEW],
                self._counts[RowStatus.CHANGED],
                self._counts[RowStatus.UNCHANGED],
                self._counts[RowStatus.DUPLICATE],
                self._counts[RowStatus.ERROR],
            )
            + "</b>"
        )
        self.skip_invalid.setEnabled(bool(pv.errors))
        self.include_duplicates.setEnabled(self._counts[RowStatus.DUPLICATE] > 0)
        self._update_buttons()

    def _filter(self) -> None:
        self.proxy.status = self.filter_combo.currentData()
        self.proxy.invalidate()

    def _update_buttons(self) -> None:
        blocked = bool(self.preview.errors) and not self.skip_invalid.isChecked()
        self.apply_button.setEnabled(not blocked)
        if blocked:
            hint = QCoreApplication.translate(
                "imports",
                "Rows with errors: fix the file and import it again, or tick “Skip the rows with errors”.",
            )
        elif self._counts[RowStatus.DUPLICATE] and not self.include_duplicates.isChecked():
            hint = QCoreApplication.translate(
                "imports",
                "Possible duplicates are not imported unless you tick “Also import the possible duplicates”.",
            )
        else:
            hint = QCoreApplication.translate(
                "imports", "Apply writes the new and changed rows at once; Cancel writes nothing."
            )
        self.hint_label.setText(hint)

    def _fix_selected(self) -> None:
        """Give the selected rows the kind and/or field chosen, then read the file again."""
        chosen = {
            key: value
            for key, value in (
                ("kind", self.fix_kind.currentData()),
                ("field_code", self.fix_field.currentData()),
            )
            if value
        }
        rows = self.model.rows()
        selected = {
            self.proxy.mapToSource(index).row() for index in self.view.selectionModel().selectedRows()
        }
        if not chosen or not selected:
            return
        per_row = {number: dict(values) for number, values in self.choices.per_row.items()}
        for row in selected:
            per_row.setdefault(rows[row].number, {}).update(chosen)
        self.choices = RowChoices(self.choices.kind, self.choices.field_code, per_row)
        self._recompute()

    def _recompute(self) -> None:
        """Read the file again, in a worker, with the encodings and the rows' kinds/fields the clerk chose."""
        encodings = {index: Encoding(combo.currentData()) for index, combo in self.encoding_combos.items()}
        ws, table, shown = self._ws, self._table, self.preview
        self._busy(True)
        self.worker = run_with_progress(
            self,
            self.windowTitle(),
            QCoreApplication.translate("imports", "Reading the rows again with the chosen encodings…"),
            lambda progress: imports.preview(
                ws,
                table,
                unit_code=shown.unit_code,
                mapping=self._mapping,
                encodings=encodings,
                received_on=shown.received_on,
                progress=progress,
                choices=self.choices,
            ),
        )
        self.worker.succeeded.connect(self._show)
        self.worker.failed.connect(self._unexpected)
        self.worker.cancelled.connect(self._show_encodings)
        self.worker.done.connect(lambda: self._busy(False))

    def _show_encodings(self) -> None:
        """Put the encoding boxes back to what the preview shown was read with (after Cancel)."""
        for column in self.preview.columns:
            combo = self.encoding_combos.get(column.index)
            if combo is not None:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(column.encoding))
                combo.blockSignals(False)

    def _busy(self, busy: bool) -> None:
        # While a worker reads or writes, nothing here may start a second one.
        for widget in (
            self.buttons,
            self.encoding_box,
            self.skip_invalid,
            self.include_duplicates,
            self.fix_box,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.skip_invalid.setEnabled(bool(self.preview.errors))
            self.include_duplicates.setEnabled(self._counts[RowStatus.DUPLICATE] > 0)
            self._update_buttons()

    def apply(self) -> None:
        """Write the import in a worker (one transaction) and close; stay open if refused or cancelled."""
        ws, pv = self._ws, self.preview
        skip, duplicates = self.skip_invalid.isChecked(), self.include_duplicates.isChecked()
        self._busy(True)
        self.worker = run_with_progress(
            self,
            self.windowTitle(),
            QCoreApplication.translate(
                "imports",
                "Writing the rows in one transaction…\nCancel stops before the end: nothing is written then.",
            ),
            lambda progress: imports.apply(
                ws, pv, skip_invalid=skip, include_duplicates=duplicates, progress=progress
            ),
        )
        self.worker.succeeded.connect(self._applied)
        self.worker.failed.connect(self._apply_failed)
        self.worker.done.connect(self._apply_ended)

    def _applied(self, result: ApplyResult) -> None:
        self.result = result
        self.accept()

    def _apply_failed(self, error: BaseException) -> None:
        if not isinstance(error, ImportProblem):
            self._unexpected(error)
        QMessageBox.warning(
            self,
            self.windowTitle(),
            QCoreApplication.translate("imports", "Some rows have errors: fix the file or skip them."),
        )

    def _apply_ended(self) -> None:
        self._busy(False)
        if self.worker is not None and self.worker.was_cancelled:  # after _busy, which writes the usual hint
            self.hint_label.setText(
                QCoreApplication.translate(
                    "imports", "The import was cancelled; nothing was written. Apply again or close."
                )
            )

    def _unexpected(self, error: BaseException) -> None:
        raise error  # a bug, not a refusal: the crash handler reports it, as before the worker
