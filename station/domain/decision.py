"""What the dose rules decide on and what they answer: the history, the context, the reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import Any

from station.domain.errors import DomainError
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Prescription, StopDose
from station.domain.quantities import Milligrams, to_decimal
from station.domain.roles import Role
from station.domain.sessions import SessionKey
from station.domain.settings import RuleSettings

__all__ = [
    "REASON_CODES",
    "AdministrationOutcome",
    "Assessment",
    "DecisionContext",
    "DoseDecision",
    "DoseRecord",
    "Identification",
    "IdentificationMethod",
    "Outcome",
    "ProposedDose",
    "Reason",
    "ReasonParam",
    "SyncState",
]

ReasonParam = str | int | Decimal | datetime | date | timedelta
"""A value a reason's sentence names: mg as Decimal, counts, UTC moments, days, durations, and
codes or names of things (a drug, a session, a station); never a patient's name or id."""


def _no_params() -> Mapping[str, ReasonParam]:
    return MappingProxyType({})


class Outcome(IntEnum):
    """How far a decision lets the nurse go; larger is stricter."""

    ALLOW = 0
    ALLOW_WITH_WARNING = 1
    """The nurse acknowledges the warning, then doses."""
    NEEDS_OVERRIDE = 2
    """A second person signs with a reason, then the nurse doses."""
    BLOCK = 3


@dataclass(frozen=True)
class Reason:
    """One finding of one rule: a stable code, a sentence for the nurse, and its outcome."""

    code: str
    message: str
    outcome: Outcome
    who_can_lift: Role | None = None
    """Role whose signature lifts it (override) or who must act first (block); None: nobody."""
    comment_required: bool = False
    """The nurse must write a comment when acknowledging (missed days)."""
    params: Mapping[str, ReasonParam] = field(default_factory=_no_params, hash=False)
    """The values ``message`` names, by name, for a window that says it in another language
    (read-only; moments in UTC). ``message`` stays the English sentence."""

    def __post_init__(self) -> None:
        if self.code not in REASON_CODES:
            raise DomainError(f"unknown reason code {self.code!r}")
        values = dict(self.params)
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, ReasonParam):
                raise DomainError(f"reason {self.code}: {name} is not a plain value")
            if isinstance(value, datetime):
                _aware(value, f"reason {self.code}: {name}")
                values[name] = value.astimezone(UTC)
        object.__setattr__(self, "params", MappingProxyType(values))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its values as a plain dict (a read-only view does not pickle)."""
        return (
            _rebuild_reason,
            (
                self.code,
                self.message,
                self.outcome,
                self.who_can_lift,
                self.comment_required,
                dict(self.params),
            ),
        )


def _rebuild_reason(
    code: str,
    message: str,
    outcome: Outcome,
    who_can_lift: Role | None,
    comment_required: bool,
    params: dict[str, ReasonParam],
) -> Reason:
    return Reason(code, message, outcome, who_can_lift, comment_required, params)


class AdministrationOutcome(StrEnum):
    """How an administration went."""

    FULL = "full"
    PARTIAL = "partial"
    FAILED = "failed"


def _aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DomainError(f"{what} must carry its time zone")


@dataclass(frozen=True)
class DoseRecord:
    """A dose in the patient's history, as the rules count it.

    Counting rules (a voided record counts nothing):

    * The **daily maxima** count everything that may have been injected: the prepared ``mg``
      of every record, a partial or failed injection included (a missed injection may have
      gone under the skin and still act). This is the safe side for overdose.
    * The **session maximum**, titration and the basis after a break count what was
      documented as given: ``given_mg`` after a partial or failed injection (the full
      ``mg`` when it is unknown), so that a redo can make up the session's dose.
    * Every record, a failed one with nothing given too, marks its session as dosed: a redo
      in that session needs a second person.
    """

    dose_id: str
    given_at: datetime
    drug: Drug
    mg: Milligrams
    station_id: str
    session: SessionKey
    voided: bool = False
    outcome: AdministrationOutcome = AdministrationOutcome.FULL
    given_mg: Milligrams | None = None

    def __post_init__(self) -> None:
        _aware(self.given_at, "a dose time")
        if self.given_mg is not None and self.given_mg > self.mg:
            raise DomainError("more cannot be given than was prepared")

    @property
    def counted_mg(self) -> Milligrams:
        """Return the mg documented as given (session maximum, titration; see the class)."""
        if self.voided:
            return Milligrams(0)
        if self.outcome is AdministrationOutcome.FULL or self.given_mg is None:
            return self.mg
        return self.given_mg

    @property
    def exposure_mg(self) -> Milligrams:
        """Return the mg that may have been injected: what the daily maxima count."""
        return Milligrams(0) if self.voided else self.mg


class IdentificationMethod(StrEnum):
    """How the patient was identified at the counter."""

    CARD = "card"
    MANUAL = "manual"
    """Name and birth date search, confirmed by a witness."""
    NONE = "none"


@dataclass(frozen=True)
class Identification:
    """Who the nurse confirmed the patient to be, and how."""

    method: IdentificationMethod
    witness_id: str | None = None
    identified_by: str | None = None


@dataclass(frozen=True)
class Assessment:
    """The pre-dose assessment: sedation score 0 (alert) to 3 (severe), breath alcohol."""

    sedation_score: int
    recorded_at: datetime
    breath_alcohol_permille: Decimal | None = None

    def __post_init__(self) -> None:
        if isinstance(self.sedation_score, bool) or self.sedation_score not in range(4):
            raise DomainError("the sedation score is a whole number from 0 to 3")
        _aware(self.recorded_at, "an assessment time")
        if self.breath_alcohol_permille is not None:
            value = to_decimal(self.breath_alcohol_permille, "breath alcohol")
            if value < 0:
                raise DomainError("breath alcohol cannot be negative")


@dataclass(frozen=True)
class ProposedDose:
    """The dose the nurse intends to give."""

    drug: Drug
    mg: Milligrams


class SyncState(StrEnum):
    """What the station knows about other stations right now (issue 5)."""

    ONLINE_LEASE_GRANTED = "online_lease_granted"
    """Online, and this station holds the (patient, session) lease."""
    ONLINE_LEASE_REFUSED = "online_lease_refused"
    """Online, and another station holds the (patient, session) lease."""
    OFFLINE = "offline"


@dataclass(frozen=True)
class DecisionContext:
    """Everything the rules look at for one proposed dose."""

    now: datetime
    patient: Patient
    prescriptions: tuple[Prescription, ...]
    history: tuple[DoseRecord, ...]
    assessment: Assessment | None
    identification: Identification
    proposed: ProposedDose
    previous_observation_open: bool
    station_id: str
    sync_state: SyncState
    settings: RuleSettings = field(default_factory=RuleSettings)
    stop_flags: tuple[StopDose, ...] = ()
    """The patient's stop-dose flags (each its own signed event; see ``check_stop_dose``)."""
    break_reviews: tuple[datetime, ...] = ()
    """When a clinic lead recorded a review of the patient after a break."""
    station_clock_skew: timedelta | None = None
    """How far this station's clock is ahead of the central server's (None: not known)."""

    def __post_init__(self) -> None:
        _aware(self.now, "the decision time")


@dataclass(frozen=True)
class DoseDecision:
    """The engine's answer: the worst outcome, every reason, and the most that may be given.

    ``max_allowed`` is the largest dose that passes every amount limit now (session,
    daily, induction, titration, missed days, intoxication), rounded down to 0.01 mg; it is
    0 mg when something other than the amount stops the dose (no prescription, stop-dose
    flag, interval, missing assessment…). An override lifts its reason, never this figure.
    """

    outcome: Outcome
    reasons: tuple[Reason, ...]
    max_allowed: Milligrams
    session: SessionKey
    prescription_id: str | None

    @property
    def may_dose(self) -> bool:
        """Return True when the nurse may dose without a second person (allow or warning)."""
        return self.outcome <= Outcome.ALLOW_WITH_WARNING

    @property
    def concerns(self) -> tuple[Reason, ...]:
        """Return the reasons worse than 'allow': what the nurse must read."""
        return tuple(r for r in self.reasons if r.outcome > Outcome.ALLOW)

    @property
    def codes(self) -> tuple[str, ...]:
        """Return every reason code, in order."""
        return tuple(r.code for r in self.reasons)

    @property
    def comment_required(self) -> bool:
        """Return True when a reason asks for a written comment."""
        return any(r.comment_required for r in self.reasons)


REASON_CODES: dict[str, str] = {
    "identity.card": "identified by clinic card and photo",
    "identity.manual_witnessed": "identified by name and birth date, with a witness",
    "identity.manual_without_witness": "identified without a card and without a witness",
    "identity.witness_not_independent": "the witness is the person who identified",
    "identity.not_verified": "identity not confirmed",
    "prescription.active": "one active prescription for the drug",
    "prescription.none_active": "no active prescription for the drug on this day",
    "prescription.ambiguous": "more than one active prescription for the drug",
    "stop_dose.none": "no stop-dose flag",
    "stop_dose.set": "a stop-dose flag is set",
    "sync.lease_granted": "this station holds the (patient, session) lease",
    "sync.lease_held_elsewhere": "another station holds the (patient, session) lease",
    "sync.offline_home_station": "offline, and this is the patient's home station",
    "sync.offline_not_home_station": "offline, and this is not the patient's home station",
    "session.not_yet_dosed": "no dose yet in this session",
    "session.outside_hours": "outside every session window",
    "session.already_dosed": "a full dose was already given in this session",
    "session.partial_dose_given": "a partial dose was given in this session",
    "session.daily_sessions_used": "the prescribed sessions for the day are used up",
    "session.induction_day_one": "induction day 1: several doses per session",
    "observation.closed": "the previous observation is closed",
    "observation.open": "the previous observation is still open",
    "observation.open_during_induction": "induction day 1: observation continues",
    "assessment.missing": "no pre-dose assessment",
    "assessment.outdated": "the pre-dose assessment is too old (or in the future)",
    "assessment.not_intoxicated": "assessment negative",
    "intoxication.severe": "severe sedation: refused",
    "intoxication.refuse": "intoxicated; clinic rule refuses",
    "intoxication.reduced_dose": "intoxicated; clinic rule reduces the dose",
    "intoxication.above_reduced_dose": "intoxicated; proposed dose above the reduced dose",
    "dose.not_positive": "the proposed dose is 0 mg",
    "dose.within_session_maximum": "within the prescribed per-session maximum",
    "dose.above_session_maximum": "above the prescribed per-session maximum",
    "daily.within_maximum": "within every daily maximum",
    "daily.prescription_maximum": "above the prescription's daily maximum",
    "daily.diacetylmorphine_maximum": "above the clinic's daily DAM maximum",
    "daily.methadone_maximum": "above the clinic's daily methadone maximum alongside DAM",
    "interval.first_dose": "no earlier dose on record",
    "interval.respected": "the minimum interval has passed",
    "interval.top_up": "top-up after a partial dose in the same session",
    "interval.too_soon": "the minimum interval has not passed",
    "induction.first_dose": "induction: first dose cap",
    "induction.second_dose": "induction: second dose cap",
    "induction.day_one_dose": "induction day 1: per-dose cap",
    "induction.above_cap": "induction: above the cap",
    "induction.too_soon": "induction day 1: doses too close together",
    "induction.after_day_one": "induction phase past day 1: titration rules apply",
    "titration.within_half_of_yesterday": "titration: within 50 % of yesterday's total",
    "titration.above_half_of_yesterday": "titration: above 50 % of yesterday's total",
    "titration.no_doses_yesterday": "titration: nothing given yesterday",
    "titration.within_rise": "titration: within the allowed rise over the last dose",
    "titration.above_rise": "titration: above the allowed rise over the last dose",
    "titration.no_previous_dose": "titration: no earlier dose to rise from",
    "missed_days.no_history": "no earlier dose on record",
    "missed_days.none": "fewer missed days than the warning threshold",
    "missed_days.new_induction": "a new induction after a break",
    "missed_days.warning": "consecutive missed days: first warning threshold",
    "missed_days.long_break": "consecutive missed days: second warning threshold",
    "missed_days.review_required": "after the break a clinician must review",
    "missed_days.capped": "after the break the dose is capped",
    "missed_days.above_cap": "after the break, above the cap",
    "missed_days.reviewed": "a clinician reviewed the patient after the break",
    "clock.record_in_future": "a dose in the history is stamped in the future: a clock is wrong",
    "clock.station_clock_off": "this station's clock differs from the server's",
    "plan.within_daily_step": "within today's step of the prescriber's dose plan",
    "plan.above_daily_step": "above today's step of the prescriber's dose plan",
    "prescription.expiring_soon": "the prescription ends within the warning days",
    "prescription.review_passed": "the prescriber's review day has passed",
}
