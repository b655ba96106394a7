"""Signed prescriber orders: who signs, what is refused, versions, plans, and the counter's view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from station.domain.orders import OrderAction, order_content_hash, order_signed_content
from station.domain.plans import DosePlan, PlanKind
from station.domain.prescriptions import Drug, Phase
from station.domain.roles import Role
from station.services.errors import ServiceError
from station.services.prescribing import OrderDraft, PrescribingService
from station.store.store import Session
from sync.wire.chain import payload_hash
from tests.services.conftest import IV, PASSWORDS, Clinic, local, mg

DOCTOR_PASSWORD = "doctor-pass-fictional"


@pytest.fixture
def doctor(clinic: Clinic) -> Session:
    """A fictional prescriber at the clinic's station."""
    clinic.store.add_user(
        clinic.admin,
        "doctor",
        "Dr. Dora Fiktiv (prescriber)",
        frozenset({Role.PRESCRIBER}),
        DOCTOR_PASSWORD,
    )
    return clinic.store.unlock("doctor", DOCTOR_PASSWORD)


@pytest.fixture
def orders(clinic: Clinic) -> PrescribingService:
    return PrescribingService(clinic.store, clinic.clock, clinic.settings)


def draft(patient_id: str, **changes: object) -> OrderDraft:
    """A maintenance IV order: 100 mg per session, 200 mg a day, 2 sessions, from 1 March."""
    base = OrderDraft(
        patient_id=patient_id,
        drug=IV,
        max_per_session=mg(100),
        max_per_day=mg(200),
        sessions_per_day=2,
        min_interval=None,
        valid_from=date(2031, 3, 1),
        valid_until=None,
        phase=Phase.MAINTENANCE,
        counter_note="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def refused(code: str, call: object, *args: object) -> ServiceError:
    with pytest.raises(ServiceError) as caught:
        call(*args)  # type: ignore[operator]
    assert caught.value.code == code, caught.value
    return caught.value


def test_a_signed_order_is_what_the_counter_doses_by(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    order = orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    assert (order.version, order.action, order.signed_by) == (
        1,
        OrderAction.NEW,
        doctor.user.user_id,
    )
    [event] = clinic.events("order.signed")
    signed = event["signature"]
    assert isinstance(signed, dict)
    assert signed["meaning"] == "prescribed" and signed["user_id"] == doctor.user.user_id
    assert order.order_hash == order_content_hash(order) == event["order_hash"]
    assert signed["subject_hash"] == payload_hash(order_signed_content(order)) == order.order_hash
    assert orders.active_order(clinic.nurse, patient.patient_id, IV) == order
    assert orders.orders_of(doctor, patient.patient_id) == [order]
    visit = clinic.decided(patient, 100)
    assert visit.decision is not None and visit.decision.may_dose
    assert visit.decision.prescription_id == order.order_id


def test_the_signers_own_password_and_role_are_checked_now(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    refused("store.wrong_password", orders.sign_order, doctor, draft(patient.patient_id), "wrong")
    for session in (clinic.nurse, clinic.lead):
        refused("access.role_required", orders.sign_order, session, draft(patient.patient_id), "x")
    assert clinic.events("order.signed") == []


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"max_per_session": mg(300)}, "prescribing.session_above_daily"),
        ({"max_per_session": mg(500), "max_per_day": mg(1200)}, "prescribing.above_clinic_maximum"),
        ({"max_per_day": mg("200.005")}, "prescribing.maximum_precision"),
        ({"valid_until": date(2031, 2, 27)}, "prescribing.ends_before_start"),
        ({"sessions_per_day": 9}, "prescribing.sessions_out_of_range"),
        ({"review_on": date(2031, 2, 1)}, "prescribing.review_before_start"),
        ({"action": OrderAction.CHANGE, "order_id": "no-such-order"}, "prescribing.order_unknown"),
        ({"order_id": "chosen-by-caller"}, "prescribing.new_order_names_order"),
        ({"counter_note": "x" * 501}, "prescribing.note_too_long"),
        (
            {
                "plan": DosePlan(
                    PlanKind.TITRATION, date(2031, 3, 4), mg(100), mg(20), None, 1, mg(260)
                )
            },
            "prescribing.plan_target_above_order_maximum",
        ),
        (
            {
                "plan": DosePlan(
                    PlanKind.TITRATION, date(2031, 3, 4), mg(40), mg(30), None, 1, mg(200)
                )
            },
            "prescribing.plan_rise_above_titration_rule",
        ),
        (
            {
                "plan": DosePlan(
                    PlanKind.TAPER, date(2031, 2, 1), mg(200), None, Decimal(10), 7, mg(0)
                )
            },
            "prescribing.plan_outside_order",
        ),
    ],
)
def test_an_order_out_of_its_caps_is_refused(
    clinic: Clinic,
    doctor: Session,
    orders: PrescribingService,
    changes: dict[str, object],
    code: str,
) -> None:
    patient = clinic.patient(prescribe=False)
    refused(code, orders.sign_order, doctor, draft(patient.patient_id, **changes), DOCTOR_PASSWORD)
    assert clinic.events("order.signed") == []


def test_an_order_for_a_patient_off_the_roster_or_already_prescribed_is_refused(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    refused(
        "prescribing.patient_not_on_roster",
        orders.sign_order,
        doctor,
        draft("nobody"),
        DOCTOR_PASSWORD,
    )
    patient = clinic.patient()  # the clinic lead's plain prescription, from 1 January
    refused(
        "prescribing.already_prescribed",
        orders.sign_order,
        doctor,
        draft(patient.patient_id),
        DOCTOR_PASSWORD,
    )


def test_a_change_is_a_new_version_and_the_counter_uses_only_the_newest(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    first = orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    second = orders.sign_order(
        doctor,
        draft(
            patient.patient_id,
            action=OrderAction.CHANGE,
            order_id=first.order_id,
            max_per_session=mg(60),
            max_per_day=mg(120),
        ),
        DOCTOR_PASSWORD,
    )
    assert (second.order_id, second.version) == (first.order_id, 2)
    assert orders.orders_of(doctor, patient.patient_id) == [first, second]
    visit = clinic.decided(patient, 100)
    assert visit.decision is not None and not visit.decision.may_dose
    assert "dose.above_session_maximum" in visit.decision.codes
    assert visit.decision.max_allowed == mg(60)


def test_a_stop_ends_the_order_and_the_workspace_says_so(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    first = orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    refused(
        "access.role_required",
        orders.sign_order,
        clinic.nurse,
        draft(patient.patient_id, action=OrderAction.STOP, order_id=first.order_id),
        "x",
    )
    stop = orders.sign_order(
        clinic.lead,
        draft(patient.patient_id, action=OrderAction.STOP, order_id=first.order_id),
        PASSWORDS["lead"],
    )
    assert stop.action is OrderAction.STOP and stop.valid_until == date(2031, 3, 3)
    visit = clinic.decided(patient, 100)
    assert visit.decision is not None and "prescription.none_active" in visit.decision.codes
    assert orders.active_order(clinic.nurse, patient.patient_id, IV) is None
    overview = orders.workspace(doctor)
    assert [o.order_id for o in overview.expired] == [first.order_id]
    refused(
        "prescribing.order_stopped",
        orders.sign_order,
        doctor,
        draft(patient.patient_id, action=OrderAction.RENEW, order_id=first.order_id),
        DOCTOR_PASSWORD,
    )


def test_a_titration_plan_caps_each_day_at_its_step(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    plan = DosePlan(PlanKind.TITRATION, date(2031, 3, 4), mg(60), mg(20), None, 1, mg(200))
    orders.sign_order(doctor, draft(patient.patient_id, plan=plan), DOCTOR_PASSWORD)
    visit = clinic.decided(patient, 80)
    assert visit.decision is not None
    assert "plan.above_daily_step" in visit.decision.codes
    assert visit.decision.max_allowed == mg(60)
    clinic.clock.set(local(5, 8))
    visit = clinic.decided(patient, 80)
    assert visit.decision is not None and visit.decision.may_dose
    assert "plan.within_daily_step" in visit.decision.codes


def test_the_counter_is_told_what_changed_since_the_last_dose(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    first = orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    assert orders.counter_notice(clinic.nurse, patient.patient_id).changes == ()
    clinic.give(patient, 100)
    clinic.clock.advance(hours=1)
    orders.sign_order(
        doctor,
        draft(
            patient.patient_id,
            action=OrderAction.CHANGE,
            order_id=first.order_id,
            max_per_session=mg(80),
            valid_until=date(2031, 3, 8),
            review_on=date(2031, 3, 4),
            counter_note="Watch for sedation (fictional).",
        ),
        DOCTOR_PASSWORD,
    )
    clinic.clock.set(local(5, 8))
    notice = orders.counter_notice(clinic.nurse, patient.patient_id)
    changed = {change.field: (change.old, change.new) for change in notice.changes}
    assert changed["max_per_session"] == ("100 mg", "80 mg")
    assert changed["valid_until"] == (None, "2031-03-08")
    assert set(changed) == {"max_per_session", "valid_until", "review_on", "counter_note"}
    assert notice.expiring_on == date(2031, 3, 8)
    assert notice.review_passed_on == date(2031, 3, 4)
    assert notice.counter_note == "Watch for sedation (fictional)."
    assert notice.version == 2 and notice.anything
    visit = clinic.decided(patient, 80)
    assert visit.decision is not None
    assert {"prescription.expiring_soon", "prescription.review_passed"} <= set(visit.decision.codes)
    overview = orders.workspace(doctor)
    assert [o.order_id for o in overview.expiring] == [first.order_id]
    assert [o.order_id for o in overview.reviews_due] == [first.order_id]
    assert [p.patient.patient_id for p in overview.patients if p.active] == [patient.patient_id]


def test_a_plain_prescription_never_replaces_a_signed_order(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    order = orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    clinic.prescribe(
        patient, prescription_id=order.order_id, max_per_session=mg(200), max_per_day=mg(400)
    )
    [prescription] = clinic.counter.overview(clinic.nurse, patient.patient_id).prescriptions
    assert prescription.max_per_session == mg(100)
    assert orders.orders_of(doctor, patient.patient_id) == [order]


def test_a_prescriber_sets_and_lifts_a_stop_dose_flag(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    flag = clinic.counter.set_stop_flag(doctor, patient.patient_id, "Review the dose (fictional).")
    visit = clinic.decided(patient, 100)
    assert visit.decision is not None and "stop_dose.set" in visit.decision.codes
    clinic.counter.lift_stop_flag(doctor, patient.patient_id, flag, "Reviewed (fictional).")
    visit = clinic.decided(patient, 100)
    assert visit.decision is not None and visit.decision.may_dose
    refused(
        "access.role_required", clinic.counter.set_stop_flag, clinic.nurse, patient.patient_id, "x"
    )


def test_orders_survive_a_rebuild_of_the_projections(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    patient = clinic.patient(prescribe=False)
    order = orders.sign_order(doctor, draft(patient.patient_id), DOCTOR_PASSWORD)
    clinic.store.rebuild_projections(clinic.admin)
    assert orders.orders_of(doctor, patient.patient_id) == [order]
    assert orders.active_order(clinic.nurse, patient.patient_id, Drug.DIACETYLMORPHINE_IV) == order
    assert clinic.clock() > order.signed_at - timedelta(seconds=1)


def test_a_prescriber_who_doses_nobody_reads_the_roster_for_the_flag_screen(
    clinic: Clinic, doctor: Session
) -> None:
    """The flag screen lists the roster and the panel for a prescriber; dosing stays refused."""
    patient = clinic.patient(prescribe=False)
    assert patient.patient_id in {p.patient_id for p in clinic.counter.roster(doctor)}
    assert clinic.counter.overview(doctor, patient.patient_id).patient == patient
    assert clinic.counter.find_by_clinic_id(doctor, patient.clinic_id) == patient
    refused("access.role_required", clinic.counter.identify_by_card, doctor, "HAT1:x")


def test_a_prescription_brought_over_from_before_is_changed_by_a_signed_order(
    clinic: Clinic, doctor: Session, orders: PrescribingService
) -> None:
    """A migrated (unsigned) prescription is listed; a change signs its first version in its
    place under the same id, and the counter doses by the signed figures from then on."""
    patient = clinic.patient()  # a plain prescription, as the server's import brings
    (imported,) = clinic.counter.overview(clinic.nurse, patient.patient_id).prescriptions
    listed = {o.order_id: o for entry in orders.workspace(doctor).patients for o in entry.active}
    assert listed[imported.prescription_id].signed_by == ""
    refused(
        "prescribing.stop_imported",
        orders.sign_order,
        doctor,
        draft(patient.patient_id, action=OrderAction.STOP, order_id=imported.prescription_id),
        DOCTOR_PASSWORD,
    )
    changed = orders.sign_order(
        doctor,
        draft(
            patient.patient_id,
            drug=imported.drug,
            max_per_session=mg(60),
            max_per_day=mg(120),
            valid_from=imported.valid_from,
            action=OrderAction.CHANGE,
            order_id=imported.prescription_id,
        ),
        DOCTOR_PASSWORD,
    )
    assert (changed.order_id, changed.version, changed.action) == (
        imported.prescription_id,
        1,
        OrderAction.NEW,
    )
    (now_in_force,) = clinic.counter.overview(clinic.nurse, patient.patient_id).prescriptions
    assert now_in_force.max_per_session == mg(60)
    assert [o.version for o in orders.orders_of(doctor, patient.patient_id)] == [1]
