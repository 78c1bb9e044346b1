"""Dialogs of the unit directory: add/edit a unit, move, close, links, and the import preview.

Each dialog lives in its own module of :mod:`hagiang_desktop.ui.dialogs.units` (issue #23); this
module keeps their old names importable.
"""

from __future__ import annotations

from hagiang_desktop.ui.dialogs.units.close import CloseDialog
from hagiang_desktop.ui.dialogs.units.common import Lookup
from hagiang_desktop.ui.dialogs.units.edit import UnitEditDialog, UnitValues
from hagiang_desktop.ui.dialogs.units.import_preview import ImportPreviewDialog
from hagiang_desktop.ui.dialogs.units.links import LinksDialog
from hagiang_desktop.ui.dialogs.units.move import MoveDialog
from hagiang_desktop.ui.dialogs.units.texts import edit_error_text, import_error_text, link_kind_label

__all__ = [
    "CloseDialog",
    "ImportPreviewDialog",
    "LinksDialog",
    "Lookup",
    "MoveDialog",
    "UnitEditDialog",
    "UnitValues",
    "edit_error_text",
    "import_error_text",
    "link_kind_label",
]
