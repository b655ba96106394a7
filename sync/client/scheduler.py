"""Background sync: a thread that syncs on a schedule and on demand, backing off with jitter."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sync.client.engine import SyncReport
from sync.client.errors import (
    IntegrityProblem,
    ServerBusy,
    ServerUnreachable,
    StationRefused,
    SyncError,
)
from sync.client.status import SyncStatus, utc_now

log = logging.getLogger("sync.client")


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter: failure n waits uniform(0, min(cap, base·2ⁿ))."""

    base_s: float = 2.0
    cap_s: float = 300.0

    def delay(self, failures: int, rng: random.Random) -> float:
        """Return how long to wait after ``failures`` consecutive failures."""
        ceiling = min(self.cap_s, self.base_s * (2 ** min(failures, 30)))
        return rng.uniform(0.0, ceiling)


class SyncScheduler:
    """Owns one background thread that runs sync rounds; everything else only reads status."""

    def __init__(
        self,
        run_round: Callable[[], SyncReport],
        queued_events: Callable[[], int],
        *,
        interval_s: float = 60.0,
        backoff: Backoff | None = None,
        now: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
    ) -> None:
        self._run_round = run_round
        self._queued_events = queued_events
        self._interval_s = interval_s
        self._backoff = backoff or Backoff()
        self._now = now
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not a secret)
        self._on_status = on_status
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._status_lock = threading.Lock()
        self._status = SyncStatus()
        self._failures = 0
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the background thread (it syncs at once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="sync-scheduler", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 30.0) -> None:
        """Stop after the round in progress, if any."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def request_sync(self) -> None:
        """Ask for a sync round now (e.g. after a dose was recorded)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        """Return the latest status snapshot, with the queue size read now."""
        with self._status_lock:
            status = self._status
        try:
            return replace(status, queued_events=self._queued_events())
        except Exception:  # the store may be locked or closed; keep the last figure
            return status

    def run_once(self) -> SyncStatus:
        """Run one round in the calling thread (for the command line) and return the status."""
        self._round()
        return self.status()

    def _loop(self) -> None:
        delay = 0.0
        while not self._stopping.is_set():
            self._wake.wait(timeout=delay)
            self._wake.clear()
            if self._stopping.is_set():
                break
            delay = self._round()

    def _round(self) -> float:
        started = self._now()
        try:
            report = self._run_round()
        except ServerUnreachable as error:
            self._failures += 1
            delay = self._backoff.delay(self._failures, self._rng)
            self._publish(
                online=False,
                offline_since=self._status.offline_since or started,
                last_attempt=started,
                last_error=str(error),
                refused=False,
                rounds_failed=self._status.rounds_failed + 1,
                next_attempt_in_s=delay,
            )
            return delay
        except StationRefused as error:
            self._failures += 1
            self._publish(
                online=False,
                offline_since=self._status.offline_since or started,
                last_attempt=started,
                last_error=str(error),
                refused=True,
                rounds_failed=self._status.rounds_failed + 1,
                next_attempt_in_s=self._interval_s,
            )
            return self._interval_s
        except IntegrityProblem as error:
            # Something did not verify: what was pushed or pulled before it stays, nothing after
            # it moved. Sync stays stopped, saying why, until a round goes through again.
            self._failures += 1
            self._publish(
                online=False,
                offline_since=None,
                last_attempt=started,
                last_error=str(error),
                integrity_problem=str(error),
                refused=False,
                rounds_failed=self._status.rounds_failed + 1,
                next_attempt_in_s=self._interval_s,
            )
            return self._interval_s
        except SyncError as error:
            self._failures += 1
            delay = self._backoff.delay(self._failures, self._rng)
            if isinstance(error, ServerBusy):  # the server said when: not sooner
                delay = max(delay, error.retry_after_s)
            self._publish(
                last_attempt=started,
                last_error=str(error),
                rounds_failed=self._status.rounds_failed + 1,
                next_attempt_in_s=delay,
            )
            return delay
        except Exception as error:  # a bug: log it, show it, keep the thread alive
            log.exception("sync round failed unexpectedly")
            self._failures += 1
            delay = self._backoff.delay(self._failures, self._rng)
            self._publish(
                last_attempt=started,
                last_error=f"Unexpected sync failure: {type(error).__name__}",
                rounds_failed=self._status.rounds_failed + 1,
                next_attempt_in_s=delay,
            )
            return delay
        self._failures = 0
        self._publish(
            online=True,
            offline_since=None,
            last_attempt=started,
            last_success=self._now(),
            last_error=None,
            integrity_problem=None,
            refused=False,
            rounds_completed=self._status.rounds_completed + 1,
            next_attempt_in_s=self._interval_s,
            notices=(self._status.notices + report.notices)[-20:],
        )
        return self._interval_s

    def _publish(self, **changes: object) -> None:
        with self._status_lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
        status = self.status()
        if self._on_status is not None:
            self._on_status(status)
