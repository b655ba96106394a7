"""The server's one door: the HTTP API and the command line reach every part through it."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from sync.server.admin import Admin, StationSummary
from sync.server.auth import (
    REQUEST_WINDOW_S,
    Auth,
    AuthenticatedStation,
    RequestCredentials,
)
from sync.server.doses import DOSE_EVENT
from sync.server.enrollment import Enrollment
from sync.server.feed import Feed
from sync.server.fork_resolution import ForkResolution
from sync.server.forks import DIVERGING_CHAIN, FORK_KEEP, Forks
from sync.server.incident_review import IncidentReview
from sync.server.incidents import Incidents
from sync.server.ingest import Ingest
from sync.server.leases import Leases
from sync.server.signature_audit import (
    BAD_EVENT_SIGNATURE,
    SIGNATURE_CHUNK,
    SignatureAudit,
    SignatureAuditor,
)
from sync.server.state import Clock, ServerState
from sync.server.verify import BatchVerifier
from sync.wire.cards import CardPayload
from sync.wire.compact import CompactPush
from sync.wire.envelope import (
    EnrollReply,
    EnrollRequest,
    Incident,
    LeaseReply,
    LeaseRequest,
    PushReply,
    PushRequest,
    WireEvent,
)
from sync.wire.station_requests import CardIssueReply, CardIssueRequest, IncidentReviewReply

__all__ = [
    "BAD_EVENT_SIGNATURE",
    "DIVERGING_CHAIN",
    "DOSE_EVENT",
    "FORK_KEEP",
    "REQUEST_WINDOW_S",
    "SIGNATURE_CHUNK",
    "AuthenticatedStation",
    "Clock",
    "RequestCredentials",
    "SignatureAudit",
    "StationSummary",
    "SyncService",
]


class SyncService:
    """Everything the HTTP API and the command line do, over one database.

    A facade: each method hands the work to one part (``state``, ``enrollment``, ``auth``,
    ``verifier``, ``ingest``, ``feed``, ``incidents``, ``incident_review``, ``forks``,
    ``fork_resolution``, ``auditor``, ``leases``, ``admin``), whose docstrings say what it does.
    """

    def __init__(
        self,
        url: str,
        *,
        clock: Clock = time.time,
        clinic_id: str = "clinic-1",
        key_file: Path | None = None,
    ) -> None:
        self.state = ServerState(url, clock=clock, clinic_id=clinic_id, key_file=key_file)
        self.feed = Feed(self.state)
        self.enrollment = Enrollment(self.state)
        self.auth = Auth(self.state)
        self.verifier = BatchVerifier(self.state)
        self.incidents = Incidents(self.state, self.feed)
        self.forks = Forks(self.state, self.feed, self.incidents)
        self.fork_resolution = ForkResolution(self.state, self.feed, self.incidents, self.forks)
        self.auditor = SignatureAuditor(self.state, self.feed)
        self.incident_review = IncidentReview(self.state, self.feed)
        self.ingest = Ingest(
            self.state,
            self.verifier,
            self.incidents,
            self.forks,
            stored=self.auditor.signatures_stored,
            resolutions=self.incident_review.apply_resolutions,
        )
        self.leases = Leases(self.state)
        self.admin = Admin(self.state, self.feed)

    # ------------------------------------------------------------------ state

    @property
    def engine(self) -> Engine:
        """The server's database."""
        return self.state.engine

    @property
    def clock(self) -> Clock:
        """The server's clock (seconds since the epoch)."""
        return self.state.clock

    @property
    def clinic_id(self) -> str:
        """The clinic (organisation) this server serves."""
        return self.state.clinic_id

    @property
    def key_file(self) -> Path | None:
        """The file holding the server's signing key (None: an in-memory database's key)."""
        return self.state.key_file

    @property
    def server_public_key(self) -> str:
        """The server's public key (hex), which stations pin at enrollment."""
        return self.state.server_public_key

    @property
    def server_key_id(self) -> str:
        """The short id of the server's public key."""
        return self.state.server_key_id

    def close(self) -> None:
        """Stop the background signature check and release the database connections."""
        self.auditor.stop()
        self.verifier.close()
        self.state.close()

    # ----------------------------------------------------- enrollment, auth

    def new_enrollment_code(self, ttl_hours: float = 24.0) -> str:
        """Create a one-time enrollment code (``Enrollment.new_code``)."""
        return self.enrollment.new_code(ttl_hours)

    def enroll(self, request: EnrollRequest) -> EnrollReply:
        """Bind a station id to its public key, consuming a one-time code."""
        return self.enrollment.enroll(request)

    def check_request_headers(
        self, *, station_id: str, timestamp: str, nonce: str, signature: str
    ) -> RequestCredentials:
        """Check what a request's headers alone tell (``Auth.check_request_headers``)."""
        return self.auth.check_request_headers(
            station_id=station_id, timestamp=timestamp, nonce=nonce, signature=signature
        )

    def authenticate(
        self,
        *,
        station_id: str,
        method: str,
        path: str,
        body_sha256: str,
        timestamp: str,
        nonce: str,
        signature: str,
        station_clock: str = "",
        checked: RequestCredentials | None = None,
    ) -> AuthenticatedStation:
        """Check a request's station, signature, time and nonce (``Auth.authenticate``)."""
        return self.auth.authenticate(
            station_id=station_id,
            method=method,
            path=path,
            body_sha256=body_sha256,
            timestamp=timestamp,
            nonce=nonce,
            signature=signature,
            station_clock=station_clock,
            checked=checked,
        )

    # ------------------------------------------------------------------ push

    def push(self, station: AuthenticatedStation, request: PushRequest) -> PushReply:
        """Store a version 1 batch of a station's events exactly once (``Ingest.push``)."""
        return self.ingest.push(station, request)

    def push_compact(
        self, station: AuthenticatedStation, request: CompactPush, body: bytes | None = None
    ) -> PushReply:
        """Store a version 2 batch (``Ingest.push_compact``)."""
        return self.ingest.push_compact(station, request, body)

    def start_check_process(self) -> None:
        """Start the helper process that checks large pushes (``BatchVerifier.start_process``)."""
        self.verifier.start_process()

    def stop_check_process(self) -> None:
        """Stop the helper process; large pushes are checked in the server process again."""
        self.verifier.stop_process()

    @property
    def helper_only_on_a_spare_core(self) -> bool:
        """Whether the helper process takes a push only while a processor core is free."""
        return self.verifier.helper_only_on_a_spare_core

    @helper_only_on_a_spare_core.setter
    def helper_only_on_a_spare_core(self, value: bool) -> None:
        self.verifier.helper_only_on_a_spare_core = value

    @property
    def helper_checks(self) -> int:
        """How many batches were handed to the helper process."""
        return self.verifier.helper_checks

    # ----------------------------------------------------- incidents, forks

    def list_incidents(self, status: str | None = None) -> list[Incident]:
        """List incidents, newest first (``status``: open, resolved or all)."""
        return self.incidents.list_incidents(status)

    def resolve_incident(self, incident_id: str, *, resolved_by: str, note: str) -> Incident:
        """Close an incident, recording who reviewed it and why; stations pull the resolution."""
        return self.incidents.resolve_incident(incident_id, resolved_by=resolved_by, note=note)

    def review_incidents(self, status: str | None = None) -> IncidentReviewReply:
        """Incidents with their doses and who recorded them, for a station's review screen."""
        return self.incident_review.review_list(status)

    def list_forks(self, status: str | None = "open") -> list[Incident]:
        """Fork incidents (two chains under one station id), newest first."""
        return self.forks.list_forks(status)

    def fork(self, incident_id: str) -> Incident:
        """One fork incident, with both sides and the resolution (``NotFound`` if none)."""
        return self.forks.fork(incident_id)

    def resolve_fork(self, incident_id: str, *, keep: str, by: str, reason: str) -> Incident:
        """Choose the genuine chain of a fork (``ForkResolution.resolve_fork``)."""
        return self.fork_resolution.resolve_fork(incident_id, keep=keep, by=by, reason=reason)

    # --------------------------------------------------------- signature audit

    def request_started(self) -> None:
        """Note an HTTP request being served (the background check waits for quiet)."""
        self.auditor.request_started()

    def request_finished(self) -> None:
        """Note the end of an HTTP request."""
        self.auditor.request_finished()

    def start_signature_verifier(
        self, *, quiet_s: float = 1.0, patience_s: float = 5.0, poll_s: float = 60.0
    ) -> None:
        """Verify stored signatures in the background (``SignatureAuditor.start``)."""
        self.auditor.start(quiet_s=quiet_s, patience_s=patience_s, poll_s=poll_s)

    def stop_signature_verifier(self) -> None:
        """Stop the background signature check (its verified marks are in the database)."""
        self.auditor.stop()

    def audit_signatures(self) -> SignatureAudit:
        """Verify every event signature not verified yet, to the end (``dosing-server audit``)."""
        return self.auditor.audit_signatures()

    def verify_signatures(self, *, limit: int = SIGNATURE_CHUNK) -> SignatureAudit:
        """Verify up to ``limit`` unverified event signatures of one station (in turn)."""
        return self.auditor.verify_signatures(limit=limit)

    # ------------------------------------------------------------------ feed

    def epoch(self) -> str:
        """Return the feed's identity; it changes when the administrator restarts the feed."""
        return self.feed.epoch()

    def restart_feed(self, reason: str) -> str:
        """Give the feed a new identity: every station re-reads it (``Feed.restart``)."""
        return self.feed.restart(reason)

    def append_server_events(
        self, connection: Connection, items: Sequence[tuple[str, dict[str, Any]]]
    ) -> list[WireEvent]:
        """Append server-made events to the feed (inside a feed write transaction)."""
        return self.feed.append(connection, items)

    def pull(
        self,
        station: AuthenticatedStation,
        *,
        cursor: int,
        epoch: str,
        limit: int,
        wire_version: int = 1,
    ) -> bytes:
        """Return (as JSON bytes) the feed after ``cursor``, without the station's own events."""
        return self.feed.pull(
            station, cursor=cursor, epoch=epoch, limit=limit, wire_version=wire_version
        )

    def own_events(self, station: AuthenticatedStation, *, after: int, limit: int) -> bytes:
        """Return a station's own events after ``after`` (to repair a restored station)."""
        return self.feed.own_events(station, after=after, limit=limit)

    # ---------------------------------------------------------------- leases

    def acquire_lease(self, station: AuthenticatedStation, request: LeaseRequest) -> LeaseReply:
        """Grant a short lease on dosing (patient, session) unless another station holds one."""
        return self.leases.acquire(station, request)

    def release_lease(self, station: AuthenticatedStation, lease_id: str) -> None:
        """Give a lease back early (a dose abandoned); releasing a gone lease is harmless."""
        self.leases.release(station, lease_id)

    # ----------------------------------------------------------------- admin

    def list_stations(self) -> list[StationSummary]:
        """List enrolled stations with their highest contiguous sequence and alerts."""
        return self.admin.list_stations()

    def station_keys(self) -> bytes:
        """Every enrolled station's public key and status, signed with the server's key."""
        return self.admin.station_keys()

    def revoke_station(self, station_id: str, reason: str) -> None:
        """Refuse every further request from this station."""
        self.admin.revoke_station(station_id, reason)

    def reinstate_station(self, station_id: str, reason: str) -> None:
        """Lift a suspension, recording who said why (``Admin.reinstate_station``)."""
        self.admin.reinstate_station(station_id, reason)

    def import_patients(self, rows: Iterable[Mapping[str, str]]) -> tuple[int, int]:
        """Import patients; new or changed ones become feed events. Return (new, changed)."""
        return self.admin.import_patients(rows)

    def import_prescriptions(self, rows: Iterable[Mapping[str, str]]) -> tuple[int, int]:
        """Import prescriptions; new or changed ones become feed events. Return (new, changed)."""
        return self.admin.import_prescriptions(rows)

    def issue_card(self, patient_id: str) -> tuple[CardPayload, str]:
        """Sign a new card for a patient (earlier cards are revoked); return payload and QR text."""
        return self.admin.issue_card(patient_id)

    def issue_card_for_station(
        self, station: AuthenticatedStation, request: CardIssueRequest
    ) -> CardIssueReply:
        """Sign a card a person at an enrolled station asked for (the station checked their role).

        The feed's ``card.issued`` event names the station and the person who asked.
        """
        payload, code = self.admin.issue_card(
            request.patient_id,
            {"station_id": station.station_id, "requested_by": request.requested_by},
        )
        return CardIssueReply(
            code=code,
            payload=payload.to_json(),
            clinic_number=self.admin.card_clinic_number(request.patient_id),
        )

    def card_clinic_number(self, patient_id: str) -> str | None:
        """The clinic number printed on a patient's card: the imported record's, or None."""
        return self.admin.card_clinic_number(patient_id)

    def revoke_card(self, serial: str, reason: str) -> None:
        """Withdraw a card; stations learn it on their next pull and refuse it offline."""
        self.admin.revoke_card(serial, reason)
