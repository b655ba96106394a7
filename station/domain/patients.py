"""The patient as the rules see them: identity, photo reference, home station and flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from station.domain.errors import DomainError


@dataclass(frozen=True)
class Patient:
    """A patient in treatment; identifying fields are kept out of ``repr`` (and so out of logs)."""

    patient_id: str
    """Internal UUID string; never printed on labels."""
    clinic_id: str
    """The identifier the clinic uses on cards and syringe labels."""
    given_name: str = field(repr=False)
    family_name: str = field(repr=False)
    birth_date: date = field(repr=False)
    photo_ref: str | None = field(default=None, repr=False)
    home_station: str | None = None
    """The station that may dose this patient while offline (issue 5)."""
    flags: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.patient_id.strip():
            raise DomainError("a patient needs an internal id")
        if not self.clinic_id.strip():
            raise DomainError("a patient needs a clinic id")
        if not isinstance(self.flags, frozenset):
            raise DomainError("patient flags must be a frozenset")

    def as_document(self) -> dict[str, Any]:
        """The patient as a JSON document (the ``patient.registered`` payload's fields)."""
        return {
            "patient_id": self.patient_id,
            "clinic_id": self.clinic_id,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "birth_date": self.birth_date.isoformat(),
            "photo_ref": self.photo_ref,
            "home_station": self.home_station,
            "flags": sorted(self.flags),
        }
