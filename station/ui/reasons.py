"""The rules' reasons in the station's language: titles, whole sentences, sentences with values."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from station.domain.prescriptions import Drug
from station.domain.rules import Outcome, Reason, ReasonParam
from station.ui.messages import QT_TRANSLATE_NOOP, format_value

__all__ = [
    "DRUG_NAMES",
    "REASON_SENTENCES",
    "REASON_TEMPLATES",
    "REASON_TITLES",
    "ReasonTemplate",
    "describe_reason",
    "reason_template",
]


REASON_TITLES: dict[str, str] = {
    "identity.card": QT_TRANSLATE_NOOP("Reasons", "identified by clinic card and photo"),
    "identity.manual_witnessed": QT_TRANSLATE_NOOP(
        "Reasons", "identified by name and birth date, with a witness"
    ),
    "identity.manual_without_witness": QT_TRANSLATE_NOOP(
        "Reasons", "identified without a card and without a witness"
    ),
    "identity.witness_not_independent": QT_TRANSLATE_NOOP(
        "Reasons", "the witness is the person who identified"
    ),
    "identity.not_verified": QT_TRANSLATE_NOOP("Reasons", "identity not confirmed"),
    "prescription.active": QT_TRANSLATE_NOOP("Reasons", "one active prescription for the drug"),
    "prescription.none_active": QT_TRANSLATE_NOOP(
        "Reasons", "no active prescription for the drug on this day"
    ),
    "prescription.ambiguous": QT_TRANSLATE_NOOP(
        "Reasons", "more than one active prescription for the drug"
    ),
    "stop_dose.none": QT_TRANSLATE_NOOP("Reasons", "no stop-dose flag"),
    "stop_dose.set": QT_TRANSLATE_NOOP("Reasons", "a stop-dose flag is set"),
    "sync.lease_granted": QT_TRANSLATE_NOOP(
        "Reasons", "this station holds the (patient, session) lease"
    ),
    "sync.lease_held_elsewhere": QT_TRANSLATE_NOOP(
        "Reasons", "another station holds the (patient, session) lease"
    ),
    "sync.offline_home_station": QT_TRANSLATE_NOOP(
        "Reasons", "offline, and this is the patient's home station"
    ),
    "sync.offline_not_home_station": QT_TRANSLATE_NOOP(
        "Reasons", "offline, and this is not the patient's home station"
    ),
    "session.not_yet_dosed": QT_TRANSLATE_NOOP("Reasons", "no dose yet in this session"),
    "session.outside_hours": QT_TRANSLATE_NOOP("Reasons", "outside every session window"),
    "session.already_dosed": QT_TRANSLATE_NOOP(
        "Reasons", "a full dose was already given in this session"
    ),
    "session.partial_dose_given": QT_TRANSLATE_NOOP(
        "Reasons", "a partial dose was given in this session"
    ),
    "session.daily_sessions_used": QT_TRANSLATE_NOOP(
        "Reasons", "the prescribed sessions for the day are used up"
    ),
    "session.induction_day_one": QT_TRANSLATE_NOOP(
        "Reasons", "induction day 1: several doses per session"
    ),
    "observation.closed": QT_TRANSLATE_NOOP("Reasons", "the previous observation is closed"),
    "observation.open": QT_TRANSLATE_NOOP("Reasons", "the previous observation is still open"),
    "observation.open_during_induction": QT_TRANSLATE_NOOP(
        "Reasons", "induction day 1: observation continues"
    ),
    "assessment.missing": QT_TRANSLATE_NOOP("Reasons", "no pre-dose assessment"),
    "assessment.outdated": QT_TRANSLATE_NOOP(
        "Reasons", "the pre-dose assessment is too old (or in the future)"
    ),
    "assessment.not_intoxicated": QT_TRANSLATE_NOOP("Reasons", "assessment negative"),
    "intoxication.severe": QT_TRANSLATE_NOOP("Reasons", "severe sedation: refused"),
    "intoxication.refuse": QT_TRANSLATE_NOOP("Reasons", "intoxicated; clinic rule refuses"),
    "intoxication.reduced_dose": QT_TRANSLATE_NOOP(
        "Reasons", "intoxicated; clinic rule reduces the dose"
    ),
    "intoxication.above_reduced_dose": QT_TRANSLATE_NOOP(
        "Reasons", "intoxicated; proposed dose above the reduced dose"
    ),
    "dose.not_positive": QT_TRANSLATE_NOOP("Reasons", "the proposed dose is 0 mg"),
    "dose.within_session_maximum": QT_TRANSLATE_NOOP(
        "Reasons", "within the prescribed per-session maximum"
    ),
    "dose.above_session_maximum": QT_TRANSLATE_NOOP(
        "Reasons", "above the prescribed per-session maximum"
    ),
    "daily.within_maximum": QT_TRANSLATE_NOOP("Reasons", "within every daily maximum"),
    "daily.prescription_maximum": QT_TRANSLATE_NOOP(
        "Reasons", "above the prescription's daily maximum"
    ),
    "daily.diacetylmorphine_maximum": QT_TRANSLATE_NOOP(
        "Reasons", "above the clinic's daily DAM maximum"
    ),
    "daily.methadone_maximum": QT_TRANSLATE_NOOP(
        "Reasons", "above the clinic's daily methadone maximum alongside DAM"
    ),
    "interval.first_dose": QT_TRANSLATE_NOOP("Reasons", "no earlier dose on record"),
    "interval.respected": QT_TRANSLATE_NOOP("Reasons", "the minimum interval has passed"),
    "interval.top_up": QT_TRANSLATE_NOOP(
        "Reasons", "top-up after a partial dose in the same session"
    ),
    "interval.too_soon": QT_TRANSLATE_NOOP("Reasons", "the minimum interval has not passed"),
    "induction.first_dose": QT_TRANSLATE_NOOP("Reasons", "induction: first dose cap"),
    "induction.second_dose": QT_TRANSLATE_NOOP("Reasons", "induction: second dose cap"),
    "induction.day_one_dose": QT_TRANSLATE_NOOP("Reasons", "induction day 1: per-dose cap"),
    "induction.above_cap": QT_TRANSLATE_NOOP("Reasons", "induction: above the cap"),
    "induction.too_soon": QT_TRANSLATE_NOOP("Reasons", "induction day 1: doses too close together"),
    "induction.after_day_one": QT_TRANSLATE_NOOP(
        "Reasons", "induction phase past day 1: titration rules apply"
    ),
    "titration.within_half_of_yesterday": QT_TRANSLATE_NOOP(
        "Reasons", "titration: within 50 % of yesterday's total"
    ),
    "titration.above_half_of_yesterday": QT_TRANSLATE_NOOP(
        "Reasons", "titration: above 50 % of yesterday's total"
    ),
    "titration.no_doses_yesterday": QT_TRANSLATE_NOOP(
        "Reasons", "titration: nothing given yesterday"
    ),
    "titration.within_rise": QT_TRANSLATE_NOOP(
        "Reasons", "titration: within the allowed rise over the last dose"
    ),
    "titration.above_rise": QT_TRANSLATE_NOOP(
        "Reasons", "titration: above the allowed rise over the last dose"
    ),
    "titration.no_previous_dose": QT_TRANSLATE_NOOP(
        "Reasons", "titration: no earlier dose to rise from"
    ),
    "missed_days.no_history": QT_TRANSLATE_NOOP("Reasons", "no earlier dose on record"),
    "missed_days.none": QT_TRANSLATE_NOOP(
        "Reasons", "fewer missed days than the warning threshold"
    ),
    "missed_days.new_induction": QT_TRANSLATE_NOOP("Reasons", "a new induction after a break"),
    "missed_days.warning": QT_TRANSLATE_NOOP(
        "Reasons", "consecutive missed days: first warning threshold"
    ),
    "missed_days.long_break": QT_TRANSLATE_NOOP(
        "Reasons", "consecutive missed days: second warning threshold"
    ),
    "missed_days.review_required": QT_TRANSLATE_NOOP(
        "Reasons", "after the break a clinician must review"
    ),
    "missed_days.capped": QT_TRANSLATE_NOOP("Reasons", "after the break the dose is capped"),
    "missed_days.above_cap": QT_TRANSLATE_NOOP("Reasons", "after the break, above the cap"),
    "missed_days.reviewed": QT_TRANSLATE_NOOP(
        "Reasons", "a clinician reviewed the patient after the break"
    ),
    "clock.record_in_future": QT_TRANSLATE_NOOP(
        "Reasons", "a dose in the history is stamped in the future: a clock is wrong"
    ),
    "clock.station_clock_off": QT_TRANSLATE_NOOP(
        "Reasons", "this station's clock differs from the server's"
    ),
    "plan.within_daily_step": QT_TRANSLATE_NOOP(
        "Reasons", "within today's step of the prescriber's dose plan"
    ),
    "plan.above_daily_step": QT_TRANSLATE_NOOP(
        "Reasons", "above today's step of the prescriber's dose plan"
    ),
    "prescription.expiring_soon": QT_TRANSLATE_NOOP(
        "Reasons", "the prescription ends within the warning days"
    ),
    "prescription.review_passed": QT_TRANSLATE_NOOP(
        "Reasons", "the prescriber's review day has passed"
    ),
}
"""A short title for every reason code of the rules (English; translated when shown)."""

REASON_SENTENCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Reasons", "A new induction started after the break; the induction rules apply."
    ),
    QT_TRANSLATE_NOOP("Reasons", "Already dosed earlier today."),
    QT_TRANSLATE_NOOP(
        "Reasons", "Another station is dosing this patient in this session right now; do not dose."
    ),
    QT_TRANSLATE_NOOP("Reasons", "Enter a dose above 0 mg."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Identified without a card: a second staff member must witness the identification"
        " before dosing.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "Identity confirmed by name and birth date, witnessed by a second staff member."
    ),
    QT_TRANSLATE_NOOP("Reasons", "Identity confirmed with the clinic card and photo."),
    QT_TRANSLATE_NOOP("Reasons", "Induction day 1 is over: the titration rules apply."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Induction day 1: several doses in one session are allowed under the induction rules.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Induction day 1: the observation of the previous dose is still running; keep "
        "watching and restart it with this dose.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "It is outside the clinic's dosing sessions: a second staff member must approve "
        "with a reason.",
    ),
    QT_TRANSLATE_NOOP("Reasons", "No earlier dose is on record."),
    QT_TRANSLATE_NOOP("Reasons", "No other station is dosing this patient in this session."),
    QT_TRANSLATE_NOOP("Reasons", "No stop-dose flag is set."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Offline, and this is not the patient's home station: another station may already"
        " have dosed, so a second staff member must approve with a reason.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Offline, and this is not the patient's home station: dose at the home station or"
        " wait until this station is back online.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Offline: this is the patient's home station, so it may dose; doses given "
        "elsewhere show up after the next sync.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "Record the pre-dose assessment (sedation, and breath alcohol if used) first."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "The last dose in this session was partial; the interval does not apply."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The patient's identity is not confirmed: scan the card, or identify with a witness.",
    ),
    QT_TRANSLATE_NOOP("Reasons", "The previous observation is closed."),
    QT_TRANSLATE_NOOP(
        "Reasons", "The previous observation is still open: discharge the patient from it first."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The witness must be a different staff member from the one who identified the patient.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Titration: no dose was given yesterday, so today's maximum cannot be set; a "
        "clinic lead must review.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "Titration: there is no earlier dose to rise from; a clinic lead must review."
    ),
)
"""The rules' sentences that carry no values: each is translated whole when shown."""


@dataclass(frozen=True)
class ReasonTemplate:
    """A reason's sentence with ``{name}`` fields for its values (English; translated when shown).

    A reason takes the template of its code whose fields are exactly its params' names (and
    whose outcome is its own, when one is named): the values present say which sentence the
    rules wrote.
    """

    code: str
    text: str
    outcome: Outcome | None = None

    @property
    def fields(self) -> frozenset[str]:
        """The names of the values the sentence says."""
        return frozenset(name for _, name, _, _ in string.Formatter().parse(self.text) if name)


def _each(codes: tuple[str, ...], text: str) -> tuple[ReasonTemplate, ...]:
    return tuple(ReasonTemplate(code, text) for code in codes)


_INTOXICATION_REDUCED = ("intoxication.reduced_dose", "intoxication.above_reduced_dose")
_HALF_OF_YESTERDAY = ("titration.within_half_of_yesterday", "titration.above_half_of_yesterday")
_RISE = ("titration.within_rise", "titration.above_rise")
_MISSED = ("missed_days.warning", "missed_days.long_break")
_CAPPED = ("missed_days.capped", "missed_days.above_cap")

REASON_TEMPLATES: tuple[ReasonTemplate, ...] = (
    ReasonTemplate(
        "plan.above_daily_step",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg "
            "given today, at most {remaining} mg more.",
        ),
    ),
    ReasonTemplate(
        "plan.within_daily_step",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg "
            "more.",
        ),
    ),
    ReasonTemplate(
        "prescription.expiring_soon",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "The prescription for {drug} ends on {until} ({days} day(s) left): ask the "
            "prescriber to renew it.",
        ),
    ),
    ReasonTemplate(
        "prescription.review_passed",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "The prescriber's review of this prescription was due on {review_on}: tell the "
            "prescriber.",
        ),
    ),
    ReasonTemplate(
        "prescription.none_active",
        QT_TRANSLATE_NOOP("Reasons", "There is no active prescription for {drug} today."),
    ),
    ReasonTemplate(
        "prescription.ambiguous",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "There are {count} active prescriptions for {drug} today; a clinic lead must end "
            "all but one.",
        ),
    ),
    ReasonTemplate(
        "prescription.active",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Active prescription for {drug}: at most {per_session} mg per session and "
            "{per_day} mg per day, until {until}.",
        ),
    ),
    ReasonTemplate(
        "prescription.active",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Active prescription for {drug}: at most {per_session} mg per session and "
            "{per_day} mg per day, with no end date.",
        ),
    ),
    ReasonTemplate(
        "stop_dose.set",
        QT_TRANSLATE_NOOP(
            "Reasons", "A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it."
        ),
    ),
    ReasonTemplate(
        "clock.station_clock_off",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "This station's clock is {ahead_by} ahead of the central server's: the server's "
            "time is used for this visit. Have the station's clock set right.",
        ),
    ),
    ReasonTemplate(
        "clock.station_clock_off",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "This station's clock is {behind_by} behind the central server's: the server's "
            "time is used for this visit. Have the station's clock set right.",
        ),
    ),
    ReasonTemplate(
        "clock.record_in_future",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "A dose recorded at this station is stamped {ahead} in the future: that station's "
            "clock is wrong. The dose counts as given now; have the clock set right and ask a "
            "clinic lead to correct the dose's time.",
        ),
    ),
    ReasonTemplate(
        "clock.record_in_future",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "A dose recorded at station {station} is stamped {ahead} in the future: that "
            "station's clock is wrong. The dose counts as given now; have the clock set right "
            "and ask a clinic lead to correct the dose's time.",
        ),
    ),
    ReasonTemplate(
        "session.already_dosed",
        QT_TRANSLATE_NOOP("Reasons", "{given} mg was already given in this session ({session})."),
        Outcome.BLOCK,
    ),
    ReasonTemplate(
        "session.already_dosed",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{given} mg was already given in this session ({session}); a second dose needs a "
            "second staff member's approval.",
        ),
        Outcome.NEEDS_OVERRIDE,
    ),
    ReasonTemplate(
        "session.partial_dose_given",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "A partial or failed injection (counted as {given} mg) was recorded in this "
            "session; another dose needs a second staff member's approval.",
        ),
    ),
    ReasonTemplate(
        "session.daily_sessions_used",
        QT_TRANSLATE_NOOP("Reasons", "All {count} prescribed sessions for today have been dosed."),
    ),
    ReasonTemplate(
        "session.not_yet_dosed",
        QT_TRANSLATE_NOOP("Reasons", "No dose given yet in the {session} session."),
    ),
    ReasonTemplate(
        "assessment.outdated",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "The pre-dose assessment is not from the last {within}: assess the patient again.",
        ),
    ),
    ReasonTemplate(
        "intoxication.severe",
        QT_TRANSLATE_NOOP(
            "Reasons", "Sedation score {sedation}: no dose now; assess the patient again later."
        ),
    ),
    ReasonTemplate(
        "assessment.not_intoxicated",
        QT_TRANSLATE_NOOP(
            "Reasons", "Pre-dose assessment shows no intoxication (sedation score {sedation})."
        ),
    ),
    ReasonTemplate(
        "intoxication.refuse",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; "
            "assess again later.",
        ),
    ),
    ReasonTemplate(
        "intoxication.refuse",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; "
            "assess again later.",
        ),
    ),
    ReasonTemplate(
        "intoxication.refuse",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): "
            "no dose now by clinic rule; assess again later.",
        ),
    ),
    *_each(
        _INTOXICATION_REDUCED,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of "
            "the prescribed dose) by clinic rule.",
        ),
    ),
    *_each(
        _INTOXICATION_REDUCED,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % "
            "of the prescribed dose) by clinic rule.",
        ),
    ),
    *_each(
        _INTOXICATION_REDUCED,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): "
            "at most {cap} mg ({share} % of the prescribed dose) by clinic rule.",
        ),
    ),
    ReasonTemplate(
        "dose.above_session_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg is above the prescribed maximum of {per_session} mg per session: "
            "at most {cap} mg.",
        ),
    ),
    ReasonTemplate(
        "dose.above_session_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg is above the prescribed maximum of {per_session} mg per session "
            "({given} mg already given this session): at most {cap} mg.",
        ),
    ),
    ReasonTemplate(
        "dose.within_session_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons", "{proposed} mg is within the prescribed {per_session} mg per session."
        ),
    ),
    ReasonTemplate(
        "dose.within_session_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg is within the prescribed {per_session} mg per session ({given} mg "
            "already given this session).",
        ),
    ),
    ReasonTemplate(
        "daily.prescription_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg "
            "given today, at most {remaining} mg more.",
        ),
    ),
    ReasonTemplate(
        "daily.diacetylmorphine_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine "
            "({limit} mg): {given} mg given today, at most {remaining} mg more.",
        ),
    ),
    ReasonTemplate(
        "daily.methadone_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg would exceed the clinic's daily maximum of methadone alongside "
            "diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg "
            "more.",
        ),
    ),
    ReasonTemplate(
        "daily.within_maximum",
        QT_TRANSLATE_NOOP(
            "Reasons", "{given} mg given today; up to {more} mg more is within every daily maximum."
        ),
    ),
    ReasonTemplate(
        "interval.too_soon",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "The last dose was at {last}; the next may be given from {next} (at least "
            "{interval} apart).",
        ),
    ),
    ReasonTemplate(
        "interval.respected",
        QT_TRANSLATE_NOOP("Reasons", "The last dose was at {last}, more than {interval} ago."),
    ),
    ReasonTemplate(
        "induction.first_dose",
        QT_TRANSLATE_NOOP(
            "Reasons", "Induction: the first dose may be at most {first_cap} mg; watch closely."
        ),
    ),
    ReasonTemplate(
        "induction.second_dose",
        QT_TRANSLATE_NOOP(
            "Reasons", "Induction: a second dose of at most {second_cap} mg may follow at once."
        ),
    ),
    ReasonTemplate(
        "induction.day_one_dose",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Induction day 1: each further dose may be at most {cap} mg, at least {interval} "
            "apart.",
        ),
    ),
    ReasonTemplate(
        "induction.too_soon",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Induction day 1: doses at least {interval} apart; the next may be given from {next}.",
        ),
    ),
    ReasonTemplate(
        "induction.above_cap",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg is too much. Induction: the first dose may be at most {first_cap} "
            "mg; watch closely.",
        ),
    ),
    ReasonTemplate(
        "induction.above_cap",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg "
            "may follow at once.",
        ),
    ),
    ReasonTemplate(
        "induction.above_cap",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{proposed} mg is too much. Induction day 1: each further dose may be at most "
            "{cap} mg, at least {interval} apart.",
        ),
    ),
    *_each(
        _HALF_OF_YESTERDAY,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Titration: each dose today may be at most {cap} mg ({share} % of yesterday's "
            "total of {total} mg).",
        ),
    ),
    *_each(
        _RISE,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: "
            "at most {cap} mg.",
        ),
    ),
    ReasonTemplate(
        "missed_days.none",
        QT_TRANSLATE_NOOP("Reasons", "Missed days since the last dose: {missed}."),
    ),
    ReasonTemplate(
        "missed_days.none",
        QT_TRANSLATE_NOOP("Reasons", "The cap after the {break_days}-day break has ended."),
    ),
    *_each(
        _MISSED,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "{missed} consecutive days without a dose: tolerance may be lower and the overdose "
            "risk higher; write a comment.",
        ),
    ),
    ReasonTemplate(
        "missed_days.reviewed",
        QT_TRANSLATE_NOOP(
            "Reasons", "A clinician reviewed the patient after the {missed}-day break."
        ),
    ),
    ReasonTemplate(
        "missed_days.review_required",
        QT_TRANSLATE_NOOP(
            "Reasons",
            "After {missed} days without a dose a clinician must review the patient before "
            "dosing (the review is recorded by a clinic lead).",
        ),
    ),
    *_each(
        _CAPPED,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "After {missed} days without a dose, at most {cap} mg per dose ({share} % of the "
            "last dose of {basis} mg), until a clinic lead records a review.",
        ),
    ),
    *_each(
        _CAPPED,
        QT_TRANSLATE_NOOP(
            "Reasons",
            "After {missed} days without a dose, at most {cap} mg per dose ({share} % of the "
            "last dose of {basis} mg), for {days} day(s) from {since}.",
        ),
    ),
)
"""The rules' sentences that carry values, by code; each is translated whole, then filled."""

DRUG_NAMES: dict[Drug, str] = {
    Drug.DIACETYLMORPHINE_IV: QT_TRANSLATE_NOOP("Reasons", "diacetylmorphine IV"),
    Drug.DIACETYLMORPHINE_IM: QT_TRANSLATE_NOOP("Reasons", "diacetylmorphine IM"),
    Drug.DIACETYLMORPHINE_ORAL: QT_TRANSLATE_NOOP("Reasons", "diacetylmorphine oral"),
    Drug.METHADONE_ORAL: QT_TRANSLATE_NOOP("Reasons", "methadone oral"),
}
"""What a sentence calls each drug (English as ``Drug.label`` says it; translated when shown)."""


_DRUG_VALUES = frozenset(drug.value for drug in Drug)


def reason_template(reason: Reason) -> ReasonTemplate | None:
    """The template for ``reason``'s sentence with its values; None when it has none or no match."""
    if not reason.params:
        return None
    names = frozenset(reason.params)
    for template in REASON_TEMPLATES:
        if (
            template.code == reason.code
            and template.fields == names
            and template.outcome in (None, reason.outcome)
        ):
            return template
    return None


HOURS_AND_MINUTES = QT_TRANSLATE_NOOP("Reasons", "{hours} h {minutes} min")
HOURS = QT_TRANSLATE_NOOP("Reasons", "{hours} h")
MINUTES = QT_TRANSLATE_NOOP("Reasons", "{minutes} min")
"""A duration's words (marked for lupdate, which does not see a call through a helper)."""


def _translate(text: str) -> str:
    return QCoreApplication.translate("Reasons", text)


def format_duration(span: timedelta) -> str:
    """A duration in whole minutes, e.g. '2 h 5 min', in the station's language."""
    hours, minutes = divmod(int(span.total_seconds() // 60), 60)
    if hours and minutes:
        return _translate(HOURS_AND_MINUTES).format(hours=hours, minutes=minutes)
    if hours:
        return _translate(HOURS).format(hours=hours)
    return _translate(MINUTES).format(minutes=minutes)


def _format_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_reason_value(
    name: str, value: ReasonParam, zone: tzinfo | None = None, today: date | None = None
) -> str:
    """One of a reason's values as the station's language writes it.

    Moments are shown in ``zone`` (the clinic's; None: the computer's) as a clock time, with
    the day in front unless it is ``today``; durations in hours and minutes; a drug by name.
    """
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, datetime):
        local = value.astimezone(zone)
        clock = f"{local:%H:%M}"
        return clock if local.date() == today else f"{_format_day(local.date())} {clock}"
    if isinstance(value, date):
        return _format_day(value)
    if name == "drug" and isinstance(value, str) and value in _DRUG_VALUES:
        return _translate(DRUG_NAMES[Drug(value)])
    return format_value(value)


def _filled(
    text: str, params: Mapping[str, ReasonParam], zone: tzinfo | None, today: date | None
) -> str | None:
    shown = {name: format_reason_value(name, value, zone, today) for name, value in params.items()}
    try:
        return text.format_map(shown)
    except (KeyError, IndexError, ValueError):
        return None


def describe_reason(reason: Reason, zone: tzinfo | None = None, now: datetime | None = None) -> str:
    """One of a decision's reasons in the station's language.

    A sentence without values is translated whole. A sentence with values is its template
    translated and filled with the values (moments in ``zone``, the clinic's time zone; a
    time on the day of ``now`` without its date); a reason whose values fit no template, or a
    translation that asks for a value the reason lacks, shows the rules' English sentence.
    """
    if reason.params:
        template = reason_template(reason)
        if template is None:
            return reason.message
        today = now.astimezone(zone).date() if now is not None else None
        return _filled(_translate(template.text), reason.params, zone, today) or reason.message
    whole = _translate(reason.message)
    if whole != reason.message:
        return whole
    english = REASON_TITLES.get(reason.code)
    if english is None:
        return reason.message
    title = _translate(english)
    if title == english:
        return reason.message
    return f"{title[:1].upper()}{title[1:]}: {reason.message}"
