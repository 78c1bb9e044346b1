"""The unit directory's refusals, import row errors and link kinds in the clerk's words.

The dialogs only collect what the clerk types; the tab calls the services and shows refusals
with :func:`edit_error_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hagiang_desktop.services.unit_edits import EditErrorCode, UnitEditError
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

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
