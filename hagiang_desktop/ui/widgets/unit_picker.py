"""A combo box of units with folded type-ahead: "dong van" or "Đồng Văn" both find Đồng Văn.

A province's directory holds 20,000 units. A tab's pickers share one list
(:class:`UnitListModel`) and may read it only when a clerk first opens or enters one of them:
until then the list holds just the units the tab has shown (a saved nomination's unit), looked
up one at a time. A dialog whose picker gets the focus at once reads the list in a worker
instead (:meth:`UnitPicker.load_in_background`): the box says it is loading until it arrives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from hagiang_desktop.core.unit_names import word_forms
from hagiang_desktop.core.vntext import fold
from hagiang_desktop.services.units import UnitChoice, UnitRow
from hagiang_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from hagiang_desktop.ui.workers import Worker

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10
CODE_ROLE = Qt.ItemDataRole.UserRole

#: A unit offered: a directory row, or the lighter choice read for the pickers.
Unit = UnitRow | UnitChoice
#: The units offered, or a function that reads them when they are first needed.
Units = Sequence[Unit] | Callable[[], Sequence[Unit]]


def _item(unit: Unit) -> QStandardItem:
    item = QStandardItem(f"{unit.name} ({unit.code})")
    item.setData(unit.code, CODE_ROLE)
    # A choice brings its stored folded name: folding the province's 20,000 names again took
    # about 80 ms of the 380 ms a picker spent reading the list.
    name_fold = unit.name_fold if isinstance(unit, UnitChoice) else fold(unit.name)
    item.setData(f"{name_fold} {fold(unit.code)}", FOLD_ROLE)
    return item


def _read_items(units: Units) -> list[QStandardItem]:
    """Read the units and build their items; thread-safe (an item belongs to no model yet)."""
    return [_item(u) for u in (units() if callable(units) else units)]


class UnitListModel(QStandardItemModel):
    """The units offered by one or more pickers, read when first needed.

    Args:
        units: the units in display order, or a function returning them (called once, by
            :meth:`ensure_loaded`).
        allow_empty: the first entry is an empty one ("none").
        lookup: finds one offered unit by code (None when it is not offered); lets a picker
            show a unit before the whole list is read. Without it the list is read at once.
        parent: the owning object.
    """

    def __init__(
        self,
        units: Units,
        *,
        allow_empty: bool = False,
        lookup: Callable[[str], Unit | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self._source = units
        self._lookup = lookup
        self._loaded = False
        self._seeded: set[str] = set()
        self._reading: Worker | None = None  # the worker reading the list, while it runs
        self._add_empty()
        if lookup is None or not callable(units):
            self.ensure_loaded()

    @property
    def loaded(self) -> bool:
        """Whether the whole list has been read."""
        return self._loaded

    @property
    def reading(self) -> bool:
        """Whether the list is being read in a worker."""
        return self._reading is not None

    def load_in_background(self) -> None:
        """Read the list (and build its items) in a worker; it fills in when read.

        The province's 20,000 units take 0.2-0.3 s to read and build: a dialog that opens on its
        picker would wait that long. Only the insertion is left to the UI thread (under 10 ms).
        """
        if self._loaded or self._reading is not None:
            return
        from hagiang_desktop.ui.workers import run_in_background  # loads with the first picker

        source = self._source
        self._reading = run_in_background(self, lambda: _read_items(source), self._items_read, self._failed)

    def _items_read(self, items: list[QStandardItem]) -> None:
        self._reading = None
        if not self._loaded:  # else ensure_loaded took them already
            self._set_items(items)

    def _failed(self, error: BaseException) -> None:
        self._reading = None
        raise error  # as when read here: the crash handler reports it

    def _add_empty(self) -> None:
        if self.allow_empty:
            empty = QStandardItem("")
            empty.setData(None, CODE_ROLE)
            empty.setData("", FOLD_ROLE)
            self.appendRow(empty)

    def ensure_loaded(self) -> None:
        """Have the whole list now (the pickers keep their choice).

        While a worker reads it, wait for that worker (only what remains of its read) rather
        than reading it a second time.
        """
        if self._loaded:
            return
        worker, self._reading = self._reading, None
        if worker is not None:
            worker.wait()
            if worker.result is not None:
                self._set_items(worker.result)
                return
        self._loaded = True
        self._set_items(_read_items(self._source))

    def set_units(self, units: Sequence[Unit]) -> None:
        """Replace the units offered (one reset, not one signal per unit)."""
        self._set_items([_item(u) for u in units])

    def reload(self) -> None:
        """Read the list again from its source (the directory changed); unread, it stays unread.

        A unit added in the directory was not offered until the program restarted (#17).
        """
        if not callable(self._source) or (not self._loaded and self._reading is None):
            return  # a fixed list, or one that will be read fresh when first needed
        self._reading = None  # a read begun before the change would bring the old list
        self._set_items(_read_items(self._source))

    def _set_items(self, items: list[QStandardItem]) -> None:
        self._loaded = True
        self._seeded.clear()
        self.beginResetModel()
        # One reset for the views; the removal and the insertion inside it stay quiet (clear()
        # would begin a second reset inside this one).
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._add_empty()
            if items:
                self.invisibleRootItem().appendRows(items)
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def seed(self, code: str) -> None:
        """Make the unit with this code selectable before the whole list is read."""
        if self._loaded or code in self._seeded or self._lookup is None:
            return
        self._seeded.add(code)
        unit = self._lookup(code)
        if unit is not None:
            self.appendRow(_item(unit))


def words_pattern(text: str) -> str:
    """Return a regular expression matching folded text that holds every word of ``text``.

    The words may come in any order, as in the directory's search: "noi tru dong van" finds
    "Trường PTDT Nội trú huyện Đồng Văn" (#17; the picker used to need consecutive words). A
    usual abbreviation also finds its words written out ("htx" finds "Hợp tác xã …").
    """
    return "".join(
        f"(?=.*(?:{'|'.join(re.escape(form) for form in word_forms(word))}))" for word in fold(text).split()
    )


def _holds_words(folded: str, words: list[str]) -> bool:
    return all(any(form in folded for form in word_forms(word)) for word in words)


class FoldingCompleter(QCompleter):
    """A completer over folded text (case, tone marks and đ ignored): every word, in any order.

    The units are filtered by a proxy on their folded names (all the typed words, anywhere);
    the completer itself shows that proxy's rows unfiltered.
    """

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        self.filtered = QSortFilterProxyModel(parent)
        self.filtered.setSourceModel(model)
        self.filtered.setFilterRole(FOLD_ROLE)
        super().__init__(self.filtered, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)

    def filter_words(self, text: str) -> int:
        """Show the units holding every word of ``text``; return how many there are."""
        self.filtered.setFilterRegularExpression(QRegularExpression(words_pattern(text)))
        return self.filtered.rowCount()

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        """Filter by the words typed, then let the completer show what is left (Qt override)."""
        self.filter_words(path)
        return [fold(path)]

    def pathFromIndex(self, index: Any) -> str:  # noqa: N802
        """Put the unit's display text back in the box (Qt override)."""
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class UnitPicker(QComboBox):
    """Pick a unit by typing part of its name, with or without tone marks.

    Args:
        units: the units offered, in display order, or a function that reads them (then only
            when the picker is first opened or entered, if ``lookup`` is given).
        allow_empty: offer an empty first entry ("none").
        shared: another picker whose list to show (same units, same empty entry): a province's
            20,000 units are read, folded and built into items once, not once per picker.
        lookup: finds one offered unit by code (see :class:`UnitListModel`).
    """

    def __init__(
        self,
        units: Units,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = False,
        shared: UnitPicker | None = None,
        lookup: Callable[[str], Unit | None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(parent, **kwargs)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._model: UnitListModel
        if shared is not None:
            self._model = shared._model
        else:
            self._model = UnitListModel(units, allow_empty=allow_empty, lookup=lookup, parent=self)
        self.setModel(self._model)
        self._kept: tuple[str | None, str] = (None, "")
        self._model.modelAboutToBeReset.connect(self._before_load)
        self._model.modelReset.connect(self._after_load)
        completer = FoldingCompleter(self._model, self)
        self.setCompleter(completer)
        completer.activated[str].connect(self._on_completed)  # type: ignore[index]
        self._completer = completer
        # Say at once when the typed text names no unit, not only when the form is saved (#17).
        self.lineEdit().textEdited.connect(self._check_typed)
        self.currentIndexChanged.connect(lambda _i: self._check_typed(self.currentText()))
        # A chosen long name shows from its start ("Trường Phổ thông…"), not cut from the left (#17).
        self.currentIndexChanged.connect(lambda _i: self.lineEdit().setCursorPosition(0))
        # "lung cu" + Tab is enough when only one unit matches: no need to pick from the popup.
        self.lineEdit().editingFinished.connect(self._settle)

    def lineEdit(self) -> QLineEdit:  # noqa: N802  (Qt's name)
        """Return the box's line edit (typed: an editable box always has one)."""
        edit = super().lineEdit()
        assert edit is not None
        return edit

    def set_units(self, units: Sequence[Unit]) -> None:
        """Replace the units offered (every picker sharing the list sees the new one)."""
        self._model.set_units(units)

    def reload(self) -> None:
        """Read the offered units again (every picker sharing the list sees them), keeping the choice."""
        self._model.reload()

    # -- reading the list when first needed ------------------------------------------------
    def ensure_loaded(self) -> None:
        """Read the whole list now if it has not been read yet."""
        self._model.ensure_loaded()

    def load_in_background(self) -> None:
        """Read the list in a worker now; until it arrives the empty box says it is loading.

        For a dialog that opens on this picker: the dialog shows at once and the clerk may
        start typing; the entries come a moment later.
        """
        if self._model.loaded:
            return
        self.lineEdit().setPlaceholderText(self.tr("Loading the list of units…"))
        self._model.load_in_background()

    def _before_load(self) -> None:
        # The reset would empty the box and announce a change of unit: keep the choice and the
        # typed text, and say nothing, since the clerk's choice does not change.
        index = self.currentIndex()
        self._kept = (self.itemData(index, CODE_ROLE) if index >= 0 else None, self.currentText())
        self.blockSignals(True)

    def _after_load(self) -> None:
        code, text = self._kept
        self.lineEdit().setPlaceholderText("")
        try:
            if code:
                self.setCurrentIndex(self.findData(code, CODE_ROLE))
            else:
                self.setCurrentIndex(0 if self._model.allow_empty and not text else -1)
                if text:
                    self.setEditText(text)
        finally:
            self.blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Read the list before the clerk types in the box, unless a worker reads it (Qt override)."""
        if not self._model.reading:
            self.ensure_loaded()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802
        """Read the list before showing it (Qt override)."""
        self.ensure_loaded()
        super().showPopup()

    # -- choosing ---------------------------------------------------------------------------
    def _on_completed(self, text: str) -> None:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)

    def matches(self, text: str) -> int:
        """Return how many units hold every word of ``text`` (folded, in any order)."""
        words = fold(text).split()
        if not words:
            return 0
        self.ensure_loaded()
        return sum(
            1
            for r in range(self._model.rowCount())
            if _holds_words(str(self._model.item(r).data(FOLD_ROLE)), words)
        )

    def _check_typed(self, text: str) -> None:
        """Mark the box red with a tooltip while the typed words match no unit."""
        unknown = bool(text.strip()) and self.findText(text) < 0 and self.matches(text) == 0
        self.setProperty("noMatch", unknown)
        self.lineEdit().setStyleSheet("QLineEdit { background: #fde2e2; }" if unknown else "")
        self.setToolTip(
            fill(self.tr("No unit matches “%1”. Type part of its name, e.g. lung cu."), text)
            if unknown
            else ""
        )

    def no_match(self) -> bool:
        """Tell whether the typed text matches no unit (the box is marked)."""
        return bool(self.property("noMatch"))

    def _unique_match(self, text: str) -> int:
        """Return the row of the only unit whose folded name holds every typed word, else -1."""
        words = fold(text).split()
        if not words:
            return -1
        self.ensure_loaded()
        hits = [
            r
            for r in range(self._model.rowCount())
            if _holds_words(str(self._model.item(r).data(FOLD_ROLE)), words)
        ]
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
        code: str | None = self.itemData(index, CODE_ROLE)
        return code

    def set_code(self, code: str | None) -> None:
        """Select the unit with this code (or the empty entry)."""
        if code:
            self._model.seed(code)
        index = self.findData(code, CODE_ROLE) if code else (0 if self._model.allow_empty else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
