"""Hybrid logical clock stamps: for display and ordering only, never a sync cursor."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

_STAMP = re.compile(r"^(\d{13})-(\d{6})-([A-Za-z0-9_.:-]{1,64})$")


@dataclass(frozen=True, order=True)
class HlcStamp:
    """A hybrid logical clock reading: wall milliseconds, a counter and the node that made it."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        """Parse the string form; raise ``ValueError`` on anything else."""
        match = _STAMP.match(text)
        if match is None:
            raise ValueError("not a hybrid logical clock stamp")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


class HybridLogicalClock:
    """Issues stamps that never go backwards, even when the wall clock does."""

    def __init__(self, node: str, last: HlcStamp | None = None) -> None:
        self._node = node
        self._wall_ms = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self, wall_ms: int) -> HlcStamp:
        """Stamp a local event at wall time ``wall_ms``."""
        with self._lock:
            if wall_ms > self._wall_ms:
                self._wall_ms, self._counter = wall_ms, 0
            else:
                self._counter += 1
            return HlcStamp(self._wall_ms, self._counter, self._node)

    def observe(self, remote: HlcStamp, wall_ms: int) -> None:
        """Move past a stamp received from another node, so later local stamps sort after it."""
        with self._lock:
            newest = max(self._wall_ms, remote.wall_ms, wall_ms)
            if newest == self._wall_ms == remote.wall_ms:
                self._counter = max(self._counter, remote.counter) + 1
            elif newest == self._wall_ms:
                self._counter += 1
            elif newest == remote.wall_ms:
                self._counter = remote.counter + 1
            else:
                self._counter = 0
            self._wall_ms = newest
