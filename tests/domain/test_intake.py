"""Intake rules: names, an adult's plausible birth date, the clinic number's format, one person."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from station.domain.intake import (
    ADULT_AGE,
    age_on,
    birth_date_problem,
    clean_name,
    clinic_id_problem,
    name_problem,
    person_key,
)

TODAY = date(2031, 3, 4)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_age_counts_whole_years_only(born: date) -> None:
    day = TODAY
    age = age_on(born, day)
    if born <= day:
        assert age >= 0
        # the last birthday is at most a year back
        try:
            last = born.replace(year=born.year + age)
        except ValueError:  # 29 February in a common year: the birthday is 1 March
            last = date(born.year + age, 3, 1)
        assert last <= day
        assert age_on(born, day - timedelta(days=1)) in {age, age - 1}


def test_a_person_turns_eighteen_on_their_birthday() -> None:
    assert birth_date_problem(date(2013, 3, 4), TODAY) is None
    assert birth_date_problem(date(2013, 3, 5), TODAY) == "under_age"
    assert birth_date_problem(date(2031, 3, 5), TODAY) == "future"
    assert birth_date_problem(date(1920, 3, 4), TODAY) == "implausible"
    assert birth_date_problem(date(1981, 7, 14), TODAY) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_birth_date_is_judged_by_the_age_it_gives(born: date) -> None:
    problem = birth_date_problem(born, TODAY)
    if born > TODAY:
        assert problem == "future"
    elif age_on(born, TODAY) < ADULT_AGE:
        assert problem == "under_age"
    else:
        assert problem in {None, "implausible"}


def test_clinic_numbers_are_in_the_format_the_label_code_carries() -> None:
    for good in ("HAT-0001", "HAT-T-0042", "HAT-SAFE-001", "A1"):
        assert clinic_id_problem(good) is None, good
    assert clinic_id_problem("") == "empty"
    assert clinic_id_problem("HAT-" + "0" * 30) == "too_long"
    for bad in ("hat-0001", "HAT 0001", "HAT--1", "-HAT", "HAT;P=1", "HAT^FS", "HAT_1", "HAT-"):
        assert clinic_id_problem(bad) == "format", bad


@given(st.text(max_size=40))
def test_an_accepted_clinic_number_has_no_label_code_separator(text: str) -> None:
    if clinic_id_problem(text) is None:
        assert not set(text) & set(";=^~_ \t\n")
        assert text == text.upper()


def test_names_are_trimmed_and_need_a_letter() -> None:
    assert clean_name("  Anne   Marie ") == "Anne Marie"
    assert name_problem("   ") == "empty"
    assert name_problem("123") == "no_letter"
    assert name_problem("Fiktiv\u0007") == "control_character"
    assert name_problem("x" * 101) == "too_long"
    assert name_problem("Prøvesen") is None


def test_one_person_whatever_the_case_spacing_or_accent_encoding() -> None:
    born = date(1981, 7, 14)
    assert person_key(" prøvesen ", born) == person_key("PRØVESEN", born)
    assert person_key("Ma\u0301rquez", born) == person_key("M\u00e1rquez", born)
    assert person_key("Prøvesen", born) != person_key("Provesen", born)
    assert person_key("Prøvesen", born) != person_key("Prøvesen", born + timedelta(days=1))
