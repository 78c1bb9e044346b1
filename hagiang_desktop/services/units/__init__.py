"""Reading the unit directory: lists, children for the lazy tree, search, ancestors, groups, links.

Edits live in :mod:`hagiang_desktop.services.unit_edits`, per-unit counts in
:mod:`hagiang_desktop.services.unit_counts` and file import/export in
:mod:`hagiang_desktop.services.directory_io`.

One module per use case; this package re-exports their public names, so
``from hagiang_desktop.services import units`` keeps working (issue #23):

- :mod:`.lookups`: the filtered list (:func:`list_units`), its count, one unit by code
  (:func:`get_unit`), the pickers' choices (:func:`unit_choices`);
- :mod:`.tree`: the tree today or as of a day (:func:`children`, :func:`versions_on`,
  :func:`subtree_ids`, :func:`with_ancestors`, :func:`kind_path`);
- :mod:`.groups`: emulation blocs and clusters (:func:`list_groups`, :func:`unit_groups`);
- :mod:`.contacts_links`: who to call (:func:`contacts`) and the links between units
  (:func:`links`);
- :mod:`.rows`: :class:`UnitRow` and the SQL every unit query starts from.
"""

from hagiang_desktop.services.units.contacts_links import LinkRow, UnitContact, contacts, links
from hagiang_desktop.services.units.groups import GroupRow, list_groups, unit_groups
from hagiang_desktop.services.units.lookups import UnitChoice, count_units, get_unit, list_units, unit_choices
from hagiang_desktop.services.units.rows import UnitRow, valid_on
from hagiang_desktop.services.units.tree import (
    UnitVersionRow,
    children,
    kind_path,
    session_kind_path,
    subtree_ids,
    tree_on,
    versions_on,
    with_ancestors,
)

__all__ = [
    "GroupRow",
    "LinkRow",
    "UnitChoice",
    "UnitContact",
    "UnitRow",
    "UnitVersionRow",
    "children",
    "contacts",
    "count_units",
    "get_unit",
    "kind_path",
    "links",
    "list_groups",
    "list_units",
    "session_kind_path",
    "subtree_ids",
    "tree_on",
    "unit_choices",
    "unit_groups",
    "valid_on",
    "versions_on",
    "with_ancestors",
]
