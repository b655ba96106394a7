"""A small step chart of stock over time, drawn with QPainter (QtCharts is not installed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[datetime, Decimal]
MARGIN_LEFT = 90.0
MARGIN = 16.0
MAX_BUCKETS = 1500


def reduce_series(points: Sequence[Point], buckets: int = MAX_BUCKETS) -> list[Point]:
    """At most ~3 points per time bucket (lowest, highest, last), for drawing a long series.

    Runs off the GUI thread (with the register's reading); the first and the last point,
    and every bucket's lowest and highest balance, are kept, so the picture is the same.
    """
    if len(points) <= 3 * buckets:
        return list(points)
    start, end = points[0][0].timestamp(), points[-1][0].timestamp()
    width = max(end - start, 1.0) / buckets
    reduced: list[Point] = [points[0]]
    group: list[Point] = []
    group_index = 0
    for point in points[1:]:
        index = int((point[0].timestamp() - start) / width)
        if group and index != group_index:
            reduced += _bucket(group)
            group = []
        group_index = index
        group.append(point)
    reduced += _bucket(group)
    return reduced


def _bucket(group: list[Point]) -> list[Point]:
    if not group:
        return []
    at = group[0][0]
    lowest = min(value for _, value in group)
    highest = max(value for _, value in group)
    return [(at, lowest), (at, highest), group[-1]]


class StockChart(QWidget):
    """The balance after each register entry as a step line, with the axes labelled.

    The same figures are in the accessible description (first, lowest, highest and last
    balance), so a screen reader gets what the picture shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty chart."""
        super().__init__(parent)
        self.points: list[Point] = []
        self.title = ""
        self.zone: tzinfo | None = None
        self.setAccessibleName(self.tr("Stock over time"))
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """A wide, low chart."""
        return QSize(600, 220)

    def set_series(
        self,
        title: str,
        points: Sequence[Point],
        entries: int | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        """Show ``points`` (time, balance in mg), oldest first; times in the clinic's ``zone``.

        A long series should come reduced by :func:`reduce_series` (off the GUI thread), with
        ``entries`` saying how many register entries it stands for.
        """
        self.title = title
        self.zone = zone
        self.points = reduce_series(points)
        if self.points:
            values = [value for _, value in self.points]
            self.setAccessibleDescription(
                self.tr(
                    "{title}: {count} entries from {start} to {end}; lowest {low} mg, "
                    "highest {high} mg, now {last} mg."
                ).format(
                    title=title,
                    count=entries if entries is not None else len(points),
                    start=f"{self.local(self.points[0][0]):%Y-%m-%d}",
                    end=f"{self.local(self.points[-1][0]):%Y-%m-%d}",
                    low=f"{min(values):.2f}",
                    high=f"{max(values):.2f}",
                    last=f"{values[-1]:.2f}",
                )
            )
        else:
            self.setAccessibleDescription(self.tr("{title}: no entries.").format(title=title))
        self.update()

    def local(self, moment: datetime) -> datetime:
        """``moment`` in the clinic's zone (as given when no zone is known)."""
        return moment.astimezone(self.zone) if self.zone is not None else moment

    def stamp(self, moment: datetime) -> str:
        """A time on the chart's axis: date, time and the zone's name, in clinic time."""
        local = self.local(moment)
        return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".rstrip()

    def axis_labels(self) -> tuple[str, str]:
        """The highest and lowest balance as the axis writes them ('50,000 mg', '0 mg')."""
        values = [value for _, value in self.points]
        high = max([*values, Decimal(1)])
        low = min([Decimal(0), *values])
        return f"{high:,.0f} mg", f"{low:,.0f} mg"

    def left_margin(self) -> float:
        """Room left of the axis for its widest label in the chart's font (none cut off)."""
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in self.axis_labels())
        return max(MARGIN_LEFT, widest + 12.0)

    def plot_area(self) -> QRectF:
        """Where the line is drawn (inside the axes)."""
        height = self.fontMetrics().height()
        left = self.left_margin()
        return QRectF(
            left,
            MARGIN + height,
            max(1.0, self.width() - left - MARGIN),
            max(1.0, self.height() - 2 * MARGIN - 2 * height),
        )

    def polyline(self) -> QPolygonF:
        """The step line's corners in widget coordinates."""
        area = self.plot_area()
        if not self.points:
            return QPolygonF()
        times = [moment.timestamp() for moment, _ in self.points]
        values = [float(value) for _, value in self.points]
        start, end = times[0], max(times[-1], times[0] + 1)
        low, high = min(0.0, *values), max([*values, 1.0])

        def x(seconds: float) -> float:
            return area.left() + (seconds - start) / (end - start) * area.width()

        def y(value: float) -> float:
            return area.bottom() - (value - low) / (high - low) * area.height()

        # One pixel column per group of entries (lowest, highest, last balance): a year of
        # entries draws as fast as a week, and no low or high point is lost.
        columns: list[list[float]] = []  # [x, lowest y, highest y, last y]
        for seconds, value in zip(times, values, strict=True):
            at, level = float(round(x(seconds))), y(value)
            if columns and columns[-1][0] == at:
                column = columns[-1]
                column[1], column[2], column[3] = (
                    min(column[1], level),
                    max(column[2], level),
                    level,
                )
            else:
                columns.append([at, level, level, level])
        corners = [QPointF(columns[0][0], columns[0][3])]
        for at, lowest, highest, last in columns:
            corners += [
                QPointF(at, corners[-1].y()),
                QPointF(at, lowest),
                QPointF(at, highest),
                QPointF(at, last),
            ]
        corners.append(QPointF(area.right(), corners[-1].y()))
        return QPolygonF(corners)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Axes, labels and the step line."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor("#FFFFFF"))
            area = self.plot_area()
            painter.setPen(QPen(QColor("#000000"), 2))
            painter.drawText(QPointF(MARGIN, MARGIN + self.fontMetrics().ascent()), self.title)
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.drawLine(area.bottomLeft(), area.topLeft())
            if not self.points:
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No entries yet."))
                return
            high_text, low_text = self.axis_labels()
            line = self.fontMetrics().height()
            centred = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                QRectF(0, area.top() - line / 2, area.left() - 6, line), centred, high_text
            )
            painter.drawText(
                QRectF(0, area.bottom() - line / 2, area.left() - 6, line), centred, low_text
            )
            painter.drawText(
                QPointF(area.left(), area.bottom() + self.fontMetrics().height()),
                self.stamp(self.points[0][0]),
            )
            end_text = self.stamp(self.points[-1][0])
            painter.drawText(
                QPointF(
                    area.right() - self.fontMetrics().horizontalAdvance(end_text),
                    area.bottom() + self.fontMetrics().height(),
                ),
                end_text,
            )
            painter.setPen(QPen(QColor("#0B3D91"), 3))
            painter.drawPolyline(self.polyline())
        finally:
            painter.end()
