"""Pushes: a station's checked events stored exactly once, its chain advanced, a receipt signed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from sync.server import schema as t
from sync.server.auth import AuthenticatedStation, check_version
from sync.server.db import write_transaction
from sync.server.doses import DOSE_EVENT
from sync.server.errors import Conflict, Forbidden
from sync.server.forks import Divergence, ForkRejected, Forks
from sync.server.incidents import Incidents
from sync.server.state import ServerState
from sync.server.verify import Batch, BatchVerifier, helper_passed
from sync.wire.chain import GENESIS_HASH
from sync.wire.compact import COMPACT_WIRE_VERSION, CompactPush, EventRow
from sync.wire.envelope import Notice, PushReply, PushRequest
from sync.wire.receipts import sign_receipt
from sync.wire.station_requests import INCIDENT_RESOLVED

# Applies a station's newly stored incident resolutions in the push's transaction; its notices.
Resolutions = Callable[[Connection, str, Sequence[EventRow]], list[Notice]]

_EVENT_COLUMNS = (
    "station_id, seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, hash, "
    "signature, received_at"
)


def insert_events(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert event rows in one executemany straight through the driver (no per-row mapping)."""
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    placeholders = ", ".join([marker] * 12)
    connection.exec_driver_sql(
        f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({placeholders})",  # noqa: S608
        list(rows),
    )


def advance_contiguous(
    connection: Connection,
    station_id: str,
    highest: int,
    head: str,
    known: Mapping[int, str],
) -> tuple[int, str]:
    """Move the highest contiguous sequence over ``known`` (seq to hash) and then the table.

    The table is read in growing chunks from the new mark, so a gap costs one small query
    and the cost follows the events just stored, not the station's history.
    """
    while highest + 1 in known:
        highest += 1
        head = known[highest]
    chunk = 16
    while True:
        rows = connection.execute(
            select(t.events.c.seq, t.events.c.hash)
            .where(t.events.c.station_id == station_id)
            .where(t.events.c.seq > highest)
            .order_by(t.events.c.seq)
            .limit(chunk)
        ).all()
        for row in rows:
            if row.seq != highest + 1:
                return highest, head
            highest, head = row.seq, row.hash
        if len(rows) < chunk:
            return highest, head
        chunk = min(chunk * 4, 5000)


def _fresh_events(batch: Batch, held: Mapping[int, tuple[str, str, str]]) -> Batch:
    """The batch's events the server does not hold yet, checked against those it holds.

    Raise ``Divergence`` for an event that differs from the held one under its sequence,
    or that does not link to a held neighbour.
    """
    if not held:
        return batch  # nothing held around the batch: all of it is new
    fresh: list[EventRow] = []
    for event in batch.rows:
        existing = held.get(event.seq)
        if existing is not None:
            if existing[1] != event.hash:
                raise Divergence(event.seq, "different event for a held sequence")
            continue
        before = held.get(event.seq - 1)
        if before is not None and event.prev_hash != before[1]:
            raise Divergence(event.seq, "does not follow the held chain")
        after = held.get(event.seq + 1)
        if after is not None and after[2] != event.hash:
            raise Divergence(event.seq, "held successor does not follow it")
        fresh.append(event)
    return Batch.of_rows(fresh)


class Ingest:
    """Takes pushes (wire versions 1 and 2): checks, stores, books doses, records forks."""

    def __init__(
        self,
        state: ServerState,
        verifier: BatchVerifier,
        incidents: Incidents,
        forks: Forks,
        stored: Callable[[], None],
        resolutions: Resolutions | None = None,
    ) -> None:
        self.state = state
        self._resolutions = resolutions  # applies a station's incident resolutions as stored
        self.verifier = verifier
        self.incidents = incidents
        self.forks = forks
        self._stored = stored  # told after a push stored new events (their signatures)

    def push(self, station: AuthenticatedStation, request: PushRequest) -> PushReply:
        """Store a batch of a station's events exactly once, checking the chain (version 1)."""
        check_version(request.wire_version)
        if request.station_id != station.station_id or any(
            event.station_id != station.station_id for event in request.events
        ):
            raise Forbidden("wrong_station", "A station may push only its own events.")
        rows = [
            EventRow(
                e.seq,
                e.uuid,
                e.hlc,
                e.type,
                e.canonical_payload(),
                e.payload_hash,
                e.sealed_digest,
                e.prev_hash,
                e.hash,
                e.signature,
            )
            for e in request.events
        ]
        return self._push_rows(
            station.station_id,
            request,
            tuple(zip(*rows, strict=True)) if rows else (),
            payload_texts_canonical=True,
        )

    def push_compact(
        self, station: AuthenticatedStation, request: CompactPush, body: bytes | None = None
    ) -> PushReply:
        """Store a version 2 batch (payloads as text) with the same checks as ``push``.

        ``body``, the bytes ``request`` was decoded from, lets the helper process (if started)
        check a large batch while its rows are inserted.
        """
        check_version(request.wire_version, (COMPACT_WIRE_VERSION,))
        if request.station_id != station.station_id:
            raise Forbidden("wrong_station", "A station may push only its own events.")
        return self._push_rows(
            station.station_id, request, request.columns, payload_texts_canonical=False, body=body
        )

    def _push_rows(
        self,
        station_id: str,
        request: PushRequest | CompactPush,
        columns: Sequence[Sequence[Any]],
        *,
        payload_texts_canonical: bool,
        body: bytes | None = None,
    ) -> PushReply:
        verifier = self.verifier
        helper = verifier.helper_check(station_id, columns, body)
        if helper is None:
            batch = verifier.verify_batch(station_id, columns, payload_texts_canonical)
        else:
            batch = verifier.run_batch(station_id, columns)  # the helper checks its hashes
        checked = verifier.start_checkpoints(batch)

        def checks_passed() -> bool:
            checked.wait()  # a bad signature raises: nothing is stored
            return helper is None or helper_passed(helper)

        try:
            reply = self._store_batch(station_id, request, batch, checks_passed)
        except BaseException as error:
            # A check failing is told first, as if the checks had run before the storing.
            if helper is not None and not helper_passed(helper):
                verifier.verify_batch(station_id, columns, payload_texts_canonical)
            checked.wait()
            if isinstance(error, ForkRejected):
                raise self.forks.rejected_push(station_id, error.incident_id) from None
            if isinstance(error, Divergence):
                raise self.forks.record(station_id, error, batch, request) from None
            raise
        finally:
            checked.cancel()
        if reply is None:  # the helper did not pass it (not one plain run): check it here
            batch = verifier.verify_batch(station_id, columns, payload_texts_canonical)
            return self._push_rows(station_id, request, batch.columns, payload_texts_canonical=True)
        if reply.accepted:
            self._stored()  # the background check verifies the new signatures
        if request.wire_version != reply.wire_version:
            reply = reply.model_copy(update={"wire_version": request.wire_version})
        return reply

    def _store_batch(
        self,
        station_id: str,
        request: PushRequest | CompactPush,
        batch: Batch,
        checks_passed: Callable[[], bool],
    ) -> PushReply | None:
        """Store the batch's new events and move the station's chain; sign the receipt.

        ``checks_passed`` is asked last, before the commit: False rolls the whole batch back
        and returns None (nothing was stored).
        """
        now = self.state.clock()
        notices: list[Notice] = []
        incidents_raised: list[str] = []
        resolved: list[Notice] = []
        with write_transaction(self.state.engine, feed=True) as connection:
            station = connection.execute(
                select(t.stations).where(t.stations.c.station_id == station_id)
            ).one()
            self.forks.refuse_set_aside_copy(connection, station_id, request, batch)
            held: dict[int, tuple[str, str, str]] = {}
            if batch.columns:
                seqs = batch.columns[0]
                low, high = seqs[0] - 1, seqs[-1] + 1
                for row in connection.execute(
                    select(t.events.c.seq, t.events.c.uuid, t.events.c.hash, t.events.c.prev_hash)
                    .where(t.events.c.station_id == station_id)
                    .where(t.events.c.seq.between(low, high))
                ):
                    held[row.seq] = (row.uuid, row.hash, row.prev_hash)
            fresh = _fresh_events(batch, held)
            duplicates = len(batch) - len(fresh)
            if fresh:
                count = len(fresh)
                try:
                    # The columns are those after station_id in the table's order. A clash
                    # aborts the whole transaction (the Conflict leaves the block), so no
                    # savepoint is needed around the insert.
                    insert_events(
                        connection,
                        list(
                            zip(
                                repeat(station_id, count),
                                *fresh.columns,
                                repeat(now, count),
                                strict=True,
                            )
                        ),
                    )
                except IntegrityError:
                    # (station, seq) was checked above under the feed lock, so only a uuid the
                    # server already holds for another event can clash here.
                    raise Conflict(
                        "same_key_different_content",
                        "An event id is already held with different content.",
                    ) from None
                if DOSE_EVENT in fresh.columns[3]:
                    dose_events = [e for e in fresh.rows if e.type == DOSE_EVENT]
                    incidents_raised = self.incidents.record_doses(
                        connection, station_id, dose_events
                    )
                if self._resolutions is not None and INCIDENT_RESOLVED in fresh.columns[3]:
                    resolved = self._resolutions(
                        connection,
                        station_id,
                        [e for e in fresh.rows if e.type == INCIDENT_RESOLVED],
                    )
            known = {seq: held_row[1] for seq, held_row in held.items()}
            if fresh:
                known.update(zip(fresh.columns[0], fresh.columns[8], strict=True))
            highest, head = advance_contiguous(
                connection, station_id, station.highest_contiguous_seq, station.head_hash, known
            )
            notices = resolved + self._compare_heads(connection, station_id, request, highest)
            if (highest, head) != (station.highest_contiguous_seq, station.head_hash):
                # (An unchanged row is not rewritten: a push with nothing new commits nothing.)
                connection.execute(
                    update(t.stations)
                    .where(t.stations.c.station_id == station_id)
                    .values(highest_contiguous_seq=highest, head_hash=head)
                )
            if not checks_passed():
                connection.rollback()  # nothing of the batch is kept
                return None
        state = self.state
        return PushReply(
            station_id=station_id,
            highest_contiguous_seq=highest,
            head_hash=head,
            accepted=len(fresh),
            duplicates=duplicates,
            incidents_raised=incidents_raised,
            notices=notices,
            receipt=sign_receipt(
                state.signing_key,
                clinic_id=state.clinic_id,
                server_key_id=state.server_key_id,
                station_id=station_id,
                seq=highest,
                head_hash=head,
                issued_at=int(now),
            ),
        )

    def _compare_heads(
        self,
        connection: Connection,
        station_id: str,
        request: PushRequest | CompactPush,
        highest: int,
    ) -> list[Notice]:
        """Tell a station restored from a backup, or a server behind it (alerts and notices).

        Raise ``Divergence`` when the station's head is not the event the server holds there.
        """
        notices: list[Notice] = []
        if request.local_head_seq < highest:
            held_hash = connection.execute(
                select(t.events.c.hash)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq == request.local_head_seq)
            ).scalar()
            expected = GENESIS_HASH if request.local_head_seq == 0 else held_hash
            if expected != request.local_head_hash:
                raise Divergence(request.local_head_seq, "station head differs from server")
            self.state.alert(
                connection,
                station_id,
                "station_restored_from_backup",
                {"station_head": request.local_head_seq, "server_holds": highest},
            )
            notices.append(
                Notice(
                    code="station_behind_server",
                    message=(
                        f"This station holds events up to {request.local_head_seq} but the "
                        f"server holds up to {highest}: it was restored from an older "
                        "backup. Its missing events are being restored from the server."
                    ),
                )
            )
        if request.push_mark > highest:
            self.state.alert(
                connection,
                station_id,
                "server_behind_station",
                {"station_push_mark": request.push_mark, "server_holds": highest},
            )
            # The feed is not restarted here: a station's word cannot make every other
            # station re-read the feed (``restart_feed`` is the administrator's).
            notices.append(
                Notice(
                    code="server_behind_station",
                    message=(
                        f"The server holds this station's events only up to {highest}, "
                        f"not {request.push_mark}: it was restored from an older backup. "
                        "The station is sending them again; the server's administrator "
                        "is alerted."
                    ),
                )
            )
        return notices
