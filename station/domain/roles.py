"""The staff roles that can act at the station and lift a rule's decision."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A staff member's role; a rule names the role whose signature lifts it."""

    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    TECHNICIAN = "technician"
    CLINIC_LEAD = "clinic_lead"
    PRESCRIBER = "prescriber"
    """A physician: signs prescriber orders and dose plans."""
    ADMINISTRATOR = "administrator"
