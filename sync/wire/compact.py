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
# * A batch or page holds up to ``MAX_BATCH`` events (version 1: ``envelope.MAX_EVENTS``).
# * Within version 2 the rules of ``sync.wire.envelope`` hold: a body may gain optional keys
#   (receivers ignore keys they do not know); the arrays never change length or order.

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import Any, NamedTuple

import orjson

from sync.wire.chain import canonical_json, canonical_object_text, parse_json_object
from sync.wire.envelope import ChainedEvent, Notice, PullReply, WireEvent

COMPACT_WIRE_VERSION = 2
PUSH_PATH = "/v2/push"
PULL_PATH = "/v2/pull"
MAX_BATCH = 10_000  # version 2 batches may be twice version 1's (arrays cost less)
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


_as_event_row = partial(tuple.__new__, EventRow)  # EventRow._make without a Python frame


@dataclass(frozen=True)
class CompactPush:
    """A decoded version 2 push: the request's fields and its events as columns.

    ``columns`` holds one tuple per field of ``PUSH_FIELDS`` (empty for an empty batch); the
    server checks a batch column by column and makes ``rows`` only when it needs them.
    """

    station_id: str
    local_head_seq: int
    local_head_hash: str
    push_mark: int
    columns: tuple[tuple[Any, ...], ...]
    wire_version: int = COMPACT_WIRE_VERSION

    @property
    def rows(self) -> list[EventRow]:
        """The events as rows, in the order they were sent."""
        return rows_of_columns(self.columns)


def rows_of_columns(columns: Sequence[Sequence[Any]]) -> list[EventRow]:
    """The rows of a batch given as ``PUSH_FIELDS`` columns."""
    return list(map(_as_event_row, zip(*columns, strict=True))) if columns else []


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
        text, {"station_id": station_id, "payload": parse_json_object(text), **fields}
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


_TEXT_LIMITS = (  # column of PUSH_FIELDS, shortest and longest text (as version 1's fields)
    (1, 1, 64),  # uuid
    (2, 0, 100),  # hlc
    (3, 1, 100),  # type
    (5, 64, 64),  # payload_hash
    (6, 0, 128),  # sealed_digest
    (7, 64, 64),  # prev_hash
    (8, 64, 64),  # hash
)


def _check_columns(events: list[Any], width: int, first: int) -> list[tuple[Any, ...]]:
    """Check arrays of ``width`` fields whose ``PUSH_FIELDS`` start at index ``first``.

    The checks run per column (sets of types, of text lengths), which keeps them out of a
    Python loop over the events. Return the columns.
    """
    if set(map(type, events)) != {list} or set(map(len, events)) != {width}:
        raise CompactError(f"an event is an array of {width} fields")
    columns = list(zip(*events, strict=False))  # all arrays are ``width`` long (checked above)
    seqs = columns[first]
    if set(map(type, seqs)) != {int} or min(seqs) < 1:
        raise CompactError("seq is a whole number from 1")
    texts_fit = set(map(type, chain.from_iterable(columns[first + 1 : first + 9]))) == {str}
    for column, shortest, longest in _TEXT_LIMITS if texts_fit else ():
        lengths = set(map(len, columns[first + column]))
        if min(lengths) < shortest or max(lengths) > longest:
            texts_fit = False
            break
    if not texts_fit:
        _refuse_texts(columns, first)
    if not set(map(type, columns[first + 9])) <= {str, type(None)}:
        raise CompactError("signature is text or null")
    return columns


def _refuse_texts(columns: list[tuple[Any, ...]], first: int) -> None:
    """Raise for the first text column (in ``PUSH_FIELDS`` order of checks) that does not fit."""
    if set(map(type, columns[first + 4])) != {str}:
        raise CompactError("payload is the payload's canonical JSON text")
    for column, shortest, longest in _TEXT_LIMITS:
        values = columns[first + column]
        if (
            set(map(type, values)) != {str}
            or min(map(len, values)) < shortest
            or max(map(len, values)) > longest
        ):
            raise CompactError(
                f"{PUSH_FIELDS[column]} is text of {shortest} to {longest} characters"
            )


def _columns(events: list[Any]) -> tuple[tuple[Any, ...], ...]:
    """Check pushed arrays against the limits version 1 puts on the same fields."""
    if not events:
        return ()
    return tuple(_check_columns(events, len(PUSH_FIELDS), 0))


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
    return CompactPush(station_id, head_seq, head_hash, mark, _columns(events), version)


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


@dataclass(frozen=True)
class PulledPage:
    """A page of the feed with its events as arrays in ``FEED_FIELDS`` order.

    Every payload is canonical JSON text of an object (checked on decoding); the hashes are
    NOT checked here (the sync engine checks every pulled event, whichever way it came).
    """

    epoch: str
    cursor: int
    feed_head: int
    has_more: bool
    notices: list[Notice]
    rows: list[tuple[Any, ...]]


def page_of_reply(reply: PullReply) -> PulledPage:
    """The rows of a version 1 reply (from a server that speaks only version 1)."""
    return PulledPage(
        epoch=reply.epoch,
        cursor=reply.cursor,
        feed_head=reply.feed_head,
        has_more=reply.has_more,
        notices=list(reply.notices),
        rows=[(e.station_id, *event_row(e)) for e in reply.events],
    )


def _feed_rows(events: list[Any]) -> list[tuple[Any, ...]]:
    """Check pulled arrays: the push limits per column, a station id, canonical payloads."""
    if not events:
        return []
    columns = _check_columns(events, len(FEED_FIELDS), 1)
    stations = columns[0]
    if (
        set(map(type, stations)) != {str}
        or min(map(len, stations)) < 1
        or max(map(len, stations)) > 64
    ):
        raise CompactError("station_id is text of 1 to 64 characters")
    for seq, text in zip(columns[1], columns[5], strict=True):
        if canonical_object_text(text) is None:
            raise CompactError(f"event {seq!r}: the payload is not canonical JSON text")
    return list(map(tuple, events))


def decode_pull_rows(body: bytes) -> PulledPage:
    """Decode and check a version 2 pull page, keeping its events as arrays."""
    try:
        with collector_paused():
            data = orjson.loads(body)
            rows = _feed_rows(data["events"])
            page = PulledPage(
                epoch=data["epoch"],
                cursor=data["cursor"],
                feed_head=data["feed_head"],
                has_more=data["has_more"],
                notices=[Notice(**notice) for notice in data.get("notices", [])],
                rows=rows,
            )
    except CompactError:
        raise
    except (KeyError, TypeError, ValueError, orjson.JSONDecodeError) as error:
        raise CompactError(f"not a version 2 pull page: {error}") from None
    if not (
        page.epoch.__class__ is str
        and page.cursor.__class__ is int
        and page.feed_head.__class__ is int
        and page.has_more.__class__ is bool
    ):
        raise CompactError("epoch, cursor, feed_head and has_more are required with their types")
    return page


def row_wire_event(row: Sequence[Any]) -> WireEvent:
    """The event of one checked feed array (its payload text kept with it)."""
    station_id, seq, uuid, hlc, kind, text, payload_hash, sealed, prev, record, signature = row
    return WireEvent.with_payload_text(
        text,
        {
            "station_id": station_id,
            "seq": seq,
            "uuid": uuid,
            "hlc": hlc,
            "type": kind,
            "payload": parse_json_object(text),
            "payload_hash": payload_hash,
            "sealed_digest": sealed,
            "prev_hash": prev,
            "hash": record,
            "signature": signature,
        },
    )


def decode_pull(body: bytes) -> PullReply:
    """Decode a version 2 pull page into the usual reply (events keep their payload text).

    The events are checked as ``decode_pull_rows`` checks them and validated like version 1
    events; the hashes are NOT checked here.
    """
    page = decode_pull_rows(body)
    try:
        with collector_paused():
            events = [row_wire_event(row) for row in page.rows]
        return PullReply(
            wire_version=COMPACT_WIRE_VERSION,
            epoch=page.epoch,
            cursor=page.cursor,
            feed_head=page.feed_head,
            has_more=page.has_more,
            events=events,
            notices=page.notices,
        )
    except ValueError as error:
        raise CompactError(f"not a version 2 pull page: {error}") from None
