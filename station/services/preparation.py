"""Preparing a dose: weigh the filled syringe, accept only a confirmed stable weight, label it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from devices.acceptance import AcceptancePolicy
from devices.drivers.printer import LabelPrinter
from devices.drivers.scale import ScaleDriver
from devices.protocols.zpl import Box, DataMatrixCode, Label, LabelSize, TextField
from devices.readings import DeviceError
from station.domain.prescriptions import Route
from station.domain.quantities import (
    Concentration,
    Density,
    Grams,
    Milligrams,
    ToleranceCheck,
    check_tolerance,
    dose_in_mass,
    mass_for_dose,
    volume_for_dose,
)
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.errors import ServiceError
from station.store.store import Session, Store


@dataclass(frozen=True)
class SolutionBatch:
    """A solution batch the nurse draws from (the pharmacist's ledger issue makes these real)."""

    lot: str
    concentration: Concentration
    density: Density
    expires_at: datetime


@dataclass(frozen=True)
class WeighedDose:
    """A dose weighed on the scale: the target, what was measured, and the dose it means."""

    target_mg: Milligrams
    target_g: Grams
    measured_g: Grams
    prepared_mg: Milligrams
    check: ToleranceCheck[Grams]
    raw_reading: bytes

    def record(self) -> dict[str, str]:
        """The weighing as stored with the dose."""
        return {
            "target_mg": str(self.target_mg.value),
            "target_g": str(self.target_g.value),
            "measured_g": str(self.measured_g.value),
            "prepared_mg": str(self.prepared_mg.value),
            "within_tolerance": str(self.check.within).lower(),
            "raw_reading": self.raw_reading.decode("ascii", "replace").strip(),
        }


class WeighingFailed(ServiceError):
    """The scale gave no acceptable weight, or the weight is outside the tolerance."""


def expected_mass(dose: Milligrams, batch: SolutionBatch) -> Grams:
    """The net mass of solution that holds ``dose``."""
    return mass_for_dose(dose, batch.concentration, batch.density)


def weigh_dose(
    scale: ScaleDriver,
    target: Milligrams,
    batch: SolutionBatch,
    settings: RuleSettings,
    policy: AcceptancePolicy | None = None,
    deadline_s: float = 10.0,
) -> WeighedDose:
    """Wait for a confirmed stable net weight and turn it into the dose actually prepared.

    Call it off the GUI thread: it waits on the scale's worker. The syringe must already be
    tared. Out of tolerance is not an error of the scale: the result says so and the nurse
    prepares again.
    """
    target_g = expected_mass(target, batch)
    try:
        decision = scale.read_accepted(policy or AcceptancePolicy(), deadline_s).result(
            deadline_s + 2
        )
    except DeviceError as error:
        raise WeighingFailed(
            f"No weight accepted: {error}", code="preparation.no_weight", detail=str(error)
        ) from error
    reading = decision.accepted
    if reading is None or reading.value is None:
        raise WeighingFailed(
            f"No weight accepted: {decision.sentence}",
            code="preparation.weight_refused",
            detail=decision.sentence,
        )
    measured = Grams(reading.value)
    check = check_tolerance(target_g, measured, settings.weighing_tolerance)
    return WeighedDose(
        target_mg=target,
        target_g=target_g,
        measured_g=measured,
        prepared_mg=dose_in_mass(measured, batch.concentration, batch.density),
        check=check,
        raw_reading=reading.raw,
    )


def syringe_label(
    dose_id: str,
    clinic_id: str,
    weighed: WeighedDose,
    batch: SolutionBatch,
    prepared_at: datetime,
    preparer_initials: str,
    shelf_life: timedelta = timedelta(hours=6),
    *,
    route: Route | None = None,
    zone: tzinfo | None = None,
) -> Label:
    """The syringe label: drug, concentration, dose, volume, times, preparer, lot, clinic id.

    The preparation and use-by times carry their date, in ``zone`` (the clinic's; by default
    the zone ``prepared_at`` is in); ``route`` (IV or IM) stands beside the clinic id, so the
    syringe says how it is given. The clinic id is the label's only identity (hazard H17).
    """
    volume = volume_for_dose(weighed.prepared_mg, batch.concentration)
    shown_zone = zone or prepared_at.tzinfo or UTC
    prepared = prepared_at.astimezone(shown_zone)
    expires = min(prepared_at + shelf_life, batch.expires_at).astimezone(shown_zone)
    route_field = (
        (TextField(330, 192, route.value.upper(), height=30),) if route is not None else ()
    )
    return Label(
        LabelSize.from_mm(57, 32),
        (
            TextField(16, 16, f"Diacetylmorphine {batch.concentration}", height=28),
            TextField(16, 56, f"{weighed.prepared_mg.rounded()} = {volume.rounded()}", height=32),
            TextField(16, 100, f"Prep {prepared:%d.%m.%Y %H:%M}", height=24),
            TextField(16, 128, f"Use by {expires:%d.%m.%Y %H:%M}", height=24),
            TextField(16, 156, f"By {preparer_initials}  Lot {batch.lot}", height=24),
            TextField(16, 192, f"Patient {clinic_id}", height=30),
            *route_field,
            DataMatrixCode(346, 100, f"D={dose_id};P={clinic_id}", module=3),
            Box(8, 8, 440, 240, thickness=2),
        ),
    )


def print_label(printer: LabelPrinter, label: Label) -> None:
    """Print a label (status, send, status again); a fault becomes one clear message."""
    try:
        printer.print_label(label)
    except DeviceError as error:
        raise ServiceError(
            f"The label was not printed: {error}",
            code="preparation.label_not_printed",
            detail=str(error),
        ) from error


REDO_RECORDED = "weighing.redone"
"""Event type: a syringe was prepared again after a weight outside the tolerance."""


def record_redo(
    store: Store,
    session: Session,
    *,
    visit_id: str,
    patient_id: str,
    weighed: WeighedDose,
    batch: SolutionBatch,
    reason: str,
    at: datetime,
) -> str:
    """Record one redo with its reason the moment it happens; return its id.

    Each redo is its own event, so the reasons stay in the record when the visit is
    abandoned and no dose is given (the dose given later still lists them too).
    """
    require_role(session, Role.NURSE, Role.CLINIC_LEAD)
    if not reason.strip():
        raise ServiceError("A redo needs its reason.", code="preparation.redo_reason_missing")
    redo_id = str(uuid.uuid4())
    store.record(
        session,
        REDO_RECORDED,
        {
            "redo_id": redo_id,
            "visit_id": visit_id,
            "patient_id": patient_id,
            "reason": reason.strip(),
            "batch_id": batch.lot,
            "weighing": weighed.record(),
            "at": at.isoformat(),
            "by": session.user.user_id,
        },
    )
    return redo_id
