"""The import dialogs: column mapping for foreign lists, the preview, and the templates to hand out.

One module per dialog; this one re-exports them (``ui.actions.imports`` and the tests import
from here):

- :mod:`.import_mapping_dialog`: :class:`ColumnMappingDialog`, which column holds what;
- :mod:`.import_preview_dialog`: :class:`ImportPreviewDialog`, every row's status, then Apply;
- :mod:`.import_templates_dialog`: :class:`TemplatesDialog`, the Excel templates for the units;
- :mod:`.import_choices`: the encodings and the kind and field choosers they share.

Nothing here writes to the database except through ``services.imports.apply`` (the preview's
Apply button) and ``services.imports.remember_mapping``; Cancel leaves everything as it was.
"""

from hagiang_desktop.ui.dialogs.import_choices import kind_and_field_combos
from hagiang_desktop.ui.dialogs.import_mapping_dialog import ColumnMappingDialog
from hagiang_desktop.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from hagiang_desktop.ui.dialogs.import_templates_dialog import TemplatesDialog, written_message

__all__ = [
    "ColumnMappingDialog",
    "ImportPreviewDialog",
    "TemplatesDialog",
    "kind_and_field_combos",
    "written_message",
]
