"""Station settings: observation, weighing tolerance, auto-lock, language and rule settings.

Every change is an event (``settings.changed``) signed by the person who made it; who may
change what is checked here, not only in the screens. Rule settings (the figures the rules
engine uses) are the clinic lead's alone; the technician may set the station's own behaviour.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from station.domain.errors import SettingsError
from station.domain.quantities import Milligrams
from station.domain.roles import Role
from station.domain.settings import MissedDaysAction, RepeatSessionPolicy, RuleSettings
from station.services.access import require_role
from station.services.errors import PermissionDenied, ServiceError
from station.services.signatures import signature
from station.store.store import Session, Store

Clock = Callable[[], datetime]
Value = int | Decimal | str

_LEAD = frozenset({Role.CLINIC_LEAD})
_STATION = frozenset({Role.TECHNICIAN, Role.CLINIC_LEAD, Role.ADMINISTRATOR})
_PHARMACY = frozenset({Role.PHARMACIST, Role.CLINIC_LEAD})
LANGUAGES = ("en", "da", "de", "nl", "fr")


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its type and range, its default, who may change it, and what it means."""

    key: str
    kind: type
    default: Value
    who: frozenset[Role]
    meaning: str
    minimum: Value | None = None
    maximum: Value | None = None
    choices: tuple[str, ...] = ()
    rule: bool = False

    def parse(self, raw: object) -> Value:
        """Turn a typed or entered value into this setting's type, or refuse it clearly."""
        try:
            if self.kind is int:
                if isinstance(raw, bool) or not isinstance(raw, int | str):
                    raise ValueError
                value: Value = int(raw)
            elif self.kind is Decimal:
                if isinstance(raw, float | bool):
                    raise ValueError
                value = Decimal(str(raw).strip())
                if not value.is_finite():
                    raise ValueError
            else:
                value = str(raw).strip()
        except (ValueError, InvalidOperation):
            raise ServiceError(f"{self.meaning}: {raw!r} is not a valid value.") from None
        if self.choices and value not in self.choices:
            raise ServiceError(f"{self.meaning}: choose one of {', '.join(self.choices)}.")
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise ServiceError(f"{self.meaning}: at least {self.minimum}.")
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise ServiceError(f"{self.meaning}: at most {self.maximum}.")
        return value


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "observation_minutes",
            int,
            20,
            _LEAD,
            "Observation after a dose (minutes)",
            5,
            240,
            rule=True,
        ),
        SettingSpec(
            "observation_after_failed_access_minutes",
            int,
            30,
            _LEAD,
            "Observation after failed venous access (minutes)",
            5,
            240,
            rule=True,
        ),
        SettingSpec(
            "weighing_tolerance_percent",
            Decimal,
            Decimal(2),
            _LEAD,
            "Weighing tolerance (%)",
            Decimal("0.1"),
            Decimal(10),
            rule=True,
        ),
        SettingSpec(
            "min_interval_minutes",
            int,
            180,
            _LEAD,
            "Minimum interval between doses (minutes)",
            0,
            1440,
            rule=True,
        ),
        SettingSpec(
            "max_daily_diacetylmorphine_mg",
            Decimal,
            Decimal(1000),
            _LEAD,
            "Maximum daily diacetylmorphine (mg)",
            Decimal(1),
            Decimal(1000),
            rule=True,
        ),
        SettingSpec(
            "missed_days_action",
            str,
            MissedDaysAction.BLOCK_FOR_REVIEW.value,
            _LEAD,
            "After missed days",
            choices=tuple(item.value for item in MissedDaysAction),
            rule=True,
        ),
        SettingSpec(
            "repeat_session",
            str,
            RepeatSessionPolicy.BLOCK.value,
            _LEAD,
            "A second dose in one session",
            choices=tuple(i.value for i in RepeatSessionPolicy),
            rule=True,
        ),
        SettingSpec(
            "auto_lock_minutes", int, 5, _STATION, "Lock the station after (minutes idle)", 1, 60
        ),
        SettingSpec("language", str, "en", _STATION, "Language", choices=LANGUAGES),
        SettingSpec(
            "calibration_interval_days",
            int,
            1,
            _STATION,
            "Reference-weight check every (days)",
            1,
            365,
        ),
        SettingSpec(
            "count_tolerance_mg",
            Decimal,
            Decimal("0.5"),
            _PHARMACY,
            "Count tolerance (mg)",
            Decimal(0),
            Decimal(100),
        ),
    )
}


@dataclass(frozen=True)
class SettingValue:
    """A setting's current value and its last change (None while it is the default)."""

    spec: SettingSpec
    value: Value
    changed_at: datetime | None
    changed_by: str | None


class SettingsService:
    """Read and change the station's settings, with the role checks the clinic needs."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock: Clock = clock or (lambda: datetime.now(UTC))

    def values(self, session: Session) -> dict[str, SettingValue]:
        """Every setting with its value (any signed-in staff member may read them)."""
        with self.store.reading(session) as projections:
            rows = projections.connection.execute(
                "SELECT key, value, changed_at, by_user FROM station_settings"
            ).fetchall()
        stored = {row[0]: row for row in rows}
        result = {}
        for key, spec in SPECS.items():
            row = stored.get(key)
            if row is None:
                result[key] = SettingValue(spec, spec.default, None, None)
            else:
                result[key] = SettingValue(
                    spec, spec.parse(json.loads(row[1])), datetime.fromisoformat(row[2]), row[3]
                )
        return result

    def value(self, session: Session, key: str) -> Value:
        """One setting's current value."""
        return self.values(session)[self._spec(key).key].value

    @staticmethod
    def _spec(key: str) -> SettingSpec:
        spec = SPECS.get(key)
        if spec is None:
            raise ServiceError(f"There is no setting called {key!r}.")
        return spec

    def change(self, session: Session, key: str, raw: object) -> Value:
        """Change one setting; refused unless the signed-in role may change it."""
        spec = self._spec(key)
        if not any(session.user.has(role) for role in spec.who):
            if spec.rule:
                raise PermissionDenied("Only a clinic lead may change the clinic's rule settings.")
            require_role(session, *sorted(spec.who))
        value = spec.parse(raw)
        current = self.values(session)
        if spec.rule:
            proposed = {name: item.value for name, item in current.items()}
            proposed[key] = value
            try:
                self._rules_from(proposed, RuleSettings())
            except SettingsError as error:
                raise ServiceError(f"{spec.meaning}: {error}.") from error
        now = self.clock()
        payload: dict[str, Any] = {
            "key": key,
            "value": str(value),
            "previous": str(current[key].value),
            "station_id": self.store.station_id,
            "at": now.isoformat(),
            "by": session.user.user_id,
        }
        payload["signatures"] = [signature(session.user, "changed setting", dict(payload), now)]
        self.store.record(session, "settings.changed", payload)
        return value

    def rule_settings(self, session: Session, base: RuleSettings | None = None) -> RuleSettings:
        """The rules engine's settings with this station's stored changes applied."""
        values = {name: item.value for name, item in self.values(session).items()}
        return self._rules_from(values, base or RuleSettings())

    @staticmethod
    def _rules_from(values: dict[str, Value], base: RuleSettings) -> RuleSettings:
        return replace(
            base,
            observation=timedelta(minutes=int(values["observation_minutes"])),
            observation_after_failed_access=timedelta(
                minutes=int(values["observation_after_failed_access_minutes"])
            ),
            weighing_tolerance_percent=Decimal(values["weighing_tolerance_percent"]),
            min_interval=timedelta(minutes=int(values["min_interval_minutes"])),
            max_daily_diacetylmorphine=Milligrams(Decimal(values["max_daily_diacetylmorphine_mg"])),
            missed_days=replace(
                base.missed_days, action=MissedDaysAction(str(values["missed_days_action"]))
            ),
            repeat_session=RepeatSessionPolicy(str(values["repeat_session"])),
        )
