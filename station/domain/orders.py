"""Prescriber orders: signed, versioned prescriptions (new, change, renew, stop) with a plan."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from station.domain.errors import DomainError
from station.domain.plans import DosePlan, PlanKind
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Milligrams

__all__ = [
    "CLINICAL_FIELDS",
    "Order",
    "OrderAction",
    "order_changes",
    "order_content_hash",
    "order_document",
    "order_from_document",
    "order_signed_content",
    "plan_document",
    "plan_from_document",
    "prescription_document",
    "to_prescription",
]

_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)
"""The same canonical JSON as the event chain's (``sync.wire.chain.canonical_json``), so that
an order's content hash is the subject hash of its signature."""


class OrderAction(StrEnum):
    """What a version of an order does."""

    NEW = "new"
    CHANGE = "change"
    RENEW = "renew"
    STOP = "stop"


CLINICAL_FIELDS: tuple[str, ...] = (
    "patient_id",
    "drug",
    "max_per_session",
    "max_per_day",
    "sessions_per_day",
    "min_interval",
    "valid_from",
    "valid_until",
    "phase",
    "counter_note",
    "review_on",
    "plan",
)
"""What an order prescribes: the fields :func:`order_changes` compares."""


@dataclass(frozen=True)
class Order:
    """One signed version of a prescriber's order for one drug for one patient.

    ``order_id`` stays the same over every version; ``version`` counts from 1. A STOP version
    ends the order: it is valid through ``valid_until`` (when that is before ``valid_from``,
    it is valid on no day).
    """

    order_id: str
    version: int
    action: OrderAction
    patient_id: str
    drug: Drug
    max_per_session: Milligrams
    max_per_day: Milligrams
    sessions_per_day: int
    min_interval: timedelta | None
    valid_from: date
    valid_until: date | None
    phase: Phase
    counter_note: str
    review_on: date | None
    plan: DosePlan | None
    signed_by: str
    """The prescriber's user id."""
    signed_by_name: str
    signed_at: datetime
    order_hash: str
    """``order_content_hash`` of this version, as signed."""

    def __post_init__(self) -> None:
        if isinstance(self.version, bool) or self.version < 1:
            raise DomainError("an order's version counts from 1")
        if self.signed_at.tzinfo is None:
            raise DomainError("a signing time must carry its time zone")
        if self.action is OrderAction.NEW and self.version != 1:
            raise DomainError("only the first version of an order is new")
        if self.action is not OrderAction.NEW and self.version == 1:
            raise DomainError("a change, renewal or stop follows an earlier version")

    def is_active_on(self, day: date) -> bool:
        """True when this version lets a dose be given on clinic day ``day``."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def plan_document(plan: DosePlan | None) -> dict[str, Any] | None:
    """A dose plan as plain JSON values (amounts as decimal strings)."""
    if plan is None:
        return None
    return {
        "kind": plan.kind.value,
        "start_on": plan.start_on.isoformat(),
        "start_mg": str(plan.start_mg.value),
        "step_mg": str(plan.step_mg.value) if plan.step_mg is not None else None,
        "step_percent": str(plan.step_percent) if plan.step_percent is not None else None,
        "every_days": plan.every_days,
        "target_mg": str(plan.target_mg.value),
    }


def plan_from_document(document: dict[str, Any] | None) -> DosePlan | None:
    """Rebuild a dose plan (``DomainError``, ``KeyError``, ``ValueError`` when it cannot be)."""
    if document is None:
        return None
    step_mg, step_percent = document.get("step_mg"), document.get("step_percent")
    return DosePlan(
        kind=PlanKind(str(document["kind"])),
        start_on=date.fromisoformat(str(document["start_on"])),
        start_mg=Milligrams(str(document["start_mg"])),
        step_mg=Milligrams(str(step_mg)) if step_mg is not None else None,
        step_percent=Decimal(str(step_percent)) if step_percent is not None else None,
        every_days=int(document["every_days"]),
        target_mg=Milligrams(str(document["target_mg"])),
    )


def _content(order: Order) -> dict[str, Any]:
    """The clinical content of a version and its place in the order: what is signed."""
    document = order_document(order)
    for name in ("signed_by", "signed_by_name", "signed_at", "order_hash"):
        document.pop(name)
    return document


def order_content_hash(order: Order) -> str:
    """The SHA-256 of the version's canonical content (who signed and when are the signature's).

    It equals ``sync.wire.chain.payload_hash`` of the same content, the signature's subject.
    """
    return hashlib.sha256(_CANONICAL.encode(_content(order)).encode("utf-8")).hexdigest()


def order_signed_content(order: Order) -> dict[str, Any]:
    """The content a prescriber's signature is made over (its hash is ``order_content_hash``)."""
    return _content(order)


def order_document(order: Order) -> dict[str, Any]:
    """An order as plain JSON values, as the ``order.signed`` event carries it."""
    minutes = order.min_interval
    return {
        "order_id": order.order_id,
        "version": order.version,
        "action": order.action.value,
        "patient_id": order.patient_id,
        "drug": order.drug.value,
        "max_per_session_mg": str(order.max_per_session.value),
        "max_per_day_mg": str(order.max_per_day.value),
        "sessions_per_day": order.sessions_per_day,
        "min_interval_minutes": (
            int(minutes.total_seconds() // 60) if minutes is not None else None
        ),
        "valid_from": order.valid_from.isoformat(),
        "valid_until": order.valid_until.isoformat() if order.valid_until else None,
        "phase": order.phase.value,
        "counter_note": order.counter_note,
        "review_on": order.review_on.isoformat() if order.review_on else None,
        "plan": plan_document(order.plan),
        "signed_by": order.signed_by,
        "signed_by_name": order.signed_by_name,
        "signed_at": order.signed_at.isoformat(),
        "order_hash": order.order_hash,
    }


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def order_from_document(document: dict[str, Any]) -> Order:
    """Rebuild an order (``DomainError``, ``KeyError``, ``ValueError``… when it cannot be)."""
    minutes = document.get("min_interval_minutes")
    valid_from = date.fromisoformat(str(document["valid_from"]))
    return Order(
        order_id=str(document["order_id"]),
        version=int(document["version"]),
        action=OrderAction(str(document["action"])),
        patient_id=str(document["patient_id"]),
        drug=Drug(str(document["drug"])),
        max_per_session=Milligrams(str(document["max_per_session_mg"])),
        max_per_day=Milligrams(str(document["max_per_day_mg"])),
        sessions_per_day=int(document["sessions_per_day"]),
        min_interval=timedelta(minutes=int(minutes)) if minutes is not None else None,
        valid_from=valid_from,
        valid_until=_day(document.get("valid_until")),
        phase=Phase(str(document["phase"])),
        counter_note=str(document.get("counter_note") or ""),
        review_on=_day(document.get("review_on")),
        plan=plan_from_document(document.get("plan")),
        signed_by=str(document["signed_by"]),
        signed_by_name=str(document["signed_by_name"]),
        signed_at=datetime.fromisoformat(str(document["signed_at"])),
        order_hash=str(document["order_hash"]),
    )


def order_changes(old: Order | None, new: Order) -> tuple[str, ...]:
    """The clinical fields of ``new`` that differ from ``old`` (every one when there is none)."""
    if old is None:
        return CLINICAL_FIELDS
    return tuple(name for name in CLINICAL_FIELDS if getattr(old, name) != getattr(new, name))


def to_prescription(order: Order) -> Prescription:
    """The prescription the dose rules read for this version (its id is the order's)."""
    valid_from = order.valid_from
    if order.valid_until is not None and order.valid_until < valid_from:
        valid_from = order.valid_until  # a stop before the start: valid on no day it matters
    return Prescription(
        prescription_id=order.order_id,
        patient_id=order.patient_id,
        drug=order.drug,
        max_per_session=order.max_per_session,
        max_per_day=order.max_per_day,
        sessions_per_day=order.sessions_per_day,
        valid_from=valid_from,
        valid_until=order.valid_until,
        phase=order.phase,
        prescriber=order.signed_by_name,
        min_interval=order.min_interval,
        plan=order.plan,
        review_on=order.review_on,
    )


def prescription_document(order: Order) -> dict[str, Any]:
    """The prescriptions projection's document for a version (what the counter reads).

    The keys of a ``prescription.issued`` payload, with the plan, the review day and the
    order's own fields beside them.
    """
    return {
        **to_prescription(order).terms_document(),
        "stop_dose": None,
        "plan": plan_document(order.plan),
        "review_on": order.review_on.isoformat() if order.review_on else None,
        "counter_note": order.counter_note,
        "order_id": order.order_id,
        "version": order.version,
    }
