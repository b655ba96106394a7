"""The dose rules engine: one decision, with every reason, for one proposed dose."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

from station.domain.decision import (
    REASON_CODES,
    AdministrationOutcome,
    Assessment,
    DecisionContext,
    DoseDecision,
    DoseRecord,
    Identification,
    IdentificationMethod,
    Outcome,
    ProposedDose,
    Reason,
    ReasonParam,
    SyncState,
)
from station.domain.prescriptions import (
    Drug,
    Phase,
    Prescription,
    Substance,
    active_prescriptions,
)
from station.domain.quantities import DECIMAL_CONTEXT, Milligrams
from station.domain.roles import Role
from station.domain.sessions import SessionKey, clinic_day, local_time, session_of
from station.domain.settings import (
    IntoxicationAction,
    MissedDaysAction,
    OfflinePolicy,
    RepeatSessionPolicy,
)

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
    "decide",
    "next_dose_at",
    "session_of",
]


# --- internal: facts computed once per decision -------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    today: date
    session: SessionKey
    prescription: Prescription | None
    counted: tuple[DoseRecord, ...]
    """Non-voided records, oldest first; any stamped in the future are moved to now."""
    same_substance: tuple[DoseRecord, ...]
    injectable: tuple[DoseRecord, ...]
    induction_day_one: bool
    future: tuple[DoseRecord, ...] = ()
    """The records as stamped that lie in the future (a wrong clock here or elsewhere)."""


@dataclass(frozen=True)
class _Finding:
    reasons: tuple[Reason, ...] = ()
    cap: Milligrams | None = None


_NONE = _Finding()
_ZERO = Milligrams(0)


# Each reason passes the values its English sentence names as ``params`` (mg as Decimal,
# moments, durations, counts), so that a window can say the whole sentence in its language.


def _allow(code: str, message: str, /, **params: ReasonParam) -> Reason:
    return Reason(code, message, Outcome.ALLOW, params=params)


def _warn(code: str, message: str, comment: bool = False, /, **params: ReasonParam) -> Reason:
    return Reason(
        code, message, Outcome.ALLOW_WITH_WARNING, comment_required=comment, params=params
    )


def _override(code: str, message: str, role: Role = Role.NURSE, /, **params: ReasonParam) -> Reason:
    return Reason(code, message, Outcome.NEEDS_OVERRIDE, role, params=params)


def _block(code: str, message: str, role: Role | None = None, /, **params: ReasonParam) -> Reason:
    return Reason(code, message, Outcome.BLOCK, role, params=params)


def _mg(amount: Milligrams) -> Decimal:
    """The amount as its sentence shows it (to 0.01 mg), for a reason's params."""
    return amount.rounded().value


def _one(reason: Reason, cap: Milligrams | None = None) -> _Finding:
    return _Finding((reason,), cap)


def _sum(records: Iterable[DoseRecord]) -> Milligrams:
    total = _ZERO
    for record in records:
        total = total + record.counted_mg
    return total


def _duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def _clock(moment: datetime, ctx: DecisionContext) -> str:
    local = local_time(moment, ctx.settings)
    if local.date() == clinic_day(ctx.now, ctx.settings):
        return f"{local:%H:%M}"
    return f"{local:%d %b %H:%M}"


def _pct(value: Decimal) -> str:
    return f"{value.normalize(DECIMAL_CONTEXT):f} %"


def _day(record: DoseRecord, ctx: DecisionContext) -> date:
    return clinic_day(record.given_at, ctx.settings)


def _gather(ctx: DecisionContext) -> _Facts:
    settings = ctx.settings
    today = clinic_day(ctx.now, settings)
    drug = ctx.proposed.drug
    own = (p for p in ctx.prescriptions if p.patient_id == ctx.patient.patient_id)
    matching = active_prescriptions(own, today, drug)
    prescription = matching[0] if len(matching) == 1 else None
    # A record stamped in the future cannot be placed in time: it counts as given now (the
    # safe side for the interval, the session and today's maxima), and the nurse is told.
    latest = ctx.now + settings.clock_skew_allowance
    future = tuple(r for r in ctx.history if not r.voided and r.given_at > latest)
    present = (
        replace(r, given_at=ctx.now, session=session_of(ctx.now, settings))
        if r.given_at > latest
        else r
        for r in ctx.history
        if not r.voided
    )
    counted = tuple(sorted(present, key=lambda r: (r.given_at, r.dose_id)))
    same_substance = tuple(r for r in counted if r.drug.substance is drug.substance)
    injectable = tuple(r for r in counted if r.drug.is_injectable_diacetylmorphine)
    day_one = False
    if (
        prescription is not None
        and prescription.phase is Phase.INDUCTION
        and drug.is_injectable_diacetylmorphine
    ):
        since = [r for r in injectable if _day(r, ctx) >= prescription.valid_from]
        day_one = (_day(since[0], ctx) if since else today) == today
    return _Facts(
        today=today,
        session=session_of(ctx.now, settings),
        prescription=prescription,
        counted=counted,
        same_substance=same_substance,
        injectable=injectable,
        induction_day_one=day_one,
        future=future,
    )


# --- the rules, each with its own codes ---------------------------------------------------------


def check_identity(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Identity must be confirmed by card, or by name and birth date with a witness."""
    ident = ctx.identification
    if ident.method is IdentificationMethod.CARD:
        return _one(_allow("identity.card", "Identity confirmed with the clinic card and photo."))
    if ident.method is IdentificationMethod.MANUAL:
        if not ident.witness_id:
            return _one(
                _block(
                    "identity.manual_without_witness",
                    "Identified without a card: a second staff member must witness the "
                    "identification before dosing.",
                ),
                _ZERO,
            )
        if ident.identified_by is not None and ident.identified_by == ident.witness_id:
            return _one(
                _block(
                    "identity.witness_not_independent",
                    "The witness must be a different staff member from the one who identified "
                    "the patient.",
                ),
                _ZERO,
            )
        return _one(
            _allow(
                "identity.manual_witnessed",
                "Identity confirmed by name and birth date, witnessed by a second staff member.",
            )
        )
    return _one(
        _block(
            "identity.not_verified",
            "The patient's identity is not confirmed: scan the card, or identify with a witness.",
        ),
        _ZERO,
    )


def check_prescription(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Exactly one prescription for the proposed drug must be valid today."""
    drug = ctx.proposed.drug
    own = (p for p in ctx.prescriptions if p.patient_id == ctx.patient.patient_id)
    matching = active_prescriptions(own, facts.today, drug)
    if not matching:
        message = f"There is no active prescription for {drug.label} today."
        reason = _block("prescription.none_active", message, Role.CLINIC_LEAD, drug=drug.value)
        return _one(reason, _ZERO)
    if len(matching) > 1:
        message = (
            f"There are {len(matching)} active prescriptions for {drug.label} today; "
            "a clinic lead must end all but one."
        )
        reason = _block(
            "prescription.ambiguous",
            message,
            Role.CLINIC_LEAD,
            count=len(matching),
            drug=drug.value,
        )
        return _one(reason, _ZERO)
    rx = matching[0]
    until = f"until {rx.valid_until:%d %b %Y}" if rx.valid_until else "with no end date"
    message = (
        f"Active prescription for {drug.label}: at most {rx.max_per_session} per session and "
        f"{rx.max_per_day} per day, {until}."
    )
    values: dict[str, ReasonParam] = {
        "drug": drug.value,
        "per_session": _mg(rx.max_per_session),
        "per_day": _mg(rx.max_per_day),
    }
    if rx.valid_until:
        values["until"] = rx.valid_until
    return _one(_allow("prescription.active", message, **values))


def check_stop_dose(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """A stop-dose flag blocks every dose until a clinic lead lifts it.

    The patient's flags are events of their own; a flag kept on an older prescription counts
    too while that prescription is active.
    """
    flags = list(ctx.stop_flags)
    rx = facts.prescription
    if rx is not None and rx.stop_dose is not None:
        flags.append(rx.stop_dose)
    if flags:
        reasons = "; ".join(flag.reason for flag in flags)
        message = f"A stop-dose flag is set ({reasons}); a prescriber or a clinic lead lifts it."
        return _one(_block("stop_dose.set", message, Role.CLINIC_LEAD, flags=reasons), _ZERO)
    if rx is None:
        return _NONE
    return _one(_allow("stop_dose.none", "No stop-dose flag is set."))


def check_clock(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """A dose stamped in the future is counted as given now, and a wrong clock is named."""
    reasons: list[Reason] = []
    skew = ctx.station_clock_skew
    if skew is not None and abs(skew) > ctx.settings.clock_skew_allowance:
        way = "ahead of" if skew > timedelta(0) else "behind"
        message = (
            f"This station's clock is {_duration(abs(skew))} {way} the central server's: the "
            "server's time is used for this visit. Have the station's clock set right."
        )
        off = {"ahead_by" if skew > timedelta(0) else "behind_by": abs(skew)}
        reasons.append(_warn("clock.station_clock_off", message, **off))
    if not facts.future:
        return _Finding(tuple(reasons))
    ahead = max(r.given_at for r in facts.future) - ctx.now
    stations = ", ".join(sorted({r.station_id for r in facts.future}))
    which = "this station" if stations == ctx.station_id else f"station {stations}"
    message = (
        f"A dose recorded at {which} is stamped {_duration(ahead)} in the future: that "
        "station's clock is wrong. The dose counts as given now; have the clock set right and "
        "ask a clinic lead to correct the dose's time."
    )
    where: dict[str, ReasonParam] = {} if stations == ctx.station_id else {"station": stations}
    reasons.append(_warn("clock.record_in_future", message, ahead=ahead, **where))
    return _Finding(tuple(reasons))


def check_sync(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Online, the station must hold the (patient, session) lease; offline, see issue 5."""
    if ctx.sync_state is SyncState.ONLINE_LEASE_GRANTED:
        return _one(
            _allow("sync.lease_granted", "No other station is dosing this patient in this session.")
        )
    if ctx.sync_state is SyncState.ONLINE_LEASE_REFUSED:
        message = "Another station is dosing this patient in this session right now; do not dose."
        return _one(_block("sync.lease_held_elsewhere", message), _ZERO)
    if ctx.patient.home_station is not None and ctx.patient.home_station == ctx.station_id:
        message = (
            "Offline: this is the patient's home station, so it may dose; doses given "
            "elsewhere show up after the next sync."
        )
        return _one(_allow("sync.offline_home_station", message))
    if ctx.settings.offline is OfflinePolicy.OTHER_STATIONS_BLOCKED:
        message = (
            "Offline, and this is not the patient's home station: dose at the home station "
            "or wait until this station is back online."
        )
        return _one(_block("sync.offline_not_home_station", message), _ZERO)
    message = (
        "Offline, and this is not the patient's home station: another station may already "
        "have dosed, so a second staff member must approve with a reason."
    )
    return _one(_override("sync.offline_not_home_station", message))


def check_session(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """One dose per session and no more sessions than prescribed; sessions have hours."""
    rx = facts.prescription
    if rx is None:
        return _NONE
    reasons: list[Reason] = []
    cap: Milligrams | None = None
    if not facts.session.scheduled:
        reasons.append(
            _override(
                "session.outside_hours",
                "It is outside the clinic's dosing sessions: a second staff member must approve "
                "with a reason.",
            )
        )
    if facts.induction_day_one:
        reasons.append(
            _allow(
                "session.induction_day_one",
                "Induction day 1: several doses in one session are allowed under the induction "
                "rules.",
            )
        )
        return _Finding(tuple(reasons), cap)
    in_session = [r for r in facts.same_substance if r.session == facts.session]
    if in_session:
        given = _sum(in_session)
        if any(r.outcome is AdministrationOutcome.FULL for r in in_session):
            message = f"{given} was already given in this session ({facts.session.name})."
            said: dict[str, ReasonParam] = {"given": _mg(given), "session": facts.session.name}
            if ctx.settings.repeat_session is RepeatSessionPolicy.BLOCK:
                reasons.append(_block("session.already_dosed", message, **said))
                cap = _ZERO
            else:
                reasons.append(
                    _override(
                        "session.already_dosed",
                        message[:-1] + "; a second dose needs a second staff member's approval.",
                        **said,
                    )
                )
        else:
            reasons.append(
                _override(
                    "session.partial_dose_given",
                    f"A partial or failed injection (counted as {given}) was recorded in this "
                    "session; another dose needs a second staff member's approval.",
                    given=_mg(given),
                )
            )
    other_sessions = {
        r.session
        for r in facts.same_substance
        if _day(r, ctx) == facts.today and r.session != facts.session
    }
    if len(other_sessions) >= rx.sessions_per_day:
        reasons.append(
            _block(
                "session.daily_sessions_used",
                f"All {rx.sessions_per_day} prescribed sessions for today have been dosed.",
                Role.CLINIC_LEAD,
                count=rx.sessions_per_day,
            )
        )
        cap = _ZERO
    if not reasons:
        reasons.append(
            _allow(
                "session.not_yet_dosed",
                f"No dose given yet in the {facts.session.name} session.",
                session=facts.session.name,
            )
        )
    return _Finding(tuple(reasons), cap)


def check_observation(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """The previous observation must be closed (except between induction doses on day 1)."""
    if not ctx.previous_observation_open:
        return _one(_allow("observation.closed", "The previous observation is closed."))
    dosed_today = any(_day(r, ctx) == facts.today for r in facts.injectable)
    if facts.induction_day_one and dosed_today:
        message = (
            "Induction day 1: the observation of the previous dose is still running; keep "
            "watching and restart it with this dose."
        )
        return _one(_warn("observation.open_during_induction", message))
    message = "The previous observation is still open: discharge the patient from it first."
    return _one(_block("observation.open", message), _ZERO)


def check_assessment(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """A recent pre-dose assessment must show no intoxication; if it does, reduce or refuse."""
    rules = ctx.settings.intoxication
    assessment = ctx.assessment
    if assessment is None:
        message = "Record the pre-dose assessment (sedation, and breath alcohol if used) first."
        return _one(_block("assessment.missing", message), _ZERO)
    age = ctx.now - assessment.recorded_at
    if age > rules.assessment_valid_for or age < -ctx.settings.clock_skew_allowance:
        message = (
            f"The pre-dose assessment is not from the last {_duration(rules.assessment_valid_for)}"
            ": assess the patient again."
        )
        reason = _block("assessment.outdated", message, within=rules.assessment_valid_for)
        return _one(reason, _ZERO)
    score = assessment.sedation_score
    alcohol = assessment.breath_alcohol_permille
    signs = [f"sedation score {score}"] if score >= rules.sedation_threshold else []
    # The signs found, as values: ``sedation`` and/or ``alcohol`` (‰), whichever was a sign.
    found_values: dict[str, ReasonParam] = {"sedation": score} if signs else {}
    if alcohol is not None and alcohol >= rules.breath_alcohol_threshold_permille:
        signs.append(f"breath alcohol {alcohol.normalize(DECIMAL_CONTEXT):f} ‰")
        found_values["alcohol"] = alcohol.normalize(DECIMAL_CONTEXT)
    if score >= rules.refuse_at_sedation:
        message = f"Sedation score {score}: no dose now; assess the patient again later."
        return _one(_block("intoxication.severe", message, sedation=score), _ZERO)
    if not signs:
        message = f"Pre-dose assessment shows no intoxication (sedation score {score})."
        return _one(_allow("assessment.not_intoxicated", message, sedation=score))
    found = " and ".join(signs)
    if rules.action is IntoxicationAction.REFUSE:
        message = (
            f"Signs of intoxication ({found}): no dose now by clinic rule; assess again later."
        )
        return _one(_block("intoxication.refuse", message, **found_values), _ZERO)
    base = facts.prescription.max_per_session if facts.prescription else ctx.proposed.mg
    cap = base.percent(rules.reduce_to_percent).floored()
    message = (
        f"Signs of intoxication ({found}): at most {cap} "
        f"({_pct(rules.reduce_to_percent)} of the prescribed dose) by clinic rule."
    )
    reduced = {"cap": _mg(cap), "share": rules.reduce_to_percent, **found_values}
    if ctx.proposed.mg > cap:
        return _one(_block("intoxication.above_reduced_dose", message, **reduced), cap)
    return _one(_warn("intoxication.reduced_dose", message, **reduced), cap)


def _counted_drugs(ctx: DecisionContext, facts: _Facts, rx: Prescription) -> frozenset[Drug]:
    """The drugs whose doses a prescription's maxima count today.

    Its own drug, and every other form of the same substance that no other prescription
    active today covers: a prescription changed or replaced mid-day (another route, say)
    inherits the day's doses given under the one it replaced.
    """
    own = [p for p in ctx.prescriptions if p.patient_id == ctx.patient.patient_id]
    covered = {p.drug for p in active_prescriptions(own, facts.today) if p is not rx}
    return frozenset(
        drug
        for drug in Drug
        if drug is rx.drug or (drug.substance is rx.drug.substance and drug not in covered)
    )


def _exposure(records: Iterable[DoseRecord]) -> Milligrams:
    total = _ZERO
    for record in records:
        total = total + record.exposure_mg
    return total


def check_session_maximum(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """The dose must be above 0 and, with this session's earlier doses, within the maximum."""
    rx = facts.prescription
    if rx is None:
        return _NONE
    proposed = ctx.proposed.mg
    if facts.induction_day_one:
        cap = rx.max_per_session
        given = _ZERO
    else:
        drugs = _counted_drugs(ctx, facts, rx)
        in_session = (r for r in facts.counted if r.drug in drugs and r.session == facts.session)
        given = _sum(in_session)
        cap = rx.max_per_session.remaining_after(given)
    if not proposed:
        return _one(_block("dose.not_positive", "Enter a dose above 0 mg."), cap)
    already = f" ({given} already given this session)" if given else ""
    said: dict[str, ReasonParam] = {
        "proposed": _mg(proposed),
        "per_session": _mg(rx.max_per_session),
    }
    if given:
        said["given"] = _mg(given)
    if proposed > cap:
        message = (
            f"{proposed} is above the prescribed maximum of {rx.max_per_session} per session"
            f"{already}: at most {cap}."
        )
        reason = _block(
            "dose.above_session_maximum", message, Role.CLINIC_LEAD, cap=_mg(cap), **said
        )
        return _one(reason, cap)
    message = f"{proposed} is within the prescribed {rx.max_per_session} per session{already}."
    return _one(_allow("dose.within_session_maximum", message, **said), cap)


def check_daily_maximum(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Today's doses plus this one stay within the prescription's and the clinic's maxima."""
    rx = facts.prescription
    if rx is None:
        return _NONE
    settings = ctx.settings
    drug = ctx.proposed.drug
    today = [r for r in facts.counted if _day(r, ctx) == facts.today]
    drugs = _counted_drugs(ctx, facts, rx)
    same_drug = _exposure(r for r in today if r.drug in drugs)
    same_substance = _exposure(r for r in today if r.drug.substance is drug.substance)
    limits: list[tuple[str, str, Milligrams, Milligrams]] = [
        ("daily.prescription_maximum", "the prescribed daily maximum", rx.max_per_day, same_drug)
    ]
    if drug.substance is Substance.DIACETYLMORPHINE:
        limits.append(
            (
                "daily.diacetylmorphine_maximum",
                "the clinic's daily maximum of diacetylmorphine",
                settings.max_daily_diacetylmorphine,
                same_substance,
            )
        )
    elif _takes_diacetylmorphine(ctx, facts):
        limits.append(
            (
                "daily.methadone_maximum",
                "the clinic's daily maximum of methadone alongside diacetylmorphine",
                settings.max_daily_methadone_with_diacetylmorphine,
                same_substance,
            )
        )
    reasons: list[Reason] = []
    cap: Milligrams | None = None
    for code, what, limit, given in limits:
        remaining = limit.remaining_after(given)
        cap = remaining if cap is None else min(cap, remaining)
        if ctx.proposed.mg > remaining:
            message = (
                f"{ctx.proposed.mg} would exceed {what} ({limit}): {given} given today, "
                f"at most {remaining} more."
            )
            said = {
                "proposed": _mg(ctx.proposed.mg),
                "limit": _mg(limit),
                "given": _mg(given),
                "remaining": _mg(remaining),
            }
            reasons.append(_block(code, message, **said))
    if not reasons:
        message = f"{same_drug} given today; up to {cap} more is within every daily maximum."
        more = _mg(cap if cap is not None else _ZERO)
        reasons.append(_allow("daily.within_maximum", message, given=_mg(same_drug), more=more))
    return _Finding(tuple(reasons), cap)


def check_plan(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """A prescriber's dose plan caps each clinic day at its step (issue 16).

    Today's doses of the drugs the prescription counts, plus this one, stay within the
    plan's cap for today (``DosePlan.daily_cap_on``); before the plan starts it sets none.
    Only the prescriber lifts it, by signing a changed order.
    """
    rx = facts.prescription
    if rx is None or rx.plan is None:
        return _NONE
    step = rx.plan.daily_cap_on(facts.today)
    if step is None:
        return _NONE
    drugs = _counted_drugs(ctx, facts, rx)
    given = _exposure(r for r in facts.counted if _day(r, ctx) == facts.today and r.drug in drugs)
    remaining = step.remaining_after(given)
    said: dict[str, ReasonParam] = {
        "cap": _mg(step),
        "given": _mg(given),
        "remaining": _mg(remaining),
    }
    if ctx.proposed.mg > remaining:
        message = (
            f"{ctx.proposed.mg} would exceed today's step of the dose plan ({step}): "
            f"{given} given today, at most {remaining} more."
        )
        reason = _block(
            "plan.above_daily_step", message, Role.PRESCRIBER, proposed=_mg(ctx.proposed.mg), **said
        )
        return _one(reason, remaining)
    message = f"Today's step of the dose plan is {step}: {given} given, up to {remaining} more."
    return _one(_allow("plan.within_daily_step", message, **said), remaining)


def check_order_dates(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Warn when the prescription ends within the clinic's warning days or its review passed.

    An expired prescription blocks in ``check_prescription``; these only warn.
    """
    rx = facts.prescription
    if rx is None:
        return _NONE
    reasons: list[Reason] = []
    warning_days = ctx.settings.order_expiry_warning_days
    if rx.valid_until is not None and (rx.valid_until - facts.today).days <= warning_days:
        left = (rx.valid_until - facts.today).days
        message = (
            f"The prescription for {rx.drug.label} ends on {rx.valid_until:%d %b %Y} "
            f"({left} day(s) left): ask the prescriber to renew it."
        )
        reasons.append(
            _warn(
                "prescription.expiring_soon",
                message,
                until=rx.valid_until,
                days=left,
                drug=rx.drug.value,
            )
        )
    if rx.review_on is not None and rx.review_on < facts.today:
        message = (
            f"The prescriber's review of this prescription was due on {rx.review_on:%d %b %Y}: "
            "tell the prescriber."
        )
        reasons.append(_warn("prescription.review_passed", message, review_on=rx.review_on))
    return _Finding(tuple(reasons))


def _takes_diacetylmorphine(ctx: DecisionContext, facts: _Facts) -> bool:
    own = [p for p in ctx.prescriptions if p.patient_id == ctx.patient.patient_id]
    return any(
        p.drug.substance is Substance.DIACETYLMORPHINE
        for p in active_prescriptions(own, facts.today)
    )


def check_interval(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Enough time must have passed since the last dose of the same substance."""
    rx = facts.prescription
    if rx is None or facts.induction_day_one:
        return _NONE
    if not facts.same_substance:
        return _one(_allow("interval.first_dose", "No earlier dose is on record."))
    last = facts.same_substance[-1]
    if last.session == facts.session and last.outcome is not AdministrationOutcome.FULL:
        message = "The last dose in this session was partial; the interval does not apply."
        return _one(_allow("interval.top_up", message))
    interval = rx.min_interval if rx.min_interval is not None else ctx.settings.min_interval
    next_at = last.given_at + interval
    if ctx.now < next_at:
        message = (
            f"The last dose was at {_clock(last.given_at, ctx)}; the next may be given from "
            f"{_clock(next_at, ctx)} (at least {_duration(interval)} apart)."
        )
        said: dict[str, ReasonParam] = {
            "last": last.given_at,
            "next": next_at,
            "interval": interval,
        }
        return _one(_block("interval.too_soon", message, **said), _ZERO)
    message = (
        f"The last dose was at {_clock(last.given_at, ctx)}, more than {_duration(interval)} ago."
    )
    return _one(_allow("interval.respected", message, last=last.given_at, interval=interval))


def check_induction(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Induction day 1: first dose ≤ 15 mg, a second 15 mg at once, then ≤ 30 mg every 30 min."""
    rx = facts.prescription
    if rx is None or rx.phase is not Phase.INDUCTION:
        return _NONE
    if not ctx.proposed.drug.is_injectable_diacetylmorphine:
        return _NONE
    if not facts.induction_day_one:
        message = "Induction day 1 is over: the titration rules apply."
        return _one(_allow("induction.after_day_one", message))
    rules = ctx.settings.induction
    today = [r for r in facts.injectable if _day(r, ctx) == facts.today]
    # The cap's name in the params says which sentence it is (above_cap repeats it).
    said: dict[str, ReasonParam]
    if not today:
        code, cap = "induction.first_dose", rules.first_dose_max
        message = f"Induction: the first dose may be at most {cap}; watch closely."
        said = {"first_cap": _mg(cap)}
    elif len(today) == 1:
        code, cap = "induction.second_dose", rules.second_dose_max
        message = f"Induction: a second dose of at most {cap} may follow at once."
        said = {"second_cap": _mg(cap)}
    else:
        code, cap = "induction.day_one_dose", rules.day_one_dose_max
        next_at = today[-1].given_at + rules.day_one_min_interval
        if ctx.now < next_at:
            message = (
                f"Induction day 1: doses at least {_duration(rules.day_one_min_interval)} apart; "
                f"the next may be given from {_clock(next_at, ctx)}."
            )
            apart: dict[str, ReasonParam] = {
                "interval": rules.day_one_min_interval,
                "next": next_at,
            }
            return _one(_block("induction.too_soon", message, **apart), _ZERO)
        message = (
            f"Induction day 1: each further dose may be at most {cap}, at least "
            f"{_duration(rules.day_one_min_interval)} apart."
        )
        said = {"cap": _mg(cap), "interval": rules.day_one_min_interval}
    if ctx.proposed.mg > cap:
        message = f"{ctx.proposed.mg} is too much. {message}"
        reason = _block("induction.above_cap", message, proposed=_mg(ctx.proposed.mg), **said)
        return _one(reason, cap)
    return _one(_warn(code, message, **said), cap)


def check_titration(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Titration caps for injected DAM (Swiss Diaphin figures)."""
    rx = facts.prescription
    if rx is None or not ctx.proposed.drug.is_injectable_diacetylmorphine:
        return _NONE
    titrating = rx.phase is Phase.TITRATION or (
        rx.phase is Phase.INDUCTION and not facts.induction_day_one
    )
    if not titrating:
        return _NONE
    rules = ctx.settings.titration
    proposed = ctx.proposed.mg
    if rx.sessions_per_day > rules.frequent_above_sessions_per_day:
        yesterday = facts.today - timedelta(days=1)
        total = _sum(r for r in facts.injectable if _day(r, ctx) == yesterday)
        if not total:
            message = (
                "Titration: no dose was given yesterday, so today's maximum cannot be set; a "
                "clinic lead must review."
            )
            return _one(_block("titration.no_doses_yesterday", message, Role.CLINIC_LEAD), _ZERO)
        share = rules.single_dose_percent_of_previous_day
        cap = total.percent(share).floored()
        message = (
            f"Titration: each dose today may be at most {cap} "
            f"({_pct(share)} of yesterday's total of {total})."
        )
        said = {"cap": _mg(cap), "share": share, "total": _mg(total)}
        if proposed > cap:
            return _one(_block("titration.above_half_of_yesterday", message, **said), cap)
        return _one(_allow("titration.within_half_of_yesterday", message, **said), cap)
    given = [r for r in facts.injectable if r.counted_mg]
    if not given:
        message = "Titration: there is no earlier dose to rise from; a clinic lead must review."
        return _one(_block("titration.no_previous_dose", message, Role.CLINIC_LEAD), _ZERO)
    last = given[-1].counted_mg
    cap = last.percent(DECIMAL_CONTEXT.add(100, rules.max_rise_percent)).floored()
    message = (
        f"Titration: a dose may rise by at most {_pct(rules.max_rise_percent)} over the last "
        f"dose of {last}: at most {cap}."
    )
    rise = {"rise": rules.max_rise_percent, "last": _mg(last), "cap": _mg(cap)}
    if proposed > cap:
        return _one(_block("titration.above_rise", message, **rise), cap)
    return _one(_allow("titration.within_rise", message, **rise), cap)


@dataclass(frozen=True)
class _Break:
    """The latest break in dosing: the last dose before it and how many days were missed."""

    before: DoseRecord
    missed: int
    back_on: date
    """The first day dosed again (today when the patient is back only now)."""


def _latest_break(ctx: DecisionContext, facts: _Facts, at_least: int) -> _Break | None:
    """The latest run of at least ``at_least`` missed days, before today or within the history."""
    days = sorted({_day(r, ctx) for r in facts.same_substance})
    if facts.today not in days:
        days.append(facts.today)
    for earlier, later in reversed(list(pairwise(days))):
        missed = (later - earlier).days - 1
        if missed >= at_least:
            before = [r for r in facts.same_substance if _day(r, ctx) == earlier][-1]
            return _Break(before, missed, later)
    return None


def _reviewed_since(ctx: DecisionContext, moment: datetime) -> bool:
    return any(review >= moment for review in ctx.break_reviews)


def check_missed_days(ctx: DecisionContext, facts: _Facts) -> _Finding:
    """Warn after consecutive missed days; then block for review or cap, by clinic rule.

    The first dose after the break warns (a comment is needed). The clinic's action holds
    beyond it: a cap holds for every dose of ``cap_holds_days`` days from the first day back
    (and, with ``cap_until_review``, until a clinic lead records a review); a block for
    review holds until a clinic lead records that the patient was reviewed after the break.
    """
    rx = facts.prescription
    if rx is None:
        return _NONE
    rules = ctx.settings.missed_days
    before_today = [r for r in facts.same_substance if _day(r, ctx) < facts.today]
    dosed_today = any(_day(r, ctx) == facts.today for r in facts.same_substance)
    if not before_today:
        if dosed_today:
            return _one(_allow("missed_days.none", "Already dosed earlier today."))
        return _one(_allow("missed_days.no_history", "No earlier dose is on record."))
    found = _latest_break(ctx, facts, rules.warn_at_days)
    if found is None:
        if dosed_today:
            return _one(_allow("missed_days.none", "Already dosed earlier today."))
        missed = (facts.today - _day(before_today[-1], ctx)).days - 1
        message = f"Missed days since the last dose: {missed}."
        return _one(_allow("missed_days.none", message, missed=missed))
    last, missed = found.before, found.missed
    if rx.phase is Phase.INDUCTION and _day(last, ctx) < rx.valid_from:
        message = "A new induction started after the break; the induction rules apply."
        return _one(_allow("missed_days.new_induction", message))
    first_back = found.back_on == facts.today and not dosed_today
    acting = missed >= rules.act_at_days
    reasons: list[Reason] = []
    risk = (
        f"{missed} consecutive days without a dose: tolerance may be lower and the overdose "
        "risk higher; write a comment."
    )
    if first_back:
        long_break = missed >= rules.warn_again_at_days
        code = "missed_days.long_break" if long_break else "missed_days.warning"
        reasons.append(_warn(code, risk, True, missed=missed))  # True: a comment is needed
    if not acting:
        if not reasons:
            return _one(_allow("missed_days.none", "Already dosed earlier today."))
        return _Finding(tuple(reasons))
    reviewed = _reviewed_since(ctx, last.given_at)
    since = f"{found.back_on:%d %b}"
    if rules.action is MissedDaysAction.BLOCK_FOR_REVIEW:
        if reviewed:
            message = f"A clinician reviewed the patient after the {missed}-day break."
            reasons.append(_allow("missed_days.reviewed", message, missed=missed))
            return _Finding(tuple(reasons))
        message = (
            f"After {missed} days without a dose a clinician must review the patient before "
            "dosing (the review is recorded by a clinic lead)."
        )
        reasons.append(
            _block("missed_days.review_required", message, Role.CLINIC_LEAD, missed=missed)
        )
        return _Finding(tuple(reasons), _ZERO)
    holding_days = (facts.today - found.back_on).days < rules.cap_holds_days
    holds = first_back or holding_days or (rules.cap_until_review and not reviewed)
    if not holds:
        return (
            _Finding(tuple(reasons))
            if reasons
            else _one(
                _allow(
                    "missed_days.none",
                    f"The cap after the {missed}-day break has ended.",
                    break_days=missed,
                )
            )
        )
    given = [r for r in before_today if r.counted_mg and r.given_at <= last.given_at]
    same_drug = [r for r in given if r.drug is ctx.proposed.drug]
    basis = (same_drug or given or [last])[-1].counted_mg
    share = rules.cap_percent_of_last_dose
    cap = basis.percent(share).floored()
    said: dict[str, ReasonParam] = {
        "missed": missed,
        "cap": _mg(cap),
        "share": share,
        "basis": _mg(basis),
    }
    if rules.cap_until_review and not reviewed:
        until = "until a clinic lead records a review"
    else:
        until = f"for {rules.cap_holds_days} day(s) from {since}"
        said |= {"days": rules.cap_holds_days, "since": found.back_on}
    message = (
        f"After {missed} days without a dose, at most {cap} per dose "
        f"({_pct(share)} of the last dose of {basis}), {until}."
    )
    if ctx.proposed.mg > cap:
        reasons.append(_block("missed_days.above_cap", message, **said))
    else:
        reasons.append(_warn("missed_days.capped", message, **said))
    return _Finding(tuple(reasons), cap)


Rule = Callable[[DecisionContext, _Facts], _Finding]

RULES: tuple[Rule, ...] = (
    check_identity,
    check_prescription,
    check_stop_dose,
    check_sync,
    check_clock,
    check_session,
    check_observation,
    check_assessment,
    check_session_maximum,
    check_daily_maximum,
    check_plan,
    check_order_dates,
    check_interval,
    check_induction,
    check_titration,
    check_missed_days,
)
"""Every rule, in the order their reasons are shown."""


def decide(context: DecisionContext) -> DoseDecision:
    """Run every rule on ``context`` and return the decision; the same input, the same answer."""
    facts = _gather(context)
    findings = [rule(context, facts) for rule in RULES]
    reasons = tuple(reason for finding in findings for reason in finding.reasons)
    caps = [finding.cap for finding in findings if finding.cap is not None]
    max_allowed = min(caps).floored() if caps and facts.prescription else _ZERO
    outcome = max(reason.outcome for reason in reasons)
    return DoseDecision(
        outcome=outcome,
        reasons=reasons,
        max_allowed=max_allowed,
        session=facts.session,
        prescription_id=facts.prescription.prescription_id if facts.prescription else None,
    )


_TOO_SOON = ("interval.too_soon", "induction.too_soon")


def next_dose_at(context: DecisionContext) -> datetime | None:
    """When the interval rules next let ``context.proposed``'s drug be given; None: they do now.

    The moment ``decide`` names in its ``interval.too_soon`` or ``induction.too_soon`` reason,
    from the same checks on the same facts (for the counter's queue: when a patient is due).
    """
    facts = _gather(context)
    moments = [
        moment
        for check in (check_interval, check_induction)
        for reason in check(context, facts).reasons
        if reason.code in _TOO_SOON
        for moment in (reason.params.get("next"),)
        if isinstance(moment, datetime)
    ]
    return max(moments, default=None)
