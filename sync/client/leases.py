"""The station's lease client: ask the server before dosing, fall back to offline rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sync.client.errors import ServerUnreachable
from sync.client.transport import SyncTransport
from sync.wire.envelope import LeaseRequest

LeaseOutcome = Literal["granted", "held_by_other", "already_dosed", "offline"]


@dataclass(frozen=True)
class Lease:
    """The answer to "may this station dose this patient in this session now?"."""

    outcome: LeaseOutcome
    patient_id: str
    session: str
    lease_id: str | None = None
    expires_monotonic: float | None = None
    other_station_id: str | None = None
    message: str = ""

    @property
    def granted(self) -> bool:
        """True when the server granted the lease."""
        return self.outcome == "granted"


class LeaseClient:
    """Takes and releases short leases on (patient, session); offline answers ``offline``."""

    def __init__(
        self, transport: SyncTransport, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._transport = transport
        self._monotonic = monotonic

    def acquire(self, patient_id: str, session: str, ttl_s: int = 120) -> Lease:
        """Ask the server; when it cannot be reached, say so (the offline dosing rules apply)."""
        try:
            reply = self._transport.acquire_lease(
                LeaseRequest(patient_id=patient_id, session=session, ttl_seconds=ttl_s)
            )
        except ServerUnreachable:
            return Lease(
                "offline",
                patient_id,
                session,
                message="Server not reachable: only the patient's home station may dose without "
                "an override (reason and a second person).",
            )
        return Lease(
            reply.outcome,
            patient_id,
            session,
            lease_id=reply.lease_id,
            expires_monotonic=self._monotonic() + reply.ttl_seconds if reply.lease_id else None,
            other_station_id=reply.holder_station_id or reply.dosed_by_station_id,
            message=reply.message,
        )

    def release(self, lease: Lease) -> None:
        """Give a granted lease back (when the dose is abandoned); offline, let it expire."""
        if lease.lease_id is None:
            return
        try:
            self._transport.release_lease(lease.lease_id)
        except ServerUnreachable:
            return
