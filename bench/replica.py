"""The bench replica: a station's signed log in a plain SQLite file (the sync figures' baseline)."""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.client.errors import IntegrityProblem
from sync.client.replica import PullState, ServerBinding
from sync.wire.chain import (
    GENESIS_HASH,
    ChainFields,
    canonical_json,
    checkpoint_message,
    parse_json_object,
)
from sync.wire.chain import payload_hash as compute_payload_hash
from sync.wire.envelope import WireEvent
from sync.wire.hlc import HlcStamp, HybridLogicalClock
from sync.wire.signing import public_key_hex

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log (
    seq INTEGER PRIMARY KEY, uuid TEXT UNIQUE NOT NULL, hlc TEXT NOT NULL, type TEXT NOT NULL,
    payload TEXT NOT NULL, payload_hash TEXT NOT NULL, sealed_digest TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, signature TEXT
);
CREATE TABLE IF NOT EXISTS pulled (
    n INTEGER PRIMARY KEY, uuid TEXT UNIQUE NOT NULL, station_id TEXT NOT NULL,
    seq INTEGER NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, hash TEXT NOT NULL,
    UNIQUE (station_id, seq)
);
"""

_LOG_COLUMNS = (
    "seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, hash, signature"
)


class BenchReplica:
    """A ``LocalReplica`` (with the optional row source and sink) over one SQLite file.

    What a station's sync costs without its store: every event hashed, chained and signed as
    the store does, kept as its canonical text, with no encryption and no projections. WAL and
    ``synchronous=FULL``, like a station's file. The tests keep a replica of their own.
    """

    def __init__(self, path: Path | str, station_id: str) -> None:
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.RLock()
        key = Ed25519PrivateKey.generate()
        self._set_meta("push_mark", "0")
        self._set_meta("pull_cursor", "0")
        self._set_meta("pull_epoch", "")
        self._station_id = station_id
        self._key = key
        self._hlc = HybridLogicalClock(station_id, None)

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- LocalReplica ------------------------------------------------------------------------

    @property
    def station_id(self) -> str:
        """The station id it was made with."""
        return self._station_id

    def public_key_hex(self) -> str:
        """The station's Ed25519 public key, raw, in hex."""
        return public_key_hex(self._key)

    def sign(self, message: bytes) -> bytes:
        """Sign ``message`` with the station's key."""
        return self._key.sign(message)

    def head(self) -> tuple[int, str]:
        """The highest sequence and its record hash (0 and genesis when empty)."""
        with self._lock:
            row = self._db.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    def events_after(self, after: int, limit: int) -> Sequence[WireEvent]:
        """Own events after ``after`` as event objects carrying their stored canonical text."""
        return [
            WireEvent.with_payload_text(
                row[4],
                {
                    "station_id": self._station_id,
                    "seq": row[0],
                    "uuid": row[1],
                    "hlc": row[2],
                    "type": row[3],
                    "payload": parse_json_object(row[4]),
                    "payload_hash": row[5],
                    "sealed_digest": row[6],
                    "prev_hash": row[7],
                    "hash": row[8],
                    "signature": row[9],
                },
            )
            for row in self.push_rows_after(after, limit)
        ]

    def push_rows_after(self, after: int, limit: int) -> list[tuple[Any, ...]]:
        """The same events as stored rows (``sync.client.replica.PushRowSource``)."""
        with self._lock:
            return self._db.execute(
                f"SELECT {_LOG_COLUMNS} FROM log WHERE seq > ? ORDER BY seq LIMIT ?",
                (after, limit),
            ).fetchall()

    def push_mark(self) -> int:
        """The highest own sequence the server holds."""
        with self._lock:
            return int(self._meta("push_mark") or 0)

    def set_push_mark(self, seq: int) -> None:
        """Keep the highest own sequence the server holds."""
        with self._lock:
            self._set_meta("push_mark", str(seq))

    def pull_state(self) -> PullState:
        """The feed cursor and epoch."""
        with self._lock:
            return PullState(int(self._meta("pull_cursor") or 0), self._meta("pull_epoch") or "")

    def apply_pulled(self, events: Sequence[WireEvent], state: PullState) -> None:
        """Store the batch and the cursor in one transaction; held uuids are skipped."""
        self._store_pulled(
            [(e.uuid, e.station_id, e.seq, e.type, e.canonical_payload(), e.hash) for e in events],
            state,
        )

    def apply_pulled_rows(self, rows: Sequence[Sequence[Any]], state: PullState) -> None:
        """``apply_pulled`` for checked feed arrays (``sync.client.replica.PulledRowSink``)."""
        self._store_pulled([(r[2], r[0], r[1], r[4], r[5], r[9]) for r in rows], state)

    def _store_pulled(self, rows: list[tuple[Any, ...]], state: PullState) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                try:
                    self._db.executemany(
                        "INSERT INTO pulled(uuid, station_id, seq, type, payload, hash) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING",
                        [row for row in rows if row[1] != self._station_id],
                    )
                except sqlite3.IntegrityError as error:
                    raise IntegrityProblem(
                        "The server sent another event under a held station sequence."
                    ) from error
                self._set_meta("pull_cursor", str(state.cursor))
                self._set_meta("pull_epoch", state.epoch)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def restore_own_events(self, events: Sequence[WireEvent]) -> None:
        """Append own events recovered from the server; they must continue the chain."""
        with self._lock:
            head_seq, head_hash = self.head()
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for event in events:
                    if event.seq != head_seq + 1 or event.prev_hash != head_hash:
                        raise ValueError("recovered events do not continue the local chain")
                    self._insert(event)
                    head_seq, head_hash = event.seq, event.hash
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._hlc.observe(HlcStamp.parse(events[-1].hlc), int(time.time() * 1000))

    def server_binding(self) -> ServerBinding | None:
        """The server this replica is bound to, once enrolled."""
        with self._lock:
            raw = self._meta("binding")
        return None if raw is None else ServerBinding(**json.loads(raw))

    def save_server_binding(self, binding: ServerBinding) -> None:
        """Keep the server binding."""
        with self._lock:
            self._set_meta("binding", json.dumps(binding.__dict__))

    # -- the bench's own work ------------------------------------------------------------------

    def _insert(self, event: WireEvent) -> None:
        self._db.execute(
            "INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.seq,
                event.uuid,
                event.hlc,
                event.type,
                canonical_json(event.payload).decode(),
                event.payload_hash,
                event.sealed_digest,
                event.prev_hash,
                event.hash,
                event.signature,
            ),
        )

    def record_many(self, items: Sequence[tuple[str, dict[str, Any]]]) -> list[WireEvent]:
        """Append events in one transaction (one fsync), each as :meth:`record` does."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                events = [self.record(event_type, fields) for event_type, fields in items]
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return events

    def record(self, event_type: str, fields: dict[str, Any]) -> WireEvent:
        """Append one signed event to the log, hashed and chained as the station's store does."""
        with self._lock:
            head_seq, head_hash = self.head()
            payload = {**fields, "salt": secrets.token_hex(8)}
            digest = compute_payload_hash(payload)
            seq = head_seq + 1
            chain = ChainFields(
                station_id=self._station_id,
                seq=seq,
                uuid=str(uuid.uuid4()),
                hlc=str(self._hlc.now(int(time.time() * 1000))),
                type=event_type,
                payload_hash=digest,
                sealed_digest=hashlib.sha256(b"sealed:" + digest.encode()).hexdigest(),
                prev_hash=head_hash,
            )
            record_hash = chain.record_hash()
            signature = self._key.sign(checkpoint_message(self._station_id, seq, record_hash)).hex()
            event = WireEvent(
                **chain.__dict__, payload=payload, hash=record_hash, signature=signature
            )
            self._insert(event)
            return event

    def pulled_count(self, station_id: str) -> int:
        """How many pulled events of ``station_id`` this replica holds."""
        with self._lock:
            row = self._db.execute(
                "SELECT count(*) FROM pulled WHERE station_id = ?", (station_id,)
            ).fetchone()
        return int(row[0])
