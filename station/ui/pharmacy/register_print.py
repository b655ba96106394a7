"""Print the register off the GUI thread: fixed-width lines painted straight onto the printer.

Qt allows painting on a ``QPrinter`` from a worker thread, so the GUI thread only shows the
print dialog; the task helper then lays out and paints every page (a year's register is
thousands of pages). Entries are fixed-width text lines, as in the PDF export; a field too
long for its column ends in ``~`` and is printed in full on the line below, like a note.
Each page's entries are one drawing call and the thread yields between pages: with a call
per line the worker took the interpreter back thousands of times a second and the GUI thread
stalled for up to 200 ms (``python -m bench bench_register_print`` measures the stall).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from station.services.errors import ServiceError

COLUMN_CHARS = (6, 10, 5, 20, 38, 12, 12, 24, 24, 32)
"""Characters per column; the last column (notes) goes on its own line below its entry."""
WRAP_CHARS = 190
FONT_POINTS = 6.5


def _fit(text: str, width: int) -> tuple[str, bool]:
    if len(text) <= width:
        return text.ljust(width), False
    return text[: width - 1] + "~", True


def register_lines(rows: Sequence[Sequence[str]]) -> Iterator[list[str]]:
    """Each entry as its printed lines: the entry, then its full text and notes if any."""
    for row in rows:
        parts, cut = [], False
        for value, width in zip(row, COLUMN_CHARS, strict=False):
            shown, was_cut = _fit(value, width)
            parts.append(shown)
            cut = cut or was_cut
        texts = []
        if cut:
            texts.append("In full: " + " | ".join(row[: len(COLUMN_CHARS)]))
        if len(row) > len(COLUMN_CHARS) and row[len(COLUMN_CHARS)]:
            texts.append("Notes: " + row[len(COLUMN_CHARS)])
        extra = [
            "    " + text[start : start + WRAP_CHARS]
            for text in texts
            for start in range(0, len(text), WRAP_CHARS)
        ]
        yield [" ".join(parts).rstrip(), *extra]


def heading_line(columns: Sequence[str]) -> str:
    """The column names, fitted to their columns."""
    return " ".join(
        _fit(name.replace("_", " "), width)[0]
        for name, width in zip(columns, COLUMN_CHARS, strict=False)
    ).rstrip()


def paint_register(
    printer: QPrinter,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    page_caption: str = "Printed {printed} - page {page}",
) -> int:
    """Paint the register onto ``printer`` (any thread) and return the number of pages.

    ``page_caption`` is the translated line under the title, with ``{printed}`` and ``{page}``.
    """
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError(
            "The printer could not be opened: check it and print again.",
            code="pharmacy.printer_not_opened",
        )
    try:
        return _paint_pages(painter, printer, title, columns, rows, page_caption)
    finally:
        painter.end()


def _paint_pages(
    painter: QPainter,
    printer: QPrinter,
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    page_caption: str,
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
    printed = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    heading = heading_line(columns)
    top = area.top() + title_height + caption_height + line * 2.5
    lines_per_page = max(1, int((area.bottom() - top) // line))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    page = 0

    def paint_page(lines: list[str]) -> None:
        nonlocal page
        if page:
            printer.newPage()
        page += 1
        y = area.top() + title_height
        painter.setFont(title_font)
        painter.drawText(QPointF(area.left(), y), title)
        y += caption_height
        painter.setFont(caption_font)
        painter.drawText(QPointF(area.left(), y), page_caption.format(printed=printed, page=page))
        y += line * 1.5
        painter.setFont(bold)
        painter.drawText(QPointF(area.left(), y), heading)
        painter.drawLine(
            QPointF(area.left(), y + line * 0.3), QPointF(area.right(), y + line * 0.3)
        )
        painter.setFont(body)
        # One call paints the page's entries: a call per line would hand the interpreter
        # back and forth thousands of times a second and starve the GUI thread.
        painter.drawText(
            QRectF(area.left(), top, area.width(), area.bottom() - top), flags, "\n".join(lines)
        )
        time.sleep(0)  # let the GUI thread in between pages

    lines: list[str] = []
    for entry in register_lines(rows):
        if lines and len(lines) + len(entry) > lines_per_page:
            paint_page(lines)
            lines = []
        lines.extend(entry)
    paint_page(lines or ["—"])
    return page
