"""Add a unit or edit one (code, name, kind, parent, dates, contacts, groups)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypedDict, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.unit_names import kind_from_name, kind_under
from hagiang_desktop.core.vntext import clean_text
from hagiang_desktop.services.unit_edits import Contacts
from hagiang_desktop.services.units import GroupRow, UnitRow
from hagiang_desktop.ui.dialogs.units.common import Lookup, date_edit, ok_cancel, unit_picker
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.widgets.group_combo import HOW_TO_IMPORT, NONE_LOADED
from hagiang_desktop.ui.widgets.unit_picker import Units


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
        self.parent_picker = unit_picker(self, units, lookup, "unitParent", allow_empty=True)
        self.parent_picker.set_code(unit.parent_code if unit else parent_code)
        self.parent_picker.setEnabled(unit is None)  # moving has its own dialog (cycle check)
        # The box says what ticking it means ("Đã biết" said nothing, #17).
        self.from_check = QCheckBox(self.tr("Date known:"), self)
        self.from_edit = date_edit(self, (unit.valid_from if unit else None) or view_day)
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
        self.changed_edit = date_edit(self, view_day)
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
        layout.addWidget(ok_cancel(self))

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
