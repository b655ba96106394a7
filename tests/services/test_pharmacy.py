"""The pharmacist's ledger on a real store: receipts by pack code, reconstitution, doses,
waste and destruction, blind counts with sign-off, corrections, the register and its exports."""

from __future__ import annotations

import csv
import re
import zlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from devices.protocols.scanner import EOT, GS, RS, gs1_check_digit, ppn_check, pzn_check_digit
from devices.readings import Scan
from station.domain.ledger import MovementKind, counted_ampoules, counted_by_weight
from station.domain.quantities import (
    Grams,
    Milligrams,
    Millilitres,
)
from station.domain.rules import AdministrationOutcome
from station.services.counter import Visit
from station.services.errors import PermissionDenied, ServiceError
from station.services.pharmacy import PharmacyService, Product

from .conftest import Clinic, mg

DAM = "diacetylmorphine"
GTIN_BODY = "0761234500001"
GTIN = GTIN_BODY + str(gs1_check_digit(GTIN_BODY))
PZN7 = "1234562"


def pzn() -> str:
    digit = pzn_check_digit(PZN7)
    assert digit != 10
    return PZN7 + str(digit)


def gs1_scan(serial: str, batch: str = "B123", expiry: str = "331231") -> Scan:
    return Scan(f"01{GTIN}17{expiry}10{batch}{GS}21{serial}", "]d2")


def ifa_scan(serial: str, batch: str = "IFA7", expiry: str = "331130") -> Scan:
    body = "11" + pzn()
    ppn = body + ppn_check(body)
    text = f"[)>{RS}06{GS}9N{ppn}{GS}1T{batch}{GS}D{expiry}{GS}S{serial}{RS}{EOT}"
    return Scan(text, "]d1")


@pytest.fixture
def pharmacy(clinic: Clinic) -> PharmacyService:
    service = PharmacyService(clinic.store, clock=clinic.clock)
    for product_id, name in ((GTIN, "Diaphin 10 g (fictional pack)"), (pzn(), "DAM IFA pack")):
        service.define_product(clinic.pharm, Product(product_id, DAM, name, Milligrams(10000), 5))
    return service


def stocked(clinic: Clinic, pharmacy: PharmacyService) -> tuple[str, str]:
    """One pack received and two ampoules made into 200 mL of 100 mg/mL; (lot, batch)."""
    lot = pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001"))
    batch = pharmacy.reconstitute(
        clinic.pharm,
        clinic.confirm("witness", clinic.pharm),
        [(lot, Milligrams(20000))],
        Millilitres(200),
        Millilitres(10),
        Grams("10.1800"),
        timedelta(days=7),
    )
    return lot, batch


def balance(pharmacy: PharmacyService, clinic: Clinic, container_id: str) -> Decimal:
    found = {b.container.container_id: b.balance for b in pharmacy.balances(clinic.pharm)}
    return found[container_id]


# -- receiving --------------------------------------------------------------------------------


def test_receiving_a_gs1_pack_adds_its_mg_and_refuses_the_same_serial(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot = pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001"))
    assert balance(pharmacy, clinic, lot) == Decimal(50000)
    with pytest.raises(ServiceError, match="received before"):
        pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001", batch="OTHER"))
    assert pharmacy.substance_balance(clinic.pharm, DAM) == Decimal(50000)
    received = clinic.events("stock.received")
    assert len(received) == 1 and received[0]["serial"] == "S-0001"


def test_an_expired_batch_and_an_unknown_product_are_refused(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    with pytest.raises(ServiceError, match="expired on 2031-02-28"):
        pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0002", expiry="310228"))
    other_body = "0761234500002"
    unknown = Scan(f"01{other_body}{gs1_check_digit(other_body)}1733123110B1{GS}21X", "]d2")
    with pytest.raises(ServiceError, match="not in the catalogue"):
        pharmacy.receive_scan(clinic.pharm, unknown)
    with pytest.raises(ServiceError, match="not a medicine pack"):
        pharmacy.receive_scan(clinic.pharm, Scan("HAT-T-0001", "]Q1"))
    assert pharmacy.substance_balance(clinic.pharm, DAM) == 0


def test_a_german_ifa_pack_is_received_with_a_partial_count(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot = pharmacy.receive_scan(clinic.pharm, ifa_scan("IFA-SER-9"), units=3)
    assert balance(pharmacy, clinic, lot) == Decimal(30000)
    (event,) = clinic.events("stock.received")
    assert event["source"] == "ifa" and event["expiry"] == date(2033, 11, 30).isoformat()


# -- reconstitution and doses -----------------------------------------------------------------


def test_reconstitution_needs_a_witness_and_moves_mg_into_the_solution(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot = pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001"))
    args = ([(lot, Milligrams(10000))], Millilitres(100), Millilitres(10), Grams("10.18"))
    with pytest.raises(ServiceError, match="needs a witness"):
        pharmacy.reconstitute(clinic.pharm, None, *args, timedelta(days=7))
    with pytest.raises(ServiceError, match="has not signed"):
        pharmacy.reconstitute(clinic.pharm, clinic.pharm.user, *args, timedelta(days=7))
    with pytest.raises(ServiceError, match="needs a clinic lead or nurse or pharmacist"):
        pharmacy.reconstitute(
            clinic.pharm, clinic.confirm("tech", clinic.pharm), *args, timedelta(days=7)
        )
    with pytest.raises(ServiceError, match="cannot be taken out"):
        pharmacy.reconstitute(
            clinic.pharm,
            clinic.confirm("witness", clinic.pharm),
            [(lot, Milligrams(60000))],
            Millilitres(300),
            Millilitres(10),
            Grams("10.18"),
            timedelta(days=7),
        )
    batch = pharmacy.reconstitute(
        clinic.pharm, clinic.confirm("witness", clinic.pharm), *args, timedelta(days=7)
    )
    assert balance(pharmacy, clinic, lot) == Decimal(40000)
    assert balance(pharmacy, clinic, batch) == Decimal(10000)
    assert pharmacy.substance_balance(clinic.pharm, DAM) == Decimal(50000)
    solution = pharmacy.solution_batch(clinic.nurse, batch)
    assert str(solution.concentration) == "100 mg/mL" and str(solution.density) == "1.018 g/mL"
    (event,) = clinic.events("batch.reconstituted")
    meanings = [item["meaning"] for item in event["signatures"]]  # type: ignore[index]
    assert meanings == ["prepared", "witnessed preparation"]


def give_weighed(
    clinic: Clinic, visit: Visit, batch: str, measured: str, **administered: object
) -> None:
    """Weigh the visit's syringe drawn from ``batch`` at ``measured`` g, label it, give it."""
    result = clinic.counter.accept_weighing(clinic.nurse, visit, batch, Grams(measured), b"S S")
    assert result.accepted, result.explanation
    clinic.counter.record_label(clinic.nurse, visit, printed=True)
    clinic.counter.administer(clinic.nurse, visit, **administered)  # type: ignore[arg-type]


def test_every_dose_deducts_the_mg_of_its_weighed_mass_from_its_batch(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    _, batch = stocked(clinic, pharmacy)
    patient = clinic.patient()
    visit = clinic.decided(patient, 100)
    give_weighed(clinic, visit, batch, "1.0200")  # 100.20 mg at 100 mg/mL, 1.018 g/mL
    assert balance(pharmacy, clinic, batch) == Decimal("19899.80")
    rows = pharmacy.register(clinic.pharm, DAM, batch)
    assert rows[-1].line.movement.kind is MovementKind.DOSE
    assert rows[-1].line.change == Decimal("-100.20")
    assert rows[-1].by == clinic.nurse.user.display_name


def test_a_failed_injection_splits_the_syringe_into_given_and_failed(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    _, batch = stocked(clinic, pharmacy)
    patient = clinic.patient()
    visit = clinic.decided(patient, 100)
    give_weighed(
        clinic,
        visit,
        batch,
        "1.0180",
        outcome=AdministrationOutcome.PARTIAL,
        given_mg=mg(30),
        venous_access_failed=True,
    )
    rows = pharmacy.register(clinic.pharm, DAM, batch)
    kinds = [(row.line.movement.kind, row.line.change) for row in rows[-2:]]
    assert kinds == [
        (MovementKind.DOSE, Decimal("-30.00")),
        (MovementKind.FAILED_INJECTION, Decimal("-70.00")),
    ]
    assert balance(pharmacy, clinic, batch) == Decimal("19900.00")


# -- movements out ----------------------------------------------------------------------------


def test_waste_by_weight_and_witnessed_destruction(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot, batch = stocked(clinic, pharmacy)
    pharmacy.remove(
        clinic.pharm, MovementKind.WASTE, batch, weighed=Grams("0.5090"), reason="dropped vial"
    )
    assert balance(pharmacy, clinic, batch) == Decimal("19950.00")
    with pytest.raises(ServiceError, match="needs a witness"):
        pharmacy.remove(clinic.pharm, MovementKind.DESTRUCTION, lot, mg=mg(10000), reason="x")
    with pytest.raises(ServiceError, match="cannot be taken out"):
        pharmacy.remove(
            clinic.pharm,
            MovementKind.DESTRUCTION,
            lot,
            mg=mg(30001),
            reason="damaged",
            witness=clinic.confirm("lead", clinic.pharm),
        )
    pharmacy.remove(
        clinic.pharm,
        MovementKind.DESTRUCTION,
        lot,
        mg=mg(10000),
        reason="ampoule cracked",
        witness=clinic.confirm("lead", clinic.pharm),
    )
    assert balance(pharmacy, clinic, lot) == Decimal(20000)
    row = pharmacy.register(clinic.pharm, DAM, lot)[-1]
    assert row.witness == clinic.lead.user.display_name and row.reason == "ampoule cracked"


# -- counts -----------------------------------------------------------------------------------


def test_a_blind_count_shows_no_expected_value_until_submitted(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot, batch = stocked(clinic, pharmacy)
    sheet = pharmacy.start_count(clinic.pharm)
    assert {c.container_id for c in sheet.containers} == {lot, batch}
    assert not any("balance" in name for name in vars(sheet))
    solution = next(c for c in sheet.containers if c.container_id == batch)
    outcome = pharmacy.submit_count(
        clinic.pharm,
        sheet,
        [
            counted_ampoules(lot, 3, Milligrams(10000)),
            counted_by_weight(solution, Grams("203.6000")),  # exactly 200 mL
        ],
    )
    assert outcome.reconciliation.clean
    assert clinic.events("count.recorded")[0]["status"] == "clean"


def test_a_discrepancy_needs_a_reason_and_a_second_persons_sign_off(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot, batch = stocked(clinic, pharmacy)
    sheet = pharmacy.start_count(clinic.pharm)
    solution = next(c for c in sheet.containers if c.container_id == batch)
    outcome = pharmacy.submit_count(
        clinic.pharm,
        sheet,
        [
            counted_ampoules(lot, 3, Milligrams(10000)),
            counted_by_weight(solution, Grams("203.0910")),
        ],
    )
    (line,) = outcome.reconciliation.discrepancies
    assert line.difference == Decimal("-50.00")
    assert pharmacy.open_discrepancies(clinic.lead) == [sheet.count_id]
    with pytest.raises(ServiceError, match="cannot sign off their own"):
        pharmacy.sign_discrepancy(clinic.pharm, sheet.count_id, "spill")
    with pytest.raises(PermissionDenied):
        pharmacy.sign_discrepancy(clinic.nurse, sheet.count_id, "spill")
    with pytest.raises(ServiceError, match="reason"):
        pharmacy.sign_discrepancy(clinic.lead, sheet.count_id, " ")
    pharmacy.sign_discrepancy(clinic.lead, sheet.count_id, "spill during drawing up, unrecorded")
    assert balance(pharmacy, clinic, batch) == Decimal("19950.00")
    assert pharmacy.open_discrepancies(clinic.lead) == []
    row = pharmacy.register(clinic.pharm, DAM)[-1]
    assert row.line.movement.kind is MovementKind.COUNT_ADJUSTMENT
    assert row.reason == "spill during drawing up, unrecorded"


# -- corrections, register, exports -----------------------------------------------------------


def test_corrections_are_dated_notes_and_the_exports_show_them(
    clinic: Clinic, pharmacy: PharmacyService, tmp_path: Path
) -> None:
    _, batch = stocked(clinic, pharmacy)
    waste = pharmacy.remove(clinic.pharm, MovementKind.WASTE, batch, mg=mg(10), reason="drop")
    clinic.clock.advance(hours=2)
    pharmacy.correct(clinic.pharm, waste, "was 5 mg, not 10", container_id=batch, change=Decimal(5))
    pharmacy.correct(clinic.pharm, waste, "witness present: none")
    with pytest.raises(ServiceError, match="not in the register"):
        pharmacy.correct(clinic.pharm, "no-such-entry", "x")
    rows = pharmacy.register(clinic.pharm, DAM)
    by_id = {row.line.movement.movement_id: row for row in rows}
    notes = by_id[waste].line.notes
    assert [note.text for note in notes] == ["was 5 mg, not 10", "witness present: none"]
    assert notes[0].at == clinic.clock.now
    assert [row.line.balance for row in rows] == [
        Decimal(50000),
        Decimal(50000),
        Decimal(49990),
        Decimal(49995),
        Decimal(49995),
    ]
    assert pharmacy.substance_balance(clinic.pharm, DAM) == Decimal(49995)
    assert pharmacy.series(clinic.pharm, DAM)[-1][1] == Decimal(49995)
    target = tmp_path / "register.csv"
    assert pharmacy.export_csv(clinic.pharm, DAM, target) == 5
    table = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [row["balance_mg"] for row in table] == [
        "50000.00",
        "50000.00",
        "49990.00",
        "49995.00",
        "49995.00",
    ]
    assert "was 5 mg, not 10" in table[2]["notes"] and "08:00" in table[2]["time"]
    pdf = tmp_path / "register.pdf"
    assert pharmacy.export_pdf(clinic.pharm, DAM, pdf) == 5
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = b"".join(
        zlib.decompress(stream)
        for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S)
        if stream[:1] == b"x"
    )
    assert b"was 5 mg, not 10" in pages and b"49995.00" in pages and b"drop" in pages


def test_rebuilding_the_projections_gives_the_same_ledger(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    _, batch = stocked(clinic, pharmacy)
    pharmacy.remove(clinic.pharm, MovementKind.WASTE, batch, mg=mg(10), reason="drop")
    clinic.give(clinic.patient(), 100)
    before = [
        (r.line.movement.movement_id, r.line.balance, r.reason)
        for r in pharmacy.register(clinic.pharm, DAM)
    ]
    clinic.store.rebuild_projections(clinic.admin)
    after = [
        (r.line.movement.movement_id, r.line.balance, r.reason)
        for r in pharmacy.register(clinic.pharm, DAM)
    ]
    assert after == before


# -- roles ------------------------------------------------------------------------------------


def test_a_nurse_cannot_move_stock_and_a_technician_cannot_read_the_register(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot, batch = stocked(clinic, pharmacy)
    for session in (clinic.nurse, clinic.tech):
        with pytest.raises(PermissionDenied):
            pharmacy.receive_scan(session, gs1_scan("S-0009"))
        with pytest.raises(PermissionDenied):
            pharmacy.remove(session, MovementKind.WASTE, batch, mg=mg(1), reason="x")
        with pytest.raises(PermissionDenied):
            pharmacy.reconstitute(
                session,
                clinic.confirm("lead", clinic.pharm),
                [(lot, mg(1000))],
                Millilitres(10),
                Millilitres(1),
                Grams("1.018"),
                timedelta(days=1),
            )
        with pytest.raises(PermissionDenied):
            pharmacy.start_count(session)
        with pytest.raises(PermissionDenied):
            pharmacy.register(session, DAM)
        with pytest.raises(PermissionDenied):
            pharmacy.correct(session, lot, "x")
    assert pharmacy.substance_balance(clinic.pharm, DAM) == Decimal(50000)


def test_another_stations_dose_leaves_this_ledger_alone(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    _, batch = stocked(clinic, pharmacy)
    foreign = {
        "dose_id": "d-elsewhere",
        "patient_id": "p-elsewhere",
        "drug": "diacetylmorphine_iv",
        "mg": "100",
        "outcome": "full",
        "given_at": clinic.clock.now.isoformat(),
        "session": "2031-03-04/morning",
        "station_id": "st-test-elsewhere",
        "weighing": {"batch_id": batch, "measured_g": "1.0180"},
    }
    clinic.store.record(clinic.admin, "dose.administered", foreign)
    assert pharmacy.substance_balance(clinic.pharm, DAM) == Decimal(50000)
    assert balance(pharmacy, clinic, batch) == Decimal(20000)


# -- unusable batches at the counter ----------------------------------------------------------


def test_a_dose_from_an_expired_batch_is_refused_before_anything_is_written(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    lot = pharmacy.receive_scan(clinic.pharm, gs1_scan("S-0001"))
    batch = pharmacy.reconstitute(
        clinic.pharm,
        clinic.confirm("witness", clinic.pharm),
        [(lot, Milligrams(20000))],
        Millilitres(200),
        Millilitres(10),
        Grams("10.1800"),
        timedelta(hours=1),
    )
    visit = clinic.decided(clinic.patient(), 100)
    clinic.counter.accept_weighing(clinic.nurse, visit, batch, Grams("1.0180"), b"S S")
    clinic.counter.record_label(clinic.nurse, visit, printed=True)
    clinic.clock.advance(hours=2)
    visit = clinic.decided(clinic.patient(), 100)
    head = clinic.head()
    with pytest.raises(ServiceError, match=rf"Solution batch {batch} expired at .*may not be used"):
        clinic.counter.accept_weighing(clinic.nurse, visit, batch, Grams("1.0180"), b"S S")
    assert clinic.head() == head
    assert clinic.head() == head
    assert "dose.administered" not in clinic.types()
    assert balance(pharmacy, clinic, batch) == Decimal(20000)
    assert not any(row.forced for row in pharmacy.register(clinic.pharm, DAM))


def test_a_dose_that_would_overdraw_its_batch_is_refused_and_the_rest_can_be_given(
    clinic: Clinic, pharmacy: PharmacyService
) -> None:
    _, batch = stocked(clinic, pharmacy)
    pharmacy.remove(
        clinic.pharm, MovementKind.WASTE, batch, mg=mg("19900.10"), reason="spilled (test)"
    )
    patient = clinic.patient()
    visit = clinic.decided(patient, 100)
    clinic.counter.accept_weighing(clinic.nurse, visit, batch, Grams("1.0200"), b"S S")
    clinic.counter.record_label(clinic.nurse, visit, printed=True)  # 100.20 mg > 99.90 mg left
    head = clinic.head()
    with pytest.raises(
        ServiceError, match=rf"Solution batch {batch} holds only 99.90 mg.*100.20 mg.*overdrawn"
    ):
        clinic.counter.administer(clinic.nurse, visit)
    assert clinic.head() == head
    assert balance(pharmacy, clinic, batch) == Decimal("99.90")
    visit = clinic.decided(patient, 99)
    give_weighed(clinic, visit, batch, "1.0080")  # 99.02 mg: fits
    assert balance(pharmacy, clinic, batch) == Decimal("0.88")
    assert not any(row.forced for row in pharmacy.register(clinic.pharm, DAM))
