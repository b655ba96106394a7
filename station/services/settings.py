"""Settings as signed events: the clinic's rule settings (the lead's, shared) and the station's."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from station.domain.errors import DomainError, SettingsError
from station.domain.quantities import Grams, Milligrams
from station.domain.roles import Role
from station.domain.settings import (
    IntoxicationAction,
    MissedDaysAction,
    OfflinePolicy,
    RepeatSessionPolicy,
    RuleSettings,
    SessionWindow,
)
from station.services.access import require_role
from station.services.errors import PermissionDenied, ServiceEdge, ServiceError
from station.services.signatures import signature
from station.store.store import Session, Store

Clock = Callable[[], datetime]
Value = int | Decimal | str

_LEAD = frozenset({Role.CLINIC_LEAD})
_STATION = frozenset({Role.TECHNICIAN, Role.CLINIC_LEAD, Role.ADMINISTRATOR})
_PHARMACY = frozenset({Role.PHARMACIST, Role.CLINIC_LEAD})
LANGUAGES = ("en", "da", "de", "nl", "fr")
_LANGUAGE_NAMES = (
    ("en", "English"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("nl", "Nederlands"),
    ("fr", "Français"),
)

CLINIC_SCOPE = "clinic"
"""``scope`` of a rule setting's ``settings.changed`` event: it travels to every station."""

_INT_TEXT = re.compile(r"[+-]?[0-9]{1,30}")
_DECIMAL_TEXT = re.compile(
    r"[+-]?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})(?:[eE][+-]?[0-9]{1,3})?"
)
_MAX_TEXT = 500


# -- the dosing sessions as text ------------------------------------------------------------

_WINDOW_TEXT = re.compile(
    r"(?P<name>\S(?:.*\S)?)\s+(?P<start>[0-9]{1,2}[:.][0-9]{2})\s*[-–]\s*(?P<end>[0-9]{1,2}[:.][0-9]{2})"
)
MAX_SESSIONS = 12
MAX_SESSION_NAME = 40


def _clock_time(text: str) -> time:
    hours, minutes = re.split(r"[:.]", text)
    try:
        return time(int(hours), int(minutes))
    except ValueError:
        raise SettingsError(f"{text} is not a time of day (00:00 to 23:59)") from None


def parse_sessions(text: str) -> tuple[SessionWindow, ...]:
    """Read ``morning 07:30-10:30; midday 11:30-14:00`` (``;`` or new lines between sessions).

    Each session is a name, its start and its end in clinic-local time; the end is not part
    of the session. ``SettingsError`` (a sentence) when the text cannot be read.
    """
    parts = [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]
    if not parts:
        raise SettingsError("name at least one session, e.g. morning 07:30-10:30")
    if len(parts) > MAX_SESSIONS:
        raise SettingsError(f"at most {MAX_SESSIONS} sessions a day")
    windows = []
    for part in parts:
        match = _WINDOW_TEXT.fullmatch(part)
        if match is None:
            raise SettingsError(
                f"“{part[:60]}” is not a session: write its name, start and end, "
                "e.g. morning 07:30-10:30"
            )
        name = " ".join(match["name"].split())
        if len(name) > MAX_SESSION_NAME or not name.isprintable():
            raise SettingsError(f"a session name is at most {MAX_SESSION_NAME} plain characters")
        windows.append(SessionWindow(name, _clock_time(match["start"]), _clock_time(match["end"])))
    return tuple(sorted(windows, key=lambda window: window.starts))


def format_sessions(windows: tuple[SessionWindow, ...]) -> str:
    """The sessions as :func:`parse_sessions` reads them, earliest first."""
    ordered = sorted(windows, key=lambda window: window.starts)
    return "; ".join(f"{w.name} {w.starts:%H:%M}-{w.ends:%H:%M}" for w in ordered)


def _checked_sessions(text: str) -> str:
    windows = parse_sessions(text)
    replace(RuleSettings(), sessions=windows)  # unique names, no overlap (the domain's checks)
    return format_sessions(windows)


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def _checked_zone(text: str) -> str:
    if text not in _zone_names():
        raise SettingsError(
            f"“{text[:60]}” is not a time zone name (such as Europe/Copenhagen or Europe/Berlin)"
        )
    return text


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


def _minutes(name: str, group: str = "") -> RuleTarget:
    return RuleTarget(
        group,
        name,
        lambda value: timedelta(minutes=int(value)),
        lambda span: int(span.total_seconds() // 60),
    )


def _whole(name: str, group: str) -> RuleTarget:
    return RuleTarget(group, name, int, int)


def _number(name: str, group: str = "") -> RuleTarget:
    return RuleTarget(group, name, Decimal, Decimal)


def _mg(name: str, group: str = "") -> RuleTarget:
    return RuleTarget(group, name, Milligrams, lambda amount: amount.value)


def _choice(name: str, group: str, kind: Callable[[str], Any]) -> RuleTarget:
    return RuleTarget(group, name, lambda value: kind(str(value)), lambda item: str(item.value))


def _flag(name: str, group: str, yes: str, no: str) -> RuleTarget:
    return RuleTarget(group, name, lambda value: value == yes, lambda on: yes if on else no)


_GROUPS = ("", "induction", "titration", "missed_days", "intoxication", "observation_rules")


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


_BUILT_IN = RuleSettings()


def _rule(
    key: str,
    target: RuleTarget,
    kind: type,
    label: str,
    meaning: str,
    section: str,
    **options: Any,
) -> SettingSpec:
    """A clinic rule setting; its default is the built-in rule figure (docs/domain.md)."""
    return SettingSpec(
        key, kind, target.read(_BUILT_IN), _LEAD, label, meaning, section, target=target, **options
    )


_DAY = "Clinic day and dosing sessions"
_MAXIMA = "Daily maxima and interval"
_OBSERVATION = "Observation after a dose"
_VITALS = "Vital-sign alarms during observation"
_INDUCTION = "Induction (first day)"
_TITRATION = "Titration"
_MISSED = "Missed days"
_INTOXICATION = "Intoxication at the pre-dose assessment"
_WEIGHING = "Weighing the syringe"
_OFFLINE = "Working offline and clocks"

_RULE_SPECS = (
    _rule(
        "clinic_timezone",
        RuleTarget("", "clinic_timezone", str, str),
        str,
        "Clinic time zone",
        "The time zone the clinic's days and dosing sessions are counted in.",
        _DAY,
        check=_checked_zone,
    ),
    _rule(
        "session_windows",
        RuleTarget("", "sessions", parse_sessions, format_sessions),
        str,
        "Dosing sessions",
        "The clinic's dosing sessions in local time, each a name, a start and an end, "
        "separated by semicolons; a dose outside them needs a second person's approval.",
        _DAY,
        check=_checked_sessions,
    ),
    _rule(
        "max_daily_diacetylmorphine_mg",
        _mg("max_daily_diacetylmorphine"),
        Decimal,
        "Most diacetylmorphine in a day",
        "No patient is given more diacetylmorphine than this in one clinic day, whatever "
        "the prescription says.",
        _MAXIMA,
        unit="mg",
        minimum=Decimal(1),
        maximum=Decimal(1000),
        places=2,
    ),
    _rule(
        "max_daily_methadone_with_diacetylmorphine_mg",
        _mg("max_daily_methadone_with_diacetylmorphine"),
        Decimal,
        "Most methadone in a day alongside diacetylmorphine",
        "A patient who also has diacetylmorphine prescribed is given no more methadone than "
        "this in one clinic day.",
        _MAXIMA,
        unit="mg",
        minimum=Decimal(1),
        maximum=Decimal(500),
        places=2,
    ),
    _rule(
        "min_interval_minutes",
        _minutes("min_interval"),
        int,
        "Time between two doses",
        "The least time between two doses of the same drug, unless the prescription sets its own.",
        _MAXIMA,
        unit="min",
        minimum=0,
        maximum=1440,
    ),
    _rule(
        "observation_minutes",
        _minutes("observation"),
        int,
        "Observation after a dose",
        "How long a patient is watched after a dose before they may leave.",
        _OBSERVATION,
        unit="min",
        minimum=5,
        maximum=240,
    ),
    _rule(
        "observation_after_failed_access_minutes",
        _minutes("observation_after_failed_access"),
        int,
        "Observation after failed venous access",
        "How long a patient is watched when the injection did not find a vein; never "
        "shorter than the usual observation.",
        _OBSERVATION,
        unit="min",
        minimum=5,
        maximum=240,
    ),
    _rule(
        "observation_last_minutes",
        _minutes("last_minutes", "observation_rules"),
        int,
        "Warning before the end of observation",
        "The observation board marks a patient this long before their time is up.",
        _OBSERVATION,
        unit="min",
        minimum=1,
        maximum=30,
    ),
    _rule(
        "observation_escalate_after_minutes",
        _minutes("escalate_after", "observation_rules"),
        int,
        "Alarm when observation is overdue by",
        "When a patient's observation has been over this long without a discharge, the board "
        "flashes and the alarm repeats.",
        _OBSERVATION,
        unit="min",
        minimum=1,
        maximum=60,
    ),
    _rule(
        "early_discharge",
        _flag(
            "early_discharge_needs_second_person",
            "observation_rules",
            "second_person",
            "reason_only",
        ),
        str,
        "Leaving before the observation time is up",
        "What a patient's discharge before the end of their observation needs.",
        _OBSERVATION,
        choices=(
            ("second_person", "A reason and a second person's signature"),
            ("reason_only", "A reason only"),
        ),
    ),
    _rule(
        "vital_breaths_below",
        _whole("breaths_per_min_below", "vitals"),
        int,
        "Alarm when breathing is slower than",
        "Breaths per minute under this during observation raise the overdose alarm.",
        _VITALS,
        unit="breaths/min",
        minimum=1,
        maximum=30,
    ),
    _rule(
        "vital_spo2_below",
        _whole("spo2_percent_below", "vitals"),
        int,
        "Alarm when oxygen saturation is under",
        "An oxygen saturation (SpO2) under this during observation raises the overdose alarm.",
        _VITALS,
        unit="%",
        minimum=50,
        maximum=100,
    ),
    _rule(
        "vital_pulse_below",
        _whole("pulse_per_min_below", "vitals"),
        int,
        "Alarm when the pulse is slower than",
        "A pulse under this during observation raises the alarm.",
        _VITALS,
        unit="beats/min",
        minimum=20,
        maximum=249,
    ),
    _rule(
        "vital_pulse_above",
        _whole("pulse_per_min_above", "vitals"),
        int,
        "Alarm when the pulse is faster than",
        "A pulse over this during observation raises the alarm.",
        _VITALS,
        unit="beats/min",
        minimum=21,
        maximum=250,
    ),
    _rule(
        "vital_sedation_from",
        _whole("sedation_score_from", "vitals"),
        int,
        "Alarm from sedation score",
        "A sedation score of this or more (0 alert to 3 severely sedated) during observation "
        "raises the alarm.",
        _VITALS,
        minimum=1,
        maximum=3,
    ),
    _rule(
        "induction_first_dose_max_mg",
        _mg("first_dose_max", "induction"),
        Decimal,
        "First induction dose at most",
        "On the first day of injected diacetylmorphine, the very first dose is at most this.",
        _INDUCTION,
        unit="mg",
        minimum=Decimal(1),
        maximum=Decimal(100),
        places=2,
    ),
    _rule(
        "induction_second_dose_max_mg",
        _mg("second_dose_max", "induction"),
        Decimal,
        "Second induction dose at most",
        "On the first day, a second dose of at most this may follow the first at once.",
        _INDUCTION,
        unit="mg",
        minimum=Decimal(1),
        maximum=Decimal(100),
        places=2,
    ),
    _rule(
        "induction_day_one_dose_max_mg",
        _mg("day_one_dose_max", "induction"),
        Decimal,
        "Further first-day doses at most",
        "On the first day, every dose after the second is at most this.",
        _INDUCTION,
        unit="mg",
        minimum=Decimal(1),
        maximum=Decimal(200),
        places=2,
    ),
    _rule(
        "induction_day_one_interval_minutes",
        _minutes("day_one_min_interval", "induction"),
        int,
        "Time between further first-day doses",
        "On the first day, every dose after the second comes at least this long after the "
        "one before.",
        _INDUCTION,
        unit="min",
        minimum=0,
        maximum=240,
    ),
    _rule(
        "titration_frequent_above_sessions",
        _whole("frequent_above_sessions_per_day", "titration"),
        int,
        "Titration by yesterday's total above",
        "During titration, a patient prescribed more sessions a day than this gets each dose "
        "capped at a share of yesterday's total; others by the rise over their last dose.",
        _TITRATION,
        unit="sessions a day",
        minimum=1,
        maximum=6,
    ),
    _rule(
        "titration_percent_of_yesterday",
        _number("single_dose_percent_of_previous_day", "titration"),
        Decimal,
        "Each dose at most this share of yesterday's total",
        "For patients dosed often during titration: each dose today is at most this share of "
        "what was given yesterday.",
        _TITRATION,
        unit="%",
        minimum=Decimal(1),
        maximum=Decimal(100),
        places=2,
    ),
    _rule(
        "titration_max_rise_percent",
        _number("max_rise_percent", "titration"),
        Decimal,
        "Rise over the last dose at most",
        "During titration, a dose is at most this much larger than the patient's last dose.",
        _TITRATION,
        unit="%",
        minimum=Decimal(1),
        maximum=Decimal(200),
        places=2,
    ),
    _rule(
        "missed_days_warn_at",
        _whole("warn_at_days", "missed_days"),
        int,
        "Warn after missed days",
        "After this many days in a row without a dose, the nurse is warned and writes a comment.",
        _MISSED,
        unit="days",
        minimum=1,
        maximum=30,
    ),
    _rule(
        "missed_days_warn_again_at",
        _whole("warn_again_at_days", "missed_days"),
        int,
        "Warn of a long break after",
        "After this many days in a row without a dose, the warning says it is a long break.",
        _MISSED,
        unit="days",
        minimum=1,
        maximum=60,
    ),
    _rule(
        "missed_days_act_at",
        _whole("act_at_days", "missed_days"),
        int,
        "Act on a break after",
        "From this many days in a row without a dose, the clinic's action after a break "
        "applies (a review or a capped dose).",
        _MISSED,
        unit="days",
        minimum=1,
        maximum=60,
    ),
    _rule(
        "missed_days_action",
        _choice("action", "missed_days", MissedDaysAction),
        str,
        "After a break",
        "What happens when a patient comes back after the break set above.",
        _MISSED,
        choices=(
            (
                MissedDaysAction.BLOCK_FOR_REVIEW.value,
                "No dose until a clinic lead has reviewed the patient",
            ),
            (
                MissedDaysAction.CAP_AT_PERCENT_OF_LAST_DOSE.value,
                "Each dose capped at a share of the last dose before the break",
            ),
        ),
    ),
    _rule(
        "missed_days_cap_percent",
        _number("cap_percent_of_last_dose", "missed_days"),
        Decimal,
        "Capped dose after a break",
        "When doses are capped after a break, each is at most this share of the last dose "
        "before it.",
        _MISSED,
        unit="%",
        minimum=Decimal(1),
        maximum=Decimal(100),
        places=2,
    ),
    _rule(
        "missed_days_cap_holds_days",
        _whole("cap_holds_days", "missed_days"),
        int,
        "The cap after a break holds for",
        "The cap holds for every dose of this many clinic days from the first day back "
        "(1: the rest of that day).",
        _MISSED,
        unit="days",
        minimum=1,
        maximum=60,
    ),
    _rule(
        "missed_days_cap_until_review",
        _flag("cap_until_review", "missed_days", "until_review", "for_the_days"),
        str,
        "The cap ends",
        "Whether the cap after a break ends after the days set above, or only once a clinic "
        "lead has recorded a review.",
        _MISSED,
        choices=(
            ("for_the_days", "After the days set above"),
            ("until_review", "Not before a clinic lead records a review"),
        ),
    ),
    _rule(
        "intoxication_sedation_threshold",
        _whole("sedation_threshold", "intoxication"),
        int,
        "Intoxicated from sedation score",
        "At the pre-dose assessment, a sedation score of this or more (0 alert to 3 severely "
        "sedated) counts as intoxication.",
        _INTOXICATION,
        minimum=1,
        maximum=3,
    ),
    _rule(
        "intoxication_refuse_at_sedation",
        _whole("refuse_at_sedation", "intoxication"),
        int,
        "No dose from sedation score",
        "A sedation score of this or more always means no dose; 4 means the score alone "
        "never refuses.",
        _INTOXICATION,
        minimum=1,
        maximum=4,
    ),
    _rule(
        "intoxication_breath_alcohol_permille",
        _number("breath_alcohol_threshold_permille", "intoxication"),
        Decimal,
        "Intoxicated from breath alcohol",
        "A breath alcohol reading of this or more (per mille blood alcohol) counts as "
        "intoxication.",
        _INTOXICATION,
        unit="‰",
        minimum=Decimal("0.01"),
        maximum=Decimal(5),
        places=2,
    ),
    _rule(
        "intoxication_action",
        _choice("action", "intoxication", IntoxicationAction),
        str,
        "When a patient is intoxicated",
        "What the rules do when the pre-dose assessment finds intoxication.",
        _INTOXICATION,
        choices=(
            (IntoxicationAction.REDUCE.value, "Reduce the dose"),
            (IntoxicationAction.REFUSE.value, "No dose now"),
        ),
    ),
    _rule(
        "intoxication_reduce_to_percent",
        _number("reduce_to_percent", "intoxication"),
        Decimal,
        "Reduced dose when intoxicated",
        "When the dose is reduced for intoxication, it is at most this share of the "
        "prescribed dose per session.",
        _INTOXICATION,
        unit="%",
        minimum=Decimal(1),
        maximum=Decimal(100),
        places=2,
    ),
    _rule(
        "assessment_valid_minutes",
        _minutes("assessment_valid_for", "intoxication"),
        int,
        "A pre-dose assessment holds for",
        "A dose needs a pre-dose assessment recorded no longer ago than this.",
        _INTOXICATION,
        unit="min",
        minimum=1,
        maximum=240,
    ),
    _rule(
        "repeat_session",
        _choice("repeat_session", "", RepeatSessionPolicy),
        str,
        "A second full dose in one session",
        "What happens when a patient had a full dose in this session already.",
        _MAXIMA,
        choices=(
            (RepeatSessionPolicy.BLOCK.value, "Not allowed"),
            (RepeatSessionPolicy.NEEDS_OVERRIDE.value, "Allowed with a second person's approval"),
        ),
    ),
    _rule(
        "weighing_tolerance_percent",
        _number("weighing_tolerance_percent"),
        Decimal,
        "Weighing tolerance",
        "A filled syringe is accepted when its weight is this close to the weight the dose "
        "should have (or the smallest tolerance below, whichever is wider).",
        _WEIGHING,
        unit="%",
        minimum=Decimal("0.1"),
        maximum=Decimal(10),
        places=2,
    ),
    _rule(
        "weighing_tolerance_absolute_g",
        RuleTarget("", "weighing_tolerance_absolute", Grams, lambda amount: amount.value),
        Decimal,
        "Smallest weighing tolerance",
        "However small the dose, a syringe this close to its weight is accepted (a few steps "
        "of the balance).",
        _WEIGHING,
        unit="g",
        minimum=Decimal("0.0001"),
        maximum=Decimal("0.1"),
        places=4,
    ),
    _rule(
        "offline_policy",
        _choice("offline", "", OfflinePolicy),
        str,
        "Dosing at another station while offline",
        "What a station that is not the patient's home station may do while it cannot reach "
        "the central server.",
        _OFFLINE,
        choices=(
            (
                OfflinePolicy.OTHER_STATIONS_NEED_OVERRIDE.value,
                "Dose with a second person's approval",
            ),
            (OfflinePolicy.OTHER_STATIONS_BLOCKED.value, "No dose: only the home station doses"),
        ),
    ),
    _rule(
        "clock_skew_allowance_minutes",
        _minutes("clock_skew_allowance"),
        int,
        "Clock difference allowed",
        "How far ahead a station's clock may be before its records count as stamped in the future.",
        _OFFLINE,
        unit="min",
        minimum=0,
        maximum=60,
    ),
)

_STATION_SPECS = (
    SettingSpec(
        "auto_lock_minutes",
        int,
        5,
        _STATION,
        "Lock the station after",
        "The station locks itself when nobody has used it for this long.",
        unit="min",
        minimum=1,
        maximum=60,
    ),
    SettingSpec(
        "language",
        str,
        "en",
        _STATION,
        "Language",
        "The language the station's screens are shown in.",
        choices=_LANGUAGE_NAMES,
    ),
    SettingSpec(
        "calibration_interval_days",
        int,
        1,
        _STATION,
        "Reference-weight check every",
        "How often the balance must be checked with the reference weight.",
        unit="days",
        minimum=1,
        maximum=365,
    ),
    SettingSpec(
        "count_tolerance_mg",
        Decimal,
        Decimal("0.5"),
        _PHARMACY,
        "Count tolerance",
        "A stock count this close to the register is accepted without an explanation.",
        "Pharmacy",
        unit="mg",
        minimum=Decimal(0),
        maximum=Decimal(100),
        places=2,
    ),
)

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in (*_RULE_SPECS, *_STATION_SPECS)}


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
        changes: dict[str, dict[str, Any]] = {group: {} for group in (*_GROUPS, "vitals")}
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
