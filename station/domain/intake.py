"""Intake rules: a new patient's names, adult birth date, clinic number and possible duplicates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

ADULT_AGE = 18
"""The clinic treats adults only (heroin-assisted treatment is prescribed to adults)."""
OLDEST_AGE = 110
"""An age beyond this is a typing error in the birth date, not a patient."""
MAX_NAME_LENGTH = 100
CLINIC_ID_MAX_LENGTH = 20
CLINIC_ID_PATTERN = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
"""Capital letters and digits in groups joined by single hyphens (``HAT-0042``, ``HAT-T-0007``).

The clinic number is printed on the syringe label (``Patient HAT-0042``) and written into the
label's code (``D=<dose>;P=<clinic id>``): no separator of that code (``;``, ``=``), no
printer control character (``^``, ``~``, ``_``), no space and no lower case (the blind index
is exact, so ``hat-0042`` would be another number).
"""


def clean_name(text: str) -> str:
    """A name as stored: Unicode composed (NFC), spaces trimmed and single."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_problem(text: str) -> str | None:
    """Why a family or given name cannot be recorded (None: it can)."""
    cleaned = clean_name(text)
    if not cleaned:
        return "empty"
    if len(cleaned) > MAX_NAME_LENGTH:
        return "too_long"
    if any(unicodedata.category(char).startswith("C") for char in cleaned):
        return "control_character"
    if not any(char.isalpha() for char in cleaned):
        return "no_letter"
    return None


def age_on(birth_date: date, day: date) -> int:
    """Whole years from ``birth_date`` to ``day`` (a birthday on 29 February counts on 1 March)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def birth_date_problem(birth_date: date, today: date) -> str | None:
    """``future``, ``under_age`` or ``implausible`` when the birth date cannot be a patient's."""
    if birth_date > today:
        return "future"
    age = age_on(birth_date, today)
    if age < ADULT_AGE:
        return "under_age"
    if age > OLDEST_AGE:
        return "implausible"
    return None


def clinic_id_problem(clinic_id: str) -> str | None:
    """Why a clinic number is not in the clinic's format (None: it is)."""
    if not clinic_id:
        return "empty"
    if len(clinic_id) > CLINIC_ID_MAX_LENGTH:
        return "too_long"
    if CLINIC_ID_PATTERN.fullmatch(clinic_id) is None:
        return "format"
    return None


def person_key(family_name: str, birth_date: date) -> tuple[str, date]:
    """What two records of one person share: family name (case and spacing aside), birth date.

    Two patients with the same key may be the same person (the intake asks before a second).
    """
    return (clean_name(family_name).casefold(), birth_date)
