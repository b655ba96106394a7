"""The counter's waiting line: check-in, who waits and who is due, the call, the day, a restart."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from station.domain.decision import (
    DecisionContext,
    Identification,
    IdentificationMethod,
    ProposedDose,
    SyncState,
)
from station.domain.patients import Patient
from station.domain.rules import decide
from station.services.errors import PermissionDenied, ServiceError
from station.services.queue import QueueEntry, QueueService
from tests.services.conftest import IV, Clinic, local


def queue_of(clinic: Clinic) -> QueueService:
    """A queue service on the clinic's store and clock, with the clinic's rules as saved."""
    return QueueService(clinic.store, clinic.clock, clinic.counter.rule_settings)


def dosed(clinic: Clinic, patient: Patient, at: datetime, mg: str = "100") -> None:
    """Record a dose given at ``at`` (as another station's or an earlier visit's record)."""
    clinic.store.record(
        clinic.lead,
        "dose.administered",
        {
            "dose_id": str(uuid.uuid4()),
            "patient_id": patient.patient_id,
            "drug": IV.value,
            "mg": mg,
            "given_mg": None,
            "outcome": "full",
            "given_at": at.isoformat(),
            "session": _session(clinic, at),
            "station_id": "st-test-elsewhere",
        },
    )


def _session(clinic: Clinic, at: datetime) -> str:
    from station.domain.sessions import session_of

    return str(session_of(at, clinic.counter.rule_settings(clinic.lead)))


def rules_next(clinic: Clinic, patient: Patient) -> datetime | None:
    """When the rules themselves say the next dose may be given (their too_soon reason)."""
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    context = DecisionContext(
        now=clinic.clock(),
        patient=patient,
        prescriptions=overview.prescriptions,
        history=overview.recent_doses,
        assessment=None,
        identification=Identification(IdentificationMethod.CARD),
        proposed=ProposedDose(IV, overview.prescriptions[0].max_per_session),
        previous_observation_open=False,
        station_id=clinic.store.station_id,
        sync_state=SyncState.OFFLINE,
        settings=clinic.counter.rule_settings(clinic.nurse),
    )
    named = [r.params["next"] for r in decide(context).reasons if r.code == "interval.too_soon"]
    return named[0] if named else None  # type: ignore[return-value]


def test_a_scanned_card_and_a_clinic_number_check_in_and_a_second_check_in_is_no_new_entry(
    clinic: Clinic,
) -> None:
    queue = queue_of(clinic)
    first, second = clinic.patient(), clinic.patient(given_name="Anden")
    entry = queue.check_in(clinic.nurse, clinic.card(first))
    assert (entry.patient_id, entry.clinic_id, entry.card_held) == (
        first.patient_id,
        first.clinic_id,
        True,
    )
    assert entry.display_name == "Fiktiva Prøvesen"
    clinic.clock.advance(minutes=4)
    queue.check_in(clinic.nurse, second.clinic_id)
    again = queue.check_in(clinic.nurse, clinic.card(first))
    assert again.checked_in_at == entry.checked_in_at
    assert len(clinic.events("queue.checked_in")) == 2
    waiting = queue.waiting(clinic.nurse)
    assert [e.patient_id for e in waiting] == [first.patient_id, second.patient_id]
    assert [e.minutes_waited for e in waiting] == [4, 0]


def test_what_is_neither_a_patient_nor_a_card_is_refused(clinic: Clinic) -> None:
    queue = queue_of(clinic)
    with pytest.raises(ServiceError) as refused:
        queue.check_in(clinic.nurse, "HAT-T-9999")
    assert refused.value.code == "queue.not_a_patient"
    with pytest.raises(ServiceError) as empty:
        queue.check_in(clinic.nurse, "  ")
    assert empty.value.code == "queue.patient_missing"
    assert clinic.events("queue.checked_in") == []


def test_only_nurses_and_clinic_leads_keep_the_queue(clinic: Clinic) -> None:
    queue = queue_of(clinic)
    patient = clinic.patient()
    for session in (clinic.pharm, clinic.tech, clinic.admin):
        with pytest.raises(PermissionDenied):
            queue.check_in(session, patient.clinic_id)
        with pytest.raises(PermissionDenied):
            queue.waiting(session)
        with pytest.raises(PermissionDenied):
            queue.call_next(session)
    assert queue.check_in(clinic.lead, patient.clinic_id).patient_id == patient.patient_id


def test_a_patient_not_yet_due_shows_the_rules_moment_and_is_not_called(clinic: Clinic) -> None:
    queue = queue_of(clinic)
    early, due = clinic.patient(), clinic.patient(given_name="Anden")
    dosed(clinic, early, clinic.clock() - timedelta(minutes=30))
    queue.check_in(clinic.nurse, early.clinic_id)
    clinic.clock.advance(minutes=1)
    queue.check_in(clinic.nurse, due.clinic_id)
    by_id = {e.patient_id: e for e in queue.waiting(clinic.nurse)}
    assert by_id[early.patient_id].due_at == rules_next(clinic, early)
    assert by_id[early.patient_id].due_at == local(4, 7, 30) + timedelta(hours=3)
    assert by_id[due.patient_id].due
    called = queue.call_next(clinic.nurse)
    assert called is not None and called.patient_id == due.patient_id
    assert queue.call_next(clinic.nurse) is None  # the other is not due, the first was called
    clinic.clock.set(local(4, 10, 31))
    later = queue.call_next(clinic.nurse)
    assert later is not None and later.patient_id == early.patient_id
    assert [p["patient_id"] for p in clinic.events("queue.called")] == [
        due.patient_id,
        early.patient_id,
    ]


def test_a_visit_puts_the_patient_at_the_window_and_its_dose_takes_them_out(
    clinic: Clinic,
) -> None:
    queue = queue_of(clinic)
    patient, other = clinic.patient(), clinic.patient(given_name="Anden")
    queue.check_in(clinic.nurse, other.clinic_id)
    clinic.clock.advance(minutes=1)
    queue.check_in(clinic.nurse, clinic.card(patient))
    visit = clinic.decided(patient)
    waiting = queue.waiting(clinic.nurse)
    assert [(e.patient_id, e.at_window) for e in waiting] == [
        (patient.patient_id, True),
        (other.patient_id, False),
    ]
    assert queue.call_next(clinic.nurse).patient_id == other.patient_id  # type: ignore[union-attr]
    clinic.administer(visit)
    assert [e.patient_id for e in queue.waiting(clinic.nurse)] == [other.patient_id]
    ended = clinic.counter.identify_by_card(clinic.nurse, clinic.card(other))
    clinic.counter.end_visit(clinic.nurse, ended, "wrong patient called (test)")
    assert queue.waiting(clinic.nurse) == []


def test_leaving_needs_a_reason_and_a_place_in_the_queue(clinic: Clinic) -> None:
    queue = queue_of(clinic)
    patient = clinic.patient()
    queue.check_in(clinic.nurse, patient.clinic_id)
    with pytest.raises(ServiceError) as unknown:
        queue.leave(clinic.nurse, patient.patient_id, "bored")
    assert unknown.value.code == "queue.leave_reason_unknown"
    queue.leave(clinic.nurse, patient.patient_id, "went_away")
    assert queue.waiting(clinic.nurse) == []
    assert clinic.events("queue.left")[0]["reason"] == "went_away"
    with pytest.raises(ServiceError) as gone:
        queue.leave(clinic.nurse, patient.patient_id, "went_away")
    assert gone.value.code == "queue.not_in_queue"
    assert queue.check_in(clinic.nurse, patient.clinic_id).patient_id == patient.patient_id


def test_the_queue_survives_a_restart_and_starts_empty_the_next_clinic_day(
    clinic: Clinic,
) -> None:
    queue = queue_of(clinic)
    first, second = clinic.patient(), clinic.patient(given_name="Anden")
    queue.check_in(clinic.nurse, clinic.card(first))
    clinic.clock.advance(minutes=7)
    queue.check_in(clinic.nurse, second.clinic_id)
    queue.call_next(clinic.nurse)
    before = queue.waiting(clinic.nurse)
    clinic.reopen()
    restarted = queue_of(clinic).waiting(clinic.nurse)
    assert [(e.patient_id, e.checked_in_at, e.called_at) for e in restarted] == [
        (e.patient_id, e.checked_in_at, e.called_at) for e in before
    ]
    assert not restarted[0].card_held  # the card's text was never written down
    clinic.clock.set(local(4, 23, 59))
    assert len(queue_of(clinic).waiting(clinic.nurse)) == 2
    clinic.clock.set(local(5, 0, 1))  # midnight in the clinic's zone: a new day
    assert queue_of(clinic).waiting(clinic.nurse) == []


def test_a_long_day_is_read_back_from_the_log_in_pages(clinic: Clinic) -> None:
    queue = queue_of(clinic)
    patients = [clinic.patient(given_name=f"P{n}") for n in range(5)]
    for _ in range(30):  # 150 check-ins and leaves: more than one page of the log back
        for patient in patients:
            queue.check_in(clinic.nurse, patient.clinic_id)
            queue.leave(clinic.nurse, patient.patient_id, "in_error")
    queue.check_in(clinic.nurse, patients[2].clinic_id)
    assert [e.patient_id for e in queue_of(clinic).waiting(clinic.nurse)] == [
        patients[2].patient_id
    ]


# -- properties --------------------------------------------------------------------------------


@dataclass
class Model:
    """What the queue should hold: check-in times and calls, in check-in order."""

    checked_in: dict[str, datetime]
    called: set[str]


def test_the_queue_never_lists_a_patient_twice_and_calls_the_longest_waiting_due_one(
    clinic: Clinic,
) -> None:
    patients = [clinic.patient(given_name=f"P{n}") for n in range(4)]
    days = itertools.count(1)

    class QueueMachine(RuleBasedStateMachine):
        """Check-ins, calls, leaves and time going on, each day a fresh queue."""

        def __init__(self) -> None:
            super().__init__()
            self.queue = queue_of(clinic)
            self.model = Model({}, set())

        @initialize(dosed_minutes_ago=st.lists(st.none() | st.integers(1, 240), min_size=4,
                                               max_size=4))  # fmt: skip
        def new_day(self, dosed_minutes_ago: list[int | None]) -> None:
            clinic.clock.set(local(4, 11) + timedelta(days=next(days)))
            for patient, minutes in zip(patients, dosed_minutes_ago, strict=True):
                if minutes is not None:
                    dosed(clinic, patient, clinic.clock() - timedelta(minutes=minutes))

        @rule(which=st.integers(0, 3), by_card=st.booleans())
        def check_in(self, which: int, by_card: bool) -> None:
            patient = patients[which]
            who = clinic.card(patient) if by_card else patient.clinic_id
            self.queue.check_in(clinic.nurse, who)
            self.model.checked_in.setdefault(patient.patient_id, clinic.clock())

        @rule(minutes=st.integers(1, 45))  # 12 steps stay within the clinic day
        def time_passes(self, minutes: int) -> None:
            clinic.clock.advance(minutes=minutes)

        @rule()
        def call_next(self) -> None:
            waiting = self.queue.waiting(clinic.nurse)
            candidates = [e for e in waiting if e.due and e.called_at is None]
            called = self.queue.call_next(clinic.nurse)
            if not candidates:
                assert called is None
                return
            longest = min(candidates, key=lambda e: e.checked_in_at)
            assert called is not None and called.patient_id == longest.patient_id
            assert called.due_at is None
            self.model.called.add(called.patient_id)

        @rule(which=st.integers(0, 3))
        def leave(self, which: int) -> None:
            patient_id = patients[which].patient_id
            if patient_id in self.model.checked_in:
                self.queue.leave(clinic.nurse, patient_id, "went_away")
                del self.model.checked_in[patient_id]
                self.model.called.discard(patient_id)

        @invariant()
        def matches_the_model_and_the_rules(self) -> None:
            waiting = self.queue.waiting(clinic.nurse)
            ids = [e.patient_id for e in waiting]
            assert len(ids) == len(set(ids))
            assert ids == list(self.model.checked_in)
            for entry in waiting:
                assert entry.checked_in_at == self.model.checked_in[entry.patient_id]
                assert (entry.called_at is not None) == (entry.patient_id in self.model.called)
                patient = next(p for p in patients if p.patient_id == entry.patient_id)
                assert entry.due_at == rules_next(clinic, patient)

    run_state_machine_as_test(
        QueueMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )


def test_an_entry_says_when_it_is_due() -> None:
    entry = QueueEntry("p", "c", "n", local(4, 8), 0, due_at=local(4, 9))
    assert not entry.due
    assert QueueEntry("p", "c", "n", local(4, 8), 0).due
