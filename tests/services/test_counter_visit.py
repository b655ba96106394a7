"""The visit at the counter as the nurse lives it: identify, assess, decide, give, observe."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from station.domain.prescriptions import Phase
from station.domain.rules import (
    AdministrationOutcome,
    Identification,
    IdentificationMethod,
    Outcome,
)
from station.domain.settings import IntoxicationAction, IntoxicationRules, RuleSettings
from station.services.counter import Override, Visit
from station.services.errors import ServiceError
from sync.wire.chain import payload_hash
from tests.services.conftest import IV, OTHER_STATION, TODAY, Clinic, local, mg


def assert_blocked(clinic: Clinic, visit: Visit, code: str, prepared: str | int = 100) -> None:
    """The decision blocks with ``code``, and ``administer`` refuses and records no dose."""
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.BLOCK, decision.codes
    assert code in decision.codes
    assert not decision.may_dose
    doses_before = len(clinic.events("dose.administered"))
    with pytest.raises(ServiceError, match="blocked") as refused:
        clinic.counter.administer(clinic.nurse, visit, mg(prepared))
    blocking = next(r for r in decision.reasons if r.code == code)
    assert blocking.message in str(refused.value)
    assert len(clinic.events("dose.administered")) == doses_before


# -- the whole visit ------------------------------------------------------------------------------


def test_full_visit_by_card_observation_board_and_overview(clinic: Clinic) -> None:
    patient = clinic.patient()
    counter, nurse = clinic.counter, clinic.nurse

    visit = counter.identify_by_card(nurse, patient.clinic_id)
    assert visit.patient.patient_id == patient.patient_id
    assert visit.identification.method is IdentificationMethod.CARD
    visit = counter.assess(nurse, visit, sedation_score=0)
    assert visit.assessment is not None and visit.assessment.sedation_score == 0
    visit = counter.decide(nurse, visit, IV, mg(100))
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.ALLOW
    assert decision.max_allowed == mg(100)
    for code in (
        "identity.card",
        "prescription.active",
        "stop_dose.none",
        "session.not_yet_dosed",
        "observation.closed",
        "assessment.not_intoxicated",
        "interval.first_dose",
    ):
        assert code in decision.codes
    assert str(decision.session) == f"{TODAY.isoformat()}/morning"

    given_at = clinic.clock.advance(minutes=3)
    dose = counter.administer(nurse, visit, mg(100), booth="Booth 2")
    assert dose.mg == mg(100)
    assert dose.observation_ends_at == given_at + timedelta(minutes=20)

    board = counter.open_observations(nurse)
    assert [(o.observation_id, o.patient_id, o.clinic_id, o.booth) for o in board] == [
        (dose.observation_id, patient.patient_id, patient.clinic_id, "Booth 2")
    ]
    assert board[0].started_at == given_at
    assert board[0].ends_at == given_at + timedelta(minutes=20)
    clinic.clock.advance(minutes=5)
    assert counter.observation_remaining(board[0]) == timedelta(minutes=15)

    overview = counter.overview(nurse, patient.patient_id)
    assert overview.open_observation_id == dose.observation_id

    clinic.clock.advance(minutes=16)
    assert counter.observation_remaining(board[0]) < timedelta(0)  # overdue shows negative
    counter.discharge(nurse, dose.observation_id, "Stable, left the clinic.")
    assert counter.open_observations(nurse) == []

    overview = counter.overview(nurse, patient.patient_id)
    assert overview.open_observation_id is None
    today = overview.doses_on(TODAY, clinic.settings)
    assert [(d.dose_id, d.mg, d.given_at) for d in today] == [(dose.dose_id, mg(100), given_at)]
    assert overview.last_dose_at == given_at
    assert overview.doses_on(TODAY + timedelta(days=1), clinic.settings) == ()


def test_failed_venous_access_observes_for_30_minutes(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    dose = clinic.counter.administer(clinic.nurse, visit, mg(100), venous_access_failed=True)
    assert dose.observation_ends_at == clinic.clock() + timedelta(minutes=30)
    (shown,) = clinic.counter.open_observations(clinic.nurse)
    assert shown.ends_at - shown.started_at == timedelta(minutes=30)


def test_observation_period_follows_the_clinic_setting(clinic: Clinic) -> None:
    patient = clinic.patient()
    counter = clinic.service(RuleSettings(observation=timedelta(minutes=25)))
    visit = clinic.decided(patient, counter=counter)
    dose = counter.administer(clinic.nurse, visit, mg(100))
    assert dose.observation_ends_at == clinic.clock() + timedelta(minutes=25)


def test_board_lists_every_patient_under_observation_oldest_first(clinic: Clinic) -> None:
    first, second = clinic.patient(), clinic.patient(family_name="Opdigtsen")
    dose_one = clinic.give(first, discharge_after=None)
    clinic.clock.advance(minutes=4)
    dose_two = clinic.give(second, discharge_after=None)
    board = clinic.counter.open_observations(clinic.nurse)
    assert [o.observation_id for o in board] == [dose_one.observation_id, dose_two.observation_id]
    clinic.counter.discharge(clinic.nurse, dose_one.observation_id)
    assert [o.patient_id for o in clinic.counter.open_observations(clinic.nurse)] == [
        second.patient_id
    ]


# -- without a card -------------------------------------------------------------------------------


def test_search_by_family_name_and_birth_date_finds_only_that_patient(clinic: Clinic) -> None:
    patient = clinic.patient(family_name="Eksempelgaard", birth_date=date(1977, 2, 3))
    clinic.patient(family_name="Eksempelgaard", birth_date=date(1977, 2, 4))
    clinic.patient(family_name="Attrapholt", birth_date=date(1977, 2, 3))
    found = clinic.counter.search(clinic.nurse, "Eksempelgaard", date(1977, 2, 3))
    assert [p.patient_id for p in found] == [patient.patient_id]
    assert found[0].given_name == patient.given_name
    assert clinic.counter.search(clinic.nurse, "Eksempelgaard", date(1977, 3, 2)) == []


def test_manual_identification_with_a_second_nurse_allows_the_dose(clinic: Clinic) -> None:
    patient = clinic.patient()
    (found,) = clinic.counter.search(clinic.nurse, patient.family_name, patient.birth_date)
    visit = clinic.counter.identify_manually(
        clinic.nurse, found.patient_id, "Card left at home", clinic.witness.user
    )
    assert visit.identification == Identification(
        IdentificationMethod.MANUAL,
        witness_id=clinic.witness.user.user_id,
        identified_by=clinic.nurse.user.user_id,
    )
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    visit = clinic.counter.decide(clinic.nurse, visit, IV, mg(100))
    assert visit.decision is not None and visit.decision.outcome is Outcome.ALLOW
    assert "identity.manual_witnessed" in visit.decision.codes
    clinic.counter.administer(clinic.nurse, visit, mg(100))

    (event,) = clinic.events("identity.verified")
    assert event["method"] == "manual"
    assert event["reason"] == "Card left at home"
    (witnessed,) = event["signatures"]  # type: ignore[misc]
    assert witnessed["printed_name"] == clinic.witness.user.display_name
    assert witnessed["meaning"] == "witnessed identification"


@pytest.mark.parametrize("reason", ["", "   "])
def test_manual_identification_needs_a_reason(clinic: Clinic, reason: str) -> None:
    patient = clinic.patient()
    head = clinic.head()
    with pytest.raises(ServiceError, match="without a card"):
        clinic.counter.identify_manually(
            clinic.nurse, patient.patient_id, reason, clinic.witness.user
        )
    assert clinic.head() == head


def test_manual_identification_refuses_the_nurse_as_her_own_witness(clinic: Clinic) -> None:
    patient = clinic.patient()
    head = clinic.head()
    with pytest.raises(ServiceError, match="second staff member"):
        clinic.counter.identify_manually(
            clinic.nurse, patient.patient_id, "Card left at home", clinic.nurse.user
        )
    assert clinic.head() == head


def test_manual_identification_without_a_witness_is_refused_at_the_dose(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_manually(
        clinic.nurse, patient.patient_id, "Card left at home", clinic.witness.user
    )
    # A visit whose witness got lost (e.g. a screen that never asked): the rules must refuse.
    visit = replace(
        visit,
        identification=Identification(
            IdentificationMethod.MANUAL, None, identified_by=clinic.nurse.user.user_id
        ),
    )
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    visit = clinic.counter.decide(clinic.nurse, visit, IV, mg(100))
    assert_blocked(clinic, visit, "identity.manual_without_witness")


# -- what blocks a dose ---------------------------------------------------------------------------


def test_stop_dose_flag_blocks(clinic: Clinic) -> None:
    patient = clinic.patient(stop_dose=clinic.stop_dose("Liver values pending (fictional)"))
    visit = clinic.decided(patient)
    assert_blocked(clinic, visit, "stop_dose.set")
    assert visit.decision is not None and visit.decision.max_allowed == mg(0)
    assert "Liver values pending (fictional)" in visit.decision.reasons[2].message


def test_no_prescription_blocks(clinic: Clinic) -> None:
    patient = clinic.patient(prescribe=False)
    assert_blocked(clinic, clinic.decided(patient), "prescription.none_active")


def test_expired_prescription_blocks(clinic: Clinic) -> None:
    patient = clinic.patient(valid_until=TODAY - timedelta(days=1))
    assert_blocked(clinic, clinic.decided(patient), "prescription.none_active")


def test_second_dose_in_the_same_session_blocks(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.give(patient)  # 08:00, discharged at 08:25
    clinic.clock.set(local(4, 10, 0))  # still the morning session
    visit = clinic.decided(patient)
    assert_blocked(clinic, visit, "session.already_dosed")
    assert visit.decision is not None
    message = next(r.message for r in visit.decision.reasons if r.code == "session.already_dosed")
    assert "100 mg was already given" in message


def test_dose_in_the_next_session_after_the_interval_is_allowed(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.give(patient)  # 08:00
    clinic.clock.set(local(4, 16, 30))
    visit = clinic.decided(patient)
    assert visit.decision is not None and visit.decision.outcome is Outcome.ALLOW
    assert "interval.respected" in visit.decision.codes
    clinic.counter.administer(clinic.nurse, visit, mg(100))
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    assert len(overview.doses_on(TODAY, clinic.settings)) == 2


def test_minimum_interval_blocks_and_says_when(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.clock.set(local(4, 10, 0))
    clinic.give(patient)  # morning, 10:00
    clinic.clock.set(local(4, 11, 45))  # midday session, 1 h 45 min later
    visit = clinic.decided(patient)
    assert_blocked(clinic, visit, "interval.too_soon")
    assert visit.decision is not None
    assert "session.already_dosed" not in visit.decision.codes
    message = next(r.message for r in visit.decision.reasons if r.code == "interval.too_soon")
    assert "10:00" in message and "13:00" in message


def test_previous_observation_still_open_blocks(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.give(patient, discharge_after=None)  # 08:00, never discharged
    clinic.clock.set(local(4, 16, 30))
    visit = clinic.decided(patient)
    assert_blocked(clinic, visit, "observation.open")
    assert visit.decision is not None
    assert [r.code for r in visit.decision.concerns] == ["observation.open"]


def test_intoxicated_patient_gets_at_most_the_reduced_dose(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient, 100, score=2)
    assert_blocked(clinic, visit, "intoxication.above_reduced_dose")
    assert visit.decision is not None and visit.decision.max_allowed == mg(50)

    reduced = clinic.counter.decide(clinic.nurse, visit, IV, mg(50))
    assert reduced.decision is not None
    assert reduced.decision.outcome is Outcome.ALLOW_WITH_WARNING
    assert "intoxication.reduced_dose" in reduced.decision.codes
    with pytest.raises(ServiceError, match="above what may be given"):
        clinic.counter.administer(clinic.nurse, reduced, mg("51.01"))  # 50 mg + 2 %
    dose = clinic.counter.administer(clinic.nurse, reduced, mg(50))
    assert dose.mg == mg(50)
    (event,) = clinic.events("dose.administered")
    assert event["reasons"] == ["intoxication.reduced_dose"]


def test_severe_sedation_is_refused(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient, 10, score=3)
    assert_blocked(clinic, visit, "intoxication.severe", prepared=10)


def test_clinic_rule_refuse_blocks_any_intoxicated_dose(clinic: Clinic) -> None:
    patient = clinic.patient()
    refuse = RuleSettings(intoxication=IntoxicationRules(action=IntoxicationAction.REFUSE))
    counter = clinic.service(refuse)
    visit = clinic.decided(patient, 10, score=2, counter=counter)
    assert visit.decision is not None
    assert visit.decision.outcome is Outcome.BLOCK
    assert "intoxication.refuse" in visit.decision.codes
    with pytest.raises(ServiceError, match="blocked"):
        counter.administer(clinic.nurse, visit, mg(10))


def test_assessment_older_than_half_an_hour_blocks(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_by_card(clinic.nurse, patient.clinic_id)
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    clinic.clock.advance(minutes=31)
    visit = clinic.counter.decide(clinic.nurse, visit, IV, mg(100))
    assert_blocked(clinic, visit, "assessment.outdated")


def test_administer_without_a_decision_is_refused(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_by_card(clinic.nurse, patient.clinic_id)
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    with pytest.raises(ServiceError, match="Check the rules"):
        clinic.counter.administer(clinic.nurse, visit, mg(100))
    assert clinic.events("dose.administered") == []


def test_unknown_card_is_refused(clinic: Clinic) -> None:
    clinic.patient()
    with pytest.raises(ServiceError, match="No patient"):
        clinic.counter.identify_by_card(clinic.nurse, "HAT-T-9999")


# -- the prepared amount --------------------------------------------------------------------------


@pytest.mark.parametrize("prepared", ["102.01", "110", "150"])
def test_prepared_dose_above_max_allowed_is_refused(clinic: Clinic, prepared: str) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient, 100)
    assert visit.decision is not None and visit.decision.max_allowed == mg(100)
    with pytest.raises(ServiceError, match=re.escape(f"({prepared} mg) is above")) as refused:
        clinic.counter.administer(clinic.nurse, visit, mg(prepared))
    assert "(100 mg, weighing tolerance included)" in str(refused.value)
    assert clinic.events("dose.administered") == []
    assert clinic.counter.open_observations(clinic.nurse) == []


def test_weighed_dose_may_exceed_max_allowed_only_by_the_weighing_tolerance(
    clinic: Clinic,
) -> None:
    # Default tolerance 2 %: a syringe weighed at 102 mg for a 100 mg maximum is accepted.
    visit = clinic.decided(clinic.patient(), 100)
    dose = clinic.counter.administer(clinic.nurse, visit, mg(102))
    assert dose.mg == mg(102)
    (event,) = clinic.events("dose.administered")
    assert event["mg"] == "102"


def test_prepared_dose_of_zero_is_refused(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient(), 100)
    with pytest.raises(ServiceError, match="0 mg"):
        clinic.counter.administer(clinic.nurse, visit, mg(0))


def test_less_than_decided_is_recorded_as_prepared(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient(), 100)
    dose = clinic.counter.administer(clinic.nurse, visit, mg(80))
    assert dose.mg == mg(80)
    (event,) = clinic.events("dose.administered")
    assert event["mg"] == "80"


# -- overrides ------------------------------------------------------------------------------------


def test_patient_of_another_station_while_offline_needs_a_second_nurse(clinic: Clinic) -> None:
    patient = clinic.patient(home_station=OTHER_STATION)
    visit = clinic.decided(patient)
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.NEEDS_OVERRIDE
    assert [r.code for r in decision.concerns] == ["sync.offline_not_home_station"]
    counter, nurse = clinic.counter, clinic.nurse

    with pytest.raises(ServiceError, match="second person must approve"):
        counter.administer(nurse, visit, mg(100))
    reason = "Home station offline; patient known to both of us"
    with pytest.raises(ServiceError, match="someone else"):
        counter.administer(nurse, visit, mg(100), override=Override(reason, nurse.user))
    with pytest.raises(ServiceError, match="with a reason"):
        counter.administer(nurse, visit, mg(100), override=Override("  ", clinic.witness.user))
    assert clinic.events("dose.administered") == []

    given_at = clinic.clock.advance(minutes=2)
    counter.administer(nurse, visit, mg(100), override=Override(reason, clinic.witness.user))
    (dose,) = clinic.events("dose.administered")
    assert dose["decision"] == "needs_override"
    assert dose["reasons"] == ["sync.offline_not_home_station"]
    assert dose["override_reason"] == reason
    signed, approved = dose["signatures"]  # type: ignore[misc]
    assert (signed["printed_name"], signed["meaning"], signed["user_id"]) == (
        nurse.user.display_name,
        "administered",
        nurse.user.user_id,
    )
    assert (approved["printed_name"], approved["meaning"], approved["user_id"]) == (
        clinic.witness.user.display_name,
        "approved override",
        clinic.witness.user.user_id,
    )
    assert signed["signed_at"] == approved["signed_at"] == given_at.isoformat()
    # Each signature is bound to exactly what its signer saw: the dose, and for the second
    # person the dose with the override reason.
    content = {k: v for k, v in dose.items() if k not in {"salt", "signatures"}}
    assert approved["subject_hash"] == payload_hash(content)
    del content["override_reason"]
    assert signed["subject_hash"] == payload_hash(content)


def test_clinic_lead_may_approve_an_override(clinic: Clinic) -> None:
    patient = clinic.patient(home_station=OTHER_STATION)
    visit = clinic.decided(patient)
    override = Override("Home station offline", clinic.lead.user)
    clinic.counter.administer(clinic.nurse, visit, mg(100), override=override)
    assert len(clinic.events("dose.administered")) == 1


@pytest.mark.parametrize("who", ["tech", "pharm", "admin"])
def test_only_a_nurse_or_clinic_lead_may_approve_a_dose_override(clinic: Clinic, who: str) -> None:
    patient = clinic.patient(home_station=OTHER_STATION)
    visit = clinic.decided(patient)
    witness = getattr(clinic, who).user
    with pytest.raises(ServiceError, match="nurse or a clinic lead"):
        clinic.counter.administer(
            clinic.nurse, visit, mg(100), override=Override("Offline", witness)
        )
    assert clinic.events("dose.administered") == []


def test_override_never_lifts_a_block(clinic: Clinic) -> None:
    patient = clinic.patient(home_station=OTHER_STATION, stop_dose=clinic.stop_dose())
    visit = clinic.decided(patient)
    with pytest.raises(ServiceError, match="blocked"):
        clinic.counter.administer(
            clinic.nurse, visit, mg(100), override=Override("Please", clinic.lead.user)
        )


# -- warnings that need a comment -----------------------------------------------------------------


def test_missed_days_warning_needs_a_written_comment(clinic: Clinic) -> None:
    patient = clinic.patient()
    clinic.give(patient)  # 4 March
    clinic.clock.set(local(8, 8, 0))  # 5, 6, 7 March missed
    visit = clinic.decided(patient)
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.ALLOW_WITH_WARNING
    assert decision.comment_required
    assert "missed_days.warning" in decision.codes
    for empty in ("", "   \n"):
        with pytest.raises(ServiceError, match="comment"):
            clinic.counter.administer(clinic.nurse, visit, mg(100), acknowledgement=empty)
    assert len(clinic.events("dose.administered")) == 1

    comment = "Talked about lower tolerance; patient agrees to stay 30 min."
    clinic.counter.administer(clinic.nurse, visit, mg(100), acknowledgement=comment)
    last = clinic.events("dose.administered")[-1]
    assert last["acknowledgement"] == comment
    assert last["reasons"] == ["missed_days.warning"]


def test_warning_without_comment_requirement_doses_without_a_comment(clinic: Clinic) -> None:
    patient = clinic.patient(phase=Phase.INDUCTION, max_per_session=mg(15), max_per_day=mg(30))
    visit = clinic.decided(patient, 15)
    assert visit.decision is not None
    assert visit.decision.outcome is Outcome.ALLOW_WITH_WARNING
    assert not visit.decision.comment_required
    clinic.counter.administer(clinic.nurse, visit, mg(15))


# -- partial and failed injections ----------------------------------------------------------------


def test_failed_injection_with_nothing_given_does_not_use_up_the_session(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    dose = clinic.counter.administer(
        clinic.nurse,
        visit,
        mg(100),
        outcome=AdministrationOutcome.FAILED,
        given_mg=mg(0),
        venous_access_failed=True,
    )
    clinic.clock.advance(minutes=30)
    clinic.counter.discharge(clinic.nurse, dose.observation_id, "Vein not found; stable.")
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    (failed,) = overview.recent_doses
    assert (failed.outcome, failed.mg, failed.given_mg) == (
        AdministrationOutcome.FAILED,
        mg(100),
        mg(0),
    )
    retry = clinic.decided(patient)
    assert retry.decision is not None
    assert retry.decision.max_allowed == mg(100)
    assert "dose.above_session_maximum" not in retry.decision.codes
    clinic.counter.administer(clinic.nurse, retry, mg(100))


def test_partial_injection_counts_what_went_in(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    dose = clinic.counter.administer(
        clinic.nurse, visit, mg(100), outcome=AdministrationOutcome.PARTIAL, given_mg=mg(40)
    )
    clinic.clock.advance(minutes=20)
    clinic.counter.discharge(clinic.nurse, dose.observation_id)
    top_up = clinic.decided(patient, 60)
    decision = top_up.decision
    assert decision is not None
    # A top-up in the same session needs a second person, and at most the 60 mg not given.
    assert decision.outcome is Outcome.NEEDS_OVERRIDE
    assert "session.partial_dose_given" in decision.codes
    assert decision.max_allowed == mg(60)


# -- stale decisions ------------------------------------------------------------------------------


def test_a_decision_made_before_another_dose_cannot_be_used_for_a_second_dose(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()
    first = clinic.decided(patient)
    second = clinic.decided(patient)  # e.g. a second counter screen, or the nurse went back
    clinic.counter.administer(clinic.nurse, first, mg(100))
    with pytest.raises(ServiceError):
        clinic.counter.administer(clinic.nurse, second, mg(100))
    assert len(clinic.events("dose.administered")) == 1


# -- restarts -------------------------------------------------------------------------------------


def test_observation_timer_survives_a_restart(clinic: Clinic) -> None:
    patient = clinic.patient()
    dose = clinic.give(patient, discharge_after=None)
    (before,) = clinic.counter.open_observations(clinic.nurse)

    clinic.reopen()
    clinic.clock.advance(minutes=12)
    (after,) = clinic.counter.open_observations(clinic.nurse)
    assert after == before
    assert after.ends_at == dose.observation_ends_at
    assert clinic.counter.observation_remaining(after) == timedelta(minutes=8)
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    assert overview.open_observation_id == dose.observation_id

    clinic.counter.discharge(clinic.nurse, dose.observation_id, "Stable.")
    assert clinic.counter.open_observations(clinic.nurse) == []
    assert clinic.store.verify(clinic.nurse.data_key).intact


def test_observation_records_refuse_an_unknown_or_closed_observation(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient())
    dose = clinic.counter.administer(clinic.nurse, visit, mg(100))
    for record in (
        lambda: clinic.counter.note_observation(clinic.nurse, "no-such-id", "note"),
        lambda: clinic.counter.record_adverse_event(
            clinic.nurse, "no-such-id", "overdose", mg("0.4")
        ),
        lambda: clinic.counter.discharge(clinic.nurse, "no-such-id"),
    ):
        with pytest.raises(ServiceError, match="no such observation"):
            record()
    clinic.counter.discharge(clinic.nurse, dose.observation_id, "Stable.")
    with pytest.raises(ServiceError, match="already closed"):
        clinic.counter.discharge(clinic.nurse, dose.observation_id, "Again.")
    assert len(clinic.events("observation.closed")) == 1
