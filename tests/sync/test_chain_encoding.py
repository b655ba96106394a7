"""The chain's fast encodings give exactly the bytes of the reference canonical JSON."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.wire.chain import (
    CHAIN_VERSION,
    ChainFields,
    all_canonical_object_texts,
    canonical_json,
    canonical_object_text,
    chain_hashes,
    text_hashes,
)


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


# A field is plain text (the batch's fast path) or holds what JSON escapes (the slow path).
field_text = st.one_of(
    st.text(
        st.characters(min_codepoint=0x20, exclude_characters='"\\', exclude_categories=("Cs",)),
        max_size=12,
    ),
    text,
)


@given(
    station_id=field_text,
    events=st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=2**63),
            field_text,
            field_text,
            field_text,
            field_text,
            field_text,
            field_text,
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_batch_record_hashes_match_reference(
    station_id: str, events: list[tuple[Any, ...]]
) -> None:
    columns = list(zip(*events, strict=True))
    expected = [reference_record_hash(ChainFields(station_id, *event)) for event in events]
    assert chain_hashes(station_id, *columns) == expected


@pytest.mark.parametrize(
    ("index", "awkward"),
    [(0, 'st"a'), (2, "u\\"), (3, "h\n"), (4, "t\x01"), (5, 'p"'), (6, "s\u00e9")],
)
def test_batch_record_hashes_of_escaped_text_match_reference(index: int, awkward: str) -> None:
    """One field that JSON escapes (or a non-ASCII one) among plain events."""
    events = [["st-a", seq, "u", "h", "t", "p", "s", "0" * 64] for seq in (1, 2, 3)]
    if index == 0:
        for event in events:
            event[0] = awkward
    else:
        events[1][index] = awkward
    expected = [reference_record_hash(ChainFields(*event)) for event in events]
    columns = list(zip(*(event[1:] for event in events), strict=True))
    assert chain_hashes(str(events[0][0]), *columns) == expected


def test_batch_record_hashes_refuse_a_lone_surrogate_as_one_hash_does() -> None:
    columns = [(1, 2), ("u", "u"), ("h", "h\ud800"), ("t", "t"), ("p", "p"), ("s", "s"), ("0", "0")]
    with pytest.raises(UnicodeEncodeError):
        ChainFields("st-a", 2, "u", "h\ud800", "t", "p", "s", "0").record_hash()
    with pytest.raises(UnicodeEncodeError):
        chain_hashes("st-a", *columns)


def test_batch_payload_hashes_are_sha256_of_the_text() -> None:
    texts = ['{"a":1}', '{"b":"\u00e9"}', ""]
    assert text_hashes(texts) == [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]


object_texts = st.one_of(
    st.dictionaries(text, json_values, max_size=4).map(lambda d: reference_json(d).decode()),
    st.dictionaries(text, json_values, max_size=4).map(json.dumps),  # spaces: not canonical
    st.sampled_from(
        ['{"a":1}', '{"b":1,"a":2}', '{"a":1e16}', '{"a":1,"a":1}', '{"a":1} ', "[1]", "{"]
    ),
)


@given(st.lists(object_texts, max_size=6))
def test_batch_canonical_check_agrees_with_the_check_of_each_text(texts: list[str]) -> None:
    expected = all(canonical_object_text(t) is not None for t in texts)
    assert all_canonical_object_texts(texts) == expected


def test_batch_canonical_check_is_not_fooled_by_texts_that_split_objects_differently() -> None:
    """Joined, these read as three canonical objects; each alone is not one."""
    texts = ['{"a":[1', '2]},{"x":1}', '{"y":1}']
    assert "".join(["[", ",".join(texts), "]"]) == '[{"a":[1,2]},{"x":1},{"y":1}]'
    assert not all_canonical_object_texts(texts)
