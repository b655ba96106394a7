"""Wire version 2: push and pull batches as arrays of event fields, payloads as canonical text."""

# Version 2 changes only how a batch of events travels; every other body stays version 1.
#
# * A station sends ``POST /v2/push`` and ``GET /v2/pull``; a server that does not know these
#   paths (404) or refuses version 2 (426) gets the version 1 bodies on ``/v1/...`` instead, so a
#   new station works with an old server and an old station with a new one (which serves both).
# * An event is an array in the order of ``PUSH_FIELDS`` (a push: the station is the request's)
#   or ``FEED_FIELDS`` (a pull). ``payload`` is the canonical JSON text of the payload object as
#   a JSON string: the exact bytes ``payload_hash`` covers, so no side re-encodes it. A server
#   stores the text only if it is canonical (what version 1 receivers recompute).
# * Replies: a push gets the version 1 ``PushReply`` body; a pull gets ``PULL_REPLY_KEYS`` with
#   ``events`` as arrays.

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

from sync.wire.chain import canonical_json, canonical_object_text, parse_json_object
from sync.wire.envelope import ChainedEvent, Notice, PullReply, WireEvent

COMPACT_WIRE_VERSION = 2
PUSH_PATH = "/v2/push"
PULL_PATH = "/v2/pull"
MAX_BATCH = 5000
PUSH_FIELDS = (
    "seq",
    "uuid",
    "hlc",
    "type",
    "payload",
    "payload_hash",
    "sealed_digest",
    "prev_hash",
    "hash",
    "signature",
)
FEED_FIELDS = ("station_id", *PUSH_FIELDS)
PULL_REPLY_KEYS = ("wire_version", "epoch", "cursor", "feed_head", "has_more", "notices", "events")


class CompactError(ValueError):
    """A compact body that does not follow wire version 2 (the message says where)."""


class EventRow(NamedTuple):
    """One pushed event as the server checks and stores it; ``payload`` is canonical JSON text."""

    seq: int
    uuid: str
    hlc: str
    type: str
    payload: str
    payload_hash: str
    sealed_digest: str
    prev_hash: str
    hash: str
    signature: str | None


@dataclass(frozen=True)
class CompactPush:
    """A decoded version 2 push: the request's fields and its events as rows."""

    station_id: str
    local_head_seq: int
    local_head_hash: str
    push_mark: int
    rows: list[EventRow]
    wire_version: int = COMPACT_WIRE_VERSION


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch's cycle-free objects are made.

    Thousands of small containers in a row otherwise trigger collections that walk the whole
    heap; reference counting still frees everything. The collector is switched back on only if
    it was on (another thread may have paused it too).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _payload_text(event: ChainedEvent) -> str:
    text_of = getattr(event, "canonical_payload", None)
    if text_of is not None:
        return str(text_of())
    return canonical_json(event.payload).decode("utf-8")


def event_row(event: ChainedEvent) -> tuple[Any, ...]:
    """The version 2 array of one own event (any object with the chain fields)."""
    return (
        event.seq,
        event.uuid,
        event.hlc,
        event.type,
        _payload_text(event),
        event.payload_hash,
        event.sealed_digest,
        event.prev_hash,
        event.hash,
        event.signature,
    )


def row_event(station_id: str, row: Sequence[Any]) -> WireEvent:
    """The version 1 event of one version 2 array (to send it to a server that needs that)."""
    fields = dict(zip(PUSH_FIELDS, row, strict=True))
    text = fields.pop("payload")
    return WireEvent.with_payload_text(
        text, station_id=station_id, payload=parse_json_object(text), **fields
    )


def encode_push(
    *,
    station_id: str,
    local_head_seq: int,
    local_head_hash: str,
    push_mark: int,
    events: Iterable[ChainedEvent] = (),
    rows: Sequence[Sequence[Any]] | None = None,
) -> bytes:
    """Encode a push of the station's own events, given as events or as ready arrays.

    ``rows`` are arrays in ``PUSH_FIELDS`` order whose payload is its canonical text (a log
    that keeps that text can hand them over as they are stored).
    """
    return orjson.dumps(
        {
            "wire_version": COMPACT_WIRE_VERSION,
            "station_id": station_id,
            "local_head_seq": local_head_seq,
            "local_head_hash": local_head_hash,
            "push_mark": push_mark,
            "events": rows if rows is not None else [event_row(e) for e in events],
        },
        default=_tuple_subclass,
    )


def _tuple_subclass(value: Any) -> tuple[Any, ...]:
    """Let orjson write named tuples (rows) as the arrays they are."""
    if isinstance(value, tuple):
        return tuple(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _rows(events: list[Any]) -> list[EventRow]:
    """Check pushed arrays against the limits version 1 puts on the same fields."""
    rows: list[EventRow] = []
    append = rows.append
    make = EventRow._make
    width = len(PUSH_FIELDS)
    for raw in events:
        if raw.__class__ is not list or len(raw) != width:
            raise CompactError(f"an event is an array of {width} fields")
        seq, uuid, hlc, kind, payload, payload_hash, sealed, prev, record, signature = raw
        if not (
            seq.__class__ is int
            and seq >= 1
            and uuid.__class__ is str
            and 1 <= len(uuid) <= 64
            and hlc.__class__ is str
            and len(hlc) <= 100
            and kind.__class__ is str
            and 1 <= len(kind) <= 100
            and payload.__class__ is str
            and payload_hash.__class__ is str
            and len(payload_hash) == 64
            and sealed.__class__ is str
            and len(sealed) <= 128
            and prev.__class__ is str
            and len(prev) == 64
            and record.__class__ is str
            and len(record) == 64
            and (signature is None or signature.__class__ is str)
        ):
            raise CompactError(f"event {seq!r}: a field has the wrong type or length")
        append(make(raw))
    return rows


def decode_push(body: bytes) -> CompactPush:
    """Decode and shape-check a version 2 push body; raise ``CompactError`` if it is not one."""
    with collector_paused():
        return _decode_push(body)


def _decode_push(body: bytes) -> CompactPush:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise CompactError(f"not JSON: {error}") from None
    if data.__class__ is not dict:
        raise CompactError("the body is a JSON object")
    station_id = data.get("station_id")
    head_seq = data.get("local_head_seq")
    head_hash = data.get("local_head_hash")
    mark = data.get("push_mark")
    events = data.get("events")
    version = data.get("wire_version")
    if not (
        version.__class__ is int
        and station_id.__class__ is str
        and head_seq.__class__ is int
        and head_seq >= 0
        and head_hash.__class__ is str
        and mark.__class__ is int
        and mark >= 0
        and events.__class__ is list
    ):
        raise CompactError(
            "wire_version, station_id, local_head_seq, local_head_hash, push_mark and events "
            "are required with their types"
        )
    if len(events) > MAX_BATCH:
        raise CompactError(f"at most {MAX_BATCH} events in one push")
    return CompactPush(station_id, head_seq, head_hash, mark, _rows(events), version)


def encode_pull(
    *,
    epoch: str,
    cursor: int,
    feed_head: int,
    has_more: bool,
    notices: Sequence[dict[str, str]],
    rows: Sequence[Sequence[Any]],
) -> bytes:
    """Encode a page of the feed; ``rows`` are stored events in ``FEED_FIELDS`` order."""
    return orjson.dumps(
        {
            "wire_version": COMPACT_WIRE_VERSION,
            "epoch": epoch,
            "cursor": cursor,
            "feed_head": feed_head,
            "has_more": has_more,
            "notices": list(notices),
            "events": rows,
        }
    )


def decode_pull(body: bytes) -> PullReply:
    """Decode a version 2 pull page into the usual reply (events keep their payload text).

    Each event is validated like a version 1 event and its payload text must be canonical JSON
    of an object (what a version 1 reply would have carried); the hashes are NOT checked here
    (the sync engine checks every pulled event, whichever version brought it).
    """
    try:
        with collector_paused():
            return _decode_pull(body)
    except CompactError:
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise CompactError(f"not a version 2 pull page: {error}") from None


def _decode_pull(body: bytes) -> PullReply:
    data = orjson.loads(body)
    events: list[WireEvent] = []
    append = events.append
    build = WireEvent.with_payload_text
    for raw in data["events"]:
        (
            station_id,
            seq,
            uuid,
            hlc,
            kind,
            text,
            payload_hash,
            sealed,
            prev,
            record,
            signature,
        ) = raw
        payload = canonical_object_text(text) if text.__class__ is str else None
        if payload is None:
            raise CompactError(f"event {seq!r}: the payload is not canonical JSON text")
        append(
            build(
                text,
                station_id=station_id,
                seq=seq,
                uuid=uuid,
                hlc=hlc,
                type=kind,
                payload=payload,
                payload_hash=payload_hash,
                sealed_digest=sealed,
                prev_hash=prev,
                hash=record,
                signature=signature,
            )
        )
    return PullReply(
        wire_version=data["wire_version"],
        epoch=data["epoch"],
        cursor=data["cursor"],
        feed_head=data["feed_head"],
        has_more=data["has_more"],
        events=events,
        notices=[Notice(**notice) for notice in data.get("notices", [])],
    )
