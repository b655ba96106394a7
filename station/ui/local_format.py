"""Dates, amounts and the record's words (drug, outcome) as the station's language writes them."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from station.domain.decision import AdministrationOutcome
from station.domain.prescriptions import Drug
from station.domain.quantities import Milligrams
from station.ui.messages import QT_TRANSLATE_NOOP

_DECIMAL = re.compile(r"[+\-−]?\d+(?:\.\d+)?")
OUTCOME_WORDS: dict[AdministrationOutcome, str] = {
    AdministrationOutcome.FULL: QT_TRANSLATE_NOOP("DoseWords", "full"),
    AdministrationOutcome.PARTIAL: QT_TRANSLATE_NOOP("DoseWords", "partial"),
    AdministrationOutcome.FAILED: QT_TRANSLATE_NOOP("DoseWords", "failed"),
}
"""How an administration went, in words (translated when shown; the record keeps the value)."""


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


def drug_name(drug: Drug) -> str:
    """A drug as the language calls it (``Drug.label`` is English)."""
    from station.ui.reasons import DRUG_NAMES

    return QCoreApplication.translate("Reasons", DRUG_NAMES[drug])


def outcome_name(outcome: AdministrationOutcome) -> str:
    """How an administration went, in the language's words."""
    return QCoreApplication.translate("DoseWords", OUTCOME_WORDS[outcome])
