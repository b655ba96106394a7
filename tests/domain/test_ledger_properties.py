"""Hypothesis properties of the ledger: balances add up, and no batch ever goes below zero."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.ledger import (
    Container,
    ContainerKind,
    Ledger,
    LedgerRefused,
    Leg,
    Movement,
    MovementKind,
    build_register,
)
from station.domain.quantities import Concentration, Density

DAM = "diacetylmorphine"
T0 = datetime(2031, 1, 1, tzinfo=UTC)
CONTAINERS = ("lot-a", "lot-b", "sol-a", "sol-b")
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(5000), places=2)


def fresh() -> Ledger:
    book = Ledger()
    for name in CONTAINERS:
        if name.startswith("lot"):
            book.add_container(Container(name, ContainerKind.STOCK, DAM, name))
        else:
            book.add_container(
                Container(
                    name, ContainerKind.SOLUTION, DAM, name, None, Concentration(50), Density(1)
                )
            )
    return book


@st.composite
def movements(draw: st.DrawFn) -> list[Movement]:
    result: list[Movement] = []
    for number in range(draw(st.integers(1, 40))):
        kind = draw(st.sampled_from(list(MovementKind)))
        mg = draw(amounts)
        lot = draw(st.sampled_from(CONTAINERS[:2]))
        sol = draw(st.sampled_from(CONTAINERS[2:]))
        any_container = draw(st.sampled_from(CONTAINERS))
        legs: tuple[Leg, ...]
        corrects = None
        if kind is MovementKind.RECEIPT:
            legs = (Leg(lot, mg),)
        elif kind is MovementKind.RECONSTITUTION:
            legs = (Leg(lot, -mg), Leg(sol, mg))
        elif kind in {MovementKind.DOSE, MovementKind.FAILED_INJECTION, MovementKind.RESIDUE}:
            legs = (Leg(sol, -mg),)
        elif kind in {MovementKind.WASTE, MovementKind.DESTRUCTION}:
            legs = (Leg(any_container, -mg),)
        else:
            sign = draw(st.sampled_from([1, -1]))
            legs = (Leg(any_container, mg * sign),)
            if kind is MovementKind.CORRECTION:
                corrects = f"m{draw(st.integers(0, max(number - 1, 0)))}"
        result.append(
            Movement(
                f"m{number}",
                kind,
                DAM,
                T0 + timedelta(minutes=number),
                legs,
                by="pharm",
                witness="witness",
                reason="reason",
                corrects=corrects,
            )
        )
    return result


@settings(max_examples=300, deadline=None)
@given(movements())
def test_balance_equals_receipts_minus_movements_and_never_goes_negative(
    sequence: list[Movement],
) -> None:
    book = fresh()
    accepted: list[Movement] = []
    for movement in sequence:
        before = dict(book.balances)
        try:
            book.apply(movement)
        except LedgerRefused:
            assert book.balances == before  # a refused movement changes nothing
            would_go_negative = any(
                before[leg.container_id] + leg.change < 0 for leg in movement.legs
            )
            known = {m.movement_id for m in accepted}
            bad_correction = (
                movement.kind is MovementKind.CORRECTION and movement.corrects not in known
            )
            assert would_go_negative or bad_correction
            continue
        accepted.append(movement)
        assert all(balance >= 0 for balance in book.balances.values())
    receipts = sum((m.change for m in accepted if m.kind is MovementKind.RECEIPT), Decimal(0))
    others = sum((m.change for m in accepted if m.kind is not MovementKind.RECEIPT), Decimal(0))
    assert book.substance_balance(DAM) == receipts + others
    assert book.substance_balance(DAM) == sum(book.balances.values(), Decimal(0))
    register = build_register(book.entries, DAM)
    assert (register[-1].balance if register else Decimal(0)) == book.substance_balance(DAM)
    for name in CONTAINERS:
        per_container = build_register(book.entries, DAM, name)
        touching = [line for line in per_container if line.change]
        assert (touching[-1].balance if touching else Decimal(0)) == book.balance(name)
        assert all(line.balance >= 0 for line in per_container)


@settings(max_examples=100, deadline=None)
@given(movements())
def test_replaying_the_accepted_entries_gives_the_same_book(sequence: list[Movement]) -> None:
    book = fresh()
    for movement in sequence:
        with contextlib.suppress(LedgerRefused):
            book.apply(movement)
    again = fresh()
    for movement in book.entries:
        again.apply(movement)
    assert again.balances == book.balances
