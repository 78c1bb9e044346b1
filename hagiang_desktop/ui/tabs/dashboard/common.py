"""What the dashboard's panes share: the colours beside the texts, the compact table, Qt dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hagiang_desktop.core.plan import DeadlineState

GOOD, WARN, BAD = "#d7f0d8", "#fff1c2", "#f7d4d4"
#: A body's own plan (IV.1) coloured like the list: on time, late, missing.
OWN_PLAN_COLOURS = {DeadlineState.ON_TIME: GOOD, DeadlineState.LATE: WARN, DeadlineState.MISSING: BAD}


def qdate(day: date) -> QDate:
    """Return ``day`` as Qt's date."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """Return Qt's date as Python's."""
    return date(day.year(), day.month(), day.day())


def days_colour(days: int) -> str:
    """Colour days left to a deadline: overdue red, three days or fewer yellow, else green."""
    return BAD if days < 0 else (WARN if days <= 3 else GOOD)


def table(parent: QWidget, model: object, name: str, *, sortable: bool) -> QTableView:
    """Return a compact, row-selecting table over ``model`` (widths fitted once per refresh).

    Args:
        parent: the pane.
        model: its table model.
        name: the view's object name (tests and style sheets find it by it).
        sortable: whether a click on a header sorts.
    """
    view = QTableView(parent, objectName=name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    # Compact rows: a district's 35 units should fit on one screen of an old 1366×768 monitor.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    # Widths are fitted once per refresh (DeadlineDashboardTab.refresh), not on every sort, filter
    # or keystroke: ResizeToContents measured every cell of the province's 412 units each time
    # (~0.3 s per click, issue #11). The first fifty rows are enough to fit them.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(50)
    header.setStretchLastSection(True)
    view.setWordWrap(False)
    return view
