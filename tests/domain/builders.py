"""Fictional patients, prescriptions and visits for the domain tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from station.domain import (
    AdministrationOutcome,
    Assessment,
    DecisionContext,
    DoseRecord,
    Drug,
    Identification,
    IdentificationMethod,
    Milligrams,
    Patient,
    Phase,
    Prescription,
    ProposedDose,
    RuleSettings,
    SyncState,
    session_of,
)

ZONE = ZoneInfo("Europe/Copenhagen")
SETTINGS = RuleSettings(clinic_timezone="Europe/Copenhagen")
HOME_STATION = "cph-1"
OTHER_STATION = "cph-2"

PATIENT = Patient(
    patient_id="7d3c2a10-0000-4000-8000-000000000001",
    clinic_id="DEMO-0001",
    given_name="Testa",
    family_name="Fiktiv",
    birth_date=date(1979, 6, 1),
    home_station=HOME_STATION,
)

MAINTENANCE_IV = Prescription(
    prescription_id="rx-iv",
    patient_id=PATIENT.patient_id,
    drug=Drug.DIACETYLMORPHINE_IV,
    max_per_session=Milligrams(200),
    max_per_day=Milligrams(400),
    sessions_per_day=2,
    valid_from=date(2025, 1, 1),
    valid_until=None,
    phase=Phase.MAINTENANCE,
    prescriber="dr-fictional",
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """Return a clinic-local moment in March 2025."""
    return datetime(2025, 3, day, hour, minute, tzinfo=ZONE)


NOW = at(10, 12)


def rx(**changes: Any) -> Prescription:
    """Return the maintenance prescription with ``changes``."""
    return replace(MAINTENANCE_IV, **changes)


_counter = iter(range(1, 1_000_000))


def dose(
    when: datetime,
    mg: int | str,
    drug: Drug = Drug.DIACETYLMORPHINE_IV,
    *,
    outcome: AdministrationOutcome = AdministrationOutcome.FULL,
    given_mg: int | str | None = None,
    voided: bool = False,
    station_id: str = HOME_STATION,
) -> DoseRecord:
    """Return a dose given at ``when``."""
    return DoseRecord(
        dose_id=f"dose-{when.isoformat()}-{drug.value}-{next(_counter)}",
        given_at=when,
        drug=drug,
        mg=Milligrams(mg),
        station_id=station_id,
        session=session_of(when, SETTINGS),
        voided=voided,
        outcome=outcome,
        given_mg=None if given_mg is None else Milligrams(given_mg),
    )


USUAL_HISTORY = (dose(at(9, 8), 180), dose(at(9, 12), 180), dose(at(10, 8), 180))


def assessment(
    now: datetime = NOW,
    score: int = 0,
    alcohol: str | None = None,
    age: timedelta = timedelta(minutes=5),
) -> Assessment:
    """Return a pre-dose assessment recorded ``age`` before ``now``."""
    return Assessment(score, now - age, None if alcohol is None else Decimal(alcohol))


def visit(
    now: datetime = NOW,
    mg: int | str = 180,
    drug: Drug = Drug.DIACETYLMORPHINE_IV,
    **changes: Any,
) -> DecisionContext:
    """Return a decision context for a usual maintenance visit, with ``changes``."""
    base = DecisionContext(
        now=now,
        patient=PATIENT,
        prescriptions=(MAINTENANCE_IV,),
        history=USUAL_HISTORY,
        assessment=assessment(now),
        identification=Identification(IdentificationMethod.CARD, identified_by="nurse-a"),
        proposed=ProposedDose(drug, Milligrams(mg)),
        previous_observation_open=False,
        station_id=HOME_STATION,
        sync_state=SyncState.ONLINE_LEASE_GRANTED,
        settings=SETTINGS,
    )
    return replace(base, **changes)
