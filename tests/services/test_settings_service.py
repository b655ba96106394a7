"""Station settings as signed events, with role checks: a nurse changes nothing, a technician
changes the station's behaviour, only the clinic lead changes the rules."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from station.domain.settings import MissedDaysAction
from station.services.errors import PermissionDenied, ServiceError
from station.services.settings import SPECS, SettingsService

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
