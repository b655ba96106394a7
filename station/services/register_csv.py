"""The register as CSV for the clinic's spreadsheet: its language's separators, UTF-8 with BOM."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from station.services.register_layout import plain

DECIMAL_COMMA = frozenset({"da", "de", "fr", "nl", "nb", "sv", "fi", "es", "it", "pt", "pl"})
"""Languages that write 1,5: their spreadsheets split CSV cells at ``;``."""


def csv_dialect(language: str) -> tuple[str, str]:
    """The cell separator and the decimal separator a spreadsheet in ``language`` expects."""
    if language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower() in DECIMAL_COMMA:
        return ";", ","
    return ",", "."


def write_register_csv(
    target: Path,
    columns: Sequence[str],
    table: Sequence[Sequence[str]],
    language: str,
    numeric: Sequence[str] = ("change_mg", "balance_mg"),
) -> None:
    """Write the table with a BOM (so a spreadsheet reads UTF-8), no symbols, local numbers."""
    separator, decimal = csv_dialect(language)
    numbers = {index for index, name in enumerate(columns) if name in numeric}
    with target.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=separator)
        writer.writerow(columns)
        for row in table:
            writer.writerow(
                [
                    value.replace(".", decimal) if index in numbers else plain(value)
                    for index, value in enumerate(row)
                ]
            )
