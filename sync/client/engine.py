"""One sync round for a station: push its log (retried whole), then pull the feed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sync.client.anchor import ChainAnchor, reply_receipt
from sync.client.errors import IntegrityProblem, SyncRejected
from sync.client.replica import LocalReplica, PullState, ReceiptKeeper, ServerBinding
from sync.client.transport import SyncTransport
from sync.wire import compact
from sync.wire.chain import chain_hash, checkpoint_message, sha256_hex
from sync.wire.compact import collector_paused, event_row
from sync.wire.directory import DirectoryError, read_directory
from sync.wire.envelope import (
    MAX_EVENTS,
    SERVER_STATION_ID,
    EnrollRequest,
    PushReply,
    PushRequest,
    WireEvent,
)
from sync.wire.signing import enrollment_message, load_public_key, verify_hex
from sync.wire.verify import UNSIGNED_EVENT_TYPES

PUSH_BATCH = 500
PULL_PAGE = 1000
MAX_ROUNDS = 10_000


@dataclass(frozen=True)
class SyncReport:
    """What one sync round did, for the status line and ``dosing-station sync --json``."""

    pushed: int = 0
    duplicates: int = 0
    pulled: int = 0
    restored_own: int = 0
    server_highest_seq: int = 0
    pull_cursor: int = 0
    incidents_raised: tuple[str, ...] = ()
    notices: tuple[str, ...] = field(default_factory=tuple)


KeyOf = Callable[[str, int], Ed25519PublicKey]
"""The public key a pulled event of a station must be signed with (given station and sequence);
raises ``IntegrityProblem`` for a station it has no key of."""


def check_row(
    row: Sequence[Any], server_key_hex: str | None = None, key_of: KeyOf | None = None
) -> None:
    """Recompute a pulled event's hashes and check its signature.

    ``row`` holds the fields in ``sync.wire.compact.FEED_FIELDS`` order with the payload as
    its canonical JSON text. A server event must be signed by ``server_key_hex`` (the pinned
    key); with ``key_of``, another station's event must be signed by that station's key (only
    ``sync.wire.verify.UNSIGNED_EVENT_TYPES`` may be unsigned).
    """
    station_id, seq, uuid, hlc, kind, text, payload_hash, sealed, prev, record, signature = row
    if sha256_hex(text.encode("utf-8")) != payload_hash:
        raise IntegrityProblem(f"Pulled event {uuid} does not match its payload hash.")
    if chain_hash(station_id, seq, uuid, hlc, kind, payload_hash, sealed, prev) != record:
        raise IntegrityProblem(f"Pulled event {uuid} does not match its record hash.")
    if station_id == SERVER_STATION_ID:
        if server_key_hex is None:
            return
        message = checkpoint_message(station_id, seq, record)
        if signature is None or not verify_hex(load_public_key(server_key_hex), signature, message):
            raise IntegrityProblem(
                f"Server event #{seq} is not signed by the server key this station pinned at "
                "enrollment: it was refused and nothing of its page was applied."
            )
        return
    if key_of is None:
        return
    public = key_of(station_id, seq)
    if signature is None:
        if kind in UNSIGNED_EVENT_TYPES:
            return
    else:
        try:
            public.verify(bytes.fromhex(signature), checkpoint_message(station_id, seq, record))
        except (InvalidSignature, ValueError, TypeError):
            pass
        else:
            return
    raise IntegrityProblem(
        f"Pulled event #{seq} of station {station_id} is not signed by that station's key: it "
        "was refused and nothing of its page was applied (the server's administrator should "
        "check that station)."
    )


def check_event(
    event: WireEvent, server_key_hex: str | None = None, key_of: KeyOf | None = None
) -> None:
    """``check_row`` for an event object (its payload as canonical text)."""
    check_row((event.station_id, *event_row(event)), server_key_hex, key_of)


def enroll_station(
    replica: LocalReplica, server_url: str, code: str, *, name: str = "", verify: bool | str = True
) -> ServerBinding:
    """Enroll the station with a one-time code and pin the server's public key."""
    code = code.strip().upper()
    public = replica.public_key_hex()
    proof = replica.sign(enrollment_message(code, replica.station_id, public)).hex()
    transport = SyncTransport(server_url, replica.station_id, replica.sign, verify=verify)
    try:
        reply = transport.enroll(
            EnrollRequest(
                code=code, station_id=replica.station_id, name=name, public_key=public, proof=proof
            )
        )
    finally:
        transport.close()
    binding = ServerBinding(
        url=server_url,
        clinic_id=reply.clinic_id,
        server_key_id=reply.server_key_id,
        server_public_key=reply.server_public_key,
    )
    replica.save_server_binding(binding)
    return binding


class SyncEngine:
    """Runs sync rounds for one replica over one transport (one round at a time)."""

    def __init__(
        self,
        replica: LocalReplica,
        transport: SyncTransport,
        *,
        push_batch: int = PUSH_BATCH,
        pull_page: int = PULL_PAGE,
    ) -> None:
        self.replica = replica
        self.transport = transport
        self.push_batch = push_batch
        self.pull_page = pull_page
        binding = replica.server_binding()
        self._server_key = binding.server_public_key if binding else None
        self._clinic_id = binding.clinic_id if binding else None
        self._station_keys: dict[str, Ed25519PublicKey] = {}
        """Other stations' keys from the server's signed directory (fetched when first needed,
        again when an event names a station not in it)."""
        self._directory_fetched = False

    def queued_events(self) -> int:
        """Count own events not yet confirmed by the server."""
        return max(0, self.replica.head()[0] - self.replica.push_mark())

    def sync_once(self) -> SyncReport:
        """Push everything queued, then pull until the feed is exhausted."""
        notices: list[str] = []
        pushed, duplicates, restored, highest, incidents = self._push(notices)
        pulled, cursor = self._pull(notices)
        return SyncReport(
            pushed=pushed,
            duplicates=duplicates,
            pulled=pulled,
            restored_own=restored,
            server_highest_seq=highest,
            pull_cursor=cursor,
            incidents_raised=tuple(incidents),
            notices=tuple(notices),
        )

    def _anchor(self) -> ChainAnchor | None:
        """The receipt check, when the replica keeps receipts and a server key is pinned."""
        replica = self.replica
        if self._server_key is None or not all(
            hasattr(replica, name)
            for name in ("own_hash", "kept_receipts", "keep_receipt", "report_problem")
        ):
            return None
        keeper: ReceiptKeeper = replica  # type: ignore[assignment]
        return ChainAnchor(
            keeper,
            self.transport,
            station_id=replica.station_id,
            server_key=self._server_key,
            clinic_id=self._clinic_id,
            head=replica.head,
        )

    def _push(self, notices: list[str]) -> tuple[int, int, int, int, list[str]]:
        replica = self.replica
        pushed = duplicates = restored = 0
        incidents: list[str] = []
        anchor = self._anchor()
        if anchor is not None:
            # Records the server confirmed to this copy must be as they were: a rewritten one
            # stops everything here, before the rewritten history reaches the server.
            anchor.check_before_push(notices)
        mark = replica.push_mark()
        highest = 0
        fork_at: int | None = None
        batch = min(self.push_batch, compact.MAX_BATCH)
        for _round in range(MAX_ROUNDS):
            head_seq, head_hash = replica.head()
            mark = min(mark, head_seq)
            try:
                sent, reply = self._push_batch(mark, head_seq, head_hash, batch)
            except SyncRejected as error:
                if error.code != "body_too_large":
                    raise
                if batch == 1:  # one event the server will not take: a technician's matter
                    raise SyncRejected(
                        f"Event #{mark + 1} of this station is larger than the server takes "
                        f"({error}); nothing from it on was sent: call the technician.",
                        error.code,
                    ) from None
                batch = max(1, batch // 2)  # the same events again, in smaller requests
                continue
            receipt = (
                reply_receipt(
                    reply,
                    self._server_key,
                    clinic_id=self._clinic_id,
                    station_id=replica.station_id,
                )
                if self._server_key is not None
                else None
            )
            notices.extend(notice.message for notice in reply.notices)
            incidents.extend(reply.incidents_raised)
            pushed += reply.accepted
            duplicates += reply.duplicates
            highest = reply.highest_contiguous_seq
            if highest > head_seq:
                restored += self._restore_own(head_seq, highest)
                head_seq = replica.head()[0]
            if anchor is not None and receipt is not None:
                differs = anchor.settle(receipt)
                if differs is not None:
                    # The server holds another chain under this station's id (a copy pushed
                    # first): push from where they part, so the server records the fork.
                    if fork_at is not None:
                        raise IntegrityProblem(
                            f"This station's log differs from the one the server holds from "
                            f"record #{differs} on, and the server did not say why: nothing "
                            "more is sent (the server's administrator should check this "
                            "station)."
                        )
                    fork_at = differs
                    mark = differs - 1
                    replica.set_push_mark(mark)
                    continue
            new_mark = min(highest, head_seq)
            replica.set_push_mark(new_mark)
            if new_mark < mark:
                notices.append(
                    f"The server held this station's events only up to {new_mark} (not {mark}); "
                    "they are being sent again."
                )
            elif sent and new_mark == mark:
                raise SyncRejected(
                    "The server accepted none of this station's events.", "push_not_advancing"
                )
            mark = new_mark
            if mark >= head_seq:
                return pushed, duplicates, restored, highest, incidents
        raise SyncRejected("Push did not finish.", "push_not_advancing")

    def _push_batch(
        self, mark: int, head_seq: int, head_hash: str, batch: int
    ) -> tuple[int, PushReply]:
        """Push at most ``batch`` own events after ``mark``: how many were sent, the reply."""
        replica = self.replica
        rows_after = getattr(replica, "push_rows_after", None)
        if rows_after is not None and self.transport.compact is not False:
            rows = rows_after(mark, batch)
            reply = self.transport.push_rows(
                local_head_seq=head_seq, local_head_hash=head_hash, push_mark=mark, rows=rows
            )
            return len(rows), reply
        events = [
            e if isinstance(e, WireEvent) else WireEvent.from_event(e)
            for e in replica.events_after(mark, min(batch, self._object_batch()))
        ]
        reply = self.transport.push(
            PushRequest(
                station_id=replica.station_id,
                local_head_seq=head_seq,
                local_head_hash=head_hash,
                push_mark=mark,
                events=events,
            )
        )
        return len(events), reply

    def _object_batch(self) -> int:
        """How many events to push as objects (a PushRequest holds at most MAX_EVENTS)."""
        return min(self.push_batch, MAX_EVENTS)

    def _restore_own(self, local_head: int, server_highest: int) -> int:
        restored = 0
        after = local_head
        while after < server_highest:
            reply = self.transport.own_events(after=after, limit=min(self.push_batch, MAX_EVENTS))
            if not reply.events:
                break
            for event in reply.events:
                check_event(event)
            self.replica.restore_own_events(reply.events)
            restored += len(reply.events)
            after = reply.events[-1].seq
        return restored

    def _pull(self, notices: list[str]) -> tuple[int, int]:
        pulled = 0
        replica = self.replica
        state = replica.pull_state()
        apply_rows = getattr(replica, "apply_pulled_rows", None)
        for _page in range(MAX_ROUNDS):
            if apply_rows is not None:
                page = self.transport.pull_rows(
                    cursor=state.cursor, epoch=state.epoch, limit=self.pull_page
                )
                notices.extend(notice.message for notice in page.notices)
                state = PullState(cursor=page.cursor, epoch=page.epoch)
                self._directory_fetched = False  # an unknown station: ask once per page
                with collector_paused():  # thousands of cycle-free rows and tuples
                    for row in page.rows:
                        check_row(row, self._server_key, self._key_of)
                    apply_rows(page.rows, state)
                pulled += len(page.rows)
                more = page.has_more
            else:
                reply = self.transport.pull(
                    cursor=state.cursor, epoch=state.epoch, limit=self.pull_page
                )
                notices.extend(notice.message for notice in reply.notices)
                self._directory_fetched = False
                self._check_all(reply.events)
                state = PullState(cursor=reply.cursor, epoch=reply.epoch)
                replica.apply_pulled(reply.events, state)
                pulled += len(reply.events)
                more = reply.has_more
            if not more:
                break
        return pulled, state.cursor

    def _check_all(self, events: Sequence[WireEvent]) -> None:
        for event in events:
            check_event(event, self._server_key, self._key_of)

    def _key_of(self, station_id: str, seq: int) -> Ed25519PublicKey:
        """The key another station's pulled event must carry the signature of.

        Keys come from the server's station-key directory, signed with the server key this
        station pinned at enrollment; they are kept for the engine's life (a station id keeps
        its key: enrolling again needs a new id). A station not in the kept list has the list
        fetched again, once per page; a station the server does not name is refused.
        """
        public = self._station_keys.get(station_id)
        if public is not None:
            return public
        if not self._directory_fetched:
            self._directory_fetched = True
            self._fetch_station_keys()
            public = self._station_keys.get(station_id)
            if public is not None:
                return public
        raise IntegrityProblem(
            f"Pulled event #{seq} comes from station {station_id}, which the server's signed "
            "list of station keys does not name: it was refused and nothing of its page was "
            "applied."
        )

    def _fetch_station_keys(self) -> None:
        """Fetch and check the server's signed station-key directory (``sync.wire.directory``)."""
        if self._server_key is None:
            raise IntegrityProblem(
                "This station has pinned no server key to check pulled events with (it is not "
                "enrolled): nothing was applied."
            )
        try:
            body = self.transport.station_keys()
        except SyncRejected as error:
            if error.code not in ("404", "405"):
                raise
            raise IntegrityProblem(
                "The server sends no signed list of station keys (a server older than this "
                "station?), so pulled events of other stations cannot be checked: nothing was "
                "applied."
            ) from error
        try:
            directory = read_directory(body, self._server_key, self._clinic_id)
        except DirectoryError as error:
            reason = str(error).rstrip(".")
            raise IntegrityProblem(f"{reason}: nothing pulled was applied.") from None
        self._station_keys = {
            station_id: entry.public_key for station_id, entry in directory.stations.items()
        }
