"""A visit as the station recorded it, and the checks of what a caller passes in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from station.domain.decision import (
    AdministrationOutcome,
    Assessment,
    DoseDecision,
    DoseRecord,
    Identification,
    IdentificationMethod,
    ProposedDose,
)
from station.domain.errors import DomainError
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Prescription, StopDose
from station.domain.quantities import Concentration, Density, Grams, Milligrams
from station.domain.sessions import SessionKey
from station.domain.settings import RuleSettings
from station.services.errors import ServiceError
from station.store.accounts import User

MAX_DOSE_MG = Decimal(5000)
"""No single dose is larger (the clinic's daily maximum is 1,000 mg): a bigger figure is a typo."""
MAX_BREATH_ALCOHOL = Decimal(5)
"""‰: more is not a breath reading."""


@dataclass(frozen=True)
class AcceptedWeighing:
    """The syringe weighed and accepted for a visit, with the batch it was drawn from."""

    weighing_id: str
    batch_id: str
    batch_label: str
    target_mg: Milligrams
    target_g: Grams
    measured_g: Grams
    prepared_mg: Milligrams
    concentration: Concentration
    density: Density
    raw_reading: str


@dataclass(frozen=True)
class Override:
    """A second person's signed permission to go past an override-level reason.

    ``witness`` is the account :meth:`Store.confirm_witness` returned when they gave their
    password at this station; the service checks it again when the approval is recorded.
    """

    reason: str
    witness: User


END_REASONS = (
    "patient_left",
    "patient_declined",
    "not_fit_for_dose",
    "dose_not_allowed",
    "syringe_problem",
    "other",
)
"""Why a visit ended without a dose after its assessment (``other`` needs words)."""


@dataclass(frozen=True)
class Visit:
    """One patient at the counter, as far as the station has recorded the visit.

    The services read it back from the store by ``visit_id`` at every step; what a caller
    holds is only a view of it.
    """

    visit_id: str
    patient: Patient
    identification: Identification
    assessment: Assessment | None = None
    decision: DoseDecision | None = None
    proposed: ProposedDose | None = None
    weighing: AcceptedWeighing | None = None
    labels_printed: int = 0
    label_waived: bool = False
    redos: tuple[str, ...] = ()
    dose_id: str | None = None
    holder_id: str = ""
    """Who carries the visit on: who started it, or who took it over last."""
    override_reason: str | None = None
    """The reason of the second person's approval recorded for this decision (None: none)."""
    override_by: str = ""
    """The printed name of the second person who approved."""
    acknowledgement: str | None = None
    """What the nurse wrote (or that the warnings were read) when going on from the decision;
    None: the decision was not accepted yet."""

    @property
    def labelled(self) -> bool:
        """True when the accepted syringe has a printed label (or a signed waiver)."""
        return self.weighing is not None and (self.labels_printed > 0 or self.label_waived)

    @property
    def step(self) -> str:
        """Where the visit goes on: identify (the face), assess, prepare, label or administer."""
        if self.assessment is None:
            return "identify"
        if self.proposed is None or (self.weighing is None and self.acknowledgement is None):
            return "assess"
        if self.weighing is None:
            return "prepare"
        return "administer" if self.labelled else "label"


@dataclass(frozen=True)
class VisitInProgress:
    """An open visit at this station, as someone who signs in is told of it (no patient data)."""

    visit_id: str
    holder_id: str
    holder_name: str
    started_at: datetime
    step: str
    mine: bool


@dataclass(frozen=True)
class PatientOverview:
    """What the patient panel and the rules need: identity, orders, recent doses, flags."""

    patient: Patient
    prescriptions: tuple[Prescription, ...]
    recent_doses: tuple[DoseRecord, ...]
    open_observation_id: str | None
    last_dose_at: datetime | None
    stop_flags: tuple[tuple[str, StopDose], ...] = ()
    """(flag id, flag) of every stop-dose flag set now."""
    break_reviews: tuple[datetime, ...] = ()

    def doses_on(self, day: date, settings: RuleSettings) -> tuple[DoseRecord, ...]:
        """Doses given on a clinic day."""
        return tuple(
            dose
            for dose in self.recent_doses
            if dose.given_at.astimezone(settings.zone).date() == day and not dose.voided
        )


# Stored text -> immutable value, so the ~16 doses of a decision context are not parsed and
# validated anew for every decision: amounts and session keys repeat from dose to dose.
_milligrams = lru_cache(maxsize=4096)(Milligrams)
_session_key = lru_cache(maxsize=4096)(SessionKey.parse)
_DRUGS = {drug.value: drug for drug in Drug}
_OUTCOMES = {outcome.value: outcome for outcome in AdministrationOutcome}


def dose_record(item: list[Any]) -> DoseRecord:
    """One recent dose of a patient state (fields in ``STATE_DOSE_FIELDS`` order).

    A stored amount given above the amount prepared (an older station's record) is read as
    the amount prepared: the record still counts, in full, instead of breaking the history.
    """
    dose_id, given_at, drug, mg, given_mg, session, station_id, outcome, voided = item
    prepared = _milligrams(mg)
    given = _milligrams(given_mg) if given_mg is not None else None
    return DoseRecord(
        dose_id=dose_id,
        given_at=datetime.fromisoformat(given_at),
        drug=_DRUGS.get(drug) or Drug(drug),
        mg=prepared,
        station_id=station_id,
        session=_session_key(session),
        voided=bool(voided),
        outcome=_OUTCOMES.get(outcome or "full") or AdministrationOutcome(outcome),
        given_mg=None if given is None else min(given, prepared),
    )


def stop_flags_of(state: dict[str, Any]) -> tuple[tuple[str, StopDose], ...]:
    """The stop-dose flags of a patient state, oldest first."""
    flags = []
    for flag_id, flag in sorted(
        state.get("stop_flags", {}).items(), key=lambda item: str(item[1].get("set_at"))
    ):
        set_at = datetime.fromisoformat(str(flag["set_at"]))
        reason = str(flag.get("reason") or "no reason given")
        flags.append((flag_id, StopDose(reason, str(flag.get("set_by") or ""), set_at)))
    return tuple(flags)


def milligrams_input(value: object, what: str) -> Milligrams:
    """A dose a caller passes in, as Milligrams, or a ``ServiceError`` saying what is wrong."""
    if isinstance(value, Milligrams):
        amount = value
    elif isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ServiceError(f"{what} must be an amount in mg.", code="input.dose_not_mg", what=what)
    else:
        try:
            amount = Milligrams(value)
        except (DomainError, ArithmeticError):
            raise ServiceError(
                f"{what} is not an amount in mg.", code="input.dose_not_number", what=what
            ) from None
    if amount.value > MAX_DOSE_MG:
        raise ServiceError(
            f"{what} is not a possible dose (at most {MAX_DOSE_MG} mg).",
            code="input.dose_too_large",
            what=what,
            maximum=MAX_DOSE_MG,
        )
    if amount.value != amount.value.quantize(Decimal("0.01"), rounding="ROUND_DOWN"):
        raise ServiceError(
            f"{what} is given to 0.01 mg at most.", code="input.dose_too_precise", what=what
        )
    return amount


def sedation_input(value: object) -> int:
    """A sedation score a caller passes in: a whole number 0–3."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in range(4):
        raise ServiceError(
            "The sedation score is a whole number from 0 (alert) to 3 (severe).",
            code="input.sedation_invalid",
        )
    return value


def breath_alcohol_input(value: object) -> Decimal | None:
    """A breath-alcohol reading a caller passes in: None (not measured) or a Decimal in ‰."""
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ServiceError(
            "Breath alcohol is entered as a number in ‰ (or left out).",
            code="input.breath_alcohol_not_number",
        )
    if value < 0 or value > MAX_BREATH_ALCOHOL:
        raise ServiceError(
            f"Breath alcohol is between 0 and {MAX_BREATH_ALCOHOL} ‰.",
            code="input.breath_alcohol_out_of_range",
            maximum=MAX_BREATH_ALCOHOL,
        )
    return value


def holder_of(document: dict[str, Any]) -> str:
    """Who carries a recorded visit on (its starter until someone takes it over)."""
    return str(document.get("holder") or document.get("by") or "")


def identification_from(document: dict[str, Any]) -> Identification:
    """The identification a visit recorded."""
    stored = document.get("identification") or {}
    method = stored.get("method") or IdentificationMethod.NONE.value
    return Identification(
        IdentificationMethod(method),
        witness_id=stored.get("witness_id"),
        identified_by=stored.get("by"),
    )


def assessment_from(document: dict[str, Any]) -> Assessment | None:
    """The latest assessment a visit recorded, or None."""
    stored = document.get("assessment")
    if not stored:
        return None
    alcohol = stored.get("breath_alcohol_permille")
    return Assessment(
        int(stored["sedation_score"]),
        datetime.fromisoformat(stored["recorded_at"]),
        Decimal(alcohol) if alcohol is not None else None,
    )


def proposed_from(document: dict[str, Any]) -> ProposedDose | None:
    """The dose the visit's latest decision was asked for, or None."""
    stored = document.get("decision")
    if not stored:
        return None
    return ProposedDose(Drug(stored["drug"]), Milligrams(stored["mg"]))


def weighing_from(document: dict[str, Any]) -> AcceptedWeighing | None:
    """The visit's accepted weighing, or None."""
    stored = document.get("weighing")
    if not stored:
        return None
    return AcceptedWeighing(
        weighing_id=stored["weighing_id"],
        batch_id=stored["batch_id"],
        batch_label=stored.get("batch_label") or stored["batch_id"],
        target_mg=Milligrams(stored["target_mg"]),
        target_g=Grams(stored["target_g"]),
        measured_g=Grams(stored["measured_g"]),
        prepared_mg=Milligrams(stored["prepared_mg"]),
        concentration=Concentration(stored["concentration"]),
        density=Density(stored["density"]),
        raw_reading=str(stored.get("raw_reading") or ""),
    )
