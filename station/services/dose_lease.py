"""What sync says before a dose: asked before the store's write, its lease's expiry checked in it.

Asking may wait on the network (a lease taken or renewed at the server). The counter asks
before it opens the write transaction, so a slow server holds up no reader; inside the write it
only checks, on the local clock, that a granted lease has not run out meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from station.domain.decision import SyncState
from station.domain.patients import Patient
from station.domain.sessions import SessionKey


@dataclass(frozen=True)
class SyncAnswer:
    """What sync knows about dosing one patient in one session, and until when it holds."""

    state: SyncState
    expires: float | None = None
    """When a granted lease runs out, on ``clock`` (None: this answer has nothing to run out)."""
    clock: Callable[[], float] = time.monotonic

    def holds(self) -> bool:
        """True while the answer may still be acted on (the local clock only: no network)."""
        return self.expires is None or self.clock() < self.expires


@runtime_checkable
class LeaseProbing(Protocol):
    """A sync probe that also says when the lease behind its answer runs out."""

    def answer(self, patient: Patient, session: SessionKey) -> SyncAnswer:
        """What sync knows now (may use the network), with the granted lease's expiry."""
        ...


def ask_sync(
    probe: Callable[[Patient, SessionKey], SyncState], patient: Patient, session: SessionKey
) -> SyncAnswer:
    """Ask the probe (it may use the network: never call this inside a write transaction).

    A probe that cannot say when its answer runs out (offline rules, a test's fixed answer)
    gives an answer that holds until it is asked again.
    """
    holder: object = probe  # a plain callable, or one that also knows its lease's expiry
    if isinstance(holder, LeaseProbing):
        return holder.answer(patient, session)
    return SyncAnswer(probe(patient, session))
