"""A scale whose reference-weight check is overdue (or failed, or missing): the counter can say
so, and when the clinic's setting says so no weighing is accepted, whatever the caller passes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from station.domain.quantities import Grams
from station.services.errors import PermissionDenied, ServiceError
from station.services.preparation import expected_mass
from station.services.settings import SettingsService
from station.services.technician import CalibrationStatus, TechnicianService

from .conftest import Clinic, mg

SERIAL = "B021002593"


def _weigh(clinic: Clinic, **options: object) -> bool:
    visit = clinic.decided(clinic.patient(), 100)
    batch = clinic.batch()
    target = expected_mass(mg(100), batch)
    result = clinic.counter.accept_weighing(
        clinic.nurse,
        visit,
        batch.lot,
        Grams(target.value),
        b"S S",
        **options,  # type: ignore[arg-type]
    )
    return result.accepted


def _check(clinic: Clinic, measured: str = "100.00") -> None:
    TechnicianService(clinic.store, clock=clinic.clock).record_calibration(
        clinic.tech, SERIAL, Grams("100.00"), Grams(measured), Grams("0.05")
    )


def test_by_default_an_overdue_scale_is_a_warning_and_the_weighing_is_accepted(
    clinic: Clinic,
) -> None:
    _check(clinic)
    clinic.clock.advance(days=2)
    state = clinic.counter.scale_check_state(clinic.nurse)
    assert state.status is CalibrationStatus.OVERDUE and state.last is not None
    assert state.last.device_serial == SERIAL
    assert not clinic.counter.blocks_unchecked_scale(clinic.nurse)
    assert _weigh(clinic)


@pytest.mark.parametrize("case", ["overdue", "failed", "never checked"])
def test_when_the_clinic_says_so_no_weighing_is_accepted_on_an_unchecked_scale(
    clinic: Clinic, case: str
) -> None:
    settings = SettingsService(clinic.store)
    with pytest.raises(PermissionDenied):  # the clinic's decision, not the technician's
        settings.change(clinic.tech, "block_when_scale_check_overdue", "on")
    settings.change(clinic.lead, "block_when_scale_check_overdue", "on")
    if case == "overdue":
        _check(clinic)
        clinic.clock.advance(days=1, minutes=1)
    elif case == "failed":
        _check(clinic, measured="100.20")
    with pytest.raises(ServiceError) as refused:
        _weigh(clinic)
    assert refused.value.code == "counter.scale_check_overdue"
    assert clinic.events("weighing.accepted") == []


def test_a_passed_check_lets_the_blocking_clinic_weigh_again(clinic: Clinic) -> None:
    SettingsService(clinic.store).change(clinic.lead, "block_when_scale_check_overdue", "on")
    _check(clinic)
    clinic.clock.advance(days=2)
    with pytest.raises(ServiceError, match="overdue"):
        _weigh(clinic)
    _check(clinic)
    assert _weigh(clinic)
    assert _weigh(clinic, scale_serial=SERIAL)
    with pytest.raises(ServiceError) as other:  # a scale the counter names, never checked
        _weigh(clinic, scale_serial="OTHER-SCALE")
    assert other.value.code == "counter.scale_check_overdue"
    assert Decimal(str(clinic.events("weighing.accepted")[0]["measured_g"])) > 0
