"""The counter's view of the pharmacy: the solution batches a nurse may draw from right now."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from station.demo.profile import create_demo_profile, demo_password, ensure_demo_solution_batch
from station.domain.ledger import MovementKind
from station.domain.quantities import Grams, Milligrams, Millilitres
from station.services.errors import PermissionDenied
from station.services.pharmacy import PharmacyService, Product
from station.store.crypto import TEST_KDF

from .conftest import Clinic
from .test_pharmacy import DAM, GTIN, gs1_scan


def reconstituted(clinic: Clinic, pharmacy: PharmacyService, serial: str, days: int) -> str:
    lot = pharmacy.receive_scan(clinic.pharm, gs1_scan(serial))
    return pharmacy.reconstitute(
        clinic.pharm,
        clinic.confirm("witness", clinic.pharm),
        [(lot, Milligrams(10000))],
        Millilitres(100),
        Millilitres(10),
        Grams("10.18"),
        timedelta(days=days),
    )


def test_nurses_see_usable_batches_soonest_expiry_first_and_nothing_expired_or_used_up(
    clinic: Clinic,
) -> None:
    pharmacy = PharmacyService(clinic.store, clock=clinic.clock)
    pharmacy.define_product(
        clinic.pharm, Product(GTIN, DAM, "Fictional pack", Milligrams(10000), 5)
    )
    assert pharmacy.active_solution_batches(clinic.nurse) == []
    week = reconstituted(clinic, pharmacy, "S-1", days=7)
    two_days = reconstituted(clinic, pharmacy, "S-2", days=2)
    emptied = reconstituted(clinic, pharmacy, "S-3", days=7)
    pharmacy.remove(
        clinic.pharm, MovementKind.WASTE, emptied, mg=Milligrams(10000), reason="spilled"
    )

    batches = pharmacy.active_solution_batches(clinic.nurse)
    assert [batch.lot for batch in batches] == [two_days, week]
    first = batches[0]
    assert str(first.concentration) == "100 mg/mL" and str(first.density) == "1.018 g/mL"
    assert first.expires_at == clinic.clock() + timedelta(days=2)
    assert pharmacy.active_solution_batches(clinic.lead) == batches

    clinic.clock.advance(days=3)
    assert [batch.lot for batch in pharmacy.active_solution_batches(clinic.nurse)] == [week]
    clinic.clock.advance(days=5)
    assert pharmacy.active_solution_batches(clinic.nurse) == []


def test_a_technician_does_not_read_the_batches(clinic: Clinic) -> None:
    with pytest.raises(PermissionDenied):
        PharmacyService(clinic.store, clock=clinic.clock).active_solution_batches(clinic.tech)


def test_the_demo_profile_reconstitutes_a_real_batch_through_the_pharmacy_once(
    tmp_path: Path,
) -> None:
    store = create_demo_profile(tmp_path / "demo", 2, kdf=TEST_KDF)
    try:
        first = ensure_demo_solution_batch(store)
        assert first is not None
        assert ensure_demo_solution_batch(store) is None  # still usable: nothing new
        nurse = store.unlock("nurse", demo_password("nurse"))
        pharmacy = PharmacyService(store)
        [batch] = pharmacy.active_solution_batches(nurse)
        assert batch.lot == first and str(batch.concentration) == "100 mg/mL"
        later = PharmacyService(store, clock=lambda: batch.expires_at + timedelta(minutes=1))
        assert later.active_solution_batches(nurse) == []
        pharmacist = store.unlock("pharmacist", demo_password("pharmacist"))
        assert pharmacy.substance_balance(pharmacist, "diacetylmorphine") == 50000
    finally:
        store.close()
