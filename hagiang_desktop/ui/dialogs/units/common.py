"""What the unit directory's dialogs share: the unit picker read in a worker, a date box, OK/Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

from hagiang_desktop.ui.widgets.unit_picker import Unit, UnitPicker, Units

#: Finds one unit by code (None when unknown): shows a chosen unit before the list is read.
Lookup = Callable[[str], Unit | None]


def unit_picker(
    parent: QWidget, units: Units, lookup: Lookup | None, name: str, *, allow_empty: bool
) -> UnitPicker:
    """Return a picker whose list, when given as a function, is read in a worker as the dialog opens.

    A province's 20,000 units took 0.3-0.5 s to read and build before the dialog showed.
    """
    picker = UnitPicker(units, parent, allow_empty=allow_empty, lookup=lookup, objectName=name)
    picker.load_in_background()
    return picker


def date_edit(parent: QWidget, day: date | None) -> QDateEdit:
    """Return a dd/MM/yyyy date box with a calendar, showing ``day`` (today when None)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(day) if day else QDate.currentDate())
    return edit


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """Return OK and Cancel buttons that accept and reject ``dialog``."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def without(units: Units, code: str) -> Units:
    """Return the units (or the function reading them) without the unit ``code``."""
    if callable(units):
        return lambda: [u for u in units() if u.code != code]
    return [u for u in units if u.code != code]
