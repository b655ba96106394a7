"""Domain values to event payloads and back; payloads are JSON with Decimals as strings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from station.domain.orders import plan_document, plan_from_document
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription, StopDose
from station.domain.quantities import Milligrams

Document = dict[str, Any]


def patient_payload(patient: Patient) -> Document:
    """The ``patient.registered`` payload for a patient."""
    return patient.as_document()


def patient_from(document: Document) -> Patient:
    """Rebuild a patient from its projection document."""
    return Patient(
        patient_id=document["patient_id"],
        clinic_id=document["clinic_id"],
        given_name=document["given_name"],
        family_name=document["family_name"],
        birth_date=date.fromisoformat(document["birth_date"]),
        photo_ref=document.get("photo_ref"),
        home_station=document.get("home_station"),
        flags=frozenset(document.get("flags", ())),
    )


def stop_dose_payload(stop: StopDose | None) -> Document | None:
    """A stop-dose flag as stored."""
    if stop is None:
        return None
    return {"reason": stop.reason, "set_by": stop.set_by, "set_at": stop.set_at.isoformat()}


def prescription_payload(prescription: Prescription) -> Document:
    """The ``prescription.issued`` payload for a prescription."""
    return {
        **prescription.terms_document(),
        "stop_dose": stop_dose_payload(prescription.stop_dose),
        **_order_parts(prescription),
    }


def _order_parts(prescription: Prescription) -> Document:
    """A signed order's plan and review day (absent from a plain prescription's payload)."""
    parts: Document = {}
    if prescription.plan is not None:
        parts["plan"] = plan_document(prescription.plan)
    if prescription.review_on is not None:
        parts["review_on"] = prescription.review_on.isoformat()
    return parts


def prescription_from(document: Document) -> Prescription:
    """Rebuild a prescription from its projection document."""
    stop = document.get("stop_dose")
    minutes = document.get("min_interval_minutes")
    return Prescription(
        prescription_id=document["prescription_id"],
        patient_id=document["patient_id"],
        drug=Drug(document["drug"]),
        max_per_session=Milligrams(document["max_per_session_mg"]),
        max_per_day=Milligrams(document["max_per_day_mg"]),
        sessions_per_day=int(document["sessions_per_day"]),
        valid_from=date.fromisoformat(document["valid_from"]),
        valid_until=(
            date.fromisoformat(document["valid_until"]) if document.get("valid_until") else None
        ),
        phase=Phase(document["phase"]),
        prescriber=document["prescriber"],
        min_interval=timedelta(minutes=int(minutes)) if minutes is not None else None,
        stop_dose=(
            StopDose(stop["reason"], stop["set_by"], datetime.fromisoformat(stop["set_at"]))
            if stop
            else None
        ),
        plan=plan_from_document(document.get("plan")),
        review_on=(
            date.fromisoformat(document["review_on"]) if document.get("review_on") else None
        ),
    )
