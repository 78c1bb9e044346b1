"""The import preview as a table: one line per row of the file, what applying would do and why.

A :class:`RowsTableModel` over the services' ``PreviewRow`` objects: the cell reference, the
status (a word and a colour, never the colour alone), the name, kind and field read, the text
as it was in the file and as converted from a legacy encoding, and the problems or changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hagiang_desktop.services.imports import PreviewRow, RowProblem, RowStatus
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.labels import nominee_kind_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel

_CONTEXT = "imports"
_STATUSES = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("imports", "New"),
    RowStatus.CHANGED: QT_TRANSLATE_NOOP("imports", "Changed"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("imports", "Unchanged"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("imports", "Duplicate"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("imports", "Error"),
}
_COLOURS = {
    RowStatus.NEW: "#e2f0d9",
    RowStatus.CHANGED: "#ddebf7",
    RowStatus.UNCHANGED: None,
    RowStatus.DUPLICATE: "#fff2cc",
    RowStatus.ERROR: "#f8cbad",
}
_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("imports", "missing: %1"),
    "bad_kind": QT_TRANSLATE_NOOP("imports", "unknown kind of nominee: %1"),
    "bad_field": QT_TRANSLATE_NOOP("imports", "unknown field: %1"),
    "unknown_field": QT_TRANSLATE_NOOP("imports", "unknown field: %1"),
    "field_title_required": QT_TRANSLATE_NOOP("imports", 'name the other field after "%1:"'),
    "bad_honour": QT_TRANSLATE_NOOP("imports", "honour not in the plan: %1"),
    "bad_date": QT_TRANSLATE_NOOP("imports", "invalid date: %1"),
    "bad_year": QT_TRANSLATE_NOOP("imports", "invalid birth year: %1"),
    "kind_not_allowed": QT_TRANSLATE_NOOP("imports", "the field does not admit this kind: %1"),
    "unknown_criterion": QT_TRANSLATE_NOOP("imports", "criteria that do not apply: %1"),
    "name_required": QT_TRANSLATE_NOOP("imports", "missing: %1"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("imports", "name"),
    "kind": QT_TRANSLATE_NOOP("imports", "kind"),
    "field_code": QT_TRANSLATE_NOOP("imports", "field"),
    "position": QT_TRANSLATE_NOOP("imports", "position"),
    "work_unit": QT_TRANSLATE_NOOP("imports", "work unit"),
    "gender": QT_TRANSLATE_NOOP("imports", "gender"),
    "birth_year": QT_TRANSLATE_NOOP("imports", "birth year"),
    "household_head": QT_TRANSLATE_NOOP("imports", "household head"),
    "village": QT_TRANSLATE_NOOP("imports", "village"),
    "commune": QT_TRANSLATE_NOOP("imports", "commune"),
    "achievements": QT_TRANSLATE_NOOP("imports", "achievements"),
    "good_practice": QT_TRANSLATE_NOOP("imports", "good practice"),
    "replication_plan": QT_TRANSLATE_NOOP("imports", "replication plan"),
    "target_honour": QT_TRANSLATE_NOOP("imports", "target honour"),
    "note": QT_TRANSLATE_NOOP("imports", "note"),
    "checks": QT_TRANSLATE_NOOP("imports", "criteria"),
}


#: Why a row's kind or field was read as it was (issue #19); %1 the words found, %2 the value.
_REASONS = {
    "household_name": QT_TRANSLATE_NOOP("imports", "household: the name starts with “%1”"),
    "household_position": QT_TRANSLATE_NOOP("imports", "household: position “%1”"),
    "collective_position": QT_TRANSLATE_NOOP("imports", "collective: position “%1”"),
    "body": QT_TRANSLATE_NOOP("imports", "collective: the name starts with “%1”"),
    "person": QT_TRANSLATE_NOOP("imports", "individual: a person's name"),
    "field_kind": QT_TRANSLATE_NOOP("imports", "field %1 admits households only"),
    "sector": QT_TRANSLATE_NOOP("imports", "field %2: sector “%1”"),
    "words": QT_TRANSLATE_NOOP("imports", "field %2: the words “%1”"),
    "household_field": QT_TRANSLATE_NOOP("imports", "field %2: a household"),
    "other_field": QT_TRANSLATE_NOOP("imports", "other field: sector “%1”"),
    "clerk_kind": QT_TRANSLATE_NOOP("imports", "kind chosen by you"),
    "clerk_field_code": QT_TRANSLATE_NOOP("imports", "field %2 chosen by you"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: RowStatus) -> str:
    """Return the translated word for a row status."""
    return _tr(_STATUSES[status])


def problem_text(problem: RowProblem) -> str:
    """Return one problem as "Sheet!C7: what is wrong", translated."""
    source = _PROBLEMS.get(problem.code)
    text = fill(_tr(source), problem.detail) if source else f"{problem.code} {problem.detail}"
    return f"{problem.ref}: {text}"


def field_label(key: str) -> str:
    """Return the translated name of a nomination attribute."""
    source = _FIELDS.get(key)
    return _tr(source) if source else key


def explanation(row: PreviewRow) -> str:
    """Return why a row has its status: its problems, its changes or what it duplicates."""
    if row.problems:
        return "; ".join(problem_text(p) for p in row.problems)
    if row.changes:
        return fill(
            QCoreApplication.translate("imports", "changes: %1"),
            ", ".join(field_label(k) for k in row.changes),
        )
    if row.duplicate_of:
        return fill(QCoreApplication.translate("imports", "same name as: %1"), "; ".join(row.duplicate_of))
    return ""


def inferred_text(row: PreviewRow) -> str:
    """Return what was read from the row itself (no column for it) and why, translated."""
    return "; ".join(
        fill(_tr(_REASONS[i.reason]), i.evidence, i.value) if i.reason in _REASONS else f"{i.key}={i.value}"
        for i in row.inferred
    )


def _status_order(row: PreviewRow) -> int:
    return list(RowStatus).index(row.status)


def preview_columns(field_names: dict[str, str] | None = None) -> list[Column[PreviewRow]]:
    """Return the preview's columns (translated headers); a field shows its short name when known."""
    names = field_names or {}

    def field_text(row: PreviewRow) -> str:
        code = row.data.field_code if row.data else row.texts.get("field_code", "")
        return f"{code} – {names[code]}" if code in names else code

    return [
        Column(QCoreApplication.translate("imports", "Cell"), lambda r: r.ref, sort_value=lambda r: r.number),
        Column(
            QCoreApplication.translate("imports", "Status"),
            lambda r: status_label(r.status),
            _status_order,
            lambda r: _COLOURS[r.status],
        ),
        # A row with errors still shows what it says, so that the clerk can find it in the file.
        Column(
            QCoreApplication.translate("imports", "Name"),
            lambda r: r.data.name if r.data else r.texts.get("name", ""),
        ),
        Column(
            QCoreApplication.translate("imports", "Kind"),
            lambda r: nominee_kind_label(r.data.kind) if r.data else r.texts.get("kind", ""),
        ),
        Column(
            QCoreApplication.translate("imports", "Field"),
            field_text,
        ),
        Column(
            QCoreApplication.translate("imports", "Read from the row"), inferred_text, tooltip=inferred_text
        ),
        Column(
            QCoreApplication.translate("imports", "In the file"),
            lambda r: " | ".join(c.original for c in r.converted),
        ),
        Column(
            QCoreApplication.translate("imports", "Converted to Unicode"),
            lambda r: " | ".join(c.converted for c in r.converted),
        ),
        Column(QCoreApplication.translate("imports", "Problems or changes"), explanation),
    ]


#: Column positions (for views and tests).
COL_CELL, COL_STATUS, COL_NAME, COL_KIND, COL_FIELD, COL_INFERRED, COL_ORIGINAL, COL_CONVERTED, COL_DETAIL = (
    range(9)
)


class ImportPreviewTableModel(RowsTableModel[PreviewRow]):
    """The rows of an import preview."""

    def __init__(self, parent: object = None, field_names: dict[str, str] | None = None) -> None:
        super().__init__(preview_columns(field_names), parent)
