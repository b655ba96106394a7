"""A push's checks before it is stored: by columns, event by event, or in the helper process."""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from sync.server.checks import (
    BatchCheckProcess,
    consecutive,
    run_passes,
    verify_all_signatures,
)
from sync.server.errors import Conflict, SyncServerError
from sync.server.state import ServerState
from sync.wire.chain import GENESIS_HASH, canonical_object_bytes, chain_hash, sha256_hex
from sync.wire.compact import EventRow, rows_of_columns

_OVERLAP_CHECKPOINTS_FROM = 1000  # a batch this long has its sample verified during the insert
_HELPER_CHECKS_FROM = 2000  # a version 2 batch this long is checked by the helper process
_HELPER_TIMEOUT_S = 60.0
_SPARE_CORE = 0.75  # the load average must stay this far below the number of cores

_log = logging.getLogger(__name__)


class Batch:
    """A push's events in sequence order, as columns (``PUSH_FIELDS``) and, made on demand, rows."""

    def __init__(
        self,
        columns: Sequence[Sequence[Any]],
        rows: list[EventRow] | None = None,
        *,
        checkpoints: Callable[[], None] | None = None,
    ) -> None:
        self.columns = columns
        self._rows = rows
        self.checkpoints = checkpoints
        """The checkpoint signature check still to run before the batch is stored (or None)."""

    @classmethod
    def of_rows(cls, rows: list[EventRow]) -> Batch:
        """A batch of rows already in order."""
        return cls(tuple(zip(*rows, strict=True)) if rows else (), rows)

    @property
    def rows(self) -> list[EventRow]:
        """The events as rows."""
        if self._rows is None:
            self._rows = rows_of_columns(self.columns)
        return self._rows

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0


class PendingCheck:
    """A check running in a helper thread (or nothing to wait for)."""

    def __init__(self, future: Future[None] | None) -> None:
        self._future = future

    def wait(self) -> None:
        """Wait for the check; raise what it raised."""
        if self._future is not None:
            self._future.result()

    def cancel(self) -> None:
        """Drop the check if it has not started (a failed push needs it no more)."""
        if self._future is not None:
            self._future.cancel()


def core_to_spare() -> bool:
    """Tell whether the machine's load (one-minute average) leaves a processor core free."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows) or none readable
        return cores > 1
    return cores > 1 and load <= cores - _SPARE_CORE


def helper_passed(helper: Future[bool]) -> bool:
    """The helper's verdict; a helper that failed or went away passes nothing."""
    try:
        return helper.result(timeout=_HELPER_TIMEOUT_S)
    except Exception:  # broken or stopped helper process, or too slow: check here
        return False


class BatchVerifier:
    """Checks a pushed batch's hashes, links and every signature, with its helpers if started.

    Three paths: a plain run (sequences rising by one) is checked column by column; anything
    else event by event, naming the first event that fails; a large version 2 run is handed to
    the helper process (``helper_check``), which checks it while its rows are inserted.
    """

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.process: BatchCheckProcess | None = None
        """The helper process (``start_process``), or None."""
        self.helper_only_on_a_spare_core = True
        self.helper_checks = 0  # batches handed to the helper process
        self._lock = threading.Lock()
        self._checker: ThreadPoolExecutor | None = None  # checkpoint checks of large pushes

    def start_process(self) -> None:
        """Start the helper process that checks large pushes beside their insert.

        If it cannot start, the server checks every push itself (as it does small ones).
        """
        if self.process is not None:
            return
        try:
            self.process = BatchCheckProcess()
        except (OSError, RuntimeError) as error:
            _log.warning("no helper process for push checks (%s)", error)

    def stop_process(self) -> None:
        """Stop the helper process; large pushes are checked in the server process again."""
        helper, self.process = self.process, None
        if helper is not None:
            helper.close()

    def close(self) -> None:
        """Stop the helper process and the checking threads."""
        self.stop_process()
        if self._checker is not None:
            self._checker.shutdown()

    def helper_check(
        self, station_id: str, columns: Sequence[Sequence[Any]], body: bytes | None
    ) -> Future[bool] | None:
        """Start the helper process on a large version 2 run (None: check it here).

        The helper decodes the batch a second time, which pays only on a core nobody else
        uses: while the machine is busy (its load average leaves no core free) the server
        checks the batch itself.
        """
        helper = self.process
        if (
            helper is None
            or body is None
            or not columns
            or len(columns[0]) < _HELPER_CHECKS_FROM
            or not consecutive(columns[0])
            or (self.helper_only_on_a_spare_core and not core_to_spare())
        ):
            return None
        try:
            verdict = helper.check(body, station_id)
        except RuntimeError:  # the helper broke (or is shutting down): check here
            return None
        self.helper_checks += 1
        return verdict

    def start_checkpoints(self, batch: Batch) -> PendingCheck:
        """Start the batch's signature check (every event's signature).

        In a large batch it runs in a helper thread while the rows are inserted (SQLite and
        PostgreSQL write without the interpreter), part of it in the helper process, and the
        commit waits for it; a small batch is checked at once.
        """
        check = batch.checkpoints
        if check is None or len(batch) < _OVERLAP_CHECKPOINTS_FROM:
            if check is not None:
                check()
            return PendingCheck(None)
        with self._lock:
            if self._checker is None:
                self._checker = ThreadPoolExecutor(2, thread_name_prefix="checkpoint-check")
        return PendingCheck(self._checker.submit(check))

    def verify_batch(
        self,
        station_id: str,
        columns: Sequence[Sequence[Any]],
        payload_texts_canonical: bool,
    ) -> Batch:
        """Check every event's hashes and the links between them; return them by sequence.

        The usual batch (sequences rising by one, plain texts) is checked column by column:
        each check runs over the whole batch at once and the results are compared as lists.
        If any of them fails, or the batch is not a plain run, every event is checked one by
        one as ``_verify_rows`` does, which names the first event that fails.
        """
        if run_passes(station_id, columns, payload_texts_canonical):
            return self.run_batch(station_id, columns)
        ordered = self._verify_rows(station_id, rows_of_columns(columns), payload_texts_canonical)
        return Batch.of_rows(ordered)

    def run_batch(self, station_id: str, columns: Sequence[Sequence[Any]]) -> Batch:
        """A batch that is one run, its checkpoint check to do before it is stored."""
        seqs, types, records, signatures = columns[0], columns[3], columns[8], columns[9]
        return Batch(
            columns,
            checkpoints=partial(
                self._verify_checkpoints, station_id, seqs, records, signatures, types
            ),
        )

    def _verify_rows(
        self, station_id: str, events: Sequence[EventRow], payload_texts_canonical: bool
    ) -> list[EventRow]:
        """Check a batch event by event (any order, repeats allowed); return it by sequence.

        ``payload_texts_canonical`` says the payload texts were made here from parsed objects
        (version 1); texts a station sent (version 2) must also be exactly canonical JSON, what
        a version 1 receiver recomputes from the object.
        """
        # While the sequences only rise (the usual batch) no two events can share one, so the
        # map by sequence is built only from the first event that does not rise.
        by_seq: dict[int, EventRow] | None = None
        last_seq = 0
        for index, event in enumerate(events):
            seq, uuid, hlc, kind, text, payload_hash, sealed, prev, record, _signed = event
            data = text.encode("utf-8")
            if sha256_hex(data) != payload_hash:
                raise SyncServerError(
                    "bad_payload_hash", "An event's payload does not match its hash.", seq=seq
                )
            if not payload_texts_canonical and canonical_object_bytes(data) is None:
                raise SyncServerError(
                    "payload_not_canonical",
                    "An event's payload is not canonical JSON of an object.",
                    seq=seq,
                )
            if chain_hash(station_id, seq, uuid, hlc, kind, payload_hash, sealed, prev) != record:
                raise SyncServerError(
                    "bad_record_hash", "An event's record hash does not match.", seq=seq
                )
            if seq == 1 and prev != GENESIS_HASH:
                raise SyncServerError("bad_chain", "The first event must start the chain.", seq=1)
            if by_seq is None:
                if seq > last_seq:
                    last_seq = seq
                    continue
                by_seq = {earlier.seq: earlier for earlier in events[:index]}
            seen = by_seq.get(seq)
            if seen is not None and seen.hash != record:
                raise Conflict(
                    "same_key_different_content",
                    "Two different events with one sequence number in a batch.",
                    seq=seq,
                )
            by_seq[seq] = event
        ordered = list(events) if by_seq is None else [by_seq[seq] for seq in sorted(by_seq)]
        for before, after in itertools.pairwise(ordered):
            if after.seq == before.seq + 1 and after.prev_hash != before.hash:
                raise SyncServerError(
                    "bad_chain", "An event does not follow the one before it.", seq=after.seq
                )
        self._verify_checkpoints(
            station_id,
            [event.seq for event in ordered],
            [event.hash for event in ordered],
            [event.signature for event in ordered],
            [event.type for event in ordered],
        )
        return ordered

    def _verify_checkpoints(
        self,
        station_id: str,
        seqs: Sequence[int],
        records: Sequence[str],
        signatures: Sequence[str | None],
        types: Sequence[str],
    ) -> None:
        """Verify every event's signature with the station's key before anything is stored.

        A request signature proves who sent the batch, not that the station's key signed each
        event in it (a row added to the station's file without the key travels in a genuine
        request), so each event's own signature is verified: none is sampled or left for later.
        A large batch shares the work with the helper process (``verify_all_signatures``). The
        first event that fails refuses the whole push, naming its sequence; only the events a
        station writes while nobody is signed in may be unsigned
        (``sync.wire.verify.UNSIGNED_EVENT_TYPES``).
        """
        bad = verify_all_signatures(
            self.state.station_key_hex(station_id),
            station_id,
            seqs,
            records,
            signatures,
            types,
            helper=self.process,
        )
        if bad is not None:
            seq = seqs[bad]
            raise SyncServerError(
                "bad_checkpoint_signature",
                f"Event #{seq} is not signed by this station's key: the push was refused and "
                "nothing of it was stored.",
                seq=seq,
            )
