"""Pulled events: sealed at rest, projected here, and replayed with our own in HLC order."""

from __future__ import annotations

import base64
import binascii
import heapq
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import InvalidOperation
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from station.domain.decision import AdministrationOutcome
from station.domain.errors import DomainError
from station.domain.orders import order_content_hash, order_from_document
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase, Prescription
from station.domain.quantities import Milligrams
from station.domain.sessions import SessionKey
from station.store.crypto import CLEAR_KEY_ID, DataKey
from station.store.database import StoreError
from station.store.events import CLEAR_EVENT_TYPES, EventLog, decode_row, event_aad
from station.store.projections import Document, Projections
from sync.wire.chain import canonical_json, checkpoint_message, parse_json_object, sha256_hex
from sync.wire.chain import payload_hash as compute_payload_hash
from sync.wire.compact import event_row
from sync.wire.envelope import SERVER_STATION_ID, WireEvent
from sync.wire.hlc import HlcStamp

# Remote stamps further ahead of our wall clock than this are not followed by our own clock
# (a station whose clock is years off must not drag every later stamp with it). Such an event
# is ordered by its arrival instead: ``remote_events.hlc`` holds the stamp this station orders a
# pulled event by, which is its own stamp, or for one too far ahead, a stamp just past all
# this station had seen when it arrived (our clock follows that one). The sealed event keeps
# its own stamp. Replays (``_replay_records``, ``replay_merged``) order by the column, so that
# an edit made here after such an event arrived wins there as it does when it is recorded.
MAX_FOLLOWED_DRIFT_MS = 24 * 3600 * 1000

# Last-writer-wins records: replayed per record in HLC order whenever a pulled event touches them.
_PATIENT_TYPES = ("patient.registered", "patient.updated")
_PRESCRIPTION_TYPES = ("prescription.issued", "prescription.stop_set", "prescription.stop_lifted")
_SERVER_PRESCRIPTION_TYPES = ("prescription.issued", "prescription.changed")
# A prescriber's signed order version (issue 16): shared, checked, replayed with prescriptions.
_ORDER_TYPES = ("order.signed",)
PRESCRIBED = "prescribed"
"""The meaning of a prescriber's signature over an order."""
# What another station's events may change here: its doses and voids count toward our rules;
# its roster and prescriptions appear. Its observations and assessments stay at that station.
# Stop-dose flags, reviews after a break and clinic-wide rule settings are shared too: each is
# its own event, merged with ours (a flag is lifted only by a lift naming it).
_SHARED_TYPES = frozenset(
    {
        "stop_dose.set",
        "stop_dose.lifted",
        "patient.break_reviewed",
        "dose.time_corrected",
        # A call logged to a patient who stays away shows at every station (issue 16).
        "patient.contact_logged",
    }
)
# A patient's identification photo travels like their registration (issue 16), newest wins.
_PHOTO_TYPE = "patient.photo_set"
MAX_PULLED_PHOTO_CHARS = 200_000
"""A pulled photo larger than this (base64 text) is not shown: the station sends under 90 kB."""
_STATION_PROJECTED = frozenset(
    {
        "dose.administered",
        _PHOTO_TYPE,
        "record.voided",
        "settings.changed",
        *_SHARED_TYPES,
        *_PATIENT_TYPES,
        *_PRESCRIPTION_TYPES,
        *_ORDER_TYPES,
    }
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
    follow: str | None = None
    """The newest stamp of the batch our clock should follow (None: nothing to follow)."""
    set_aside: int = 0
    """Pulled events dropped because a fork's resolution set their side aside: the
    projections are to be rebuilt without them."""


def remote_aad(station_id: str, seq: int, event_uuid: str, event_type: str) -> str:
    """Associated data that pins a sealed pulled event to its place in its station's log."""
    return f"remote|{station_id}|{seq}|{event_uuid}|{event_type}"


def remote_body(row: Sequence[Any]) -> bytes:
    """The canonical JSON of a pulled event given as a feed array (``compact.FEED_FIELDS``).

    This is what ``remote_events.sealed`` seals (with ``remote_aad``) and ``open_remote`` reads.

    The same bytes as ``canonical_json(event.model_dump())``: the payload is already its
    canonical text, so it is spliced in as it is instead of being parsed and encoded again
    (orjson writes plain strings and integers exactly as ``canonical_json`` does).
    """
    station_id, seq, event_uuid, hlc, kind, text, p_hash, digest, prev, record, signature = row
    fields = {  # in sorted key order, as canonical JSON has them
        "hash": record,
        "hlc": hlc,
        "payload": orjson.Fragment(text),
        "payload_hash": p_hash,
        "prev_hash": prev,
        "sealed_digest": digest,
        "seq": seq,
        "signature": signature,
        "station_id": station_id,
        "type": kind,
        "uuid": event_uuid,
    }
    try:
        return orjson.dumps(fields)
    except orjson.JSONEncodeError:  # a lone surrogate: the reference encoder reports it
        fields["payload"] = parse_json_object(text)
        return canonical_json(fields)


def open_remote(data_key: DataKey, row: Sequence[Any]) -> WireEvent:
    """Decrypt a ``remote_events`` row (station_id, seq, uuid, type, sealed)."""
    station_id, seq, event_uuid, event_type, sealed = row
    body = json.loads(
        data_key.open(bytes(sealed), remote_aad(station_id, seq, event_uuid, event_type))
    )
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
        **prescription.terms_document(),
        "valid_until": valid_until,  # the text as sent (checked above), in its place
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


def _photo_document(payload: Mapping[str, Any]) -> Document | None:
    """Another station's photo of a patient, checked so that the window can show it."""
    document = _document(payload)
    image = document.get("jpeg")
    texts = ("photo_id", "patient_id", "clinic_id", "by", "set_at")
    if not all(isinstance(document.get(key), str) and document[key] for key in texts):
        return None
    if not isinstance(image, str) or not 0 < len(image) <= MAX_PULLED_PHOTO_CHARS:
        return None
    try:
        if datetime.fromisoformat(str(document["set_at"])).tzinfo is None:
            return None
        base64.b64decode(image, validate=True)
    except (ValueError, binascii.Error):
        return None
    return document


def remote_projection(event: WireEvent) -> tuple[str, Document] | None:
    """The projection change a pulled event makes here, or None (kept, but changes nothing)."""
    return projection_of(event.station_id, event.type, event.payload)


def projection_of(
    station_id: str, event_type: str, payload: Mapping[str, Any]
) -> tuple[str, Document] | None:
    """``remote_projection`` for a pulled event's station, type and payload."""
    if station_id == SERVER_STATION_ID:
        if event_type not in _SERVER_PROJECTED:
            return None
        if event_type in _PATIENT_TYPES:
            patient = _patient_document(payload)
            return (event_type, patient) if patient is not None else None
        prescription = _prescription_document(payload)
        return ("prescription.issued", prescription) if prescription is not None else None
    if event_type not in _STATION_PROJECTED:
        return None
    if event_type == "dose.administered":
        dose = _dose_document(payload)
        return (event_type, dose) if dose is not None else None
    if event_type == _PHOTO_TYPE:
        photo = _photo_document(payload)
        return (event_type, photo) if photo is not None else None
    if event_type in _PATIENT_TYPES:
        patient = _patient_document(payload)
        return (event_type, patient) if patient is not None else None
    if event_type == "prescription.issued":
        prescription = _prescription_document(payload)
        return (event_type, prescription) if prescription is not None else None
    if event_type in _ORDER_TYPES:
        return (event_type, _document(payload)) if verified_order(payload) else None
    if event_type == "record.voided":
        if not payload.get("target_id"):
            return None
        # The projection lets only the dose's own station, or a clinic lead, undo a dose.
        return (event_type, {**_document(payload), "origin_station_id": station_id})
    if event_type in _PRESCRIPTION_TYPES:
        return (event_type, _document(payload)) if payload.get("prescription_id") else None
    if event_type in _SHARED_TYPES:
        needed: tuple[str, ...] = ("patient_id",)
        if event_type == "dose.time_corrected":
            needed = ("dose_id", "given_at")
        if event_type.startswith("stop_dose."):
            needed = ("patient_id", "flag_id")
        if event_type == "patient.contact_logged":
            needed = ("patient_id", "contact_id", "at")
        if all(payload.get(key) for key in needed):
            return (event_type, _document(payload))
        return None
    if event_type == "settings.changed":
        # Only the clinic's rule settings travel; a station's own settings stay there.
        if payload.get("scope") == "clinic" and payload.get("key") and payload.get("at"):
            return (event_type, _document(payload))
        return None
    return None


_FLAG_TYPES = frozenset({"stop_dose.set", "stop_dose.lifted"})


def verified_order(payload: Mapping[str, Any]) -> bool:
    """True when an ``order.signed`` payload's order is whole and its signature covers it.

    The order's content hash, as computed here, must be the hash the event names and the
    subject hash of the signature, made by the order's signer with the meaning "prescribed".
    (That the signer was a prescriber is ``authorised``'s question.)
    """
    signed = payload.get("signature")
    document = payload.get("order")
    if not isinstance(signed, Mapping) or not isinstance(document, Mapping):
        return False
    try:
        order = order_from_document(dict(document))
    except (KeyError, ValueError, TypeError, InvalidOperation, DomainError):
        return False
    content_hash = order_content_hash(order)
    return (
        content_hash == order.order_hash == payload.get("order_hash") == signed.get("subject_hash")
        and signed.get("user_id") == order.signed_by
        and signed.get("meaning") == PRESCRIBED
    )


def _order_signer_authorised(roles: frozenset[str], document: Mapping[str, Any]) -> bool:
    """A prescriber signs any version; a clinic lead only a stop."""
    order = document.get("order")
    if not isinstance(order, Mapping):
        return False
    if "prescriber" in roles:
        return True
    return order.get("action") == "stop" and "clinic_lead" in roles


# Pulled events only a clinic lead may record (at any station): the recorder named in ``by``
# must be a clinic lead by the originating station's own signed ``user.added`` events.
_LEAD_ONLY = frozenset(
    {"stop_dose.set", "stop_dose.lifted", "patient.break_reviewed", "dose.time_corrected"}
)


def staff_roles(
    connection: sqlite3.Connection, data_key: DataKey, station_id: str
) -> dict[str, frozenset[str]]:
    """The roles of another station's staff, by user id, from its pulled ``user.added`` events."""
    roles: dict[str, frozenset[str]] = {}
    rows = connection.execute(
        "SELECT station_id, seq, uuid, type, sealed FROM remote_events"
        " WHERE station_id = ? AND type = 'user.added' ORDER BY seq",
        (station_id,),
    )
    for row in rows:
        payload = open_remote(data_key, row).payload
        user_id, granted = payload.get("user_id"), payload.get("roles")
        if isinstance(user_id, str) and isinstance(granted, list):
            roles[user_id] = frozenset(str(role) for role in granted)
    return roles


# Pulled events only someone who may register patients may record (issue 16): the recorder
# named in ``by`` must hold one of these roles by the originating station's own records.
_INTAKE_ONLY = frozenset({_PHOTO_TYPE})
INTAKE_ROLES = frozenset({"prescriber", "clinic_lead", "administrator"})


def _lead_authority_claimed(event_type: str, document: Mapping[str, Any]) -> bool:
    if event_type in _LEAD_ONLY:
        return True
    if event_type == "settings.changed":
        return True
    return event_type == "record.voided" and document.get("authority") == "clinic_lead"


def authorised(
    connection: sqlite3.Connection,
    data_key: DataKey,
    station_id: str,
    event_type: str,
    document: Mapping[str, Any],
) -> bool:
    """False for another station's event that claims a clinic lead's authority it lacks.

    A stop-dose flag, its lift, a review after a break, a dose time correction, a clinic rule
    setting, or a void of another station's dose "as clinic lead" counts here only when the
    person who recorded it (``by``) is a clinic lead at that station, by that station's own
    signed record of its staff. (The server's events are the server's: they carry none.)
    A patient's photo counts only when its recorder may register patients there
    (:data:`INTAKE_ROLES`).
    """
    if station_id == SERVER_STATION_ID:
        return True
    if event_type in _ORDER_TYPES:
        order = document.get("order")
        signer = order.get("signed_by") if isinstance(order, Mapping) else None
        if not isinstance(signer, str):
            return False
        roles = staff_roles(connection, data_key, station_id).get(signer, frozenset())
        return _order_signer_authorised(roles, document)
    if event_type in _INTAKE_ONLY:
        needed = INTAKE_ROLES
    elif event_type in _FLAG_TYPES:
        needed = frozenset({"clinic_lead", "prescriber"})  # a prescriber too (issue 16)
    elif _lead_authority_claimed(event_type, document):
        needed = frozenset({"clinic_lead"})
    else:
        return True
    recorder = document.get("by")
    if not isinstance(recorder, str):
        return False
    return bool(needed & staff_roles(connection, data_key, station_id).get(recorder, frozenset()))


def _record_key(event_type: str, document: Mapping[str, Any]) -> tuple[str, str] | None:
    if event_type in _PATIENT_TYPES:
        return ("patients", str(document["patient_id"]))
    if event_type in _PRESCRIPTION_TYPES:
        return ("prescriptions", str(document["prescription_id"]))
    if event_type in _ORDER_TYPES:
        return ("prescriptions", str(document["order"]["order_id"]))
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
    own_types = (*_PATIENT_TYPES, *_PRESCRIPTION_TYPES, *_ORDER_TYPES)
    marks = ",".join("?" * len(own_types))
    for row in connection.execute(
        f"SELECT {_OWN_COLUMNS} FROM events WHERE type IN ({marks}) ORDER BY seq",  # noqa: S608
        own_types,
    ):
        own = decode_row(row, data_key)
        if _record_key(own.type, own.payload) in records:
            changes.append((own.hlc, own.type, own.payload))
    remote_types = tuple(sorted({*own_types, *_SERVER_PRESCRIPTION_TYPES}))
    marks = ",".join("?" * len(remote_types))
    for row in connection.execute(
        "SELECT station_id, seq, uuid, type, sealed, hlc FROM remote_events "  # noqa: S608
        f"WHERE type IN ({marks}) ORDER BY hlc, station_id, seq",
        remote_types,
    ):
        projected = remote_projection(open_remote(data_key, row[:5]))
        if (
            projected is not None
            and _record_key(*projected) in records
            and authorised(connection, data_key, row[0], *projected)
        ):
            changes.append((row[5], *projected))  # the stamp this station orders it by
    # A stable sort: on equal stamps our own events come first, as in ``replay_merged``.
    changes.sort(key=lambda change: change[0])
    for _hlc, event_type, document in changes:
        projections.apply(event_type, document)


def store_pulled(
    connection: sqlite3.Connection,
    data_key: DataKey,
    local_station_id: str,
    events: Sequence[WireEvent],
    now_ms: int | None = None,
) -> PulledOutcome:
    """``store_pulled_rows`` for event objects."""
    rows = [(event.station_id, *event_row(event)) for event in events]
    return store_pulled_rows(connection, data_key, local_station_id, rows, now_ms)


def store_pulled_rows(
    connection: sqlite3.Connection,
    data_key: DataKey,
    local_station_id: str,
    rows: Sequence[Sequence[Any]],
    now_ms: int | None = None,
) -> PulledOutcome:
    """Keep pulled events sealed and update the projections; the caller holds the transaction.

    ``rows`` are feed arrays (``sync.wire.compact.FEED_FIELDS``) whose hashes were checked,
    each payload its canonical JSON text. Our own events are skipped (they live in the log),
    and so are events whose uuid is held already; another event under a held (station, seq)
    refuses the whole batch (``StoreError``: the caller's transaction rolls back).
    """
    if not connection.in_transaction:
        raise RuntimeError("pulled events are stored inside a transaction")
    limit_ms = (now_ms if now_ms is not None else int(time.time() * 1000)) + MAX_FOLLOWED_DRIFT_MS
    held = 0
    newest_followed: HlcStamp | None = None
    far_ahead = False
    first_of_uuid: dict[str, Sequence[Any]] = {}
    for row in rows:
        if row[0] == local_station_id:
            held += 1  # our own events live in the log itself
            continue
        stamp = _checked_stamp(row)
        if stamp.wall_ms > limit_ms:
            far_ahead = True
        elif newest_followed is None or stamp > newest_followed:
            newest_followed = stamp
        if row[2] in first_of_uuid:
            held += 1  # delivered twice in one batch
        else:
            first_of_uuid[row[2]] = row
    already = _held_uuids(connection, list(first_of_uuid))
    fresh = [row for event_uuid, row in first_of_uuid.items() if event_uuid not in already]
    held += len(first_of_uuid) - len(fresh)
    arrival = _arrival_stamp(connection, local_station_id, newest_followed) if far_ahead else None
    set_aside = _set_aside_forks(connection, fresh)
    seal = data_key.seal
    try:
        connection.executemany(
            "INSERT INTO remote_events (station_id, seq, uuid, hlc, type, sealed, hash)"
            " VALUES (?,?,?,?,?,?,?)",
            (
                (
                    row[0],
                    row[1],
                    row[2],
                    _order_stamp(row[3], limit_ms, arrival),
                    row[4],
                    seal(remote_body(row), remote_aad(row[0], row[1], row[2], row[4])),
                    row[9],
                )
                for row in fresh
            ),
        )
    except sqlite3.IntegrityError:
        raise StoreError(_clash_message(connection, fresh)) from None
    unreadable = 0
    changes: list[tuple[str, Document]] = []
    for row in fresh:
        station_id, event_type = row[0], row[4]
        allowed = _SERVER_PROJECTED if station_id == SERVER_STATION_ID else _STATION_PROJECTED
        if event_type not in allowed:
            continue  # kept, but changes nothing here
        projected = projection_of(station_id, event_type, parse_json_object(row[5]))
        if projected is None:
            unreadable += 1
        elif authorised(connection, data_key, station_id, *projected):
            changes.append(projected)
    _apply(connection, data_key, changes)
    follow = max(filter(None, (newest_followed, arrival)), default=None)
    return PulledOutcome(
        len(fresh), held, unreadable, str(follow) if follow else None, set_aside=set_aside
    )


def _set_aside_forks(connection: sqlite3.Connection, fresh: Sequence[Sequence[Any]]) -> int:
    """Drop what was pulled of a station's side that a fork's resolution set aside.

    When two copies of one station pushed different histories and the clinic kept the one
    the server did not hold (``dosing-server fork resolve --keep pushed``), the server sends a
    signed ``fork.resolved`` before the kept side: every event of that station from the fork
    on that was pulled before belongs to the side set aside (the server keeps it in
    quarantine). It is dropped before the batch is stored, so the kept side takes its place.
    Only a fresh notice counts (a feed read again must not drop the kept side). Return how
    many were dropped.
    """
    dropped = 0
    for row in fresh:
        if row[0] != SERVER_STATION_ID or row[4] != "fork.resolved":
            continue
        payload = parse_json_object(row[5])
        station_id, fork_seq = payload.get("station_id"), payload.get("fork_seq")
        if payload.get("keep") != "pushed" or not isinstance(station_id, str):
            continue
        if not isinstance(fork_seq, int) or station_id == SERVER_STATION_ID:
            continue
        dropped += connection.execute(
            "DELETE FROM remote_events WHERE station_id = ? AND seq >= ?", (station_id, fork_seq)
        ).rowcount
    return dropped


def _checked_stamp(row: Sequence[Any]) -> HlcStamp:
    """A pulled event's stamp, or ``StoreError`` when it has none (it is the replay order)."""
    try:
        return HlcStamp.parse(row[3])
    except (ValueError, TypeError) as error:
        raise StoreError(
            f"Pulled event #{row[1]} of station {row[0]} has no valid clock stamp."
        ) from error


def _held_uuids(connection: sqlite3.Connection, uuids: list[str]) -> set[str]:
    """Which of ``uuids`` this station holds among its pulled events."""
    held: set[str] = set()
    chunk = 500
    for start in range(0, len(uuids), chunk):
        part = uuids[start : start + chunk]
        marks = ",".join("?" * len(part))
        held.update(
            row[0]
            for row in connection.execute(
                f"SELECT uuid FROM remote_events WHERE uuid IN ({marks})",  # noqa: S608
                part,
            )
        )
    return held


def _clash_message(connection: sqlite3.Connection, fresh: Sequence[Sequence[Any]]) -> str:
    """Name the first event whose (station, seq) holds another event (no patient data)."""
    for row in fresh:
        found = connection.execute(
            "SELECT uuid FROM remote_events WHERE station_id = ? AND seq = ?", (row[0], row[1])
        ).fetchone()
        if found is not None and found[0] != row[2]:
            return (
                f"The server sent event #{row[1]} of station {row[0]} with another identity "
                "than the one this station already holds; nothing was applied."
            )
    return "The server sent an event this station cannot keep beside those it holds."


def _arrival_stamp(
    connection: sqlite3.Connection, local_station_id: str, newest_followed: HlcStamp | None
) -> HlcStamp:
    """The stamp a pulled event too far ahead is ordered by: just past all this station saw.

    That is past our own newest event, every pulled stamp we follow (this batch's too) and our
    wall clock; our clock then follows it, so that what we record afterwards sorts after it.
    """
    seen = [HlcStamp(int(time.time() * 1000), 0, local_station_id)]
    own = connection.execute("SELECT hlc FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    for text in (own[0] if own else None, newest_remote_hlc(connection)):
        if text is not None:
            seen.append(HlcStamp.parse(text))
    if newest_followed is not None:
        seen.append(newest_followed)
    newest = max(seen)
    return HlcStamp(newest.wall_ms, newest.counter + 1, local_station_id)


def _order_stamp(stamp: str, limit_ms: int, arrival: HlcStamp | None) -> str:
    """The stamp a pulled event is ordered by here (its own, unless too far ahead to follow)."""
    if arrival is not None and HlcStamp.parse(stamp).wall_ms > limit_ms:
        return str(arrival)
    return stamp


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


# -- pushing ---------------------------------------------------------------------------------


def own_push_rows(
    connection: sqlite3.Connection, data_key: DataKey, after: int, limit: int
) -> list[tuple[Any, ...]]:
    """Own events after ``after``, in order, as wire version 2 arrays (``compact.PUSH_FIELDS``).

    The log seals each payload's canonical JSON text, the very bytes ``payload_hash`` covers
    (``EventLog.append``; ``restore_own`` seals that text again): opened, it is the wire payload
    with nothing to parse or encode. A payload whose opened text does not hash to its
    ``payload_hash`` (none should) is encoded again from what it parses to.
    """
    rows = connection.execute(
        "SELECT seq, uuid, station_id, hlc, type, key_id, sealed, payload_hash, sealed_digest, "
        "prev_hash, hash, signature FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
        (after, limit),
    ).fetchall()
    opened = data_key.open
    arrays: list[tuple[Any, ...]] = []
    for (
        seq,
        event_uuid,
        station_id,
        hlc,
        kind,
        key_id,
        sealed,
        p_hash,
        digest,
        prev,
        h,
        sig,
    ) in rows:
        text = (
            bytes(sealed)
            if key_id == CLEAR_KEY_ID
            else opened(sealed, event_aad(station_id, seq, event_uuid, kind))
        )
        if sha256_hex(text) != p_hash:
            text = canonical_json(json.loads(text))
        arrays.append(
            (seq, event_uuid, hlc, kind, text.decode("utf-8"), p_hash, digest, prev, h, sig)
        )
    return arrays


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
            projected = remote_projection(open_remote(data_key, row[:5]))
            if projected and not authorised(connection, data_key, row[0], *projected):
                projected = None
            yield (row[5], *projected) if projected else (row[5], "", {})  # the order stamp
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
