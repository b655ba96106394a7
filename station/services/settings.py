"""Settings as signed events: the clinic's rule settings (the lead's, shared) and the station's."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from station.domain.errors import SettingsError
from station.domain.settings import RuleSettings
from station.services.access import require_role
from station.services.errors import PermissionDenied, ServiceEdge, ServiceError
from station.services.setting_catalogue import SPECS
from station.services.setting_spec import RULE_GROUPS, SettingSpec, Value
from station.services.signatures import signature
from station.store.store import Session, Store

Clock = Callable[[], datetime]

CLINIC_SCOPE = "clinic"
"""``scope`` of a rule setting's ``settings.changed`` event: it travels to every station."""


@dataclass(frozen=True)
class SettingValue:
    """A setting's current value and its last change (None while it is the default).

    ``problem`` says why a stored value cannot be used (then ``value`` is the default).
    """

    spec: SettingSpec
    value: Value
    changed_at: datetime | None
    changed_by: str | None
    problem: str | None = None


class SettingsService(ServiceEdge):
    """Read and change the settings, with the role checks the clinic needs.

    Rule settings are the clinic lead's alone; their changes carry the clinic scope and reach
    every station by sync (the latest change wins). The technician may set the station's own
    behaviour, which stays at the station.
    """

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock: Clock = clock or (lambda: datetime.now(UTC))

    def values(self, session: Session) -> dict[str, SettingValue]:
        """Every setting with its value (any signed-in staff member may read them)."""
        with self.store.reading(session) as projections:
            stored = {setting.key: setting for setting in projections.stored_settings()}
        result = {}
        for key, spec in SPECS.items():
            setting = stored.get(key)
            if setting is None:
                result[key] = SettingValue(spec, spec.default, None, None)
                continue
            by = setting.by_user
            try:
                changed_at: datetime | None = datetime.fromisoformat(str(setting.changed_at))
            except ValueError:
                changed_at = None
            try:
                value = spec.parse(setting.value())
            except (ServiceError, ValueError) as error:
                result[key] = SettingValue(spec, spec.default, changed_at, by, str(error))
            else:
                result[key] = SettingValue(spec, value, changed_at, by)
        return result

    def value(self, session: Session, key: str) -> Value:
        """One setting's current value."""
        return self.values(session)[self._spec(key).key].value

    @staticmethod
    def _spec(key: str) -> SettingSpec:
        spec = SPECS.get(key)
        if spec is None:
            raise ServiceError(
                f"There is no setting called {key!r}.", code="settings.unknown", key=key
            )
        return spec

    @staticmethod
    def _may_change(session: Session, spec: SettingSpec) -> None:
        if any(session.user.has(role) for role in spec.who):
            return
        if spec.rule:
            raise PermissionDenied(
                "Only a clinic lead may change the clinic's rule settings.",
                code="settings.rules_need_clinic_lead",
            )
        require_role(session, *sorted(spec.who))

    def change(self, session: Session, key: str, raw: object) -> Value:
        """Change one setting; refused unless the signed-in role may change it."""
        return self.change_many(session, {key: raw})[key]

    def change_many(self, session: Session, changes: Mapping[str, object]) -> dict[str, Value]:
        """Change several settings together: all are checked as one set, then recorded.

        Rule settings are checked with the clinic's other rule settings as they stand, so a
        combination that does not hold is refused with a sentence; nothing is recorded then.
        """
        specs = [self._spec(key) for key in changes]
        for spec in specs:
            self._may_change(session, spec)
        parsed = {spec.key: spec.parse(changes[spec.key]) for spec in specs}
        with self.store.transaction():
            current = self.values(session)
            if any(spec.rule for spec in specs):
                self._check_combination(current, parsed)
            now = self.clock()
            events = [
                ("settings.changed", self._payload(session, current[key], value, now))
                for key, value in parsed.items()
            ]
            self.store.record_many(session, events)
        return parsed

    def _payload(
        self, session: Session, current: SettingValue, value: Value, now: datetime
    ) -> dict[str, Any]:
        spec = current.spec
        at = now
        stored_at = current.changed_at
        if stored_at is not None and stored_at.tzinfo is not None and at <= stored_at:
            # The latest change wins everywhere: this one replaces the stored one, so it is
            # stamped after it even when this station's clock is behind the one that made it.
            at = stored_at + timedelta(microseconds=1)
        payload: dict[str, Any] = {
            "key": spec.key,
            "value": spec.text(value),
            "previous": spec.text(current.value),
            "station_id": self.store.station_id,
            "at": at.isoformat(),
            "by": session.user.user_id,
        }
        if spec.rule:
            payload["scope"] = CLINIC_SCOPE
        payload["signatures"] = [signature(session.user, "changed setting", dict(payload), now)]
        return payload

    def _check_combination(
        self, current: dict[str, SettingValue], parsed: dict[str, Value]
    ) -> None:
        proposed = _stored_rule_values(current)
        proposed.update({key: value for key, value in parsed.items() if SPECS[key].rule})
        try:
            rules = self._rules_from(proposed, RuleSettings())
            if rules.missed_days.act_at_days < rules.missed_days.warn_at_days:
                raise SettingsError(
                    "the action after a break cannot start before the first warning"
                )
        except SettingsError as error:
            changed = [SPECS[key] for key in parsed if SPECS[key].rule]
            named = ", ".join(f"{spec.label} {spec.words(parsed[spec.key])}" for spec in changed)
            raise ServiceError(
                f"{named}: this does not fit the clinic's other rule settings — {error}.",
                code="settings.rules_do_not_fit",
                settings=named,
                detail=str(error),
            ) from error

    def rule_settings(self, session: Session, base: RuleSettings | None = None) -> RuleSettings:
        """The rules as the clinic lead saved them: ``base`` with every stored change applied.

        Refused (``ServiceError``) while a stored rule setting cannot be used or the stored
        ones do not fit together (two stations changed related settings at once): a clinic
        lead must set them right before the rules can decide.
        """
        values = self.values(session)
        for item in values.values():
            if item.spec.rule and item.problem is not None:
                raise ServiceError(
                    f"The clinic's rule setting “{item.spec.label}” holds a value this station "
                    f"cannot use ({item.problem}); a clinic lead must set it again.",
                    code="settings.stored_value_unusable",
                    setting=item.spec.label,
                    detail=item.problem,
                )
        try:
            return self._rules_from(_stored_rule_values(values), base or RuleSettings())
        except SettingsError as error:
            raise ServiceError(
                f"The clinic's rule settings do not fit together ({error}); a clinic lead must "
                "correct them.",
                code="settings.stored_rules_do_not_fit",
                detail=str(error),
            ) from error

    @staticmethod
    def _rules_from(values: Mapping[str, Value], base: RuleSettings) -> RuleSettings:
        """``base`` with the rule settings in ``values`` applied (others are ignored).

        Each group is built once with all its new figures, so its checks see the final
        combination; ``SettingsError`` says which one does not hold.
        """
        changes: dict[str, dict[str, Any]] = {group: {} for group in (*RULE_GROUPS, "vitals")}
        for key, value in values.items():
            spec = SPECS.get(key)
            if spec is not None and spec.target is not None:
                changes[spec.target.group][spec.target.name] = spec.target.to_rule(value)
        observation = base.observation_rules
        vitals = replace(observation.vitals, **changes["vitals"])
        return replace(
            base,
            induction=replace(base.induction, **changes["induction"]),
            titration=replace(base.titration, **changes["titration"]),
            missed_days=replace(base.missed_days, **changes["missed_days"]),
            intoxication=replace(base.intoxication, **changes["intoxication"]),
            observation_rules=replace(observation, vitals=vitals, **changes["observation_rules"]),
            **changes[""],
        )


def _stored_rule_values(values: Mapping[str, SettingValue]) -> dict[str, Value]:
    """The rule settings a clinic lead saved (usable ones), by key."""
    return {
        key: item.value
        for key, item in values.items()
        if item.spec.rule and item.changed_by is not None and item.problem is None
    }
