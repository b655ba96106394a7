"""What the sync client needs from a station's local store, as a Protocol (no station import)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sync.wire.envelope import ChainedEvent, WireEvent
from sync.wire.receipts import Receipt


@dataclass(frozen=True)
class ServerBinding:
    """The server a station enrolled with, and the key it pinned then."""

    url: str
    clinic_id: str
    server_key_id: str
    server_public_key: str


@dataclass(frozen=True)
class PullState:
    """Where the station is in the server's feed: the cursor and the feed's identity."""

    cursor: int = 0
    epoch: str = ""


class LocalReplica(Protocol):
    """The station's side of sync; the store implements it in ``station/services/sync_link``.

    Contract:

    * ``events_after`` returns the station's own events with ``seq > after`` in order.
    * ``set_push_mark`` is called only after a push reply arrived; it must be durable before
      it returns.
    * ``apply_pulled`` stores the batch AND the new pull state in ONE transaction, and ignores
      events whose uuid it already holds (a batch may be delivered more than once).
    * ``restore_own_events`` appends the station's own events recovered from the server after
      the station was restored from an older backup; they continue the local chain exactly
      (same hashes), so it must check ``prev_hash`` against its head and store them verbatim.
    """

    @property
    def station_id(self) -> str:
        """Return the station id (as enrolled)."""
        ...

    def public_key_hex(self) -> str:
        """Return the station's Ed25519 public key, raw, in hex."""
        ...

    def sign(self, message: bytes) -> bytes:
        """Sign ``message`` with the station's Ed25519 key."""
        ...

    def head(self) -> tuple[int, str]:
        """Return the highest local sequence and its record hash (0 and genesis if empty)."""
        ...

    def events_after(self, after: int, limit: int) -> Sequence[ChainedEvent]:
        """Return up to ``limit`` own events with ``seq > after``, in order."""
        ...

    def push_mark(self) -> int:
        """Return the highest sequence the server confirmed holding."""
        ...

    def set_push_mark(self, seq: int) -> None:
        """Durably store the push mark (called only after storing a server reply)."""
        ...

    def pull_state(self) -> PullState:
        """Return the stored pull cursor and feed epoch."""
        ...

    def apply_pulled(self, events: Sequence[WireEvent], state: PullState) -> None:
        """Apply pulled events and store ``state`` in one transaction; skip known uuids."""
        ...

    def restore_own_events(self, events: Sequence[WireEvent]) -> None:
        """Re-append own events the server holds but this (restored) station lost."""
        ...

    def server_binding(self) -> ServerBinding | None:
        """Return the enrolled server, or None before enrollment."""
        ...

    def save_server_binding(self, binding: ServerBinding) -> None:
        """Store the enrolled server and its pinned key."""
        ...


class PushRowSource(Protocol):
    """Optional for a ``LocalReplica`` whose log keeps each payload as its canonical JSON text.

    The sync engine then pushes the stored rows as they are (wire version 2 arrays) instead of
    building an event object per row and encoding its payload again.
    """

    def push_rows_after(self, after: int, limit: int) -> Sequence[Sequence[object]]:
        """Return up to ``limit`` own events with ``seq > after``, in order, as arrays.

        Each array holds ``sync.wire.compact.PUSH_FIELDS`` in order (``payload`` as its
        canonical text).
        """
        ...


class PulledRowSink(Protocol):
    """Optional for a ``LocalReplica`` that can store pulled events as arrays.

    The sync engine then hands over each checked page as the arrays it arrived in instead of
    building an event object per row.
    """

    def apply_pulled_rows(self, rows: Sequence[Sequence[object]], state: PullState) -> None:
        """Do what ``apply_pulled`` does, for arrays in ``sync.wire.compact.FEED_FIELDS`` order.

        Their payloads are canonical JSON text and their hashes are checked; store the rows and
        ``state`` in ONE transaction, skip uuids already held, refuse the whole page if another
        event is held under a row's (station, seq).
        """
        ...


class ReceiptKeeper(Protocol):
    """Optional for a ``LocalReplica`` that keeps the server's push receipts (anchors its end).

    With it, the sync engine checks the station's own chain against the receipts before each
    push (``sync.wire.receipts``): a record the server confirmed may not change, and the log
    may not end before the last confirmed record.
    """

    def own_hash(self, seq: int) -> str | None:
        """The record hash of own event ``seq`` (the genesis hash for 0; None if missing)."""
        ...

    def kept_receipts(self) -> Sequence[str]:
        """The receipts kept, as the signed texts they arrived as (oldest first)."""
        ...

    def keep_receipt(self, receipt: Receipt) -> None:
        """Keep a checked receipt (the latest, and at most one per day)."""
        ...

    def report_problem(self, sentence: str) -> None:
        """Refuse every decision on this record from now on, saying ``sentence``."""
        ...
