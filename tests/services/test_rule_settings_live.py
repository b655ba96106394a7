"""The rules follow what the clinic lead saved: every rule setting, at once, and by sync.

Everything here is fictional: stations, staff and patients are invented for the tests.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from station.domain.observation import ObservationStage
from station.domain.patients import Patient
from station.domain.prescriptions import Drug, Phase
from station.domain.quantities import Grams
from station.domain.rules import Outcome
from station.domain.settings import RuleSettings
from station.services.counter import CounterService, Visit
from station.services.errors import ServiceError
from station.services.preparation import expected_mass
from station.services.setting_catalogue import SPECS
from station.services.setting_spec import SettingSpec
from station.services.settings import SettingsService
from station.store.store import Session
from tests.services.conftest import IV, OTHER_STATION, PASSWORDS, Clinic, Clock, local, mg
from tests.services.sync_support import Station, enrolled_stations, running_server
from tests.sync.conftest import InProcessServer

RULE_KEYS = sorted(key for key, spec in SPECS.items() if spec.rule)


@dataclass
class World:
    """One station: the clinic fixture, the lead's settings service, and the one counter."""

    clinic: Clinic
    settings: SettingsService

    @property
    def counter(self) -> CounterService:
        return self.clinic.counter

    @property
    def nurse(self) -> Session:
        return self.clinic.nurse

    @property
    def clock(self) -> Clock:
        return self.clinic.clock

    def at(self, day: int, hour: int, minute: int = 0) -> None:
        self.clock.set(local(day, hour, minute))

    def visit(
        self,
        patient: Patient,
        dose: int | str = 100,
        *,
        score: int = 0,
        alcohol: str = "0.0",
        drug: Drug = IV,
        before_decision: Callable[[], object] | None = None,
    ) -> Visit:
        """Card, assessment and the rules check, as the nurse does it."""
        counter = self.counter
        visit = counter.identify_by_card(self.nurse, self.clinic.card(patient))
        visit = counter.assess(self.nurse, visit, score, Decimal(alcohol), "Assessed (test).")
        if before_decision is not None:
            before_decision()
        return counter.decide(self.nurse, visit, drug, mg(dose))

    def given(self, patient: Patient, dose: int | str = 100) -> Any:
        """A dose given and left under observation (not discharged)."""
        return self.clinic.administer(self.visit(patient, dose))

    def open_observation(self, observation_id: str) -> Any:
        board = self.counter.observations.open_observations(self.nurse)
        return next(item for item in board if item.observation_id == observation_id)


@pytest.fixture
def world(clinic: Clinic) -> World:
    return World(clinic, SettingsService(clinic.store, clinic.clock))


def _codes(visit: Visit, prefix: str) -> tuple[str, ...]:
    assert visit.decision is not None
    return tuple(code for code in visit.decision.codes if code.startswith(prefix))


def _allowed(visit: Visit) -> Decimal:
    assert visit.decision is not None
    return visit.decision.max_allowed.value


def _outcome_of(visit: Visit, code: str) -> Outcome:
    assert visit.decision is not None
    return next(reason.outcome for reason in visit.decision.reasons if reason.code == code)


# -- one scenario per rule setting: what a person would notice when it changes ----------------


@dataclass(frozen=True)
class Scenario:
    """Run ``probe`` (a fresh patient each time), change ``key`` to ``value``, run it again."""

    key: str
    value: str
    probe: Callable[[World], object]
    before: object
    after: object
    given: tuple[tuple[str, str], ...] = ()
    """Other rule settings the lead saved first (e.g. capping after a break)."""


def session_now(w: World) -> object:
    w.at(4, 8)
    return str(w.visit(w.clinic.patient()).decision.session)  # type: ignore[union-attr]


def session_and_hours(w: World) -> object:
    w.at(4, 8)
    visit = w.visit(w.clinic.patient())
    assert visit.decision is not None
    return visit.decision.session.name, "session.outside_hours" in visit.decision.codes


def daily_dam(w: World) -> object:
    w.at(4, 8)
    visit = w.visit(w.clinic.patient(max_per_session=mg(600), max_per_day=mg(1000)), 600)
    return _allowed(visit), _codes(visit, "daily.")


def daily_methadone(w: World) -> object:
    w.at(4, 8)
    patient = w.clinic.patient()
    methadone = Drug.METHADONE_ORAL
    w.clinic.prescribe(patient, drug=methadone, max_per_session=mg(120), max_per_day=mg(200))
    visit = w.visit(patient, 120, drug=methadone)
    return _allowed(visit), _codes(visit, "daily.")


def interval(w: World) -> object:
    w.at(4, 8)
    patient = w.clinic.patient()
    w.clinic.give(patient, 100)
    w.at(4, 12)
    return _codes(w.visit(patient), "interval.")


def observation_ends(w: World) -> object:
    w.at(4, 8)
    dose = w.given(w.clinic.patient())
    return dose.observation_ends_at - w.clock()


def failed_access_observation_ends(w: World) -> object:
    w.at(4, 8)
    visit = w.visit(w.clinic.patient())
    dose = w.clinic.administer(visit, venous_access_failed=True)
    return dose.observation_ends_at - w.clock()


def stage_after(minutes: int) -> Callable[[World], object]:
    def probe(w: World) -> object:
        w.at(4, 8)
        dose = w.given(w.clinic.patient())
        w.clock.advance(minutes=minutes)
        return w.counter.observations.stage(w.nurse, w.open_observation(dose.observation_id))

    return probe


def early_discharge(w: World) -> object:
    w.at(4, 8)
    dose = w.given(w.clinic.patient())
    w.clock.advance(minutes=5)
    try:
        w.counter.observations.discharge(
            w.nurse, dose.observation_id, "Left (test).", early_reason="Wants to go (test)."
        )
    except ServiceError:
        return "refused without a second person"
    return "discharged"


def alarms_for(vitals: dict[str, str]) -> Callable[[World], object]:
    def probe(w: World) -> object:
        w.at(4, 8)
        dose = w.given(w.clinic.patient())
        outcome = w.counter.observations.note_observation(
            w.nurse, dose.observation_id, "Checked (test).", vitals
        )
        return tuple(alarm.code for alarm in outcome.alarms)

    return probe


def _induction_patient(w: World, per_session: int = 30) -> Patient:
    return w.clinic.patient(
        phase=Phase.INDUCTION,
        valid_from=date(2031, 3, 4),
        max_per_session=mg(per_session),
        max_per_day=mg(300),
    )


def induction_first(w: World) -> object:
    w.at(4, 8)
    return _allowed(w.visit(_induction_patient(w), 20))


def induction_second(w: World) -> object:
    w.at(4, 8)
    patient = _induction_patient(w)
    w.given(patient, 15)
    return _allowed(w.visit(patient, 20))


def induction_third(w: World) -> object:
    w.at(4, 8)
    patient = _induction_patient(w, per_session=50)
    w.given(patient, 15)
    w.given(patient, 15)
    w.clock.advance(minutes=30)
    visit = w.visit(patient, 40)
    return _allowed(visit), _codes(visit, "induction.")


def titration_kind(w: World) -> object:
    w.at(4, 8)
    patient = w.clinic.patient(
        phase=Phase.TITRATION, sessions_per_day=3, max_per_session=mg(100), max_per_day=mg(300)
    )
    return _codes(w.visit(patient, 50), "titration.")


def titration_after_yesterday(sessions_per_day: int) -> Callable[[World], object]:
    """Maintenance until yesterday (100 mg given then), titration from today."""

    def probe(w: World) -> object:
        w.at(3, 8)
        patient = w.clinic.patient(valid_until=date(2031, 3, 3))
        w.clinic.prescribe(
            patient,
            phase=Phase.TITRATION,
            valid_from=date(2031, 3, 4),
            sessions_per_day=sessions_per_day,
            max_per_session=mg(200),
            max_per_day=mg(600),
        )
        w.clinic.give(patient, 100)
        w.at(4, 8)
        return _allowed(w.visit(patient, 200))

    return probe


def back_after_break(back_on: int, *, what: str = "codes") -> Callable[[World], object]:
    """100 mg on 1 March, then back on ``back_on`` March: the missed-days reasons, or the cap."""

    def probe(w: World) -> object:
        w.at(1, 8)
        patient = w.clinic.patient()
        w.clinic.give(patient, 100)
        w.at(back_on, 8)
        visit = w.visit(patient)
        return _codes(visit, "missed_days.") if what == "codes" else _allowed(visit)

    return probe


def day_after_coming_back(w: World) -> object:
    """100 mg on 1 March, 50 mg on 7 March (back after 5 days), then the cap on 8 March."""
    w.at(1, 8)
    patient = w.clinic.patient()
    w.clinic.give(patient, 100)
    w.at(7, 8)
    w.clinic.give(patient, 50, acknowledgement="Back after a break, discussed (test).")
    w.at(8, 8)
    return _allowed(w.visit(patient))


def intoxicated(score: int = 0, alcohol: str = "0.0", what: str = "codes") -> Callable[..., object]:
    def probe(w: World) -> object:
        w.at(4, 8)
        visit = w.visit(w.clinic.patient(), score=score, alcohol=alcohol)
        if what == "allowed":
            return _allowed(visit)
        return _codes(visit, "intoxication.") + _codes(visit, "assessment.")

    return probe


def assessment_aged(minutes: int) -> Callable[[World], object]:
    def probe(w: World) -> object:
        w.at(4, 8)
        visit = w.visit(
            w.clinic.patient(), before_decision=lambda: w.clock.advance(minutes=minutes)
        )
        return "assessment.outdated" in _codes(visit, "assessment.")

    return probe


def repeat_in_session(w: World) -> object:
    w.at(4, 8)
    patient = w.clinic.patient()
    w.clinic.give(patient, 100)
    w.at(4, 8, 30)
    return _outcome_of(w.visit(patient), "session.already_dosed")


def weighed(dose: int, deviation_g: str = "0", factor: str = "1") -> Callable[[World], object]:
    def probe(w: World) -> object:
        w.at(4, 8)
        visit = w.visit(w.clinic.patient(), dose)
        batch = w.clinic.batch()
        target = expected_mass(mg(dose), batch).value
        measured = Grams(
            (target * Decimal(factor) + Decimal(deviation_g)).quantize(Decimal("1E-4"))
        )
        result = w.counter.accept_weighing(w.nurse, visit, batch.lot, measured, b"S S test")
        return result.accepted

    return probe


def offline_elsewhere(w: World) -> object:
    w.at(4, 8)
    visit = w.visit(w.clinic.patient(home_station=OTHER_STATION))
    return _outcome_of(visit, "sync.offline_not_home_station")


def assessment_from_the_future(w: World) -> object:
    w.at(4, 8)
    visit = w.visit(w.clinic.patient(), before_decision=lambda: w.clock.advance(minutes=-3))
    return "assessment.outdated" in _codes(visit, "assessment.")


def order_ending_soon(w: World) -> object:
    w.at(4, 8)
    visit = w.visit(w.clinic.patient(valid_until=date(2031, 3, 10)))
    return "prescription.expiring_soon" in _codes(visit, "prescription.")


_CAP = (("missed_days_action", "cap_at_percent_of_last_dose"),)
_MINUTES = timedelta(minutes=1)

SCENARIOS: dict[str, Scenario] = {
    scenario.key: scenario
    for scenario in (
        # The clinic day: 08:00 in Copenhagen is 23:00 the evening before in Los Angeles.
        Scenario(
            "clinic_timezone",
            "America/Los_Angeles",
            session_now,
            "2031-03-04/morning",
            "2031-03-03/unscheduled",
        ),
        Scenario(
            "session_windows",
            "midday 11:30-14:00; evening 16:00-19:30",
            session_and_hours,
            ("morning", False),
            ("unscheduled", True),
        ),
        Scenario(
            "max_daily_diacetylmorphine_mg",
            "500",
            daily_dam,
            (Decimal(600), ("daily.within_maximum",)),
            (Decimal(500), ("daily.diacetylmorphine_maximum",)),
        ),
        Scenario(
            "max_daily_methadone_with_diacetylmorphine_mg",
            "100",
            daily_methadone,
            (Decimal(120), ("daily.within_maximum",)),
            (Decimal(100), ("daily.methadone_maximum",)),
        ),
        Scenario(
            "min_interval_minutes",
            "300",
            interval,
            ("interval.respected",),
            ("interval.too_soon",),
        ),
        Scenario("observation_minutes", "25", observation_ends, 20 * _MINUTES, 25 * _MINUTES),
        Scenario(
            "observation_after_failed_access_minutes",
            "60",
            failed_access_observation_ends,
            30 * _MINUTES,
            60 * _MINUTES,
        ),
        Scenario(
            "observation_last_minutes",
            "5",
            stage_after(16),
            ObservationStage.RUNNING,
            ObservationStage.LAST_MINUTES,
        ),
        Scenario(
            "observation_escalate_after_minutes",
            "10",
            stage_after(26),
            ObservationStage.ESCALATED,
            ObservationStage.DUE,
        ),
        Scenario(
            "early_discharge",
            "reason_only",
            early_discharge,
            "refused without a second person",
            "discharged",
        ),
        Scenario(
            "vital_breaths_below",
            "12",
            alarms_for({"breaths_per_min": "11"}),
            (),
            ("vitals.slow_breathing",),
        ),
        Scenario(
            "vital_spo2_below",
            "94",
            alarms_for({"spo2_percent": "93"}),
            (),
            ("vitals.low_oxygen",),
        ),
        Scenario(
            "vital_pulse_below",
            "60",
            alarms_for({"pulse_per_min": "55"}),
            (),
            ("vitals.slow_pulse",),
        ),
        Scenario(
            "vital_pulse_above",
            "120",
            alarms_for({"pulse_per_min": "125"}),
            (),
            ("vitals.fast_pulse",),
        ),
        Scenario(
            "vital_sedation_from",
            "1",
            alarms_for({"sedation_score": "1"}),
            (),
            ("vitals.sedated",),
        ),
        Scenario("induction_first_dose_max_mg", "20", induction_first, Decimal(15), Decimal(20)),
        Scenario("induction_second_dose_max_mg", "20", induction_second, Decimal(15), Decimal(20)),
        Scenario(
            "induction_day_one_dose_max_mg",
            "40",
            induction_third,
            (Decimal(30), ("induction.above_cap",)),
            (Decimal(40), ("induction.day_one_dose",)),
        ),
        Scenario(
            "induction_day_one_interval_minutes",
            "45",
            induction_third,
            (Decimal(30), ("induction.above_cap",)),
            (Decimal(0), ("induction.too_soon",)),
        ),
        Scenario(
            "titration_frequent_above_sessions",
            "3",
            titration_kind,
            ("titration.no_doses_yesterday",),
            ("titration.no_previous_dose",),
        ),
        Scenario(
            "titration_percent_of_yesterday",
            "80",
            titration_after_yesterday(sessions_per_day=3),
            Decimal(50),
            Decimal(80),
        ),
        Scenario(
            "titration_max_rise_percent",
            "20",
            titration_after_yesterday(sessions_per_day=2),
            Decimal(150),
            Decimal(120),
        ),
        Scenario(
            "missed_days_warn_at",
            "2",
            back_after_break(4),
            ("missed_days.none",),
            ("missed_days.warning",),
        ),
        Scenario(
            "missed_days_warn_again_at",
            "3",
            back_after_break(5),
            ("missed_days.warning",),
            ("missed_days.long_break",),
        ),
        Scenario(
            "missed_days_act_at",
            "3",
            back_after_break(5),
            ("missed_days.warning",),
            ("missed_days.warning", "missed_days.review_required"),
        ),
        Scenario(
            "missed_days_action",
            "cap_at_percent_of_last_dose",
            back_after_break(7),
            ("missed_days.long_break", "missed_days.review_required"),
            ("missed_days.long_break", "missed_days.above_cap"),
        ),
        Scenario(
            "missed_days_cap_percent",
            "80",
            back_after_break(7, what="allowed"),
            Decimal(50),
            Decimal(80),
            given=_CAP,
        ),
        Scenario(
            "missed_days_cap_holds_days",
            "2",
            day_after_coming_back,
            Decimal(100),
            Decimal(50),
            given=_CAP,
        ),
        Scenario(
            "missed_days_cap_until_review",
            "until_review",
            day_after_coming_back,
            Decimal(100),
            Decimal(50),
            given=_CAP,
        ),
        Scenario(
            "intoxication_sedation_threshold",
            "1",
            intoxicated(score=1, what="allowed"),
            Decimal(100),
            Decimal(50),
        ),
        Scenario(
            "intoxication_refuse_at_sedation",
            "2",
            intoxicated(score=2),
            ("intoxication.above_reduced_dose",),
            ("intoxication.severe",),
        ),
        Scenario(
            "intoxication_breath_alcohol_permille",
            "0.3",
            intoxicated(alcohol="0.4", what="allowed"),
            Decimal(100),
            Decimal(50),
        ),
        Scenario(
            "intoxication_action",
            "refuse",
            intoxicated(score=2),
            ("intoxication.above_reduced_dose",),
            ("intoxication.refuse",),
        ),
        Scenario(
            "intoxication_reduce_to_percent",
            "25",
            intoxicated(score=2, what="allowed"),
            Decimal(50),
            Decimal(25),
        ),
        Scenario("assessment_valid_minutes", "60", assessment_aged(40), True, False),
        Scenario(
            "repeat_session",
            "needs_override",
            repeat_in_session,
            Outcome.BLOCK,
            Outcome.NEEDS_OVERRIDE,
        ),
        # 3 % heavy: outside 2 %, inside 5 %.
        Scenario("weighing_tolerance_percent", "5", weighed(100, factor="1.03"), False, True),
        # 10 mg (about 0.1 g): 8 mg of solution heavy is outside 0.005 g, inside 0.01 g.
        Scenario(
            "weighing_tolerance_absolute_g", "0.01", weighed(10, deviation_g="0.008"), False, True
        ),
        Scenario(
            "offline_policy",
            "other_stations_blocked",
            offline_elsewhere,
            Outcome.NEEDS_OVERRIDE,
            Outcome.BLOCK,
        ),
        # An assessment stamped 3 minutes ahead of the station's clock.
        Scenario("clock_skew_allowance_minutes", "1", assessment_from_the_future, False, True),
        # A prescription ending in 6 days: warned of at 7 days' notice, not at 3 (issue 16).
        Scenario("order_expiry_warning_days", "3", order_ending_soon, True, False),
    )
}


@pytest.mark.parametrize("key", RULE_KEYS)
def test_a_rule_setting_the_lead_saves_changes_the_next_decision(world: World, key: str) -> None:
    scenario = SCENARIOS.get(key)
    assert scenario is not None, f"no scenario shows that the rule setting {key} changes anything"
    counter = world.counter
    for other, value in scenario.given:
        world.settings.change(world.clinic.lead, other, value)
    assert scenario.probe(world) == scenario.before
    world.settings.change(world.clinic.lead, key, scenario.value)
    assert world.counter is counter  # the same service, no restart
    assert scenario.probe(world) == scenario.after
    assert counter.settings == counter.rule_settings(world.nurse)


def test_every_scenario_is_for_a_rule_setting() -> None:
    assert sorted(SCENARIOS) == RULE_KEYS


def _leaves(value: object, path: str = "") -> dict[str, object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found: dict[str, object] = {}
        for item in dataclasses.fields(value):
            found.update(_leaves(getattr(value, item.name), f"{path}.{item.name}".lstrip(".")))
        return found
    return {path: value}


def test_every_figure_of_the_rules_is_a_setting_the_lead_can_save() -> None:
    built_in = _leaves(RuleSettings())
    reached: set[str] = set()
    for key in RULE_KEYS:
        scenario = SCENARIOS[key]
        values = {
            name: SPECS[name].parse(raw) for name, raw in (*scenario.given, (key, scenario.value))
        }
        changed = _leaves(SettingsService._rules_from(values, RuleSettings()))
        reached |= {path for path, value in changed.items() if value != built_in[path]}
    assert reached == set(built_in), f"no setting reaches {sorted(set(built_in) - reached)}"


def test_the_defaults_shown_are_the_built_in_rules() -> None:
    defaults = {key: SPECS[key].default for key in RULE_KEYS}
    assert SettingsService._rules_from(defaults, RuleSettings()) == RuleSettings()
    for key in RULE_KEYS:
        spec = SPECS[key]
        assert spec.parse(spec.text(spec.default)) == spec.default


# -- values the lead types: only a ServiceError, never another exception ----------------------


def _refused_or_in_range(spec: SettingSpec, raw: object) -> None:
    try:
        value = spec.parse(raw)
    except ServiceError as error:
        assert str(error).startswith(spec.label)
        return
    assert type(value) is spec.kind
    if spec.minimum is not None:
        assert value >= spec.minimum  # type: ignore[operator]
    if spec.maximum is not None:
        assert value <= spec.maximum  # type: ignore[operator]
    if spec.choices:
        assert value in spec.choice_values


_NUMERIC = [spec for spec in SPECS.values() if spec.kind is not str]


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    spec=st.sampled_from(list(SPECS.values())),
    raw=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.integers(),
        st.text(max_size=80),
        st.sampled_from(
            [
                "NaN",
                "nan",
                "inf",
                "-Infinity",
                "sNaN",
                "1e999",
                "1_000",
                "٣",
                " 5 ",
                "0x10",
                "",
                "1,5",
            ]
        ),
        st.none(),
        st.lists(st.integers(), max_size=2),
    ),
)
def test_parse_refuses_what_is_not_a_value_with_a_sentence(spec: SettingSpec, raw: object) -> None:
    _refused_or_in_range(spec, raw)


@hypothesis_settings(max_examples=200, deadline=None)
@given(
    spec=st.sampled_from(_NUMERIC),
    raw=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.sampled_from([math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("-Infinity")]),
    ),
)
def test_floats_bools_nan_and_infinities_are_always_refused(spec: SettingSpec, raw: object) -> None:
    with pytest.raises(ServiceError):
        spec.parse(raw)


@hypothesis_settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)
@given(spec=st.sampled_from(_NUMERIC), data=st.data())
def test_numbers_out_of_range_are_refused_and_in_range_kept(
    spec: SettingSpec, data: st.DataObject
) -> None:
    assert spec.minimum is not None and spec.maximum is not None
    low, high = spec.minimum, spec.maximum
    if spec.kind is int:
        inside: object = data.draw(st.integers(int(low), int(high)))
        outside: object = data.draw(
            st.one_of(st.integers(-(10**20), int(low) - 1), st.integers(int(high) + 1, 10**20))
        )
    else:
        places = spec.places if spec.places is not None else 2
        inside = data.draw(st.decimals(Decimal(low), Decimal(high), places=places))
        step = Decimal(1).scaleb(-places)
        outside = data.draw(
            st.one_of(
                st.decimals(
                    min_value=Decimal("-1E20"),
                    max_value=Decimal(low) - step,
                    places=places,
                    allow_nan=False,
                    allow_infinity=False,
                ),
                st.decimals(
                    min_value=Decimal(high) + step,
                    max_value=Decimal("1E20"),
                    places=places,
                    allow_nan=False,
                    allow_infinity=False,
                ),
            )
        )
    assert spec.parse(str(inside)) == inside
    with pytest.raises(ServiceError, match=r"at (least|most)"):
        spec.parse(str(outside))


# -- between stations: a real central server on loopback ---------------------------------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: InProcessServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def _synced(*stations: Station) -> None:
    for station in stations:
        assert station.sync is not None
        overview = station.sync.sync_now()
        assert overview.status.online, overview.status.last_error
        assert overview.status.queued_events == 0


def _decided(station: Station, patient: Patient, dose: int) -> Visit:
    """Identified by name and birth date with a witness, assessed, decided, at ``station``."""
    counter = station.counter
    witness = station.store.confirm_witness("witness", PASSWORDS["witness"], station.nurse.user)
    visit = counter.identify_manually(
        station.nurse, patient.patient_id, "Card left at home (test)", witness
    )
    visit = counter.assess(station.nurse, visit, 0, Decimal("0.0"), "Calm (test).")
    return counter.decide(station.nurse, visit, IV, mg(dose))


def _settings(station: Station) -> SettingsService:
    return SettingsService(station.store, station.clock)


def test_a_rule_the_lead_saves_at_one_station_decides_at_the_other_after_sync(
    pair: tuple[Station, Station],
) -> None:
    a, b = pair
    patient = a.register(max_per_session=mg(600), max_per_day=mg(1000))
    _synced(a, b)
    counter_b = b.counter
    before = _decided(b, patient, 600).decision
    assert before is not None and before.max_allowed.value == 600
    assert "daily.diacetylmorphine_maximum" not in before.codes

    a.clock.advance(minutes=1)
    _settings(a).change(a.lead, "max_daily_diacetylmorphine_mg", "500")
    (event,) = [e.payload for e in a.store.events_after(a.admin, 0) if e.type == "settings.changed"]
    assert event["scope"] == "clinic"
    _synced(a, b)

    assert b.counter is counter_b
    after = _decided(b, patient, 600).decision
    assert after is not None and after.outcome is Outcome.BLOCK
    assert after.max_allowed.value == 500
    assert "daily.diacetylmorphine_maximum" in after.codes
    shown = _settings(b).values(b.nurse)["max_daily_diacetylmorphine_mg"]
    assert shown.value == 500 and shown.changed_by == a.lead.user.user_id


def test_a_station_setting_stays_at_its_station(pair: tuple[Station, Station]) -> None:
    a, b = pair
    _settings(a).change(a.tech, "auto_lock_minutes", "9")
    (event,) = [e.payload for e in a.store.events_after(a.admin, 0) if e.type == "settings.changed"]
    assert "scope" not in event
    _synced(a, b, a)
    assert _settings(a).value(a.nurse, "auto_lock_minutes") == 9
    assert _settings(b).value(b.nurse, "auto_lock_minutes") == 5
    assert _settings(b).values(b.nurse)["auto_lock_minutes"].changed_at is None


def test_the_later_of_two_changes_wins_at_both_stations_whatever_arrives_last(
    pair: tuple[Station, Station],
) -> None:
    a, b = pair
    key = "max_daily_diacetylmorphine_mg"
    a.clock.set(local(4, 10))
    _settings(a).change(a.lead, key, "500")
    a.clock.set(local(4, 10, 5))
    _settings(b).change(b.lead, key, "800")
    # B's later change reaches the server first; A's earlier one arrives at B last.
    _synced(b, a, b)
    for station in (a, b):
        assert _settings(station).value(station.nurse, key) == 800
        assert station.counter.rule_settings(station.nurse).max_daily_diacetylmorphine.value == 800


def test_two_changes_that_do_not_fit_together_stop_the_rules_until_the_lead_corrects_them(
    pair: tuple[Station, Station],
) -> None:
    a, b = pair
    patient = a.register()
    # Each fits with what its station knew; together, observation would outlast the longer one.
    _settings(a).change(a.lead, "observation_minutes", "30")
    _settings(b).change(b.lead, "observation_after_failed_access_minutes", "25")
    _synced(a, b, a)
    with pytest.raises(ServiceError, match=r"do not fit together.*clinic lead"):
        _decided(b, patient, 100)
    with pytest.raises(ServiceError, match="does not fit"):
        _settings(b).change(b.lead, "observation_after_failed_access_minutes", "28")
    b.clock.advance(minutes=1)
    _settings(b).change(b.lead, "observation_after_failed_access_minutes", "45")
    decided = _decided(b, patient, 100).decision
    assert decided is not None and decided.may_dose
    assert b.counter.settings.observation_period(venous_access_failed=True) == timedelta(minutes=45)
