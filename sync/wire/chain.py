"""Canonical event hashing shared by the station's log and the server: one chain, both sides."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain as chained
from itertools import repeat
from typing import Any

import orjson

CHAIN_VERSION = 1
GENESIS_HASH = "0" * 64

_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def canonical_json(value: Any) -> bytes:
    """Serialise JSON-ready data deterministically (sorted keys, no spaces, UTF-8)."""
    return _CANONICAL.encode(value).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """Return the lowercase hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def payload_hash(payload: dict[str, Any]) -> str:
    """Hash an event's plaintext payload (payloads carry a random salt, so this leaks nothing)."""
    return sha256_hex(canonical_json(payload))


@dataclass(frozen=True)
class ChainFields:
    """The fields of one event that its record hash covers."""

    station_id: str
    seq: int
    uuid: str
    hlc: str
    type: str
    payload_hash: str
    sealed_digest: str
    prev_hash: str

    def record_hash(self) -> str:
        """Hash these fields; the next event stores the result as its ``prev_hash``."""
        return record_hash(
            station_id=self.station_id,
            seq=self.seq,
            uuid=self.uuid,
            hlc=self.hlc,
            type=self.type,
            payload_hash=self.payload_hash,
            sealed_digest=self.sealed_digest,
            prev_hash=self.prev_hash,
        )


def record_hash(
    *,
    station_id: str,
    seq: int,
    uuid: str,
    hlc: str,
    type: str,
    payload_hash: str,
    sealed_digest: str,
    prev_hash: str,
) -> str:
    """Hash one event's chain fields (``ChainFields.record_hash`` without building one)."""
    return chain_hash(station_id, seq, uuid, hlc, type, payload_hash, sealed_digest, prev_hash)


def chain_hash(
    station_id: str,
    seq: int,
    uuid: str,
    hlc: str,
    type: str,
    payload_hash: str,
    sealed_digest: str,
    prev_hash: str,
) -> str:
    """``record_hash`` with positional arguments, for loops over thousands of events."""
    if (
        seq.__class__ is int
        and station_id.__class__ is str
        and uuid.__class__ is str
        and hlc.__class__ is str
        and type.__class__ is str
        and payload_hash.__class__ is str
        and sealed_digest.__class__ is str
        and prev_hash.__class__ is str
        and -(2**63) <= seq < 2**64
    ):
        # orjson writes plain str and int exactly as canonical_json does (same escapes, UTF-8);
        # the keys are given in sorted order. Anything else takes the reference path below.
        try:
            encoded = orjson.dumps(
                {
                    "hlc": hlc,
                    "payload_hash": payload_hash,
                    "prev": prev_hash,
                    "sealed_digest": sealed_digest,
                    "seq": seq,
                    "station": station_id,
                    "type": type,
                    "uuid": uuid,
                    "v": CHAIN_VERSION,
                }
            )
        except orjson.JSONEncodeError:  # a lone surrogate: the reference path reports it
            pass
        else:
            return hashlib.sha256(encoded).hexdigest()
    return sha256_hex(
        canonical_json(
            {
                "v": CHAIN_VERSION,
                "station": station_id,
                "seq": seq,
                "uuid": uuid,
                "hlc": hlc,
                "type": type,
                "payload_hash": payload_hash,
                "sealed_digest": sealed_digest,
                "prev": prev_hash,
            }
        )
    )


_ESCAPED_BY_JSON = ('"', "\\", *map(chr, range(0x20)))


def _plain_texts(columns: Sequence[Sequence[str]]) -> bool:
    """Tell whether every value is text that JSON writes between quotes as it is.

    That is: no quote, backslash or control character (the characters JSON escapes) and no
    lone surrogate (which has no UTF-8 form). Each column is joined into one text, so each
    character is looked for in one fast scan instead of once per field. A value that is not
    text makes the join fail.
    """
    try:
        for column in columns:
            joined = "".join(column)
            if any(character in joined for character in _ESCAPED_BY_JSON):
                return False
            joined.encode("utf-8")
    except (TypeError, UnicodeEncodeError):
        return False
    return True


def chain_hashes(
    station_id: str,
    seqs: Sequence[int],
    uuids: Sequence[str],
    hlcs: Sequence[str],
    types: Sequence[str],
    payload_hashes: Sequence[str],
    sealed_digests: Sequence[str],
    prev_hashes: Sequence[str],
) -> list[str]:
    """``chain_hash`` of many events of one station given as columns, in their order.

    The result equals calling ``chain_hash`` for each event, which is done when a field needs
    escaping. Usually every field is plain text and every sequence a 64-bit whole number: then
    each hash input is joined from its fields in the exact form ``chain_hash`` encodes (keys in
    sorted order, no spaces), without building a mapping per event.
    """
    if (
        seqs
        and set(map(type, seqs)) == {int}
        and min(seqs) >= -(2**63)
        and max(seqs) < 2**64
        and _plain_texts(
            ((station_id,), uuids, hlcs, types, payload_hashes, sealed_digests, prev_hashes)
        )
    ):
        sha256 = hashlib.sha256
        join = "".join
        end = f'","v":{CHAIN_VERSION}}}'
        return [
            sha256(
                join(
                    (
                        '{"hlc":"',
                        hlc,
                        '","payload_hash":"',
                        payload,
                        '","prev":"',
                        prev,
                        '","sealed_digest":"',
                        sealed,
                        '","seq":',
                        str(seq),
                        ',"station":"',
                        station_id,
                        '","type":"',
                        kind,
                        '","uuid":"',
                        uuid,
                        end,
                    )
                ).encode("utf-8")
            ).hexdigest()
            for seq, uuid, hlc, kind, payload, sealed, prev in zip(
                seqs,
                uuids,
                hlcs,
                types,
                payload_hashes,
                sealed_digests,
                prev_hashes,
                strict=True,
            )
        ]
    return list(
        map(
            chain_hash,
            repeat(station_id),
            seqs,
            uuids,
            hlcs,
            types,
            payload_hashes,
            sealed_digests,
            prev_hashes,
        )
    )


def text_hashes(texts: Sequence[str]) -> list[str]:
    """``sha256_hex`` of the UTF-8 bytes of each text, in their order."""
    sha256 = hashlib.sha256
    return [sha256(text.encode("utf-8")).hexdigest() for text in texts]


def _holds_float(value: Any) -> bool:
    """Tell whether parsed JSON holds a float (orjson also reads integers beyond 64 bits so)."""
    kind = value.__class__
    if kind is float:
        return True
    if kind is dict:
        value = value.values()
    elif kind is not list:
        return False
    for item in value:
        kind = item.__class__
        if kind is float or ((kind is dict or kind is list) and _holds_float(item)):
            return True
    return False


def parse_json_object(text: str | bytes) -> dict[str, Any]:
    """Parse a JSON object exactly as ``json.loads`` would (orjson when that gives the same).

    Raise ``ValueError`` if ``text`` is not a JSON object.
    """
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        value = json.loads(text)  # NaN, Infinity and the like: the reference parser decides
    else:
        if _holds_float(value):
            value = json.loads(text)  # float text and integers beyond 64 bits, as json reads them
    if value.__class__ is not dict:
        raise ValueError("not a JSON object")
    return value


def canonical_object_text(text: str) -> dict[str, Any] | None:
    """Return the object ``text`` encodes if ``text`` is exactly its canonical JSON, else None.

    This is ``canonical_json(json.loads(text)) == text`` made cheap (see
    ``canonical_object_bytes``).
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return canonical_object_bytes(data)


def canonical_object_bytes(data: bytes) -> dict[str, Any] | None:
    """Return the object ``data`` (UTF-8) encodes if it is exactly its canonical JSON, else None.

    orjson parses and writes plain JSON exactly like the reference encoder (same escapes, keys
    in code point order); only floats are written differently (and orjson reads integers beyond
    64 bits as floats), so data holding a float takes the reference path.
    """
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        value = None
    try:
        if value.__class__ is dict and not _holds_float(value):
            if orjson.dumps(value, option=orjson.OPT_SORT_KEYS) == data:
                return value
            return None
        value = json.loads(data)
        if value.__class__ is dict and canonical_json(value) == data:
            return value
    except (ValueError, UnicodeError, RecursionError, orjson.JSONEncodeError):
        pass
    return None


def all_canonical_object_texts(texts: Sequence[str]) -> bool:
    """Tell whether every text is exactly canonical JSON of an object (``canonical_object_text``).

    One check for a whole batch: each text is parsed on its own (so each is one complete JSON
    value), then the list of values is written once and compared with the texts joined as a
    JSON array. Equal means equal text by text: where a text and its canonical form first
    differ in length, one would be a proper prefix of the other, and a complete JSON object
    cannot be the prefix of another text that is one (or of one followed by ',' or ']').
    Floats are written differently by orjson and the reference encoder, so a batch holding
    one is checked text by text.
    """
    if not texts:
        return True
    try:
        values = list(map(orjson.loads, texts))
    except (orjson.JSONDecodeError, TypeError):
        return all(canonical_object_text(text) is not None for text in texts)
    if set(map(type, values)) != {dict}:
        return all(canonical_object_text(text) is not None for text in texts)
    kinds = set(map(type, chained.from_iterable(map(dict.values, values))))
    if float in kinds or ((dict in kinds or list in kinds) and _holds_float(values)):
        return all(canonical_object_text(text) is not None for text in texts)
    joined = "[" + ",".join(texts) + "]"
    try:
        return orjson.dumps(values, option=orjson.OPT_SORT_KEYS) == joined.encode("utf-8")
    except (orjson.JSONEncodeError, UnicodeEncodeError):
        return all(canonical_object_text(text) is not None for text in texts)


def checkpoint_message(station_id: str, seq: int, head_hash: str) -> bytes:
    """The bytes a station signs to vouch for its chain up to ``seq`` (C2SP signed-note style)."""
    header = f"hat-dosing-station/checkpoint/v{CHAIN_VERSION}"
    return f"{header}\n{station_id}\n{seq}\n{head_hash}\n".encode()
