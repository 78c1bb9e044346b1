"""A combo box of units with folded type-ahead: "dong van" or "Đồng Văn" both find Đồng Văn."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services.units import UnitRow

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10
CODE_ROLE = Qt.ItemDataRole.UserRole


class FoldingCompleter(QCompleter):
    """A completer that compares folded text (case, tone marks and đ ignored), anywhere in the name."""

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        """Fold what the clerk typed before matching (Qt override)."""
        return [fold(path)]

    def pathFromIndex(self, index: Any) -> str:  # noqa: N802
        """Put the unit's display text back in the box (Qt override)."""
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class UnitPicker(QComboBox):
    """Pick a unit by typing part of its name, with or without tone marks.

    Args:
        units: the units offered, in display order.
        allow_empty: offer an empty first entry ("none").
        shared: another picker whose list to show (same units, same empty entry): a province's
            20,000 units are folded and built into items once, not once per picker.
    """

    def __init__(
        self,
        units: Sequence[UnitRow],
        parent: QWidget | None = None,
        *,
        allow_empty: bool = False,
        shared: UnitPicker | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(parent, **kwargs)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if shared is not None:
            self._model = shared._model
            self._allow_empty = shared._allow_empty
            self.setModel(self._model)
        else:
            self._model = QStandardItemModel(self)
            self.setModel(self._model)
            self._allow_empty = allow_empty
            self.set_units(units)
        completer = FoldingCompleter(self._model, self)
        self.setCompleter(completer)
        completer.activated[str].connect(self._on_completed)  # type: ignore[index]
        # "lung cu" + Tab is enough when only one unit matches: no need to pick from the popup.
        self.lineEdit().editingFinished.connect(self._settle)

    def set_units(self, units: Sequence[UnitRow]) -> None:
        """Replace the units offered."""
        self._model.clear()
        if self._allow_empty:
            empty = QStandardItem("")
            empty.setData(None, CODE_ROLE)
            empty.setData("", FOLD_ROLE)
            self._model.appendRow(empty)
        for unit in units:
            item = QStandardItem(f"{unit.name} ({unit.code})")
            item.setData(unit.code, CODE_ROLE)
            item.setData(fold(f"{unit.name} {unit.code}"), FOLD_ROLE)
            self._model.appendRow(item)

    def _on_completed(self, text: str) -> None:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)

    def _unique_match(self, text: str) -> int:
        """Return the row of the only unit whose folded name contains ``text``, else -1."""
        key = fold(text).strip()
        if not key:
            return -1
        hits = [r for r in range(self._model.rowCount()) if key in str(self._model.item(r).data(FOLD_ROLE))]
        return hits[0] if len(hits) == 1 else -1

    def _index_of_text(self) -> int:
        index = self.findText(self.currentText())
        return index if index >= 0 else self._unique_match(self.currentText())

    def _settle(self) -> None:
        if self.findText(self.currentText()) >= 0:
            return
        index = self._unique_match(self.currentText())
        if index >= 0:
            self.setCurrentIndex(index)

    def code(self) -> str | None:
        """Return the chosen unit's code, or None (nothing, or typed text that names no unit).

        Typed text that is not a unit's full name still counts when exactly one unit matches it.
        """
        index = self._index_of_text()
        if index < 0:
            return None
        return self.itemData(index, CODE_ROLE)

    def set_code(self, code: str | None) -> None:
        """Select the unit with this code (or the empty entry)."""
        index = self.findData(code, CODE_ROLE) if code else (0 if self._allow_empty else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
