"""Request limits of the sync server: a body size per route and token-bucket rate limits."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sync.server.errors import SyncServerError
from sync.wire.compact import MAX_BATCH, PUSH_PATH
from sync.wire.envelope import MAX_EVENTS
from sync.wire.station_requests import CARD_ISSUE_PATH

KIB = 1024
MIB = 1024 * KIB

# What one pushed event may take on average in a batch of the most events the wire allows:
# the fixed fields (uuid, clock stamp, type, three hashes, digest, signature) take under 1 KiB,
# the rest is room for the payload. A station's own batches (500 events) get 80 KiB each.
EVENT_ALLOWANCE = 4 * KIB
# Room for the batch's own keys and marks, on top of the events.
BATCH_MARGIN = 1 * MIB


def _whole_mib(size: int) -> int:
    return -(-size // MIB) * MIB


PUSH_V1_BYTES = _whole_mib(MAX_EVENTS * EVENT_ALLOWANCE + BATCH_MARGIN)  # 21 MiB
PUSH_V2_BYTES = _whole_mib(MAX_BATCH * EVENT_ALLOWANCE + BATCH_MARGIN)  # 41 MiB
SMALL_BODY_BYTES = 16 * KIB  # an enrollment or a lease request (a few hundred bytes)
NO_BODY_BYTES = 1 * KIB  # routes that take no body (GET, DELETE)

# Statuses a request that did not authenticate ends with (counted per address).
FAILURE_STATUSES = frozenset({401, 403, 413})


@dataclass(frozen=True)
class Rate:
    """A token bucket: ``per_second`` tokens flow in, at most ``burst`` are kept."""

    per_second: float
    burst: float

    def __post_init__(self) -> None:
        if not (self.per_second > 0 and self.burst >= 1):
            raise ValueError("a rate needs a positive rate and a burst of at least 1")

    def describe(self) -> str:
        """The rate in words, for refusals."""
        return f"{self.per_second:g} requests a second (bursts of {self.burst:g})"


@dataclass(frozen=True)
class ServerLimits:
    """The server's limits; ``None`` turns a rate limit off.

    The defaults are far above what stations need (a round every 30 s of a few requests each;
    a clinic's stations share one address behind a router) and above what the project's own
    benchmarks and tests send on loopback; they stop floods, not work.
    """

    station: Rate | None = Rate(per_second=200, burst=2000)
    """Authenticated requests of one station."""
    address: Rate | None = Rate(per_second=2000, burst=10_000)
    """Every request from one peer address (all stations of a clinic may share one)."""
    failures: Rate | None = Rate(per_second=5, burst=100)
    """Requests from one address that end unauthenticated (401, 403, 413); when used up, the
    address is refused at the door until the bucket refills."""
    body_bytes: dict[tuple[str, str], int] = field(
        default_factory=lambda: {
            ("POST", "/v1/push"): PUSH_V1_BYTES,
            ("POST", PUSH_PATH): PUSH_V2_BYTES,
            ("POST", "/v1/enroll"): SMALL_BODY_BYTES,
            ("POST", "/v1/leases"): SMALL_BODY_BYTES,
            ("POST", CARD_ISSUE_PATH): SMALL_BODY_BYTES,
        }
    )
    """The most bytes of body each (method, path) takes; any other route ``no_body_bytes``."""
    no_body_bytes: int = NO_BODY_BYTES
    unverified_body_bytes: int = 4 * PUSH_V2_BYTES
    """The most bytes of bodies held at once, across all requests, while their signature is
    not checked yet (a body must be read to check it); over it a request gets 503 and
    Retry-After. Enough for four of the largest pushes at once."""

    def body_limit(self, method: str, path: str) -> int:
        """The most body bytes a request to ``method path`` may carry."""
        return self.body_bytes.get((method.upper(), path), self.no_body_bytes)


class BodyTooLarge(SyncServerError):
    """A request body over its route's limit (HTTP 413); it is not read any further."""

    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__(
            "body_too_large",
            f"The request body is larger than this route takes ({describe_bytes(limit)}).",
            limit_bytes=limit,
        )


class ServerBusy(SyncServerError):
    """Too many bodies waiting for their signature check at once (HTTP 503, come back soon)."""

    status = 503

    def __init__(self) -> None:
        self.retry_after_s = 1
        super().__init__(
            "server_busy",
            "The server is reading too many requests at once; try again in a moment.",
            retry_after_s=self.retry_after_s,
        )

    @property
    def headers(self) -> dict[str, str]:
        """The reply headers that say when to come back."""
        return {"Retry-After": str(self.retry_after_s)}


class RateLimited(SyncServerError):
    """Too many requests (HTTP 429); ``retry_after_s`` goes into the Retry-After header."""

    status = 429

    def __init__(self, who: str, rate: Rate, retry_after_s: float) -> None:
        self.retry_after_s = max(1, math.ceil(retry_after_s))
        super().__init__(
            "rate_limited",
            f"Too many requests from this {who}: at most {rate.describe()}. "
            f"Try again in {self.retry_after_s} s.",
            retry_after_s=self.retry_after_s,
        )

    @property
    def headers(self) -> dict[str, str]:
        """The reply headers that say when to come back."""
        return {"Retry-After": str(self.retry_after_s)}


def describe_bytes(size: int) -> str:
    """A byte count in words: whole MiB or KiB where it is one."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MiB"
    if size >= KIB and size % KIB == 0:
        return f"{size // KIB} KiB"
    return f"{size} bytes"


class TokenBuckets:
    """One token bucket per key (a station or an address), kept in memory.

    A full bucket is the same as no bucket, so when more than ``max_keys`` are kept the full
    ones are dropped; if that is not enough, the oldest go (a flood of new addresses cannot
    make the table grow without bound).
    """

    def __init__(
        self,
        rate: Rate,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.rate = rate
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def _tokens(self, key: str, now: float) -> float:
        tokens, at = self._buckets.get(key, (self.rate.burst, now))
        return min(self.rate.burst, tokens + (now - at) * self.rate.per_second)

    def wait_s(self, key: str) -> float:
        """Seconds until ``key`` has a token (0: it has one now); takes nothing."""
        with self._lock:
            tokens = self._tokens(key, self._clock())
        return 0.0 if tokens >= 1 else (1 - tokens) / self.rate.per_second

    def take(self, key: str) -> float:
        """Take a token for ``key``: 0 if taken, else the seconds until one is there."""
        with self._lock:
            now = self._clock()
            tokens = self._tokens(key, now)
            if tokens < 1:
                return (1 - tokens) / self.rate.per_second
            self._buckets.pop(key, None)  # re-inserted last: the dict stays in order of use
            self._buckets[key] = (tokens - 1, now)
            if len(self._buckets) > self._max_keys:
                self._forget(now)
            return 0.0

    def _forget(self, now: float) -> None:
        full = [key for key in self._buckets if self._tokens(key, now) >= self.rate.burst]
        for key in full:
            del self._buckets[key]
        while len(self._buckets) > self._max_keys:
            del self._buckets[next(iter(self._buckets))]


class RequestGuard:
    """The server's limits at work: one set of buckets per running app."""

    def __init__(self, limits: ServerLimits, *, clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self.stations = TokenBuckets(limits.station, clock=clock) if limits.station else None
        self.addresses = TokenBuckets(limits.address, clock=clock) if limits.address else None
        self.failures = TokenBuckets(limits.failures, clock=clock) if limits.failures else None
        self._unverified = 0  # bytes of bodies held before their signature was checked
        self._lock = threading.Lock()

    def hold_unverified(self, size: int) -> None:
        """Count ``size`` more bytes of a body not verified yet; 503 over the budget."""
        with self._lock:
            if self._unverified + size > self.limits.unverified_body_bytes:
                raise ServerBusy
            self._unverified += size

    def release_unverified(self, size: int) -> None:
        """Give back what ``hold_unverified`` counted (the body was verified or refused)."""
        with self._lock:
            self._unverified -= size

    @property
    def unverified_bytes(self) -> int:
        """Bytes of bodies held now before their signature check."""
        return self._unverified

    def admit_address(self, address: str) -> None:
        """At the door: refuse an address that failed too often or sends too much."""
        if self.failures is not None:
            wait = self.failures.wait_s(address)
            if wait:
                raise RateLimited("address after failed requests", self.failures.rate, wait)
        if self.addresses is not None:
            wait = self.addresses.take(address)
            if wait:
                raise RateLimited("address", self.addresses.rate, wait)

    def note_failure(self, address: str) -> None:
        """Count a request from ``address`` that ended unauthenticated."""
        if self.failures is not None:
            self.failures.take(address)

    def station_may_send(self, station_id: str) -> None:
        """Before its body is read: refuse a station that used up its requests (takes none)."""
        if self.stations is not None:
            wait = self.stations.wait_s(station_id)
            if wait:
                raise RateLimited("station", self.stations.rate, wait)

    def count_station(self, station_id: str) -> None:
        """After it authenticated: count one request of the station (refused when used up)."""
        if self.stations is not None:
            wait = self.stations.take(station_id)
            if wait:
                raise RateLimited("station", self.stations.rate, wait)
