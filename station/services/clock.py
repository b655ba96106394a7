"""The station's clock: its own wall clock, bounded by the central server's time once seen."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

ALLOWED_SKEW = timedelta(minutes=5)
"""How far the station's clock may differ from the server's before the server's time is used."""
TRUSTED_FOR = timedelta(hours=24)
"""How long a reading of the server's time is trusted (the station's ticking keeps it)."""


class StationClock:
    """The time every record of the station is stamped with, and its skew from the server.

    Offline, it is the computer's wall clock. Each sync reply carries the server's time; from
    then on the clock knows how far the wall clock differs from it (kept with the monotonic
    clock, which a change of the wall clock does not move). When that is more than
    ``ALLOWED_SKEW``, the station stamps its records with the server's time instead, and the
    counter's decisions say that the clock is wrong.
    """

    def __init__(
        self,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._wall = wall
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._anchor: tuple[float, float] | None = None
        """(server time in seconds since the epoch, monotonic time when it was read)."""

    def anchor(self, server_time_s: float, read_at_monotonic: float) -> None:
        """Take note of the server's time, as read at ``read_at_monotonic``."""
        with self._lock:
            self._anchor = (server_time_s, read_at_monotonic)

    def server_time(self) -> float | None:
        """The server's time now, as last seen and carried on by the monotonic clock."""
        with self._lock:
            anchor = self._anchor
        if anchor is None:
            return None
        elapsed = self._monotonic() - anchor[1]
        if elapsed < 0 or elapsed > TRUSTED_FOR.total_seconds():
            return None
        return anchor[0] + elapsed

    def skew(self) -> timedelta | None:
        """How far the wall clock is ahead of the server's (behind: negative); None: unknown."""
        server = self.server_time()
        if server is None:
            return None
        return timedelta(seconds=self._wall() - server)

    def time(self) -> float:
        """Seconds since the epoch to stamp with: the wall clock, or the server's when it is off."""
        wall = self._wall()
        server = self.server_time()
        if server is not None and abs(wall - server) > ALLOWED_SKEW.total_seconds():
            return server
        return wall

    def now(self) -> datetime:
        """The time now, aware, in UTC (see :meth:`time`)."""
        return datetime.fromtimestamp(self.time(), UTC)
