"""Who sent a request: its station, signature, time window and nonce; the wire versions read."""

from __future__ import annotations

import math
import re
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server import schema as t
from sync.server.db import read_transaction, write_transaction
from sync.server.errors import Forbidden, Unauthenticated, UnsupportedVersion
from sync.server.state import ServerState
from sync.wire.envelope import SUPPORTED_WIRE_VERSIONS
from sync.wire.signing import load_public_key, request_message, verify_hex

REQUEST_WINDOW_S = 300.0
_NONCE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class AuthenticatedStation:
    """A station whose request signature, time and nonce have been checked."""

    station_id: str
    clinic_id: str


@dataclass(frozen=True)
class RequestCredentials:
    """What a request's headers showed before its body was read (``check_request_headers``)."""

    station_id: str
    clinic_id: str
    public_key: Ed25519PublicKey
    sent_at: int


def check_version(version: int, accepted: tuple[int, ...] = (1,)) -> None:
    """Refuse a body whose version this endpoint does not read (426, naming all we speak)."""
    if version not in accepted:
        raise UnsupportedVersion(
            "unsupported_wire_version",
            f"This server speaks wire versions {list(SUPPORTED_WIRE_VERSIONS)}.",
            supported=list(SUPPORTED_WIRE_VERSIONS),
        )


def _refuse_inactive(status: str, reason: str | None) -> None:
    """Refuse a revoked or suspended station (403)."""
    if status == "revoked":
        raise Forbidden("station_revoked", "This station has been revoked.")
    if status == "suspended":
        raise Forbidden(
            "station_suspended",
            "This station is suspended: " + (reason or "see the server."),
        )


def _skew(station_clock: str, sent_at: int, now: float) -> float:
    """Return how far the station's own wall clock is from the server's, in seconds."""
    try:
        clock = float(station_clock)
    except ValueError:
        clock = math.nan
    if not math.isfinite(clock):  # "inf" or "nan" in the header: JSON cannot say it
        return float(sent_at - now)
    return round(clock - now, 3)


class Auth:
    """Checks each station request's headers and signature; stores its nonce once."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    def check_request_headers(
        self, *, station_id: str, timestamp: str, nonce: str, signature: str
    ) -> RequestCredentials:
        """Check what a request's headers alone tell, before its body is read.

        The fields are present and well formed, the time is within the window, and the station
        is enrolled and active. This only reads (no write lock), so a request that names a real
        station without its key cannot hold up the stations' writes.
        """
        now = self.state.clock()
        if not (station_id and timestamp and nonce and signature) or len(station_id) > 64:
            raise Unauthenticated("unsigned_request", "Request is not signed by a station.")
        if not _NONCE.fullmatch(nonce):
            raise Unauthenticated(
                "bad_nonce", "The request nonce is 1 to 64 letters, digits, '-' or '_'."
            )
        try:
            sent_at = int(timestamp)
        except ValueError as error:
            raise Unauthenticated("bad_timestamp", "Malformed request time.") from error
        if abs(sent_at - now) > REQUEST_WINDOW_S:
            raise Unauthenticated(
                "clock_skew",
                "Request time is too far from the server's time.",
                server_time=now,
            )
        with read_transaction(self.state.engine) as connection:
            station = connection.execute(
                select(
                    t.stations.c.clinic_id,
                    t.stations.c.public_key,
                    t.stations.c.status,
                    t.stations.c.status_reason,
                ).where(t.stations.c.station_id == station_id)
            ).first()
        if station is None:
            raise Unauthenticated("unknown_station", "This station is not enrolled.")
        _refuse_inactive(station.status, station.status_reason)
        return RequestCredentials(
            station_id, station.clinic_id, load_public_key(station.public_key), sent_at
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
        """Check a request's station, signature, time window and nonce (a replay is refused).

        ``checked`` is what ``check_request_headers`` returned for these headers (the HTTP API
        calls it before reading the body). The signature is verified before anything is
        written: only a signed request stores its nonce.
        """
        credentials = checked or self.check_request_headers(
            station_id=station_id, timestamp=timestamp, nonce=nonce, signature=signature
        )
        message = request_message(
            station_id,
            method=method,
            path=path,
            body_sha256=body_sha256,
            timestamp=credentials.sent_at,
            nonce=nonce,
        )
        if credentials.station_id != station_id or not verify_hex(
            credentials.public_key, signature, message
        ):
            raise Unauthenticated("bad_signature", "Request signature does not match.")
        now = self.state.clock()
        with write_transaction(self.state.engine) as connection:
            station = connection.execute(
                select(t.stations.c.status, t.stations.c.status_reason).where(
                    t.stations.c.station_id == station_id
                )
            ).first()
            if station is None:
                raise Unauthenticated("unknown_station", "This station is not enrolled.")
            _refuse_inactive(station.status, station.status_reason)  # revoked meanwhile
            try:
                with connection.begin_nested():
                    connection.execute(
                        insert(t.nonces).values(station_id=station_id, nonce=nonce, seen_at=now)
                    )
            except IntegrityError as error:
                raise Unauthenticated(
                    "replayed_request", "This request was already seen."
                ) from error
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(
                    last_seen_at=now,
                    clock_skew_s=_skew(station_clock, credentials.sent_at, now),
                )
            )
            if secrets.randbelow(200) == 0:
                connection.execute(
                    delete(t.nonces).where(t.nonces.c.seen_at < now - 2 * REQUEST_WINDOW_S)
                )
        return AuthenticatedStation(station_id, credentials.clinic_id)
