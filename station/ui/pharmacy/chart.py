"""A small step chart of stock over time, drawn with QPainter (QtCharts is not installed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[datetime, Decimal]
MARGIN_LEFT = 90.0
MARGIN = 16.0


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
        self.setAccessibleName(self.tr("Stock over time"))
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """A wide, low chart."""
        return QSize(600, 220)

    def set_series(self, title: str, points: Sequence[Point]) -> None:
        """Show ``points`` (time, balance in mg), oldest first."""
        self.title = title
        self.points = list(points)
        if self.points:
            values = [value for _, value in self.points]
            self.setAccessibleDescription(
                self.tr(
                    "{title}: {count} entries from {start} to {end}; lowest {low} mg, "
                    "highest {high} mg, now {last} mg."
                ).format(
                    title=title,
                    count=len(values),
                    start=f"{self.points[0][0]:%Y-%m-%d}",
                    end=f"{self.points[-1][0]:%Y-%m-%d}",
                    low=f"{min(values):.2f}",
                    high=f"{max(values):.2f}",
                    last=f"{values[-1]:.2f}",
                )
            )
        else:
            self.setAccessibleDescription(self.tr("{title}: no entries.").format(title=title))
        self.update()

    def plot_area(self) -> QRectF:
        """Where the line is drawn (inside the axes)."""
        height = self.fontMetrics().height()
        return QRectF(
            MARGIN_LEFT,
            MARGIN + height,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN),
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

        corners = [QPointF(x(times[0]), y(values[0]))]
        for seconds, value in zip(times[1:], values[1:], strict=True):
            corners.append(QPointF(x(seconds), corners[-1].y()))
            corners.append(QPointF(x(seconds), y(value)))
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
            values = [value for _, value in self.points]
            high = max([*values, Decimal(1)])
            low = min([Decimal(0), *values])
            painter.drawText(
                QRectF(0, area.top() - 8, MARGIN_LEFT - 6, 20),
                Qt.AlignmentFlag.AlignRight,
                f"{high:,.0f} mg",
            )
            painter.drawText(
                QRectF(0, area.bottom() - 12, MARGIN_LEFT - 6, 20),
                Qt.AlignmentFlag.AlignRight,
                f"{low:,.0f} mg",
            )
            painter.drawText(
                QPointF(area.left(), area.bottom() + self.fontMetrics().height()),
                f"{self.points[0][0]:%Y-%m-%d %H:%M}",
            )
            end_text = f"{self.points[-1][0]:%Y-%m-%d %H:%M}"
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
