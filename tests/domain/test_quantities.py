"""Quantities: refusing bad numbers, converting mg ⇄ mL ⇄ g, rounding and tolerance checks."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain import (
    Concentration,
    Density,
    Grams,
    Milligrams,
    Millilitres,
    QuantityError,
    Tolerance,
    check_tolerance,
    dose_in_mass,
    dose_in_volume,
    mass_for_dose,
    mass_of_volume,
    volume_for_dose,
    volume_of_mass,
)
from station.domain.quantities import round_trip_bound_mg

SETTINGS = settings(max_examples=200, deadline=None)

doses = st.decimals(min_value=0, max_value=2000, places=2).map(Milligrams)
fine_doses = st.decimals(min_value=0, max_value=2000, places=6).map(Milligrams)
volumes = st.decimals(min_value=0, max_value=50, places=4).map(Millilitres)
masses = st.decimals(min_value=0, max_value=60, places=4).map(Grams)
concentrations = st.decimals(min_value=1, max_value=250, places=2).map(Concentration)
densities = st.decimals(min_value="0.9000", max_value="1.3000", places=4).map(Density)


@pytest.mark.parametrize("bad", [1.5, float("nan"), True])
def test_floats_and_booleans_are_refused(bad: object) -> None:
    with pytest.raises(QuantityError):
        Milligrams(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity", "sNaN", "-1", "abc", ""])
def test_not_a_usable_number_is_refused(bad: str) -> None:
    with pytest.raises(QuantityError):
        Milligrams(bad)


def test_zero_concentration_and_density_are_refused() -> None:
    with pytest.raises(QuantityError):
        Concentration(0)
    with pytest.raises(QuantityError):
        Density("0")
    assert not Milligrams(0)


def test_error_messages_carry_no_value() -> None:
    with pytest.raises(QuantityError) as caught:
        Milligrams("-12345")
    assert "12345" not in str(caught.value)


def test_units_do_not_mix() -> None:
    with pytest.raises(TypeError):
        Milligrams(1) + Grams(1)  # type: ignore[operator]
    with pytest.raises(TypeError):
        assert Milligrams(1) < Grams(2)  # type: ignore[operator]
    assert Milligrams(1) != Grams(1)  # type: ignore[comparison-overlap]
    assert Milligrams("1.0") == Milligrams(1)


def test_arithmetic_and_caps() -> None:
    assert Milligrams(100) + Milligrams("0.5") == Milligrams("100.5")
    assert Milligrams(400).remaining_after(Milligrams(450)) == Milligrams(0)
    with pytest.raises(QuantityError):
        Milligrams(1) - Milligrams(2)
    assert Milligrams("33.333").floored() == Milligrams("33.33")
    assert Milligrams(90).percent(50) == Milligrams(45)
    assert Milligrams("0.125").rounded() == Milligrams("0.12")  # half-even
    assert Milligrams("0.135").rounded() == Milligrams("0.14")


def test_people_read_amounts_without_trailing_zeros() -> None:
    assert str(Milligrams("15.00")) == "15 mg"
    assert str(Millilitres("1.5000")) == "1.5 mL"
    assert str(Concentration(100)) == "100 mg/mL"
    assert str(Grams("1.83604")) == "1.836 g"


def test_conversions_from_the_visit_steps() -> None:
    concentration, density = Concentration(100), Density("1.02")
    assert volume_for_dose(Milligrams(150), concentration) == Millilitres("1.5")
    assert dose_in_volume(Millilitres("1.5"), concentration) == Milligrams(150)
    assert mass_of_volume(Millilitres("1.5"), density) == Grams("1.53")
    assert volume_of_mass(Grams("1.53"), density) == Millilitres("1.5")
    assert mass_for_dose(Milligrams(150), concentration, density) == Grams("1.53")
    assert dose_in_mass(Grams("1.5312"), concentration, density) == Milligrams("150.12")
    # One third of a mL is rounded once, to 0.0001 mL.
    assert volume_for_dose(Milligrams(100), Concentration(300)) == Millilitres("0.3333")


def test_the_callers_decimal_context_changes_nothing() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        assert mass_for_dose(Milligrams(150), Concentration(100), Density("1.0234")) == Grams(
            "1.5351"
        )


def test_tolerance_explains_itself() -> None:
    tolerance = Tolerance(Decimal(2), Grams("0.005"))
    inside = check_tolerance(Grams("1.5300"), Grams("1.5500"), tolerance)
    assert inside.within
    assert inside.allowed == Grams("0.0306")
    assert inside.explanation == (
        "Measured 1.55 g is 0.02 g (1.31 %) above the target 1.53 g; allowed ±2 % or ±0.005 g, "
        "whichever is wider (±0.0306 g): within tolerance."
    )
    outside = check_tolerance(Grams("1.5300"), Grams("1.4900"), tolerance)
    assert not outside.within
    assert outside.deviation == Decimal("-0.04")
    assert outside.explanation.endswith("outside tolerance.")
    # A tiny dose is held to the absolute floor, not to 2 % of almost nothing.
    tiny = check_tolerance(Grams("0.1000"), Grams("0.1040"), tolerance)
    assert tiny.within and tiny.allowed == Grams("0.005")


def test_absolute_only_and_invalid_tolerances() -> None:
    exact = check_tolerance(Milligrams(10), Milligrams(10), Tolerance(absolute=Milligrams(1)))
    assert exact.within and exact.explanation.startswith("Measured 10 mg is exactly the target")
    with pytest.raises(QuantityError):
        Tolerance[Grams]()
    with pytest.raises(QuantityError):
        Tolerance[Grams](Decimal(101))


@SETTINGS
@given(fine_doses, concentrations)
def test_mg_to_ml_and_back_is_within_the_stated_bound(
    dose: Milligrams, concentration: Concentration
) -> None:
    back = dose_in_volume(volume_for_dose(dose, concentration), concentration)
    assert abs(back.value - dose.value) <= round_trip_bound_mg(concentration)


@SETTINGS
@given(volumes, densities)
def test_ml_to_g_and_back_is_within_half_a_step_each_way(
    volume: Millilitres, density: Density
) -> None:
    back = volume_of_mass(mass_of_volume(volume, density), density)
    bound = Grams.resolution / 2 / density.value + Millilitres.resolution / 2
    assert abs(back.value - volume.value) <= bound


@SETTINGS
@given(masses, concentrations, densities)
def test_g_to_mg_and_back_is_within_half_a_step_each_way(
    mass: Grams, concentration: Concentration, density: Density
) -> None:
    back = mass_for_dose(dose_in_mass(mass, concentration, density), concentration, density)
    bound = Milligrams.resolution / 2 / concentration.value * density.value
    assert abs(back.value - mass.value) <= bound + Grams.resolution / 2


@SETTINGS
@given(doses, doses, concentrations, densities)
def test_conversions_keep_order_and_resolution(
    first: Milligrams, second: Milligrams, concentration: Concentration, density: Density
) -> None:
    low, high = sorted((first, second))
    assert mass_for_dose(low, concentration, density) <= mass_for_dose(high, concentration, density)
    target = mass_for_dose(high, concentration, density)
    assert target.value.as_tuple().exponent == Grams.resolution.as_tuple().exponent
    assert volume_for_dose(high, concentration) >= Millilitres(0)


@SETTINGS
@given(masses, masses, st.decimals(min_value=0, max_value=100, places=2))
def test_tolerance_is_symmetric_and_consistent(
    target: Grams, measured: Grams, percent: Decimal
) -> None:
    tolerance = Tolerance(percent, Grams("0.005"))
    result = check_tolerance(target, measured, tolerance)
    assert result.within == (abs(measured.value - target.value) <= result.allowed.value)
    mirrored = Grams(max(Decimal(0), 2 * target.value - measured.value))
    if mirrored.value == 2 * target.value - measured.value:
        assert check_tolerance(target, mirrored, tolerance).within == result.within
