"""How the store, services and UI use the domain: one decision, start to finish."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from station.domain import (
    Assessment,
    Concentration,
    DecisionContext,
    Density,
    DoseRecord,
    Drug,
    Grams,
    Identification,
    IdentificationMethod,
    Milligrams,
    Millilitres,
    Outcome,
    Patient,
    Phase,
    Prescription,
    ProposedDose,
    RuleSettings,
    SyncState,
    check_tolerance,
    decide,
    dose_in_mass,
    mass_for_dose,
    session_of,
    volume_for_dose,
)


def test_a_maintenance_visit_from_decision_to_weighed_syringe() -> None:
    settings = RuleSettings(clinic_timezone="Europe/Copenhagen")
    now = datetime(2025, 3, 4, 12, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    patient = Patient(
        patient_id="0b6f9a53-4f3e-4d63-9a51-2f8d1f3c6e10",
        clinic_id="CPH-0042",
        given_name="Alma",
        family_name="Testesen",
        birth_date=date(1980, 1, 1),
        home_station="cph-1",
    )
    prescription = Prescription(
        prescription_id="rx-1",
        patient_id=patient.patient_id,
        drug=Drug.DIACETYLMORPHINE_IV,
        max_per_session=Milligrams(200),
        max_per_day=Milligrams(400),
        sessions_per_day=2,
        valid_from=date(2025, 1, 1),
        valid_until=None,
        phase=Phase.MAINTENANCE,
        prescriber="dr-demo",
    )
    morning = now - timedelta(hours=4)
    history = (
        DoseRecord(
            dose_id="dose-1",
            given_at=morning,
            drug=Drug.DIACETYLMORPHINE_IV,
            mg=Milligrams(180),
            station_id="cph-1",
            session=session_of(morning, settings),
        ),
    )
    decision = decide(
        DecisionContext(
            now=now,
            patient=patient,
            prescriptions=(prescription,),
            history=history,
            assessment=Assessment(sedation_score=0, recorded_at=now - timedelta(minutes=5)),
            identification=Identification(IdentificationMethod.CARD),
            proposed=ProposedDose(Drug.DIACETYLMORPHINE_IV, Milligrams(180)),
            previous_observation_open=False,
            station_id="cph-1",
            sync_state=SyncState.ONLINE_LEASE_GRANTED,
            settings=settings,
        )
    )
    assert decision.outcome is Outcome.ALLOW
    assert decision.may_dose
    assert decision.concerns == ()
    assert decision.max_allowed == Milligrams(200)  # per session; 220 mg left today
    assert str(decision.session) == "2025-03-04/midday"

    # Prepare: mg → mL → target g; weigh; accept within tolerance; record the dose weighed.
    concentration, density = Concentration(100), Density("1.0200")
    assert volume_for_dose(Milligrams(180), concentration) == Millilitres("1.8")
    target = mass_for_dose(Milligrams(180), concentration, density)
    assert target == Grams("1.8360")
    reading = Grams("1.8411")
    check = check_tolerance(target, reading, settings.weighing_tolerance)
    assert check.within, check.explanation
    assert dose_in_mass(reading, concentration, density) == Milligrams("180.50")
