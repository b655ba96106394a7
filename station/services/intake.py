"""Patient intake: registering a new patient at the station, and their identification photo."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from station.domain.intake import (
    ADULT_AGE,
    OLDEST_AGE,
    birth_date_problem,
    clean_name,
    clinic_id_problem,
    name_problem,
    person_key,
)
from station.domain.patients import Patient
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.codec import patient_from, patient_payload
from station.services.errors import ServiceEdge, ServiceError
from station.services.photo_image import KeptPhoto, kept_photo
from station.store.store import Session, Store

__all__ = ["INTAKE_ROLES", "PHOTO_READERS", "IntakeService", "NewPatient"]

Clock = Callable[[], datetime]

INTAKE_ROLES = (Role.PRESCRIBER, Role.CLINIC_LEAD, Role.ADMINISTRATOR)
"""Who may register a patient or set their photo (the pulled photo's check uses the same)."""
PHOTO_READERS = (Role.NURSE, Role.CLINIC_LEAD, Role.PRESCRIBER, Role.ADMINISTRATOR)
"""Who may see a patient's photo: those who identify patients, and those who register them."""


@dataclass(frozen=True)
class NewPatient:
    """What the intake form gives: the person, their clinic number, home station and photo.

    ``different_person_confirmed``: the person registering confirmed that this is not a
    patient already on the roster with the same family name and birth date (recorded).
    """

    family_name: str = field(repr=False)
    given_name: str = field(repr=False)
    birth_date: date = field(repr=False)
    clinic_id: str
    home_station: str | None = None
    """None or empty: this station."""
    photo: bytes | None = field(default=None, repr=False)
    """A JPEG or PNG (it is re-encoded and shrunk before it is kept); None: no photo yet."""
    different_person_confirmed: bool = False


def _checked_name(text: str, family: bool) -> str:
    problem = name_problem(text)
    if problem == "empty" and family:
        raise ServiceError("Enter the patient's family name.", code="intake.family_name_missing")
    if problem == "empty":
        raise ServiceError("Enter the patient's given name.", code="intake.given_name_missing")
    if problem is not None and family:
        raise ServiceError(
            "The family name cannot be recorded as typed: letters, at most 100 characters.",
            code="intake.family_name_invalid",
        )
    if problem is not None:
        raise ServiceError(
            "The given name cannot be recorded as typed: letters, at most 100 characters.",
            code="intake.given_name_invalid",
        )
    return clean_name(text)


def _checked_birth_date(birth_date: date, today: date) -> None:
    problem = birth_date_problem(birth_date, today)
    if problem == "future":
        raise ServiceError("The birth date is in the future.", code="intake.birth_date_future")
    if problem == "under_age":
        raise ServiceError(
            f"The clinic treats adults only: the patient must be at least {ADULT_AGE}.",
            code="intake.under_age",
            age=ADULT_AGE,
        )
    if problem == "implausible":
        raise ServiceError(
            f"The birth date gives an age over {OLDEST_AGE} years: check it.",
            code="intake.birth_date_implausible",
            age=OLDEST_AGE,
        )


def _checked_clinic_id(text: str) -> str:
    clinic_id = text.strip()
    problem = clinic_id_problem(clinic_id)
    if problem == "empty":
        raise ServiceError("Enter the patient's clinic number.", code="intake.clinic_id_missing")
    if problem is not None:
        raise ServiceError(
            "A clinic number is capital letters and digits in groups joined by single "
            "hyphens, at most 20 characters (for example HAT-0042).",
            code="intake.clinic_id_format",
        )
    return clinic_id


class IntakeService(ServiceEdge):
    """Registers patients (prescriber, clinic lead, administrator) and keeps their photos.

    Every check is made here, whatever the form passed: names, an adult's plausible birth
    date, the clinic number's format and that it is free on the roster, and a possible
    second record of one person (same family name and birth date) only on a recorded
    confirmation. A photo names the patient and their clinic number; it is refused when the
    two do not belong together on the roster, and not shown when they no longer do.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        zone: Callable[[], tzinfo] | None = None,
    ) -> None:
        self.store = store
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self._zone = zone or (lambda: RuleSettings().zone)

    # -- registering --------------------------------------------------------------------------

    def register(self, session: Session, new: NewPatient) -> Patient:
        """Check and record a new patient (and their photo, if given) in one transaction."""
        require_role(session, *INTAKE_ROLES)
        family = _checked_name(new.family_name, family=True)
        given = _checked_name(new.given_name, family=False)
        now = self.clock()
        _checked_birth_date(new.birth_date, now.astimezone(self._zone()).date())
        clinic_id = _checked_clinic_id(new.clinic_id)
        home = (new.home_station or "").strip() or self.store.station_id
        photo = kept_photo(new.photo) if new.photo is not None else None
        patient = Patient(
            patient_id=str(uuid.uuid4()),
            clinic_id=clinic_id,
            given_name=given,
            family_name=family,
            birth_date=new.birth_date,
            home_station=home,
        )
        with self.store.transaction():
            similar = self._roster_check(session, clinic_id, family, new.birth_date)
            if similar and not new.different_person_confirmed:
                raise ServiceError(
                    f"{len(similar)} patient(s) on the roster have this family name and birth "
                    "date. Check that this is not one of them; register only if this is a "
                    "different person.",
                    code="intake.possible_duplicate",
                    count=len(similar),
                )
            items: list[tuple[str, dict[str, object]]] = [
                ("patient.registered", patient_payload(patient))
            ]
            if similar:
                items.append(
                    (
                        "patient.duplicate_checked",
                        {
                            "patient_id": patient.patient_id,
                            "similar_to": similar,
                            "confirmed_different_person": True,
                            "by": session.user.user_id,
                            "at": now.isoformat(),
                        },
                    )
                )
            if photo is not None:
                items.append(("patient.photo_set", self._photo_payload(session, patient, photo)))
            self.store.record_many(session, items)
        return patient

    def _roster_check(
        self, session: Session, clinic_id: str, family_name: str, birth_date: date
    ) -> list[str]:
        """Refuse a clinic number already given; the ids of patients who may be this person."""
        key = person_key(family_name, birth_date)
        with self.store.reading(session) as projections:
            if projections.patient_by_clinic_id(clinic_id) is not None:
                raise ServiceError(
                    "This clinic number is already on the roster: each patient has their own.",
                    code="intake.clinic_id_taken",
                )
            roster = [patient_from(document) for document in projections.patients()]
        return sorted(
            patient.patient_id
            for patient in roster
            if person_key(patient.family_name, patient.birth_date) == key
        )

    # -- photos -------------------------------------------------------------------------------

    def prepare_photo(self, session: Session, image: bytes) -> bytes:
        """The photo as it would be kept (JPEG, upright, shrunk, no metadata), for a preview."""
        require_role(session, *INTAKE_ROLES)
        return kept_photo(image).jpeg

    def set_photo(self, session: Session, patient_id: str, image: bytes, *, clinic_id: str) -> None:
        """Keep a new identification photo of the patient with this id AND this clinic number.

        The caller names both (what the form showed); a photo whose clinic number is not the
        patient's on the roster is refused (a photo mix-up), and nothing is recorded.
        """
        require_role(session, *INTAKE_ROLES)
        photo = kept_photo(image)
        with self.store.transaction():
            with self.store.reading(session) as projections:
                document = projections.patient(patient_id)
            if document is None:
                raise ServiceError(
                    "This patient is not on this station's roster.",
                    code="intake.patient_not_on_roster",
                )
            patient = patient_from(document)
            if patient.clinic_id != clinic_id.strip():
                raise ServiceError(
                    "The photo names another clinic number than this patient's: nothing was "
                    "kept. Open the patient again and take the photo for them.",
                    code="intake.photo_patient_mismatch",
                )
            self.store.record(
                session, "patient.photo_set", self._photo_payload(session, patient, photo)
            )

    def _photo_payload(
        self, session: Session, patient: Patient, photo: KeptPhoto
    ) -> dict[str, object]:
        return {
            "photo_id": str(uuid.uuid4()),
            "patient_id": patient.patient_id,
            "clinic_id": patient.clinic_id,
            "media_type": "image/jpeg",
            "width": photo.width,
            "height": photo.height,
            "sha256": hashlib.sha256(photo.jpeg).hexdigest(),
            "jpeg": base64.b64encode(photo.jpeg).decode("ascii"),
            "by": session.user.user_id,
            "set_at": self.clock().isoformat(),
        }

    def photo_of(self, session: Session, patient_id: str) -> bytes | None:
        """The patient's newest photo (JPEG bytes), or None when there is none to show.

        A photo whose patient id or clinic number is not the patient's on the roster now is
        never shown (it belongs to someone else, or the number was changed since).
        """
        require_role(session, *PHOTO_READERS)
        with self.store.reading(session) as projections:
            document = projections.patient(patient_id)
            photo = projections.patient_photo(patient_id)
        if document is None or photo is None:
            return None
        if photo.get("patient_id") != patient_id or photo.get("clinic_id") != document.get(
            "clinic_id"
        ):
            return None
        data = base64.b64decode(str(photo.get("jpeg", "")))
        expected = photo.get("sha256")
        if expected is not None and hashlib.sha256(data).hexdigest() != expected:
            return None
        return data
