"""The dashboard's two charts, drawn to survive a black-and-white printer.

Nothing is told by colour alone: the registrations line is solid and thick, each deadline is a
vertical line of its own dash pattern named in the legend, and the bars of each kind of nominee
carry their own hatch pattern.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.plan import Deadline, Field
from hagiang_desktop.core.vntext import format_day_month
from hagiang_desktop.services.dashboard import Coverage
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import nominee_kind_label

#: Dash patterns for the deadlines, in plan order (black ink only).
_DEADLINE_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
#: Hatch patterns for the kinds of nominee in the field chart.
_KIND_PATTERNS = {
    "collective": Qt.BrushStyle.SolidPattern,
    "individual": Qt.BrushStyle.BDiagPattern,
    "household": Qt.BrushStyle.CrossPattern,
}
_INK = QColor("#202020")


def _msecs(day: date) -> float:
    # Noon local time, the value QDateTime(datetime).toMSecsSinceEpoch() gives, computed by Python:
    # Qt's conversion costs ~0.1 ms a call, 0.15 s for the province's 770 days (issue #11).
    return datetime.combine(day, time(12, 0)).timestamp() * 1000


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _count_axis(chart: QChart, top: int) -> QValueAxis:
    """Return a 0…top axis of whole counts with round ticks (never "2.25 registrations")."""
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10_000) if top / s <= 10 or s == 10_000)
    axis = QValueAxis(chart)
    axis.setRange(0, step * -(-top // step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


class DashboardCharts(QWidget):
    """Registrations over time against the deadlines, and registrations by field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_view = QChartView(self, objectName="timelineChart")
        self.fields_view = QChartView(self, objectName="fieldsChart")
        for view in (self.timeline_view, self.fields_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline_view, 3)
        layout.addWidget(self.fields_view, 2)
        self.set_data([], (), date.today(), None)

    def set_data(
        self,
        timeline: list[tuple[date, int]],
        deadlines: tuple[Deadline, ...],
        as_of: date,
        coverage: Coverage | None,
    ) -> None:
        """Redraw both charts.

        Args:
            timeline: running total of registrations per received day.
            deadlines: the plan's deadlines (one vertical line each).
            as_of: the dashboard's day (a thin vertical line).
            coverage: counts by field and kind (None: an empty chart).
        """
        self._set_timeline(timeline, deadlines, as_of)
        self._set_fields(coverage)

    def _set_timeline(
        self, timeline: list[tuple[date, int]], deadlines: tuple[Deadline, ...], as_of: date
    ) -> None:
        chart = _chart(self.tr("Registrations received (running total)"))
        # The legend draws each line's own pen, so the dash patterns read in black and white.
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        timeline = [(d, n) for d, n in timeline if d <= as_of]
        total = timeline[-1][1] if timeline else 0
        y_axis = _count_axis(chart, max(5, total + 2))
        top = y_axis.max()
        days = [d for d, _n in timeline] + [d.last_on_time_day for d in deadlines] + [as_of]
        first, last = min(days), max(days)
        line = QLineSeries(chart)
        line.setName(self.tr("Registrations"))
        running = 0
        line.append(_msecs(first), 0)
        for day, count in timeline:
            # A step line: the total jumps on the day things arrived.
            line.append(_msecs(day), running)
            line.append(_msecs(day), count)
            running = count
        line.append(_msecs(as_of), running)  # the line stops at the as-of day: nothing is known after
        line.setPen(QPen(_INK, 3))
        chart.addSeries(line)
        markers: list[QLineSeries] = []
        seen: set[date] = set()
        for i, deadline in enumerate(deadlines):
            day = deadline.last_on_time_day
            if day in seen:  # two deadlines on the same day share one line
                continue
            seen.add(day)
            marker = QLineSeries(chart)
            marker.setName(fill(self.tr("Last day %1"), format_day_month(day)))
            marker.append(_msecs(day), 0)
            marker.append(_msecs(day), top)
            marker.setPen(QPen(_INK, 1.5, _DEADLINE_STYLES[i % len(_DEADLINE_STYLES)]))
            markers.append(marker)
        today = QLineSeries(chart)
        today.setName(fill(self.tr("As of %1"), format_day_month(as_of)))
        today.append(_msecs(as_of), 0)
        today.append(_msecs(as_of), top)
        today.setPen(QPen(QColor("#808080"), 1, Qt.PenStyle.SolidLine))
        markers.append(today)
        for marker in markers:
            chart.addSeries(marker)
        x_axis = QDateTimeAxis(chart)
        x_axis.setFormat("dd/MM")
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(first)) - 86_400_000),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(max(last, as_of))) + 86_400_000),
        )
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (line, *markers):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self._replace(self.timeline_view, chart)

    def _set_fields(self, coverage: Coverage | None) -> None:
        chart = _chart(self.tr("Registrations by field"))
        fields: tuple[tuple[Field, int], ...] = coverage.by_field if coverage else ()
        series = QStackedBarSeries(chart)
        for kind, pattern in _KIND_PATTERNS.items():
            counts = [coverage.cells.get((f.code, kind), 0) if coverage else 0 for f, _n in fields]
            if not any(counts):
                continue
            bar_set = QBarSet(nominee_kind_label(kind), series)
            bar_set.append([float(c) for c in counts])
            bar_set.setBrush(QBrush(_INK, pattern))
            bar_set.setPen(QPen(_INK, 1))
            series.append(bar_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis(chart)
        x_axis.append([f.code for f, _n in fields] or [""])
        y_axis = _count_axis(chart, max([n for _f, n in fields] + [4]) + 1)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self._replace(self.fields_view, chart)

    def save_pdf(self, path: Path, title: str = "") -> None:
        """Print both charts on one A4 landscape page (vector, black ink), written atomically.

        Args:
            path: the ``.pdf`` file.
            title: a line printed above the charts (e.g. the office and the as-of day).
        """
        with atomic_path(path) as temp:
            writer = QPdfWriter(str(temp))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageOrientation(QPageLayout.Orientation.Landscape)
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
            # Scene coordinates and font sizes are screen units: draw at a screen-like resolution
            # (the PDF stays vector) so that the texts keep their size against the lines.
            writer.setResolution(96)
            writer.setTitle(title)
            painter = QPainter(writer)
            try:
                page = painter.viewport()
                top = 0
                if title:
                    font = painter.font()
                    font.setPointSizeF(13)
                    font.setBold(True)
                    painter.setFont(font)
                    line = painter.fontMetrics().height()
                    painter.drawText(QRect(0, 0, page.width(), line * 2), Qt.AlignmentFlag.AlignCenter, title)
                    top = line * 2
                height = page.height() - top
                left_width = page.width() * 3 // 5
                for view, box in (
                    (self.timeline_view, QRectF(0, top, left_width - 20, height)),
                    (self.fields_view, QRectF(left_width + 20, top, page.width() - left_width - 20, height)),
                ):
                    # Lay the chart out for the paper's box (a hidden page has no size yet), print
                    # it, then give it back the view's size.
                    chart = view.chart()
                    shown = chart.geometry()
                    chart.setGeometry(QRectF(shown.topLeft(), box.size()))
                    chart.scene().render(painter, box, chart.sceneBoundingRect())
                    chart.setGeometry(shown)
            finally:
                painter.end()

    @staticmethod
    def _replace(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
