"""The visit at the counter as the nurse lives it: identify, assess, decide, give, observe."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.domain.prescriptions import Phase
from station.domain.quantities import Grams
from station.domain.rules import (
    AdministrationOutcome,
    Identification,
    IdentificationMethod,
    Outcome,
)
from station.domain.settings import IntoxicationAction, IntoxicationRules, RuleSettings
from station.services.accounts import StaffAdministration
from station.services.counter import Override, Visit
from station.services.errors import ServiceError
from station.services.preparation import expected_mass
from station.services.settings import SettingsService
from station.store.database import StoreError
from sync.wire.chain import payload_hash
from tests.services.conftest import IV, OTHER_STATION, TODAY, Clinic, local, mg


def assert_blocked(clinic: Clinic, visit: Visit, code: str) -> None:
    """The decision blocks with ``code``, and ``administer`` refuses and records no dose."""
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.BLOCK, decision.codes
    assert code in decision.codes
    assert not decision.may_dose
    doses_before = len(clinic.events("dose.administered"))
    with pytest.raises(ServiceError, match="blocked") as refused:
        clinic.administer(visit)
    blocking = next(r for r in decision.reasons if r.code == code)
    assert blocking.message in str(refused.value)
    assert len(clinic.events("dose.administered")) == doses_before


# -- the whole visit ------------------------------------------------------------------------------


def test_full_visit_by_card_observation_board_and_overview(clinic: Clinic) -> None:
    patient = clinic.patient()
    counter, nurse = clinic.counter, clinic.nurse

    visit = counter.identify_by_card(nurse, clinic.card(patient))
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
    dose = clinic.administer(visit, booth="Booth 2")
    assert dose.mg == mg(100)
    assert dose.observation_ends_at == given_at + timedelta(minutes=20)

    board = counter.observations.open_observations(nurse)
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
    counter.observations.discharge(nurse, dose.observation_id, "Stable, left the clinic.")
    assert counter.observations.open_observations(nurse) == []

    overview = counter.overview(nurse, patient.patient_id)
    assert overview.open_observation_id is None
    today = overview.doses_on(TODAY, clinic.settings)
    assert [(d.dose_id, d.mg, d.given_at) for d in today] == [(dose.dose_id, mg(100), given_at)]
    assert overview.last_dose_at == given_at
    assert overview.doses_on(TODAY + timedelta(days=1), clinic.settings) == ()


def test_failed_venous_access_observes_for_30_minutes(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    dose = clinic.administer(visit, venous_access_failed=True)
    assert dose.observation_ends_at == clinic.clock() + timedelta(minutes=30)
    (shown,) = clinic.counter.observations.open_observations(clinic.nurse)
    assert shown.ends_at - shown.started_at == timedelta(minutes=30)


def test_observation_period_follows_the_clinic_setting(clinic: Clinic) -> None:
    patient = clinic.patient()
    SettingsService(clinic.store, clinic.clock).change(clinic.lead, "observation_minutes", 25)
    visit = clinic.decided(patient)
    dose = clinic.administer(visit)
    assert dose.observation_ends_at == clinic.clock() + timedelta(minutes=25)


def test_board_lists_every_patient_under_observation_oldest_first(clinic: Clinic) -> None:
    first, second = clinic.patient(), clinic.patient(family_name="Opdigtsen")
    dose_one = clinic.give(first, discharge_after=None)
    clinic.clock.advance(minutes=4)
    dose_two = clinic.give(second, discharge_after=None)
    board = clinic.counter.observations.open_observations(clinic.nurse)
    assert [o.observation_id for o in board] == [dose_one.observation_id, dose_two.observation_id]
    clinic.clock.advance(minutes=17)  # the first one's 20 minutes are up, not the second's
    clinic.counter.observations.discharge(clinic.nurse, dose_one.observation_id)
    assert [o.patient_id for o in clinic.counter.observations.open_observations(clinic.nurse)] == [
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
        clinic.nurse, found.patient_id, "Card left at home", clinic.confirm("witness")
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
    clinic.administer(visit)

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
            clinic.nurse, patient.patient_id, reason, clinic.confirm("witness")
        )
    assert clinic.head() == head


def test_manual_identification_refuses_the_nurse_as_her_own_witness(clinic: Clinic) -> None:
    patient = clinic.patient()
    head = clinic.head()
    with pytest.raises(StoreError, match="second person"):
        clinic.confirm("nurse")
    with pytest.raises(ServiceError, match="has not signed at this station"):
        clinic.counter.identify_manually(
            clinic.nurse, patient.patient_id, "Card left at home", clinic.nurse.user
        )
    assert clinic.head() == head


@pytest.mark.parametrize("who", ["tech", "pharm", "admin"])
def test_manual_identification_is_witnessed_by_someone_who_may_dose(
    clinic: Clinic, who: str
) -> None:
    patient = clinic.patient()
    with pytest.raises(ServiceError, match="needs a clinic lead or nurse"):
        clinic.counter.identify_manually(
            clinic.nurse, patient.patient_id, "Card left at home", clinic.confirm(who)
        )
    assert clinic.events("identity.verified") == []


def test_a_witness_disabled_after_signing_no_longer_counts(clinic: Clinic) -> None:
    patient = clinic.patient()
    witness = clinic.confirm("witness")
    StaffAdministration(clinic.store).disable(clinic.admin, "witness")
    with pytest.raises(ServiceError, match="not active"):
        clinic.counter.identify_manually(
            clinic.nurse, patient.patient_id, "Card left at home", witness
        )
    assert clinic.events("identity.verified") == []


def test_the_identification_is_read_from_the_record_not_from_the_caller(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_manually(
        clinic.nurse, patient.patient_id, "Card left at home", clinic.confirm("witness")
    )
    # A caller's copy of the visit whose witness got lost (a screen bug) changes nothing: the
    # service reads the identification it recorded, witness and all.
    forged = replace(
        visit,
        identification=Identification(
            IdentificationMethod.CARD, None, identified_by=clinic.nurse.user.user_id
        ),
    )
    visit = clinic.counter.assess(clinic.nurse, forged, 0)
    visit = clinic.counter.decide(clinic.nurse, forged, IV, mg(100))
    assert visit.identification.method is IdentificationMethod.MANUAL
    assert visit.identification.witness_id == clinic.witness.user.user_id
    assert visit.decision is not None and "identity.manual_witnessed" in visit.decision.codes


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
    clinic.administer(visit)
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
    dose = clinic.administer(reduced)
    assert dose.mg == mg(50)
    (event,) = clinic.events("dose.administered")
    assert event["reasons"] == ["intoxication.reduced_dose"]


def test_severe_sedation_is_refused(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient, 10, score=3)
    assert_blocked(clinic, visit, "intoxication.severe")


def test_clinic_rule_refuse_blocks_any_intoxicated_dose(clinic: Clinic) -> None:
    patient = clinic.patient()
    refuse = RuleSettings(intoxication=IntoxicationRules(action=IntoxicationAction.REFUSE))
    counter = clinic.service(refuse)
    visit = clinic.decided(patient, 10, score=2, counter=counter)
    assert visit.decision is not None
    assert visit.decision.outcome is Outcome.BLOCK
    assert "intoxication.refuse" in visit.decision.codes
    with pytest.raises(ServiceError, match="blocked"):
        clinic.administer(visit, counter=counter)


def test_assessment_older_than_half_an_hour_blocks(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_by_card(clinic.nurse, clinic.card(patient))
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    clinic.clock.advance(minutes=31)
    visit = clinic.counter.decide(clinic.nurse, visit, IV, mg(100))
    assert_blocked(clinic, visit, "assessment.outdated")


def test_administer_without_a_decision_is_refused(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.counter.identify_by_card(clinic.nurse, clinic.card(patient))
    visit = clinic.counter.assess(clinic.nurse, visit, 0)
    with pytest.raises(ServiceError, match="Check the rules"):
        clinic.counter.administer(clinic.nurse, visit)
    assert clinic.events("dose.administered") == []


def test_a_code_that_is_not_a_signed_card_is_refused(clinic: Clinic) -> None:
    patient = clinic.patient()
    with pytest.raises(ServiceError, match="not a patient card"):
        clinic.counter.identify_by_card(clinic.nurse, patient.clinic_id)
    forged = clinic.card(patient, key=Ed25519PrivateKey.generate())
    with pytest.raises(ServiceError, match="signature does not match"):
        clinic.counter.identify_by_card(clinic.nurse, forged)
    assert clinic.events("identity.verified") == []


def test_a_genuine_card_of_a_patient_not_on_the_roster_is_refused(clinic: Clinic) -> None:
    stranger = clinic.patient()
    unknown = replace(stranger, patient_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(ServiceError, match="not on this station's roster"):
        clinic.counter.identify_by_card(clinic.nurse, clinic.card(unknown))
    assert clinic.events("identity.verified") == []


# -- the prepared amount --------------------------------------------------------------------------


@pytest.mark.parametrize("deviation", ["1.021", "1.10", "0.97"])
def test_a_weighing_outside_the_tolerance_is_not_kept_and_cannot_be_given(
    clinic: Clinic, deviation: str
) -> None:
    visit = clinic.decided(clinic.patient(), 100)
    batch = clinic.batch()
    target = expected_mass(mg(100), batch)
    measured = Grams((target.value * Decimal(deviation)).quantize(Decimal("0.0001")))
    result = clinic.counter.accept_weighing(clinic.nurse, visit, batch.lot, measured, b"S S")
    assert not result.accepted
    assert clinic.events("weighing.accepted") == []
    with pytest.raises(ServiceError, match="Weigh the syringe"):
        clinic.counter.administer(clinic.nurse, visit)
    assert clinic.events("dose.administered") == []
    assert clinic.counter.observations.open_observations(clinic.nurse) == []


def test_an_accepted_weighing_outside_a_tightened_tolerance_cannot_be_given(
    clinic: Clinic,
) -> None:
    visit = clinic.decided(clinic.patient(), 100)
    clinic.prepare(visit, deviation="1.015")  # within the 2 % the clinic allows now
    SettingsService(clinic.store, clinic.clock).change(
        clinic.lead, "weighing_tolerance_percent", "1"
    )
    with pytest.raises(ServiceError, match="outside the clinic's tolerance now"):
        clinic.counter.administer(clinic.nurse, visit)
    assert clinic.events("dose.administered") == []


def test_the_mg_recorded_is_computed_from_the_weighed_mass_and_the_batch(
    clinic: Clinic,
) -> None:
    # 100 mg at 100 mg/mL and 1.018 g/mL is 1.0180 g; 1.0078 g weighed holds 99.00 mg.
    visit = clinic.decided(clinic.patient(), 100)
    clinic.prepare(visit, deviation="0.99")
    dose = clinic.counter.administer(clinic.nurse, visit)
    assert dose.mg == mg(99)
    (event,) = clinic.events("dose.administered")
    assert event["mg"] == "99.00"
    assert event["weighing"]["measured_g"] == "1.0078"
    assert event["weighing"]["concentration"] == "100.00"


def test_a_weighed_dose_may_pass_the_maximum_only_within_the_weighing_tolerance(
    clinic: Clinic,
) -> None:
    visit = clinic.decided(clinic.patient(), 100)
    assert visit.decision is not None and visit.decision.max_allowed == mg(100)
    clinic.prepare(visit, deviation="1.0195")
    dose = clinic.counter.administer(clinic.nurse, visit)
    assert mg(100) < dose.mg <= mg(102)


# -- overrides ------------------------------------------------------------------------------------


def test_patient_of_another_station_while_offline_needs_a_second_nurse(clinic: Clinic) -> None:
    patient = clinic.patient(home_station=OTHER_STATION)
    visit = clinic.decided(patient)
    decision = visit.decision
    assert decision is not None
    assert decision.outcome is Outcome.NEEDS_OVERRIDE
    assert [r.code for r in decision.concerns] == ["sync.offline_not_home_station"]
    nurse = clinic.nurse

    with pytest.raises(ServiceError, match="second person must approve"):
        clinic.administer(visit)
    reason = "Home station offline; patient known to both of us"
    with pytest.raises(ServiceError, match="has not signed at this station"):
        clinic.administer(visit, override=Override(reason, clinic.witness.user))
    with pytest.raises(StoreError, match="second person"):
        clinic.confirm("nurse")  # the nurse cannot be her own second person
    with pytest.raises(ServiceError, match="with a reason"):
        clinic.administer(visit, override=Override("  ", clinic.confirm("witness")))
    assert clinic.events("dose.administered") == []

    given_at = clinic.clock.advance(minutes=2)
    clinic.administer(visit, override=Override(reason, clinic.confirm("witness")))
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
    override = Override("Home station offline", clinic.confirm("lead"))
    clinic.administer(visit, override=override)
    assert len(clinic.events("dose.administered")) == 1


@pytest.mark.parametrize("who", ["tech", "pharm", "admin"])
def test_only_a_nurse_or_clinic_lead_may_approve_a_dose_override(clinic: Clinic, who: str) -> None:
    patient = clinic.patient(home_station=OTHER_STATION)
    visit = clinic.decided(patient)
    witness = clinic.confirm(who)
    with pytest.raises(ServiceError, match="needs a clinic lead or nurse"):
        clinic.administer(visit, override=Override("Offline", witness))
    assert clinic.events("dose.administered") == []


def test_override_never_lifts_a_block(clinic: Clinic) -> None:
    patient = clinic.patient(home_station=OTHER_STATION, stop_dose=clinic.stop_dose())
    visit = clinic.decided(patient)
    with pytest.raises(ServiceError, match="blocked"):
        clinic.administer(visit, override=Override("Please", clinic.confirm("lead")))


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
            clinic.administer(visit, acknowledgement=empty)
    assert len(clinic.events("dose.administered")) == 1

    comment = "Talked about lower tolerance; patient agrees to stay 30 min."
    clinic.administer(visit, acknowledgement=comment)
    last = clinic.events("dose.administered")[-1]
    assert last["acknowledgement"] == comment
    assert last["reasons"] == ["missed_days.warning"]


def test_warning_without_comment_requirement_doses_without_a_comment(clinic: Clinic) -> None:
    patient = clinic.patient(phase=Phase.INDUCTION, max_per_session=mg(15), max_per_day=mg(30))
    visit = clinic.decided(patient, 15)
    assert visit.decision is not None
    assert visit.decision.outcome is Outcome.ALLOW_WITH_WARNING
    assert not visit.decision.comment_required
    clinic.administer(visit)


# -- partial and failed injections ----------------------------------------------------------------


def test_a_redo_after_a_failed_injection_needs_a_second_person_and_counts_towards_the_day(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()  # 100 mg a session, 200 mg a day
    visit = clinic.decided(patient)
    with pytest.raises(ServiceError, match="needs the amount given"):
        clinic.administer(visit, outcome=AdministrationOutcome.FAILED)
    dose = clinic.counter.administer(
        clinic.nurse,
        visit,
        outcome=AdministrationOutcome.FAILED,
        given_mg=mg(0),
        venous_access_failed=True,
    )
    clinic.clock.advance(minutes=30)
    clinic.counter.observations.discharge(
        clinic.nurse, dose.observation_id, "Vein not found; stable."
    )
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    (failed,) = overview.recent_doses
    assert (failed.outcome, failed.mg, failed.given_mg) == (
        AdministrationOutcome.FAILED,
        mg(100),
        mg(0),
    )
    retry = clinic.decided(patient)
    assert retry.decision is not None
    assert retry.decision.outcome is Outcome.NEEDS_OVERRIDE
    assert "session.partial_dose_given" in retry.decision.codes
    assert retry.decision.max_allowed == mg(100)
    with pytest.raises(ServiceError, match="second person must approve"):
        clinic.administer(retry)
    clinic.administer(retry, override=Override("Second attempt, vein found", clinic.confirm()))
    # The failed syringe may have gone under the skin: the day counts it, so the evening
    # dose is over the 200 mg daily maximum.
    clinic.clock.set(local(4, 16, 30))
    evening = clinic.decided(patient)
    assert evening.decision is not None
    assert "daily.prescription_maximum" in evening.decision.codes
    assert evening.decision.outcome is Outcome.BLOCK


def test_partial_injection_counts_what_went_in(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    dose = clinic.administer(visit, outcome=AdministrationOutcome.PARTIAL, given_mg=mg(40))
    clinic.clock.advance(minutes=20)
    clinic.counter.observations.discharge(clinic.nurse, dose.observation_id)
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
    clinic.administer(first)
    with pytest.raises(ServiceError):
        clinic.administer(second)
    assert len(clinic.events("dose.administered")) == 1


# -- restarts -------------------------------------------------------------------------------------


def test_observation_timer_survives_a_restart(clinic: Clinic) -> None:
    patient = clinic.patient()
    dose = clinic.give(patient, discharge_after=None)
    (before,) = clinic.counter.observations.open_observations(clinic.nurse)

    clinic.reopen()
    clinic.clock.advance(minutes=12)
    (after,) = clinic.counter.observations.open_observations(clinic.nurse)
    assert after == before
    assert after.ends_at == dose.observation_ends_at
    assert clinic.counter.observation_remaining(after) == timedelta(minutes=8)
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    assert overview.open_observation_id == dose.observation_id
    clinic.clock.advance(minutes=8)

    clinic.counter.observations.discharge(clinic.nurse, dose.observation_id, "Stable.")
    assert clinic.counter.observations.open_observations(clinic.nurse) == []
    assert clinic.store.verify(clinic.nurse.data_key).intact


def test_observation_records_refuse_an_unknown_or_closed_observation(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient())
    dose = clinic.administer(visit)
    clinic.clock.advance(minutes=21)
    for record in (
        lambda: clinic.counter.observations.note_observation(clinic.nurse, "no-such-id", "note"),
        lambda: clinic.counter.observations.record_adverse_event(
            clinic.nurse, "no-such-id", "overdose", mg("0.4")
        ),
        lambda: clinic.counter.observations.discharge(clinic.nurse, "no-such-id"),
    ):
        with pytest.raises(ServiceError, match="no such observation"):
            record()
    clinic.counter.observations.discharge(clinic.nurse, dose.observation_id, "Stable.")
    with pytest.raises(ServiceError, match="already closed"):
        clinic.counter.observations.discharge(clinic.nurse, dose.observation_id, "Again.")
    assert len(clinic.events("observation.closed")) == 1
