"""The server's use cases (enroll, authenticate, push, pull, leases, incidents, imports, cards)."""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import os
import re
import secrets
import threading
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server import keys
from sync.server import schema as t
from sync.server.checks import (
    BatchCheckProcess,
    consecutive,
    run_passes,
    verify_all_signatures,
)
from sync.server.db import make_engine, read_transaction, write_transaction
from sync.server.doses import book_doses
from sync.server.errors import (
    Conflict,
    Forbidden,
    NotFound,
    SyncServerError,
    Unauthenticated,
    UnsupportedVersion,
)
from sync.wire.cards import CardPayload, sign_card
from sync.wire.chain import (
    GENESIS_HASH,
    ChainFields,
    canonical_json,
    canonical_object_bytes,
    chain_hash,
    checkpoint_message,
    sha256_hex,
)
from sync.wire.chain import payload_hash as compute_payload_hash
from sync.wire.compact import (
    COMPACT_WIRE_VERSION,
    MAX_BATCH,
    CompactPush,
    EventRow,
    encode_pull,
    rows_of_columns,
)
from sync.wire.directory import sign_directory
from sync.wire.envelope import (
    MAX_EVENTS,
    SERVER_STATION_ID,
    SUPPORTED_WIRE_VERSIONS,
    EnrollReply,
    EnrollRequest,
    Incident,
    LeaseReply,
    LeaseRequest,
    Notice,
    PushReply,
    PushRequest,
    WireEvent,
)
from sync.wire.hlc import HlcStamp, HybridLogicalClock
from sync.wire.receipts import sign_receipt
from sync.wire.signing import (
    enrollment_message,
    key_id,
    load_public_key,
    public_key_hex,
    request_message,
    verify_hex,
)

REQUEST_WINDOW_S = 300.0
DOSE_EVENT = "dose.administered"
BAD_EVENT_SIGNATURE = "bad_event_signature"
DIVERGING_CHAIN = "diverging_chain"
FORK_KEEP = ("held", "pushed")
SIGNATURE_CHUNK = 128  # signatures verified per transaction by the background verifier
_OVERLAP_CHECKPOINTS_FROM = 1000  # a batch this long has its sample verified during the insert
_HELPER_CHECKS_FROM = 2000  # a version 2 batch this long is checked by the helper process
_HELPER_TIMEOUT_S = 60.0
_SPARE_CORE = 0.75  # the load average must stay this far below the number of cores

_log = logging.getLogger(__name__)

Clock = Callable[[], float]


@dataclass(frozen=True)
class AuthenticatedStation:
    """A station whose request signature, time and nonce have been checked."""

    station_id: str
    clinic_id: str


@dataclass(frozen=True)
class RequestCredentials:
    """What a request's headers showed before its body was read (``check_request_headers``)."""

    station_id: str
    clinic_id: str
    public_key: Ed25519PublicKey
    sent_at: int


_NONCE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _refuse_inactive(status: str, reason: str | None) -> None:
    """Refuse a revoked or suspended station (403)."""
    if status == "revoked":
        raise Forbidden("station_revoked", "This station has been revoked.")
    if status == "suspended":
        raise Forbidden(
            "station_suspended",
            "This station is suspended: " + (reason or "see the server."),
        )


@dataclass(frozen=True)
class StationSummary:
    """One row of ``dosing-server stations list``."""

    station_id: str
    name: str
    clinic_id: str
    status: str
    status_reason: str
    highest_contiguous_seq: int
    last_seen_at: float | None
    clock_skew_s: float | None
    alerts: list[dict[str, Any]]
    signatures_verified_through: int = 0
    bad_signature_seqs: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Return the row as a JSON-ready mapping."""
        return dict(self.__dict__)


@dataclass
class SignatureAudit:
    """What a run of the event signature check did (``SyncService.verify_signatures``)."""

    verified: int = 0
    stations: set[str] = field(default_factory=set)
    bad: list[tuple[str, int]] = field(default_factory=list)
    remaining: bool = False

    def add(self, other: SignatureAudit) -> None:
        """Count another run's work into this one."""
        self.verified += other.verified
        self.stations |= other.stations
        self.bad.extend(other.bad)
        self.remaining = other.remaining


def _skew(station_clock: str, sent_at: int, now: float) -> float:
    """Return how far the station's own wall clock is from the server's, in seconds."""
    try:
        clock = float(station_clock)
    except ValueError:
        clock = math.nan
    if not math.isfinite(clock):  # "inf" or "nan" in the header: JSON cannot say it
        return float(sent_at - now)
    return round(clock - now, 3)


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat()


def _row_to_wire(row: Any) -> dict[str, Any]:
    return {
        "station_id": row.station_id,
        "seq": row.seq,
        "uuid": row.uuid,
        "hlc": row.hlc,
        "type": row.type,
        "payload": json.loads(row.payload),
        "payload_hash": row.payload_hash,
        "sealed_digest": row.sealed_digest,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
        "signature": row.signature,
    }


_EVENT_COLUMNS = (
    "station_id, seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, hash, "
    "signature, received_at"
)


def _insert_events(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert event rows in one executemany straight through the driver (no per-row mapping)."""
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    placeholders = ", ".join([marker] * 12)
    connection.exec_driver_sql(
        f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({placeholders})",  # noqa: S608
        list(rows),
    )


_SAFE_TEXT = re.compile(r'[\x00-\x1f"\\]')


def _json_text(value: str | None) -> str:
    """Encode a string as JSON (as json.dumps would), quickly for the usual plain text."""
    if value is None:
        return "null"
    if _SAFE_TEXT.search(value) is None:
        return f'"{value}"'
    return json.dumps(value, ensure_ascii=False)


_FEED_COLUMNS = (
    "station_id, seq, uuid, hlc, type, payload, payload_hash, sealed_digest, prev_hash, hash, "
    "signature"
)
_EVENT_TEMPLATE = (
    '{{"station_id":"{}","seq":{},"uuid":"{}","hlc":"{}","type":"{}","payload":{},'
    '"payload_hash":"{}","sealed_digest":"{}","prev_hash":"{}","hash":"{}","signature":{}}}'
)


def _event_json(row: Sequence[Any]) -> str:
    """Encode one stored event (columns as ``_FEED_COLUMNS``); the payload is stored canonical."""
    station_id, seq, uuid, hlc, kind, payload, payload_hash, sealed, prev, record, sig = row
    texts = (station_id, uuid, hlc, kind, payload_hash, sealed, prev, record, sig or "")
    if _SAFE_TEXT.search("".join(texts)) is None:
        signature = "null" if sig is None else f'"{sig}"'
        return _EVENT_TEMPLATE.format(
            station_id,
            int(seq),
            uuid,
            hlc,
            kind,
            payload,
            payload_hash,
            sealed,
            prev,
            record,
            signature,
        )
    return (
        f'{{"station_id":{_json_text(station_id)},"seq":{int(seq)},'
        f'"uuid":{_json_text(uuid)},"hlc":{_json_text(hlc)},'
        f'"type":{_json_text(kind)},"payload":{payload},'
        f'"payload_hash":{_json_text(payload_hash)},'
        f'"sealed_digest":{_json_text(sealed)},'
        f'"prev_hash":{_json_text(prev)},"hash":{_json_text(record)},'
        f'"signature":{_json_text(sig)}}}'
    )


class _Batch:
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
    def of_rows(cls, rows: list[EventRow]) -> _Batch:
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


class _PendingCheck:
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


def _core_to_spare() -> bool:
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


class _CheckHere(Exception):
    """The helper process did not pass a batch: the server checks it event by event."""


def _passed(helper: Future[bool]) -> bool:
    """The helper's verdict; a helper that failed or went away passes nothing."""
    try:
        return helper.result(timeout=_HELPER_TIMEOUT_S)
    except Exception:  # broken or stopped helper process, or too slow: check here
        return False


class _Divergence(Exception):
    def __init__(self, seq: int, detail: str) -> None:
        super().__init__(detail)
        self.seq = seq
        self.detail = detail


class _ForkRejected(Exception):
    """The push comes from the copy a fork's resolution set aside (see ``resolve_fork``)."""

    def __init__(self, incident_id: str) -> None:
        super().__init__(incident_id)
        self.incident_id = incident_id


def _side_summary(rows: Sequence[Any]) -> dict[str, Any]:
    """One side of a fork in figures: events, their sequences, stamped times, doses."""
    if not rows:
        return {"events": 0, "doses": 0}
    stamps = sorted(filter(None, (_stamp_time(row.hlc) for row in rows)))
    return {
        "events": len(rows),
        "first_seq": int(rows[0].seq),
        "last_seq": int(rows[-1].seq),
        "from": stamps[0] if stamps else None,
        "to": stamps[-1] if stamps else None,
        "doses": sum(1 for row in rows if row.type == DOSE_EVENT),
    }


def _stamp_time(hlc: str | None) -> str | None:
    """When a station stamped an event (ISO 8601 from its clock stamp), or None."""
    if not hlc:
        return None
    try:
        return _iso(HlcStamp.parse(hlc).wall_ms / 1000)
    except ValueError:
        return None


class SyncService:
    """Everything the HTTP API and the command line do, over one database."""

    def __init__(
        self,
        url: str,
        *,
        clock: Clock = time.time,
        clinic_id: str = "clinic-1",
        key_file: Path | None = None,
    ) -> None:
        self.engine: Engine = make_engine(url)
        self.clock = clock
        t.migrate(self.engine)
        self._init_meta(clinic_id)
        if key_file is None and os.environ.get(keys.KEY_FILE_ENV):
            key_file = Path(os.environ[keys.KEY_FILE_ENV])
        self.key_file = key_file or keys.default_key_path(url)
        self._signing_key = self._open_signing_key(self.key_file)
        self.server_public_key = public_key_hex(self._signing_key)
        self.server_key_id = key_id(self.server_public_key)
        self.clinic_id = self._meta("clinic_id")
        self._hlc = HybridLogicalClock(SERVER_STATION_ID)
        # The background signature check (``start_signature_verifier``) and what it waits for.
        self._activity = threading.Condition()
        self._requests_in_flight = 0
        self._last_request_end = 0.0
        self._signatures_due = threading.Event()
        self._stop_verifier = threading.Event()
        self._verifier: threading.Thread | None = None
        self._last_audited_station = ""
        self._checker: ThreadPoolExecutor | None = None  # checkpoint checks of large pushes
        self._check_process: BatchCheckProcess | None = None
        self.helper_only_on_a_spare_core = True
        self.helper_checks = 0  # batches handed to the helper process

    # ------------------------------------------------------------------ meta

    def _init_meta(self, clinic_id: str) -> None:
        with write_transaction(self.engine, feed=True) as connection:
            present = {row.key for row in connection.execute(select(t.server_meta.c.key))}
            defaults: dict[str, Callable[[], str]] = {
                "clinic_id": lambda: clinic_id,
                "epoch": lambda: secrets.token_hex(8),
                "server_seq": lambda: "0",
                "server_head": lambda: GENESIS_HASH,
            }
            for key, make in defaults.items():
                if key not in present:
                    connection.execute(insert(t.server_meta).values(key=key, value=make()))

    def _open_signing_key(self, path: Path | None) -> Ed25519PrivateKey:
        """Load the signing key from its file (moving a key kept in the DB by older versions).

        The database records only the public key, so a key file that is missing or belongs to
        another server is refused instead of silently replaced: stations pinned the old key.
        """
        with read_transaction(self.engine) as connection:
            meta = {
                row.key: row.value
                for row in connection.execute(
                    select(t.server_meta).where(
                        t.server_meta.c.key.in_(["signing_key", "server_public_key"])
                    )
                )
            }
        legacy = meta.get("signing_key")
        recorded = meta.get("server_public_key")
        if path is None:  # in-memory database: the key lives as long as the process
            key = (
                Ed25519PrivateKey.from_private_bytes(bytes.fromhex(legacy))
                if legacy
                else Ed25519PrivateKey.generate()
            )
        elif path.exists():
            key, _ = keys.load_or_create(path)
        elif legacy:
            key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(legacy))
            try:
                keys.store(path, key)
            except FileExistsError:
                key, _ = keys.load_or_create(path)
        elif recorded:
            raise keys.SigningKeyError(
                f"The server signing key file {path} is missing. Restore it from the backup "
                f"(stations pinned key {key_id(recorded)}), or point {keys.KEY_FILE_ENV} at it."
            )
        else:
            try:
                key, _ = keys.load_or_create(path)
            except FileExistsError:  # another process made it a moment ago
                key, _ = keys.load_or_create(path)
        public = public_key_hex(key)
        with write_transaction(self.engine, feed=True) as connection:
            recorded = connection.execute(
                select(t.server_meta.c.value).where(t.server_meta.c.key == "server_public_key")
            ).scalar()
            if recorded is None:
                connection.execute(
                    insert(t.server_meta).values(key="server_public_key", value=public)
                )
            elif recorded != public:
                raise keys.SigningKeyError(
                    f"The signing key in {path} is not this server's key (stations pinned key "
                    f"{key_id(recorded)}, the file holds {key_id(public)})."
                )
            if legacy and path is not None:
                connection.execute(
                    delete(t.server_meta).where(t.server_meta.c.key == "signing_key")
                )
        return key

    def _meta(self, key: str, connection: Connection | None = None) -> str:
        if connection is None:
            with read_transaction(self.engine) as own:
                return self._meta(key, own)
        value = connection.execute(
            select(t.server_meta.c.value).where(t.server_meta.c.key == key)
        ).scalar_one()
        return str(value)

    @staticmethod
    def _set_meta(connection: Connection, key: str, value: str) -> None:
        connection.execute(
            update(t.server_meta).where(t.server_meta.c.key == key).values(value=value)
        )

    def epoch(self) -> str:
        """Return the feed's identity; it changes when the administrator restarts the feed."""
        return self._meta("epoch")

    def restart_feed(self, reason: str) -> str:
        """Give the feed a new identity: every station re-reads it from the start.

        The administrator's step after restoring the server's database from an older backup
        (stations had read positions the restored feed hands out again). No station request
        can do this. The reason is kept as an alert of the server. Return the new epoch.
        """
        if not reason.strip():
            raise SyncServerError("reason_required", "Give a reason for restarting the feed.")
        with write_transaction(self.engine, feed=True) as connection:
            return self._restart_feed_in(connection, reason)

    def _restart_feed_in(self, connection: Connection, reason: str) -> str:
        """``restart_feed`` inside the caller's feed transaction (recorded as an alert)."""
        before = self._meta("epoch", connection)
        after = secrets.token_hex(8)
        self._set_meta(connection, "epoch", after)
        self._alert(
            connection,
            SERVER_STATION_ID,
            "feed_restarted",
            {"reason": reason.strip(), "epoch_before": before, "epoch": after},
        )
        return after

    def close(self) -> None:
        """Stop the background signature check and release the database connections."""
        self.stop_signature_verifier()
        self.stop_check_process()
        if self._checker is not None:
            self._checker.shutdown()
        self.engine.dispose()

    # ------------------------------------------------------------ enrollment

    def new_enrollment_code(self, ttl_hours: float = 24.0) -> str:
        """Create a one-time enrollment code (only its hash is stored)."""
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        now = self.clock()
        with write_transaction(self.engine) as connection:
            connection.execute(
                insert(t.enrollment_codes).values(
                    code_hash=hashlib.sha256(code.encode()).hexdigest(),
                    created_at=now,
                    expires_at=now + ttl_hours * 3600,
                )
            )
        return code

    def enroll(self, request: EnrollRequest) -> EnrollReply:
        """Bind a station id to its public key, consuming a one-time code."""
        self._check_version(request.wire_version)
        try:
            public = load_public_key(request.public_key)
        except ValueError as error:
            raise SyncServerError("bad_public_key", "Not an Ed25519 public key.") from error
        message = enrollment_message(request.code, request.station_id, request.public_key)
        if not verify_hex(public, request.proof, message):
            raise Unauthenticated("bad_signature", "Enrollment proof does not match the key.")
        now = self.clock()
        code_hash = hashlib.sha256(request.code.strip().upper().encode()).hexdigest()
        with write_transaction(self.engine) as connection:
            code = connection.execute(
                select(t.enrollment_codes).where(t.enrollment_codes.c.code_hash == code_hash)
            ).first()
            if code is None or code.used_at is not None or code.expires_at < now:
                raise Unauthenticated(
                    "bad_enrollment_code", "Enrollment code unknown, expired or already used."
                )
            if (
                request.station_id == SERVER_STATION_ID
                or connection.execute(
                    select(t.stations.c.station_id).where(
                        t.stations.c.station_id == request.station_id
                    )
                ).first()
            ):
                raise Conflict("station_exists", "A station with this id is already enrolled.")
            connection.execute(
                update(t.enrollment_codes)
                .where(t.enrollment_codes.c.code_hash == code_hash)
                .values(used_at=now, used_by=request.station_id)
            )
            connection.execute(
                insert(t.stations).values(
                    station_id=request.station_id,
                    name=request.name,
                    clinic_id=self.clinic_id,
                    public_key=request.public_key,
                    status="active",
                    status_reason="",
                    enrolled_at=now,
                    highest_contiguous_seq=0,
                    head_hash=GENESIS_HASH,
                    confirmed_pull_cursor=0,
                )
            )
        return EnrollReply(
            station_id=request.station_id,
            clinic_id=self.clinic_id,
            server_key_id=self.server_key_id,
            server_public_key=self.server_public_key,
            server_time=now,
        )

    # -------------------------------------------------------- authentication

    @staticmethod
    def _check_version(version: int, accepted: tuple[int, ...] = (1,)) -> None:
        """Refuse a body whose version this endpoint does not read (426, naming all we speak)."""
        if version not in accepted:
            raise UnsupportedVersion(
                "unsupported_wire_version",
                f"This server speaks wire versions {list(SUPPORTED_WIRE_VERSIONS)}.",
                supported=list(SUPPORTED_WIRE_VERSIONS),
            )

    def check_request_headers(
        self, *, station_id: str, timestamp: str, nonce: str, signature: str
    ) -> RequestCredentials:
        """Check what a request's headers alone tell, before its body is read.

        The fields are present and well formed, the time is within the window, and the station
        is enrolled and active. This only reads (no write lock), so a request that names a real
        station without its key cannot hold up the stations' writes.
        """
        now = self.clock()
        if not (station_id and timestamp and nonce and signature) or len(station_id) > 64:
            raise Unauthenticated("unsigned_request", "Request is not signed by a station.")
        if not _NONCE.fullmatch(nonce):
            raise Unauthenticated(
                "bad_nonce", "The request nonce is 1 to 64 letters, digits, '-' or '_'."
            )
        try:
            sent_at = int(timestamp)
        except ValueError as error:
            raise Unauthenticated("bad_timestamp", "Malformed request time.") from error
        if abs(sent_at - now) > REQUEST_WINDOW_S:
            raise Unauthenticated(
                "clock_skew",
                "Request time is too far from the server's time.",
                server_time=now,
            )
        with read_transaction(self.engine) as connection:
            station = connection.execute(
                select(
                    t.stations.c.clinic_id,
                    t.stations.c.public_key,
                    t.stations.c.status,
                    t.stations.c.status_reason,
                ).where(t.stations.c.station_id == station_id)
            ).first()
        if station is None:
            raise Unauthenticated("unknown_station", "This station is not enrolled.")
        _refuse_inactive(station.status, station.status_reason)
        return RequestCredentials(
            station_id, station.clinic_id, load_public_key(station.public_key), sent_at
        )

    def authenticate(
        self,
        *,
        station_id: str,
        method: str,
        path: str,
        body_sha256: str,
        timestamp: str,
        nonce: str,
        signature: str,
        station_clock: str = "",
        checked: RequestCredentials | None = None,
    ) -> AuthenticatedStation:
        """Check a request's station, signature, time window and nonce (a replay is refused).

        ``checked`` is what ``check_request_headers`` returned for these headers (the HTTP API
        calls it before reading the body). The signature is verified before anything is
        written: only a signed request stores its nonce.
        """
        credentials = checked or self.check_request_headers(
            station_id=station_id, timestamp=timestamp, nonce=nonce, signature=signature
        )
        message = request_message(
            station_id,
            method=method,
            path=path,
            body_sha256=body_sha256,
            timestamp=credentials.sent_at,
            nonce=nonce,
        )
        if credentials.station_id != station_id or not verify_hex(
            credentials.public_key, signature, message
        ):
            raise Unauthenticated("bad_signature", "Request signature does not match.")
        now = self.clock()
        with write_transaction(self.engine) as connection:
            station = connection.execute(
                select(t.stations.c.status, t.stations.c.status_reason).where(
                    t.stations.c.station_id == station_id
                )
            ).first()
            if station is None:
                raise Unauthenticated("unknown_station", "This station is not enrolled.")
            _refuse_inactive(station.status, station.status_reason)  # revoked meanwhile
            try:
                with connection.begin_nested():
                    connection.execute(
                        insert(t.nonces).values(station_id=station_id, nonce=nonce, seen_at=now)
                    )
            except IntegrityError as error:
                raise Unauthenticated(
                    "replayed_request", "This request was already seen."
                ) from error
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(
                    last_seen_at=now,
                    clock_skew_s=_skew(station_clock, credentials.sent_at, now),
                )
            )
            if secrets.randbelow(200) == 0:
                connection.execute(
                    delete(t.nonces).where(t.nonces.c.seen_at < now - 2 * REQUEST_WINDOW_S)
                )
        return AuthenticatedStation(station_id, credentials.clinic_id)

    # ------------------------------------------------------------------ push

    def push(self, station: AuthenticatedStation, request: PushRequest) -> PushReply:
        """Store a batch of a station's events exactly once, checking the chain (version 1)."""
        self._check_version(request.wire_version)
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
        self._check_version(request.wire_version, (COMPACT_WIRE_VERSION,))
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
        helper = self._helper_check(station_id, columns, body)
        if helper is None:
            batch = self._verify_batch(station_id, columns, payload_texts_canonical)
        else:
            batch = self._run_batch(station_id, columns)  # the helper checks its hashes
        checked = self._check_checkpoints(batch)

        def before_commit() -> None:
            checked.wait()
            if helper is not None and not _passed(helper):
                raise _CheckHere

        try:
            reply = self._store_batch(station_id, request, batch, before_commit=before_commit)
        except _CheckHere:  # not one plain run after all: check it here, then store it
            batch = self._verify_batch(station_id, columns, payload_texts_canonical)
            return self._push_rows(station_id, request, batch.columns, payload_texts_canonical=True)
        except BaseException as error:
            # A check failing is told first, as if the checks had run before the storing.
            if helper is not None and not _passed(helper):
                self._verify_batch(station_id, columns, payload_texts_canonical)
            checked.wait()
            if isinstance(error, _ForkRejected):
                self._note_rejected_push(station_id, error.incident_id)
                raise Conflict(
                    "fork_rejected",
                    "This copy of the station was set aside when its fork was resolved (the "
                    "clinic kept the other copy's records): the server takes nothing more from "
                    "it. Enrol it again as a new station.",
                    incident_id=error.incident_id,
                ) from None
            if not isinstance(error, _Divergence):
                raise
            incident_id = self._fork(station_id, error, batch, request)
            raise Conflict(
                DIVERGING_CHAIN,
                "This station's history differs from what the server holds for the same "
                f"sequence numbers, from record #{error.seq} on (a copied data folder?). The "
                "station is suspended and the server keeps both histories; the clinic lead "
                "and the technician choose the genuine one (dosing-server fork).",
                seq=error.seq,
                incident_id=incident_id,
            ) from None
        finally:
            checked.cancel()
        if reply.accepted:
            self._signatures_due.set()  # the background check verifies the new signatures
        if request.wire_version != reply.wire_version:
            reply = reply.model_copy(update={"wire_version": request.wire_version})
        return reply

    def _helper_check(
        self, station_id: str, columns: Sequence[Sequence[Any]], body: bytes | None
    ) -> Future[bool] | None:
        """Start the helper process on a large version 2 run (None: check it here).

        The helper decodes the batch a second time, which pays only on a core nobody else
        uses: while the machine is busy (its load average leaves no core free) the server
        checks the batch itself.
        """
        helper = self._check_process
        if (
            helper is None
            or body is None
            or not columns
            or len(columns[0]) < _HELPER_CHECKS_FROM
            or not consecutive(columns[0])
            or (self.helper_only_on_a_spare_core and not _core_to_spare())
        ):
            return None
        try:
            verdict = helper.check(body, station_id)
        except RuntimeError:  # the helper broke (or is shutting down): check here
            return None
        self.helper_checks += 1
        return verdict

    def start_check_process(self) -> None:
        """Start the helper process that checks large pushes beside their insert.

        If it cannot start, the server checks every push itself (as it does small ones).
        """
        if self._check_process is not None:
            return
        try:
            self._check_process = BatchCheckProcess()
        except (OSError, RuntimeError) as error:
            _log.warning("no helper process for push checks (%s)", error)

    def stop_check_process(self) -> None:
        """Stop the helper process; large pushes are checked in the server process again."""
        helper, self._check_process = self._check_process, None
        if helper is not None:
            helper.close()

    def _check_checkpoints(self, batch: _Batch) -> _PendingCheck:
        """Start the batch's signature check (every event's signature).

        In a large batch it runs in a helper thread while the rows are inserted (SQLite and
        PostgreSQL write without the interpreter), part of it in the helper process, and the
        commit waits for it; a small batch is checked at once.
        """
        check = batch.checkpoints
        if check is None or len(batch) < _OVERLAP_CHECKPOINTS_FROM:
            if check is not None:
                check()
            return _PendingCheck(None)
        with self._activity:
            if self._checker is None:
                self._checker = ThreadPoolExecutor(2, thread_name_prefix="checkpoint-check")
        return _PendingCheck(self._checker.submit(check))

    def _verify_batch(
        self,
        station_id: str,
        columns: Sequence[Sequence[Any]],
        payload_texts_canonical: bool,
    ) -> _Batch:
        """Check every event's hashes and the links between them; return them by sequence.

        The usual batch (sequences rising by one, plain texts) is checked column by column:
        each check runs over the whole batch at once and the results are compared as lists.
        If any of them fails, or the batch is not a plain run, every event is checked one by
        one as ``_verify_rows`` does, which names the first event that fails.
        """
        if run_passes(station_id, columns, payload_texts_canonical):
            return self._run_batch(station_id, columns)
        ordered = self._verify_rows(station_id, rows_of_columns(columns), payload_texts_canonical)
        return _Batch.of_rows(ordered)

    def _run_batch(self, station_id: str, columns: Sequence[Sequence[Any]]) -> _Batch:
        """A batch that is one run, its checkpoint check to do before it is stored."""
        seqs, types, records, signatures = columns[0], columns[3], columns[8], columns[9]
        return _Batch(
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
            self._station_key_hex(station_id),
            station_id,
            seqs,
            records,
            signatures,
            types,
            helper=self._check_process,
        )
        if bad is not None:
            seq = seqs[bad]
            raise SyncServerError(
                "bad_checkpoint_signature",
                f"Event #{seq} is not signed by this station's key: the push was refused and "
                "nothing of it was stored.",
                seq=seq,
            )

    def _station_key_hex(self, station_id: str) -> str:
        with read_transaction(self.engine) as connection:
            key = connection.execute(
                select(t.stations.c.public_key).where(t.stations.c.station_id == station_id)
            ).scalar_one()
        return str(key)

    def _store_batch(
        self,
        station_id: str,
        request: PushRequest | CompactPush,
        batch: _Batch,
        *,
        before_commit: Callable[[], None] | None = None,
    ) -> PushReply:
        now = self.clock()
        notices: list[Notice] = []
        incidents_raised: list[str] = []
        with write_transaction(self.engine, feed=True) as connection:
            station = connection.execute(
                select(t.stations).where(t.stations.c.station_id == station_id)
            ).one()
            self._refuse_set_aside_copy(connection, station_id, request, batch)
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
            fresh = self._fresh_events(batch, held)
            duplicates = len(batch) - len(fresh)
            if fresh:
                count = len(fresh)
                try:
                    # The columns are those after station_id in the table's order. A clash
                    # aborts the whole transaction (the Conflict leaves the block), so no
                    # savepoint is needed around the insert.
                    _insert_events(
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
                    incidents_raised = self._record_doses(connection, station_id, dose_events)
            known = {seq: held_row[1] for seq, held_row in held.items()}
            if fresh:
                known.update(zip(fresh.columns[0], fresh.columns[8], strict=True))
            highest, head = self._advance_contiguous(
                connection, station_id, station.highest_contiguous_seq, station.head_hash, known
            )
            if request.local_head_seq < highest:
                held_hash = connection.execute(
                    select(t.events.c.hash)
                    .where(t.events.c.station_id == station_id)
                    .where(t.events.c.seq == request.local_head_seq)
                ).scalar()
                expected = GENESIS_HASH if request.local_head_seq == 0 else held_hash
                if expected != request.local_head_hash:
                    raise _Divergence(request.local_head_seq, "station head differs from server")
                self._alert(
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
                self._alert(
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
            if (highest, head) != (station.highest_contiguous_seq, station.head_hash):
                # (An unchanged row is not rewritten: a push with nothing new commits nothing.)
                connection.execute(
                    update(t.stations)
                    .where(t.stations.c.station_id == station_id)
                    .values(highest_contiguous_seq=highest, head_hash=head)
                )
            if before_commit is not None:
                before_commit()  # raising here rolls the whole batch back
        return PushReply(
            station_id=station_id,
            highest_contiguous_seq=highest,
            head_hash=head,
            accepted=len(fresh),
            duplicates=duplicates,
            incidents_raised=incidents_raised,
            notices=notices,
            receipt=sign_receipt(
                self._signing_key,
                clinic_id=self.clinic_id,
                server_key_id=self.server_key_id,
                station_id=station_id,
                seq=highest,
                head_hash=head,
                issued_at=int(now),
            ),
        )

    @staticmethod
    def _fresh_events(batch: _Batch, held: Mapping[int, tuple[str, str, str]]) -> _Batch:
        """The batch's events the server does not hold yet, checked against those it holds.

        Raise ``_Divergence`` for an event that differs from the held one under its sequence,
        or that does not link to a held neighbour.
        """
        if not held:
            return batch  # nothing held around the batch: all of it is new
        fresh: list[EventRow] = []
        for event in batch.rows:
            existing = held.get(event.seq)
            if existing is not None:
                if existing[1] != event.hash:
                    raise _Divergence(event.seq, "different event for a held sequence")
                continue
            before = held.get(event.seq - 1)
            if before is not None and event.prev_hash != before[1]:
                raise _Divergence(event.seq, "does not follow the held chain")
            after = held.get(event.seq + 1)
            if after is not None and after[2] != event.hash:
                raise _Divergence(event.seq, "held successor does not follow it")
            fresh.append(event)
        return _Batch.of_rows(fresh)

    @staticmethod
    def _advance_contiguous(
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

    def _alert(
        self, connection: Connection, station_id: str, kind: str, detail: Mapping[str, Any]
    ) -> None:
        connection.execute(
            insert(t.station_alerts).values(
                station_id=station_id,
                kind=kind,
                detail=json.dumps(dict(detail), sort_keys=True),
                at=self.clock(),
            )
        )

    # ----------------------------------------------------------------- forks

    def _refuse_set_aside_copy(
        self,
        connection: Connection,
        station_id: str,
        request: PushRequest | CompactPush,
        batch: _Batch,
    ) -> None:
        """Refuse a push from the copy a fork's resolution set aside (see ``resolve_fork``).

        That copy's chain runs through a record hash the resolution set aside: its head, an
        event it pushes or the event before its first one carries one. Such a push is refused
        (``_ForkRejected``) and nothing else happens: the station id stays active for the copy
        that was kept, which never carries one of those hashes.
        """
        rejected = {
            str(row.hash): str(row.incident_id)
            for row in connection.execute(
                select(t.fork_rejections.c.hash, t.fork_rejections.c.incident_id).where(
                    t.fork_rejections.c.station_id == station_id
                )
            )
        }
        if not rejected:
            return
        carried: list[str] = [request.local_head_hash]
        if batch.columns:
            carried.extend(batch.columns[8])  # the events' record hashes
            carried.extend(batch.columns[7])  # and the hashes they follow
        for record in carried:
            incident_id = rejected.get(record)
            if incident_id is not None:
                raise _ForkRejected(incident_id)

    def _note_rejected_push(self, station_id: str, incident_id: str) -> None:
        """Count a refused push of the set-aside copy on its fork (one row, no alert per push)."""
        with write_transaction(self.engine) as connection:
            row = connection.execute(
                select(t.incidents.c.detail).where(t.incidents.c.incident_id == incident_id)
            ).first()
            if row is None:
                return
            detail = json.loads(row.detail or "{}")
            detail["rejected_pushes"] = int(detail.get("rejected_pushes", 0)) + 1
            detail["last_rejected_push_at"] = _iso(self.clock())
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(detail=json.dumps(detail, sort_keys=True))
            )
        _log.warning("refused a push of the set-aside copy of station %s", station_id)

    def _fork(
        self,
        station_id: str,
        divergence: _Divergence,
        batch: _Batch,
        request: PushRequest | CompactPush,
    ) -> str:
        """Record a diverging chain as a fork incident; keep the pushed side; suspend the id.

        The pushed events from the fork on (checked like any push: hashes, links, every
        signature) are kept in ``quarantined_events``, so nothing of either side is lost. The
        station id is suspended (both copies share it) until the clinic lead and the technician
        choose the genuine chain (``resolve_fork``). A second divergence while the incident is
        open adds to it. Return the incident's id.
        """
        now = self.clock()
        fork_seq = divergence.seq
        pushed = [event for event in batch.rows if event.seq >= fork_seq]
        with write_transaction(self.engine, feed=True) as connection:
            incident = connection.execute(
                select(t.incidents.c.incident_id, t.incidents.c.detail)
                .where(t.incidents.c.kind == DIVERGING_CHAIN)
                .where(t.incidents.c.station_id == station_id)
                .where(t.incidents.c.status == "open")
            ).first()
            if incident is None:
                incident_id, detail = str(uuid_module.uuid4()), {}
            else:
                incident_id, detail = str(incident.incident_id), json.loads(incident.detail or "{}")
                fork_seq = min(fork_seq, int(detail.get("fork_seq", fork_seq)))
            kept = set(
                connection.execute(
                    select(t.quarantined_events.c.seq)
                    .where(t.quarantined_events.c.incident_id == incident_id)
                    .where(t.quarantined_events.c.side == "pushed")
                ).scalars()
            )
            rows = [
                {
                    "incident_id": incident_id,
                    "side": "pushed",
                    "station_id": station_id,
                    **event._asdict(),
                    "received_at": now,
                }
                for event in pushed
                if event.seq not in kept
            ]
            if rows:
                connection.execute(insert(t.quarantined_events), rows)
            held = connection.execute(
                select(t.events.c.seq, t.events.c.hlc, t.events.c.type)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq >= fork_seq)
                .order_by(t.events.c.seq)
            ).all()
            quarantined = connection.execute(
                select(
                    t.quarantined_events.c.seq,
                    t.quarantined_events.c.hlc,
                    t.quarantined_events.c.type,
                )
                .where(t.quarantined_events.c.incident_id == incident_id)
                .where(t.quarantined_events.c.side == "pushed")
                .order_by(t.quarantined_events.c.seq)
            ).all()
            detail.update(
                fork_seq=fork_seq,
                reason=divergence.detail,
                pushed_head_seq=request.local_head_seq,
                held=_side_summary(held),
                pushed=_side_summary(quarantined),
            )
            detail.setdefault("rejected_pushes", 0)
            values = {"seqs": json.dumps([fork_seq]), "detail": json.dumps(detail, sort_keys=True)}
            if incident is None:
                connection.execute(
                    insert(t.incidents).values(
                        incident_id=incident_id,
                        kind=DIVERGING_CHAIN,
                        patient_id="",
                        session="",
                        status="open",
                        raised_at=now,
                        doses="[]",
                        station_id=station_id,
                        **values,
                    )
                )
            else:
                connection.execute(
                    update(t.incidents)
                    .where(t.incidents.c.incident_id == incident_id)
                    .values(**values)
                )
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(
                    status="suspended",
                    status_reason=(
                        f"diverging history from sequence {fork_seq} (copied data folder or "
                        f"restored backup that kept working): fork {incident_id}"
                    ),
                    status_changed_at=now,
                )
            )
            self._alert(
                connection,
                station_id,
                DIVERGING_CHAIN,
                {"seq": fork_seq, "detail": divergence.detail, "incident_id": incident_id},
            )
            if incident is None:
                self.append_server_events(
                    connection,
                    [
                        (
                            "incident.raised",
                            {
                                "incident_id": incident_id,
                                "kind": DIVERGING_CHAIN,
                                "patient_id": "",
                                "session": "",
                                "doses": [],
                                "station_id": station_id,
                                "seqs": [fork_seq],
                                "raised_at": _iso(now),
                            },
                        )
                    ],
                )
        _log.warning(
            "diverging chain: station %s from event %s (fork %s); station suspended",
            station_id,
            fork_seq,
            incident_id,
        )
        return incident_id

    def list_forks(self, status: str | None = "open") -> list[Incident]:
        """Fork incidents (two chains under one station id), newest first."""
        return [i for i in self.list_incidents(status) if i.kind == DIVERGING_CHAIN]

    def fork(self, incident_id: str) -> Incident:
        """One fork incident, with both sides and the resolution (``NotFound`` if none)."""
        for incident in self.list_forks("all"):
            if incident.incident_id == incident_id:
                return incident
        raise NotFound("unknown_fork", "No fork incident with this id (dosing-server fork list).")

    def resolve_fork(self, incident_id: str, *, keep: str, by: str, reason: str) -> Incident:
        """Choose the genuine chain of a fork; reinstate the station id; refuse the other copy.

        ``keep="held"`` keeps what the server holds: the pushed side stays in quarantine.
        ``keep="pushed"`` sets the held events from the fork on aside (into quarantine) and
        puts the pushed side in their place, books its doses, and restarts the feed (every
        station re-reads it; a ``fork.resolved`` event before the new events tells stations to
        drop what they pulled of the set-aside side). Either way the station id is active
        again (unless revoked), and from now on a push that carries a record of the side set
        aside is refused with ``fork_rejected`` without suspending the station again, so the
        copy that was set aside cannot lock the kept one out. ``by`` names who decided (the
        clinic lead and the technician) and ``reason`` why; both are recorded.
        """
        if keep not in FORK_KEEP:
            raise SyncServerError("bad_choice", "Choose which side to keep: held or pushed.")
        if not by.strip() or not reason.strip():
            raise SyncServerError(
                "resolution_incomplete",
                "A fork's resolution needs who decided (--by) and why (--reason).",
            )
        now = self.clock()
        with write_transaction(self.engine, feed=True) as connection:
            row = connection.execute(
                select(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .where(t.incidents.c.kind == DIVERGING_CHAIN)
            ).first()
            if row is None:
                raise NotFound(
                    "unknown_fork", "No fork incident with this id (dosing-server fork list)."
                )
            if row.status == "resolved":
                raise Conflict("already_resolved", "This fork is already resolved.")
            station_id = str(row.station_id)
            detail = json.loads(row.detail or "{}")
            fork_seq = int(detail["fork_seq"])
            pushed = connection.execute(
                select(t.quarantined_events)
                .where(t.quarantined_events.c.incident_id == incident_id)
                .where(t.quarantined_events.c.side == "pushed")
                .order_by(t.quarantined_events.c.seq)
            ).all()
            resolution: dict[str, Any] = {
                "keep": keep,
                "by": by.strip(),
                "reason": reason.strip(),
                "at": _iso(now),
            }
            if keep == "held":
                rejected = [(int(event.seq), str(event.hash)) for event in pushed]
            else:
                rejected, raised = self._put_pushed_in_place(
                    connection, incident_id, station_id, fork_seq, pushed, now
                )
                resolution["incidents_raised"] = raised
                resolution["epoch"] = self._restart_feed_in(
                    connection, f"fork {incident_id} resolved: the pushed side kept ({reason})"
                )
            known = set(
                connection.execute(
                    select(t.fork_rejections.c.hash).where(
                        t.fork_rejections.c.station_id == station_id
                    )
                ).scalars()
            )
            fresh = [(seq, record) for seq, record in rejected if record not in known]
            if fresh:
                connection.execute(
                    insert(t.fork_rejections),
                    [
                        {
                            "station_id": station_id,
                            "hash": record,
                            "seq": seq,
                            "incident_id": incident_id,
                        }
                        for seq, record in fresh
                    ],
                )
            resolution["set_aside_events"] = len(rejected)
            detail["resolution"] = resolution
            note = f"kept the {keep} chain from record #{fork_seq}: {reason.strip()}"
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(
                    status="resolved",
                    resolved_by=by.strip(),
                    resolved_at=now,
                    resolution_note=note,
                    detail=json.dumps(detail, sort_keys=True),
                )
            )
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .where(t.stations.c.status == "suspended")
                .values(status="active", status_reason="", status_changed_at=now)
            )
            self._alert(
                connection,
                station_id,
                "fork_resolved",
                {"incident_id": incident_id, "keep": keep, "by": by.strip(), "reason": reason},
            )
            self.append_server_events(
                connection,
                [
                    (
                        "incident.resolved",
                        {
                            "incident_id": incident_id,
                            "resolved_by": by.strip(),
                            "resolved_at": _iso(now),
                            "note": note,
                        },
                    )
                ],
            )
        return self.fork(incident_id)

    def _put_pushed_in_place(
        self,
        connection: Connection,
        incident_id: str,
        station_id: str,
        fork_seq: int,
        pushed: Sequence[Any],
        now: float,
    ) -> tuple[list[tuple[int, str]], list[str]]:
        """Set the held events from ``fork_seq`` on aside and store the pushed side instead.

        Return the set-aside (sequence, hash) pairs and the incidents booking the pushed doses
        raised. Refused (``Conflict``) when the pushed side does not continue the held chain
        just before the fork.
        """
        before = (
            GENESIS_HASH
            if fork_seq == 1
            else connection.execute(
                select(t.events.c.hash)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq == fork_seq - 1)
            ).scalar()
        )
        expected = list(range(fork_seq, fork_seq + len(pushed)))
        if (
            not pushed
            or [int(event.seq) for event in pushed] != expected
            or pushed[0].prev_hash != before
            or any(b.prev_hash != a.hash for a, b in itertools.pairwise(pushed))
        ):
            raise Conflict(
                "fork_not_replaceable",
                f"The pushed side does not continue the chain the server holds before record "
                f"#{fork_seq}, so it cannot take its place: keep the held side, and enrol the "
                "other copy again as a new station.",
            )
        held = connection.execute(
            select(t.events)
            .where(t.events.c.station_id == station_id)
            .where(t.events.c.seq >= fork_seq)
            .order_by(t.events.c.seq)
        ).all()
        event_columns = [column.name for column in t.events.columns if column.name != "pos"]
        if held:
            connection.execute(
                insert(t.quarantined_events),
                [
                    {
                        "incident_id": incident_id,
                        "side": "held",
                        **{name: getattr(event, name) for name in event_columns},
                    }
                    for event in held
                ],
            )
            connection.execute(
                delete(t.events)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq >= fork_seq)
            )
            connection.execute(
                delete(t.event_flags)
                .where(t.event_flags.c.station_id == station_id)
                .where(t.event_flags.c.seq >= fork_seq)
            )
        # Told before the pushed side enters the feed: a station drops what it pulled of the
        # set-aside side, then takes the pushed side as it comes.
        self.append_server_events(
            connection,
            [
                (
                    "fork.resolved",
                    {
                        "incident_id": incident_id,
                        "station_id": station_id,
                        "fork_seq": fork_seq,
                        "keep": "pushed",
                    },
                )
            ],
        )
        rows = [
            EventRow(
                int(event.seq),
                event.uuid,
                event.hlc,
                event.type,
                event.payload,
                event.payload_hash,
                event.sealed_digest,
                event.prev_hash,
                event.hash,
                event.signature,
            )
            for event in pushed
        ]
        _insert_events(connection, [(station_id, *row, now) for row in rows])
        station = connection.execute(
            select(t.stations.c.signatures_verified_through).where(
                t.stations.c.station_id == station_id
            )
        ).one()
        highest, head = self._advance_contiguous(
            connection, station_id, fork_seq - 1, str(before), {}
        )
        connection.execute(
            update(t.stations)
            .where(t.stations.c.station_id == station_id)
            .values(
                highest_contiguous_seq=highest,
                head_hash=head,
                signatures_verified_through=min(
                    int(station.signatures_verified_through), fork_seq - 1
                ),
            )
        )
        doses = [row for row in rows if row.type == DOSE_EVENT]
        raised = self._record_doses(connection, station_id, doses) if doses else []
        return [(int(event.seq), str(event.hash)) for event in held], raised

    # -------------------------------------------------------- doses, incidents

    def _record_doses(
        self, connection: Connection, station_id: str, dose_events: Sequence[EventRow]
    ) -> list[str]:
        """Book a push's doses in one batch (rows, leases ended, incidents raised)."""
        return book_doses(connection, station_id, dose_events, self._raise_incident)

    def _raise_incident(
        self,
        connection: Connection,
        kind: str,
        patient_id: str,
        session: str,
        dose_rows: Iterable[Any],
    ) -> str | None:
        doses = [
            {
                "dose_id": row.dose_id,
                "event_uuid": row.event_uuid,
                "station_id": row.station_id,
                "drug": row.drug,
                "mg": row.mg,
                "given_at": row.given_at,
            }
            for row in dose_rows
        ]
        # One order whatever order the rows were read in (PostgreSQL's heap order is not fixed).
        doses.sort(key=lambda dose: (dose["given_at"], dose["dose_id"], dose["event_uuid"]))
        existing = connection.execute(
            select(t.incidents)
            .where(t.incidents.c.patient_id == patient_id)
            .where(t.incidents.c.session == session)
            .where(t.incidents.c.kind == kind)
            .where(t.incidents.c.status == "open")
        ).first()
        now = self.clock()
        if existing is not None:
            incident_id = str(existing.incident_id)
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(doses=json.dumps(doses, sort_keys=True))
            )
        else:
            incident_id = str(uuid_module.uuid4())
            connection.execute(
                insert(t.incidents).values(
                    incident_id=incident_id,
                    kind=kind,
                    patient_id=patient_id,
                    session=session,
                    status="open",
                    raised_at=now,
                    doses=json.dumps(doses, sort_keys=True),
                )
            )
        self.append_server_events(
            connection,
            [
                (
                    "incident.raised",
                    {
                        "incident_id": incident_id,
                        "kind": kind,
                        "patient_id": patient_id,
                        "session": session,
                        "doses": doses,
                        "raised_at": _iso(now),
                    },
                )
            ],
        )
        return incident_id if existing is None else None

    def list_incidents(self, status: str | None = None) -> list[Incident]:
        """List incidents, newest first (``status``: open, resolved or all)."""
        query = select(t.incidents).order_by(t.incidents.c.raised_at.desc())
        if status and status != "all":
            query = query.where(t.incidents.c.status == status)
        with read_transaction(self.engine) as connection:
            rows = connection.execute(query).all()
        return [
            Incident(
                incident_id=row.incident_id,
                kind=row.kind,
                patient_id=row.patient_id,
                session=row.session,
                status=row.status,
                raised_at=_iso(row.raised_at),
                doses=json.loads(row.doses),
                resolved_by=row.resolved_by,
                resolved_at=_iso(row.resolved_at) if row.resolved_at else None,
                resolution_note=row.resolution_note,
                station_id=row.station_id,
                seqs=json.loads(row.seqs) if row.seqs else [],
                detail=json.loads(row.detail) if row.detail else {},
            )
            for row in rows
        ]

    def resolve_incident(self, incident_id: str, *, resolved_by: str, note: str) -> Incident:
        """Close an incident, recording who reviewed it and why; stations pull the resolution."""
        if not resolved_by.strip() or not note.strip():
            raise SyncServerError(
                "resolution_incomplete", "A resolution needs the reviewer's name and a note."
            )
        now = self.clock()
        with write_transaction(self.engine, feed=True) as connection:
            row = connection.execute(
                select(t.incidents).where(t.incidents.c.incident_id == incident_id)
            ).first()
            if row is None:
                raise NotFound("unknown_incident", "No incident with this id.")
            if row.status == "resolved":
                raise Conflict("already_resolved", "This incident is already resolved.")
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(
                    status="resolved",
                    resolved_by=resolved_by,
                    resolved_at=now,
                    resolution_note=note,
                )
            )
            self.append_server_events(
                connection,
                [
                    (
                        "incident.resolved",
                        {
                            "incident_id": incident_id,
                            "resolved_by": resolved_by,
                            "resolved_at": _iso(now),
                            "note": note,
                        },
                    )
                ],
            )
        return next(i for i in self.list_incidents("all") if i.incident_id == incident_id)

    # --------------------------------------------------------- signature audit

    def request_started(self) -> None:
        """Note an HTTP request being served (the background check waits for quiet)."""
        with self._activity:
            self._requests_in_flight += 1

    def request_finished(self) -> None:
        """Note the end of an HTTP request."""
        with self._activity:
            self._requests_in_flight -= 1
            self._last_request_end = time.monotonic()
            self._activity.notify_all()

    def start_signature_verifier(
        self, *, quiet_s: float = 1.0, patience_s: float = 5.0, poll_s: float = 60.0
    ) -> None:
        """Verify every stored event signature in a background thread, between requests.

        A push verifies every signature before it stores the batch (``_verify_checkpoints``);
        this second line verifies the stored rows again after the push commits (a row changed
        in the database afterwards, or stored by a server version that sampled), station by
        station in sequence order, and records per station the sequence they are verified
        through, so after a restart it goes on from there. It runs when no request has been
        served for ``quiet_s``, and at least one chunk every ``patience_s`` under constant
        load; a push wakes it, and it looks again every ``poll_s`` all the same. A bad
        signature raises a ``bad_event_signature`` incident and flags the event, which stays
        stored.
        """
        if self._verifier is not None:
            return
        self._stop_verifier.clear()
        self._signatures_due.set()  # whatever was left unverified before this start
        self._verifier = threading.Thread(
            target=self._verify_in_background,
            args=(quiet_s, patience_s, poll_s),
            name="signature-verifier",
            daemon=True,
        )
        self._verifier.start()

    def stop_signature_verifier(self) -> None:
        """Stop the background signature check (its verified marks are in the database)."""
        thread = self._verifier
        if thread is None:
            return
        self._stop_verifier.set()
        self._signatures_due.set()
        with self._activity:
            self._activity.notify_all()
        thread.join(30)
        self._verifier = None

    def _verify_in_background(self, quiet_s: float, patience_s: float, poll_s: float) -> None:
        stop = self._stop_verifier
        while not stop.is_set():
            self._signatures_due.wait(poll_s)
            self._signatures_due.clear()
            remaining = True
            while remaining and not stop.is_set():
                self._wait_for_quiet(quiet_s, patience_s)
                if stop.is_set():
                    return
                try:
                    remaining = self.verify_signatures().remaining
                except Exception as error:  # the database away for a moment: later again
                    _log.warning(
                        "event signature check failed (%s); trying again", type(error).__name__
                    )
                    self._signatures_due.set()
                    stop.wait(patience_s)
                    break

    def _wait_for_quiet(self, quiet_s: float, patience_s: float) -> None:
        """Wait until no request has been served for ``quiet_s``, but at most ``patience_s``."""
        deadline = time.monotonic() + patience_s
        with self._activity:
            while not self._stop_verifier.is_set():
                now = time.monotonic()
                if now >= deadline:
                    return
                timeout = deadline - now
                if self._requests_in_flight == 0:
                    idle = now - self._last_request_end
                    if idle >= quiet_s:
                        return
                    timeout = min(timeout, quiet_s - idle)
                self._activity.wait(timeout)

    def audit_signatures(self) -> SignatureAudit:
        """Verify every event signature not verified yet, to the end (``dosing-server audit``)."""
        total = SignatureAudit()
        while True:
            step = self.verify_signatures(limit=1024)
            total.add(step)
            if not step.remaining:
                return total

    def verify_signatures(self, *, limit: int = SIGNATURE_CHUNK) -> SignatureAudit:
        """Verify up to ``limit`` unverified event signatures of one station (in turn).

        Only events up to the station's highest contiguous sequence are checked, so its
        verified mark never passes a gap. ``remaining`` tells whether any station has more.
        """
        with read_transaction(self.engine) as connection:
            behind = list(
                connection.execute(
                    select(t.stations.c.station_id)
                    .where(
                        t.stations.c.signatures_verified_through
                        < t.stations.c.highest_contiguous_seq
                    )
                    .order_by(t.stations.c.station_id)
                ).scalars()
            )
        if not behind:
            return SignatureAudit()
        station_id = next((s for s in behind if s > self._last_audited_station), behind[0])
        self._last_audited_station = station_id
        audit = self._verify_station_signatures(station_id, limit)
        audit.remaining = audit.remaining or len(behind) > 1
        return audit

    def _verify_station_signatures(self, station_id: str, limit: int) -> SignatureAudit:
        with read_transaction(self.engine) as connection:
            station = connection.execute(
                select(
                    t.stations.c.public_key,
                    t.stations.c.signatures_verified_through,
                    t.stations.c.highest_contiguous_seq,
                ).where(t.stations.c.station_id == station_id)
            ).one()
            mark, highest = station.signatures_verified_through, station.highest_contiguous_seq
            rows = connection.execute(
                select(t.events.c.seq, t.events.c.hash, t.events.c.signature)
                .where(t.events.c.station_id == station_id)
                .where(t.events.c.seq > mark)
                .where(t.events.c.seq <= highest)
                .where(t.events.c.signature.is_not(None))
                .order_by(t.events.c.seq)
                .limit(limit)
            ).all()
        public = load_public_key(station.public_key)
        bad = [
            int(row.seq)
            for row in rows
            if not verify_hex(
                public, row.signature, checkpoint_message(station_id, row.seq, row.hash)
            )
        ]
        through = int(rows[-1].seq) if len(rows) == limit else int(highest)
        with write_transaction(self.engine, feed=bool(bad)) as connection:
            moved = connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .where(t.stations.c.signatures_verified_through == mark)
                .values(signatures_verified_through=through)
            ).rowcount
            if moved == 0:  # another check (``dosing-server audit``) got here first
                return SignatureAudit(remaining=True)
            if bad:
                self._flag_bad_signatures(connection, station_id, bad)
        return SignatureAudit(
            verified=len(rows),
            stations={station_id},
            bad=[(station_id, seq) for seq in bad],
            remaining=through < highest,
        )

    def _flag_bad_signatures(
        self, connection: Connection, station_id: str, seqs: Sequence[int]
    ) -> str:
        """Flag events whose signature is bad and raise (or add to) the station's incident.

        One open ``bad_event_signature`` incident per station collects its bad events; it names
        the station and the sequences only (nothing of the payloads). Call only inside
        ``write_transaction(engine, feed=True)``.
        """
        now = self.clock()
        open_incident = connection.execute(
            select(t.incidents)
            .where(t.incidents.c.kind == BAD_EVENT_SIGNATURE)
            .where(t.incidents.c.station_id == station_id)
            .where(t.incidents.c.status == "open")
        ).first()
        if open_incident is None:
            incident_id, raised_at, held = str(uuid_module.uuid4()), now, []
            all_seqs = sorted(seqs)
            connection.execute(
                insert(t.incidents).values(
                    incident_id=incident_id,
                    kind=BAD_EVENT_SIGNATURE,
                    patient_id="",
                    session="",
                    status="open",
                    raised_at=now,
                    doses="[]",
                    station_id=station_id,
                    seqs=json.dumps(all_seqs),
                )
            )
        else:
            incident_id, raised_at = str(open_incident.incident_id), open_incident.raised_at
            held = json.loads(open_incident.seqs or "[]")
            all_seqs = sorted({*held, *seqs})
            connection.execute(
                update(t.incidents)
                .where(t.incidents.c.incident_id == incident_id)
                .values(seqs=json.dumps(all_seqs))
            )
        connection.execute(
            insert(t.event_flags),
            [
                {
                    "station_id": station_id,
                    "seq": seq,
                    "flag": BAD_EVENT_SIGNATURE,
                    "incident_id": incident_id,
                    "flagged_at": now,
                }
                for seq in seqs
            ],
        )
        self._alert(connection, station_id, BAD_EVENT_SIGNATURE, {"seqs": list(seqs)})
        self.append_server_events(
            connection,
            [
                (
                    "incident.raised",
                    {
                        "incident_id": incident_id,
                        "kind": BAD_EVENT_SIGNATURE,
                        "patient_id": "",
                        "session": "",
                        "doses": [],
                        "station_id": station_id,
                        "seqs": all_seqs,
                        "raised_at": _iso(raised_at),
                    },
                )
            ],
        )
        _log.warning(
            "bad event signature: station %s, events %s (incident %s)",
            station_id,
            ", ".join(map(str, seqs)),
            incident_id,
        )
        return incident_id

    # ------------------------------------------------------------ server feed

    def append_server_events(
        self, connection: Connection, items: Sequence[tuple[str, dict[str, Any]]]
    ) -> list[WireEvent]:
        """Append server-made events to the feed on the server's own signed chain.

        Call only inside ``write_transaction(engine, feed=True)``.
        """
        seq = int(self._meta("server_seq", connection))
        head = self._meta("server_head", connection)
        now = self.clock()
        made: list[WireEvent] = []
        for event_type, body in items:
            payload = {**body, "salt": secrets.token_hex(16)}
            seq += 1
            digest = compute_payload_hash(payload)
            fields = ChainFields(
                station_id=SERVER_STATION_ID,
                seq=seq,
                uuid=str(uuid_module.uuid4()),
                hlc=str(self._hlc.now(int(now * 1000))),
                type=event_type,
                payload_hash=digest,
                sealed_digest=digest,
                prev_hash=head,
            )
            head = fields.record_hash()
            signature = self._signing_key.sign(checkpoint_message(SERVER_STATION_ID, seq, head))
            made.append(
                WireEvent(
                    station_id=SERVER_STATION_ID,
                    seq=seq,
                    uuid=fields.uuid,
                    hlc=fields.hlc,
                    type=event_type,
                    payload=payload,
                    payload_hash=digest,
                    sealed_digest=digest,
                    prev_hash=fields.prev_hash,
                    hash=head,
                    signature=signature.hex(),
                )
            )
        if made:
            connection.execute(
                insert(t.events),
                [
                    {
                        **e.model_dump(exclude={"payload"}),
                        "payload": canonical_json(e.payload).decode(),
                        "received_at": now,
                    }
                    for e in made
                ],
            )
            self._set_meta(connection, "server_seq", str(seq))
            self._set_meta(connection, "server_head", head)
        return made

    # ------------------------------------------------------------------ pull

    def pull(
        self,
        station: AuthenticatedStation,
        *,
        cursor: int,
        epoch: str,
        limit: int,
        wire_version: int = 1,
    ) -> bytes:
        """Return (as JSON bytes) the feed after ``cursor``, without the station's own events.

        ``wire_version`` 2 encodes the page compactly (``sync.wire.compact``) and may be longer.
        """
        most = MAX_BATCH if wire_version == COMPACT_WIRE_VERSION else MAX_EVENTS
        limit = max(1, min(limit, most))
        notices: list[dict[str, str]] = []
        with read_transaction(self.engine) as connection:
            current_epoch = self._meta("epoch", connection)
            head = int(connection.execute(select(func.max(t.events.c.pos))).scalar() or 0)
            confirmed = int(
                connection.execute(
                    select(t.stations.c.confirmed_pull_cursor).where(
                        t.stations.c.station_id == station.station_id
                    )
                ).scalar_one()
            )
        record_cursor: int | None = None
        if epoch and epoch != current_epoch and cursor > 0:
            notices.append(
                {
                    "code": "feed_restarted",
                    "message": "The server's feed was rebuilt; this station re-reads it from the "
                    "start (nothing is applied twice).",
                }
            )
            cursor, record_cursor = 0, 0
        elif cursor > head:
            # Only this station re-reads the feed; restarting it for every station is the
            # administrator's (``restart_feed``), never a station's to ask for.
            with write_transaction(self.engine) as connection:
                self._alert(
                    connection,
                    station.station_id,
                    "server_feed_behind_station",
                    {"station_cursor": cursor, "feed_head": head},
                )
            notices.append(
                {
                    "code": "server_behind_station",
                    "message": "The server was restored from an older backup; this station "
                    "re-reads the feed from the start and the server's administrator is "
                    "alerted.",
                }
            )
            cursor, record_cursor = 0, 0
        elif cursor < confirmed:
            with write_transaction(self.engine) as connection:
                self._alert(
                    connection,
                    station.station_id,
                    "pull_cursor_went_back",
                    {"station_cursor": cursor, "confirmed_cursor": confirmed},
                )
            notices.append(
                {
                    "code": "station_pull_cursor_went_back",
                    "message": "This station asked for data it had already confirmed: it was "
                    "restored from an older backup. It is re-reading what it lost.",
                }
            )
            record_cursor = cursor
        elif cursor > confirmed:
            record_cursor = cursor
        if record_cursor is not None:
            with write_transaction(self.engine) as connection:
                connection.execute(
                    update(t.stations)
                    .where(t.stations.c.station_id == station.station_id)
                    .values(confirmed_pull_cursor=record_cursor)
                )
        with read_transaction(self.engine) as connection:
            head = int(connection.execute(select(func.max(t.events.c.pos))).scalar() or 0)
            marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
            # Straight through the driver: plain tuples, no per-row mapping (a page is 5000 rows).
            rows = connection.exec_driver_sql(
                f"SELECT pos, {_FEED_COLUMNS} FROM events "  # noqa: S608
                f"WHERE pos > {marker} AND pos <= {marker} AND station_id != {marker} "
                f"ORDER BY pos LIMIT {marker}",
                (cursor, head, station.station_id, limit + 1),
            ).cursor.fetchall()
        has_more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = rows[-1][0] if has_more else head
        if wire_version == COMPACT_WIRE_VERSION:
            return encode_pull(
                epoch=current_epoch,
                cursor=next_cursor,
                feed_head=head,
                has_more=has_more,
                notices=notices,
                rows=[row[1:] for row in rows],
            )
        parts = [
            b'{"wire_version":1,"epoch":',
            json.dumps(current_epoch).encode(),
            b',"cursor":',
            str(next_cursor).encode(),
            b',"feed_head":',
            str(head).encode(),
            b',"has_more":',
            b"true" if has_more else b"false",
            b',"notices":',
            json.dumps(notices).encode(),
            b',"events":[',
        ]
        parts.append(",".join([_event_json(row[1:]) for row in rows]).encode("utf-8"))
        parts.append(b"]}")
        return b"".join(parts)

    def own_events(self, station: AuthenticatedStation, *, after: int, limit: int) -> bytes:
        """Return a station's own events after ``after`` (to repair a restored station)."""
        limit = max(1, min(limit, 5000))
        with read_transaction(self.engine) as connection:
            highest = connection.execute(
                select(t.stations.c.highest_contiguous_seq).where(
                    t.stations.c.station_id == station.station_id
                )
            ).scalar_one()
            rows = connection.execute(
                select(t.events)
                .where(t.events.c.station_id == station.station_id)
                .where(t.events.c.seq > after)
                .where(t.events.c.seq <= highest)
                .order_by(t.events.c.seq)
                .limit(limit)
            ).all()
        body = {
            "wire_version": 1,
            "station_id": station.station_id,
            "highest_contiguous_seq": highest,
            "events": [_row_to_wire(row) for row in rows],
        }
        return json.dumps(body, separators=(",", ":")).encode()

    # ---------------------------------------------------------------- leases

    def acquire_lease(self, station: AuthenticatedStation, request: LeaseRequest) -> LeaseReply:
        """Grant a short lease on dosing (patient, session) unless another station holds one."""
        now = self.clock()
        with write_transaction(self.engine) as connection:
            dosed = connection.execute(
                select(t.doses.c.station_id, t.doses.c.given_at)
                .where(t.doses.c.patient_id == request.patient_id)
                .where(t.doses.c.session == request.session)
            ).first()
            if dosed is not None:
                return LeaseReply(
                    outcome="already_dosed",
                    dosed_by_station_id=dosed.station_id,
                    message=f"Already dosed this session at station {dosed.station_id} "
                    f"({dosed.given_at}).",
                )
            lease = connection.execute(
                select(t.leases)
                .where(t.leases.c.patient_id == request.patient_id)
                .where(t.leases.c.session == request.session)
            ).first()
            if (
                lease is not None
                and lease.expires_at > now
                and lease.station_id != station.station_id
            ):
                return LeaseReply(
                    outcome="held_by_other",
                    holder_station_id=lease.station_id,
                    ttl_seconds=lease.expires_at - now,
                    message=f"Station {lease.station_id} is dosing this patient right now.",
                )
            lease_id = str(uuid_module.uuid4())
            values = {
                "lease_id": lease_id,
                "station_id": station.station_id,
                "expires_at": now + request.ttl_seconds,
            }
            if lease is None:
                connection.execute(
                    insert(t.leases).values(
                        patient_id=request.patient_id, session=request.session, **values
                    )
                )
            else:
                connection.execute(
                    update(t.leases)
                    .where(t.leases.c.patient_id == request.patient_id)
                    .where(t.leases.c.session == request.session)
                    .values(**values)
                )
        return LeaseReply(outcome="granted", lease_id=lease_id, ttl_seconds=request.ttl_seconds)

    def release_lease(self, station: AuthenticatedStation, lease_id: str) -> None:
        """Give a lease back early (a dose abandoned); releasing a gone lease is harmless."""
        with write_transaction(self.engine) as connection:
            connection.execute(
                delete(t.leases)
                .where(t.leases.c.lease_id == lease_id)
                .where(t.leases.c.station_id == station.station_id)
            )

    # -------------------------------------------------------------- stations

    def list_stations(self) -> list[StationSummary]:
        """List enrolled stations with their highest contiguous sequence and alerts."""
        with read_transaction(self.engine) as connection:
            rows = connection.execute(select(t.stations).order_by(t.stations.c.station_id)).all()
            alerts = connection.execute(
                select(t.station_alerts).order_by(t.station_alerts.c.id)
            ).all()
            flagged = connection.execute(
                select(t.event_flags.c.station_id, t.event_flags.c.seq)
                .where(t.event_flags.c.flag == BAD_EVENT_SIGNATURE)
                .order_by(t.event_flags.c.station_id, t.event_flags.c.seq)
            ).all()
        bad_seqs: dict[str, list[int]] = {}
        for flag in flagged:
            bad_seqs.setdefault(flag.station_id, []).append(int(flag.seq))
        by_station: dict[str, list[dict[str, Any]]] = {}
        for alert in alerts:
            by_station.setdefault(alert.station_id, []).append(
                {"kind": alert.kind, "at": _iso(alert.at), "detail": json.loads(alert.detail)}
            )
        return [
            StationSummary(
                station_id=row.station_id,
                name=row.name,
                clinic_id=row.clinic_id,
                status=row.status,
                status_reason=row.status_reason,
                highest_contiguous_seq=row.highest_contiguous_seq,
                last_seen_at=row.last_seen_at,
                clock_skew_s=row.clock_skew_s,
                alerts=by_station.get(row.station_id, []),
                signatures_verified_through=row.signatures_verified_through,
                bad_signature_seqs=bad_seqs.get(row.station_id, []),
            )
            for row in rows
        ]

    def station_keys(self) -> bytes:
        """Every enrolled station's public key and status, signed with the server's key.

        Stations check pulled events of other stations against it (``sync.wire.directory``);
        they pinned the server's key at enrollment, so a list from anyone else is refused.
        """
        with read_transaction(self.engine) as connection:
            rows = connection.execute(
                select(t.stations.c.station_id, t.stations.c.public_key, t.stations.c.status)
            ).all()
        return sign_directory(
            self._signing_key,
            clinic_id=self.clinic_id,
            server_key_id=self.server_key_id,
            issued_at=int(self.clock()),
            stations={row.station_id: (row.public_key, row.status) for row in rows},
        )

    def revoke_station(self, station_id: str, reason: str) -> None:
        """Refuse every further request from this station."""
        with write_transaction(self.engine) as connection:
            done = connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(status="revoked", status_reason=reason, status_changed_at=self.clock())
            )
            if done.rowcount == 0:
                raise NotFound("unknown_station", "No station with this id.")

    def reinstate_station(self, station_id: str, reason: str) -> None:
        """Lift a suspension (after someone checked the station), recording who said why.

        A revoked station stays revoked: it must enroll again with a new key. If the station
        still holds a history that differs from the server's, its next push suspends it again.
        """
        if not reason.strip():
            raise SyncServerError("reason_required", "Give a reason for lifting the suspension.")
        with write_transaction(self.engine) as connection:
            row = connection.execute(
                select(t.stations.c.status, t.stations.c.status_reason).where(
                    t.stations.c.station_id == station_id
                )
            ).first()
            if row is None:
                raise NotFound("unknown_station", "No station with this id.")
            if row.status == "revoked":
                raise Conflict(
                    "station_revoked",
                    "This station was revoked; it cannot be reinstated. Enroll it again with a "
                    "new enrollment code.",
                )
            if row.status != "suspended":
                raise Conflict("station_not_suspended", "This station is not suspended.")
            connection.execute(
                update(t.stations)
                .where(t.stations.c.station_id == station_id)
                .values(status="active", status_reason="", status_changed_at=self.clock())
            )
            self._alert(
                connection,
                station_id,
                "reinstated",
                {"reason": reason.strip(), "suspension": row.status_reason},
            )

    # --------------------------------------------------- patients and cards

    def import_patients(self, rows: Iterable[Mapping[str, str]]) -> tuple[int, int]:
        """Import patients; new or changed ones become feed events. Return (new, changed)."""
        return self._import(
            rows,
            key="patient_id",
            table=t.patients,
            event_new="patient.registered",
            event_changed="patient.updated",
            columns=lambda row: {
                "clinic_id": row.get("clinic_id") or self.clinic_id,
                "home_station": row.get("home_station") or None,
            },
        )

    def import_prescriptions(self, rows: Iterable[Mapping[str, str]]) -> tuple[int, int]:
        """Import prescriptions; new or changed ones become feed events. Return (new, changed)."""
        return self._import(
            rows,
            key="prescription_id",
            table=t.prescriptions,
            event_new="prescription.issued",
            event_changed="prescription.changed",
            columns=lambda row: {
                "patient_id": row["patient_id"],
                "drug": row["drug"],
                "daily_max_mg": row.get("daily_max_mg") or None,
            },
        )

    def _import(
        self,
        rows: Iterable[Mapping[str, str]],
        *,
        key: str,
        table: Any,
        event_new: str,
        event_changed: str,
        columns: Callable[[Mapping[str, str]], dict[str, Any]],
    ) -> tuple[int, int]:
        now = self.clock()
        new = changed = 0
        clean_rows = [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in rows]
        for index, row in enumerate(clean_rows, start=2):
            if not row.get(key):
                raise SyncServerError("bad_csv", f"Line {index}: the {key} column is empty.")
        with write_transaction(self.engine, feed=True) as connection:
            feed: list[tuple[str, dict[str, Any]]] = []
            for row in clean_rows:
                data = canonical_json(row).decode()
                existing = connection.execute(
                    select(table.c.data).where(table.c[key] == row[key])
                ).first()
                if existing is not None and existing.data == data:
                    continue
                values = {**columns(row), "data": data, "updated_at": now}
                if existing is None:
                    connection.execute(insert(table).values({key: row[key], **values}))
                    feed.append((event_new, dict(row)))
                    new += 1
                else:
                    connection.execute(update(table).where(table.c[key] == row[key]).values(values))
                    feed.append((event_changed, dict(row)))
                    changed += 1
            self.append_server_events(connection, feed)
        return new, changed

    def issue_card(self, patient_id: str) -> tuple[CardPayload, str]:
        """Sign a new card for a patient (earlier cards are revoked); return payload and QR text."""
        now = self.clock()
        payload = CardPayload(
            patient_id=patient_id,
            clinic_id=self.clinic_id,
            issued_at=_iso(now),
            serial=secrets.token_hex(8),
            key_id=self.server_key_id,
        )
        with write_transaction(self.engine, feed=True) as connection:
            if (
                connection.execute(
                    select(t.patients.c.patient_id).where(t.patients.c.patient_id == patient_id)
                ).first()
                is None
            ):
                raise NotFound("unknown_patient", "No patient with this id; import them first.")
            earlier = connection.execute(
                select(t.cards.c.serial)
                .where(t.cards.c.patient_id == patient_id)
                .where(t.cards.c.revoked_at.is_(None))
            ).all()
            for card in earlier:
                connection.execute(
                    update(t.cards)
                    .where(t.cards.c.serial == card.serial)
                    .values(revoked_at=now, revoked_reason="replaced")
                )
            connection.execute(
                insert(t.cards).values(
                    serial=payload.serial, patient_id=patient_id, issued_at=payload.issued_at
                )
            )
            self.append_server_events(
                connection,
                [
                    (
                        "card.revoked",
                        {"serial": card.serial, "patient_id": patient_id, "reason": "replaced"},
                    )
                    for card in earlier
                ]
                + [("card.issued", {"serial": payload.serial, "patient_id": patient_id})],
            )
        return payload, sign_card(payload, self._signing_key)

    def card_clinic_number(self, patient_id: str) -> str | None:
        """The clinic number printed on a patient's card: the imported record's, or None.

        The card's signed ``clinic_id`` is the clinic (this server's organisation id); the
        patient's own clinic number is printed beside the code for staff, never put in it.
        """
        with read_transaction(self.engine) as connection:
            row = connection.execute(
                select(t.patients.c.data).where(t.patients.c.patient_id == patient_id)
            ).first()
        if row is None:
            return None
        number = str(json.loads(row.data).get("clinic_id") or "").strip()
        return number or None

    def revoke_card(self, serial: str, reason: str) -> None:
        """Withdraw a card; stations learn it on their next pull and refuse it offline."""
        if not reason.strip():
            raise SyncServerError("reason_required", "Give a reason for revoking the card.")
        with write_transaction(self.engine, feed=True) as connection:
            card = connection.execute(select(t.cards).where(t.cards.c.serial == serial)).first()
            if card is None:
                raise NotFound("unknown_card", "No card with this serial.")
            if card.revoked_at is not None:
                return
            connection.execute(
                update(t.cards)
                .where(t.cards.c.serial == serial)
                .values(revoked_at=self.clock(), revoked_reason=reason)
            )
            self.append_server_events(
                connection,
                [
                    (
                        "card.revoked",
                        {"serial": serial, "patient_id": card.patient_id, "reason": reason},
                    )
                ],
            )
