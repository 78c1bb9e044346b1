"""Dialogs of the unit directory: add/edit a unit, move, close, links, and the import preview.

The dialogs only collect what the clerk types; the tab calls the services and shows refusals
with :func:`edit_error_text`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypedDict, cast

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.unit_names import kind_from_name, kind_under
from hagiang_desktop.core.vntext import clean_text, format_date_short
from hagiang_desktop.services.directory_io import ImportPreview
from hagiang_desktop.services.unit_edits import LINK_KINDS, Contacts, EditErrorCode, UnitEditError
from hagiang_desktop.services.units import GroupRow, LinkRow, UnitRow
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.widgets.group_combo import HOW_TO_IMPORT, NONE_LOADED
from hagiang_desktop.ui.widgets.unit_picker import Unit, UnitPicker, Units

#: Finds one unit by code (None when unknown): shows a chosen unit before the list is read.
Lookup = Callable[[str], Unit | None]


def _picker(
    parent: QWidget, units: Units, lookup: Lookup | None, name: str, *, allow_empty: bool
) -> UnitPicker:
    """Return a picker whose list, when given as a function, is read in a worker as the dialog opens.

    A province's 20,000 units took 0.3-0.5 s to read and build before the dialog showed.
    """
    picker = UnitPicker(units, parent, allow_empty=allow_empty, lookup=lookup, objectName=name)
    picker.load_in_background()
    return picker


_EDIT_ERRORS = {
    EditErrorCode.UNKNOWN_UNIT: QT_TRANSLATE_NOOP("unit_errors", "The unit %1 no longer exists."),
    EditErrorCode.CHANGED_MEANWHILE: QT_TRANSLATE_NOOP(
        "unit_errors",
        "%1 saved a change to this unit while you were editing it. Nothing of yours was saved: "
        "open the unit again to see their change, then make yours.",
    ),
    EditErrorCode.UNKNOWN_PARENT: QT_TRANSLATE_NOOP("unit_errors", "Choose the parent unit from the list."),
    EditErrorCode.DUPLICATE_CODE: QT_TRANSLATE_NOOP(
        "unit_errors", "The code %1 is already used by another unit."
    ),
    EditErrorCode.BAD_CODE: QT_TRANSLATE_NOOP(
        "unit_errors", "Enter the unit's code, without spaces (for example 026-PNV)."
    ),
    EditErrorCode.EMPTY_NAME: QT_TRANSLATE_NOOP("unit_errors", "Enter the unit's name."),
    EditErrorCode.CYCLE: QT_TRANSLATE_NOOP(
        "unit_errors", "A unit cannot be put under itself or under one of its own units (%1)."
    ),
    EditErrorCode.OPEN_CHILDREN: QT_TRANSLATE_NOOP(
        "unit_errors", "%1 unit(s) under it are still open after that day. Close or move them first."
    ),
    EditErrorCode.DATE_ORDER: QT_TRANSLATE_NOOP("unit_errors", "The end date %1 is before the start date."),
    EditErrorCode.HAS_NOMINATIONS: QT_TRANSLATE_NOOP(
        "unit_errors", "The unit has %1 nomination(s): it can be closed, never deleted."
    ),
    EditErrorCode.HAS_CHILDREN: QT_TRANSLATE_NOOP(
        "unit_errors", "The unit has %1 unit(s) under it: move or delete them first, or close it."
    ),
    EditErrorCode.HAS_RECEIPTS: QT_TRANSLATE_NOOP(
        "unit_errors", "Submissions from this unit are recorded (%1): it can be closed, not deleted."
    ),
    EditErrorCode.IS_OFFICE: QT_TRANSLATE_NOOP(
        "unit_errors", "This is the office the program works for: choose another office first."
    ),
    EditErrorCode.UNKNOWN_GROUP: QT_TRANSLATE_NOOP("unit_errors", "Unknown emulation group %1."),
    EditErrorCode.SELF_LINK: QT_TRANSLATE_NOOP("unit_errors", "A unit cannot succeed itself."),
    EditErrorCode.BAD_LINK_KIND: QT_TRANSLATE_NOOP("unit_errors", "Unknown kind of link %1."),
    EditErrorCode.AFTER_CLOSING: QT_TRANSLATE_NOOP(
        "unit_errors", "The unit was closed on %1: a link dated later than the next day is refused."
    ),
    EditErrorCode.CHANGE_ORDER: QT_TRANSLATE_NOOP(
        "unit_errors", "A change is already recorded from %1: record changes in the order of their dates."
    ),
    EditErrorCode.NEEDS_CHOICE: QT_TRANSLATE_NOOP(
        "unit_errors", "Choose the successor of nomination %1 (a split sends each nomination to one unit)."
    ),
    EditErrorCode.NOT_SUCCESSOR: QT_TRANSLATE_NOOP("unit_errors", "%1 is not one of the successors."),
}

_IMPORT_ERRORS = {
    "unknown_parent": QT_TRANSLATE_NOOP("unit_errors", "unknown parent"),
    "duplicate_code": QT_TRANSLATE_NOOP("unit_errors", "duplicate code"),
    "bad_date": QT_TRANSLATE_NOOP("unit_errors", "bad date (write YYYY-MM-DD)"),
    "empty_name": QT_TRANSLATE_NOOP("unit_errors", "empty name"),
    "empty_code": QT_TRANSLATE_NOOP("unit_errors", "empty code"),
    "bad_code": QT_TRANSLATE_NOOP("unit_errors", "code with spaces"),
    "unknown_kind": QT_TRANSLATE_NOOP("unit_errors", "unknown kind of unit"),
    "date_order": QT_TRANSLATE_NOOP("unit_errors", "end before start"),
    "unknown_group": QT_TRANSLATE_NOOP("unit_errors", "unknown emulation group"),
    "duplicate_group": QT_TRANSLATE_NOOP("unit_errors", "group named twice"),
    "unknown_group_kind": QT_TRANSLATE_NOOP("unit_errors", "kind must be bloc or cluster"),
    "unknown_unit": QT_TRANSLATE_NOOP("unit_errors", "unknown unit code"),
    "missing_column": QT_TRANSLATE_NOOP("unit_errors", "a required column is missing"),
    "cycle": QT_TRANSLATE_NOOP("unit_errors", "the parent links form a cycle"),
    "formula": QT_TRANSLATE_NOOP("unit_errors", "the name is a spreadsheet formula"),
    "other": QT_TRANSLATE_NOOP("unit_errors", "the file cannot be read"),
}

_LINK_KINDS = {
    "merge": QT_TRANSLATE_NOOP("unit_errors", "Merge"),
    "split": QT_TRANSLATE_NOOP("unit_errors", "Split"),
    "rename": QT_TRANSLATE_NOOP("unit_errors", "Rename"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("unit_errors", source)


def edit_error_text(error: UnitEditError) -> str:
    """Return what the clerk reads for a refused edit."""
    source = _EDIT_ERRORS.get(error.code)
    return fill(_tr(source), error.detail) if source else str(error)


def import_error_text(code: str) -> str:
    """Return the translated reason of an import row's error."""
    return _tr(_IMPORT_ERRORS.get(code, _IMPORT_ERRORS["other"]))


def link_kind_label(kind: str) -> str:
    """Return the translated kind of a predecessor → successor link."""
    source = _LINK_KINDS.get(kind)
    return _tr(source) if source else kind


def _date_edit(parent: QWidget, day: date | None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(day) if day else QDate.currentDate())
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class UnitValues(TypedDict):
    """What :meth:`UnitEditDialog.values` gives: the services' keyword arguments, and the dated change."""

    code: str
    name: str
    short_name: str | None
    kind: UnitKind
    parent_code: str | None
    valid_from: date | None
    changed_from: date | None
    contacts: Contacts


class UnitEditDialog(QDialog):
    """Add a unit or edit one: code, name, kind, parent (when adding), start date, contacts, groups.

    Args:
        units: the units a new one may be put under (or a function that reads them).
        groups: the emulation groups offered.
        unit: the unit to edit, or None to add one.
        parent_code: the parent proposed for a new unit.
        member_of: the groups the edited unit belongs to.
        lookup: finds a unit by code (lets a function given as ``units`` be read in a worker).
        view_day: the day the directory shows: a new unit's start date is offered as that day
            (#17), and a rename is dated from it (#24).
    """

    def __init__(
        self,
        units: Units,
        groups: Sequence[GroupRow],
        unit: UnitRow | None = None,
        parent_code: str | None = None,
        member_of: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        lookup: Lookup | None = None,
        view_day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("Add unit"))
        self.setMinimumWidth(560)
        self.code_edit = QLineEdit(unit.code if unit else "", self, objectName="unitCode")
        self.code_edit.setReadOnly(unit is not None)
        self.name_edit = QLineEdit(unit.name if unit else "", self, objectName="unitName")
        self.short_edit = QLineEdit((unit.short_name or "") if unit else "", self)
        self.kind_combo = QComboBox(self, objectName="unitKind")
        for kind in UnitKind:
            self.kind_combo.addItem(unit_kind_label(kind), str(kind))
        parent_unit = lookup(parent_code) if unit is None and parent_code and lookup is not None else None
        kind = unit.kind if unit else kind_under(getattr(parent_unit, "kind", None))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))
        # A new unit's name proposes its kind ("Trường …": a school) until the clerk picks one (#17).
        self._kind_chosen = unit is not None
        self.kind_combo.activated.connect(self._choose_kind)
        self.name_edit.textChanged.connect(self._propose_kind)
        self.parent_picker = _picker(self, units, lookup, "unitParent", allow_empty=True)
        self.parent_picker.set_code(unit.parent_code if unit else parent_code)
        self.parent_picker.setEnabled(unit is None)  # moving has its own dialog (cycle check)
        # The box says what ticking it means ("Đã biết" said nothing, #17).
        self.from_check = QCheckBox(self.tr("Date known:"), self)
        self.from_edit = _date_edit(self, (unit.valid_from if unit else None) or view_day)
        self.from_check.setChecked(bool(unit and unit.valid_from))
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.from_edit.setEnabled(self.from_check.isChecked())
        self.person_edit = QLineEdit(
            (unit.contact_person or "") if unit else "", self, objectName="contactPerson"
        )
        self.phone_edit = QLineEdit(
            (unit.contact_phone or "") if unit else "", self, objectName="contactPhone"
        )
        self.email_edit = QLineEdit(
            (unit.contact_email or "") if unit else "", self, objectName="contactEmail"
        )
        self.group_list = QListWidget(self)
        self.group_list.setMaximumHeight(110)
        for group in groups:
            item = QListWidgetItem(group.name, self.group_list)
            item.setData(Qt.ItemDataRole.UserRole, group.code)
            item.setCheckState(Qt.CheckState.Checked if group.code in member_of else Qt.CheckState.Unchecked)
        if not groups:  # none shipped (#24): say how to load them instead of an empty box
            QListWidgetItem(QCoreApplication.translate("groups", NONE_LOADED), self.group_list)
            self.group_list.setEnabled(False)
            self.group_list.setToolTip(QCoreApplication.translate("groups", HOW_TO_IMPORT))

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("S&hort name:"), self.short_edit)
        form.addRow(self.tr("Unit &kind:"), self.kind_combo)
        form.addRow(self.tr("&Parent unit:"), self.parent_picker)
        start = QHBoxLayout()
        start.addWidget(self.from_check)
        start.addWidget(self.from_edit, 1)
        # A layout has no buddy: give the label one, or its "&" would show.
        form.addRow(QLabel(self.tr("Exists &from:"), self, buddy=self.from_edit), start)
        # A rename, new short name or kind from a day keeps the old ones before it (issue #24);
        # unticked, the change corrects the name for every day (a typing mistake).
        self.changed_check = QCheckBox(self.tr("A change from:"), self, objectName="changedFrom")
        self.changed_edit = _date_edit(self, view_day)
        self.changed_edit.setObjectName("changedFromDate")
        self.changed_edit.setEnabled(False)
        self.changed_check.toggled.connect(self.changed_edit.setEnabled)
        self.changed_check.setToolTip(
            self.tr("Tick for a rename decided from a day: views before that day keep the old name.")
        )
        if unit is not None:
            changed = QHBoxLayout()
            changed.addWidget(self.changed_check)
            changed.addWidget(self.changed_edit, 1)
            form.addRow(QLabel(self.tr("Name, kind:"), self), changed)
        else:  # a new unit has no earlier name: out of any layout, they sat over the top corner
            self.changed_check.hide()
            self.changed_edit.hide()
        form.addRow(self.tr("Person in &charge:"), self.person_edit)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("Emulation &groups:"), self.group_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> UnitValues:
        """Return what was typed, as keyword arguments of the services (text NFC-cleaned)."""
        return UnitValues(
            code=clean_text(self.code_edit.text()),
            name=clean_text(self.name_edit.text()),
            short_name=clean_text(self.short_edit.text()) or None,
            kind=UnitKind(self.kind_combo.currentData()),
            parent_code=self.parent_picker.code(),
            # (the stubs type QDate.toPython() as object)
            valid_from=cast(date, self.from_edit.date().toPython()) if self.from_check.isChecked() else None,
            changed_from=(
                cast(date, self.changed_edit.date().toPython()) if self.changed_check.isChecked() else None
            ),
            contacts=Contacts(
                person=self.person_edit.text(), phone=self.phone_edit.text(), email=self.email_edit.text()
            ),
        )

    def _choose_kind(self, _index: int) -> None:
        self._kind_chosen = True

    def _propose_kind(self, name: str) -> None:
        kind = None if self._kind_chosen else kind_from_name(name)
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))

    def focus_first_missing(self) -> None:
        """Put the cursor in the first required field left empty (the code, then the name)."""
        for edit in (self.code_edit, self.name_edit):
            if not edit.isReadOnly() and not edit.text().strip():
                edit.setFocus()
                return

    def group_codes(self) -> set[str]:
        """Return the codes of the ticked groups."""
        return {
            str(self.group_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.group_list.count())
            if self.group_list.item(i).checkState() == Qt.CheckState.Checked
        }


class MoveDialog(QDialog):
    """Choose the new parent of a unit (empty: make it a root); ``units`` as for :class:`UnitEditDialog`."""

    def __init__(
        self, unit: UnitRow, units: Units, parent: QWidget | None = None, *, lookup: Lookup | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Move %1"), unit.name))
        self.picker = _picker(self, units, lookup, "moveParent", allow_empty=True)
        self.picker.set_code(unit.parent_code)
        form = QFormLayout(self)
        form.addRow(QLabel(fill(self.tr("Put <b>%1</b> and everything under it under:"), unit.name)))
        form.addRow(self.tr("New &parent:"), self.picker)
        form.addRow(_buttons(self))

    def parent_code(self) -> str | None:
        """Return the chosen parent's code, or None for a root."""
        return self.picker.code()


class CloseDialog(QDialog):
    """Choose the last day a unit exists."""

    def __init__(self, unit: UnitRow, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Close %1"), unit.name))
        self.date_edit = _date_edit(self, unit.valid_to or day)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "A closed unit stays in the history and in old lists; it is no longer offered for new "
                    "registrations after that day."
                ),
                wordWrap=True,
            )
        )
        form.addRow(self.tr("&Last day:"), self.date_edit)
        form.addRow(_buttons(self))

    def day(self) -> date:
        """Return the chosen last day."""
        return self.date_edit.date().toPython()  # type: ignore[return-value]


def _without(units: Units, code: str) -> Units:
    """Return the units (or the function reading them) without the unit ``code``."""
    if callable(units):
        return lambda: [u for u in units() if u.code != code]
    return [u for u in units if u.code != code]


class LinksDialog(QDialog):
    """Show and edit a unit's predecessors and successors (merge, split, rename) with legal basis.

    Args:
        unit: the unit.
        units: the units it may be linked with (or a function that reads them); itself is left out.
        load: returns the unit's current links.
        add: adds a link (predecessor code, successor code, kind, legal basis, legal date, and
            whether it is a merge from that date that moves the nominations).
        remove: removes a link by id.
        lookup: finds a unit by code (lets a function given as ``units`` be read in a worker).
    """

    def __init__(
        self,
        unit: UnitRow,
        units: Units,
        load: Callable[[], list[LinkRow]],
        add: Callable[[str, str, str, str, date, bool], object],
        remove: Callable[[int], object],
        parent: QWidget | None = None,
        *,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._unit, self._load, self._add, self._remove = unit, load, add, remove
        self.setWindowTitle(fill(self.tr("Predecessors and successors of %1"), unit.name))
        fit_to_screen(self, QSize(820, 420))
        self.model: RowsTableModel[LinkRow] = RowsTableModel(
            [
                Column(self.tr("Predecessor"), lambda r: f"{r.predecessor_name} ({r.predecessor_code})"),
                Column(self.tr("Successor"), lambda r: f"{r.successor_name} ({r.successor_code})"),
                Column(self.tr("Change"), lambda r: link_kind_label(r.kind)),
                Column(self.tr("Legal basis"), lambda r: r.legal_basis or ""),
                Column(self.tr("Date"), lambda r: format_date_short(r.legal_date) if r.legal_date else ""),
            ],
            self,
        )
        self.table = QTableView(self, objectName="linkTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton(self.tr("&Remove link"), self)
        self.remove_button.clicked.connect(self._remove_selected)

        self.direction = QComboBox(self, objectName="linkDirection")
        self.direction.addItem(self.tr("is succeeded by"), "successor")
        self.direction.addItem(self.tr("succeeds"), "predecessor")
        self.other = _picker(self, _without(units, unit.code), lookup, "linkOther", allow_empty=False)
        self.kind = QComboBox(self, objectName="linkKind")
        for kind in LINK_KINDS:
            self.kind.addItem(link_kind_label(kind), kind)
        self.basis = QLineEdit(self, objectName="linkBasis")
        self.basis.setPlaceholderText(self.tr("e.g. Nghị quyết 1267/NQ-UBTVQH15"))
        self.basis_date = _date_edit(self, None)
        # A merge from the date (issue #24): the old unit closes the day before and its
        # nominations move to the successor, instead of a link that moves nothing.
        self.move_check = QCheckBox(
            self.tr("Merge from this date: close the predecessor the day before and move its nominations"),
            self,
            objectName="linkMoves",
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.add_button = QPushButton(self.tr("&Add link"), self)
        self.add_button.clicked.connect(self._add_link)
        self.error_label = QLabel(self, wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("This unit:"), self.direction)
        form.addRow(self.tr("&Other unit:"), self.other)
        form.addRow(self.tr("&Change:"), self.kind)
        form.addRow(self.tr("Legal &basis:"), self.basis)
        form.addRow(self.tr("Document &date:"), self.basis_date)
        form.addRow("", self.move_check)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """Read the links again."""
        self.model.set_rows(self._load())

    def _kind_changed(self) -> None:
        merge = self.kind.currentData() == "merge"
        self.move_check.setEnabled(merge)
        if not merge:
            self.move_check.setChecked(False)

    def _add_link(self) -> None:
        other = self.other.code()
        if other is None:
            self.error_label.setText(self.tr("Choose the other unit from the list."))
            return
        pred, succ = (
            (self._unit.code, other)
            if self.direction.currentData() == "successor"
            else (other, self._unit.code)
        )
        try:
            self._add(
                pred,
                succ,
                self.kind.currentData(),
                self.basis.text(),
                cast(date, self.basis_date.date().toPython()),  # typed object in the stubs
                self.move_check.isChecked(),
            )
        except UnitEditError as error:
            self.error_label.setText(edit_error_text(error))
            return
        self.error_label.clear()
        self.basis.clear()
        self.reload()

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._remove(self.model.rows()[rows[0].row()].id)
            self.reload()


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
