"""Record the office's own replication plan (plan IV.1): attach the document or give its number and date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hagiang_desktop.services import unit_plans
from hagiang_desktop.services.unit_plans import UnitPlanProblem
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

_PROBLEMS = {
    "nothing_recorded": QT_TRANSLATE_NOOP(
        "UnitPlanDialog", "Attach the plan (PDF or DOCX) or give its number and date."
    ),
    "bad_suffix": QT_TRANSLATE_NOOP("UnitPlanDialog", "Only PDF and DOCX files can be attached: %1"),
    "too_big": QT_TRANSLATE_NOOP("UnitPlanDialog", "The file is too large to keep (over 20 MB)."),
    "not_a_document": QT_TRANSLATE_NOOP("UnitPlanDialog", "This file is not a PDF or Word document: %1"),
    "unreadable": QT_TRANSLATE_NOOP("UnitPlanDialog", "The file cannot be read: %1"),
    "no_deadline": QT_TRANSLATE_NOOP(
        "UnitPlanDialog", "This office sends no plan of its own to the province."
    ),
    "unknown_unit": QT_TRANSLATE_NOOP("UnitPlanDialog", "Unknown unit: %1"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class UnitPlanDialog(QDialog):
    """Attach a body's own plan or record its number, date and the day it was sent."""

    def __init__(
        self, ws: Workspace, unit_code: str, unit_name: str, day: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._ws, self._unit = ws, unit_code
        self.setWindowTitle(self.tr("Our replication plan (IV.1)"))
        self.setMinimumWidth(560)  # the document's name and the plan's sentence fit on a laptop
        current = unit_plans.get(ws, unit_code)
        intro = QLabel(
            fill(
                self.tr(
                    "Plan IV.1: send the list AND the plan for fostering and replicating the exemplars of "
                    "%1 to the province by the same deadline."
                ),
                unit_name,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self, objectName="planFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file attached"))
        if current is not None and current.file_name:
            self.file_edit.setText(current.file_name)
        browse = QPushButton(self.tr("Choose…"), self, objectName="planBrowse")
        browse.clicked.connect(self._browse)
        self._file: Path | None = None
        self.number_edit = QLineEdit(self, objectName="planNumber")
        self.number_edit.setPlaceholderText(self.tr("e.g. 45/KH-UBND"))
        self.signed_edit = QDateEdit(self, objectName="planSigned")
        self.sent_edit = QDateEdit(self, objectName="planSent")
        for edit in (self.signed_edit, self.sent_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.number_edit.setText(current.number or "" if current else "")
        self.signed_edit.setDate(_qdate(current.signed_on if current and current.signed_on else day))
        self.sent_edit.setDate(_qdate(current.sent_on if current else day))
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Document (PDF/DOCX):"), row)
        form.addRow(self.tr("Number:"), self.number_edit)
        form.addRow(self.tr("Signed on:"), self.signed_edit)
        form.addRow(self.tr("Sent to the province on:"), self.sent_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The plan document"), "", self.tr("Plan (*.pdf *.docx)")
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Choose the document to attach."""
        self._file = path
        self.file_edit.setText(path.name)

    def accept(self) -> None:
        """Record the plan; on a refusal say why and keep the dialog open (nothing is lost)."""
        number = self.number_edit.text().strip() or None
        try:
            unit_plans.record(
                self._ws,
                self._unit,
                sent_on=_pydate(self.sent_edit.date()),
                number=number,
                signed_on=_pydate(self.signed_edit.date()) if number else None,
                file=self._file,
            )
        except UnitPlanProblem as problem:
            source = _PROBLEMS.get(problem.code)
            text = QCoreApplication.translate("UnitPlanDialog", source) if source else problem.code
            text = fill(text, problem.detail)
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        super().accept()
