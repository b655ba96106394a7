"""One setting: its type, range and meaning, and where a rule setting lands in RuleSettings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from station.domain.errors import DomainError
from station.domain.roles import Role
from station.domain.settings import RuleSettings
from station.services.errors import ServiceError

Value = int | Decimal | str

_INT_TEXT = re.compile(r"[+-]?[0-9]{1,30}")
_DECIMAL_TEXT = re.compile(
    r"[+-]?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})(?:[eE][+-]?[0-9]{1,3})?"
)
_MAX_TEXT = 500


# -- where each rule setting lands in RuleSettings ------------------------------------------


@dataclass(frozen=True)
class RuleTarget:
    """Where a rule setting lands in ``RuleSettings``: its group, field, and the conversions."""

    group: str
    """"" for a top-level field, else induction, titration, missed_days, intoxication,
    observation_rules or vitals (the observation rules' vital-sign limits)."""
    name: str
    to_rule: Callable[[Any], Any]
    from_rule: Callable[[Any], Value]

    def read(self, rules: RuleSettings) -> Value:
        """Return the setting's value in ``rules``."""
        return self.from_rule(getattr(_group(rules, self.group), self.name))


def _group(rules: RuleSettings, group: str) -> Any:
    if group == "":
        return rules
    if group == "vitals":
        return rules.observation_rules.vitals
    return getattr(rules, group)


RULE_GROUPS = ("", "induction", "titration", "missed_days", "intoxication", "observation_rules")


# -- one setting ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its type and range, its default, who may change it, and what it means.

    ``label`` names it on screen and in refusals; ``meaning`` says in a sentence what it
    does. ``choices`` pair each stored value with the words people read. A setting with a
    ``target`` is one of the clinic's rule settings: the clinic lead's, shared by every
    station, read by the rules at every decision.
    """

    key: str
    kind: type
    default: Value
    who: frozenset[Role]
    label: str
    meaning: str
    section: str = "Station"
    unit: str = ""
    minimum: Value | None = None
    maximum: Value | None = None
    places: int | None = None
    """Decimal places allowed (numbers only); None: any."""
    choices: tuple[tuple[str, str], ...] = ()
    check: Callable[[str], str] | None = None
    """For text: check and normalise it (raises ``SettingsError`` with a sentence)."""
    target: RuleTarget | None = None

    @property
    def rule(self) -> bool:
        """True for the clinic's rule settings (the clinic lead's, shared by every station)."""
        return self.target is not None

    @property
    def choice_values(self) -> tuple[str, ...]:
        """The stored values a choice may take."""
        return tuple(value for value, _words in self.choices)

    @property
    def choice_labels(self) -> dict[str, str]:
        """The words people read for each stored value of a choice."""
        return dict(self.choices)

    def text(self, value: Value) -> str:
        """The value as it is stored and typed (no exponent)."""
        if isinstance(value, Decimal):
            return format(value, "f")
        return str(value)

    def words(self, value: Value) -> str:
        """The value as people read it: a choice's words, or the number with its unit."""
        if self.choices:
            return self.choice_labels.get(str(value), str(value))
        return f"{self.text(value)} {self.unit}".strip()

    def _refuse(self, raw: object) -> ServiceError:
        shown = repr(raw)[:60]
        if self.kind is int:
            hint = "enter a whole number"
        elif self.kind is Decimal:
            hint = "enter a number such as 1.5"
        else:
            hint = "enter text"
        return ServiceError(
            f"{self.label}: {shown} is not a valid value; {hint}.",
            code="settings.value_invalid",
            setting=self.label,
            value=shown,
            hint=hint,
        )

    def _convert(self, raw: object) -> Value:
        if isinstance(raw, bool):
            raise self._refuse(raw)
        if self.kind is int:
            if isinstance(raw, int):
                return raw
            if isinstance(raw, str) and _INT_TEXT.fullmatch(raw.strip()):
                return int(raw.strip())
            raise self._refuse(raw)
        if self.kind is Decimal:
            if isinstance(raw, Decimal):
                number = raw
            elif isinstance(raw, int):
                number = Decimal(raw)
            elif isinstance(raw, str):
                text = raw.strip()
                if "," in text and "." not in text:
                    text = text.replace(",", ".")
                if not _DECIMAL_TEXT.fullmatch(text):
                    raise self._refuse(raw)
                number = Decimal(text)
            else:
                raise self._refuse(raw)
            if not number.is_finite():
                raise self._refuse(raw)
            return number
        if not isinstance(raw, str) or len(raw) > _MAX_TEXT:
            raise self._refuse(raw if isinstance(raw, str | int) else type(raw).__name__)
        text = raw.strip()
        if self.check is not None:
            try:
                text = self.check(text)
            except DomainError as error:
                raise ServiceError(
                    f"{self.label}: {error}.",
                    code="settings.text_invalid",
                    setting=self.label,
                    detail=str(error),
                ) from None
        return text

    def parse(self, raw: object) -> Value:
        """Turn a typed or stored value into this setting's type, or refuse it with a sentence.

        Only ``ServiceError`` is raised: never for a valid value, always for floats, booleans,
        NaN, infinities, values out of range or text that is not this setting's.
        """
        value = self._convert(raw)
        if self.choices and value not in self.choice_values:
            options = "; ".join(words for _value, words in self.choices)
            raise ServiceError(
                f"{self.label}: choose one of: {options}.",
                code="settings.choice_invalid",
                setting=self.label,
                options=options,
            )
        unit = f" {self.unit}" if self.unit else ""
        if self.minimum is not None and value < self.minimum:  # type: ignore[operator]
            raise ServiceError(
                f"{self.label}: at least {self.text(self.minimum)}{unit}.",
                code="settings.below_minimum",
                setting=self.label,
                minimum=self.text(self.minimum),
                unit=unit,
            )
        if self.maximum is not None and value > self.maximum:  # type: ignore[operator]
            raise ServiceError(
                f"{self.label}: at most {self.text(self.maximum)}{unit}.",
                code="settings.above_maximum",
                setting=self.label,
                maximum=self.text(self.maximum),
                unit=unit,
            )
        if isinstance(value, Decimal):
            if self.places is not None:
                exponent = value.normalize().as_tuple().exponent
                if isinstance(exponent, int) and -exponent > self.places:
                    if not self.places:
                        raise ServiceError(
                            f"{self.label}: a whole number.",
                            code="settings.whole_number",
                            setting=self.label,
                        )
                    raise ServiceError(
                        f"{self.label}: at most {self.places} decimal place(s).",
                        code="settings.too_many_places",
                        setting=self.label,
                        places=self.places,
                    )
            value = Decimal(format(value, "f"))
            if value.is_zero():
                value = value.copy_abs()
        return value
