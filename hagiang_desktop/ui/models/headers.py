"""The horizontal header of the program's item models, written once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt


class ColumnTitles:
    """Mixin for a Qt item model whose horizontal header shows :meth:`column_titles`.

    Put it before the Qt base class: ``class Model(ColumnTitles, QAbstractTableModel)``.
    """

    def column_titles(self) -> Sequence[str]:
        """Return the titles of the columns, in order."""
        raise NotImplementedError

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles (Qt override); None for anything else."""
        titles = self.column_titles()
        # A header state saved by another version can ask for a section this model lacks.
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(titles)
        ):
            return titles[section]
        return None
