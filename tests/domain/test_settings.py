"""Rule settings: the documented defaults, validation, and patients kept out of repr."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from station.domain import (
    Grams,
    IntoxicationRules,
    Milligrams,
    MissedDaysAction,
    MissedDaysRules,
    Patient,
    RuleSettings,
    SessionWindow,
    SettingsError,
)


def test_defaults_are_the_figures_in_domain_md() -> None:
    rules = RuleSettings()
    assert rules.max_daily_diacetylmorphine == Milligrams(1000)
    assert rules.max_daily_methadone_with_diacetylmorphine == Milligrams(150)
    assert rules.induction.first_dose_max == Milligrams(15)
    assert rules.induction.second_dose_max == Milligrams(15)
    assert rules.induction.day_one_dose_max == Milligrams(30)
    assert rules.induction.day_one_min_interval == timedelta(minutes=30)
    assert rules.titration.frequent_above_sessions_per_day == 2
    assert rules.titration.single_dose_percent_of_previous_day == Decimal(50)
    assert rules.titration.max_rise_percent == Decimal(50)
    assert rules.min_interval == timedelta(hours=3)
    assert rules.observation_period() == timedelta(minutes=20)
    assert rules.observation_period(venous_access_failed=True) == timedelta(minutes=30)
    assert (rules.missed_days.warn_at_days, rules.missed_days.warn_again_at_days) == (3, 5)
    assert rules.missed_days.action is MissedDaysAction.BLOCK_FOR_REVIEW
    assert [s.name for s in rules.sessions] == ["morning", "midday", "evening"]
    assert rules.weighing_tolerance.allowed_deviation(Grams(2)) == Grams("0.04")


@pytest.mark.parametrize(
    "change",
    [
        {"clinic_timezone": "Mars/Olympus_Mons"},
        {"sessions": ()},
        {
            "sessions": (
                SessionWindow("morning", time(8), time(11)),
                SessionWindow("late", time(10), time(12)),
            )
        },
        {
            "sessions": (
                SessionWindow("a", time(8), time(9)),
                SessionWindow("a", time(10), time(11)),
            )
        },
        {"max_daily_diacetylmorphine": Milligrams(0)},
        {"min_interval": timedelta(hours=-1)},
        {"observation_after_failed_access": timedelta(minutes=10)},
        {"weighing_tolerance_percent": Decimal(0)},
    ],
)
def test_invalid_settings_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(SettingsError):
        replace(RuleSettings(), **change)  # type: ignore[arg-type]


def test_invalid_nested_settings_are_refused() -> None:
    with pytest.raises(SettingsError):
        MissedDaysRules(warn_at_days=5, warn_again_at_days=3)
    with pytest.raises(SettingsError):
        MissedDaysRules(cap_percent_of_last_dose=Decimal(0))
    with pytest.raises(SettingsError):
        IntoxicationRules(sedation_threshold=0)
    with pytest.raises(SettingsError):
        SessionWindow("night", time(22), time(2))
    with pytest.raises(SettingsError):
        SessionWindow("unscheduled", time(8), time(9))


def test_patient_repr_shows_no_identifying_data() -> None:
    patient = Patient(
        "7d3c2a10-0000-4000-8000-000000000009",
        "DEMO-0009",
        "Fictia",
        "Nobody",
        date(1985, 5, 5),
        "photos/demo-9.jpg",
    )
    shown = repr(patient)
    assert "Fictia" not in shown and "Nobody" not in shown and "1985" not in shown
    assert "DEMO-0009" in shown
