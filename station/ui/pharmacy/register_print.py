"""Print the register off the GUI thread: fixed-width lines painted straight onto the printer.

Qt allows painting on a ``QPrinter`` from a worker thread, so the GUI thread only shows the
print dialog; the task helper then lays out and paints every page (a year's register is
thousands of pages). The lines are the PDF export's (``register_layout``): a field too long
for its column wraps inside it, the first page gives the period and the balances, every page
"page x of y", the last the signature lines. Each page's entries are one drawing call and the
thread yields between pages: with a call per line the worker took the interpreter back
thousands of times a second and the GUI thread stalled for up to 200 ms (``python -m bench
bench_register_print`` measures the stall).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from station.services.errors import ServiceError
from station.services.register_layout import (
    COLUMN_CHARS,
    WRAP_CHARS,
    RegisterSummary,
    document_pages,
    entry_lines,
    heading_line,
)

__all__ = ["COLUMN_CHARS", "WRAP_CHARS", "heading_line", "paint_register", "register_lines"]
FONT_POINTS = 6.5


def register_lines(rows: Sequence[Sequence[str]]) -> Iterator[list[str]]:
    """Each entry as its printed lines: the entry (long fields wrapped), then its notes."""
    for row in rows:
        yield entry_lines(row)


def paint_register(
    printer: QPrinter,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    page_caption: str = "Printed {printed} - page {page} of {pages}",
    *,
    summary: RegisterSummary | None = None,
    printed: str = "",
) -> int:
    """Paint the register onto ``printer`` (any thread) and return the number of pages.

    ``page_caption`` is the translated line under the title, with ``{printed}``, ``{page}``
    and ``{pages}``; ``printed`` is when, in clinic time with its zone.
    """
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError(
            "The printer could not be opened: check it and print again.",
            code="pharmacy.printer_not_opened",
        )
    try:
        return _paint_pages(painter, printer, title, columns, rows, page_caption, summary, printed)
    finally:
        painter.end()


def _paint_pages(
    painter: QPainter,
    printer: QPrinter,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    page_caption: str,
    summary: RegisterSummary | None,
    printed: str,
) -> int:
    area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    area.moveTo(0, 0)
    title_font = QFont("Helvetica")
    title_font.setPointSizeF(11)
    title_font.setBold(True)
    caption_font = QFont("Helvetica")
    caption_font.setPointSizeF(7)
    body = QFont("Courier New")
    body.setStyleHint(QFont.StyleHint.TypeWriter)
    body.setPointSizeF(FONT_POINTS)
    bold = QFont(body)
    bold.setBold(True)
    # Font sizes are in points: measure them on the printer itself (its resolution).
    line = QFontMetricsF(body, printer).lineSpacing()
    title_height = QFontMetricsF(title_font, printer).lineSpacing()
    caption_height = QFontMetricsF(caption_font, printer).lineSpacing()
    printed = printed or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    heading = heading_line(columns)
    top = area.top() + title_height + caption_height + line * 2.5
    lines_per_page = max(1, int((area.bottom() - top) // line))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    pages = document_pages(rows, summary, lines_per_page)
    for page, lines in enumerate(pages, start=1):
        if page > 1:
            printer.newPage()
        y = area.top() + title_height
        painter.setFont(title_font)
        painter.drawText(QPointF(area.left(), y), title)
        y += caption_height
        painter.setFont(caption_font)
        caption = page_caption.format(printed=printed, page=page, pages=len(pages))
        painter.drawText(QPointF(area.left(), y), caption)
        y += line * 1.5
        painter.setFont(bold)
        painter.drawText(QPointF(area.left(), y), heading)
        painter.drawLine(
            QPointF(area.left(), y + line * 0.3), QPointF(area.right(), y + line * 0.3)
        )
        painter.setFont(body)
        # One call paints the page's lines: a call per line would hand the interpreter
        # back and forth thousands of times a second and starve the GUI thread.
        painter.drawText(
            QRectF(area.left(), top, area.width(), area.bottom() - top), flags, "\n".join(lines)
        )
        time.sleep(0)  # let the GUI thread in between pages
    return len(pages)
