"""Plain-language messages for the problems the services report by code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

_NOMINATION_PROBLEMS = {
    "name_required": QT_TRANSLATE_NOOP(
        "errors", "Enter the name of the model, collective, person or household."
    ),
    "unknown_field": QT_TRANSLATE_NOOP("errors", "Choose a field of the plan."),
    "field_title_required": QT_TRANSLATE_NOOP(
        "errors", 'A model of another field needs the name of its field (for example "Tư pháp").'
    ),
    "kind_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "This field does not accept this kind of nominee. Choose another field or kind."
    ),
    "unknown_unit": QT_TRANSLATE_NOOP(
        "errors", "Choose the registering unit from the list (type part of its name)."
    ),
    "unknown_criterion": QT_TRANSLATE_NOOP(
        "errors", "Some ticked criteria do not belong to this field and kind: %1"
    ),
    "not_found": QT_TRANSLATE_NOOP("errors", "This nomination no longer exists; it may have been deleted."),
    "sent_read_only": QT_TRANSLATE_NOOP(
        "errors",
        "This nomination was sent to the province and is kept as it was signed. To change it, "
        "use “Edit after submission…” and give the reason; it then goes in the next supplement bundle.",
    ),
}


def nomination_problem_text(problem: NominationProblem) -> str:
    """Return what the clerk should read (and do) for a refused nomination."""
    source = _NOMINATION_PROBLEMS.get(problem.code)
    text = QCoreApplication.translate("errors", source) if source else problem.code
    return fill(text, problem.detail)
