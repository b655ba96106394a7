"""When a patient is next due: the moment the interval rules name, from the same checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.decision import AdministrationOutcome, Outcome
from station.domain.prescriptions import Phase
from station.domain.rules import decide, next_dose_at
from tests.domain.builders import NOW, dose, rx, visit

TOO_SOON = ("interval.too_soon", "induction.too_soon")


def test_a_dose_an_hour_ago_is_due_at_the_clinics_minimum_interval() -> None:
    context = visit(history=(dose(NOW - timedelta(hours=1), 100),))
    assert next_dose_at(context) == NOW - timedelta(hours=1) + context.settings.min_interval


def test_the_prescriptions_own_interval_wins_over_the_clinics() -> None:
    context = visit(
        history=(dose(NOW - timedelta(hours=1), 100),),
        prescriptions=(rx(min_interval=timedelta(hours=5)),),
    )
    assert next_dose_at(context) == NOW + timedelta(hours=4)


def test_due_now_when_the_interval_has_passed_or_nothing_was_given() -> None:
    assert next_dose_at(visit(history=(dose(NOW - timedelta(hours=4), 100),))) is None
    assert next_dose_at(visit(history=())) is None


def test_a_partial_dose_in_this_session_is_topped_up_at_once() -> None:
    partial = dose(NOW - timedelta(minutes=10), 100, outcome=AdministrationOutcome.PARTIAL,
                   given_mg=40)  # fmt: skip
    assert next_dose_at(visit(history=(partial,))) is None


def test_induction_day_one_uses_its_own_interval() -> None:
    day_one = rx(phase=Phase.INDUCTION, valid_from=NOW.date())
    history = (dose(NOW - timedelta(minutes=50), 15), dose(NOW - timedelta(minutes=10), 15))
    context = visit(mg=15, prescriptions=(day_one,), history=history)
    expected = history[-1].given_at + context.settings.induction.day_one_min_interval
    assert next_dose_at(context) == expected


@settings(max_examples=80, deadline=None)
@given(
    minutes_ago=st.lists(st.integers(min_value=1, max_value=60 * 30), min_size=0, max_size=4),
    interval_minutes=st.one_of(st.none(), st.integers(min_value=0, max_value=8 * 60)),
)
def test_the_moment_is_the_one_the_rules_name_and_then_they_let_it_pass(
    minutes_ago: list[int], interval_minutes: int | None
) -> None:
    history = tuple(dose(NOW - timedelta(minutes=m), 100) for m in sorted(set(minutes_ago)))
    interval = None if interval_minutes is None else timedelta(minutes=interval_minutes)
    context = visit(history=history, prescriptions=(rx(min_interval=interval),))
    due = next_dose_at(context)
    named = [reason.params["next"] for reason in decide(context).reasons if reason.code in TOO_SOON]
    assert due == (max(named) if named else None)
    if due is not None:
        later = replace(context, now=due)
        assert next_dose_at(later) is None
        assert not any(
            r.code in TOO_SOON and r.outcome is Outcome.BLOCK for r in decide(later).reasons
        )
