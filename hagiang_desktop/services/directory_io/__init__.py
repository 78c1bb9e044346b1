"""Export the unit directory to xlsx/CSV, and import one with a preview, all-or-nothing.

An import never half-happens: :func:`preview_import` reads and checks the whole file against the
database (every row's error, not only the first), and :func:`apply_import` writes it in one
transaction only when the preview has no error. A second directory (the post-2025 province →
commune structure, say) is loaded the same way, as data.

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import directory_io`` keeps working (issue #23):

- :mod:`.export`: :func:`export_directory` (and :func:`directory_rows`, :func:`history_rows`);
- :mod:`.preview`: :func:`preview_import` and what it finds (:class:`ImportPreview`,
  :class:`ImportChange`, :class:`ImportIssue`);
- :mod:`.apply`: :func:`apply_import` (:class:`ImportRefusedError` when the preview has errors).
"""

from hagiang_desktop.services.directory_io.apply import ImportRefusedError, apply_import
from hagiang_desktop.services.directory_io.export import directory_rows, export_directory, history_rows
from hagiang_desktop.services.directory_io.preview import (
    ImportChange,
    ImportIssue,
    ImportPreview,
    preview_import,
)

__all__ = [
    "ImportChange",
    "ImportIssue",
    "ImportPreview",
    "ImportRefusedError",
    "apply_import",
    "directory_rows",
    "export_directory",
    "history_rows",
    "preview_import",
]
