"""Properties of the field encryption, key wrapping and blind indexes (Hypothesis)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from station.store.crypto import (
    TEST_KDF,
    DataKey,
    DecryptionFailed,
    derive_key,
    key_id_of,
    new_recovery_code,
    normalise_recovery_code,
    open_with,
    seal_with,
)

KEY = DataKey(1, bytes(range(32)))
OTHER_KEY = DataKey(1, bytes(range(1, 33)))
ROTATED_KEY = DataKey(2, bytes(range(32)))

payloads = st.binary(max_size=512)
aads = st.text(max_size=80)
settings.register_profile("store", max_examples=150, deadline=None)
settings.load_profile("store")


@given(payloads, aads)
def test_seal_then_open_returns_the_plaintext(plaintext: bytes, aad: str) -> None:
    sealed = KEY.seal(plaintext, aad)
    assert KEY.open(sealed, aad) == plaintext
    assert key_id_of(sealed) == KEY.key_id
    assert len(plaintext) < 8 or plaintext not in sealed  # short strings may occur by chance


@given(payloads)
def test_sealing_twice_gives_different_bytes(plaintext: bytes) -> None:
    assert KEY.seal(plaintext, "a") != KEY.seal(plaintext, "a")


@given(payloads, aads, st.data())
def test_any_single_bit_flip_fails_to_open(plaintext: bytes, aad: str, data: st.DataObject) -> None:
    sealed = bytearray(KEY.seal(plaintext, aad))
    bit = data.draw(st.integers(0, len(sealed) * 8 - 1), label="bit")
    sealed[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(DecryptionFailed):
        KEY.open(bytes(sealed), aad)


@given(payloads, aads, st.integers(0, 40))
def test_truncated_envelope_fails_to_open(plaintext: bytes, aad: str, cut: int) -> None:
    sealed = KEY.seal(plaintext, aad)
    with pytest.raises(DecryptionFailed):
        KEY.open(sealed[: max(0, len(sealed) - 1 - cut)], aad)


@given(payloads, aads, aads)
def test_wrong_aad_fails_to_open(plaintext: bytes, aad: str, other: str) -> None:
    assume(aad != other)
    with pytest.raises(DecryptionFailed):
        KEY.open(KEY.seal(plaintext, aad), other)


@given(payloads, aads)
def test_another_key_or_key_id_fails_to_open(plaintext: bytes, aad: str) -> None:
    sealed = KEY.seal(plaintext, aad)
    for key in (OTHER_KEY, ROTATED_KEY):
        with pytest.raises(DecryptionFailed):
            key.open(sealed, aad)


@given(st.binary(min_size=32, max_size=32), st.binary(max_size=64), st.binary(max_size=40))
def test_wrap_round_trip_and_bit_flips(kek: bytes, material: bytes, aad: bytes) -> None:
    sealed = seal_with(kek, material, aad)
    assert open_with(kek, sealed, aad) == material
    for index in (0, len(sealed) // 2, len(sealed) - 1):
        flipped = bytearray(sealed)
        flipped[index] ^= 0x04
        with pytest.raises(DecryptionFailed):
            open_with(kek, bytes(flipped), aad)
    with pytest.raises(DecryptionFailed):
        open_with(kek, sealed, aad + b"x")


# -- blind indexes -----------------------------------------------------------------------------

names = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "Pd"]), max_size=30
)


def normalised(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


@given(names, st.data())
def test_blind_index_ignores_case_spacing_and_unicode_form(value: str, data: st.DataObject) -> None:
    variant = value
    if data.draw(st.booleans(), label="upper"):
        variant = variant.upper()
    if data.draw(st.booleans(), label="nfd"):
        variant = unicodedata.normalize("NFD", variant)
    pad = data.draw(st.sampled_from(["", " ", "  ", "\t"]), label="pad")
    variant = pad + variant.replace(" ", "  ") + pad
    assume(normalised(variant) == normalised(value))  # a few letters change under upper()
    assert KEY.blind_index("family_name", variant) == KEY.blind_index("family_name", value)


@given(names, names)
def test_blind_index_differs_for_different_values(first: str, second: str) -> None:
    assume(normalised(first) != normalised(second))
    assert KEY.blind_index("family_name", first) != KEY.blind_index("family_name", second)


@given(names, st.sampled_from(["clinic_id", "name_birth"]))
def test_blind_index_differs_between_kinds_and_keys(value: str, kind: str) -> None:
    assert KEY.blind_index(kind, value) != KEY.blind_index("family_name", value)
    assert KEY.blind_index(kind, value) != OTHER_KEY.blind_index(kind, value)


def test_blind_index_examples() -> None:
    assert KEY.blind_index("clinic_id", " hat-zx-1 ") == KEY.blind_index("clinic_id", "HAT-ZX-1")
    assert KEY.blind_index("family_name", "Müller") == KEY.blind_index(
        "family_name", "Mu\u0308ller"
    )
    assert KEY.blind_index("family_name", "Müller") != KEY.blind_index("family_name", "Muller")


# -- key derivation and recovery codes ---------------------------------------------------------


def test_key_derivation_depends_on_secret_salt_and_unicode_form() -> None:
    salt = b"s" * 16
    key = derive_key("Café-password", salt, TEST_KDF)
    assert len(key) == 32
    assert derive_key("Cafe\u0301-password", salt, TEST_KDF) == key  # NFC before derivation
    assert derive_key("Café-password", b"t" * 16, TEST_KDF) != key
    assert derive_key("Café-passwort", salt, TEST_KDF) != key


@given(st.integers(0, 50))
def test_recovery_codes_survive_sloppy_typing(_: int) -> None:
    code = new_recovery_code()
    assert len(code) == 29 and code.count("-") == 4
    assert normalise_recovery_code(code.replace("-", " ").lower()) == code
