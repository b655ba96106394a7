"""The counter service refuses what the clinic's rules refuse, whatever a caller passes in.

Labels, amounts given, caps across routes and prescriptions, the cap after a break, bad
input, and the observation board agreeing with the rules. Each test goes through the real
services on a real store; each control, removed, makes its test fail.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from station.domain.errors import DomainError
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.domain.rules import AdministrationOutcome, Outcome
from station.services.counter import Override
from station.services.errors import ServiceError
from station.services.pharmacy import PharmacyService
from station.services.settings import SettingsService
from tests.services.conftest import IV, Clinic, local, mg

ORAL = Drug.DIACETYLMORPHINE_ORAL
METHADONE = Drug.METHADONE_ORAL


def settings(clinic: Clinic, **values: object) -> None:
    """The clinic lead saves rule settings (they apply to the next decision)."""
    service = SettingsService(clinic.store, clinic.clock)
    for key, value in values.items():
        service.change(clinic.lead, key, value)


def nothing_written(clinic: Clinic, head: int) -> None:
    assert clinic.head() == head, "a refused step wrote to the record"


# -- 3. the administer step trusts nothing it can check ------------------------------------------


def test_a_syringe_without_a_printed_label_is_not_given_unless_a_second_person_signs(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    clinic.prepare(visit, label=False)
    with pytest.raises(ServiceError, match="no printed label"):
        clinic.counter.administer(clinic.nurse, visit)
    clinic.counter.record_label(clinic.nurse, visit, printed=False, detail="paper out")
    with pytest.raises(ServiceError, match="no printed label"):
        clinic.counter.administer(clinic.nurse, visit)
    for witness, reason, said in (
        (clinic.confirm(), "  ", "why the syringe goes without"),
        (None, "Printer broken (test)", "second person must sign"),
        (clinic.witness.user, "Printer broken (test)", "has not signed"),
        (clinic.confirm("pharm"), "Printer broken (test)", "needs a clinic lead or nurse"),
    ):
        with pytest.raises(ServiceError, match=said):
            clinic.counter.waive_label(clinic.nurse, visit, reason, witness)
    assert clinic.events("label.waived") == []
    clinic.counter.waive_label(clinic.nurse, visit, "Printer broken (test)", clinic.confirm())
    clinic.counter.administer(clinic.nurse, visit)
    (dose,) = clinic.events("dose.administered")
    assert dose["label"] == "waived"
    (waived,) = clinic.events("label.waived")
    meanings = [item["meaning"] for item in waived["signatures"]]  # type: ignore[index]
    assert meanings == ["no label: prepared by", "no label: approved"]


def test_a_label_printed_for_an_earlier_syringe_does_not_label_the_one_weighed_after(
    clinic: Clinic,
) -> None:
    visit = clinic.decided(clinic.patient())
    clinic.prepare(visit)  # weighed and labelled
    batch = clinic.batch()
    counter = clinic.counter
    target = counter.visit(clinic.nurse, visit).weighing
    assert target is not None
    counter.accept_weighing(clinic.nurse, visit, batch.lot, target.measured_g, b"S S again")
    assert not counter.visit(clinic.nurse, visit).labelled
    with pytest.raises(ServiceError, match="no printed label"):
        counter.administer(clinic.nurse, visit)


def test_a_new_decision_needs_a_new_weighing(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient, 100)
    clinic.prepare(visit)  # 100 mg weighed and labelled
    clinic.counter.decide(clinic.nurse, visit, IV, mg(60))  # the nurse asks for less
    with pytest.raises(ServiceError, match="Weigh the syringe"):
        clinic.counter.administer(clinic.nurse, visit)


@pytest.mark.parametrize(
    ("outcome", "given", "said"),
    [
        (AdministrationOutcome.FULL, mg(80), "full injection gives what was prepared"),
        (AdministrationOutcome.PARTIAL, None, "needs the amount given"),
        (AdministrationOutcome.FAILED, None, "needs the amount given"),
        (AdministrationOutcome.PARTIAL, mg("100.01"), "More than was prepared"),
        (AdministrationOutcome.FAILED, mg(250), "More than was prepared"),
        (AdministrationOutcome.PARTIAL, mg(0), "record it as failed or full"),
        (AdministrationOutcome.PARTIAL, mg(100), "record it as failed or full"),
        (AdministrationOutcome.PARTIAL, "NaN", "not an amount"),
        (AdministrationOutcome.PARTIAL, "-5", "not an amount"),
        (AdministrationOutcome.PARTIAL, 40.0, "must be an amount"),
        ("full", None, "full, partial or failed"),
    ],
)
def test_what_was_given_is_checked_and_a_refusal_writes_nothing(
    clinic: Clinic, outcome: Any, given: Any, said: str
) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient, 100)
    clinic.prepare(visit)
    head = clinic.head()
    with pytest.raises(ServiceError, match=said):
        clinic.counter.administer(clinic.nurse, visit, outcome=outcome, given_mg=given)
    nothing_written(clinic, head)
    # The patient's record still reads, and the dose can still be recorded rightly.
    assert clinic.counter.overview(clinic.nurse, patient.patient_id).recent_doses == ()
    dose = clinic.counter.administer(
        clinic.nurse, visit, outcome=AdministrationOutcome.PARTIAL, given_mg=mg(40)
    )
    assert dose.mg == mg(100)


def test_a_full_injection_gives_exactly_what_was_weighed(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient(), 100)
    clinic.prepare(visit, deviation="0.995")
    prepared = clinic.counter.visit(clinic.nurse, visit).weighing
    assert prepared is not None
    dose = clinic.counter.administer(clinic.nurse, visit, given_mg=prepared.prepared_mg)
    assert dose.mg == prepared.prepared_mg
    (event,) = clinic.events("dose.administered")
    assert (event["outcome"], event["given_mg"]) == ("full", None)


def test_a_stored_amount_given_above_the_amount_prepared_still_counts_in_full(
    clinic: Clinic,
) -> None:
    """An older station's record with more given than prepared does not break the history."""
    patient = clinic.patient()
    clinic.store.record(
        clinic.admin,
        "dose.administered",
        {
            "dose_id": "dose-from-an-old-version",
            "patient_id": patient.patient_id,
            "drug": IV.value,
            "mg": "100",
            "given_mg": "150",
            "outcome": "partial",
            "given_at": local(4, 7, 40).isoformat(),
            "session": "2031-03-04/morning",
            "station_id": "st-old-version",
        },
    )
    (record,) = clinic.counter.overview(clinic.nurse, patient.patient_id).recent_doses
    assert record.given_mg == mg(100)
    decision = clinic.decided(patient, 100).decision
    assert decision is not None and "session.partial_dose_given" in decision.codes


# -- 4. caps count across routes and prescriptions -------------------------------------------------


def test_the_daily_diacetylmorphine_maximum_counts_iv_and_oral_together(clinic: Clinic) -> None:
    settings(clinic, max_daily_diacetylmorphine_mg="150")
    patient = clinic.patient(max_per_session=mg(100), max_per_day=mg(200))
    clinic.prescribe(patient, drug=ORAL, max_per_session=mg(100), max_per_day=mg(200))
    oral = clinic.decided(patient, 100, drug=ORAL)
    clinic.administer(oral)
    clinic.clock.set(local(4, 12))
    (observation,) = clinic.counter.observations.open_observations(clinic.nurse)
    clinic.counter.observations.discharge(clinic.nurse, observation.observation_id, "Stable.")
    injected = clinic.decided(patient, 100).decision
    assert injected is not None
    assert "daily.diacetylmorphine_maximum" in injected.codes
    assert injected.max_allowed == mg(50)


def test_methadone_has_its_own_maximum_beside_diacetylmorphine(clinic: Clinic) -> None:
    patient = clinic.patient(max_per_session=mg(100), max_per_day=mg(200))
    clinic.prescribe(patient, drug=METHADONE, max_per_session=mg(200), max_per_day=mg(200),
                     sessions_per_day=1)  # fmt: skip
    clinic.give(patient, 100)  # diacetylmorphine, morning
    decision = clinic.decided(patient, 160, drug=METHADONE).decision
    assert decision is not None
    # The clinic's 150 mg of methadone alongside DAM: the DAM given today does not count.
    assert "daily.methadone_maximum" in decision.codes
    assert decision.max_allowed == mg(150)


def test_a_prescription_changed_mid_day_inherits_the_days_doses(clinic: Clinic) -> None:
    patient = clinic.patient()  # 100 a session, 200 a day
    prescription = clinic.counter.overview(clinic.nurse, patient.patient_id).prescriptions[0]
    clinic.give(patient, 100)
    # The prescriber lowers the daily maximum the same day (a new version of the order).
    clinic.counter.issue_prescription(
        clinic.lead,
        Prescription_with(prescription, max_per_day=mg(150)),
    )
    clinic.clock.set(local(4, 16, 30))
    decision = clinic.decided(patient, 100).decision
    assert decision is not None and "daily.prescription_maximum" in decision.codes
    assert decision.max_allowed == mg(50)


def test_a_prescription_replaced_by_another_route_inherits_the_days_doses(clinic: Clinic) -> None:
    patient = clinic.patient()  # IV: 100 a session, 200 a day
    iv = clinic.counter.overview(clinic.nurse, patient.patient_id).prescriptions[0]
    clinic.give(patient, 100)
    # Mid-day the IV order ends and an IM order of its own starts.
    clinic.counter.issue_prescription(
        clinic.lead, Prescription_with(iv, valid_until=date(2031, 3, 3))
    )
    clinic.prescribe(
        patient, drug=Drug.DIACETYLMORPHINE_IM, max_per_session=mg(150), max_per_day=mg(200)
    )
    clinic.clock.set(local(4, 16, 30))
    decision = clinic.decided(patient, 150, drug=Drug.DIACETYLMORPHINE_IM).decision
    assert decision is not None
    assert "daily.prescription_maximum" in decision.codes
    assert decision.max_allowed == mg(100)


def Prescription_with(prescription: Any, **changes: Any) -> Any:
    """A new version of an order: the same id, some figures changed."""
    from dataclasses import replace

    return replace(prescription, **changes)


# -- 5. after missed days the reduced dose holds -------------------------------------------------


def _back_after_a_break(clinic: Clinic, **rules: object) -> Any:
    settings(clinic, missed_days_action="cap_at_percent_of_last_dose", **rules)
    patient = clinic.patient(max_per_session=mg(100), max_per_day=mg(200))
    clinic.give(patient, 100)  # 4 March
    clinic.clock.set(local(11, 8))  # 5-10 March missed: six days
    return patient


def test_the_cap_after_a_break_holds_for_the_rest_of_the_day(clinic: Clinic) -> None:
    patient = _back_after_a_break(clinic)
    first = clinic.decided(patient, 50)
    assert first.decision is not None and first.decision.max_allowed == mg(50)
    clinic.administer(first, acknowledgement="Tolerance talked through (test).")
    clinic.clock.set(local(11, 16, 30))
    (observation,) = clinic.counter.observations.open_observations(clinic.nurse)
    clinic.counter.observations.discharge(clinic.nurse, observation.observation_id, "Stable.")
    evening = clinic.decided(patient, 100).decision
    assert evening is not None
    assert "missed_days.above_cap" in evening.codes and evening.max_allowed == mg(50)
    clinic.clock.set(local(12, 8))
    next_day = clinic.decided(patient, 100).decision
    assert next_day is not None and "missed_days.above_cap" not in next_day.codes


def test_the_cap_holds_until_a_clinic_lead_reviews_when_the_clinic_says_so(
    clinic: Clinic,
) -> None:
    patient = _back_after_a_break(clinic, missed_days_cap_until_review="until_review")
    clinic.give(patient, 50, acknowledgement="Tolerance talked through (test).")
    clinic.clock.set(local(13, 8))
    still = clinic.decided(patient, 100).decision
    assert still is not None and "missed_days.above_cap" in still.codes
    with pytest.raises(ServiceError):
        clinic.counter.record_break_review(clinic.nurse, patient.patient_id, "Looked fine")
    clinic.counter.record_break_review(clinic.lead, patient.patient_id, "Tolerance back (test)")
    reviewed = clinic.decided(patient, 100).decision
    assert reviewed is not None and "missed_days.above_cap" not in reviewed.codes


def test_a_block_for_review_after_a_break_is_lifted_only_by_a_recorded_review(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()
    clinic.give(patient, 100)
    clinic.clock.set(local(11, 8))
    blocked = clinic.decided(patient).decision
    assert blocked is not None and "missed_days.review_required" in blocked.codes
    clinic.counter.record_break_review(clinic.lead, patient.patient_id, "Seen by Dr (test)")
    after = clinic.decided(patient).decision
    assert after is not None and "missed_days.review_required" not in after.codes
    assert "missed_days.reviewed" in after.codes


# -- 9. bad input gets a clear refusal, never a crash --------------------------------------------


@pytest.mark.parametrize(
    "amount", ["1E+26", Decimal("NaN"), "Infinity", "-5", -5, 100.0, True, "", "ten", None]
)
def test_a_dose_that_is_not_a_dose_is_refused_with_a_sentence(clinic: Clinic, amount: Any) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_by_card(clinic.nurse, clinic.card(patient))
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    head = clinic.head()
    with pytest.raises(ServiceError) as refused:
        clinic.counter.decide(clinic.nurse, visit, IV, amount)
    assert "dose" in str(refused.value).lower()
    nothing_written(clinic, head)


@pytest.mark.parametrize(
    ("score", "alcohol"),
    [(0, "0.3"), (0, 1), (0, Decimal("NaN")), (0, Decimal("-0.1")), (0, Decimal(9)),
     (5, None), (True, None), ("0", None), (0.0, None)],
)  # fmt: skip
def test_an_assessment_that_is_not_one_is_refused_with_a_sentence(
    clinic: Clinic, score: Any, alcohol: Any
) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_by_card(clinic.nurse, clinic.card(patient))
    head = clinic.head()
    with pytest.raises(ServiceError, match=r"(Breath alcohol|sedation score)"):
        clinic.counter.assess(clinic.nurse, visit, score, alcohol)
    nothing_written(clinic, head)


def test_a_weight_that_is_not_a_mass_is_refused(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient())
    lot = clinic.batch().lot
    head = clinic.head()
    for weight in (1.018, "1.018", Decimal("1.018")):
        with pytest.raises(ServiceError, match="mass in g"):
            clinic.counter.accept_weighing(clinic.nurse, visit, lot, weight)  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match="no such solution batch"):
        clinic.counter.accept_weighing(clinic.nurse, visit, "SB-NONE", Grams("1.018"))
    nothing_written(clinic, head)


def test_a_solution_with_no_concentration_is_refused_with_a_sentence(clinic: Clinic) -> None:
    pharmacy = PharmacyService(clinic.store, clock=clinic.clock)
    clinic.batch()  # the fictional product exists
    lot = next(
        item.container.container_id
        for item in pharmacy.balances(clinic.pharm)
        if item.container.kind.value == "stock" and item.balance > 0
    )
    head = clinic.head()
    for sources, volume in (
        ([(lot, mg(0))], Millilitres(100)),
        ([(lot, mg(1))], Millilitres(1000)),
    ):
        with pytest.raises((ServiceError, DomainError)) as refused:
            pharmacy.reconstitute(
                clinic.pharm,
                clinic.confirm("witness", clinic.pharm),
                sources,
                volume,
                Millilitres(10),
                Grams("10.18"),
                timedelta(days=7),
            )
        assert str(refused.value)
    nothing_written(clinic, head)


# -- 10. the board and the rules agree --------------------------------------------------------


def test_induction_day_one_keeps_one_observation_that_board_and_rules_share(
    clinic: Clinic,
) -> None:
    patient = clinic.patient(
        phase=Phase.INDUCTION,
        max_per_session=mg(30),
        max_per_day=mg(60),
        sessions_per_day=3,
        valid_from=date(2031, 3, 4),
    )
    first = clinic.decided(patient, 15)
    clinic.administer(first)
    clinic.clock.advance(minutes=5)  # a second 15 mg may follow at once, while watched
    second = clinic.decided(patient, 15)
    assert second.decision is not None
    assert "observation.open_during_induction" in second.decision.codes
    dose = clinic.administer(second)
    board = clinic.counter.observations.open_observations(clinic.nurse)
    assert [item.patient_id for item in board] == [patient.patient_id]
    assert board[0].observation_id == dose.observation_id
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    assert overview.open_observation_id == board[0].observation_id
    clinic.clock.advance(minutes=21)
    clinic.counter.observations.discharge(clinic.nurse, dose.observation_id, "Stable.")
    assert clinic.counter.observations.open_observations(clinic.nurse) == []
    assert clinic.counter.overview(clinic.nurse, patient.patient_id).open_observation_id is None
    clinic.clock.advance(minutes=10)
    third = clinic.decided(patient, 30).decision
    assert third is not None and "observation.open" not in third.codes
    assert third.outcome is not Outcome.BLOCK or "induction.too_soon" in third.codes


def test_an_override_does_not_lift_the_induction_cap(clinic: Clinic) -> None:
    patient = clinic.patient(
        phase=Phase.INDUCTION, max_per_session=mg(30), max_per_day=mg(60),
        valid_from=date(2031, 3, 4), home_station="st-elsewhere",
    )  # fmt: skip
    visit = clinic.decided(patient, 30)
    assert visit.decision is not None and visit.decision.outcome is Outcome.BLOCK
    with pytest.raises(ServiceError, match="blocked"):
        clinic.administer(visit, override=Override("Known patient (test)", clinic.confirm()))
    assert Milligrams(0) == sum(
        (Milligrams(str(d["mg"])) for d in clinic.events("dose.administered")), Milligrams(0)
    )


# -- no network under the write lock -------------------------------------------------------------


def test_the_lease_is_asked_before_the_write_so_a_slow_server_stalls_no_reader(
    clinic: Clinic,
) -> None:
    """The sync probe may wait on the network: it never runs while the store's write is open."""
    import threading

    from station.domain.rules import SyncState

    readers_waited: list[bool] = []

    def probe(_patient: object, _session: object) -> SyncState:
        reader = threading.Thread(target=clinic.store.head, daemon=True)
        reader.start()
        reader.join(timeout=2)  # a reader held up by an open write would still be waiting
        readers_waited.append(reader.is_alive())
        return SyncState.ONLINE_LEASE_GRANTED

    clinic.counter.sync_probe = probe
    visit = clinic.decided(clinic.patient())
    clinic.administer(visit)
    assert readers_waited and not any(readers_waited)
