"""The server's incidents at the station: fetched with their doses, resolved by a clinic lead."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.services.access import require_role
from station.services.codec import patient_from
from station.services.errors import PermissionDenied, ServiceEdge, ServiceError
from station.services.server_calls import ServerUnavailable, server_call
from station.services.signatures import signature
from station.store.store import Session, Store
from sync.wire.station_requests import (
    INCIDENT_RESOLVED,
    REVIEWED,
    IncidentReviewReply,
    ReviewIncident,
)

RESOLVED_HERE_META = "incidents_resolved_here"
"""Store meta key: JSON list of the incident ids resolved at this station (ids only)."""


@dataclass(frozen=True)
class IncidentDose:
    """One dose an incident is about, as the server booked it."""

    dose_id: str
    station_id: str
    drug: str
    mg: Milligrams | None
    """None when the server's record holds no readable amount."""
    given_at: datetime | None
    by_name: str | None
    """Who recorded it (their printed name at that station; None: not known to the server)."""


@dataclass(frozen=True)
class IncidentPatient:
    """The incident's patient as on this station's roster (names None: not on the roster)."""

    patient_id: str
    clinic_id: str | None
    name: str | None


@dataclass(frozen=True)
class StationIncident:
    """One incident as the clinic lead reviews it."""

    incident_id: str
    kind: str
    status: str
    """``open`` or ``resolved`` (at the server)."""
    raised_at: datetime
    session: str
    patient: IncidentPatient | None
    doses: tuple[IncidentDose, ...]
    resolved_by: str | None
    resolved_at: datetime | None
    resolution_note: str | None
    resolved_here: bool
    """This station recorded a resolution (the server applies it when the station syncs)."""

    @property
    def open(self) -> bool:
        """True while nobody resolved it (neither at the server nor at this station)."""
        return self.status == "open" and not self.resolved_here


@dataclass(frozen=True)
class IncidentList:
    """What the review screen shows: the incidents and whether they are fresh from the server."""

    incidents: tuple[StationIncident, ...]
    fetched_at: datetime | None
    """When this list came from the server (None: never, in this run)."""
    problem: ServiceError | None = None
    """Why the server could not be asked just now (the list is then the last one fetched)."""

    @property
    def online(self) -> bool:
        """True when the list was fetched just now."""
        return self.problem is None


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _milligrams(text: str) -> Milligrams | None:
    try:
        return Milligrams(Decimal(text))
    except (InvalidOperation, ValueError, ArithmeticError):
        return None


class IncidentService(ServiceEdge):
    """Fetch the server's incidents with the doses involved; a clinic lead resolves one.

    Fetching is a network call (the window runs it off its thread); when the server cannot be
    reached the last list fetched in this run comes back with the reason. A resolution is an
    ``incident.resolved`` event in the station's signed chain, with the lead's electronic
    signature (their password given again, meaning "reviewed") and a note; it reaches the
    server with the next sync, which marks the incident resolved.
    """

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()
        self._last: IncidentReviewReply | None = None
        self._fetched_at: datetime | None = None

    def fetch(self, session: Session) -> IncidentList:
        """Ask the server for every incident and its doses (clinic leads); offline, the last."""
        require_role(session, Role.CLINIC_LEAD)
        try:
            with server_call(self._store, session) as server:
                reply = server.incident_review("all")
        except ServerUnavailable as problem:
            with self._lock:
                last, fetched_at = self._last, self._fetched_at
            return IncidentList(self._shown(session, last), fetched_at, problem)
        now = self._clock()
        with self._lock:
            self._last, self._fetched_at = reply, now
        return IncidentList(self._shown(session, reply), now)

    def resolve(self, session: Session, incident_id: str, note: str, password: str) -> None:
        """Resolve an open incident of the last list as the clinic lead signed in.

        The lead gives their own password again (their signature, meaning "reviewed"); the
        note says what was found and done. Refused for anyone but a clinic lead, without a
        note, for an incident not in the last list fetched or resolved already.
        """
        require_role(session, Role.CLINIC_LEAD)
        if not note.strip():
            raise ServiceError(
                "A resolution needs a note saying what was found and done.",
                code="incidents.note_missing",
            )
        with self._lock:
            listed = self._last
        incident = next(
            (
                item
                for item in (listed.incidents if listed else [])
                if item.incident_id == incident_id
            ),
            None,
        )
        if incident is None:
            raise ServiceError(
                "This incident is not in the list fetched from the server: fetch it again.",
                code="incidents.not_listed",
            )
        if incident.status != "open" or incident_id in self._resolved_here():
            raise ServiceError(
                "This incident is resolved already.", code="incidents.already_resolved"
            )
        signer = self._store.unlock(session.user.username, password)  # slow: a derivation
        if signer.user.user_id != session.user.user_id or not signer.user.has(Role.CLINIC_LEAD):
            raise PermissionDenied(
                "Only the clinic lead signed in may sign this resolution.",
                code="incidents.signer_not_lead",
            )
        now = self._clock()
        payload: dict[str, object] = {
            "incident_id": incident_id,
            "kind": incident.kind,
            "note": note.strip(),
            "by": session.user.user_id,
            "station_id": self._store.station_id,
            "resolved_at": now.isoformat(),
        }
        payload["signatures"] = [signature(signer.user, REVIEWED, dict(payload), now)]
        with self._store.transaction():  # the event and the kept mark commit together
            resolved = self._resolved_here()
            if incident_id in resolved:
                raise ServiceError(
                    "This incident is resolved already.", code="incidents.already_resolved"
                )
            self._store.record(session, INCIDENT_RESOLVED, payload)
            self._store.set_meta(RESOLVED_HERE_META, json.dumps(sorted({*resolved, incident_id})))

    # -- helpers ------------------------------------------------------------------------------

    def _resolved_here(self) -> set[str]:
        return set(json.loads(self._store.meta(RESOLVED_HERE_META) or "[]"))

    def _shown(
        self, session: Session, reply: IncidentReviewReply | None
    ) -> tuple[StationIncident, ...]:
        if reply is None:
            return ()
        resolved_here = self._resolved_here()
        patients: dict[str, IncidentPatient] = {}
        with self._store.reading(session) as projections:
            for patient_id in {item.patient_id for item in reply.incidents if item.patient_id}:
                document = projections.patient(patient_id)
                if document is None:
                    patients[patient_id] = IncidentPatient(patient_id, None, None)
                    continue
                patient = patient_from(document)
                patients[patient_id] = IncidentPatient(
                    patient_id,
                    patient.clinic_id,
                    f"{patient.given_name} {patient.family_name}",
                )
        return tuple(self._incident(item, patients, resolved_here) for item in reply.incidents)

    @staticmethod
    def _incident(
        item: ReviewIncident, patients: dict[str, IncidentPatient], resolved_here: set[str]
    ) -> StationIncident:
        raised = _moment(item.raised_at)
        return StationIncident(
            incident_id=item.incident_id,
            kind=item.kind,
            status=item.status,
            raised_at=raised if raised is not None else datetime.fromtimestamp(0).astimezone(),
            session=item.session,
            patient=patients.get(item.patient_id) if item.patient_id else None,
            doses=tuple(
                IncidentDose(
                    dose_id=dose.dose_id,
                    station_id=dose.station_id,
                    drug=dose.drug,
                    mg=_milligrams(dose.mg),
                    given_at=_moment(dose.given_at),
                    by_name=dose.by_name,
                )
                for dose in item.doses
            ),
            resolved_by=item.resolved_by,
            resolved_at=_moment(item.resolved_at),
            resolution_note=item.resolution_note,
            resolved_here=item.status == "open" and item.incident_id in resolved_here,
        )
