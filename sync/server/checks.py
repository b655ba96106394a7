"""A pushed batch's checks (hashes, payloads, links, every signature), some in a helper process."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from sync.wire.chain import (
    GENESIS_HASH,
    all_canonical_object_texts,
    chain_hashes,
    text_hashes,
)
from sync.wire.compact import CompactError, decode_push
from sync.wire.verify import first_bad_signature

SPLIT_SIGNATURES_FROM = 512
"""A batch with this many events has part of its signatures verified in the helper process."""
HELPER_SHARE = 0.6
"""The share of a large batch's signatures the helper verifies; the server verifies the rest
beside the batch's insert, which needs the interpreter too."""
_HELPER_TIMEOUT_S = 60.0


def consecutive(seqs: Sequence[int]) -> bool:
    """Tell whether the sequence numbers rise by one from the first (no gap, no repeat)."""
    return bool(seqs) and tuple(seqs) == tuple(range(seqs[0], seqs[0] + len(seqs)))


def run_passes(
    station_id: str, columns: Sequence[Sequence[Any]], payload_texts_canonical: bool
) -> bool:
    """Tell whether a batch (``PUSH_FIELDS`` columns) is one run that passes every hash check.

    That is: sequences rising by one, each payload matching its hash (and canonical JSON of an
    object unless ``payload_texts_canonical``), each record hash matching its fields, each
    event linked to the one before, the first of the chain starting it. Each check runs over
    the whole batch at once. False means only that the batch must be checked event by event
    (which also names the first event that fails); the checkpoint signatures are not checked.
    """
    if not columns or not consecutive(columns[0]):
        return False
    seqs, uuids, hlcs, kinds, texts, payload_hashes, sealed, prevs, records, _signatures = columns
    return (
        (seqs[0] != 1 or prevs[0] == GENESIS_HASH)
        and text_hashes(texts) == list(payload_hashes)
        and (payload_texts_canonical or all_canonical_object_texts(texts))
        and list(records)
        == chain_hashes(station_id, seqs, uuids, hlcs, kinds, payload_hashes, sealed, prevs)
        and prevs[1:] == records[:-1]
    )


def compact_push_passes(body: bytes, station_id: str) -> bool:
    """``run_passes`` for a version 2 push body of ``station_id`` as it arrived."""
    try:
        push = decode_push(body)
    except CompactError:
        return False
    return push.station_id == station_id and run_passes(station_id, push.columns, False)


def _ready() -> bool:
    return True


def _end_with_parent(parent_pid: int) -> None:
    """End the helper once the server that started it is gone (even killed outright)."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class BatchCheckProcess:
    """One helper process that checks large pushes while the server inserts their rows.

    The server decodes a push and inserts it; the helper decodes the same bytes and runs
    ``run_passes`` on another core, and the server commits only once it said yes (or once the
    server checked the batch itself). Started with ``spawn``: the server has threads.
    """

    def __init__(self) -> None:
        self._pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_end_with_parent,
            initargs=(os.getpid(),),
        )
        try:
            self._pool.submit(_ready)  # starts the process and its imports now, not at a push
        except BaseException:
            self._pool.shutdown(wait=False, cancel_futures=True)
            raise

    def check(self, body: bytes, station_id: str) -> Future[bool]:
        """Start checking a version 2 push body; the future holds ``compact_push_passes``."""
        return self._pool.submit(compact_push_passes, body, station_id)

    def verify_signatures(
        self,
        public_hex: str,
        station_id: str,
        seqs: Sequence[int],
        records: Sequence[str],
        signatures: Sequence[str | None],
        types: Sequence[str],
    ) -> Future[int | None]:
        """Start verifying signatures; the future holds ``first_bad_signature``'s answer."""
        return self._pool.submit(
            first_bad_signature,
            public_hex,
            station_id,
            tuple(seqs),
            tuple(records),
            tuple(signatures),
            tuple(types),
        )

    def close(self) -> None:
        """Stop the helper process (a check under way is dropped)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def verify_all_signatures(
    public_hex: str,
    station_id: str,
    seqs: Sequence[int],
    records: Sequence[str],
    signatures: Sequence[str | None],
    types: Sequence[str],
    helper: BatchCheckProcess | None = None,
) -> int | None:
    """Verify every event's signature; return the index of the first bad one (None: all hold).

    Ed25519 verification holds the interpreter (``cryptography`` keeps the GIL), so threads do
    not share it out: a large batch has its last ``HELPER_SHARE`` verified by the helper
    process on another core while this thread verifies the rest. Whatever the helper does not
    answer (it broke, was stopped or took too long) is verified here, so the verdict never
    depends on the helper being alive.
    """
    count = len(seqs)
    if helper is None or count < SPLIT_SIGNATURES_FROM:
        return first_bad_signature(public_hex, station_id, seqs, records, signatures, types)
    cut = count - int(count * HELPER_SHARE)
    try:
        far: Future[int | None] | None = helper.verify_signatures(
            public_hex, station_id, seqs[cut:], records[cut:], signatures[cut:], types[cut:]
        )
    except RuntimeError:  # the helper broke or is shutting down: all of it here
        far = None
    near = first_bad_signature(
        public_hex, station_id, seqs[:cut], records[:cut], signatures[:cut], types[:cut]
    )
    if near is not None:
        if far is not None:
            far.cancel()
        return near
    try:
        if far is None:
            raise RuntimeError("no helper")
        bad = far.result(timeout=_HELPER_TIMEOUT_S)
    except Exception:  # broken or stopped helper process, or too slow: verify them here
        bad = first_bad_signature(
            public_hex, station_id, seqs[cut:], records[cut:], signatures[cut:], types[cut:]
        )
    return None if bad is None else cut + bad
