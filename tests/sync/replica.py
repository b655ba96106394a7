"""A small SQLite-backed LocalReplica for tests: the station side only; server and HTTP are real."""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Sequence
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


class SqliteReplica:
    """A station's log, marks and pulled feed in one SQLite database (a file or memory)."""

    def __init__(
        self,
        path: Path | str,
        station_id: str | None = None,
        *,
        wall_clock: Callable[[], float] = time.time,
        apply_hook: Callable[[], None] | None = None,
    ) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.RLock()
        self.wall_clock = wall_clock
        self.apply_hook = apply_hook
        if self._meta("station_id") is None:
            if station_id is None:
                raise ValueError("a new replica needs a station id")
            key = Ed25519PrivateKey.generate()
            self._set_meta("station_id", station_id)
            self._set_meta("key", key.private_bytes_raw().hex())
            self._set_meta("push_mark", "0")
            self._set_meta("pull_cursor", "0")
            self._set_meta("pull_epoch", "")
        self._station_id = str(self._meta("station_id"))
        self._key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(str(self._meta("key"))))
        last = self._db.execute("SELECT hlc FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        self._hlc = HybridLogicalClock(self._station_id, HlcStamp.parse(last[0]) if last else None)

    def close(self) -> None:
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

    # ----------------------------------------------------------- LocalReplica

    @property
    def station_id(self) -> str:
        return self._station_id

    def public_key_hex(self) -> str:
        return public_key_hex(self._key)

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    def head(self) -> tuple[int, str]:
        with self._lock:
            row = self._db.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    def events_after(self, after: int, limit: int) -> Sequence[WireEvent]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, "
                "hash, signature FROM log WHERE seq > ? ORDER BY seq LIMIT ?",
                (after, limit),
            ).fetchall()
        # The log keeps each payload as its canonical text (what was hashed); the events carry
        # it, so a push sends those bytes without encoding the payload again.
        return [
            WireEvent.with_payload_text(
                r[4],
                {
                    "station_id": self._station_id,
                    "seq": r[0],
                    "uuid": r[1],
                    "hlc": r[2],
                    "type": r[3],
                    "payload": parse_json_object(r[4]),
                    "payload_hash": r[5],
                    "sealed_digest": r[6],
                    "prev_hash": r[7],
                    "hash": r[8],
                    "signature": r[9],
                },
            )
            for r in rows
        ]

    def push_rows_after(self, after: int, limit: int) -> list[tuple[Any, ...]]:
        """The same events as stored rows (sync.client.replica.PushRowSource)."""
        with self._lock:
            return self._db.execute(
                "SELECT seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, "
                "hash, signature FROM log WHERE seq > ? ORDER BY seq LIMIT ?",
                (after, limit),
            ).fetchall()

    def push_mark(self) -> int:
        with self._lock:
            return int(self._meta("push_mark") or 0)

    def set_push_mark(self, seq: int) -> None:
        with self._lock:
            self._set_meta("push_mark", str(seq))

    def pull_state(self) -> PullState:
        with self._lock:
            return PullState(int(self._meta("pull_cursor") or 0), self._meta("pull_epoch") or "")

    def apply_pulled(self, events: Sequence[WireEvent], state: PullState) -> None:
        """Store the batch and the cursor in one transaction, as the station's store does.

        An event already held (same uuid) is skipped; another event under a held (station, seq)
        is refused with the whole batch (the store raises IntegrityProblem there too).
        """
        self._store_pulled(
            [(e.uuid, e.station_id, e.seq, e.type, e.canonical_payload(), e.hash) for e in events],
            state,
        )

    def apply_pulled_rows(self, rows: Sequence[Sequence[Any]], state: PullState) -> None:
        """``apply_pulled`` for checked feed arrays (sync.client.replica.PulledRowSink)."""
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
                if self.apply_hook is not None and rows:
                    self.apply_hook()
                self._set_meta("pull_cursor", str(state.cursor))
                self._set_meta("pull_epoch", state.epoch)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def restore_own_events(self, events: Sequence[WireEvent]) -> None:
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
            self._hlc.observe(HlcStamp.parse(events[-1].hlc), int(self.wall_clock() * 1000))

    def server_binding(self) -> ServerBinding | None:
        with self._lock:
            raw = self._meta("binding")
        return None if raw is None else ServerBinding(**json.loads(raw))

    def save_server_binding(self, binding: ServerBinding) -> None:
        with self._lock:
            self._set_meta("binding", json.dumps(binding.__dict__))

    # --------------------------------------------------------- test helpers

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

    def record(self, event_type: str, fields: dict[str, Any]) -> WireEvent:
        """Append one event to the local log, as the station's store would (offline work)."""
        with self._lock:
            head_seq, head_hash = self.head()
            payload = {**fields, "salt": secrets.token_hex(8)}
            digest = compute_payload_hash(payload)
            seq = head_seq + 1
            chain = ChainFields(
                station_id=self._station_id,
                seq=seq,
                uuid=str(uuid.uuid4()),
                hlc=str(self._hlc.now(int(self.wall_clock() * 1000))),
                type=event_type,
                payload_hash=digest,
                sealed_digest=hashlib.sha256(b"sealed:" + digest.encode()).hexdigest(),
                prev_hash=head_hash,
            )
            record_hash = chain.record_hash()
            # Every event is signed, as the station's store signs it: servers and stations
            # refuse an unsigned one.
            signature = self._key.sign(checkpoint_message(self._station_id, seq, record_hash)).hex()
            event = WireEvent(
                **chain.__dict__, payload=payload, hash=record_hash, signature=signature
            )
            self._insert(event)
            return event

    def dose(self, patient_id: str, session: str, mg: str = "30.0") -> WireEvent:
        """Record a fictional dose of diacetylmorphine."""
        return self.record(
            "dose.administered",
            {
                "dose_id": str(uuid.uuid4()),
                "patient_id": patient_id,
                "drug": "diacetylmorphine",
                "mg": mg,
                "given_at": "2026-11-22T08:15:00+00:00",
                "session": session,
                "station_id": self._station_id,
            },
        )

    def own_uuids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT uuid FROM log ORDER BY seq")]

    def pulled(self) -> list[dict[str, Any]]:
        """Return every pulled event (uuid, station, seq, type, payload) in arrival order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT uuid, station_id, seq, type, payload FROM pulled ORDER BY n"
            ).fetchall()
        return [
            {
                "uuid": r[0],
                "station_id": r[1],
                "seq": r[2],
                "type": r[3],
                "payload": json.loads(r[4]),
            }
            for r in rows
        ]

    def verify_chain(self) -> None:
        """Raise AssertionError unless the local log is a gap-free, intact chain."""
        expected_prev, expected_seq = GENESIS_HASH, 1
        for event in self.events_after(0, 10**9):
            assert event.seq == expected_seq, f"gap before {event.seq}"
            assert event.prev_hash == expected_prev, f"broken link at {event.seq}"
            expected_prev, expected_seq = event.hash, event.seq + 1
