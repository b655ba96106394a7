"""Sync cannot undo a dose or a stop: stop-dose flags, voids and break reviews at the service.

Two real station stores exchange their real events the way the sync engine does (the
station's push rows, applied at the other station as a pulled batch); the central server's
prescription import is replayed as a pulled event of the server's station id. Everything is
fictional: stations, staff and patients are invented for the tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from devices.protocols.scanner import PackCode, gs1_check_digit
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Grams, Millilitres
from station.domain.rules import DoseDecision, Outcome
from station.services.counter import AdministeredDose, CounterService, Visit
from station.services.errors import PermissionDenied, ServiceError
from station.services.pharmacy import PharmacyService, Product
from station.services.preparation import expected_mass
from station.services.sync_link import StoreReplica
from station.store.crypto import TEST_KDF
from station.store.store import Session, Store
from sync.client.replica import PullState
from sync.wire.envelope import SERVER_STATION_ID
from tests.services.conftest import (
    IV,
    OTHER_STATION,
    PASSWORDS,
    STAFF,
    Clinic,
    Clock,
    local,
    mg,
)
from tests.services.sync_support import feed_row

STOP = "stop_dose.set"
REVIEW = "missed_days.review_required"
_GTIN_BODY = "0200000000130"  # GS1 prefix 020: internal use only, never a real product
_GTIN = _GTIN_BODY + str(gs1_check_digit(_GTIN_BODY))


# -- a second station, and carrying events between stations ----------------------------------


@dataclass
class OtherStation:
    """Another counter of the clinic: its own store, staff and counter service."""

    store: Store
    admin: Session
    nurse: Session
    witness: Session
    lead: Session
    counter: CounterService


def other_station(tmp_path: Path, clock: Clock) -> OtherStation:
    store, admin, _code = Store.create(
        tmp_path / "other",
        "Test counter B (fictional)",
        "admin",
        "Asta Fiktiv (administrator)",
        PASSWORDS["admin"],
        kdf=TEST_KDF,
        station_id=OTHER_STATION,
    )
    for username, display, role in STAFF:
        store.add_user(admin, username, display, frozenset({role}), PASSWORDS[username])
    sessions = {name: store.unlock(name, PASSWORDS[name]) for name in ("nurse", "witness", "lead")}
    return OtherStation(store, admin, counter=CounterService(store, clock=clock), **sessions)


@pytest.fixture
def other(tmp_path: Path, clinic: Clinic) -> Iterator[OtherStation]:
    station = other_station(tmp_path, clinic.clock)
    yield station
    station.store.close()


def carry(source: Store, source_session: Session, target: Store, target_session: Session) -> None:
    """Everything ``source`` recorded, pulled at ``target`` (what a sync round delivers)."""
    arrays = StoreReplica(source, source_session).push_rows_after(0, 100_000)
    rows = [(source.station_id, *array) for array in arrays]
    StoreReplica(target, target_session).apply_pulled_rows(rows, PullState(len(rows), "test"))


def to_other(clinic: Clinic, other: OtherStation) -> None:
    carry(clinic.store, clinic.admin, other.store, other.admin)


def to_clinic(other: OtherStation, clinic: Clinic) -> None:
    carry(other.store, other.admin, clinic.store, clinic.admin)


# -- the nurse's steps, on this station -------------------------------------------------------


def solution_lot(clinic: Clinic) -> str:
    """A 100 mg/mL batch made in this station's pharmacy (received, reconstituted, witnessed)."""
    pharmacy = PharmacyService(clinic.store, clock=clinic.clock)
    expiry = (clinic.clock() + timedelta(days=800)).date()
    pharmacy.define_product(
        clinic.pharm,
        Product(_GTIN, "diacetylmorphine", "Flag-test ampoules 10 g (fictional)", mg(10000), 5),
    )
    lot = pharmacy.receive_pack(
        clinic.pharm, PackCode("gs1", _GTIN, "FLAGLOT", expiry, uuid.uuid4().hex[:12].upper())
    )
    witness = clinic.store.confirm_witness("witness", PASSWORDS["witness"], clinic.pharm.user)
    return pharmacy.reconstitute(
        clinic.pharm,
        witness,
        [(lot, mg(10000))],
        Millilitres(100),
        Millilitres(10),
        Grams("10.180"),
        timedelta(days=400),
    )


def identified(clinic: Clinic, patient: Patient) -> Visit:
    """A visit with the patient identified by name and birth date, witnessed, and assessed."""
    witness = clinic.store.confirm_witness("witness", PASSWORDS["witness"], clinic.nurse.user)
    counter = clinic.counter
    visit = counter.identify_manually(
        clinic.nurse, patient.patient_id, "Card left at home (test)", witness
    )
    return counter.assess(clinic.nurse, visit, 0, Decimal("0.0"), "Calm, alert (test).")


def decision(clinic: Clinic, patient: Patient, drug: Drug = IV, dose_mg: int = 50) -> DoseDecision:
    """What the rules say now for a new visit of the patient."""
    visit = clinic.counter.decide(clinic.nurse, identified(clinic, patient), drug, mg(dose_mg))
    assert visit.decision is not None
    return visit.decision


def codes(found: DoseDecision) -> set[str]:
    return {reason.code for reason in found.reasons}


def prepared(clinic: Clinic, patient: Patient, lot: str, dose_mg: int = 50) -> Visit:
    """Identified, assessed, decided, weighed inside the tolerance and labelled."""
    counter, nurse = clinic.counter, clinic.nurse
    visit = counter.decide(nurse, identified(clinic, patient), IV, mg(dose_mg))
    found = visit.decision
    assert found is not None and found.may_dose, codes(found) if found else None
    [batch] = [b for b in counter.solution_batches(nurse, IV) if b.lot == lot]
    result = counter.accept_weighing(
        nurse, visit, lot, expected_mass(mg(dose_mg), batch), b"S S test"
    )
    assert result.accepted, result.explanation
    return counter.record_label(nurse, visit, printed=True)


def give(clinic: Clinic, patient: Patient, lot: str, dose_mg: int = 50) -> AdministeredDose:
    """A whole visit at this station; the patient leaves after the observation time."""
    visit = prepared(clinic, patient, lot, dose_mg)
    assert visit.decision is not None
    note = "Warning read (test)." if visit.decision.comment_required else ""
    dose = clinic.counter.administer(clinic.nurse, visit, acknowledgement=note)
    clinic.clock.advance(hours=1)
    clinic.counter.observations.discharge(clinic.nurse, dose.observation_id, "Stable (test).")
    return dose


def voided(clinic: Clinic | OtherStation, session: Session, patient: Patient, dose_id: str) -> bool:
    doses = clinic.counter.overview(session, patient.patient_id).recent_doses
    [dose] = [d for d in doses if d.dose_id == dose_id]
    return dose.voided


# -- a flag blocks every dose -------------------------------------------------------------------


def test_a_stop_flag_blocks_every_drug_and_every_prescription_until_it_is_lifted(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()  # diacetylmorphine IV
    for drug in (Drug.DIACETYLMORPHINE_IM, Drug.DIACETYLMORPHINE_ORAL, Drug.METHADONE_ORAL):
        clinic.prescribe(patient, drug=drug, max_per_session=mg(60), max_per_day=mg(120))
    for drug in Drug:
        before = decision(clinic, patient, drug)
        assert STOP not in codes(before) and before.outcome is not Outcome.BLOCK, drug

    flag_id = clinic.counter.set_stop_flag(
        clinic.lead, patient.patient_id, "Physician review pending (fictional)"
    )

    for drug in Drug:
        blocked = decision(clinic, patient, drug)
        assert blocked.outcome is Outcome.BLOCK and STOP in codes(blocked), drug
        assert blocked.max_allowed == mg(0)
        assert any("Physician review pending" in r.message for r in blocked.reasons)
    [(shown_id, shown)] = clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags
    assert shown_id == flag_id and shown.set_by == clinic.lead.user.user_id
    assert shown.set_at == clinic.clock()

    clinic.counter.lift_stop_flag(
        clinic.lead, patient.patient_id, flag_id, "Physician reviewed (fictional)"
    )
    for drug in Drug:
        assert STOP not in codes(decision(clinic, patient, drug)), drug
    assert clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags == ()


def test_a_syringe_prepared_before_the_flag_is_not_given_after_it(clinic: Clinic) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    visit = prepared(clinic, patient, lot)
    clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "Lab result pending (fictional)")
    with pytest.raises(ServiceError, match="blocked"):
        clinic.counter.administer(clinic.nurse, visit, acknowledgement="Read (test).")
    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    assert overview.recent_doses == () and overview.open_observation_id is None


def test_only_a_clinic_lead_sets_or_lifts_a_flag_and_always_with_a_reason(
    clinic: Clinic,
) -> None:
    patient = clinic.patient()
    for person in (clinic.nurse, clinic.pharm, clinic.tech, clinic.admin):
        with pytest.raises(PermissionDenied):
            clinic.counter.set_stop_flag(person, patient.patient_id, "Not allowed (test)")
    for reason in ("", "   \n"):
        with pytest.raises(ServiceError, match="reason"):
            clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, reason)
    with pytest.raises(ServiceError, match="roster"):
        clinic.counter.set_stop_flag(clinic.lead, str(uuid.uuid4()), "Unknown patient (test)")
    assert "stop_dose.set" not in clinic.types()

    flag_id = clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "Review (test)")
    with pytest.raises(PermissionDenied):
        clinic.counter.lift_stop_flag(clinic.nurse, patient.patient_id, flag_id, "Fine (test)")
    with pytest.raises(ServiceError, match="Say why"):
        clinic.counter.lift_stop_flag(clinic.lead, patient.patient_id, flag_id, " ")
    with pytest.raises(ServiceError, match="no such stop-dose flag"):
        clinic.counter.lift_stop_flag(clinic.lead, patient.patient_id, "no-such-flag", "x (test)")
    assert "stop_dose.lifted" not in clinic.types()
    assert STOP in codes(decision(clinic, patient))

    [event] = clinic.events("stop_dose.set")
    assert event["reason"] == "Review (test)" and event["by"] == clinic.lead.user.user_id
    signatures = event["signatures"]
    assert isinstance(signatures, list)
    [signed] = signatures
    assert signed["user_id"] == clinic.lead.user.user_id and "stop-dose" in signed["meaning"]


# -- nothing that re-issues an order drops the flag ----------------------------------------------


def test_a_prescription_reissued_or_replaced_does_not_drop_the_flag(clinic: Clinic) -> None:
    patient = clinic.patient()
    [order] = clinic.counter.overview(clinic.lead, patient.patient_id).prescriptions
    clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "Review pending (fictional)")

    # The same order issued again (an edit), and a new order replacing it.
    clinic.prescribe(patient, prescription_id=order.prescription_id, max_per_session=mg(120))
    assert STOP in codes(decision(clinic, patient))
    clinic.prescribe(patient, valid_from=date(2031, 3, 1), max_per_session=mg(80))
    assert STOP in codes(decision(clinic, patient))
    assert len(clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags) == 1


def test_the_servers_prescription_import_replayed_does_not_drop_the_flag(clinic: Clinic) -> None:
    patient = clinic.patient()
    [order] = clinic.counter.overview(clinic.lead, patient.patient_id).prescriptions
    clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "Review pending (fictional)")
    # The server's CSV import of the same order and of a new one, with its own column names
    # and an empty stop column, arrives as pulled events of the server's station id.
    csv_row = {
        "patient_id": patient.patient_id,
        "drug": IV.value,
        "per_session_max_mg": "100",
        "daily_max_mg": "200",
        "sessions_per_day": "2",
        "valid_from": "2031-01-01",
        "valid_until": "",
        "phase": Phase.MAINTENANCE.value,
        "prescriber": "Dr. Fiktiv",
        "stop_dose": None,
    }
    rows = [
        feed_row(SERVER_STATION_ID, seq, "prescription.issued", {**csv_row, "prescription_id": pid})
        for seq, pid in enumerate((order.prescription_id, str(uuid.uuid4())), start=1)
    ]
    StoreReplica(clinic.store, clinic.admin).apply_pulled_rows(rows, PullState(2, "test"))

    overview = clinic.counter.overview(clinic.nurse, patient.patient_id)
    assert len(overview.prescriptions) == 2  # the import arrived
    assert len(overview.stop_flags) == 1
    blocked = decision(clinic, patient)
    assert blocked.outcome is Outcome.BLOCK and STOP in codes(blocked)

    # A replay of everything (a restart rebuilding the projections) keeps the flag too.
    clinic.reopen()
    assert STOP in codes(decision(clinic, patient))


# -- flags travel between stations ---------------------------------------------------------------


def test_a_flag_set_at_another_station_blocks_here_and_its_lift_there_lifts_it(
    clinic: Clinic, other: OtherStation
) -> None:
    patient = clinic.patient()
    to_other(clinic, other)
    flag_id = other.counter.set_stop_flag(
        other.lead, patient.patient_id, "Set at counter B (fictional)"
    )
    assert STOP not in codes(decision(clinic, patient))

    to_clinic(other, clinic)
    blocked = decision(clinic, patient)
    assert blocked.outcome is Outcome.BLOCK and STOP in codes(blocked)
    [(shown_id, flag)] = clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags
    assert shown_id == flag_id and flag.reason == "Set at counter B (fictional)"

    # Here it is lifted only by a lift naming it: an edit of the order here changes nothing.
    clinic.prescribe(patient, max_per_session=mg(90))
    assert STOP in codes(decision(clinic, patient))
    other.counter.lift_stop_flag(other.lead, patient.patient_id, flag_id, "Reviewed (fictional)")
    to_clinic(other, clinic)
    assert STOP not in codes(decision(clinic, patient))


def test_a_flag_set_here_is_lifted_by_a_lift_at_another_station_and_only_that_flag(
    clinic: Clinic, other: OtherStation
) -> None:
    patient = clinic.patient()
    first = clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "First (fictional)")
    to_other(clinic, other)
    second = clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "Second (fictional)")
    other.counter.lift_stop_flag(other.lead, patient.patient_id, first, "Resolved (fictional)")

    to_clinic(other, clinic)
    [(left, flag)] = clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags
    assert left == second and flag.reason == "Second (fictional)"
    assert STOP in codes(decision(clinic, patient))

    clinic.counter.lift_stop_flag(clinic.lead, patient.patient_id, second, "Resolved (fictional)")
    assert STOP not in codes(decision(clinic, patient))
    # Pulling the other station's (older) events again sets nothing back.
    to_clinic(other, clinic)
    assert STOP not in codes(decision(clinic, patient))


def test_a_lift_pulled_before_its_flag_leaves_the_flag_lifted(
    clinic: Clinic, other: OtherStation, tmp_path: Path
) -> None:
    patient = clinic.patient()
    to_other(clinic, other)
    flag_id = other.counter.set_stop_flag(other.lead, patient.patient_id, "B's flag (fictional)")
    other.counter.lift_stop_flag(other.lead, patient.patient_id, flag_id, "Done (fictional)")
    arrays = StoreReplica(other.store, other.admin).push_rows_after(0, 100_000)
    rows = [(other.store.station_id, *array) for array in arrays]
    # B's own record of its staff comes first (as a feed delivers it: in B's order); the lift
    # is delivered before the flag it lifts.
    staff = [row for row in rows if row[4] == "user.added"]
    lift = [row for row in rows if row[4] == "stop_dose.lifted"]
    rest = [row for row in rows if row not in staff and row not in lift]
    replica = StoreReplica(clinic.store, clinic.admin)
    replica.apply_pulled_rows([*staff, *lift], PullState(1, "test"))
    replica.apply_pulled_rows(rest, PullState(len(rows), "test"))
    assert clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags == ()
    assert STOP not in codes(decision(clinic, patient))


# -- voids -------------------------------------------------------------------------------------


def raw_void(other: OtherStation, patient: Patient, dose_id: str, authority: str | None) -> None:
    """A void written at the other station without the service (a second program, a bug)."""
    payload = {
        "target_kind": "dose",
        "target_id": dose_id,
        "patient_id": patient.patient_id,
        "reason": "Not given (test)",
        "station_id": OTHER_STATION,
        "at": other.counter.clock().isoformat(),
        "by": other.nurse.user.user_id,
    }
    if authority is not None:
        payload["authority"] = authority
    other.store.record(other.nurse, "record.voided", payload)


def test_a_pulled_void_without_a_clinic_leads_authority_does_not_cancel_this_stations_dose(
    clinic: Clinic, other: OtherStation
) -> None:
    lot = solution_lot(clinic)
    patient, second_patient = clinic.patient(), clinic.patient()
    dose = give(clinic, patient, lot)
    clinic.clock.set(local(4, 8))
    second = give(clinic, second_patient, lot)
    to_other(clinic, other)

    # A nurse at B may not void A's dose, even with a second person.
    witness = other.store.confirm_witness("witness", PASSWORDS["witness"], other.nurse.user)
    with pytest.raises(ServiceError, match="another station"):
        other.counter.void_dose(
            other.nurse, patient.patient_id, dose.dose_id, "Entered in error (test)", witness
        )
    # Voids written at B without the service do not reach A's dose.
    raw_void(other, patient, dose.dose_id, None)
    raw_void(other, patient, dose.dose_id, "second_person")
    to_clinic(other, clinic)
    assert not voided(clinic, clinic.nurse, patient, dose.dose_id)
    assert STOP not in codes(decision(clinic, patient))  # the patient is readable, not blocked
    clinic.reopen()  # a rebuild from the log and the pulled events agrees
    assert not voided(clinic, clinic.nurse, patient, dose.dose_id)

    # A clinic lead at B may void A's dose, with a reason: recorded, and shown at both stations.
    with pytest.raises(ServiceError, match="Say why"):
        other.counter.void_dose(other.lead, second_patient.patient_id, second.dose_id, "  ")
    other.counter.void_dose(
        other.lead, second_patient.patient_id, second.dose_id, "Duplicate record (test)"
    )
    assert voided(other, other.nurse, second_patient, second.dose_id)
    to_clinic(other, clinic)
    assert voided(clinic, clinic.nurse, second_patient, second.dose_id)
    clinic.reopen()
    assert voided(clinic, clinic.nurse, second_patient, second.dose_id)


def test_a_pulled_void_claiming_a_clinic_leads_authority_without_their_signature_is_ignored(
    clinic: Clinic, other: OtherStation
) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    dose = give(clinic, patient, lot)
    to_other(clinic, other)
    raw_void(other, patient, dose.dose_id, "clinic_lead")  # a nurse's event, a lead's word
    to_clinic(other, clinic)
    assert not voided(clinic, clinic.nurse, patient, dose.dose_id)


def test_a_void_written_outside_the_service_does_not_hide_another_stations_dose_there(
    clinic: Clinic, other: OtherStation
) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    dose = give(clinic, patient, lot)
    to_other(clinic, other)
    raw_void(other, patient, dose.dose_id, None)
    assert not voided(other, other.nurse, patient, dose.dose_id)


def test_a_pulled_time_correction_without_a_clinic_leads_authority_does_not_move_a_dose(
    clinic: Clinic, other: OtherStation
) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    dose = give(clinic, patient, lot)
    given_at = clinic.counter.overview(clinic.nurse, patient.patient_id).recent_doses[0].given_at
    to_other(clinic, other)
    other.store.record(
        other.nurse,
        "dose.time_corrected",
        {
            "dose_id": dose.dose_id,
            "patient_id": patient.patient_id,
            "given_at": local(1, 8).isoformat(),
            "reason": "Moved away (test)",
            "station_id": OTHER_STATION,
            "at": clinic.clock().isoformat(),
            "by": other.nurse.user.user_id,
        },
    )
    to_clinic(other, clinic)
    [record] = clinic.counter.overview(clinic.nurse, patient.patient_id).recent_doses
    assert record.given_at == given_at


def test_a_nurse_voids_her_stations_dose_only_with_a_confirmed_second_person(
    clinic: Clinic,
) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    dose = give(clinic, patient, lot)
    counter, nurse = clinic.counter, clinic.nurse
    reason = "Recorded for the wrong patient (test)"
    plain = clinic.store.find_user("witness")
    pharmacist = clinic.store.confirm_witness("pharm", PASSWORDS["pharm"], nurse.user)
    for witness in (None, plain, pharmacist):
        with pytest.raises(ServiceError):
            counter.void_dose(nurse, patient.patient_id, dose.dose_id, reason, witness)
    confirmed = clinic.store.confirm_witness("witness", PASSWORDS["witness"], nurse.user)
    with pytest.raises(ServiceError, match="Say why"):
        counter.void_dose(nurse, patient.patient_id, dose.dose_id, "", confirmed)
    with pytest.raises(PermissionDenied):
        counter.void_dose(clinic.pharm, patient.patient_id, dose.dose_id, reason, confirmed)
    assert not voided(clinic, nurse, patient, dose.dose_id)
    assert "record.voided" not in clinic.types()

    counter.void_dose(nurse, patient.patient_id, dose.dose_id, reason, confirmed)
    assert voided(clinic, nurse, patient, dose.dose_id)
    [event] = clinic.events("record.voided")
    assert event["authority"] == "second_person" and len(event["signatures"]) == 2  # type: ignore[arg-type]
    with pytest.raises(ServiceError, match="no such dose"):
        counter.void_dose(clinic.lead, patient.patient_id, dose.dose_id, "Again (test)")


# -- reviews and corrections ------------------------------------------------------------------


def test_a_break_review_by_a_clinic_lead_lifts_the_review_block(
    clinic: Clinic, other: OtherStation
) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    give(clinic, patient, lot)
    clinic.clock.set(local(10, 8))  # 5 days without a dose: 5, 6, 7, 8 and 9 March
    blocked = decision(clinic, patient)
    assert blocked.outcome is Outcome.BLOCK and REVIEW in codes(blocked)

    with pytest.raises(PermissionDenied):
        clinic.counter.record_break_review(clinic.nurse, patient.patient_id, "Fine (test)")
    with pytest.raises(ServiceError, match="review found"):
        clinic.counter.record_break_review(clinic.lead, patient.patient_id, " ")
    assert REVIEW in codes(decision(clinic, patient))

    # The review recorded at another station counts here once it is pulled.
    to_other(clinic, other)
    other.counter.record_break_review(
        other.lead, patient.patient_id, "Re-titration confirmed (fictional)"
    )
    assert REVIEW in codes(decision(clinic, patient))
    to_clinic(other, clinic)
    reviewed = decision(clinic, patient)
    assert REVIEW not in codes(reviewed) and "missed_days.reviewed" in codes(reviewed)
    assert reviewed.outcome is not Outcome.BLOCK


def test_only_a_clinic_lead_corrects_a_dose_time_with_a_reason_never_into_the_future(
    clinic: Clinic,
) -> None:
    lot = solution_lot(clinic)
    patient = clinic.patient()
    dose = give(clinic, patient, lot)
    earlier = local(4, 7, 45)
    counter = clinic.counter
    with pytest.raises(PermissionDenied):
        counter.correct_dose_time(clinic.nurse, patient.patient_id, dose.dose_id, earlier, "x")
    with pytest.raises(ServiceError, match="Say why"):
        counter.correct_dose_time(clinic.lead, patient.patient_id, dose.dose_id, earlier, "")
    with pytest.raises(ServiceError, match="future"):
        counter.correct_dose_time(
            clinic.lead, patient.patient_id, dose.dose_id, clinic.clock() + timedelta(days=1), "x"
        )
    counter.correct_dose_time(
        clinic.lead, patient.patient_id, dose.dose_id, earlier, "Counter clock was off (test)"
    )
    [record] = counter.overview(clinic.nurse, patient.patient_id).recent_doses
    assert record.given_at == earlier


def test_a_lift_or_a_flag_written_at_another_station_by_a_nurse_changes_nothing_here(
    clinic: Clinic, other: OtherStation
) -> None:
    """Only a clinic lead (by that station's own record of its staff) sets or lifts a flag."""
    patient = clinic.patient()
    flag_id = clinic.counter.set_stop_flag(clinic.lead, patient.patient_id, "Review (fictional)")
    to_other(clinic, other)
    stamp = {"station_id": OTHER_STATION, "at": other.counter.clock().isoformat()}
    other.store.record(
        other.nurse,
        "stop_dose.lifted",
        {"flag_id": flag_id, "patient_id": patient.patient_id, "reason": "x", **stamp,
         "by": other.nurse.user.user_id},
    )  # fmt: skip
    other.store.record(
        other.nurse,
        "stop_dose.set",
        {"flag_id": "nurse-flag", "patient_id": patient.patient_id, "reason": "y", **stamp,
         "by": other.nurse.user.user_id},
    )  # fmt: skip
    to_clinic(other, clinic)
    flags = dict(clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags)
    assert list(flags) == [flag_id]
    clinic.store.rebuild_projections(clinic.admin)
    flags = dict(clinic.counter.overview(clinic.nurse, patient.patient_id).stop_flags)
    assert list(flags) == [flag_id]
