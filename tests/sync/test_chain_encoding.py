"""The chain's fast encodings give exactly the bytes of the reference canonical JSON."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sync.wire.chain import CHAIN_VERSION, ChainFields, canonical_json


def reference_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def reference_record_hash(fields: ChainFields) -> str:
    return hashlib.sha256(
        reference_json(
            {
                "v": CHAIN_VERSION,
                "station": fields.station_id,
                "seq": fields.seq,
                "uuid": fields.uuid,
                "hlc": fields.hlc,
                "type": fields.type,
                "payload_hash": fields.payload_hash,
                "sealed_digest": fields.sealed_digest,
                "prev": fields.prev_hash,
            }
        )
    ).hexdigest()


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_canonical_json_matches_reference(value: Any) -> None:
    assert canonical_json(value) == reference_json(value)


@given(
    st.builds(
        ChainFields,
        station_id=text,
        seq=st.integers(min_value=1, max_value=2**63),
        uuid=text,
        hlc=text,
        type=text,
        payload_hash=text,
        sealed_digest=text,
        prev_hash=text,
    )
)
def test_record_hash_matches_reference(fields: ChainFields) -> None:
    assert fields.record_hash() == reference_record_hash(fields)


def test_record_hash_of_escaped_text_matches_reference() -> None:
    fields = ChainFields('st"a\\tion\n', 1, "u", "h", "t\x01", "p", "s", "0" * 64)
    assert fields.record_hash() == reference_record_hash(fields)
