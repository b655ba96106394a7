"""Doses, volumes, masses, concentrations and densities as exact decimals with units.

Rounding rules (stated once, used everywhere):

* Values are ``Decimal``; floats, NaN, infinities and negative numbers are refused.
* Arithmetic runs in a private decimal context (28 significant digits, half-even), so the
  caller's global decimal context never changes a result.
* Each conversion rounds **once**, at the end, to the resolution of the unit it returns
  (half-even): mg to 0.01 mg, mL to 0.0001 mL, g to 0.0001 g (an analytical balance's
  0.1 mg), mg/mL to 0.01 mg/mL, g/mL to 0.0001 g/mL. ``dose_in_mass`` and
  ``mass_for_dose`` go through both factors without rounding in between.
* Limits computed from percentages (caps) are rounded *down* with ``floored()`` so a cap
  is never exceeded by rounding.
* A round trip mg → mL → mg is exact to within half a mL step times the concentration
  plus half a mg step (see ``round_trip_bound_mg``); likewise for mL → g → mL.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import (
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from enum import StrEnum
from typing import ClassVar, Generic, Self, TypeVar

from station.domain.errors import QuantityError

__all__ = [
    "Concentration",
    "Density",
    "Grams",
    "Milligrams",
    "Millilitres",
    "Tolerance",
    "ToleranceCheck",
    "Unit",
    "check_tolerance",
    "dose_in_mass",
    "dose_in_volume",
    "mass_for_dose",
    "mass_of_volume",
    "round_trip_bound_mg",
    "to_decimal",
    "volume_for_dose",
    "volume_of_mass",
]

DECIMAL_CONTEXT = Context(
    prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)
_HUNDRED = Decimal(100)

DecimalLike = Decimal | int | str


def to_decimal(value: DecimalLike, what: str = "value") -> Decimal:
    """Return ``value`` as a finite Decimal; refuse floats, booleans, NaN and infinities."""
    if type(value) is Decimal:  # immutable: the same value, without a copy
        number = value
    elif isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise QuantityError(f"{what} must be a Decimal, int or numeric string, not a float")
    else:
        try:
            number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
        except InvalidOperation:
            raise QuantityError(f"{what} is not a number") from None
    if not number.is_finite():
        raise QuantityError(f"{what} must be a finite number")
    return number


def _plain_finite(value: DecimalLike) -> Decimal | None:
    """``to_decimal(value)`` for a Decimal or a numeric string that is finite; else None."""
    if type(value) is Decimal:
        number = value
    elif type(value) is str:
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


class Unit(StrEnum):
    """The units the station works in."""

    MG = "mg"
    G = "g"
    ML = "mL"
    MG_PER_ML = "mg/mL"
    G_PER_ML = "g/mL"


@dataclass(frozen=True)
class _Quantity:
    """A non-negative exact amount in one unit; subclasses fix the unit."""

    value: Decimal
    unit: ClassVar[Unit]
    resolution: ClassVar[Decimal]
    must_be_positive: ClassVar[bool] = False

    def __init__(self, value: DecimalLike) -> None:
        number = _plain_finite(value)
        if number is None:  # not the plain case: to_decimal converts it, or says what is wrong
            number = to_decimal(value, f"a quantity in {self.unit}")
        if number < 0 or (self.must_be_positive and number == 0):
            sign = "positive" if self.must_be_positive else "zero or more"
            raise QuantityError(f"a quantity in {self.unit} must be {sign}")
        object.__setattr__(self, "value", number.copy_abs() if number.is_zero() else number)

    @classmethod
    def zero(cls) -> Self:
        """Return the zero amount in this unit."""
        return cls(0)

    def _same(self, other: object) -> Self:
        if type(other) is not type(self):
            raise TypeError(f"cannot combine {self.unit} with {type(other).__name__}")
        return other

    def __add__(self, other: Self) -> Self:
        return type(self)(DECIMAL_CONTEXT.add(self.value, self._same(other).value))

    def __sub__(self, other: Self) -> Self:
        """Subtract; a negative result raises ``QuantityError`` (use ``remaining_after``)."""
        return type(self)(DECIMAL_CONTEXT.subtract(self.value, self._same(other).value))

    def remaining_after(self, used: Self) -> Self:
        """Return what is left of this limit after ``used``; never below zero."""
        return type(self)(
            max(Decimal(0), DECIMAL_CONTEXT.subtract(self.value, self._same(used).value))
        )

    def scaled(self, factor: DecimalLike) -> Self:
        """Return this amount times a non-negative factor, unrounded."""
        return type(self)(DECIMAL_CONTEXT.multiply(self.value, to_decimal(factor, "a factor")))

    def percent(self, percent: DecimalLike) -> Self:
        """Return ``percent`` % of this amount, unrounded."""
        share = DECIMAL_CONTEXT.divide(to_decimal(percent, "a percentage"), _HUNDRED)
        return self.scaled(share)

    def rounded(self) -> Self:
        """Return the amount rounded half-even to the unit's resolution."""
        return type(self)(self.value.quantize(self.resolution, ROUND_HALF_EVEN, DECIMAL_CONTEXT))

    def floored(self) -> Self:
        """Return the amount rounded down to the unit's resolution (for caps)."""
        return type(self)(self.value.quantize(self.resolution, ROUND_FLOOR, DECIMAL_CONTEXT))

    def __lt__(self, other: Self) -> bool:
        return self.value < self._same(other).value

    def __le__(self, other: Self) -> bool:
        return self.value <= self._same(other).value

    def __gt__(self, other: Self) -> bool:
        return self.value > self._same(other).value

    def __ge__(self, other: Self) -> bool:
        return self.value >= self._same(other).value

    def __bool__(self) -> bool:
        return self.value != 0

    def __str__(self) -> str:
        """Show the amount for people: rounded to the unit's resolution, no trailing zeros."""
        shown = self.rounded().value.normalize(DECIMAL_CONTEXT)
        return f"{shown:f} {self.unit}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}('{self.value}')"


class Milligrams(_Quantity):
    """A mass of drug in mg: doses, caps and daily totals."""

    unit = Unit.MG
    resolution = Decimal("0.01")


class Grams(_Quantity):
    """A weighed mass in g: what the scale reads for a filled syringe."""

    unit = Unit.G
    resolution = Decimal("0.0001")


class Millilitres(_Quantity):
    """A volume of solution in mL."""

    unit = Unit.ML
    resolution = Decimal("0.0001")


class Concentration(_Quantity):
    """Drug per volume of a solution batch, in mg/mL (always positive)."""

    unit = Unit.MG_PER_ML
    resolution = Decimal("0.01")
    must_be_positive = True


class Density(_Quantity):
    """Mass per volume of a solution batch, in g/mL (always positive)."""

    unit = Unit.G_PER_ML
    resolution = Decimal("0.0001")
    must_be_positive = True


def volume_for_dose(dose: Milligrams, concentration: Concentration) -> Millilitres:
    """Return the volume holding ``dose``: mL = mg ÷ mg/mL."""
    return Millilitres(DECIMAL_CONTEXT.divide(dose.value, concentration.value)).rounded()


def dose_in_volume(volume: Millilitres, concentration: Concentration) -> Milligrams:
    """Return the drug in ``volume``: mg = mL × mg/mL."""
    return Milligrams(DECIMAL_CONTEXT.multiply(volume.value, concentration.value)).rounded()


def mass_of_volume(volume: Millilitres, density: Density) -> Grams:
    """Return the weight of ``volume``: g = mL × g/mL."""
    return Grams(DECIMAL_CONTEXT.multiply(volume.value, density.value)).rounded()


def volume_of_mass(mass: Grams, density: Density) -> Millilitres:
    """Return the volume that weighs ``mass``: mL = g ÷ g/mL."""
    return Millilitres(DECIMAL_CONTEXT.divide(mass.value, density.value)).rounded()


def mass_for_dose(dose: Milligrams, concentration: Concentration, density: Density) -> Grams:
    """Return the target weight for a dose: g = mg ÷ mg/mL × g/mL, rounded once."""
    volume = DECIMAL_CONTEXT.divide(dose.value, concentration.value)
    return Grams(DECIMAL_CONTEXT.multiply(volume, density.value)).rounded()


def dose_in_mass(mass: Grams, concentration: Concentration, density: Density) -> Milligrams:
    """Return the dose actually prepared from a weighed mass: mg = g ÷ g/mL × mg/mL."""
    volume = DECIMAL_CONTEXT.divide(mass.value, density.value)
    return Milligrams(DECIMAL_CONTEXT.multiply(volume, concentration.value)).rounded()


def round_trip_bound_mg(concentration: Concentration) -> Decimal:
    """Return the largest error of mg → mL → mg at this concentration (in mg)."""
    half_ml_step = Millilitres.resolution / 2
    return half_ml_step * concentration.value + Milligrams.resolution / 2


Q = TypeVar("Q", bound=_Quantity)


@dataclass(frozen=True)
class Tolerance(Generic[Q]):
    """How far a measurement may stray from its target.

    Either band may be given; when both are, the *wider* one applies, so that a small dose
    is never held to less than the absolute floor (which covers the scale's resolution).
    """

    relative_percent: Decimal | None = None
    absolute: Q | None = None

    def __post_init__(self) -> None:
        if self.relative_percent is None and self.absolute is None:
            raise QuantityError("a tolerance needs a relative or an absolute band")
        if self.relative_percent is not None:
            percent = to_decimal(self.relative_percent, "a tolerance percentage")
            if not Decimal(0) <= percent <= _HUNDRED:
                raise QuantityError("a tolerance percentage must be between 0 and 100")
            object.__setattr__(self, "relative_percent", percent)

    def allowed_deviation(self, target: Q) -> Q:
        """Return the largest deviation from ``target`` that is still accepted."""
        bands: list[Q] = []
        if self.relative_percent is not None:
            bands.append(target.percent(self.relative_percent))
        if self.absolute is not None:
            bands.append(target._same(self.absolute))
        return max(bands)

    def describe(self) -> str:
        """Say the tolerance in words, e.g. '±2 % or ±0.005 g, whichever is wider'."""
        parts = []
        if self.relative_percent is not None:
            parts.append(f"±{self.relative_percent.normalize(DECIMAL_CONTEXT):f} %")
        if self.absolute is not None:
            parts.append(f"±{self.absolute}")
        return " or ".join(parts) + (", whichever is wider" if len(parts) == 2 else "")


@dataclass(frozen=True)
class ToleranceCheck(Generic[Q]):
    """The answer to 'is this measurement close enough?', with its explanation."""

    within: bool
    target: Q
    measured: Q
    deviation: Decimal
    """Signed measured − target, in the target's unit (not rounded)."""
    deviation_percent: Decimal | None
    """Signed deviation as a percentage of the target (None when the target is zero)."""
    allowed: Q
    explanation: str


def check_tolerance(target: Q, measured: Q, tolerance: Tolerance[Q]) -> ToleranceCheck[Q]:
    """Compare ``measured`` with ``target`` and explain the result in one sentence."""
    target._same(measured)
    deviation = DECIMAL_CONTEXT.subtract(measured.value, target.value)
    percent = (
        None
        if target.value == 0
        else DECIMAL_CONTEXT.divide(DECIMAL_CONTEXT.multiply(deviation, _HUNDRED), target.value)
    )
    allowed = tolerance.allowed_deviation(target)
    within = deviation.copy_abs() <= allowed.value
    size = type(target)(deviation.copy_abs())
    if deviation == 0:
        where = f"Measured {measured} is exactly the target"
    else:
        direction = "above" if deviation > 0 else "below"
        share = ""
        if percent is not None:
            shown = percent.copy_abs().quantize(Decimal("0.01"), context=DECIMAL_CONTEXT)
            share = f" ({shown} %)"
        where = f"Measured {measured} is {size}{share} {direction} the target {target}"
    verdict = "within tolerance" if within else "outside tolerance"
    explanation = f"{where}; allowed {tolerance.describe()} (±{allowed}): {verdict}."
    return ToleranceCheck(within, target, measured, deviation, percent, allowed, explanation)
