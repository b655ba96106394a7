"""The printed register's layout, shared by the PDF and the printer: wrapped columns, balances.

The register is typeset as fixed-width text lines. A field longer than its column wraps onto
the entry's next lines inside that column (a container name is never cut); notes follow on
lines of their own. Pages carry the period, the opening and closing balance, "page x of y"
and, at the end, the lines where the pharmacist and the witness sign.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

COLUMN_CHARS = (6, 10, 5, 20, 38, 12, 12, 24, 24, 32)
"""Characters per column; the last column (notes) goes on its own lines below its entry."""
WRAP_CHARS = 190
NOTE_INDENT = "    "
SYMBOLS = {"→": "to", "—": "-", "–": "-", "‰": "per mille"}
"""Symbols a spreadsheet or a core PDF font may not show, and the words that replace them."""


def plain(text: str) -> str:
    """``text`` without arrows and dashes (words instead), for CSV cells and core fonts."""
    for symbol, words in SYMBOLS.items():
        text = text.replace(symbol, words)
    return text


def _column(text: str, width: int) -> list[str]:
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=True) or [""]


def entry_lines(row: Sequence[str]) -> list[str]:
    """One entry as its printed lines: the columns side by side (wrapped), then its notes."""
    fields = [_column(plain(value), width) for value, width in zip(row, COLUMN_CHARS, strict=False)]
    widths = COLUMN_CHARS[: len(fields)]
    depth = max((len(parts) for parts in fields), default=1)
    lines = [
        " ".join(
            (parts[index] if index < len(parts) else "").ljust(width)
            for parts, width in zip(fields, widths, strict=True)
        ).rstrip()
        for index in range(depth)
    ]
    if len(row) > len(COLUMN_CHARS) and row[len(COLUMN_CHARS)]:
        note = "Notes: " + plain(row[len(COLUMN_CHARS)])
        lines.extend(
            NOTE_INDENT + part
            for part in textwrap.wrap(note, WRAP_CHARS - len(NOTE_INDENT), break_long_words=True)
        )
    return lines


def heading_line(columns: Sequence[str]) -> str:
    """The column names, fitted to their columns."""
    return " ".join(
        name.replace("_", " ")[:width].ljust(width)
        for name, width in zip(columns, COLUMN_CHARS, strict=False)
    ).rstrip()


@dataclass(frozen=True)
class RegisterSummary:
    """What an inspector reads first: whose register, the period and the balances."""

    substance: str
    station: str
    period_from: date | None
    period_to: date | None
    opening_mg: Decimal
    closing_mg: Decimal
    entries: int
    zone: str
    container: str = ""

    def lines(self) -> list[str]:
        """The summary block at the top of the first page."""
        if self.period_from is None or self.period_to is None:
            period = "no entries"
        else:
            period = f"{self.period_from:%Y-%m-%d} to {self.period_to:%Y-%m-%d}"
        what = self.substance + (f", container {plain(self.container)}" if self.container else "")
        return [
            f"Register of {what} at {plain(self.station)}",
            f"Period: {period} (dates and times in clinic time, {self.zone})",
            f"Opening balance {self.substance}: {self.opening_mg:.2f} mg",
            f"Closing balance {self.substance}: {self.closing_mg:.2f} mg",
            f"Entries: {self.entries}",
        ]


def summarise(
    changes: Iterable[tuple[date, Decimal, Decimal]],
    substance: str,
    station: str,
    zone: str,
    container: str = "",
) -> RegisterSummary:
    """The summary of entries given as (clinic date, change, balance after it), in order."""
    items = list(changes)
    if not items:
        return RegisterSummary(substance, station, None, None, Decimal(0), Decimal(0), 0, zone)
    first, last = items[0], items[-1]
    return RegisterSummary(
        substance,
        station,
        first[0],
        last[0],
        first[2] - first[1],
        last[2],
        len(items),
        zone,
        container,
    )


SIGNATURE_LINES = (
    "Checked and signed:",
    "",
    "Pharmacist   name: ______________________________   date: ______________   "
    "signature: ________________________________",
    "",
    "Witness      name: ______________________________   date: ______________   "
    "signature: ________________________________",
)


def paginate(entries: Iterable[list[str]], first_page: int, per_page: int) -> list[list[str]]:
    """Lines grouped into pages; an entry is never split (``first_page`` lines fit on page 1)."""
    pages: list[list[str]] = [[]]
    room = first_page
    for entry in entries:
        if pages[-1] and len(pages[-1]) + len(entry) > room:
            pages.append([])
            room = per_page
        pages[-1].extend(entry)
    return pages


def document_pages(
    rows: Iterable[Sequence[str]],
    summary: RegisterSummary | None,
    lines_per_page: int,
) -> list[list[str]]:
    """Every page's body lines: the summary first, the entries, then the signature lines."""
    head = [*summary.lines(), ""] if summary is not None else []
    body: Iterator[list[str]] = (entry_lines(row) for row in rows)
    pages = paginate(body, max(1, lines_per_page - len(head)), lines_per_page)
    pages[0] = head + (pages[0] or ["No entries."])
    block = ["", *SIGNATURE_LINES]
    if len(pages[-1]) + len(block) > lines_per_page:
        pages.append([])
    pages[-1].extend(block)
    return pages
