"""Another clerk saved the unit being edited: both versions side by side, and the clerk chooses (#22).

Every field of the edit dialog is listed, the other clerk's value beside this clerk's typing, the
ones that differ highlighted; the parent and the closing day (changed elsewhere, not in this
dialog) are listed too, so a move or a closing made meanwhile is seen. Saving "mine" writes only
the fields of the edit dialog: a move or a closing the other clerk made stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.unit_edits import UnitConflict
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.ui.dialogs.edit_conflict import ConflictDialog, ConflictRow
from hagiang_desktop.ui.dialogs.units.common import Lookup
from hagiang_desktop.ui.dialogs.units.edit import UnitValues
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.labels import unit_kind_label

#: The unit's fields as the clerk knows them, in the edit dialog's order.
UNIT_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("conflict", "Name"),
    "short_name": QT_TRANSLATE_NOOP("conflict", "Short name"),
    "kind": QT_TRANSLATE_NOOP("conflict", "Unit kind"),
    "parent": QT_TRANSLATE_NOOP("conflict", "Parent unit"),
    "valid_from": QT_TRANSLATE_NOOP("conflict", "Exists from"),
    "valid_to": QT_TRANSLATE_NOOP("conflict", "Last day"),
    "person": QT_TRANSLATE_NOOP("conflict", "Person in charge"),
    "phone": QT_TRANSLATE_NOOP("conflict", "Phone"),
    "email": QT_TRANSLATE_NOOP("conflict", "E-mail"),
    "groups": QT_TRANSLATE_NOOP("conflict", "Emulation groups"),
}


def _day(day: date | None) -> str:
    return format_date_short(day) if day else ""


def _unit_text(code: str | None, lookup: Lookup | None) -> str:
    """Return a unit as "name (code)" when it can be found, else its code."""
    if not code:
        return ""
    found = lookup(code) if lookup is not None else None
    return f"{found.name} ({code})" if found is not None else code


def unit_rows(
    mine: UnitValues,
    my_groups: Set[str],
    opened: UnitRow,
    conflict: UnitConflict,
    group_names: Mapping[str, str],
    lookup: Lookup | None = None,
) -> list[ConflictRow]:
    """Return the unit's fields, the other clerk's version beside this clerk's, for the dialog.

    Args:
        mine: what the clerk typed in the edit dialog.
        my_groups: the groups the clerk ticked.
        opened: the unit as the edit dialog opened it (its parent and closing day are "mine").
        conflict: the refusal, with the unit and its groups as the other clerk saved them.
        group_names: the groups' names by code.
        lookup: finds a unit by code (the parent is shown by its name).
    """
    theirs = conflict.theirs

    def groups(codes: Set[str]) -> str:
        return ", ".join(sorted(group_names.get(code, code) for code in codes))

    values = {
        "name": (theirs.name, mine["name"]),
        "short_name": (theirs.short_name or "", mine["short_name"] or ""),
        "kind": (unit_kind_label(theirs.kind), unit_kind_label(mine["kind"])),
        "parent": (_unit_text(theirs.parent_code, lookup), _unit_text(opened.parent_code, lookup)),
        "valid_from": (_day(theirs.valid_from), _day(mine["valid_from"])),
        "valid_to": (_day(theirs.valid_to), _day(opened.valid_to)),
        "person": (theirs.contact_person or "", mine["contacts"].person or ""),
        "phone": (theirs.contact_phone or "", mine["contacts"].phone or ""),
        "email": (theirs.contact_email or "", mine["contacts"].email or ""),
        "groups": (groups(conflict.their_groups), groups(my_groups)),
    }
    return [
        ConflictRow(QCoreApplication.translate("conflict", UNIT_FIELD_LABELS[name]), their, my)
        for name, (their, my) in values.items()
    ]


class UnitConflictDialog(ConflictDialog):
    """Both versions of a unit, every field side by side (those that differ marked), and the choices.

    Args:
        rows: the fields, from :func:`unit_rows`.
        opened: the unit as the edit dialog opened it.
        who: who saved the other version ("" when unknown).
    """

    def __init__(
        self, rows: list[ConflictRow], opened: UnitRow, who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        who = who or self.tr("another clerk")
        self.show_versions(
            self.tr("Someone else saved this unit"),
            fill(
                self.tr(
                    "While you were editing %1 (%2), %3 saved a change to it. Nothing of yours is saved "
                    "yet. The items that differ are highlighted: compare the two versions and choose."
                ),
                opened.name,
                opened.code,
                who,
            ),
            who,
            rows,
        )
