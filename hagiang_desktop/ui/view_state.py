"""Remember the main tables' column widths and sort orders and the splitters' positions.

Each tab's splitters and item views are found by walking the widget tree; a view's key is its
tab's class and its place among the tab's views, which stays the same from one start to the
next. The state is saved in QSettings when the window closes and restored when it opens.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView, QTreeView, QWidget

_PREFIX = "view_state"


def _parts(window: QMainWindow, only: QWidget | None = None) -> Iterator[tuple[str, QWidget]]:
    """Yield ``(key, widget)`` for the splitters and tables of each tab of ``window.tabs``."""
    tabs = window.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tab = tabs.widget(index)
        if only is not None and tab is not only:
            continue
        owner = tab.__class__.__name__
        for kind in (QSplitter, QTableView, QTreeView):
            for number, widget in enumerate(tab.findChildren(kind)):
                if kind is QTableView and isinstance(widget, QTreeView):
                    continue
                yield f"{_PREFIX}/{owner}/{kind.__name__}{number}", widget


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def save(window: QMainWindow) -> None:
    """Store every splitter's sizes and every table header's widths, order and sort."""
    settings = QSettings()
    for key, widget in _parts(window):
        if isinstance(widget, QSplitter):
            settings.setValue(key, widget.saveState())
        elif isinstance(widget, (QTableView, QTreeView)):
            settings.setValue(key, _header(widget).saveState())


def restore(window: QMainWindow, only: QWidget | None = None) -> None:
    """Put back what :func:`save` stored; a table sortable by the user is sorted again.

    Args:
        window: the main window.
        only: this tab alone (one built after the window opened); every tab when None.
    """
    settings = QSettings()
    for key, widget in _parts(window, only):
        state = settings.value(key)
        if not isinstance(state, QByteArray):
            continue
        if isinstance(widget, QSplitter):
            widget.restoreState(state)
        elif isinstance(widget, (QTableView, QTreeView)):
            header = _header(widget)
            # restoreState refuses a state saved with another number of columns.
            if header.restoreState(state) and widget.isSortingEnabled():
                widget.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())


class _SaveOnClose(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Save the state as the window closes (Qt override)."""
        if event.type() == QEvent.Type.Close and isinstance(watched, QMainWindow):
            save(watched)
        return False


def install(window: QMainWindow) -> None:
    """Restore the remembered state now and save it when the window closes."""
    restore(window)
    keeper = _SaveOnClose(window)
    window.installEventFilter(keeper)
