"""Importing what units send: our templates, other lists, Word forms — preview first, then one write.

The flow (issue #10): :func:`read` a file → :func:`preview` it (column mapping, legacy encodings,
validation against the plan, matching against the database; nothing written) → the clerk looks →
:func:`apply` writes the accepted rows in ONE transaction, with a receipt for the unit.

Row statuses: ``new``; ``changed`` (a row imported before from the same unit and template row,
matched by ``source_key = "<unit code>:<row id>"``, whose content differs); ``unchanged``;
``duplicate`` (same folded name, field and year as another nomination, or as an earlier row of
the file); ``error`` (with the cell reference, e.g. ``Đăng ký!C7``).

One module per step; this one re-exports what the faces use (issue #23):

- :mod:`~hagiang_desktop.services.import_reading`: :func:`read` and :func:`preview`;
- :mod:`~hagiang_desktop.services.import_mapping`: what each column means, its encoding;
- :mod:`~hagiang_desktop.services.import_inference`: a row's kind and field when no column says;
- :mod:`~hagiang_desktop.services.import_applying`: :func:`apply`;
- :mod:`~hagiang_desktop.services.import_rows`: the preview's rows and the results.
"""

from __future__ import annotations

from hagiang_desktop.exports.sources import RawTable, ReadOptions, SourceProblem
from hagiang_desktop.services.import_applying import apply
from hagiang_desktop.services.import_inference import RowChoices
from hagiang_desktop.services.import_mapping import (
    MAPPING_SETTING,
    ColumnPlan,
    propose,
    propose_matches,
    remember_mapping,
    remembered_mapping,
)
from hagiang_desktop.services.import_reading import preview, read
from hagiang_desktop.services.import_rows import (
    ApplyResult,
    ConvertedText,
    ImportPreview,
    ImportProblem,
    PreviewRow,
    RowProblem,
    RowStatus,
)

__all__ = [
    "ApplyResult",
    "ConvertedText",
    "ColumnPlan",
    "ImportPreview",
    "ImportProblem",
    "PreviewRow",
    "MAPPING_SETTING",
    "RawTable",
    "ReadOptions",
    "RowChoices",
    "RowProblem",
    "RowStatus",
    "SourceProblem",
    "apply",
    "preview",
    "propose",
    "propose_matches",
    "read",
    "remember_mapping",
    "remembered_mapping",
]
