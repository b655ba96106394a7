"""Dates and amounts the way the chosen language writes them: the register table, mg, dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from station.domain.quantities import Milligrams
from station.ui.i18n import Translations
from station.ui.local_format import local_date, local_decimal, local_mg
from station.ui.pharmacy.register_model import RegisterModel

ROW = [
    "1",
    "2026-12-07",
    "09:15",
    "dose",
    "DAM 10 %",
    "-12.50",
    "19987.50",
    "nurse",
    "",
    "",
    "",
]


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switcher = Translations(qapp)
    yield switcher
    switcher.uninstall()
    switcher.switch("en")  # QLocale's default back to the source language
    switcher.uninstall()


def shown(model: RegisterModel, column: int) -> object:
    return model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize(
    ("language", "day", "change", "balance"),
    [
        ("en", "07/12/2026", "-12.50", "19987.50"),
        ("da", "07.12.2026", "-12,50", "19987,50"),
        ("de", "07.12.2026", "-12,50", "19987,50"),
    ],
)
def test_the_register_table_shows_dates_and_mg_the_languages_way(
    translations: Translations, language: str, day: str, change: str, balance: str
) -> None:
    model = RegisterModel([str(column) for column in range(len(ROW))])
    model.set_rows([ROW], frozenset())
    translations.switch(language)
    assert (shown(model, 1), shown(model, 5), shown(model, 6)) == (day, change, balance)
    assert shown(model, 2) == "09:15" and shown(model, 4) == "DAM 10 %"  # other cells as given
    assert model.text(0, 5) == "-12.50"  # the rows keep the service's text (CSV, PDF)


def test_amounts_and_dates_follow_a_language_switch(translations: Translations) -> None:
    translations.switch("de")
    assert local_mg(Milligrams("12.5")) == "12,5 mg"
    assert local_date(date(1981, 7, 14)) == "14.07.1981"  # the whole year, never '81'
    assert local_decimal("not a number") == "not a number"
    translations.switch("en")
    assert local_mg(Milligrams("12.5")) == "12.5 mg"
    assert local_date(date(1981, 7, 14)) == "14/07/1981"  # day first, as forms are typed


def test_the_records_words_are_said_in_the_language(translations: Translations) -> None:
    from station.domain.decision import AdministrationOutcome
    from station.domain.prescriptions import Drug
    from station.ui.local_format import drug_name, outcome_name

    translations.switch("de")
    assert drug_name(Drug.DIACETYLMORPHINE_IV) == "Diacetylmorphin i.v."
    assert outcome_name(AdministrationOutcome.PARTIAL) == "teilweise"
    translations.switch("da")
    assert outcome_name(AdministrationOutcome.FULL) == "fuld"
