"""Prescriber orders: signing new, changed, renewed and stopped orders, and reading them back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from station.domain.orders import (
    Order,
    OrderAction,
    order_changes,
    order_content_hash,
    order_document,
    order_from_document,
    order_signed_content,
)
from station.domain.patients import Patient
from station.domain.plans import DosePlan, PlanError
from station.domain.prescriptions import Drug, Phase, Prescription, Substance
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.domain.sessions import clinic_day
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.codec import patient_from, prescription_from
from station.services.errors import ServiceEdge, ServiceError
from station.services.settings import SettingsService
from station.services.signatures import DOSING_ROLES, signature
from station.store.projections import Projections
from station.store.store import Session, Store

__all__ = [
    "OrderChange",
    "OrderDraft",
    "OrderNotice",
    "PatientOrders",
    "PrescriberOverview",
    "PrescribingService",
]

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class OrderDraft:
    """What a prescriber fills in before signing; the service checks all of it again.

    ``order_id`` names the order a change, renewal or stop continues (None for a new one).
    A stop without ``valid_until`` ends the order from the day it is signed; with it, the
    order stays valid through that day.
    """

    patient_id: str
    drug: Drug
    max_per_session: Milligrams
    max_per_day: Milligrams
    sessions_per_day: int
    min_interval: timedelta | None
    valid_from: date
    valid_until: date | None
    phase: Phase
    counter_note: str = ""
    review_on: date | None = None
    plan: DosePlan | None = None
    action: OrderAction = OrderAction.NEW
    order_id: str | None = None


@dataclass(frozen=True)
class PatientOrders:
    """One patient on the roster and their orders active today."""

    patient: Patient
    active: tuple[Order, ...]


@dataclass(frozen=True)
class PrescriberOverview:
    """The prescriber's workspace: every patient's active orders and what needs attention.

    ``reviews_due``: active orders whose review day has passed or comes within the warning
    days; ``expiring``: active orders ending within ``expiry_warning_days``; ``expired``:
    the latest version of orders that ended before today (a stop included).
    """

    today: date
    expiry_warning_days: int
    patients: tuple[PatientOrders, ...]
    reviews_due: tuple[Order, ...]
    expiring: tuple[Order, ...]
    expired: tuple[Order, ...]


@dataclass(frozen=True)
class OrderChange:
    """One field of an order that changed since the patient's last dose: old and new, as text."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class OrderNotice:
    """What the counter shows about a patient's active orders before the next dose.

    ``changes`` lists, per order, what changed since the version in force at the patient's
    last dose (everything, for an order signed since); ``expiring_on`` is set when an active
    order ends within the warning days; ``review_passed_on`` when its review day has passed.
    """

    patient_id: str
    order_id: str | None
    version: int | None
    changes: tuple[OrderChange, ...] = ()
    expiring_on: date | None = None
    review_passed_on: date | None = None
    counter_note: str = ""
    drug: Drug | None = None
    others: tuple[OrderNotice, ...] = ()
    """The patient's other active orders' notices (when no drug was asked for)."""

    @property
    def anything(self) -> bool:
        """True when there is something for the nurse to read."""
        return bool(self.changes or self.expiring_on or self.review_passed_on or self.counter_note)


PRESCRIBED = "prescribed"
"""The meaning of a prescriber's signature over an order (as ``remote.PRESCRIBED``)."""

MAX_COUNTER_NOTE = 500
"""The most characters a note to the counter may have."""

_SIGNING_ROLES = (Role.PRESCRIBER,)
_STOPPING_ROLES = (Role.PRESCRIBER, Role.CLINIC_LEAD)
_READING_ROLES = (*DOSING_ROLES, Role.PRESCRIBER)


def _versions(document: dict[str, Any]) -> list[Order]:
    return [order_from_document(dict(item)) for item in document.get("order_versions") or ()]


def _shown(value: object) -> str | None:
    """A field's value as the counter's notice says it (amounts in mg, days as ISO dates)."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        return f"{int(value.total_seconds() // 60)} min"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, DosePlan):
        step = f"+{value.step_mg}" if value.step_mg is not None else f"-{value.step_percent} %"
        return (
            f"{value.kind.value} from {value.start_on.isoformat()}: {value.start_mg}, "
            f"{step} every {value.every_days} day(s), to {value.target_mg}"
        )
    if isinstance(value, Drug | Phase):
        return value.value
    return str(value)


class PrescribingService(ServiceEdge):
    """Signed prescriber orders over the encrypted store, checked whatever the caller passes.

    Every version is one ``order.signed`` event carrying the order, its content hash and the
    prescriber's electronic signature (meaning "prescribed") over that hash; the prescriptions
    projection holds the newest version as the prescription the counter's rules read.
    """

    def __init__(
        self, store: Store, clock: Clock, base_settings: RuleSettings | None = None
    ) -> None:
        self.store = store
        self.clock = clock
        self.base_settings = base_settings or RuleSettings()
        self._settings = SettingsService(store, clock)

    def rule_settings(self, session: Session) -> RuleSettings:
        """The clinic's rules as saved now."""
        return self._settings.rule_settings(session, self.base_settings)

    # -- signing --------------------------------------------------------------------------

    def sign_order(self, session: Session, draft: OrderDraft, password: str) -> Order:
        """Sign ``draft`` as the signed-in prescriber (their password again), record it.

        A new, changed or renewed order is a prescriber's; a stop, a prescriber's or a clinic
        lead's. Refused (``ServiceError``, code ``prescribing.*``) unless the patient is on the
        roster, the maxima are positive and within each other and the clinic's caps, the dates
        are in order, a change, renewal or stop names an order of this patient and drug that
        is still in force (a renewal: not stopped), and its plan stays within every cap.
        """
        stopping = draft.action is OrderAction.STOP
        require_role(session, *(_STOPPING_ROLES if stopping else _SIGNING_ROLES))
        signer = self.store.confirm_signer(session, password)
        if not any(signer.has(role) for role in (_STOPPING_ROLES if stopping else _SIGNING_ROLES)):
            raise ServiceError(
                "Only a prescriber signs an order.", code="prescribing.signer_not_prescriber"
            )
        settings = self.rule_settings(session)
        now = self.clock()
        today = clinic_day(now, settings)
        with self.store.transaction():
            with self.store.reading(session) as projections:
                if projections.patient(draft.patient_id) is None:
                    raise ServiceError(
                        "This patient is not on this station's roster.",
                        code="prescribing.patient_not_on_roster",
                    )
                held = [
                    (document, _versions(document))
                    for document in projections.prescriptions_of(draft.patient_id)
                ]
            order = self._version(draft, held, today, now, signer.user_id, signer.display_name)
            self._check(order, held, settings, today)
            order = replace(order, order_hash=order_content_hash(order))
            signed = signature(signer, PRESCRIBED, order_signed_content(order), now)
            payload: dict[str, Any] = {
                "order_id": order.order_id,
                "patient_id": order.patient_id,
                "version": order.version,
                "action": order.action.value,
                "order": order_document(order),
                "order_hash": order.order_hash,
                "signature": signed,
                "by": signer.user_id,
                "station_id": self.store.station_id,
            }
            self.store.record(session, "order.signed", payload)
        return order

    def _version(
        self,
        draft: OrderDraft,
        held: list[tuple[dict[str, Any], list[Order]]],
        today: date,
        now: datetime,
        signer_id: str,
        signer_name: str,
    ) -> Order:
        """The version ``draft`` makes, unchecked (its hash still empty)."""
        common: dict[str, Any] = {
            "signed_by": signer_id,
            "signed_by_name": signer_name,
            "signed_at": now,
            "order_hash": "",
        }
        if draft.action is OrderAction.NEW:
            if draft.order_id is not None:
                raise ServiceError(
                    "A new order gets an id of its own: change, renew or stop names one.",
                    code="prescribing.new_order_names_order",
                )
            return Order(
                order_id=str(uuid.uuid4()),
                version=1,
                action=OrderAction.NEW,
                **self._content(draft),
                **common,
            )
        latest = self._latest(draft, held)
        if not latest.order_hash:  # a prescription brought over from before, never signed
            if draft.action is OrderAction.STOP:
                raise ServiceError(
                    "A prescription brought over from before is ended by a change that gives "
                    "its last day.",
                    code="prescribing.stop_imported",
                )
            # Its first signed version takes its place (same id: the import never overwrites it).
            return Order(
                order_id=latest.order_id,
                version=1,
                action=OrderAction.NEW,
                **self._content(draft),
                **common,
            )
        if latest.action is OrderAction.STOP:
            raise ServiceError(
                "This order was stopped: sign a new order.", code="prescribing.order_stopped"
            )
        in_force = latest.valid_until is None or latest.valid_until >= today
        if draft.action is not OrderAction.RENEW and not in_force:
            raise ServiceError(
                "This order has ended: renew it or sign a new order.",
                code="prescribing.order_not_active",
            )
        if draft.action is OrderAction.STOP:
            stop_day = draft.valid_until if draft.valid_until is not None else today - timedelta(1)
            if stop_day < today - timedelta(1) or (
                latest.valid_until is not None and stop_day > latest.valid_until
            ):
                raise ServiceError(
                    "A stop ends the order from today, or on a later day within the order.",
                    code="prescribing.stop_day_out_of_range",
                )
            return replace(
                latest,
                version=latest.version + 1,
                action=OrderAction.STOP,
                valid_until=stop_day,
                counter_note=draft.counter_note.strip() or latest.counter_note,
                **common,
            )
        return Order(
            order_id=latest.order_id,
            version=latest.version + 1,
            action=draft.action,
            **self._content(draft),
            **common,
        )

    @staticmethod
    def _content(draft: OrderDraft) -> dict[str, Any]:
        return {
            "patient_id": draft.patient_id,
            "drug": draft.drug,
            "max_per_session": draft.max_per_session,
            "max_per_day": draft.max_per_day,
            "sessions_per_day": draft.sessions_per_day,
            "min_interval": draft.min_interval,
            "valid_from": draft.valid_from,
            "valid_until": draft.valid_until,
            "phase": draft.phase,
            "counter_note": draft.counter_note.strip(),
            "review_on": draft.review_on,
            "plan": draft.plan,
        }

    @staticmethod
    def _latest(draft: OrderDraft, held: list[tuple[dict[str, Any], list[Order]]]) -> Order:
        for _document, versions in held:
            if versions and versions[-1].order_id == draft.order_id:
                latest = versions[-1]
                if latest.drug is not draft.drug and draft.action is not OrderAction.STOP:
                    raise ServiceError(
                        "A change or renewal keeps the order's drug: sign a new order for "
                        "another drug.",
                        code="prescribing.drug_changed",
                    )
                return latest
        for document, versions in held:
            if not versions and document.get("prescription_id") == draft.order_id:
                imported = imported_order(prescription_from(document))
                if imported.drug is not draft.drug and draft.action is not OrderAction.STOP:
                    raise ServiceError(
                        "A change or renewal keeps the order's drug: sign a new order for "
                        "another drug.",
                        code="prescribing.drug_changed",
                    )
                return imported
        raise ServiceError(
            "There is no such signed order for this patient.", code="prescribing.order_unknown"
        )

    def _check(
        self,
        order: Order,
        held: list[tuple[dict[str, Any], list[Order]]],
        settings: RuleSettings,
        today: date,
    ) -> None:
        """Every clinic rule an order must meet, whoever calls (see ``sign_order``)."""
        for amount in (order.max_per_session, order.max_per_day):
            if not isinstance(amount, Milligrams) or not amount:
                raise ServiceError(
                    "An order's maxima are amounts above 0 mg.",
                    code="prescribing.maximum_not_positive",
                )
            if amount != amount.floored():
                raise ServiceError(
                    "An order's maxima are given to 0.01 mg.", code="prescribing.maximum_precision"
                )
        if order.max_per_session > order.max_per_day:
            raise ServiceError(
                "The per-session maximum cannot be above the daily maximum.",
                code="prescribing.session_above_daily",
            )
        if isinstance(order.sessions_per_day, bool) or not 1 <= order.sessions_per_day <= 6:
            raise ServiceError(
                "An order gives 1 to 6 sessions a day.", code="prescribing.sessions_out_of_range"
            )
        if order.min_interval is not None and order.min_interval < timedelta(0):
            raise ServiceError(
                "The time between doses cannot be negative.", code="prescribing.interval_negative"
            )
        if len(order.counter_note) > MAX_COUNTER_NOTE:
            raise ServiceError(
                f"A note to the counter is at most {MAX_COUNTER_NOTE} characters.",
                code="prescribing.note_too_long",
                limit=MAX_COUNTER_NOTE,
            )
        cap = self._clinic_cap(order, held, settings, today)
        if cap is not None and order.max_per_day > cap:
            raise ServiceError(
                f"The daily maximum is above the clinic's daily maximum of {cap.value} mg.",
                code="prescribing.above_clinic_maximum",
                cap=cap.value,
                drug=order.drug.label,
            )
        if order.action is not OrderAction.STOP:
            self._check_dates(order, held, today)
        if order.plan is not None:
            self._check_plan(order, settings)

    @staticmethod
    def _clinic_cap(
        order: Order,
        held: list[tuple[dict[str, Any], list[Order]]],
        settings: RuleSettings,
        today: date,
    ) -> Milligrams | None:
        if order.drug.substance is Substance.DIACETYLMORPHINE:
            return settings.max_daily_diacetylmorphine
        takes_dam = any(
            prescription_from(document).drug.substance is Substance.DIACETYLMORPHINE
            and prescription_from(document).is_active_on(today)
            for document, _versions in held
        )
        return settings.max_daily_methadone_with_diacetylmorphine if takes_dam else None

    @staticmethod
    def _check_dates(
        order: Order, held: list[tuple[dict[str, Any], list[Order]]], today: date
    ) -> None:
        if order.valid_until is not None and order.valid_until < order.valid_from:
            raise ServiceError(
                "An order cannot end before it starts.", code="prescribing.ends_before_start"
            )
        if order.valid_until is not None and order.valid_until < today:
            raise ServiceError(
                "An order cannot end in the past.", code="prescribing.ends_in_the_past"
            )
        if order.review_on is not None and order.review_on < order.valid_from:
            raise ServiceError(
                "The review day cannot be before the order starts.",
                code="prescribing.review_before_start",
            )
        for document, versions in held:
            other = prescription_from(document)
            if versions and versions[-1].order_id == order.order_id:
                continue
            if not versions and document.get("prescription_id") == order.order_id:
                continue  # the prescription brought over that this order's first version replaces
            if other.drug is order.drug and _overlap(other, order):
                raise ServiceError(
                    f"This patient already has a prescription for {order.drug.label} in these "
                    "days: change or stop it instead.",
                    code="prescribing.already_prescribed",
                    drug=order.drug.label,
                )

    @staticmethod
    def _check_plan(order: Order, settings: RuleSettings) -> None:
        plan = order.plan
        assert plan is not None
        if plan.start_on < order.valid_from or (
            order.valid_until is not None and plan.start_on > order.valid_until
        ):
            raise ServiceError(
                "The dose plan starts within the order's days.",
                code="prescribing.plan_outside_order",
            )
        try:
            problems = plan.check_against(order.max_per_day, settings.titration)
        except PlanError as error:  # pragma: no cover - a built plan is whole
            raise ServiceError(
                str(error), code="prescribing.plan_invalid", detail=str(error)
            ) from error
        limit = order.max_per_day.value
        if "start_above_order_maximum" in problems:
            raise ServiceError(
                "The dose plan is refused: its first day is above the order's daily maximum.",
                code="prescribing.plan_start_above_order_maximum",
                max_per_day=limit,
            )
        if "target_above_order_maximum" in problems:
            raise ServiceError(
                "The dose plan is refused: its ceiling is above the order's daily maximum.",
                code="prescribing.plan_target_above_order_maximum",
                max_per_day=limit,
            )
        if problems:
            raise ServiceError(
                "The dose plan is refused: a step rises more than the clinic's titration rule.",
                code="prescribing.plan_rise_above_titration_rule",
                rise=settings.titration.max_rise_percent,
            )

    # -- reading --------------------------------------------------------------------------

    def orders_of(self, session: Session, patient_id: str) -> list[Order]:
        """Every signed version of every order of one patient, oldest first (by signing)."""
        require_role(session, *_READING_ROLES, Role.CLINIC_LEAD)
        with self.store.reading(session) as projections:
            documents = projections.prescriptions_of(patient_id)
        found = [order for document in documents for order in _versions(document)]
        return sorted(found, key=lambda order: (order.signed_at, order.order_id, order.version))

    def active_order(self, session: Session, patient_id: str, drug: Drug) -> Order | None:
        """The version in force today of the patient's order for ``drug`` (None: none)."""
        require_role(session, *_READING_ROLES)
        today = clinic_day(self.clock(), self.rule_settings(session))
        with self.store.reading(session) as projections:
            documents = projections.prescriptions_of(patient_id)
        for document in documents:
            versions = _versions(document)
            if versions and versions[-1].drug is drug and versions[-1].is_active_on(today):
                return versions[-1]
        return None

    def workspace(self, session: Session) -> PrescriberOverview:
        """The prescriber's overview of the roster's orders (prescriber or clinic lead)."""
        require_role(session, Role.PRESCRIBER, Role.CLINIC_LEAD)
        settings = self.rule_settings(session)
        today = clinic_day(self.clock(), settings)
        days = settings.order_expiry_warning_days
        horizon = today + timedelta(days=days)
        patients: list[PatientOrders] = []
        reviews: list[Order] = []
        expiring: list[Order] = []
        expired: list[Order] = []
        with self.store.reading(session) as projections:
            roster = sorted(
                (patient_from(document) for document in projections.patients()),
                key=lambda patient: patient.clinic_id,
            )
            held = {
                patient.patient_id: _latest_of(projections, patient.patient_id)
                + _imported_of(projections, patient.patient_id)
                for patient in roster
            }
        for patient in roster:
            active = tuple(order for order in held[patient.patient_id] if order.is_active_on(today))
            patients.append(PatientOrders(patient, active))
            reviews.extend(o for o in active if o.review_on is not None and o.review_on <= horizon)
            expiring.extend(
                o for o in active if o.valid_until is not None and o.valid_until <= horizon
            )
            expired.extend(
                order
                for order in held[patient.patient_id]
                if order.valid_until is not None and order.valid_until < today
            )
        return PrescriberOverview(
            today=today,
            expiry_warning_days=days,
            patients=tuple(patients),
            reviews_due=tuple(sorted(reviews, key=lambda o: (o.review_on or today, o.order_id))),
            expiring=tuple(sorted(expiring, key=lambda o: (o.valid_until or today, o.order_id))),
            expired=tuple(sorted(expired, key=lambda o: (o.valid_until or today, o.order_id))),
        )

    def counter_notice(
        self, session: Session, patient_id: str, drug: Drug | None = None
    ) -> OrderNotice:
        """What changed in the patient's active order since their last dose, and what is due.

        With ``drug``, that drug's order; without, the first active order (injected
        diacetylmorphine before the rest), the others in ``others``.
        """
        require_role(session, *_READING_ROLES)
        settings = self.rule_settings(session)
        now = self.clock()
        today = clinic_day(now, settings)
        with self.store.reading(session) as projections:
            documents = projections.prescriptions_of(patient_id)
            last_text = projections.state(patient_id).get("last_dose_at")
        last_dose = datetime.fromisoformat(str(last_text)) if last_text else None
        notices = []
        for document in documents:
            versions = _versions(document)
            if not versions or not versions[-1].is_active_on(today):
                continue
            if drug is not None and versions[-1].drug is not drug:
                continue
            notices.append(_notice(patient_id, versions, last_dose, today, settings))
        notices.sort(
            key=lambda n: (not (n.drug and n.drug.is_injectable_diacetylmorphine), n.order_id or "")
        )
        if not notices:
            return OrderNotice(patient_id, None, None)
        return replace(notices[0], others=tuple(notices[1:]))


def _latest_of(projections: Projections, patient_id: str) -> list[Order]:
    return [
        versions[-1]
        for versions in (
            _versions(document) for document in projections.prescriptions_of(patient_id)
        )
        if versions
    ]


def imported_order(prescription: Prescription) -> Order:
    """A prescription brought over from before, shown as an order: unsigned (no signer, hash).

    The server's import or a clinic lead's entry; a prescriber changes or renews it, and the
    change's first signed version then replaces it under the same id.
    """
    return Order(
        order_id=prescription.prescription_id,
        version=1,
        action=OrderAction.NEW,
        patient_id=prescription.patient_id,
        drug=prescription.drug,
        max_per_session=prescription.max_per_session,
        max_per_day=prescription.max_per_day,
        sessions_per_day=prescription.sessions_per_day,
        min_interval=prescription.min_interval,
        valid_from=prescription.valid_from,
        valid_until=prescription.valid_until,
        phase=prescription.phase,
        counter_note="",
        review_on=prescription.review_on,
        plan=prescription.plan,
        signed_by="",
        signed_by_name="",
        signed_at=datetime.combine(prescription.valid_from, time(), UTC),
        order_hash="",
    )


def _imported_of(projections: Projections, patient_id: str) -> list[Order]:
    return [
        imported_order(prescription_from(document))
        for document in projections.prescriptions_of(patient_id)
        if not _versions(document)
    ]


def _overlap(prescription: Prescription, order: Order) -> bool:
    """True when the prescription is valid on some day the order is."""
    if prescription.valid_until is not None and prescription.valid_until < order.valid_from:
        return False
    return order.valid_until is None or prescription.valid_from <= order.valid_until


def _notice(
    patient_id: str,
    versions: list[Order],
    last_dose: datetime | None,
    today: date,
    settings: RuleSettings,
) -> OrderNotice:
    latest = versions[-1]
    changes: tuple[OrderChange, ...] = ()
    if last_dose is not None and latest.signed_at > last_dose:
        before = [order for order in versions if order.signed_at <= last_dose]
        old = before[-1] if before else None
        changes = tuple(
            OrderChange(
                name, _shown(getattr(old, name)) if old else None, _shown(getattr(latest, name))
            )
            for name in order_changes(old, latest)
            if old is not None or getattr(latest, name) not in (None, "")
        )
    warning = settings.order_expiry_warning_days
    ends = latest.valid_until
    return OrderNotice(
        patient_id=patient_id,
        order_id=latest.order_id,
        version=latest.version,
        changes=changes,
        expiring_on=ends if ends is not None and (ends - today).days <= warning else None,
        review_passed_on=latest.review_on
        if latest.review_on and latest.review_on < today
        else None,
        counter_note=latest.counter_note,
        drug=latest.drug,
    )
