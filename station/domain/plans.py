"""Dose plans: a titration that rises to a ceiling, or a taper that falls to a floor, by day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from station.domain.errors import DomainError
from station.domain.quantities import DECIMAL_CONTEXT, Milligrams, to_decimal
from station.domain.settings import TitrationRules

__all__ = ["PLAN_PROBLEMS", "DosePlan", "PlanError", "PlanKind", "validate_plan"]

_HUNDRED = Decimal(100)
_STEP = Decimal("0.01")
_MAX_TAPER_STEPS = 10_000
"""A taper reaches its floor long before this many steps (each step takes at least 0.01 mg)."""


class PlanError(DomainError):
    """A dose plan that cannot be written, or that breaks its order's or the clinic's caps."""


class PlanKind(StrEnum):
    """Which way a plan moves the daily amount."""

    TITRATION = "titration"
    """Rises by ``step_mg`` every ``every_days`` days, up to ``target_mg`` (a ceiling)."""
    TAPER = "taper"
    """Falls by ``step_percent`` every ``every_days`` days, down to ``target_mg`` (a floor)."""


PLAN_PROBLEMS: dict[str, str] = {
    "start_above_order_maximum": "the plan's first day is above the order's daily maximum",
    "target_above_order_maximum": "the plan's ceiling is above the order's daily maximum",
    "rise_above_titration_rule": "a step of the plan rises more than the clinic's titration rule",
}
"""What :meth:`DosePlan.check_against` may find, by code."""


def _floor(value: Decimal) -> Milligrams:
    return Milligrams(value.quantize(_STEP, ROUND_FLOOR, DECIMAL_CONTEXT))


@dataclass(frozen=True)
class DosePlan:
    """How a patient's daily amount moves from ``start_on``: the cap of each clinic day.

    Every day's cap is rounded down to 0.01 mg. Before ``start_on`` the plan sets no cap.
    """

    kind: PlanKind
    start_on: date
    start_mg: Milligrams
    """The daily amount on the first day."""
    step_mg: Milligrams | None
    """Titration: the rise per step."""
    step_percent: Decimal | None
    """Taper: the fall per step, as a percentage of the step before."""
    every_days: int
    """Days between two steps (1: every day, 7: every week)."""
    target_mg: Milligrams
    """Titration: the ceiling; taper: the floor (0 mg: the plan ends in a stop)."""

    def __post_init__(self) -> None:
        for name in ("start_mg", "target_mg"):
            if not isinstance(getattr(self, name), Milligrams):
                raise PlanError(f"a plan's {name} must be Milligrams")
        if isinstance(self.every_days, bool) or not 1 <= self.every_days <= 365:
            raise PlanError("a plan steps every 1 to 365 days")
        if not self.start_mg:
            raise PlanError("a plan starts above 0 mg")
        amounts = (self.start_mg, self.target_mg, self.step_mg or self.start_mg)
        if any(amount != amount.floored() for amount in amounts):
            raise PlanError("a plan's amounts are given to 0.01 mg")
        if self.kind is PlanKind.TITRATION:
            self._check_titration()
        elif self.kind is PlanKind.TAPER:
            self._check_taper()
        else:  # pragma: no cover - a StrEnum has no other members
            raise PlanError("unknown plan kind")

    def _check_titration(self) -> None:
        if not isinstance(self.step_mg, Milligrams) or not self.step_mg:
            raise PlanError("a titration rises by a positive amount per step")
        if self.step_percent is not None:
            raise PlanError("a titration rises by an amount, not a percentage")
        if self.target_mg < self.start_mg:
            raise PlanError("a titration's ceiling cannot be below its first day")

    def _check_taper(self) -> None:
        if self.step_mg is not None:
            raise PlanError("a taper falls by a percentage, not an amount")
        percent = self.step_percent
        if percent is None:
            raise PlanError("a taper needs its percentage per step")
        percent = to_decimal(percent, "a taper's percentage")
        if not Decimal(0) < percent <= _HUNDRED:
            raise PlanError("a taper falls by more than 0 and at most 100 % per step")
        object.__setattr__(self, "step_percent", percent)
        if self.target_mg > self.start_mg:
            raise PlanError("a taper's floor cannot be above its first day")

    # -- the caps ------------------------------------------------------------------------------

    def _steps_by(self, day: date) -> int:
        return (day - self.start_on).days // self.every_days

    def _after(self, steps: int) -> Milligrams:
        """The cap after ``steps`` steps (0: the first day)."""
        if self.kind is PlanKind.TITRATION:
            assert self.step_mg is not None
            risen = DECIMAL_CONTEXT.add(
                self.start_mg.value, DECIMAL_CONTEXT.multiply(self.step_mg.value, Decimal(steps))
            )
            return _floor(min(risen, self.target_mg.value))
        assert self.step_percent is not None
        keep = DECIMAL_CONTEXT.divide(_HUNDRED - self.step_percent, _HUNDRED)
        amount = self.start_mg.floored()
        for _ in range(min(steps, _MAX_TAPER_STEPS)):
            if amount <= self.target_mg:
                break
            amount = _floor(DECIMAL_CONTEXT.multiply(amount.value, keep))
        return max(amount, self.target_mg.floored())

    def daily_cap_on(self, day: date) -> Milligrams | None:
        """The most that may be given on clinic day ``day`` under the plan (None before it)."""
        if day < self.start_on:
            return None
        return self._after(self._steps_by(day))

    def _last_step(self) -> int:
        """How many steps until the plan holds at its target."""
        if self.kind is PlanKind.TITRATION:
            assert self.step_mg is not None
            gap = DECIMAL_CONTEXT.subtract(self.target_mg.value, self.start_mg.value)
            whole = DECIMAL_CONTEXT.divide_int(gap, self.step_mg.value)
            return int(whole) + (0 if whole * self.step_mg.value == gap else 1)
        assert self.step_percent is not None
        keep = DECIMAL_CONTEXT.divide(_HUNDRED - self.step_percent, _HUNDRED)
        steps, amount = 0, self.start_mg.floored()
        while amount > self.target_mg and steps < _MAX_TAPER_STEPS:
            steps += 1
            amount = _floor(DECIMAL_CONTEXT.multiply(amount.value, keep))
        return steps

    def steps(self, until: date) -> list[tuple[date, Milligrams]]:
        """Each day the cap changes, with the new cap, from ``start_on`` through ``until``."""
        found: list[tuple[date, Milligrams]] = []
        last = min(self._last_step(), max(self._steps_by(until), -1))
        keep = (
            DECIMAL_CONTEXT.divide(_HUNDRED - self.step_percent, _HUNDRED)
            if self.step_percent is not None
            else None
        )
        amount = self.start_mg.floored()
        for step in range(last + 1):
            day = self.start_on + timedelta(days=step * self.every_days)
            if keep is None:
                cap = self._after(step)
            else:  # a taper: one step from the day before (as ``_after`` counts it)
                if step and amount > self.target_mg:
                    amount = _floor(DECIMAL_CONTEXT.multiply(amount.value, keep))
                cap = max(amount, self.target_mg.floored())
            if not found or found[-1][1] != cap:
                found.append((day, cap))
        return found

    def check_against(self, order_max_per_day: Milligrams, titration: TitrationRules) -> list[str]:
        """What makes the plan unacceptable under its order and the clinic (``PLAN_PROBLEMS``).

        An empty list: no day is above a cap.

        A taper's highest day is its first; a titration's is its ceiling. A titration's
        largest relative rise is its first step (the same amount on the smallest base).
        """
        problems: list[str] = []
        if self.start_mg > order_max_per_day:
            problems.append("start_above_order_maximum")
        if self.kind is PlanKind.TITRATION:
            if self.target_mg > order_max_per_day:
                problems.append("target_above_order_maximum")
            first_rise = DECIMAL_CONTEXT.subtract(self._after(1).value, self.start_mg.value)
            allowed = DECIMAL_CONTEXT.divide(
                DECIMAL_CONTEXT.multiply(self.start_mg.value, titration.max_rise_percent),
                _HUNDRED,
            )
            if first_rise > allowed:
                problems.append("rise_above_titration_rule")
        return problems


def validate_plan(plan: DosePlan, order_max_per_day: Milligrams, titration: TitrationRules) -> None:
    """Refuse (``PlanError``) a plan any day of which is above its order's or the clinic's caps."""
    problems = plan.check_against(order_max_per_day, titration)
    if problems:
        raise PlanError("; ".join(PLAN_PROBLEMS[code] for code in problems))
