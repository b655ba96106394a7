"""The controlled-drug ledger: receipts, reconstitution, deductions, counts and the register."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from station.domain.ledger import (
    Container,
    ContainerKind,
    CountedLine,
    CountMethod,
    Ledger,
    LedgerRefused,
    Leg,
    Movement,
    MovementKind,
    adjustments_for,
    build_register,
    check_receivable,
    counted_ampoules,
    counted_by_weight,
    reconcile,
    reconstitute,
    stock_series,
)
from station.domain.quantities import Concentration, Density, Grams, Milligrams, Millilitres

T0 = datetime(2031, 3, 4, 8, tzinfo=UTC)
DAM = "diacetylmorphine"


def stock(container_id: str = "lot-1", expires: datetime | None = None) -> Container:
    return Container(container_id, ContainerKind.STOCK, DAM, f"Lot {container_id}", expires)


def solution(container_id: str = "sol-1", expires: datetime | None = None) -> Container:
    return Container(
        container_id,
        ContainerKind.SOLUTION,
        DAM,
        f"Solution {container_id}",
        expires,
        Concentration(100),
        Density("1.0180"),
    )


def move(
    number: int,
    kind: MovementKind,
    *legs: tuple[str, str],
    witness: str | None = None,
    reason: str = "",
    corrects: str | None = None,
    minutes: int = 0,
) -> Movement:
    return Movement(
        f"m{number}",
        kind,
        DAM,
        T0 + timedelta(minutes=minutes or number),
        tuple(Leg(cid, Decimal(change)) for cid, change in legs),
        by="pharm",
        witness=witness,
        reason=reason,
        corrects=corrects,
    )


@pytest.fixture
def ledger() -> Ledger:
    book = Ledger()
    book.add_container(stock())
    book.add_container(solution())
    book.apply(move(1, MovementKind.RECEIPT, ("lot-1", "10000")))
    book.apply(
        move(2, MovementKind.RECONSTITUTION, ("lot-1", "-10000"), ("sol-1", "10000"), witness="w")
    )
    return book


def test_reconstitution_moves_mg_without_changing_the_substance_balance(ledger: Ledger) -> None:
    assert ledger.balance("lot-1") == 0
    assert ledger.balance("sol-1") == Decimal("10000")
    assert ledger.substance_balance(DAM) == Decimal("10000")


def test_a_dose_deducts_the_mg_in_its_weighed_mass(ledger: Ledger) -> None:
    batch = ledger.container("sol-1")
    mg = batch.mg_in_mass(Grams("1.0180"))  # 1 mL at 1.018 g/mL and 100 mg/mL
    assert mg == Milligrams(100)
    ledger.apply(move(3, MovementKind.DOSE, ("sol-1", f"-{mg.value}")))
    assert ledger.balance("sol-1") == Decimal("9900.00")


def test_no_movement_takes_a_batch_below_zero(ledger: Ledger) -> None:
    with pytest.raises(LedgerRefused, match="cannot be taken out"):
        ledger.apply(move(3, MovementKind.WASTE, ("sol-1", "-10000.01"), reason="spilled"))
    assert ledger.balance("sol-1") == Decimal("10000")
    assert len(ledger.entries) == 2


def test_a_forced_fact_is_recorded_and_marks_the_batch_overdrawn(ledger: Ledger) -> None:
    warnings = ledger.apply(move(3, MovementKind.DOSE, ("sol-1", "-10100")), force=True)
    assert warnings and "cannot be taken out" in warnings[0]
    assert ledger.balance("sol-1") == Decimal("-100")
    assert "sol-1" in ledger.overdrawn


def test_destruction_needs_a_second_person_as_witness() -> None:
    with pytest.raises(LedgerRefused, match="needs a witness"):
        move(3, MovementKind.DESTRUCTION, ("sol-1", "-5"), reason="expired")
    with pytest.raises(LedgerRefused, match="second person"):
        Movement(
            "m3",
            MovementKind.DESTRUCTION,
            DAM,
            T0,
            (Leg("sol-1", Decimal(-5)),),
            by="pharm",
            witness="pharm",
            reason="expired",
        )


def test_waste_needs_a_reason_and_doses_come_from_a_solution(ledger: Ledger) -> None:
    with pytest.raises(LedgerRefused, match="needs a reason"):
        move(3, MovementKind.WASTE, ("sol-1", "-5"))
    ledger.apply(move(3, MovementKind.RECEIPT, ("lot-1", "5000")))
    with pytest.raises(LedgerRefused, match="comes from a solution batch"):
        ledger.apply(move(4, MovementKind.DOSE, ("lot-1", "-100")))


def test_expired_batches_cannot_be_used_but_can_be_destroyed() -> None:
    book = Ledger()
    book.add_container(stock())
    book.add_container(solution(expires=T0 + timedelta(minutes=5)))
    book.apply(move(1, MovementKind.RECEIPT, ("lot-1", "100")))
    book.apply(
        move(2, MovementKind.RECONSTITUTION, ("lot-1", "-100"), ("sol-1", "100"), witness="w")
    )
    with pytest.raises(LedgerRefused, match="expired"):
        book.apply(move(6, MovementKind.DOSE, ("sol-1", "-10")))
    book.apply(move(7, MovementKind.DESTRUCTION, ("sol-1", "-100"), witness="w", reason="expired"))
    assert book.balance("sol-1") == 0


def test_an_unbalanced_reconstitution_is_refused() -> None:
    with pytest.raises(LedgerRefused, match="same mg"):
        move(2, MovementKind.RECONSTITUTION, ("lot-1", "-100"), ("sol-1", "90"), witness="w")


def test_amounts_finer_than_a_hundredth_of_a_mg_are_refused() -> None:
    with pytest.raises(LedgerRefused, match=r"0\.01 mg"):
        Leg("lot-1", Decimal("1.001"))


def test_receiving_refuses_an_expired_or_undated_pack() -> None:
    check_receivable(date(2031, 3, 4), date(2031, 3, 4))
    with pytest.raises(LedgerRefused, match="expired on 2031-03-03"):
        check_receivable(date(2031, 3, 3), date(2031, 3, 4))
    with pytest.raises(LedgerRefused, match="no expiry"):
        check_receivable(None, date(2031, 3, 4))


def test_reconstitution_works_out_concentration_and_measured_density() -> None:
    facts = reconstitute([Milligrams(10000)], Millilitres(100), Millilitres(10), Grams("10.1800"))
    assert facts.concentration == Concentration(100)
    assert facts.density == Density("1.018")
    with pytest.raises(LedgerRefused, match="above 250"):
        reconstitute([Milligrams(10000)], Millilitres(30), Millilitres(10), Grams("10.18"))
    with pytest.raises(LedgerRefused, match="not plausible"):
        reconstitute([Milligrams(10000)], Millilitres(100), Millilitres(10), Grams("1.018"))


def test_blind_count_reconciliation_and_adjustment(ledger: Ledger) -> None:
    batch = ledger.container("sol-1")
    lines = [counted_by_weight(batch, Grams("99.7640"))]  # 98 mL: 9800 mg
    result = reconcile(lines, {"sol-1": ledger.balance("sol-1")}, Milligrams(1))
    assert not result.clean
    (line,) = result.discrepancies
    assert line.difference == Decimal("-200.00")
    legs = adjustments_for(result)
    ledger.apply(
        Movement(
            "adj",
            MovementKind.COUNT_ADJUSTMENT,
            DAM,
            T0 + timedelta(hours=1),
            tuple(legs),
            by="lead",
            reason="spill not recorded",
        )
    )
    assert ledger.balance("sol-1") == Decimal("9800.00")


def test_counts_within_tolerance_are_clean_and_each_container_is_counted_once() -> None:
    expected = {"lot-1": Decimal("20000")}
    clean = reconcile([counted_ampoules("lot-1", 2, Milligrams(10000))], expected, Milligrams(0))
    assert clean.clean
    with pytest.raises(LedgerRefused, match="counted twice"):
        reconcile(
            [CountedLine("lot-1", Milligrams(1), CountMethod.MG)] * 2, expected, Milligrams(0)
        )


def test_register_running_balance_and_correction_notes(ledger: Ledger) -> None:
    ledger.apply(move(3, MovementKind.DOSE, ("sol-1", "-100")))
    ledger.apply(move(4, MovementKind.WASTE, ("sol-1", "-10"), reason="drop on floor"))
    ledger.apply(
        move(5, MovementKind.CORRECTION, ("sol-1", "5"), reason="waste was 5 mg", corrects="m4")
    )
    ledger.apply(move(6, MovementKind.CORRECTION, reason="typo in reason", corrects="m3"))
    lines = build_register(ledger.entries, DAM)
    assert [line.balance for line in lines] == [
        Decimal(10000),
        Decimal(10000),
        Decimal(9900),
        Decimal(9890),
        Decimal(9895),
        Decimal(9895),
    ]
    by_id = {line.movement.movement_id: line for line in lines}
    assert [note.text for note in by_id["m4"].notes] == ["waste was 5 mg"]
    assert by_id["m4"].notes[0].at == T0 + timedelta(minutes=5)
    assert [note.text for note in by_id["m3"].notes] == ["typo in reason"]
    per_batch = build_register(ledger.entries, DAM, "lot-1")
    assert [line.balance for line in per_batch] == [Decimal(10000), Decimal(0)]
    assert stock_series(lines)[-1] == (T0 + timedelta(minutes=6), Decimal(9895))


def test_a_correction_must_point_at_a_known_entry(ledger: Ledger) -> None:
    with pytest.raises(LedgerRefused, match="already in the ledger"):
        ledger.apply(move(9, MovementKind.CORRECTION, reason="x", corrects="nope"))
