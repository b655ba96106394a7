"""Every action at the counter leaves its signed, chained event; decisions can be replayed."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from station.domain.rules import Outcome
from station.services.counter import CounterService
from tests.services.conftest import IV, TODAY, Clinic, mg


def test_a_visit_leaves_every_step_in_the_log_and_the_chain_stays_intact(clinic: Clinic) -> None:
    patient = clinic.patient()
    counter, nurse = clinic.counter, clinic.nurse
    start = clinic.head()

    clinic.batch()  # the pharmacy's batch exists before the visit
    start = clinic.head()
    visit = counter.identify_by_card(nurse, clinic.card(patient))
    visit = counter.assess(nurse, visit, 0, notes="Alert, no alcohol smell.")
    visit = counter.decide(nurse, visit, IV, mg(100))
    clinic.prepare(visit)
    clinic.clock.advance(minutes=2)
    dose = counter.administer(nurse, visit, booth="Booth 4")
    clinic.clock.advance(minutes=6)
    counter.observations.note_observation(
        nurse, dose.observation_id, "Drowsy", {"spo2_percent": "93"}
    )
    counter.observations.record_adverse_event(
        nurse, dose.observation_id, "respiratory depression", mg("0.4")
    )
    clinic.clock.advance(minutes=25)
    counter.observations.discharge(nurse, dose.observation_id, "Recovered, stable.")

    events = clinic.store.events_after(nurse, start)
    assert [e.type for e in events] == [
        "identity.verified",
        "assessment.recorded",
        "decision.made",
        "weighing.accepted",
        "label.printed",
        "dose.administered",
        "observation.started",
        "observation.noted",
        "adverse_event.recorded",
        "observation.closed",
    ]
    assert [e.seq for e in events] == list(range(start + 1, start + 1 + len(events)))
    assert all(e.signature for e in events)
    payloads = [e.payload for e in events]
    identity, assessment, decision, _weighed, _label, given, started, _noted, adverse, closed = (
        payloads
    )
    assert all(p["patient_id"] == patient.patient_id for p in payloads[:7])
    assert all(p["visit_id"] == visit.visit_id for p in payloads[:6])
    assert all(p["by"] == nurse.user.user_id for p in payloads if "by" in p)
    assert identity["method"] == "card"
    assert (assessment["sedation_score"], assessment["notes"]) == (0, "Alert, no alcohol smell.")
    assert visit.decision is not None
    assert decision["outcome"] == "allow"
    assert decision["reasons"] == list(visit.decision.codes)
    assert decision["proposed_mg"] == "100"
    assert Decimal(decision["max_allowed_mg"]) == 100
    assert decision["session"] == f"{TODAY.isoformat()}/morning"
    assert (given["mg"], given["drug"], given["outcome"]) == ("100.00", IV.value, "full")
    assert given["given_at"] == (clinic.clock() - timedelta(minutes=31)).isoformat()
    assert given["station_id"] == clinic.store.station_id
    assert started["dose_id"] == given["dose_id"]
    assert started["ends_at"] == dose.observation_ends_at.isoformat()
    assert (adverse["kind"], adverse["naloxone_mg"]) == ("respiratory depression", "0.4")
    assert closed["observation_id"] == dose.observation_id
    assert closed["discharge"] == "Recovered, stable."

    for key in (None, nurse.data_key):
        result = clinic.store.verify(key)
        assert result.intact, result.problem
        assert result.checked == clinic.head()


def test_adverse_event_shows_on_the_observation(clinic: Clinic) -> None:
    dose = clinic.give(clinic.patient(), discharge_after=None)
    clinic.counter.observations.record_adverse_event(
        clinic.nurse, dose.observation_id, "overdose", mg("0.8")
    )
    (shown,) = clinic.counter.observations.open_observations(clinic.nurse)
    assert [(n["kind"], n["naloxone_mg"]) for n in shown.notes] == [("overdose", "0.8")]


def test_a_blocked_decision_is_recorded_with_its_reasons(clinic: Clinic) -> None:
    patient = clinic.patient(stop_dose=clinic.stop_dose())
    visit = clinic.decided(patient)
    (decision,) = clinic.events("decision.made")
    assert decision["outcome"] == "block"
    assert "stop_dose.set" in decision["reasons"]  # type: ignore[operator]
    assert Decimal(str(decision["max_allowed_mg"])) == 0
    assert visit.decision is not None
    assert decision["reasons"] == list(visit.decision.codes)
    assert clinic.events("dose.administered") == []
    assert clinic.store.verify(clinic.nurse.data_key).intact


def test_manual_identification_records_the_reason_and_the_witness(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.counter.identify_manually(
        clinic.nurse, patient.patient_id, "Card damaged", clinic.confirm("witness")
    )
    (event,) = clinic.events("identity.verified")
    assert (event["method"], event["reason"], event["by"]) == (
        "manual",
        "Card damaged",
        clinic.nurse.user.user_id,
    )
    (signature,) = event["signatures"]  # type: ignore[misc]
    assert signature["user_id"] == clinic.witness.user.user_id


def test_decisions_are_the_same_for_the_same_stored_state_and_clock(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.give(patient)
    clinic.clock.set(clinic.clock().replace(hour=10, minute=0))  # same session, 2 h later
    visit = clinic.counter.identify_by_card(clinic.nurse, clinic.card(patient))
    visit = clinic.counter.assess(clinic.nurse, visit, 2)
    first = clinic.counter.decide(clinic.nurse, visit, IV, mg(100)).decision
    again = clinic.counter.decide(clinic.nurse, visit, IV, mg(100)).decision
    fresh = CounterService(clinic.store, clinic.settings, clock=clinic.clock)
    from_fresh_service = fresh.decide(clinic.nurse, visit, IV, mg(100)).decision
    assert first is not None and first.outcome is Outcome.BLOCK
    expected = {"session.already_dosed", "interval.too_soon", "intoxication.above_reduced_dose"}
    assert expected <= set(first.codes)
    assert first == again == from_fresh_service

    recorded = clinic.events("decision.made")[-3:]
    assert len({str(item["reasons"]) for item in recorded}) == 1


def test_decision_after_a_restart_is_the_same(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.give(patient)
    clinic.clock.set(clinic.clock().replace(hour=10, minute=0))
    visit = clinic.decided(patient)
    clinic.reopen()
    again = clinic.counter.decide(clinic.nurse, visit, IV, mg(100))
    assert again.decision == visit.decision


def test_nothing_identifying_is_readable_on_disk(clinic: Clinic) -> None:
    patient = clinic.patient(family_name="Skinholmsen", given_name="Ottiliana")
    visit = clinic.counter.identify_by_card(clinic.nurse, clinic.card(patient))
    visit = clinic.counter.assess(clinic.nurse, visit, 0, notes="Smelled of solvent thinner.")
    visit = clinic.counter.decide(clinic.nurse, visit, IV, mg(100))
    clinic.administer(visit)
    secrets = [b"Skinholmsen", b"Ottiliana", b"1981-07-14", b"solvent thinner"]
    files = [p for p in Path(clinic.data_dir).rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret not in content, f"{secret!r} readable in {path.name}"
