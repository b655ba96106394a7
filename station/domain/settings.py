"""The clinic's dose-rule settings, with the defaults and sources from docs/domain.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from station.domain.errors import SettingsError
from station.domain.observation import ObservationRules
from station.domain.quantities import Grams, Milligrams, Tolerance

UNSCHEDULED = "unscheduled"
"""Session name for a moment outside every session window."""


class MissedDaysAction(StrEnum):
    """What happens after a long break, once ``MissedDaysRules.act_at_days`` is reached."""

    BLOCK_FOR_REVIEW = "block_for_review"
    CAP_AT_PERCENT_OF_LAST_DOSE = "cap_at_percent_of_last_dose"


class IntoxicationAction(StrEnum):
    """What happens when the pre-dose assessment finds intoxication."""

    REDUCE = "reduce"
    REFUSE = "refuse"


class RepeatSessionPolicy(StrEnum):
    """What happens when a full dose was already given in this session."""

    BLOCK = "block"
    NEEDS_OVERRIDE = "needs_override"


class OfflinePolicy(StrEnum):
    """What a station that is not the patient's home station may do while offline (issue 5)."""

    OTHER_STATIONS_NEED_OVERRIDE = "other_stations_need_override"
    OTHER_STATIONS_BLOCKED = "other_stations_blocked"


# Figures from docs/domain.md, named so that each carries its source.
INDUCTION_FIRST_DOSE_MAX = Milligrams(15)  # Swiss Diaphin product information
INDUCTION_SECOND_DOSE_MAX = Milligrams(15)  # Swiss Diaphin: "a second 15 mg may follow at once"
INDUCTION_DAY_ONE_DOSE_MAX = Milligrams(30)  # Swiss Diaphin: day 1 doses ≤ 30 mg
MAX_DAILY_DIACETYLMORPHINE = Milligrams(1000)  # NAOMI trial; Dutch heroin trials
MAX_DAILY_METHADONE_WITH_DIACETYLMORPHINE = Milligrams(150)  # Dutch heroin trials
WEIGHING_TOLERANCE_FLOOR = Grams("0.005")  # configurable; a few steps of a 0.1 mg balance


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SettingsError(message)


def _percent_ok(value: Decimal, upper: Decimal = Decimal(100)) -> bool:
    return isinstance(value, Decimal) and value.is_finite() and Decimal(0) < value <= upper


@dataclass(frozen=True)
class SessionWindow:
    """A named dosing session in clinic-local time: ``starts`` inclusive, ``ends`` exclusive."""

    name: str
    starts: time
    ends: time

    def __post_init__(self) -> None:
        _require(bool(self.name.strip()), "a session needs a name")
        _require(self.name != UNSCHEDULED, f"'{UNSCHEDULED}' is reserved")
        _require("/" not in self.name, "a session name cannot contain '/'")
        _require(self.starts.tzinfo is None and self.ends.tzinfo is None, "use local times")
        _require(self.starts < self.ends, "a session must end after it starts, on the same day")

    def contains(self, moment: time) -> bool:
        """Return True when the local time ``moment`` falls in this window."""
        return self.starts <= moment < self.ends


@dataclass(frozen=True)
class InductionRules:
    """First day of injected DAM. Source: Swiss Diaphin product information."""

    first_dose_max: Milligrams = INDUCTION_FIRST_DOSE_MAX  # first IV dose ≤ 15 mg
    second_dose_max: Milligrams = INDUCTION_SECOND_DOSE_MAX  # a second 15 mg may follow at once
    day_one_dose_max: Milligrams = INDUCTION_DAY_ONE_DOSE_MAX  # day 1 doses ≤ 30 mg each
    day_one_min_interval: timedelta = timedelta(minutes=30)  # not more often than every 30 min

    def __post_init__(self) -> None:
        _require(bool(self.first_dose_max), "the first induction dose cap must be positive")
        _require(bool(self.day_one_dose_max), "the day-1 dose cap must be positive")
        _require(self.day_one_min_interval >= timedelta(0), "an interval cannot be negative")


@dataclass(frozen=True)
class TitrationRules:
    """Raising the dose after day 1. Source: Swiss Diaphin product information."""

    frequent_above_sessions_per_day: int = 2  # "patients injecting more than twice a day"
    single_dose_percent_of_previous_day: Decimal = Decimal(50)  # next day's max single dose
    max_rise_percent: Decimal = Decimal(50)  # twice a day: each dose may rise by ≤ 50 %

    def __post_init__(self) -> None:
        _require(self.frequent_above_sessions_per_day >= 1, "the session threshold must be ≥ 1")
        _require(_percent_ok(self.single_dose_percent_of_previous_day), "percent in (0, 100]")
        _require(_percent_ok(self.max_rise_percent, Decimal(1000)), "rise percent in (0, 1000]")


@dataclass(frozen=True)
class MissedDaysRules:
    """Consecutive days without a dose. Sources: EasyDose manual (3 and 5 days); Swiss leaflet.

    *Configurable*: the clinic chooses the action and when it starts.
    """

    warn_at_days: int = 3  # warn, comment required
    warn_again_at_days: int = 5  # warn again, comment required
    act_at_days: int = 5  # from here on the action applies
    action: MissedDaysAction = MissedDaysAction.BLOCK_FOR_REVIEW
    cap_percent_of_last_dose: Decimal = Decimal(50)  # used by CAP_AT_PERCENT_OF_LAST_DOSE
    cap_holds_days: int = 1
    """After the break the cap holds for every dose of this many clinic days (1: the rest of
    the first day back), counted from the first day dosed again."""
    cap_until_review: bool = False
    """The cap holds, whatever ``cap_holds_days`` says, until a clinic lead records that the
    patient was reviewed after the break (re-titration confirmed)."""

    def __post_init__(self) -> None:
        _require(1 <= self.warn_at_days <= self.warn_again_at_days, "warn thresholds in order")
        _require(self.act_at_days >= 1, "the action threshold must be at least one day")
        _require(_percent_ok(self.cap_percent_of_last_dose), "cap percent in (0, 100]")
        _require(1 <= self.cap_holds_days <= 60, "the cap holds for 1 to 60 days")


@dataclass(frozen=True)
class IntoxicationRules:
    """Pre-dose assessment. Sources: CRISM iOAT guideline; Swiss patient leaflet.

    Sedation is scored 0 (alert) to 3 (severely sedated). *Configurable* thresholds.
    """

    sedation_threshold: int = 2  # score at or above counts as intoxicated
    refuse_at_sedation: int = 3  # score at or above is always refused
    breath_alcohol_threshold_permille: Decimal = Decimal("0.5")  # ‰ blood alcohol equivalent
    action: IntoxicationAction = IntoxicationAction.REDUCE
    reduce_to_percent: Decimal = Decimal(50)  # of the prescribed per-session maximum
    assessment_valid_for: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        _require(0 < self.sedation_threshold <= 3, "the sedation threshold must be 1–3")
        _require(
            self.sedation_threshold <= self.refuse_at_sedation <= 4,
            "refuse-at must be between the threshold and 4 (4 = never refuse by score alone)",
        )
        threshold = self.breath_alcohol_threshold_permille
        _require(
            isinstance(threshold, Decimal) and threshold.is_finite() and threshold > 0,
            "the breath alcohol threshold must be positive",
        )
        _require(_percent_ok(self.reduce_to_percent), "reduce-to percent in (0, 100]")
        _require(self.assessment_valid_for > timedelta(0), "assessment validity must be positive")


def _default_sessions() -> tuple[SessionWindow, ...]:
    return (
        SessionWindow("morning", time(7, 30), time(10, 30)),
        SessionWindow("midday", time(11, 30), time(14, 0)),
        SessionWindow("evening", time(16, 0), time(19, 30)),
    )


@dataclass(frozen=True)
class RuleSettings:
    """Every figure the rules engine uses; frozen, validated on creation."""

    clinic_timezone: str = "Europe/Copenhagen"  # days and sessions are counted in this zone
    sessions: tuple[SessionWindow, ...] = field(default_factory=_default_sessions)
    # Sessions per day: 2 typical in Denmark, up to 3 elsewhere (Danish Health Authority
    # 2025; CRISM iOAT guideline) — each prescription states its own number.
    max_daily_diacetylmorphine: Milligrams = (
        MAX_DAILY_DIACETYLMORPHINE  # NAOMI; Dutch heroin trials
    )
    max_daily_methadone_with_diacetylmorphine: Milligrams = (
        MAX_DAILY_METHADONE_WITH_DIACETYLMORPHINE  # Dutch trials
    )
    min_interval: timedelta = timedelta(hours=3)  # Canadian practice (PMC7392795); configurable
    observation: timedelta = timedelta(minutes=20)  # Canadian practice (PMC7392795)
    observation_after_failed_access: timedelta = timedelta(minutes=30)  # Danish clinic
    induction: InductionRules = field(default_factory=InductionRules)
    titration: TitrationRules = field(default_factory=TitrationRules)
    missed_days: MissedDaysRules = field(default_factory=MissedDaysRules)
    intoxication: IntoxicationRules = field(default_factory=IntoxicationRules)
    repeat_session: RepeatSessionPolicy = RepeatSessionPolicy.BLOCK
    weighing_tolerance_percent: Decimal = Decimal(2)  # configurable; no published figure
    weighing_tolerance_absolute: Grams = WEIGHING_TOLERANCE_FLOOR  # the wider band applies
    offline: OfflinePolicy = OfflinePolicy.OTHER_STATIONS_NEED_OVERRIDE  # issue 5
    clock_skew_allowance: timedelta = timedelta(minutes=5)  # assessments "from the future"
    observation_rules: ObservationRules = field(default_factory=ObservationRules)
    order_expiry_warning_days: int = 7  # issue 16: warn this many days before an order ends

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.clinic_timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingsError("the clinic time zone is not a known zoneinfo name") from None
        _require(len(self.sessions) >= 1, "at least one session window is needed")
        names = [s.name for s in self.sessions]
        _require(len(set(names)) == len(names), "session names must be unique")
        ordered = sorted(self.sessions, key=lambda s: s.starts)
        for earlier, later in pairwise(ordered):
            _require(earlier.ends <= later.starts, "session windows must not overlap")
        _require(bool(self.max_daily_diacetylmorphine), "the DAM daily maximum must be positive")
        _require(
            bool(self.max_daily_methadone_with_diacetylmorphine),
            "the methadone daily maximum must be positive",
        )
        _require(self.min_interval >= timedelta(0), "the minimum interval cannot be negative")
        _require(self.observation > timedelta(0), "observation must last some time")
        _require(
            self.observation_after_failed_access >= self.observation,
            "observation after failed access cannot be shorter than the usual one",
        )
        _require(_percent_ok(self.weighing_tolerance_percent), "weighing tolerance in (0, 100]")
        _require(self.clock_skew_allowance >= timedelta(0), "clock skew cannot be negative")
        _require(
            not isinstance(self.order_expiry_warning_days, bool)
            and 0 <= self.order_expiry_warning_days <= 90,
            "the order expiry warning is 0 to 90 days",
        )

    @property
    def zone(self) -> ZoneInfo:
        """Return the clinic's time zone."""
        return ZoneInfo(self.clinic_timezone)

    @property
    def weighing_tolerance(self) -> Tolerance[Grams]:
        """Return the tolerance a weighed syringe must meet."""
        return Tolerance(self.weighing_tolerance_percent, self.weighing_tolerance_absolute)

    def observation_period(self, *, venous_access_failed: bool = False) -> timedelta:
        """Return how long to observe after a dose."""
        return self.observation_after_failed_access if venous_access_failed else self.observation
