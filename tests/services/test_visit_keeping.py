"""A visit kept in the record: resumed after a lock, handed over, ended only with a reason."""

from __future__ import annotations

import pytest

from station.domain.decision import Outcome
from station.services.errors import ServiceError
from station.services.visits import END_REASONS
from tests.services.conftest import OTHER_STATION, Clinic


def test_the_same_person_resumes_the_weighed_labelled_visit_after_a_restart(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    clinic.counter.accept_decision(clinic.nurse, visit, "")
    clinic.prepare(visit)
    clinic.reopen()  # the screen was locked (or the program restarted): only the record is left

    (found,) = clinic.counter.visits_in_progress(clinic.nurse)
    assert (found.visit_id, found.mine, found.step) == (visit.visit_id, True, "administer")
    assert found.holder_name == clinic.nurse.user.display_name
    assert patient.family_name not in repr(found) and patient.clinic_id not in repr(found)
    resumed = clinic.counter.resume_visit(clinic.nurse, visit.visit_id)
    assert resumed.weighing is not None and resumed.labels_printed == 1
    assert resumed.acknowledgement == ""
    clinic.counter.administer(clinic.nurse, visit.visit_id)
    assert clinic.counter.visits_in_progress(clinic.nurse) == []


def test_the_step_a_visit_goes_on_at_follows_the_record(clinic: Clinic) -> None:
    counter, nurse = clinic.counter, clinic.nurse
    visit = counter.identify_by_card(nurse, clinic.card(clinic.patient()))
    assert counter.visit(nurse, visit).step == "identify"  # the face is checked again
    visit = clinic.decided(clinic.patient())
    assert counter.visit(nurse, visit).step == "assess"  # the decision is not accepted yet
    counter.accept_decision(nurse, visit, "")
    assert counter.visit(nurse, visit).step == "prepare"
    clinic.prepare(visit, label=False)
    assert counter.visit(nurse, visit).step == "label"
    counter.record_label(nurse, visit, printed=True)
    assert counter.visit(nurse, visit).step == "administer"


def test_another_person_goes_on_only_after_a_recorded_handover(clinic: Clinic) -> None:
    patient = clinic.patient()
    visit = clinic.decided(patient)
    clinic.counter.accept_decision(clinic.nurse, visit, "")
    clinic.prepare(visit)
    witness = clinic.witness

    (seen,) = clinic.counter.visits_in_progress(witness)
    assert not seen.mine and seen.holder_name == clinic.nurse.user.display_name
    for step in (
        lambda: clinic.counter.administer(witness, visit.visit_id),
        lambda: clinic.counter.record_label(witness, visit, printed=True),
        lambda: clinic.counter.assess(witness, visit, 0),
        lambda: clinic.counter.end_visit(witness, visit, "", why="patient_left"),
        lambda: clinic.counter.resume_visit(witness, visit.visit_id),
    ):
        with pytest.raises(ServiceError) as refused:
            step()
        assert refused.value.code == "counter.visit_held_by_another"
    assert clinic.events("dose.administered") == []

    taken = clinic.counter.hand_over(witness, visit.visit_id)
    assert taken.holder_id == witness.user.user_id
    (handover,) = clinic.events("visit.handed_over")
    assert handover["from"] == clinic.nurse.user.user_id
    assert handover["by"] == witness.user.user_id
    with pytest.raises(ServiceError) as refused:  # and the first nurse may not any more
        clinic.counter.administer(clinic.nurse, visit.visit_id)
    assert refused.value.code == "counter.visit_held_by_another"
    clinic.counter.administer(witness, visit.visit_id)
    (dose,) = clinic.events("dose.administered")
    assert dose["signatures"][0]["user_id"] == witness.user.user_id  # type: ignore[index]


def test_an_approval_is_kept_across_the_lock_but_never_signs_for_its_own_approver(
    clinic: Clinic,
) -> None:
    visit = clinic.decided(clinic.patient(home_station=OTHER_STATION))
    assert visit.decision is not None and visit.decision.outcome is Outcome.NEEDS_OVERRIDE
    with pytest.raises(ServiceError):  # an approval nobody signed here is refused
        clinic.counter.approve_override(clinic.nurse, visit, "Known to us", clinic.witness.user)
    clinic.counter.approve_override(clinic.nurse, visit, "Known to us", clinic.confirm())
    clinic.counter.accept_decision(clinic.nurse, visit, "")
    clinic.prepare(visit)
    clinic.reopen()
    resumed = clinic.counter.resume_visit(clinic.nurse, visit.visit_id)
    assert resumed.override_reason == "Known to us"
    assert resumed.override_by == clinic.witness.user.display_name

    # The approver takes the visit over: they cannot be their own second person.
    clinic.counter.hand_over(clinic.witness, visit.visit_id)
    with pytest.raises(ServiceError) as refused:
        clinic.counter.administer(clinic.witness, visit.visit_id)
    assert refused.value.code == "signatures.second_person_is_signer"
    clinic.counter.hand_over(clinic.nurse, visit.visit_id)
    clinic.counter.administer(clinic.nurse, visit.visit_id)
    (dose,) = clinic.events("dose.administered")
    assert dose["override_reason"] == "Known to us"
    assert dose["signatures"][1]["user_id"] == clinic.witness.user.user_id  # type: ignore[index]


def test_a_new_decision_forgets_the_approval_and_the_warnings_read(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient(home_station=OTHER_STATION))
    clinic.counter.approve_override(clinic.nurse, visit, "Known to us", clinic.confirm())
    clinic.counter.accept_decision(clinic.nurse, visit, "")
    decision = visit.decision
    assert decision is not None and visit.proposed is not None
    again = clinic.counter.decide(clinic.nurse, visit, visit.proposed.drug, visit.proposed.mg)
    recorded = clinic.counter.visit(clinic.nurse, again)
    assert recorded.override_reason is None and recorded.acknowledgement is None
    clinic.prepare(visit)
    with pytest.raises(ServiceError, match="second person must approve"):
        clinic.counter.administer(clinic.nurse, visit)


def test_an_end_after_the_assessment_needs_why_the_dose_was_not_given(clinic: Clinic) -> None:
    counter, nurse = clinic.counter, clinic.nurse
    before = counter.identify_by_card(nurse, clinic.card(clinic.patient()))
    counter.end_visit(nurse, before, "Face did not match the photo")  # words suffice here

    visit = clinic.decided(clinic.patient())
    head = clinic.head()
    for reason, why, code in (
        ("ended at the prepare step", None, "counter.visit_end_why_missing"),
        ("", None, "counter.visit_end_why_missing"),
        ("", "other", "counter.visit_end_reason_missing"),
        ("x", "because", "counter.visit_end_why_unknown"),
    ):
        with pytest.raises(ServiceError) as refused:
            counter.end_visit(nurse, visit, reason, why=why)
        assert refused.value.code == code
    assert clinic.head() == head
    counter.end_visit(nurse, visit, "Wanted to come back later", why="patient_declined")
    ended = clinic.events("visit.ended")
    assert [event["why"] for event in ended] == [None, "patient_declined"]
    assert ended[1]["reason"] == "Wanted to come back later"
    assert "patient_declined" in END_REASONS
    assert clinic.counter.visits_in_progress(nurse) == []


def test_a_visit_left_open_for_half_a_day_is_not_offered_again(clinic: Clinic) -> None:
    visit = clinic.decided(clinic.patient())
    clinic.clock.advance(hours=11, minutes=59)
    assert [v.visit_id for v in clinic.counter.visits_in_progress(clinic.nurse)] == [visit.visit_id]
    clinic.clock.advance(minutes=2)
    assert clinic.counter.visits_in_progress(clinic.nurse) == []
