"""The receipts register: what each unit sent, when, how, under which document number.

The clerk logs each submission as it arrives (a paper letter, an e-mail, a USB stick); the
dashboard judges timeliness from it. Every change goes through :mod:`services.receipts`, which
audits it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import Channel
from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services import receipts
from hagiang_desktop.services.receipts import ReceiptInput, ReceiptProblem, ReceiptRow
from hagiang_desktop.services.scope import Scope
from hagiang_desktop.services.units import get_unit
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import channel_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.models.sort_proxy import PythonSortProxy
from hagiang_desktop.ui.widgets.unit_picker import Unit, UnitPicker, Units


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReceiptDialog(QDialog):
    """Enter or correct one receipt.

    The unit picker has the focus when the dialog opens: a function given as ``units`` is read
    in a worker meanwhile (a province's 20,000 units held the dialog 0.4-0.8 s before it showed).

    Args:
        units: the units the office receives from (or a function that reads them).
        initial: the receipt to correct, or None for a new one.
        day: the day proposed for a new receipt.
        lookup: finds one unit by code, so that a receipt to correct shows its unit before the
            list is read (needed when ``units`` is a function).
    """

    def __init__(
        self,
        units: Units,
        initial: ReceiptRow | None,
        day: date,
        parent: QWidget | None = None,
        *,
        lookup: Callable[[str], Unit | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a receipt") if initial else self.tr("Log a receipt"))
        self.unit_picker = UnitPicker(units, self, objectName="receiptUnit", lookup=lookup)
        self.unit_picker.load_in_background()
        self.date_edit = QDateEdit(
            _qdate(initial.received_on if initial else day), self, objectName="receiptDate"
        )
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.channel_combo = QComboBox(self, objectName="receiptChannel")
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel), str(channel))
        self.doc_edit = QLineEdit(self, objectName="receiptDocNumber")
        self.doc_edit.setPlaceholderText(self.tr("e.g. 12/UBND"))
        self.note_edit = QPlainTextEdit(self, objectName="receiptNote")
        self.note_edit.setFixedHeight(70)
        if initial is not None:
            self.unit_picker.set_code(initial.unit_code)
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(str(initial.channel)))
            self.doc_edit.setText(initial.doc_number or "")
            self.note_edit.setPlainText(initial.note or "")
        else:
            self.unit_picker.set_code(None)
        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit_picker)
        form.addRow(self.tr("&Received on:"), self.date_edit)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        form.addRow(self.tr("Document &number:"), self.doc_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def value(self) -> ReceiptInput | None:
        """Return what was entered, or None when no unit is chosen."""
        code = self.unit_picker.code()
        if code is None:
            return None
        qd = self.date_edit.date()
        return ReceiptInput(
            unit_code=code,
            received_on=date(qd.year(), qd.month(), qd.day()),
            channel=Channel(self.channel_combo.currentData()),
            doc_number=self.doc_edit.text(),
            note=self.note_edit.toPlainText(),
        )

    def _accept(self) -> None:
        if self.value() is None:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Choose the unit from the list (type part of its name).")
            )
            return
        self.accept()


class ReceiptsRegister(QWidget):
    """The register as a table with add, correct and delete buttons.

    Args:
        workspace: the open database.
        scope: the office's scope (whose units it receives from).
        units: the units of the scope for the dialog's picker, or a function that reads them (when
            a dialog opens).

    Signals:
        changed: a receipt was added, corrected or deleted.
    """

    changed = Signal()

    def __init__(self, workspace: Workspace, scope: Scope, units: Units, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._scope = scope
        self._units = units
        self._day = date.today()
        self.model: RowsTableModel[ReceiptRow] = RowsTableModel(
            [
                Column(
                    self.tr("Received on"),
                    lambda r: format_date_short(r.received_on),
                    lambda r: r.received_on,
                ),
                Column(self.tr("Unit"), lambda r: r.unit_name),
                Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
                Column(self.tr("Document number"), lambda r: r.doc_number or ""),
                Column(self.tr("Note"), lambda r: (r.note or "").replace("\n", " ")),
            ],
            self,
        )
        self.proxy = PythonSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self, objectName="receiptsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Log a receipt…"), self, objectName="addReceipt")
        self.edit_button = QPushButton(self.tr("C&orrect…"), self, objectName="editReceipt")
        self.delete_button = QPushButton(self.tr("De&lete"), self, objectName="deleteReceipt")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first

    def set_day(self, day: date) -> None:
        """Propose this day for new receipts (the dashboard's as-of day)."""
        self._day = day

    def refresh(self) -> None:
        """Reload the register."""
        self.model.set_rows(receipts.list_receipts(self._ws, self._scope))
        self._update_buttons()

    def selected(self) -> ReceiptRow | None:
        """Return the selected receipt, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row: ReceiptRow = rows[0].data(RowsTableModel.RowRole)
        return row

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _dialog(self, initial: ReceiptRow | None) -> ReceiptInput | None:
        ws = self._ws
        dialog = ReceiptDialog(self._units, initial, self._day, self, lookup=lambda code: get_unit(ws, code))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def _run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except ReceiptProblem as problem:
            QMessageBox.warning(self, self.tr("Receipts register"), self._problem_text(problem))
            return
        self.refresh()
        self.changed.emit()

    def _problem_text(self, problem: ReceiptProblem) -> str:
        if problem.code == "not_found":
            return self.tr("This receipt no longer exists; it may have been deleted.")
        return self.tr("Choose the unit from the list (type part of its name).")

    def add(self) -> None:
        """Ask for a new receipt and log it."""
        data = self._dialog(None)
        if data is not None:
            self._run(lambda: receipts.add_receipt(self._ws, data))

    def edit_selected(self) -> None:
        """Correct the selected receipt."""
        row = self.selected()
        if row is None:
            return
        data = self._dialog(row)
        if data is not None:
            self._run(lambda: receipts.update_receipt(self._ws, row.id, data))

    def delete_selected(self) -> None:
        """Delete the selected receipt after asking."""
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete receipt"),
            fill(
                self.tr("Delete the receipt of %1 dated %2?"),
                row.unit_name,
                format_date_short(row.received_on),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: receipts.delete_receipt(self._ws, row.id))
