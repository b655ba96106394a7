"""Observation after a dose: countdown stages, vital-sign alarms and early discharge, as rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum

from station.domain.errors import DomainError, SettingsError


class ObservationStage(Enum):
    """Where an observation's countdown stands."""

    RUNNING = "running"
    LAST_MINUTES = "last_minutes"
    DUE = "due"
    ESCALATED = "escalated"


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SettingsError(message)


@dataclass(frozen=True)
class VitalSignLimits:
    """Vital signs that call for the overdose protocol (*configurable* per clinic).

    Opioid overdose shows as slow breathing, low oxygen saturation and deep sedation; the
    defaults follow common opioid-overdose early-warning practice (respiratory rate under
    10/min, SpO2 under 92 %, a pulse under 50 or over 130, sedation score 2 or more).
    """

    breaths_per_min_below: int = 10
    spo2_percent_below: int = 92
    pulse_per_min_below: int = 50
    pulse_per_min_above: int = 130
    sedation_score_from: int = 2

    def __post_init__(self) -> None:
        _require(1 <= self.breaths_per_min_below <= 30, "breathing limit in 1–30 per minute")
        _require(50 <= self.spo2_percent_below <= 100, "SpO2 limit in 50–100 %")
        _require(
            20 <= self.pulse_per_min_below < self.pulse_per_min_above <= 250,
            "pulse limits in 20–250 per minute, the lower under the upper",
        )
        _require(1 <= self.sedation_score_from <= 3, "sedation alarm score in 1–3")


@dataclass(frozen=True)
class VitalAlarm:
    """One vital sign past its limit: a stable code and a sentence for the nurse."""

    code: str
    message: str


@dataclass(frozen=True)
class ObservationRules:
    """How the board counts down and what ends or escalates an observation."""

    last_minutes: timedelta = timedelta(minutes=3)
    """The countdown turns yellow this long before the end."""
    escalate_after: timedelta = timedelta(minutes=5)
    """Overdue this long, the card flashes red and the alarm repeats."""
    early_discharge_needs_second_person: bool = True
    """Discharging before the time is up needs a reason and a second person's signature."""
    vitals: VitalSignLimits = VitalSignLimits()

    def __post_init__(self) -> None:
        _require(self.last_minutes > timedelta(0), "the last-minutes warning must be positive")
        _require(self.escalate_after > timedelta(0), "the escalation delay must be positive")


def stage_of(remaining: timedelta, rules: ObservationRules) -> ObservationStage:
    """The stage of a countdown with ``remaining`` time left (negative once overdue)."""
    if remaining > rules.last_minutes:
        return ObservationStage.RUNNING
    if remaining > timedelta(0):
        return ObservationStage.LAST_MINUTES
    if -remaining < rules.escalate_after:
        return ObservationStage.DUE
    return ObservationStage.ESCALATED


VITAL_KEYS = ("pulse_per_min", "breaths_per_min", "spo2_percent", "sedation_score")
"""The vital signs the limits judge (blood pressure is recorded, not judged)."""


def _whole(vitals: dict[str, str], key: str) -> int | None:
    raw = vitals.get(key)
    if raw is None or str(raw).strip() == "":
        return None
    try:
        number = Decimal(str(raw).strip())
    except InvalidOperation:
        raise DomainError(f"the vital sign {key} is not a number") from None
    if not number.is_finite() or number < 0 or number != number.to_integral_value():
        raise DomainError(f"the vital sign {key} must be a whole number of zero or more")
    return int(number)


def check_vitals(vitals: dict[str, str], limits: VitalSignLimits) -> tuple[VitalAlarm, ...]:
    """The alarms a set of vital signs raises (empty when every measured value is inside)."""
    breaths = _whole(vitals, "breaths_per_min")
    spo2 = _whole(vitals, "spo2_percent")
    pulse = _whole(vitals, "pulse_per_min")
    sedation = _whole(vitals, "sedation_score")
    if spo2 is not None and spo2 > 100:
        raise DomainError("SpO2 cannot be above 100 %")
    if sedation is not None and sedation > 3:
        raise DomainError("the sedation score is 0 to 3")
    alarms: list[VitalAlarm] = []
    if breaths is not None and breaths < limits.breaths_per_min_below:
        alarms.append(
            VitalAlarm(
                "vitals.slow_breathing",
                f"Breathing {breaths}/min is under {limits.breaths_per_min_below}/min.",
            )
        )
    if spo2 is not None and spo2 < limits.spo2_percent_below:
        alarms.append(
            VitalAlarm(
                "vitals.low_oxygen", f"SpO2 {spo2} % is under {limits.spo2_percent_below} %."
            )
        )
    if pulse is not None and pulse < limits.pulse_per_min_below:
        alarms.append(
            VitalAlarm(
                "vitals.slow_pulse", f"Pulse {pulse}/min is under {limits.pulse_per_min_below}/min."
            )
        )
    if pulse is not None and pulse > limits.pulse_per_min_above:
        alarms.append(
            VitalAlarm(
                "vitals.fast_pulse", f"Pulse {pulse}/min is over {limits.pulse_per_min_above}/min."
            )
        )
    if sedation is not None and sedation >= limits.sedation_score_from:
        alarms.append(
            VitalAlarm(
                "vitals.sedated",
                f"Sedation score {sedation} (alarm from {limits.sedation_score_from}).",
            )
        )
    return tuple(alarms)
