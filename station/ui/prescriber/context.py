"""What every prescriber screen is given, and how it reads and writes days, amounts and names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from station.domain.prescriptions import Drug, Phase
from station.services.accounts import AccountsService, Session
from station.services.prescribing import PrescribingService
from station.ui.messages import QT_TRANSLATE_NOOP
from station.ui.reasons import DRUG_NAMES
from station.ui.tasks import Submit

CONTEXT = "Prescriber"
"""The translation context of the prescriber's words shared by several screens."""

PHASE_NAMES: dict[Phase, str] = {
    Phase.INDUCTION: QT_TRANSLATE_NOOP("Prescriber", "induction"),
    Phase.TITRATION: QT_TRANSLATE_NOOP("Prescriber", "titration"),
    Phase.MAINTENANCE: QT_TRANSLATE_NOOP("Prescriber", "maintenance"),
    Phase.TAPER: QT_TRANSLATE_NOOP("Prescriber", "taper"),
}
"""What the screens call each phase of treatment (translated when shown)."""


@dataclass
class PrescriberContext:
    """The prescriber's services for one signed-in session (rebuilt at each sign-in)."""

    prescribing: PrescribingService
    accounts: AccountsService
    session: Session
    submit: Submit
    zone: tzinfo
    """The clinic's time zone (days and signing times are shown on its wall clock)."""
    now: Callable[[], datetime]
    """The station's clock (the one the record uses)."""

    def today(self) -> date:
        """The clinic's day now."""
        return self.now().astimezone(self.zone).date()

    def local(self, moment: datetime) -> datetime:
        """A moment on the clinic's wall clock."""
        return moment.astimezone(self.zone)


def drug_name(drug: Drug) -> str:
    """A drug and form in the station's language ('diacetylmorphine IV')."""
    return QCoreApplication.translate("Reasons", DRUG_NAMES[drug])


def phase_name(phase: Phase) -> str:
    """A phase of treatment in the station's language."""
    return QCoreApplication.translate(CONTEXT, PHASE_NAMES[phase])


def parse_decimal(text: str) -> Decimal | None:
    """A decimal typed by a person (comma or point), or None when it is not a finite number."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_whole(text: str) -> int | None:
    """A whole number typed by a person, or None."""
    cleaned = text.strip()
    return int(cleaned) if re.fullmatch(r"\d{1,6}", cleaned) else None


_DAY_PATTERNS = (
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
)


def parse_day(text: str) -> date | None:
    """A day typed as 31.12.2025 (or 2025-12-31); None when it is not one."""
    cleaned = text.strip()
    for pattern in _DAY_PATTERNS:
        found = pattern.fullmatch(cleaned)
        if found:
            try:
                return date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                return None
    return None


def day_text(day: date | None) -> str:
    """A day as the screens write it (31.12.2025), or a dash."""
    return "—" if day is None else f"{day:%d.%m.%Y}"


def interval_text(interval: timedelta | None) -> str:
    """A minimum interval in minutes, or the clinic's default."""
    if interval is None:
        return QCoreApplication.translate("Prescriber", "clinic's default")
    minutes = int(interval.total_seconds() // 60)
    return QCoreApplication.translate("Prescriber", "{minutes} min").format(minutes=minutes)


def buddy(text: str, field: QWidget) -> QLabel:
    """A label with a mnemonic (``&``) that moves the focus to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    label.setAccessibleName(text.replace("&", ""))
    return label


def make_day_field(accessible_name: str, day: date | None = None) -> QLineEdit:
    """A field for a day, typed as dd.mm.yyyy (empty, or ``day``)."""
    field = QLineEdit(day_text(day) if day is not None else "")
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(QCoreApplication.translate("Prescriber", "dd.mm.yyyy"))
    return field


class MissingInput(Exception):
    """A field is empty or unreadable: the screen says which and puts the cursor there.

    Not a clinic rule (the service checks those): only that what was typed can be read.
    """

    def __init__(self, sentence: str, field: QWidget) -> None:
        """``sentence`` in the station's language; ``field`` gets the focus."""
        super().__init__(sentence)
        self.sentence = sentence
        self.field = field
