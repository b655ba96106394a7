"""Background and on-demand sync for a signed-in station, with a status the UI can poll."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from station.services.clock import StationClock
from station.services.counter import SyncProbe
from station.services.errors import ServiceEdge
from station.services.sync_link import (
    SERVER_CA_COMMAND,
    CaFileProblem,
    LeaseProbe,
    NotEnrolled,
    StoreReplica,
    certificate_problem,
    server_ca_file,
    tls_verify,
)
from station.store.store import Session, Store
from sync.client.engine import SyncEngine, SyncReport
from sync.client.errors import ServerUnreachable, SyncError
from sync.client.leases import LeaseClient
from sync.client.replica import ServerBinding
from sync.client.scheduler import Backoff, SyncScheduler
from sync.client.status import SyncStatus
from sync.client.transport import SyncTransport

META_LAST_SUCCESS = "sync_last_success"
META_LAST_ERROR = "sync_last_error"
META_LAST_ATTEMPT = "sync_last_attempt"
META_OFFLINE_SINCE = "sync_offline_since"


@dataclass(frozen=True)
class SyncTotals:
    """What this service's rounds moved since it started."""

    rounds: int = 0
    pushed: int = 0
    pulled: int = 0
    restored_own: int = 0
    incidents_raised: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncOverview:
    """Everything a status bar or ``dosing-station sync`` shows; safe to hand to a UI thread."""

    enrolled: bool
    server_url: str | None
    clinic_id: str | None
    status: SyncStatus
    last_report: SyncReport | None
    totals: SyncTotals
    open_incidents: int
    pulled_held: int
    unreadable_pulled: int
    ca_file: str | None = None
    """The clinic CA file the server's certificate is checked with (None: the system's CAs)."""

    def summary(self) -> str:
        """One line for a status bar."""
        if not self.enrolled:
            return "Not enrolled with a server: this station works alone."
        line = self.status.summary()
        status = self.status
        if not status.online and not status.refused and status.last_error:
            line += f": {status.last_error}"  # why: a server that is down, or a certificate
        if self.open_incidents:
            line += f"; {self.open_incidents} open incident(s) to review"
        return line

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready mapping (times in ISO 8601)."""
        return {
            "enrolled": self.enrolled,
            "server_url": self.server_url,
            "clinic_id": self.clinic_id,
            **self.status.as_json(),
            "last_report": (
                {**asdict(self.last_report), "notices": list(self.last_report.notices)}
                if self.last_report is not None
                else None
            ),
            "totals": {
                **asdict(self.totals),
                "incidents_raised": list(self.totals.incidents_raised),
            },
            "open_incidents": self.open_incidents,
            "pulled_held": self.pulled_held,
            "unreadable_pulled": self.unreadable_pulled,
            "ca_file": self.ca_file,
        }


def _parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class StationSync(ServiceEdge):
    """Owns the station's sync: one background thread, rounds on demand, leases for the counter.

    Bound to one signed-in user's session (it opens the keys); stop it when they sign out.
    A window polls ``status()`` (the snapshot the last round published: no disk or network
    wait) or passes ``on_status``, which the sync thread calls after every round.

    The server's TLS certificate is checked as enrolled (the clinic CA file kept with the
    binding, else the system's CAs) unless ``verify`` says otherwise. ``ca_option`` names where
    the user changes that CA file, for the sentence a certificate that does not verify gives.
    """

    def __init__(
        self,
        store: Store,
        session: Session,
        *,
        interval_s: float = 30.0,
        backoff: Backoff | None = None,
        timeout_s: float = 15.0,
        lease_timeout_s: float = 3.0,
        verify: bool | str | None = None,
        on_status: Callable[[SyncOverview], None] | None = None,
        ca_option: str = SERVER_CA_COMMAND,
        clock: StationClock | None = None,
    ) -> None:
        self.store = store
        self._clock = clock
        """Told the server's time after every round (None: nobody asks)."""
        self._ca_option = ca_option
        self.replica = StoreReplica(store, session)
        self._on_status = on_status
        self._round_lock = threading.Lock()
        self._totals = SyncTotals()
        self._last_report: SyncReport | None = None
        self._published: SyncOverview | None = None
        self._binding: ServerBinding | None = self.replica.server_binding()
        self._transport: SyncTransport | None = None
        self._lease_transport: SyncTransport | None = None
        self._engine: SyncEngine | None = None
        self._probe: LeaseProbe | None = None
        self._cannot_sync: str | None = None
        self._ca_file = server_ca_file(store) if verify is None else None
        tls: bool | str = True
        if self._binding is not None:
            try:
                tls = verify if verify is not None else tls_verify(self._ca_file)
            except CaFileProblem as error:
                # Every round says so; the counter meanwhile works on the offline rules.
                self._cannot_sync = (
                    f"{error} Sync waits until it can be read again, or until a technician "
                    f"gives another ({ca_option})."
                )
        if self._binding is not None and self._cannot_sync is None:
            self._transport = SyncTransport(
                self._binding.url,
                store.station_id,
                self.replica.sign,
                timeout_s=timeout_s,
                verify=tls,
            )
            self._lease_transport = SyncTransport(
                self._binding.url,
                store.station_id,
                self.replica.sign,
                timeout_s=lease_timeout_s,
                verify=tls,
            )
            self._engine = SyncEngine(self.replica, self._transport)
            self._probe = LeaseProbe(store.station_id, LeaseClient(self._lease_transport))
        self._scheduler = SyncScheduler(
            self._run_round,
            self._queued_events,
            interval_s=interval_s,
            backoff=backoff,
            on_status=self._status_changed,
        )

    # -- control ------------------------------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        """True when the station is bound to a server."""
        return self._binding is not None

    def start(self) -> None:
        """Start background sync (at once, then on the schedule); nothing when not enrolled."""
        if self.enrolled:
            self._scheduler.start()

    def stop(self) -> None:
        """Stop background sync after the round in progress and close the connections."""
        self._scheduler.stop()
        for transport in (self._transport, self._lease_transport):
            if transport is not None:
                transport.close()

    def request_sync(self) -> None:
        """Ask the background thread for a round now (e.g. after a dose); returns at once."""
        self._scheduler.request_sync()

    def sync_now(self) -> SyncOverview:
        """Run one round in the calling thread (never the GUI thread) and return the status."""
        if not self.enrolled:
            raise NotEnrolled(
                "This station is not enrolled with a server: a technician runs "
                "'dosing-station enroll --server URL' (it asks for the code) first.",
                code="sync.not_enrolled_ask_technician",
            )
        self._scheduler.run_once()
        return self.overview()

    # -- what the UI reads --------------------------------------------------------------------

    def overview(self) -> SyncOverview:
        """The current status (cheap: reads the store's clear settings and counts)."""
        status = self._scheduler.status()
        if status.last_attempt is None:
            # Nothing ran in this process yet: show what the last run (any process) stored.
            status = replace(
                status,
                last_success=_parse_time(self.store.meta(META_LAST_SUCCESS)),
                last_error=self.store.meta(META_LAST_ERROR) or None,
                last_attempt=_parse_time(self.store.meta(META_LAST_ATTEMPT)),
                offline_since=_parse_time(self.store.meta(META_OFFLINE_SINCE)),
            )
        elif status.last_success is None:
            # Every round of this process failed: the last success is an earlier run's.
            status = replace(status, last_success=_parse_time(self.store.meta(META_LAST_SUCCESS)))
        stored_since = _parse_time(self.store.meta(META_OFFLINE_SINCE))
        if not status.online and status.offline_since and stored_since:
            # Offline since the first failed round, even one of an earlier run.
            status = replace(status, offline_since=min(status.offline_since, stored_since))
        try:
            incidents = sum(1 for item in self.replica.incidents() if item["status"] == "open")
            held = self.replica.pulled_count()
        except Exception:  # the store may be closing; the status must still answer
            incidents, held = 0, 0
        return SyncOverview(
            enrolled=self.enrolled,
            server_url=self._binding.url if self._binding else None,
            clinic_id=self._binding.clinic_id if self._binding else None,
            status=status,
            last_report=self._last_report,
            totals=self._totals,
            open_incidents=incidents,
            pulled_held=held,
            unreadable_pulled=self.replica.unreadable_pulled,
            ca_file=self._ca_file,
        )

    def status(self) -> SyncOverview:
        """The status last published by a round (no disk read), or a fresh one before any."""
        published = self._published
        return published if published is not None else self.overview()

    def incidents(self) -> list[dict[str, object]]:
        """Incidents the server raised, as pulled (open and resolved)."""
        return self.replica.incidents()

    def sync_probe(self) -> SyncProbe | None:
        """The counter's probe (leases online, offline rules otherwise); None when not enrolled."""
        return self._probe

    # -- the round ----------------------------------------------------------------------------

    def _queued_events(self) -> int:
        return max(0, self.replica.head()[0] - self.replica.push_mark())

    def _run_round(self) -> SyncReport:
        if self._engine is None:
            raise SyncError(self._cannot_sync or "Sync is not set up.")
        with self._round_lock:
            try:
                report = self._engine.sync_once()
            except ServerUnreachable as error:
                problem = certificate_problem(error, self._ca_file, self._ca_option)
                if problem is None:
                    raise
                raise ServerUnreachable(problem) from error
            totals = self._totals
            self._totals = SyncTotals(
                rounds=totals.rounds + 1,
                pushed=totals.pushed + report.pushed,
                pulled=totals.pulled + report.pulled,
                restored_own=totals.restored_own + report.restored_own,
                incidents_raised=totals.incidents_raised + report.incidents_raised,
            )
            self._last_report = report
        seen = self._transport.server_time_seen if self._transport is not None else None
        if seen is not None and self._clock is not None:
            self._clock.anchor(*seen)
        return report

    def _status_changed(self, status: SyncStatus) -> None:
        def stamp(moment: datetime | None) -> str:
            return moment.isoformat() if moment is not None else ""

        try:
            since = status.offline_since
            stored_since = _parse_time(self.store.meta(META_OFFLINE_SINCE))
            if since is not None and stored_since is not None:
                since = min(since, stored_since)
            marks = {
                META_LAST_ATTEMPT: stamp(status.last_attempt),
                META_LAST_ERROR: status.last_error or "",
                META_OFFLINE_SINCE: stamp(since),
            }
            if status.last_success is not None:
                marks[META_LAST_SUCCESS] = stamp(status.last_success)
            self.store.set_metas(marks)  # one transaction
        except Exception:  # noqa: S110 - the status is informative; a busy store must not stop sync
            pass
        if not status.online and status.offline_since is not None and self._probe is not None:
            self._probe.mark_offline()
        self._published = self.overview()
        if self._on_status is not None:
            self._on_status(self._published)
