"""Dose plans: no day of an accepted plan is above its caps; a taper never rises; a titration
never passes its ceiling."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.errors import DomainError
from station.domain.plans import DosePlan, PlanError, PlanKind, validate_plan
from station.domain.quantities import Milligrams
from station.domain.settings import TitrationRules

START = date(2031, 3, 1)
RULES = TitrationRules()

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1000), places=2).map(Milligrams)
percents = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(100), places=1)
every = st.integers(min_value=1, max_value=14)
rises = st.decimals(min_value=Decimal(1), max_value=Decimal(200), places=0)


@st.composite
def titrations(draw: st.DrawFn) -> DosePlan:
    start = draw(amounts)
    ceiling = draw(amounts.filter(lambda amount: amount >= start))
    return DosePlan(PlanKind.TITRATION, START, start, draw(amounts), None, draw(every), ceiling)


@st.composite
def tapers(draw: st.DrawFn) -> DosePlan:
    start = draw(amounts)
    floor = draw(st.one_of(st.just(Milligrams(0)), amounts.filter(lambda amount: amount <= start)))
    return DosePlan(PlanKind.TAPER, START, start, None, draw(percents), draw(every), floor)


def _days(plan: DosePlan, count: int = 120) -> list[tuple[date, Milligrams]]:
    caps = []
    for offset in range(count):
        day = START + timedelta(days=offset)
        cap = plan.daily_cap_on(day)
        assert cap is not None
        caps.append((day, cap))
    return caps


@settings(max_examples=150, deadline=None)
@given(st.one_of(titrations(), tapers()), amounts, rises)
def test_no_day_of_an_accepted_plan_exceeds_its_caps(
    plan: DosePlan, order_max: Milligrams, rise: Decimal
) -> None:
    rules = TitrationRules(max_rise_percent=rise)
    if plan.check_against(order_max, rules):
        with pytest.raises(PlanError):
            validate_plan(plan, order_max, rules)
        return
    validate_plan(plan, order_max, rules)
    previous: Milligrams | None = None
    for _day, cap in _days(plan):
        assert cap <= order_max
        assert cap == cap.floored(), "each day's cap is to 0.01 mg"
        if previous is not None and previous and cap > previous:
            assert (cap.value - previous.value) * 100 <= previous.value * rise
        previous = cap


@settings(max_examples=150, deadline=None)
@given(tapers())
def test_a_taper_never_rises_and_ends_at_its_floor(plan: DosePlan) -> None:
    caps = [cap for _day, cap in _days(plan, 400)]
    assert caps[0] == plan.start_mg
    assert all(later <= earlier for earlier, later in pairwise(caps))
    assert all(cap >= plan.target_mg for cap in caps)
    last_day, last_cap = plan.steps(START + timedelta(days=100_000))[-1]
    assert last_cap == plan.target_mg
    assert plan.daily_cap_on(last_day + timedelta(days=1000)) == plan.target_mg


@settings(max_examples=150, deadline=None)
@given(titrations())
def test_a_titration_never_passes_its_ceiling(plan: DosePlan) -> None:
    caps = [cap for _day, cap in _days(plan)]
    assert all(cap <= plan.target_mg for cap in caps)
    assert all(later >= earlier for earlier, later in pairwise(caps))
    steps = plan.steps(START + timedelta(days=120))
    for day, cap in steps:
        assert plan.daily_cap_on(day) == cap


def test_no_cap_before_the_plan_starts() -> None:
    plan = DosePlan(PlanKind.TAPER, START, Milligrams(100), None, Decimal(10), 7, Milligrams(0))
    assert plan.daily_cap_on(START - timedelta(days=1)) is None
    assert plan.steps(START - timedelta(days=1)) == []


def test_a_weekly_taper_in_figures() -> None:
    plan = DosePlan(PlanKind.TAPER, START, Milligrams(100), None, Decimal(10), 7, Milligrams(70))
    assert plan.steps(START + timedelta(days=60)) == [
        (START, Milligrams(100)),
        (START + timedelta(days=7), Milligrams(90)),
        (START + timedelta(days=14), Milligrams(81)),
        (START + timedelta(days=21), Milligrams("72.9")),
        (START + timedelta(days=28), Milligrams(70)),
    ]
    assert plan.daily_cap_on(START + timedelta(days=13)) == Milligrams(90)


def test_a_rise_above_the_clinics_rule_is_refused() -> None:
    plan = DosePlan(
        PlanKind.TITRATION, START, Milligrams(40), Milligrams(30), None, 1, Milligrams(200)
    )
    assert plan.check_against(Milligrams(200), RULES) == ["rise_above_titration_rule"]
    assert plan.check_against(Milligrams(150), RULES) == [
        "target_above_order_maximum",
        "rise_above_titration_rule",
    ]


@pytest.mark.parametrize(
    "fields",
    [
        (PlanKind.TITRATION, Milligrams(50), None, None, 1, Milligrams(100)),
        (PlanKind.TITRATION, Milligrams(50), Milligrams(10), None, 1, Milligrams(40)),
        (PlanKind.TAPER, Milligrams(50), None, Decimal(0), 7, Milligrams(0)),
        (PlanKind.TAPER, Milligrams(50), None, Decimal(10), 7, Milligrams(60)),
        (PlanKind.TAPER, Milligrams(50), Milligrams(5), Decimal(10), 7, Milligrams(0)),
        (PlanKind.TAPER, Milligrams(0), None, Decimal(10), 7, Milligrams(0)),
        (PlanKind.TAPER, Milligrams(50), None, Decimal(10), 0, Milligrams(0)),
        (PlanKind.TITRATION, Milligrams("50.005"), Milligrams(10), None, 1, Milligrams(100)),
    ],
)
def test_a_plan_that_cannot_be_written_is_refused(fields: tuple[object, ...]) -> None:
    kind, start, step_mg, step_percent, every_days, target = fields
    with pytest.raises(DomainError):
        DosePlan(kind, START, start, step_mg, step_percent, every_days, target)  # type: ignore[arg-type]
