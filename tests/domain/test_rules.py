"""Named scenarios, one per rule and outcome: the outcome and the reasons a nurse would see."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from station.domain import (
    REASON_CODES,
    AdministrationOutcome,
    DecisionContext,
    DomainError,
    Drug,
    Identification,
    IdentificationMethod,
    IntoxicationAction,
    IntoxicationRules,
    Milligrams,
    MissedDaysAction,
    MissedDaysRules,
    OfflinePolicy,
    Outcome,
    Phase,
    Reason,
    RepeatSessionPolicy,
    Role,
    SessionKey,
    StopDose,
    SyncState,
    clinic_day,
    decide,
    session_of,
)
from station.domain.plans import DosePlan, PlanKind
from tests.domain.builders import (
    MAINTENANCE_IV,
    NOW,
    OTHER_STATION,
    PATIENT,
    SETTINGS,
    assessment,
    at,
    dose,
    rx,
    visit,
)

ALLOW, WARN, OVERRIDE, BLOCK = (
    Outcome.ALLOW,
    Outcome.ALLOW_WITH_WARNING,
    Outcome.NEEDS_OVERRIDE,
    Outcome.BLOCK,
)
INDUCTION_DAY = date(2025, 3, 10)
INDUCTION = rx(
    phase=Phase.INDUCTION,
    valid_from=INDUCTION_DAY,
    max_per_session=Milligrams(100),
    max_per_day=Milligrams(400),
    sessions_per_day=3,
)
METHADONE = rx(
    prescription_id="rx-methadone",
    drug=Drug.METHADONE_ORAL,
    max_per_session=Milligrams(200),
    max_per_day=Milligrams(200),
    sessions_per_day=1,
)
MANY_SESSIONS = rx(
    max_per_session=Milligrams(500), max_per_day=Milligrams(1200), sessions_per_day=3
)
STOPPED = rx(stop_dose=StopDose("vomiting after last dose", "dr-fictional", at(10, 9)))


def _titration(start: int) -> DosePlan:
    """A titration from 8 March, rising 20 mg a day from ``start`` to 400 mg."""
    return DosePlan(
        PlanKind.TITRATION,
        date(2025, 3, 8),
        Milligrams(start),
        Milligrams(20),
        None,
        1,
        Milligrams(400),
    )


@dataclass(frozen=True)
class Scenario:
    name: str
    context: DecisionContext
    outcome: Outcome
    concerns: tuple[str, ...]
    """Codes of the reasons worse than 'allow', in the order shown."""
    max_allowed: str | None = None


def missed(days: int, **changes: object) -> DecisionContext:
    """A visit after ``days`` whole clinic days without a dose (the last one was 180 mg)."""
    last = NOW - timedelta(days=days + 1)
    return visit(history=(dose(last.replace(hour=8), 180),), **changes)  # type: ignore[arg-type]


SCENARIOS = [
    # The usual visit and identity.
    Scenario("usual maintenance visit", visit(), ALLOW, (), "200"),
    Scenario(
        "manual identification with a witness",
        visit(identification=Identification(IdentificationMethod.MANUAL, "nurse-b", "nurse-a")),
        ALLOW,
        (),
    ),
    Scenario(
        "manual identification without a witness",
        visit(identification=Identification(IdentificationMethod.MANUAL, None, "nurse-a")),
        BLOCK,
        ("identity.manual_without_witness",),
        "0",
    ),
    Scenario(
        "the witness is the nurse who identified",
        visit(identification=Identification(IdentificationMethod.MANUAL, "nurse-a", "nurse-a")),
        BLOCK,
        ("identity.witness_not_independent",),
    ),
    Scenario(
        "identity not confirmed",
        visit(identification=Identification(IdentificationMethod.NONE)),
        BLOCK,
        ("identity.not_verified",),
    ),
    # Prescription and stop-dose flag.
    Scenario("no prescription", visit(prescriptions=()), BLOCK, ("prescription.none_active",), "0"),
    Scenario(
        "prescription expired yesterday",
        visit(prescriptions=(rx(valid_until=date(2025, 3, 9)),)),
        BLOCK,
        ("prescription.none_active",),
    ),
    Scenario(
        "prescription starts tomorrow",
        visit(prescriptions=(rx(valid_from=date(2025, 3, 11)),)),
        BLOCK,
        ("prescription.none_active",),
    ),
    Scenario(
        "prescription for another drug only",
        visit(prescriptions=(rx(drug=Drug.DIACETYLMORPHINE_ORAL),)),
        BLOCK,
        ("prescription.none_active",),
    ),
    Scenario(
        "prescription of another patient",
        visit(prescriptions=(rx(patient_id="someone-else"),)),
        BLOCK,
        ("prescription.none_active",),
    ),
    Scenario(
        "two active prescriptions for the same drug",
        visit(prescriptions=(MAINTENANCE_IV, rx(prescription_id="rx-iv-2"))),
        BLOCK,
        ("prescription.ambiguous",),
        "0",
    ),
    Scenario("stop-dose flag set", visit(prescriptions=(STOPPED,)), BLOCK, ("stop_dose.set",), "0"),
    # Sessions.
    Scenario(
        "this session already dosed",
        visit(history=(dose(at(9, 17), 180), dose(at(10, 11, 45), 100)), mg=50),
        BLOCK,
        ("session.already_dosed", "interval.too_soon"),
        "0",
    ),
    Scenario(
        "this session already dosed, clinic allows an override",
        visit(
            history=(dose(at(9, 17), 180), dose(at(10, 11, 45), 100)),
            prescriptions=(rx(min_interval=timedelta(0)),),
            settings=replace(SETTINGS, repeat_session=RepeatSessionPolicy.NEEDS_OVERRIDE),
            mg=50,
        ),
        OVERRIDE,
        ("session.already_dosed",),
        "100",
    ),
    Scenario(
        "top-up after a partial injection in this session",
        visit(
            history=(
                dose(at(10, 8), 100),
                dose(at(10, 11, 40), 150, outcome=AdministrationOutcome.PARTIAL, given_mg=60),
            ),
            mg=140,
        ),
        OVERRIDE,
        ("session.partial_dose_given",),
        "140",
    ),
    Scenario(
        "a partial injection counts in full towards the day (it may all have gone in)",
        visit(
            history=(
                dose(at(10, 8), 180),
                dose(at(10, 11, 40), 180, outcome=AdministrationOutcome.PARTIAL, given_mg=60),
            ),
            mg=120,
        ),
        BLOCK,
        ("session.partial_dose_given", "daily.prescription_maximum"),
        "40",
    ),
    Scenario(
        "a redo after a failed injection with nothing given needs a second person",
        visit(
            history=(
                dose(at(10, 8), 100),
                dose(at(10, 11, 40), 100, outcome=AdministrationOutcome.FAILED, given_mg=0),
            ),
        ),
        OVERRIDE,
        ("session.partial_dose_given",),
        "200",
    ),
    Scenario(
        "a failed injection with an unknown amount counts in full",
        visit(
            history=(
                dose(at(10, 8), 180),
                dose(at(10, 11, 40), 180, outcome=AdministrationOutcome.FAILED),
            ),
            prescriptions=(rx(min_interval=timedelta(0)),),
            mg=20,
        ),
        OVERRIDE,
        ("session.partial_dose_given",),
        "20",
    ),
    Scenario(
        "a voided dose is not counted",
        visit(history=(dose(at(10, 8), 180), dose(at(10, 11, 40), 180, voided=True))),
        ALLOW,
        (),
    ),
    Scenario(
        "outside session hours",
        visit(now=at(10, 15), history=(dose(at(10, 8), 180),)),
        OVERRIDE,
        ("session.outside_hours",),
    ),
    Scenario(
        "all prescribed sessions of the day used",
        visit(
            now=at(10, 17),
            history=(dose(at(10, 8), 100), dose(at(10, 12), 100)),
            prescriptions=(rx(max_per_day=Milligrams(600)),),
        ),
        BLOCK,
        ("session.daily_sessions_used",),
        "0",
    ),
    # Amounts.
    Scenario("a dose of 0 mg", visit(mg=0), BLOCK, ("dose.not_positive",)),
    Scenario(
        "above the per-session maximum",
        visit(mg=210, prescriptions=(rx(max_per_day=Milligrams(500)),)),
        BLOCK,
        ("dose.above_session_maximum",),
        "200",
    ),
    Scenario(
        "above the prescription's daily maximum",
        visit(prescriptions=(rx(max_per_day=Milligrams(300)),)),
        BLOCK,
        ("daily.prescription_maximum",),
        "120",
    ),
    Scenario(
        "above the clinic's daily diacetylmorphine maximum of 1000 mg",
        visit(
            now=at(10, 16),
            history=(dose(at(10, 8), 500), dose(at(10, 12), 450)),
            prescriptions=(MANY_SESSIONS,),
            mg=100,
        ),
        BLOCK,
        ("daily.diacetylmorphine_maximum",),
        "50",
    ),
    Scenario(
        "oral and IV diacetylmorphine count together towards 1000 mg",
        visit(
            now=at(10, 16),
            history=(dose(at(10, 8), 500, Drug.DIACETYLMORPHINE_ORAL), dose(at(10, 12), 450)),
            prescriptions=(MANY_SESSIONS,),
            mg=100,
        ),
        BLOCK,
        ("daily.diacetylmorphine_maximum",),
        "50",
    ),
    Scenario(
        "methadone above 150 mg alongside diacetylmorphine",
        visit(drug=Drug.METHADONE_ORAL, mg=160, prescriptions=(MAINTENANCE_IV, METHADONE)),
        BLOCK,
        ("daily.methadone_maximum",),
        "150",
    ),
    Scenario(
        "methadone without diacetylmorphine follows the prescription only",
        visit(drug=Drug.METHADONE_ORAL, mg=160, prescriptions=(METHADONE,)),
        ALLOW,
        (),
        "200",
    ),
    # Interval.
    Scenario(
        "less than the minimum interval since the last dose",
        visit(history=(dose(at(10, 10), 180),)),
        BLOCK,
        ("interval.too_soon",),
        "0",
    ),
    Scenario(
        "the prescription's own shorter interval",
        visit(
            history=(dose(at(10, 10), 180),), prescriptions=(rx(min_interval=timedelta(hours=1)),)
        ),
        ALLOW,
        (),
    ),
    # Induction (Swiss Diaphin figures).
    Scenario(
        "induction: first dose of 15 mg",
        visit(history=(), prescriptions=(INDUCTION,), mg=15),
        WARN,
        ("induction.first_dose",),
        "15",
    ),
    Scenario(
        "induction: first dose above 15 mg",
        visit(history=(), prescriptions=(INDUCTION,), mg=20),
        BLOCK,
        ("induction.above_cap",),
        "15",
    ),
    Scenario(
        "induction: a second 15 mg at once, observation still running",
        visit(
            history=(dose(at(10, 11, 50), 15),),
            prescriptions=(INDUCTION,),
            previous_observation_open=True,
            mg=15,
        ),
        WARN,
        ("observation.open_during_induction", "induction.second_dose"),
        "15",
    ),
    Scenario(
        "induction: a third dose only 15 min after the second",
        visit(
            history=(dose(at(10, 11, 40), 15), dose(at(10, 11, 45), 15)),
            prescriptions=(INDUCTION,),
            mg=30,
        ),
        BLOCK,
        ("induction.too_soon",),
        "0",
    ),
    Scenario(
        "induction: a third dose of 30 mg after 30 min",
        visit(
            history=(dose(at(10, 11, 0), 15), dose(at(10, 11, 5), 15)),
            prescriptions=(INDUCTION,),
            mg=30,
        ),
        WARN,
        ("induction.day_one_dose",),
        "30",
    ),
    Scenario(
        "induction: a later day-1 dose above 30 mg",
        visit(
            history=(dose(at(10, 11, 0), 15), dose(at(10, 11, 5), 15)),
            prescriptions=(INDUCTION,),
            mg=35,
        ),
        BLOCK,
        ("induction.above_cap",),
        "30",
    ),
    Scenario(
        "induction day 2 follows titration: 50 % of day 1's total",
        visit(
            now=at(11, 12),
            history=(
                dose(at(10, 8), 15),
                dose(at(10, 8, 5), 15),
                dose(at(10, 12), 30),
                dose(at(10, 17), 30),
                dose(at(11, 8), 40),
            ),
            prescriptions=(INDUCTION,),
            mg=45,
        ),
        ALLOW,
        (),
        "45",
    ),
    # Titration (Swiss Diaphin figures).
    Scenario(
        "titration, three sessions: above 50 % of yesterday's total",
        visit(
            now=at(11, 12),
            history=(dose(at(10, 8), 60), dose(at(10, 12), 60), dose(at(10, 17), 60)),
            prescriptions=(rx(phase=Phase.TITRATION, sessions_per_day=3),),
            mg=100,
        ),
        BLOCK,
        ("titration.above_half_of_yesterday",),
        "90",
    ),
    Scenario(
        "titration, three sessions: nothing given yesterday",
        visit(
            now=at(11, 12),
            history=(dose(at(9, 17), 60),),
            prescriptions=(rx(phase=Phase.TITRATION, sessions_per_day=3),),
            mg=60,
        ),
        BLOCK,
        ("titration.no_doses_yesterday",),
        "0",
    ),
    Scenario(
        "titration, twice a day: a rise of more than 50 %",
        visit(
            history=(dose(at(9, 17), 60), dose(at(10, 8), 60)),
            prescriptions=(rx(phase=Phase.TITRATION),),
            mg=100,
        ),
        BLOCK,
        ("titration.above_rise",),
        "90",
    ),
    Scenario(
        "titration, twice a day: a rise of exactly 50 %",
        visit(
            history=(dose(at(9, 17), 60), dose(at(10, 8), 60)),
            prescriptions=(rx(phase=Phase.TITRATION),),
            mg=90,
        ),
        ALLOW,
        (),
        "90",
    ),
    Scenario(
        "titration without any earlier dose",
        visit(history=(), prescriptions=(rx(phase=Phase.TITRATION),), mg=30),
        BLOCK,
        ("titration.no_previous_dose",),
        "0",
    ),
    # Missed days (EasyDose thresholds; configurable action).
    Scenario("two missed days", missed(2), ALLOW, ()),
    Scenario("three missed days: warn", missed(3), WARN, ("missed_days.warning",)),
    Scenario(
        "five missed days: block for review",
        missed(5),
        BLOCK,
        ("missed_days.long_break", "missed_days.review_required"),
        "0",
    ),
    Scenario(
        "five missed days: capped at 50 % of the last dose",
        missed(
            5,
            mg=90,
            settings=replace(
                SETTINGS,
                missed_days=MissedDaysRules(action=MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE),
            ),
        ),
        WARN,
        ("missed_days.long_break", "missed_days.capped"),
        "90",
    ),
    Scenario(
        "five missed days: above the cap",
        missed(
            5,
            mg=100,
            settings=replace(
                SETTINGS,
                missed_days=MissedDaysRules(action=MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE),
            ),
        ),
        BLOCK,
        ("missed_days.long_break", "missed_days.above_cap"),
        "90",
    ),
    Scenario(
        "five missed days, reviewed by a clinician: the block is lifted",
        missed(5, break_reviews=(NOW - timedelta(hours=1),)),
        WARN,
        ("missed_days.long_break",),
        "200",
    ),
    Scenario(
        "a review before the break does not lift its block",
        missed(5, break_reviews=(NOW - timedelta(days=7),)),
        BLOCK,
        ("missed_days.long_break", "missed_days.review_required"),
        "0",
    ),
    Scenario(
        "the cap after a break holds for the rest of the first day back",
        visit(
            history=(dose(at(4, 8), 180), dose(at(10, 8), 90)),
            mg=100,
            settings=replace(
                SETTINGS,
                missed_days=MissedDaysRules(action=MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE),
            ),
        ),
        BLOCK,
        ("missed_days.above_cap",),
        "90",
    ),
    Scenario(
        "the cap after a break ends with the first day back by default",
        visit(
            now=at(11, 12),
            history=(dose(at(4, 8), 180), dose(at(10, 8), 90), dose(at(11, 8), 90)),
            mg=135,
            settings=replace(
                SETTINGS,
                missed_days=MissedDaysRules(action=MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE),
            ),
            assessment=assessment(at(11, 12)),
        ),
        ALLOW,
        (),
    ),
    Scenario(
        "the cap after a break holds for as many days as the clinic says",
        visit(
            now=at(11, 12),
            history=(dose(at(4, 8), 180), dose(at(10, 8), 90), dose(at(11, 8), 90)),
            mg=135,
            settings=replace(
                SETTINGS,
                missed_days=MissedDaysRules(
                    action=MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE, cap_holds_days=3
                ),
            ),
            assessment=assessment(at(11, 12)),
        ),
        BLOCK,
        ("missed_days.above_cap",),
        "90",
    ),
    Scenario(
        "the cap after a break holds until a clinician reviews, when the clinic says so",
        visit(
            now=at(12, 12),
            history=(
                dose(at(4, 8), 180),
                dose(at(10, 8), 90),
                dose(at(11, 8), 90),
                dose(at(12, 8), 90),
            ),
            mg=120,
            settings=replace(
                SETTINGS,
                missed_days=MissedDaysRules(
                    action=MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE, cap_until_review=True
                ),
            ),
            assessment=assessment(at(12, 12)),
        ),
        BLOCK,
        ("missed_days.above_cap",),
        "90",
    ),
    Scenario(
        "a dose stamped in the future counts as given now",
        visit(history=(dose(at(20, 12), 180, station_id=OTHER_STATION),), mg=100),
        BLOCK,
        (
            "clock.record_in_future",
            "session.already_dosed",
            "dose.above_session_maximum",
            "interval.too_soon",
        ),
        "0",
    ),
    Scenario(
        "this station's clock far from the server's: the nurse is told",
        visit(station_clock_skew=timedelta(days=10)),
        WARN,
        ("clock.station_clock_off",),
        "200",
    ),
    Scenario(
        "a stop-dose flag of its own blocks whatever the prescription says",
        visit(stop_flags=(StopDose("seen intoxicated at the door", "lead-1", at(10, 9)),)),
        BLOCK,
        ("stop_dose.set",),
        "0",
    ),
    Scenario(
        "the clinic's DAM maximum counts IV, IM and oral together",
        visit(
            prescriptions=(
                rx(max_per_day=Milligrams(1000)),
                rx(
                    prescription_id="rx-oral",
                    drug=Drug.DIACETYLMORPHINE_ORAL,
                    max_per_session=Milligrams(900),
                    max_per_day=Milligrams(900),
                ),
            ),
            history=(dose(at(10, 8), 900, Drug.DIACETYLMORPHINE_ORAL),),
            mg=200,
        ),
        BLOCK,
        ("daily.diacetylmorphine_maximum",),
        "100",
    ),
    Scenario(
        "a prescription that replaced another mid-day inherits its doses",
        visit(
            prescriptions=(
                rx(valid_until=date(2025, 3, 9)),
                rx(prescription_id="rx-im", drug=Drug.DIACETYLMORPHINE_IM),
            ),
            history=(dose(at(10, 8), 200), dose(at(10, 10, 29), 100, Drug.DIACETYLMORPHINE_IM)),
            drug=Drug.DIACETYLMORPHINE_IM,
            mg=200,
            now=at(10, 16),
            assessment=assessment(at(10, 16)),
        ),
        BLOCK,
        ("daily.prescription_maximum",),
        "100",
    ),
    Scenario(
        "a new induction after a long break",
        visit(history=(dose(at(1, 8), 180),), prescriptions=(INDUCTION,), mg=15),
        WARN,
        ("induction.first_dose",),
        "15",
    ),
    # Assessment and intoxication.
    Scenario("no pre-dose assessment", visit(assessment=None), BLOCK, ("assessment.missing",), "0"),
    Scenario(
        "assessment older than 30 min",
        visit(assessment=assessment(age=timedelta(minutes=45))),
        BLOCK,
        ("assessment.outdated",),
    ),
    Scenario(
        "moderate sedation: reduced dose within the cap",
        visit(assessment=assessment(score=2), mg=100),
        WARN,
        ("intoxication.reduced_dose",),
        "100",
    ),
    Scenario(
        "moderate sedation: the full dose is refused",
        visit(assessment=assessment(score=2)),
        BLOCK,
        ("intoxication.above_reduced_dose",),
        "100",
    ),
    Scenario(
        "breath alcohol above the threshold: reduced",
        visit(assessment=assessment(alcohol="0.8"), mg=100),
        WARN,
        ("intoxication.reduced_dose",),
    ),
    Scenario(
        "moderate sedation where the clinic refuses",
        visit(
            assessment=assessment(score=2),
            settings=replace(
                SETTINGS, intoxication=IntoxicationRules(action=IntoxicationAction.REFUSE)
            ),
        ),
        BLOCK,
        ("intoxication.refuse",),
        "0",
    ),
    Scenario(
        "severe sedation", visit(assessment=assessment(score=3)), BLOCK, ("intoxication.severe",)
    ),
    Scenario(
        "mild sedation is below the threshold", visit(assessment=assessment(score=1)), ALLOW, ()
    ),
    # Observation.
    Scenario(
        "previous observation still open",
        visit(previous_observation_open=True),
        BLOCK,
        ("observation.open",),
        "0",
    ),
    # Two stations (issue 5).
    Scenario(
        "online, another station holds the lease",
        visit(sync_state=SyncState.ONLINE_LEASE_REFUSED),
        BLOCK,
        ("sync.lease_held_elsewhere",),
        "0",
    ),
    Scenario("offline at the home station", visit(sync_state=SyncState.OFFLINE), ALLOW, ()),
    Scenario(
        "offline at another station",
        visit(sync_state=SyncState.OFFLINE, station_id=OTHER_STATION),
        OVERRIDE,
        ("sync.offline_not_home_station",),
        "200",
    ),
    Scenario(
        "offline at another station where the clinic forbids it",
        visit(
            sync_state=SyncState.OFFLINE,
            station_id=OTHER_STATION,
            settings=replace(SETTINGS, offline=OfflinePolicy.OTHER_STATIONS_BLOCKED),
        ),
        BLOCK,
        ("sync.offline_not_home_station",),
    ),
    Scenario(
        "offline, patient without a home station",
        visit(sync_state=SyncState.OFFLINE, patient=replace(PATIENT, home_station=None)),
        OVERRIDE,
        ("sync.offline_not_home_station",),
    ),
    # A prescriber's signed order: its dose plan's step of the day, its end and review days.
    Scenario(
        "within today's step of a titration plan",
        visit(prescriptions=(rx(plan=_titration(320)),)),
        ALLOW,
        (),
        "180",
    ),
    Scenario(
        "above today's step of a titration plan",
        visit(prescriptions=(rx(plan=_titration(300)),)),
        BLOCK,
        ("plan.above_daily_step",),
        "160",
    ),
    Scenario(
        "a taper that has reached its stop",
        visit(
            prescriptions=(
                rx(
                    plan=DosePlan(
                        PlanKind.TAPER,
                        date(2025, 3, 3),
                        Milligrams(360),
                        None,
                        Decimal(100),
                        7,
                        Milligrams(0),
                    )
                ),
            )
        ),
        BLOCK,
        ("plan.above_daily_step",),
        "0",
    ),
    Scenario(
        "a plan that starts tomorrow sets no cap today",
        visit(prescriptions=(rx(plan=replace(_titration(10), start_on=date(2025, 3, 11))),)),
        ALLOW,
        (),
        "200",
    ),
    Scenario(
        "the prescription ends within the warning days",
        visit(prescriptions=(rx(valid_until=date(2025, 3, 12)),)),
        WARN,
        ("prescription.expiring_soon",),
    ),
    Scenario(
        "the prescriber's review day has passed",
        visit(prescriptions=(rx(review_on=date(2025, 3, 9)),)),
        WARN,
        ("prescription.review_passed",),
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(scenario: Scenario) -> None:
    decision = decide(scenario.context)
    assert decision.outcome is scenario.outcome, decision.concerns
    assert tuple(r.code for r in decision.concerns) == scenario.concerns
    if scenario.max_allowed is not None:
        assert decision.max_allowed == Milligrams(scenario.max_allowed)
    for reason in decision.reasons:
        assert reason.message.endswith("."), reason
        assert PATIENT.given_name not in reason.message
        assert PATIENT.family_name not in reason.message


def test_scenario_names_are_unique() -> None:
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)


def test_every_reason_code_is_exercised_by_some_decision() -> None:
    seen = {r.code for s in SCENARIOS for r in decide(s.context).reasons}
    unexplained = set(REASON_CODES) - seen
    assert unexplained == set()


def test_who_can_lift() -> None:
    stopped = decide(visit(prescriptions=(STOPPED,)))
    assert [r.who_can_lift for r in stopped.concerns] == [Role.CLINIC_LEAD]
    assert "vomiting after last dose" in stopped.concerns[0].message
    offline = decide(visit(sync_state=SyncState.OFFLINE, station_id=OTHER_STATION))
    assert [r.who_can_lift for r in offline.concerns] == [Role.NURSE]


def test_missed_days_ask_for_a_comment() -> None:
    assert decide(missed(3)).comment_required
    assert not decide(visit()).comment_required


def test_messages_say_what_to_do() -> None:
    decision = decide(visit(history=(dose(at(10, 10), 180),)))
    (reason,) = decision.concerns
    assert reason.message == (
        "The last dose was at 10:00; the next may be given from 13:00 (at least 3 h apart)."
    )
    capped = decide(visit(prescriptions=(rx(max_per_day=Milligrams(300)),)))
    assert capped.concerns[0].message == (
        "180 mg would exceed the prescribed daily maximum (300 mg): 180 mg given today, "
        "at most 120 mg more."
    )


def test_the_outcome_order() -> None:
    assert Outcome.ALLOW < Outcome.ALLOW_WITH_WARNING < Outcome.NEEDS_OVERRIDE < Outcome.BLOCK


def test_unknown_reason_codes_are_refused() -> None:
    with pytest.raises(DomainError):
        Reason("made.up", "Something.", Outcome.ALLOW)


def test_a_reasons_values_are_plain_read_only_and_in_utc() -> None:
    here = datetime(2025, 3, 10, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    reason = Reason("interval.respected", "x", Outcome.ALLOW, params={"last": here})
    last = reason.params["last"]
    assert last == here and isinstance(last, datetime) and last.tzinfo is UTC
    with pytest.raises(TypeError):
        reason.params["last"] = here  # type: ignore[index]
    assert Reason("observation.closed", "x", Outcome.ALLOW).params == {}
    for wrong in (1.5, True, None, datetime(2025, 3, 10, 9, 30), ("a",)):
        with pytest.raises(DomainError):
            Reason("interval.respected", "x", Outcome.ALLOW, params={"last": wrong})  # type: ignore[dict-item]


def test_naive_times_are_refused() -> None:
    with pytest.raises(DomainError):
        visit(now=datetime(2025, 3, 10, 12))


def test_days_and_sessions_are_in_the_clinic_time_zone() -> None:
    assert clinic_day(at(10, 23, 30), SETTINGS) == date(2025, 3, 10)
    just_after_local_midnight = datetime(2025, 3, 10, 23, 30, tzinfo=UTC)  # 00:30 local
    assert clinic_day(just_after_local_midnight, SETTINGS) == date(2025, 3, 11)
    # 07:45 local after the change to summer time (30 March 2025) is 05:45 UTC ...
    summer = datetime(2025, 3, 31, 5, 45, tzinfo=UTC)
    assert session_of(summer, SETTINGS) == SessionKey(date(2025, 3, 31), "morning")
    # ... while before it 05:45 UTC was 06:45 local, before the morning session.
    winter = datetime(2025, 3, 28, 5, 45, tzinfo=UTC)
    assert not session_of(winter, SETTINGS).scheduled


def test_session_keys_round_trip_as_text() -> None:
    key = session_of(NOW, SETTINGS)
    assert str(key) == "2025-03-10/midday"
    assert SessionKey.parse(str(key)) == key
    with pytest.raises(DomainError):
        SessionKey.parse("not a key")


def test_counting_rule_for_partial_and_failed_doses() -> None:
    full = dose(NOW, 100)
    assert full.counted_mg == Milligrams(100)
    assert dose(NOW, 100, outcome=AdministrationOutcome.PARTIAL, given_mg=40).counted_mg == (
        Milligrams(40)
    )
    assert dose(NOW, 100, outcome=AdministrationOutcome.PARTIAL).counted_mg == Milligrams(100)
    assert dose(NOW, 100, voided=True).counted_mg == Milligrams(0)
    with pytest.raises(DomainError):
        dose(NOW, 100, given_mg=120)


def test_the_maintenance_prescription_is_what_the_builders_use() -> None:
    assert MAINTENANCE_IV.is_active_on(date(2025, 3, 10))
