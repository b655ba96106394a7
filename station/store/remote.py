"""Pulled events: sealed at rest, projected here, and replayed with our own in HLC order."""

from __future__ import annotations

import heapq
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import InvalidOperation
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station.domain.errors import DomainError
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Milligrams
from station.domain.rules import AdministrationOutcome
from station.domain.sessions import SessionKey
from station.store.crypto import CLEAR_KEY_ID, DataKey
from station.store.database import StoreError
from station.store.events import CLEAR_EVENT_TYPES, EventLog, decode_row, event_aad
from station.store.projections import Document, Projections
from sync.wire.chain import canonical_json, checkpoint_message, sha256_hex
from sync.wire.chain import payload_hash as compute_payload_hash
from sync.wire.envelope import SERVER_STATION_ID, WireEvent
from sync.wire.hlc import HlcStamp

# Remote stamps further ahead of our wall clock than this are not followed by our own clock
# (a station whose clock is years off must not drag every later stamp with it).
MAX_FOLLOWED_DRIFT_MS = 24 * 3600 * 1000

# Last-writer-wins records: replayed per record in HLC order whenever a pulled event touches them.
_PATIENT_TYPES = ("patient.registered", "patient.updated")
_PRESCRIPTION_TYPES = ("prescription.issued", "prescription.stop_set", "prescription.stop_lifted")
_SERVER_PRESCRIPTION_TYPES = ("prescription.issued", "prescription.changed")
# What another station's events may change here: its doses and voids count toward our rules;
# its roster and prescriptions appear. Its observations and assessments stay at that station.
_STATION_PROJECTED = frozenset(
    {"dose.administered", "record.voided", *_PATIENT_TYPES, *_PRESCRIPTION_TYPES}
)
_SERVER_PROJECTED = frozenset({*_PATIENT_TYPES, *_SERVER_PRESCRIPTION_TYPES})
_OWN_COLUMNS = (
    "seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash, sealed_digest, "
    "prev_hash, hash, signature"
)
_RESEALED_PREFIX = "resealed:"


@dataclass(frozen=True)
class PulledOutcome:
    """What applying one pulled batch did."""

    stored: int = 0
    already_held: int = 0
    unreadable: int = 0
    """Stored, but their content is not one this station version can use (see the notices)."""


def remote_aad(event: WireEvent) -> str:
    """Associated data that pins a sealed pulled event to its place in its station's log."""
    return f"remote|{event.station_id}|{event.seq}|{event.uuid}|{event.type}"


def seal_remote(data_key: DataKey, event: WireEvent) -> bytes:
    """Encrypt a whole pulled event (payload, hashes, signature) with the station's data key."""
    return data_key.seal(canonical_json(event.model_dump()), remote_aad(event))


def open_remote(data_key: DataKey, row: Sequence[Any]) -> WireEvent:
    """Decrypt a ``remote_events`` row (station_id, seq, uuid, type, sealed)."""
    station_id, seq, event_uuid, event_type, sealed = row
    aad = f"remote|{station_id}|{seq}|{event_uuid}|{event_type}"
    body = json.loads(data_key.open(bytes(sealed), aad))
    return WireEvent.model_construct(**body)


def _document(payload: Mapping[str, Any]) -> Document:
    return {key: value for key, value in payload.items() if key != "salt"}


def _text(document: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = document.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def _patient_document(payload: Mapping[str, Any]) -> Document | None:
    """A patient record as the station keeps it, or None when it cannot be used safely."""
    document = _document(payload)
    flags = document.get("flags") or []
    if isinstance(flags, str):
        flags = [flag.strip() for flag in flags.split(";") if flag.strip()]
    try:
        patient = Patient(
            patient_id=str(document["patient_id"]),
            clinic_id=str(document["clinic_id"]),
            given_name=str(document["given_name"]),
            family_name=str(document["family_name"]),
            birth_date=date.fromisoformat(str(document["birth_date"])),
            photo_ref=_text(document, "photo_ref"),
            home_station=_text(document, "home_station"),
            flags=frozenset(str(flag) for flag in flags),
        )
    except (KeyError, ValueError, TypeError, DomainError):
        return None
    return {**document, **patient.as_document()}


def _prescription_document(payload: Mapping[str, Any]) -> Document | None:
    """A prescription as the station keeps it; server CSV column names are accepted too.

    Nothing clinical is defaulted: a row without its maxima, sessions, start date, phase or
    prescriber is not used (and the sync report says so).
    """
    document = _document(payload)
    try:
        per_session = _text(document, "max_per_session_mg", "per_session_max_mg")
        per_day = _text(document, "max_per_day_mg", "daily_max_mg")
        minutes = _text(document, "min_interval_minutes")
        valid_until = _text(document, "valid_until")
        prescription = Prescription(
            prescription_id=str(document["prescription_id"]),
            patient_id=str(document["patient_id"]),
            drug=Drug(str(document["drug"])),
            max_per_session=Milligrams(str(per_session)),
            max_per_day=Milligrams(str(per_day)),
            sessions_per_day=int(str(document["sessions_per_day"])),
            valid_from=date.fromisoformat(str(document["valid_from"])),
            valid_until=date.fromisoformat(valid_until) if valid_until else None,
            phase=Phase(str(document["phase"])),
            prescriber=str(document["prescriber"]),
        )
    except (KeyError, ValueError, TypeError, InvalidOperation, DomainError):
        return None
    stop = document.get("stop_dose")
    return {
        "prescription_id": prescription.prescription_id,
        "patient_id": prescription.patient_id,
        "drug": prescription.drug.value,
        "max_per_session_mg": str(prescription.max_per_session.value),
        "max_per_day_mg": str(prescription.max_per_day.value),
        "sessions_per_day": prescription.sessions_per_day,
        "valid_from": prescription.valid_from.isoformat(),
        "valid_until": valid_until,
        "phase": prescription.phase.value,
        "prescriber": prescription.prescriber,
        "min_interval_minutes": int(minutes) if minutes else None,
        "stop_dose": stop if isinstance(stop, dict) else None,
    }


def _dose_document(payload: Mapping[str, Any]) -> Document | None:
    """Another station's dose, checked so that the rules can read it back."""
    document = _document(payload)
    try:
        str(document["dose_id"])
        str(document["patient_id"])
        str(document["station_id"])
        Drug(str(document["drug"]))
        Milligrams(str(document["mg"]))
        if document.get("given_mg") is not None:
            Milligrams(str(document["given_mg"]))
        given_at = datetime.fromisoformat(str(document["given_at"]))
        if given_at.tzinfo is None:
            return None
        SessionKey.parse(str(document["session"]))
        AdministrationOutcome(document.get("outcome") or "full")
    except (KeyError, ValueError, TypeError, InvalidOperation, DomainError):
        return None
    return document


def remote_projection(event: WireEvent) -> tuple[str, Document] | None:
    """The projection change a pulled event makes here, or None (kept, but changes nothing)."""
    payload = event.payload
    if event.station_id == SERVER_STATION_ID:
        if event.type not in _SERVER_PROJECTED:
            return None
        if event.type in _PATIENT_TYPES:
            patient = _patient_document(payload)
            return (event.type, patient) if patient is not None else None
        prescription = _prescription_document(payload)
        return ("prescription.issued", prescription) if prescription is not None else None
    if event.type not in _STATION_PROJECTED:
        return None
    if event.type == "dose.administered":
        dose = _dose_document(payload)
        return (event.type, dose) if dose is not None else None
    if event.type in _PATIENT_TYPES:
        patient = _patient_document(payload)
        return (event.type, patient) if patient is not None else None
    if event.type == "prescription.issued":
        prescription = _prescription_document(payload)
        return (event.type, prescription) if prescription is not None else None
    if event.type == "record.voided" or event.type in _PRESCRIPTION_TYPES:
        key = "target_id" if event.type == "record.voided" else "prescription_id"
        return (event.type, _document(payload)) if payload.get(key) else None
    return None


def is_projected_type(event: WireEvent) -> bool:
    """True when a pulled event of this type is meant to change what this station shows."""
    allowed = _SERVER_PROJECTED if event.station_id == SERVER_STATION_ID else _STATION_PROJECTED
    return event.type in allowed


def _record_key(event_type: str, document: Mapping[str, Any]) -> tuple[str, str] | None:
    if event_type in _PATIENT_TYPES:
        return ("patients", str(document["patient_id"]))
    if event_type in _PRESCRIPTION_TYPES:
        return ("prescriptions", str(document["prescription_id"]))
    return None


# -- applying -------------------------------------------------------------------------------


def _apply(
    connection: sqlite3.Connection,
    data_key: DataKey,
    changes: Iterable[tuple[str, Document]],
) -> None:
    """Apply projection changes; last-writer-wins records are replayed in HLC order instead."""
    projections = Projections(connection, data_key)
    replay: set[tuple[str, str]] = set()
    for event_type, document in changes:
        key = _record_key(event_type, document)
        if key is None:
            projections.apply(event_type, document)
        else:
            replay.add(key)
    if replay:
        _replay_records(connection, data_key, projections, replay)
    projections.flush()


def _replay_records(
    connection: sqlite3.Connection,
    data_key: DataKey,
    projections: Projections,
    records: set[tuple[str, str]],
) -> None:
    """Rebuild some patient and prescription rows from every event about them, in HLC order."""
    for table, record_id in sorted(records):
        column = "patient_id" if table == "patients" else "prescription_id"
        connection.execute(f"DELETE FROM {table} WHERE {column} = ?", (record_id,))  # noqa: S608
    changes: list[tuple[str, str, Document]] = []
    own_types = (*_PATIENT_TYPES, *_PRESCRIPTION_TYPES)
    marks = ",".join("?" * len(own_types))
    for row in connection.execute(
        f"SELECT {_OWN_COLUMNS} FROM events WHERE type IN ({marks}) ORDER BY seq",  # noqa: S608
        own_types,
    ):
        own = decode_row(row, data_key)
        if _record_key(own.type, own.payload) in records:
            changes.append((own.hlc, own.type, own.payload))
    remote_types = tuple({*own_types, *_SERVER_PRESCRIPTION_TYPES})
    marks = ",".join("?" * len(remote_types))
    for row in connection.execute(
        "SELECT station_id, seq, uuid, type, sealed FROM remote_events "  # noqa: S608
        f"WHERE type IN ({marks})",
        remote_types,
    ):
        pulled = open_remote(data_key, row)
        projected = remote_projection(pulled)
        if projected is not None and _record_key(*projected) in records:
            changes.append((pulled.hlc, *projected))
    changes.sort(key=lambda change: change[0])
    for _hlc, event_type, document in changes:
        projections.apply(event_type, document)


def store_pulled(
    connection: sqlite3.Connection,
    data_key: DataKey,
    local_station_id: str,
    events: Sequence[WireEvent],
) -> PulledOutcome:
    """Keep pulled events sealed and update the projections; the caller holds the transaction."""
    if not connection.in_transaction:
        raise RuntimeError("pulled events are stored inside a transaction")
    stored = held = unreadable = 0
    changes: list[tuple[str, Document]] = []
    for event in events:
        if event.station_id == local_station_id:
            held += 1  # our own events live in the log itself
            continue
        check_stamp(event)
        if connection.execute(
            "SELECT 1 FROM remote_events WHERE uuid = ?", (event.uuid,)
        ).fetchone():
            held += 1
            continue
        clash = connection.execute(
            "SELECT uuid FROM remote_events WHERE station_id = ? AND seq = ?",
            (event.station_id, event.seq),
        ).fetchone()
        if clash is not None:
            raise StoreError(
                f"The server sent event #{event.seq} of station {event.station_id} with another "
                "identity than the one this station already holds; nothing was applied."
            )
        connection.execute(
            "INSERT INTO remote_events (station_id, seq, uuid, hlc, type, sealed, hash)"
            " VALUES (?,?,?,?,?,?,?)",
            (
                event.station_id,
                event.seq,
                event.uuid,
                event.hlc,
                event.type,
                seal_remote(data_key, event),
                event.hash,
            ),
        )
        stored += 1
        projected = remote_projection(event)
        if projected is None:
            unreadable += int(is_projected_type(event))
            continue
        changes.append(projected)
    _apply(connection, data_key, changes)
    return PulledOutcome(stored, held, unreadable)


def restore_own(
    connection: sqlite3.Connection,
    data_key: DataKey,
    public_key: Ed25519PublicKey,
    station_id: str,
    events: Sequence[WireEvent],
) -> int:
    """Re-append own events the server kept after this station was restored from a backup.

    They must continue the local chain exactly. The payload is sealed again with the station's
    key; the original ``sealed_digest`` stays in the chain, and the digest of the new sealed bytes
    is noted beside it (``resealed:<seq>``) so the audit can tell a re-seal from tampering.
    """
    if not connection.in_transaction:
        raise RuntimeError("recovered events are stored inside a transaction")
    head_seq, head_hash = EventLog.head(connection)
    changes: list[tuple[str, Document]] = []
    for event in events:
        if event.station_id != station_id:
            raise StoreError("The server sent another station's events as this station's own.")
        if event.seq != head_seq + 1 or event.prev_hash != head_hash:
            raise StoreError(
                f"Recovered event #{event.seq} does not continue this station's log at "
                f"#{head_seq}; nothing was restored."
            )
        if (
            compute_payload_hash(event.payload) != event.payload_hash
            or event.chain_fields().record_hash() != event.hash
        ):
            raise StoreError(f"Recovered event #{event.seq} does not match its hashes.")
        clear = event.type in CLEAR_EVENT_TYPES
        if not clear and not _signed_by(public_key, event):
            raise StoreError(f"Recovered event #{event.seq} is not signed by this station's key.")
        plaintext = canonical_json(event.payload)
        key_id, sealed = (
            (CLEAR_KEY_ID, plaintext)
            if clear
            else (
                data_key.key_id,
                data_key.seal(plaintext, event_aad(station_id, event.seq, event.uuid, event.type)),
            )
        )
        connection.execute(
            f"INSERT INTO events ({_OWN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
            (
                event.seq,
                event.uuid,
                station_id,
                event.hlc,
                event.type,
                key_id,
                sealed,
                event.payload_hash,
                event.sealed_digest,
                event.prev_hash,
                event.hash,
                event.signature,
            ),
        )
        digest = sha256_hex(sealed)
        if digest != event.sealed_digest:
            connection.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (f"{_RESEALED_PREFIX}{event.seq}", digest),
            )
        changes.append((event.type, dict(event.payload)))
        head_seq, head_hash = event.seq, event.hash
    _apply(connection, data_key, changes)
    return len(events)


def _signed_by(public_key: Ed25519PublicKey, event: WireEvent) -> bool:
    if event.signature is None:
        return False
    try:
        public_key.verify(
            bytes.fromhex(event.signature),
            checkpoint_message(event.station_id, event.seq, event.hash),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def resealed_digests(connection: sqlite3.Connection) -> dict[int, str]:
    """Digests of own events sealed again after a restore (seq -> digest of the new bytes)."""
    rows = connection.execute(
        "SELECT key, value FROM meta WHERE key LIKE ?", (f"{_RESEALED_PREFIX}%",)
    )
    return {int(key.removeprefix(_RESEALED_PREFIX)): str(value) for key, value in rows}


# -- replay and reads -----------------------------------------------------------------------


def _own_changes(
    connection: sqlite3.Connection, data_key: DataKey, batch: int
) -> Iterator[tuple[str, str, Document]]:
    after = 0
    while True:
        events = EventLog.read(connection, data_key, after, batch)
        if not events:
            return
        for event in events:
            yield event.hlc, event.type, event.payload
        after = events[-1].seq


def _remote_changes(
    connection: sqlite3.Connection, data_key: DataKey, batch: int
) -> Iterator[tuple[str, str, Document]]:
    last: tuple[str, str, int] = ("", "", 0)
    while True:
        rows = connection.execute(
            "SELECT station_id, seq, uuid, type, sealed, hlc FROM remote_events "
            "WHERE (hlc, station_id, seq) > (?, ?, ?) ORDER BY hlc, station_id, seq LIMIT ?",
            (*last, batch),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            event = open_remote(data_key, row[:5])
            projected = remote_projection(event)
            yield (event.hlc, *projected) if projected else (event.hlc, "", {})
        last = (rows[-1][5], rows[-1][0], rows[-1][1])


def replay_merged(
    connection: sqlite3.Connection, data_key: DataKey, projections: Projections, batch: int
) -> int:
    """Apply every own and pulled event to empty projections, merged by HLC; return the count."""
    replayed = 0
    merged = heapq.merge(
        _own_changes(connection, data_key, batch),
        _remote_changes(connection, data_key, batch),
        key=lambda change: change[0],
    )
    for _hlc, event_type, document in merged:
        replayed += 1
        if event_type:
            projections.apply(event_type, document)
    return replayed


def newest_remote_hlc(connection: sqlite3.Connection, now_ms: int | None = None) -> str | None:
    """The newest pulled stamp our clock should follow (far-future stamps are ignored)."""
    limit = (now_ms if now_ms is not None else int(time.time() * 1000)) + MAX_FOLLOWED_DRIFT_MS
    row = connection.execute(
        "SELECT hlc FROM remote_events WHERE hlc <= ? ORDER BY hlc DESC LIMIT 1",
        (f"{limit:013d}",),
    ).fetchone()
    return str(row[0]) if row else None


def followable(stamp: str, now_ms: int | None = None) -> bool:
    """True when a pulled stamp is close enough to our wall clock for our clock to follow."""
    try:
        wall = HlcStamp.parse(stamp).wall_ms
    except ValueError:
        return False
    return wall <= (now_ms if now_ms is not None else int(time.time() * 1000)) + (
        MAX_FOLLOWED_DRIFT_MS
    )


def pulled_of_type(
    connection: sqlite3.Connection, data_key: DataKey, types: Sequence[str]
) -> list[WireEvent]:
    """Pulled events of some types, decrypted, in HLC order (incidents, card revocations)."""
    marks = ",".join("?" * len(types))
    rows = connection.execute(
        "SELECT station_id, seq, uuid, type, sealed FROM remote_events "  # noqa: S608
        f"WHERE type IN ({marks}) ORDER BY hlc, station_id, seq",
        tuple(types),
    )
    return [open_remote(data_key, row) for row in rows]


def revoked_card_serials(connection: sqlite3.Connection, data_key: DataKey) -> set[str]:
    """Serials of patient cards the server withdrew."""
    return {
        str(event.payload.get("serial"))
        for event in pulled_of_type(connection, data_key, ("card.revoked",))
        if event.station_id == SERVER_STATION_ID
    }


def incidents(connection: sqlite3.Connection, data_key: DataKey) -> list[Document]:
    """Incidents the server raised (suspected double doses), with their review status."""
    found: dict[str, Document] = {}
    for event in pulled_of_type(connection, data_key, ("incident.raised", "incident.resolved")):
        if event.station_id != SERVER_STATION_ID:
            continue
        body = _document(event.payload)
        incident_id = str(body.get("incident_id", ""))
        if event.type == "incident.raised":
            previous = found.get(incident_id, {})
            found[incident_id] = {**previous, **body, "status": previous.get("status", "open")}
        elif incident_id in found:
            found[incident_id].update(
                status="resolved",
                resolved_by=body.get("resolved_by"),
                resolved_at=body.get("resolved_at"),
                resolution_note=body.get("note"),
            )
    return sorted(found.values(), key=lambda item: str(item.get("raised_at", "")))


def remote_count(connection: sqlite3.Connection) -> int:
    """How many pulled events the station holds."""
    return int(connection.execute("SELECT count(*) FROM remote_events").fetchone()[0])


def check_stamp(event: WireEvent) -> None:
    """Refuse a pulled event whose HLC stamp is not one (it is the replay order)."""
    try:
        HlcStamp.parse(event.hlc)
    except ValueError as error:
        raise StoreError(
            f"Pulled event #{event.seq} of station {event.station_id} has no valid clock stamp."
        ) from error
