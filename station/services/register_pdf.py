"""The controlled-drug register as a PDF, rendered locally with fpdf2 (nothing is sent out).

A year's register holds 200,000 entries, so the table is typeset as fixed-width text lines
(Courier), one drawing call per line, instead of a cell per field. The layout (wrapped
columns, the period and balances, the signature lines) is ``register_layout``'s, shared with
the printed register. Every page says "page x of y" and when it was printed, in clinic time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

from station.services.register_layout import RegisterSummary, document_pages, heading_line, plain

FONT_SIZE = 6.5  # pt
LINE_MM = 3.2
_LEFT_MM = 10.0
_TOP_MM = 25.0


def _latin(text: str) -> str:
    """The core PDF fonts speak Latin-1: words for symbols, '?' for anything else."""
    return plain(text).encode("latin-1", "replace").decode("latin-1")


def render_register_pdf(
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    target: Path,
    *,
    summary: RegisterSummary | None = None,
    printed: str = "",
) -> None:
    """Write the register as a landscape A4 PDF: title, period and balances, entries, signatures.

    ``printed`` is when it was made as the clinic reads it (e.g. ``2026-12-07 15:03 CET``).
    """
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=False)
    printed = printed or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    heading = heading_line(columns)
    per_page = int((pdf.h - 10 - _TOP_MM) // LINE_MM)
    pages = document_pages(rows, summary, per_page)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(_LEFT_MM, 12, _latin(title))
        pdf.set_font("Helvetica", "", 7)
        pdf.text(
            _LEFT_MM,
            16,
            _latin(f"Printed {printed} - page {pdf.page_no()} of {len(pages)}"),
        )
        pdf.set_font("Courier", "B", FONT_SIZE)
        pdf.text(_LEFT_MM, 21, heading)
        pdf.line(_LEFT_MM, 22, pdf.w - _LEFT_MM, 22)
        pdf.set_font("Courier", "", FONT_SIZE)
        y = _TOP_MM
        for line in lines:
            if line:
                pdf.text(_LEFT_MM, y, _latin(line))
            y += LINE_MM
    pdf.output(str(target))
