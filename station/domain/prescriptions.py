"""Prescriptions: which drug and form, how much per session and per day, and for how long."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from station.domain.errors import DomainError
from station.domain.plans import DosePlan
from station.domain.quantities import Milligrams


class Substance(StrEnum):
    """The active substance, which daily maxima are counted by."""

    DIACETYLMORPHINE = "diacetylmorphine"
    METHADONE = "methadone"


class Route(StrEnum):
    """How the drug is taken."""

    INTRAVENOUS = "iv"
    INTRAMUSCULAR = "im"
    ORAL = "oral"


class Drug(StrEnum):
    """A drug in the form the clinic gives it."""

    DIACETYLMORPHINE_IV = "diacetylmorphine_iv"
    DIACETYLMORPHINE_IM = "diacetylmorphine_im"
    DIACETYLMORPHINE_ORAL = "diacetylmorphine_oral"
    METHADONE_ORAL = "methadone_oral"

    @property
    def substance(self) -> Substance:
        """Return the active substance."""
        if self is Drug.METHADONE_ORAL:
            return Substance.METHADONE
        return Substance.DIACETYLMORPHINE

    @property
    def route(self) -> Route:
        """Return the route of administration."""
        return {
            Drug.DIACETYLMORPHINE_IV: Route.INTRAVENOUS,
            Drug.DIACETYLMORPHINE_IM: Route.INTRAMUSCULAR,
            Drug.DIACETYLMORPHINE_ORAL: Route.ORAL,
            Drug.METHADONE_ORAL: Route.ORAL,
        }[self]

    @property
    def is_injectable_diacetylmorphine(self) -> bool:
        """Return True for injected DAM, which the induction and titration figures govern."""
        return self in (Drug.DIACETYLMORPHINE_IV, Drug.DIACETYLMORPHINE_IM)

    @property
    def label(self) -> str:
        """Return the name a nurse reads, e.g. 'diacetylmorphine IV'."""
        route = "IV" if self.route is Route.INTRAVENOUS else self.route.value.upper()
        return f"{self.substance.value} {'oral' if self.route is Route.ORAL else route}"


class Phase(StrEnum):
    """Where the patient is in treatment."""

    INDUCTION = "induction"
    TITRATION = "titration"
    MAINTENANCE = "maintenance"
    TAPER = "taper"


@dataclass(frozen=True)
class StopDose:
    """A stop-dose flag: no dose under this prescription until a clinic lead lifts it."""

    reason: str
    set_by: str
    """The staff member (user id) who set it."""
    set_at: datetime

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise DomainError("a stop-dose flag needs a reason")
        if self.set_at.tzinfo is None:
            raise DomainError("a stop-dose time must carry its time zone")


@dataclass(frozen=True)
class Prescription:
    """One prescription of one drug for one patient."""

    prescription_id: str
    patient_id: str
    drug: Drug
    max_per_session: Milligrams
    max_per_day: Milligrams
    sessions_per_day: int
    valid_from: date
    valid_until: date | None
    """Last day on which it is valid (inclusive); None means open-ended."""
    phase: Phase
    prescriber: str
    min_interval: timedelta | None = None
    """None means the clinic's default from ``RuleSettings``."""
    stop_dose: StopDose | None = None
    plan: DosePlan | None = None
    """A signed order's dose plan: each day's cap (see ``DosePlan.daily_cap_on``)."""
    review_on: date | None = None
    """The day the prescriber means to review the order (a warning once it has passed)."""

    def __post_init__(self) -> None:
        if not isinstance(self.max_per_session, Milligrams) or not isinstance(
            self.max_per_day, Milligrams
        ):
            raise DomainError("prescription maxima must be Milligrams")
        if not self.max_per_session or not self.max_per_day:
            raise DomainError("prescription maxima must be positive")
        if self.max_per_session > self.max_per_day:
            raise DomainError("the per-session maximum cannot exceed the daily maximum")
        if not 1 <= self.sessions_per_day <= 6:
            raise DomainError("sessions per day must be between 1 and 6")
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise DomainError("a prescription cannot end before it starts")
        if self.min_interval is not None and self.min_interval < timedelta(0):
            raise DomainError("a minimum interval cannot be negative")

    def terms_document(self) -> dict[str, Any]:
        """Its terms as JSON values: the ``prescription.issued`` payload up to the interval.

        The stop-dose flag, the plan and the review day follow, as each caller stores them.
        """
        return {
            "prescription_id": self.prescription_id,
            "patient_id": self.patient_id,
            "drug": self.drug.value,
            "max_per_session_mg": str(self.max_per_session.value),
            "max_per_day_mg": str(self.max_per_day.value),
            "sessions_per_day": self.sessions_per_day,
            "valid_from": self.valid_from.isoformat(),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "phase": self.phase.value,
            "prescriber": self.prescriber,
            "min_interval_minutes": (
                int(self.min_interval.total_seconds() // 60)
                if self.min_interval is not None
                else None
            ),
        }

    def is_active_on(self, day: date) -> bool:
        """Return True when the prescription is valid on ``day`` (stop-dose flags aside)."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def active_prescriptions(
    prescriptions: Iterable[Prescription], day: date, drug: Drug | None = None
) -> tuple[Prescription, ...]:
    """Return the prescriptions valid on ``day`` (optionally only for ``drug``), by id."""
    found = (p for p in prescriptions if p.is_active_on(day) and (drug is None or p.drug is drug))
    return tuple(sorted(found, key=lambda p: p.prescription_id))
