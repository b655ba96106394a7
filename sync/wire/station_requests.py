"""What a station asks the server for on a person's behalf: incidents with their doses, a card."""

# Version 1 bodies (see the rules in ``sync.wire.envelope``): fields are only ever added, with a
# default; receivers ignore what they do not know.

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

INCIDENT_REVIEW_PATH = "/v1/incidents/review"
"""GET: every incident with the doses involved, as the reviewing station shows them."""
CARD_ISSUE_PATH = "/v1/cards"
"""POST: sign a new card for a patient (earlier cards of the patient are withdrawn)."""

INCIDENT_RESOLVED = "incident.resolved"
"""The station's event that resolves an incident: a clinic lead's signed review and note.

Its payload: ``incident_id``, ``note``, ``by`` (the lead's user id), ``station_id``,
``resolved_at`` and ``signatures`` (one, meaning ``reviewed``, by ``by``, over the rest).
The server's own ``incident.resolved`` feed events come from the server's station id.
"""
REVIEWED = "reviewed"
"""The meaning of the lead's signature on a resolution."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ReviewDose(_Model):
    """One dose an incident is about: when, how much, where and by whom (never a patient name)."""

    dose_id: str
    station_id: str
    drug: str
    mg: str
    given_at: str
    by: str | None = None
    """The user id who recorded the dose, from the dose's own signed event."""
    by_name: str | None = None
    """Their printed name, from their station's signed ``user.added`` event (None: not known)."""


class ReviewResolution(_Model):
    """Who resolved an incident through a station, from that station's signed event."""

    station_id: str
    user_id: str
    event_uuid: str
    seq: int


class ReviewIncident(_Model):
    """An incident as a clinic lead reviews it at a station; the patient by id only."""

    incident_id: str
    kind: str
    patient_id: str
    session: str
    status: Literal["open", "resolved"]
    raised_at: str
    doses: list[ReviewDose] = Field(default_factory=list)
    resolved_by: str | None = None
    resolved_at: str | None = None
    resolution_note: str | None = None
    resolution: ReviewResolution | None = None
    """Set when a station's signed event resolved it (None: open, or resolved at the server)."""
    station_id: str | None = None
    """For an incident about a station's own events: that station."""


class IncidentReviewReply(_Model):
    """``GET /v1/incidents/review``: the incidents, newest first."""

    incidents: list[ReviewIncident]


class CardIssueRequest(_Model):
    """``POST /v1/cards``: a card for this patient, asked by this person at the station."""

    patient_id: str = Field(min_length=1, max_length=64)
    requested_by: str = Field(min_length=1, max_length=64)
    """The user id of the person signed in at the station (kept in the server's feed event)."""


class CardIssueReply(_Model):
    """The signed card: the code to print and what it says."""

    code: str
    """The text for the card's 2D code (``sync.wire.cards``: prefix, payload, signature)."""
    payload: dict[str, Any]
    clinic_number: str | None = None
    """The patient's clinic number on the server's imported record, if it holds one."""
