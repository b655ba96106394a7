"""Dates and amounts as the station's language writes them (QLocale of the chosen language)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

from station.domain.quantities import Milligrams

_DECIMAL = re.compile(r"[+\-−]?\d+(?:\.\d+)?")


def local_date(day: date) -> str:
    """``day`` in the language's short date format, with the whole year (07.12.2026, 12/7/2026)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def local_decimal(text: str) -> str:
    """A plain decimal number's text (``-12.50``) with the language's decimal point; else as is."""
    if not _DECIMAL.fullmatch(text):
        return text
    return text.replace(".", QLocale().decimalPoint())


def local_mg(amount: Milligrams) -> str:
    """An amount in mg as the language writes it: ``12,5 mg`` in Danish or German, ``12.5 mg``."""
    return str(amount).replace(".", QLocale().decimalPoint())


def local_iso_date(text: str) -> str:
    """A date written ``YYYY-MM-DD`` (as the register's rows carry it) in the language's format."""
    try:
        return local_date(date.fromisoformat(text))
    except ValueError:
        return text
