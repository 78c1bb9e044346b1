"""The mapping step of an import: which column of a foreign list holds what, and who sent it.

Nothing is written here except the sender's mapping, remembered for next time
(``services.imports.remember_mapping``) when the clerk confirms.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.header_match import HeaderMatch
from hagiang_desktop.core.import_columns import COLUMNS
from hagiang_desktop.core.legacy_encoding import convert, encoding_from_font, guess_column_encoding
from hagiang_desktop.services import imports
from hagiang_desktop.services.imports import RawTable, RowChoices
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.dialogs.import_choices import kind_and_field_combos
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.models.import_preview_model import field_label


def _key_label(key: str) -> str:
    if key == "row_id":
        return QCoreApplication.translate("imports", "row id")
    if key == "criteria":
        return QCoreApplication.translate("imports", "criteria codes")
    if key == "date":
        return QCoreApplication.translate("imports", "registration date")
    return field_label(key)


def _samples(table: RawTable, index: int) -> list[str]:
    """Return a column's first values, legacy encodings converted (by font, else guessed per column)."""
    cells = [row.cells[index] for row in table.rows[:20] if row.cells[index].text]
    guessed = guess_column_encoding([c.text for c in cells if isinstance(c.value, str)])
    return [
        convert(c.text, encoding_from_font(c.font) or guessed) if isinstance(c.value, str) else c.text
        for c in cells[:3]
    ]


def _match_text(match: HeaderMatch) -> str:
    """Say why a column was given its meaning, or why it was left to the clerk."""
    rivals = " / ".join(_key_label(k) for k in match.rivals)
    texts = {
        "exact": QCoreApplication.translate("imports", "the header says so"),
        "words": fill(
            QCoreApplication.translate("imports", "the header's words match (%1 %)"),
            round(match.score * 100),
        ),
        "remembered": QCoreApplication.translate("imports", "chosen before for this sender"),
        "tie": fill(QCoreApplication.translate("imports", "could be %1: choose"), rivals),
        "low": QCoreApplication.translate("imports", "too few words match: choose"),
        "taken": fill(QCoreApplication.translate("imports", "another column matches %1 better"), rivals),
    }
    return texts.get(match.reason, "")


class ColumnMappingDialog(QDialog):
    """Say which column of a foreign list holds what, and who sent it.

    The program proposes a mapping from the header texts (and what was chosen before for the same
    sender); the clerk confirms or edits it.

    Args:
        ws: the workspace (to propose and remember mappings).
        table: the list as read.
        senders: the units the list may come from.
        parent: the parent widget.
    """

    def __init__(
        self, ws: Workspace, table: RawTable, senders: Sequence[UnitRow], parent: QWidget | None = None
    ):
        super().__init__(parent, objectName="columnMappingDialog")
        self._ws = ws
        self._table = table
        self.setWindowTitle(QCoreApplication.translate("imports", "Which column holds what?"))
        self.unit_combo = QComboBox(self, objectName="senderCombo")
        for unit in senders:
            self.unit_combo.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.unit_combo.setEditable(False)
        self.grid = QTableWidget(len(table.headers), 5, self, objectName="mappingTable")
        self.grid.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("imports", "Column in the file"),
                QCoreApplication.translate("imports", "As typed (old encoding)"),
                QCoreApplication.translate("imports", "First values"),
                QCoreApplication.translate("imports", "Means"),
                QCoreApplication.translate("imports", "Why"),
            ]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(False)  # one line per column of the file; the rest shows on hover
        self.combos: list[QComboBox] = []
        originals = table.header_originals or table.headers
        for index, header in enumerate(table.headers):
            # The header converted from TCVN3/VNI, and beside it as the file has it (#19).
            self.grid.setItem(index, 0, QTableWidgetItem(header))
            original = originals[index] if index < len(originals) else header
            self.grid.setItem(index, 1, QTableWidgetItem(original if original != header else ""))
            samples = _samples(table, index)
            first = QTableWidgetItem(" · ".join(samples)[:120])
            first.setToolTip("\n".join(samples))
            self.grid.setItem(index, 2, first)
            combo = QComboBox(self.grid)
            combo.addItem(QCoreApplication.translate("imports", "(ignore)"), None)
            for column in COLUMNS:
                combo.addItem(_key_label(column.key), column.key)
            self.grid.setCellWidget(index, 3, combo)
            self.grid.setItem(index, 4, QTableWidgetItem(""))
            self.combos.append(combo)
        self.grid.setColumnHidden(1, originals == table.headers)
        self.grid.resizeColumnToContents(0)
        self.grid.resizeColumnToContents(1)
        for number, width in ((0, 240), (1, 220)):
            self.grid.setColumnWidth(number, min(self.grid.columnWidth(number), width))
        self.grid.setColumnWidth(3, 200)
        self.grid.setColumnWidth(4, 240)
        # When the list has no column for them, each row's kind and field are read from the row;
        # the clerk may say them for every row instead (--kind/--field on the command line).
        keep = QCoreApplication.translate("imports", "(read from each row)")
        self.kind_combo, self.field_combo = kind_and_field_combos(ws, self, keep)
        self.remember = QCheckBox(
            QCoreApplication.translate("imports", "Remember this mapping for this sender"),
            self,
            objectName="rememberMapping",
        )
        self.remember.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("imports", "Preview")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("imports", "Sent by:"), self.unit_combo)
        form.addRow(QCoreApplication.translate("imports", "Kind of every row:"), self.kind_combo)
        form.addRow(QCoreApplication.translate("imports", "Field of every row:"), self.field_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                fill(
                    QCoreApplication.translate("imports", "File: %1 – sheet %2"), table.path.name, table.sheet
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.grid)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.unit_combo.currentIndexChanged.connect(self._propose)
        self._propose()
        fit_to_screen(self, QSize(1200, 560))  # within a 1366×768 screen, with room for the first values

    def _propose(self) -> None:
        matches = imports.propose_matches(self._ws, self._table, self.unit_code())
        for index, (combo, match) in enumerate(zip(self.combos, matches, strict=True)):
            combo.setCurrentIndex(max(combo.findData(match.key), 0))
            why = self.grid.item(index, 4)
            why.setText(_match_text(match))
            why.setBackground(
                Qt.GlobalColor.yellow if match.reason in ("tie", "low") else Qt.GlobalColor.transparent
            )

    def choices(self) -> RowChoices:
        """Return the kind and field the clerk gave every row (None: read from each row)."""
        return RowChoices(kind=self.kind_combo.currentData(), field_code=self.field_combo.currentData())

    def unit_code(self) -> str | None:
        """Return the chosen sender's code."""
        code = self.unit_combo.currentData()
        return str(code) if code else None

    def keys(self) -> list[str | None]:
        """Return the chosen key (or None) per column."""
        return [combo.currentData() for combo in self.combos]

    def accept(self) -> None:
        """Check that a column holds the name, remember the mapping, close (Qt override)."""
        if "name" not in self.keys():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                QCoreApplication.translate("imports", "Choose the column that holds the name."),
            )
            return
        code = self.unit_code()
        if code and self.remember.isChecked():
            imports.remember_mapping(self._ws, code, self._table.headers, self.keys())
        super().accept()
