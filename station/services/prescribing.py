"""Prescriber orders: signing new, changed, renewed and stopped orders, and reading them back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from station.domain.orders import Order, OrderAction
from station.domain.patients import Patient
from station.domain.plans import DosePlan
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Milligrams
from station.services.errors import ServiceEdge
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

    @property
    def anything(self) -> bool:
        """True when there is something for the nurse to read."""
        return bool(self.changes or self.expiring_on or self.review_passed_on or self.counter_note)


class PrescribingService(ServiceEdge):
    """Signed prescriber orders over the encrypted store, checked whatever the caller passes."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def sign_order(self, session: Session, draft: OrderDraft, password: str) -> Order:
        """Sign ``draft`` as the signed-in prescriber (their password again), record it."""
        raise NotImplementedError

    def orders_of(self, session: Session, patient_id: str) -> list[Order]:
        """Every signed version of every order of one patient, oldest first."""
        raise NotImplementedError

    def active_order(self, session: Session, patient_id: str, drug: Drug) -> Order | None:
        """The version in force today of the patient's order for ``drug`` (None: none)."""
        raise NotImplementedError

    def workspace(self, session: Session) -> PrescriberOverview:
        """The prescriber's overview of the roster's orders."""
        raise NotImplementedError

    def counter_notice(self, session: Session, patient_id: str) -> OrderNotice:
        """What changed in the patient's orders since their last dose, and what is due."""
        raise NotImplementedError
