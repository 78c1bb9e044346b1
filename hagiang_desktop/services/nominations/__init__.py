"""Nominations: save (with criteria, eligibility, supplement mark, duplicates), read, list, status.

Each public function is one transaction. Filtering, sorting and counting happen in SQL so that a
list of 100,000 rows stays fast; the Qt model only asks for a window of rows.

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import nominations`` keeps working (issue #23):

- :mod:`.saving`: one nomination's save (:func:`save_nomination`), its checks against the plan
  (:func:`validate_input`), the supplement mark, duplicates and versions (:func:`get_nomination`);
- :mod:`.listing`: one page of the list, its count, sort and search (:func:`list_nominations`);
- :mod:`.selection`: status changes (:func:`change_status`) and deletes of a selection;
- :mod:`.common`: the refusals, the form's input and detail, the audit snapshot.
"""

from hagiang_desktop.services.nominations.common import (
    NominationConflict,
    NominationDetail,
    NominationInput,
    NominationProblem,
    StatusHistoryEntry,
    input_as_dict,
)
from hagiang_desktop.services.nominations.listing import (
    SORT_COLUMNS,
    NominationFilter,
    NominationRow,
    count_nominations,
    list_nominations,
    search_condition,
)
from hagiang_desktop.services.nominations.saving import (
    Duplicate,
    SaveResult,
    find_duplicates,
    get_nomination,
    is_supplement,
    save_nomination,
    supplement_for,
    validate_input,
)
from hagiang_desktop.services.nominations.selection import (
    change_status,
    delete_nomination,
    delete_nominations,
)

__all__ = [
    "SORT_COLUMNS",
    "Duplicate",
    "NominationConflict",
    "NominationDetail",
    "NominationFilter",
    "NominationInput",
    "NominationProblem",
    "NominationRow",
    "SaveResult",
    "StatusHistoryEntry",
    "change_status",
    "count_nominations",
    "delete_nomination",
    "delete_nominations",
    "find_duplicates",
    "get_nomination",
    "input_as_dict",
    "is_supplement",
    "list_nominations",
    "save_nomination",
    "search_condition",
    "supplement_for",
    "validate_input",
]
