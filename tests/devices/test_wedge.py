"""Keyboard-wedge decoding: scanner bursts told apart from people typing, as a pure function."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.protocols.scanner import KeyEvent, WedgeConfig, decode_wedge
from devices.readings import ProtocolError
from devices.sim.scanner import typing_events, wedge_events


def _typed_text(events: tuple[KeyEvent, ...]) -> str:
    return "".join(event.key for event in events if event.is_character)


def test_burst_with_enter_is_a_scan() -> None:
    result = decode_wedge(wedge_events("DEMO-CARD-0042", start_at=1.0))
    assert [scan.text for scan in result.scans] == ["DEMO-CARD-0042"]
    assert result.typed == () and result.pending == ()
    assert result.scans[0].received_at == pytest.approx(1.0 + 14 * 0.004)


def test_person_typing_is_not_a_scan() -> None:
    result = decode_wedge(typing_events("hello world", enter=True))
    assert result.scans == ()
    assert _typed_text(result.typed) == "hello world"


def test_typing_then_scan_then_typing() -> None:
    events = (
        typing_events("abc", start_at=0.0)
        + wedge_events("]d20104150123456782", start_at=1.0)
        + typing_events("xyz", start_at=2.0, enter=True)
    )
    result = decode_wedge(events)
    assert [(scan.symbology, scan.text) for scan in result.scans] == [("]d2", "0104150123456782")]
    assert _typed_text(result.typed) == "abcxyz"


def test_short_fast_burst_is_typing() -> None:
    result = decode_wedge(wedge_events("ab"), WedgeConfig(min_length=4))
    assert result.scans == ()


def test_slow_scanner_within_configured_gap() -> None:
    events = wedge_events("SLOWSCAN", key_interval_s=0.08)
    assert decode_wedge(events, WedgeConfig(max_gap_s=0.05)).scans == ()
    assert [s.text for s in decode_wedge(events, WedgeConfig(max_gap_s=0.1)).scans] == ["SLOWSCAN"]


def test_shift_keys_are_ignored() -> None:
    result = decode_wedge(wedge_events("AbC-123", shift_for_upper=True))
    assert [scan.text for scan in result.scans] == ["AbC-123"]


def test_burst_without_enter_is_pending() -> None:
    events = wedge_events("PARTIAL", enter=False)
    result = decode_wedge(events)
    assert result.scans == () and result.pending == tuple(events)
    # Feeding the pending events again with the rest completes the scan.
    rest = [KeyEvent("Enter", events[-1].at + 0.004)]
    assert [s.text for s in decode_wedge(list(result.pending) + rest).scans] == ["PARTIAL"]


def test_prefix_and_suffix() -> None:
    config = WedgeConfig(prefix="\x02", suffix="\x03")
    events = typing_events("hi") + wedge_events(
        "CARD-7", start_at=1.0, prefix="\x02", suffix="\x03", enter=False
    )
    result = decode_wedge(events, config)
    assert [s.text for s in result.scans] == ["CARD-7"]
    assert _typed_text(result.typed) == "hi"


def test_prefix_finds_even_slow_scans() -> None:
    config = WedgeConfig(prefix="#", min_length=1)
    events = typing_events("#slow", key_interval_s=0.3, enter=True)
    assert [s.text for s in decode_wedge(events, config).scans] == ["slow"]


def test_prefix_then_nothing_is_pending() -> None:
    config = WedgeConfig(prefix="##")
    events = wedge_events("", prefix="#", enter=False)
    result = decode_wedge(events, config)
    assert result.pending == tuple(events)


def test_suffix_without_prefix_uses_timing() -> None:
    config = WedgeConfig(suffix="\t")
    result = decode_wedge(wedge_events("ABCDEF\t", enter=False), config)
    assert [s.text for s in result.scans] == ["ABCDEF"]


def test_gs_key_kept() -> None:
    result = decode_wedge(wedge_events("0104150123456782" + "10AB\x1d21X"))
    assert result.scans[0].text.count("\x1d") == 1


def test_events_out_of_order_refused() -> None:
    with pytest.raises(ProtocolError):
        decode_wedge([KeyEvent("a", 1.0), KeyEvent("b", 0.5)])


def test_config_checked() -> None:
    with pytest.raises(ValueError):
        WedgeConfig(max_gap_s=5)
    with pytest.raises(ValueError):
        WedgeConfig(min_length=0)


keys = st.one_of(st.characters(), st.sampled_from(["Enter", "Shift", "Tab", "Backspace", "F8"]))


@st.composite
def event_streams(draw: st.DrawFn) -> list[KeyEvent]:
    gaps = draw(st.lists(st.floats(0.0, 0.5, allow_nan=False), max_size=60))
    at = 0.0
    events = []
    for gap in gaps:
        at += gap
        events.append(KeyEvent(draw(keys), at))
    return events


@settings(max_examples=150, deadline=None)
@given(event_streams(), st.sampled_from(["", "#", "]]"]), st.sampled_from(["", "\t", "!!"]))
def test_fuzz_wedge_accounts_for_every_key(
    events: list[KeyEvent], prefix: str, suffix: str
) -> None:
    config = WedgeConfig(prefix=prefix, suffix=suffix)
    result = decode_wedge(events, config)
    meaningful = [e for e in events if e.key not in config.ignored_keys]
    # Nothing typed is lost or duplicated: typed keys and pending keys come from the input in order.
    leftovers = list(result.typed) + list(result.pending)
    assert all(event in meaningful for event in leftovers)
    for scan in result.scans:
        assert (
            len(scan.text) + len(scan.symbology or "") >= (1 if prefix else config.min_length)
            or prefix
        )
    # Slow typing (every gap above max_gap) without a prefix never yields a scan.
    if not prefix and all(b.at - a.at > config.max_gap_s for a, b in itertools.pairwise(events)):
        assert result.scans == ()


@settings(max_examples=100, deadline=None)
@given(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=4, max_size=40),
    event_streams(),
)
def test_fuzz_a_burst_inside_slow_typing_is_found(code: str, noise: list[KeyEvent]) -> None:
    characters = [event.key for event in noise if event.is_character]
    slow = [KeyEvent(key, index * 0.2) for index, key in enumerate(characters)]
    start = len(slow) * 0.2 + 0.2
    events = slow + wedge_events(code, start_at=start)
    result = decode_wedge(events)
    found = [(scan.symbology or "") + scan.text for scan in result.scans]
    assert found == [code]
