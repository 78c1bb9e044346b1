"""Exports for the province: the registration list (xlsx, PDF) and the registration forms (PDF).

Each public function is one use case: in one read transaction (a snapshot that takes no lock),
read the office's nominations and stream them as plain :mod:`hagiang_desktop.exports.model` rows
to a writer; then, in a short write transaction, record the upward step (``list_exported`` or
``forms_printed``) for the dashboard. Files are written atomically; a
``progress(done, total)`` callback that returns False cancels the job, leaves no file and records
nothing.

The letterhead (issuing body, document symbol, signer, recipients) is the office's, one per kind
of document (:mod:`hagiang_desktop.services.letterhead`: defaults by the office's kind, what the
office changed in Settings or with ``office set``). A form is headed, dated, addressed and
signed as its registering unit's own paper: the unit's letterhead, the day it registered, "Kính
gửi" by the unit's path, its head's signature lines.

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import exporting`` keeps working (issue #23):

- :mod:`.lists`: :func:`export_list_xlsx` and :func:`export_list_pdf`;
- :mod:`.forms`: :func:`export_forms_pdf`;
- :mod:`.letter`: :func:`export_letter_pdf`, the covering letter;
- :mod:`.selection`: which nominations are on the list (:data:`LISTED_STATUSES`,
  :func:`listed_count`);
- :mod:`.rows`: the nominations read as export rows (:func:`unit_blocs`);
- :mod:`.unit_paper`: a registering unit's own letterhead on its forms;
- :mod:`.document`: the office's document frame (:func:`official_document`, :func:`default_day`);
- :mod:`.common`: the kinds, results and refusals, and the upward step an export records.
"""

from hagiang_desktop.services.exporting.common import ExportKind, ExportProblem, ExportResult, Progress
from hagiang_desktop.services.exporting.document import default_day, official_document
from hagiang_desktop.services.exporting.forms import FORM_TITLE, export_forms_pdf
from hagiang_desktop.services.exporting.letter import LETTER_FILE, LETTER_SUBJECT, export_letter_pdf
from hagiang_desktop.services.exporting.lists import export_list_pdf, export_list_xlsx
from hagiang_desktop.services.exporting.rows import unit_blocs
from hagiang_desktop.services.exporting.selection import LISTED_STATUSES, listed_count

__all__ = [
    "FORM_TITLE",
    "LETTER_FILE",
    "LETTER_SUBJECT",
    "LISTED_STATUSES",
    "ExportKind",
    "ExportProblem",
    "ExportResult",
    "Progress",
    "default_day",
    "export_forms_pdf",
    "export_letter_pdf",
    "export_list_pdf",
    "export_list_xlsx",
    "listed_count",
    "official_document",
    "unit_blocs",
]
