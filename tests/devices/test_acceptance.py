"""The acceptance policy: only confirmed stable readings in the right unit become dose weights."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.acceptance import (
    REASON_SENTENCES,
    AcceptancePolicy,
    RefusalReason,
    WeightConfirmation,
    accept_from,
)
from devices.readings import ScaleReading, WeightStatus


def reading(
    value: str | None, status: WeightStatus = WeightStatus.STABLE, at: float = 0.0, unit: str = "g"
) -> ScaleReading:
    return ScaleReading(None if value is None else Decimal(value), unit, status, b"raw", at)


def test_three_equal_stable_readings_are_accepted_on_the_third() -> None:
    confirmation = WeightConfirmation(AcceptancePolicy(confirmations=3))
    first = confirmation.offer(reading("2.40", at=0.0))
    second = confirmation.offer(reading("2.40", at=0.05))
    third = confirmation.offer(reading("2.40", at=0.10))
    assert [d.reason for d in (first, second)] == [RefusalReason.CONFIRMING] * 2
    assert third.is_accepted and third.accepted is not None
    assert third.accepted.value == Decimal("2.40")
    assert third.first_stable_at == 0.0


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (reading("2.40", WeightStatus.DYNAMIC), RefusalReason.DYNAMIC),
        (reading(None, WeightStatus.OVERLOAD), RefusalReason.OVERLOAD),
        (reading(None, WeightStatus.UNDERLOAD), RefusalReason.UNDERLOAD),
        (reading(None, WeightStatus.ERROR), RefusalReason.DEVICE_ERROR),
        (reading("2.40", unit="mg"), RefusalReason.WRONG_UNIT),
        (reading("2.40", unit=""), RefusalReason.WRONG_UNIT),
        (reading(None), RefusalReason.NO_VALUE),
    ],
)
def test_bad_readings_are_refused_and_reset_confirmation(
    bad: ScaleReading, reason: RefusalReason
) -> None:
    confirmation = WeightConfirmation(AcceptancePolicy(confirmations=3))
    confirmation.offer(reading("2.40", at=0.0))
    confirmation.offer(reading("2.40", at=0.1))
    refused = confirmation.offer(dataclasses.replace(bad, received_at=0.2))
    assert refused.reason is reason and not refused.is_accepted
    assert refused.sentence == REASON_SENTENCES[reason]
    assert refused.sentence.endswith(".") and "\n" not in refused.sentence
    # the two earlier readings no longer count
    assert not confirmation.offer(reading("2.40", at=0.3)).is_accepted
    assert not confirmation.offer(reading("2.40", at=0.4)).is_accepted
    assert confirmation.offer(reading("2.40", at=0.5)).is_accepted


def test_a_changed_value_restarts_confirmation() -> None:
    confirmation = WeightConfirmation(AcceptancePolicy(confirmations=2))
    confirmation.offer(reading("2.40", at=0.0))
    changed = confirmation.offer(reading("2.41", at=0.1))
    assert changed.reason is RefusalReason.VALUE_CHANGED and changed.confirmed_count == 1
    accepted = confirmation.offer(reading("2.41", at=0.2))
    assert accepted.accepted is not None and accepted.accepted.value == Decimal("2.41")


def test_minimum_window_must_pass_even_with_enough_readings() -> None:
    policy = AcceptancePolicy(confirmations=2, minimum_window_s=0.5)
    confirmation = WeightConfirmation(policy)
    assert not confirmation.offer(reading("1.00", at=10.0)).is_accepted
    assert not confirmation.offer(reading("1.00", at=10.2)).is_accepted
    assert not confirmation.offer(reading("1.00", at=10.4)).is_accepted
    assert confirmation.offer(reading("1.00", at=10.5)).is_accepted


def test_out_of_order_readings_reset() -> None:
    confirmation = WeightConfirmation(AcceptancePolicy(confirmations=2))
    confirmation.offer(reading("1.00", at=5.0))
    assert confirmation.offer(reading("1.00", at=4.0)).reason is RefusalReason.OUT_OF_ORDER


def test_policy_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        AcceptancePolicy(confirmations=0)
    with pytest.raises(ValueError):
        AcceptancePolicy(minimum_window_s=-1)


statuses = st.sampled_from(list(WeightStatus))
readings = st.builds(
    lambda value, status, unit, step: (value, status, unit, step),
    st.sampled_from(["1.00", "1.01", "2.40", None]),
    statuses,
    st.sampled_from(["g", "mg", ""]),
    st.floats(min_value=0, max_value=0.2),
)


@given(st.lists(readings, max_size=30), st.integers(1, 4))
def test_accepted_only_after_n_consecutive_equal_stable_readings_in_grams(
    items: list[tuple[str | None, WeightStatus, str, float]], confirmations: int
) -> None:
    at = 0.0
    sequence = []
    for value, status, unit, step in items:
        at += step
        sequence.append(reading(value, status, at, unit))
    decision = accept_from(sequence, AcceptancePolicy(confirmations=confirmations))
    if decision.accepted is None:
        assert decision.reason is not None
        return
    # The reading accepted itself (equal readings compare equal: find this one, not the first).
    index = next(i for i, item in enumerate(sequence) if item is decision.accepted)
    run = sequence[index - confirmations + 1 : index + 1]
    assert len(run) == confirmations
    assert all(r.is_stable and r.unit == "g" and r.value == decision.accepted.value for r in run)
