"""Station settings as signed events, with role checks: a nurse changes nothing, a technician
changes the station's behaviour, only the clinic lead changes the rules."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from station.domain.settings import MissedDaysAction
from station.services.errors import PermissionDenied, ServiceError
from station.services.setting_catalogue import SPECS
from station.services.settings import SettingsService

from .conftest import Clinic


@pytest.fixture
def settings(clinic: Clinic) -> SettingsService:
    return SettingsService(clinic.store, clock=clinic.clock)


def test_defaults_until_changed_then_the_change_is_a_signed_event(
    clinic: Clinic, settings: SettingsService
) -> None:
    assert settings.value(clinic.nurse, "observation_minutes") == 20
    assert settings.rule_settings(clinic.nurse).observation == timedelta(minutes=20)
    settings.change(clinic.lead, "observation_minutes", "30")
    settings.change(clinic.lead, "observation_after_failed_access_minutes", 45)
    settings.change(clinic.lead, "weighing_tolerance_percent", "1.5")
    settings.change(clinic.lead, "missed_days_action", "cap_at_percent_of_last_dose")
    rules = settings.rule_settings(clinic.nurse)
    assert rules.observation == timedelta(minutes=30)
    assert rules.weighing_tolerance_percent == Decimal("1.5")
    assert rules.missed_days.action is MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE
    current = settings.values(clinic.nurse)["observation_minutes"]
    assert current.changed_by == clinic.lead.user.user_id and current.changed_at == clinic.clock.now
    (first, *_rest) = clinic.events("settings.changed")
    assert (first["key"], first["value"], first["previous"]) == ("observation_minutes", "30", "20")
    assert first["signatures"][0]["meaning"] == "changed setting"  # type: ignore[index]


def test_a_nurse_changes_no_setting_and_a_technician_no_rule(
    clinic: Clinic, settings: SettingsService
) -> None:
    for key in SPECS:
        with pytest.raises(PermissionDenied):
            settings.change(clinic.nurse, key, SPECS[key].default)
    for key, spec in SPECS.items():
        if spec.rule:
            with pytest.raises(PermissionDenied, match="clinic lead"):
                settings.change(clinic.tech, key, spec.default)
    settings.change(clinic.tech, "auto_lock_minutes", 3)
    settings.change(clinic.tech, "language", "da")
    assert settings.value(clinic.nurse, "auto_lock_minutes") == 3
    assert settings.value(clinic.nurse, "language") == "da"
    assert [e["key"] for e in clinic.events("settings.changed")] == [
        "auto_lock_minutes",
        "language",
    ]


def test_values_out_of_range_or_inconsistent_are_refused(
    clinic: Clinic, settings: SettingsService
) -> None:
    with pytest.raises(ServiceError, match="at most 10"):
        settings.change(clinic.lead, "weighing_tolerance_percent", "12")
    with pytest.raises(ServiceError, match="not a valid value"):
        settings.change(clinic.lead, "observation_minutes", "twenty")
    with pytest.raises(ServiceError, match="choose one of"):
        settings.change(clinic.tech, "language", "xx")
    with pytest.raises(ServiceError, match="failed access cannot be shorter"):
        settings.change(clinic.lead, "observation_minutes", 40)
    with pytest.raises(ServiceError, match="no setting"):
        settings.change(clinic.lead, "nonsense", 1)
    assert clinic.events("settings.changed") == []


def test_settings_survive_a_restart(clinic: Clinic, settings: SettingsService) -> None:
    settings.change(clinic.lead, "min_interval_minutes", 240)
    clinic.reopen()
    again = SettingsService(clinic.store)
    assert again.rule_settings(clinic.nurse).min_interval == timedelta(hours=4)


def _changes(clinic: Clinic) -> list[dict[str, object]]:
    return clinic.events("settings.changed")


def test_rule_changes_carry_the_clinic_scope_and_station_changes_none(
    clinic: Clinic, settings: SettingsService
) -> None:
    settings.change(clinic.lead, "session_windows", "late 12:00-20:00;  early 7:00-11:00")
    settings.change(clinic.tech, "auto_lock_minutes", 9)
    rule, station = _changes(clinic)
    assert rule["scope"] == "clinic" and "scope" not in station
    # Stored in the form people type, earliest first, and read back as the domain's windows.
    assert rule["value"] == "early 07:00-11:00; late 12:00-20:00"
    windows = settings.rule_settings(clinic.nurse).sessions
    assert [(w.name, f"{w.starts:%H:%M}", f"{w.ends:%H:%M}") for w in windows] == [
        ("early", "07:00", "11:00"),
        ("late", "12:00", "20:00"),
    ]


def test_a_change_recorded_before_scopes_existed_still_applies_here(
    clinic: Clinic, settings: SettingsService
) -> None:
    now = clinic.clock()
    clinic.store.record(
        clinic.lead,
        "settings.changed",
        {
            "key": "min_interval_minutes",
            "value": "240",
            "previous": "180",
            "station_id": clinic.store.station_id,
            "at": now.isoformat(),
            "by": clinic.lead.user.user_id,
        },
    )
    assert settings.rule_settings(clinic.nurse).min_interval == timedelta(hours=4)
    assert clinic.counter.rule_settings(clinic.nurse).min_interval == timedelta(hours=4)


def test_a_change_wins_over_the_stored_one_even_when_this_clock_is_behind(
    clinic: Clinic, settings: SettingsService
) -> None:
    settings.change(clinic.lead, "observation_minutes", 25)
    clinic.clock.advance(minutes=-10)  # the clock was set back (or another station ran ahead)
    settings.change(clinic.lead, "observation_minutes", 15)
    assert settings.value(clinic.nurse, "observation_minutes") == 15
    first, second = _changes(clinic)
    assert datetime.fromisoformat(str(second["at"])) > datetime.fromisoformat(str(first["at"]))


def test_related_settings_change_together_or_not_at_all(
    clinic: Clinic, settings: SettingsService
) -> None:
    with pytest.raises(ServiceError, match=r"does not fit.*failed access cannot be shorter"):
        settings.change(clinic.lead, "observation_minutes", 40)
    settings.change_many(
        clinic.lead,
        {"observation_minutes": "40", "observation_after_failed_access_minutes": "50"},
    )
    rules = settings.rule_settings(clinic.nurse)
    assert rules.observation_period() == timedelta(minutes=40)
    assert rules.observation_period(venous_access_failed=True) == timedelta(minutes=50)
    with pytest.raises(ServiceError, match=r"does not fit.*first warning"):
        settings.change(clinic.lead, "missed_days_act_at", 2)
    with pytest.raises(PermissionDenied):
        settings.change_many(clinic.tech, {"auto_lock_minutes": 3, "observation_minutes": 30})
    assert settings.value(clinic.nurse, "auto_lock_minutes") == 5
    assert len(_changes(clinic)) == 2


@pytest.mark.parametrize(
    ("key", "raw", "said"),
    [
        ("clinic_timezone", "Mars/Olympus_Mons", "not a time zone name"),
        ("clinic_timezone", "../../etc/passwd", "not a time zone name"),
        ("session_windows", "morning 07:30-10:30; midday 10:00-12:00", "must not overlap"),
        ("session_windows", "morning 10:30-07:30", "end after it starts"),
        ("session_windows", "morning 07:30-10:30; morning 12:00-13:00", "unique"),
        ("session_windows", "breakfast", "not a session"),
        ("session_windows", "late 23:00-24:00", "not a time of day"),
        ("session_windows", "a/b 07:00-08:00", "cannot contain"),
        ("session_windows", " ; ", "at least one session"),
        ("max_daily_diacetylmorphine_mg", "500.125", "decimal place"),
        ("weighing_tolerance_absolute_g", "0.00001", "at least 0.0001 g"),
        ("intoxication_action", "Reduce the dose", "choose one of: Reduce the dose; No dose now"),
        ("vital_pulse_below", "140", "lower under the upper"),
        ("intoxication_refuse_at_sedation", "1", "refuse-at must be between"),
    ],
)
def test_a_value_that_does_not_hold_is_refused_with_a_sentence(
    clinic: Clinic, settings: SettingsService, key: str, raw: str, said: str
) -> None:
    with pytest.raises(ServiceError, match=re.escape(said)) as refused:
        settings.change(clinic.lead, key, raw)
    assert str(refused.value).startswith(SPECS[key].label)
    assert _changes(clinic) == []


def test_every_setting_says_what_it_means_in_words(
    clinic: Clinic, settings: SettingsService
) -> None:
    for key, item in settings.values(clinic.nurse).items():
        spec = item.spec
        assert spec.label and spec.meaning.endswith("."), key
        assert "_" not in spec.label + spec.meaning, key
        words = spec.words(item.value)
        assert words and "_" not in words, key
        for value, label in spec.choices:
            assert label and "_" not in label and label != value, key
    assert SPECS["repeat_session"].words("needs_override") == (
        "Allowed with a second person's approval"
    )
    assert SPECS["observation_minutes"].words(20) == "20 min"


def test_a_stored_value_this_station_cannot_use_is_shown_and_stops_the_rules(
    clinic: Clinic, settings: SettingsService
) -> None:
    # As if another station (a newer version, say) sent a value this one cannot read.
    clinic.store.record(
        clinic.lead,
        "settings.changed",
        {
            "key": "observation_minutes",
            "value": "twenty",
            "previous": "20",
            "station_id": clinic.store.station_id,
            "at": clinic.clock().isoformat(),
            "by": clinic.lead.user.user_id,
            "scope": "clinic",
        },
    )
    shown = settings.values(clinic.nurse)["observation_minutes"]
    assert shown.problem is not None and "not a valid value" in shown.problem
    with pytest.raises(ServiceError, match=r"Observation after a dose.*clinic lead must set it"):
        clinic.counter.rule_settings(clinic.nurse)
    clinic.clock.advance(minutes=1)
    settings.change(clinic.lead, "observation_minutes", 20)
    assert clinic.counter.rule_settings(clinic.nurse).observation == timedelta(minutes=20)
