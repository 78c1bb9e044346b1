"""The unit directory's dialogs, one per module.

:mod:`hagiang_desktop.ui.dialogs.unit_dialogs` re-exports them under their old names.
"""
