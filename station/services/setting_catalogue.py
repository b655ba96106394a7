"""Every setting the station knows: the clinic's rule settings and the station's own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from station.domain.errors import SettingsError
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
from station.services.setting_spec import RuleTarget, SettingSpec

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


# -- how each kind of rule setting converts ------------------------------------------------


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
_ORDERS = "Prescriber orders"

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
    _rule(
        "order_expiry_warning_days",
        RuleTarget("", "order_expiry_warning_days", int, int),
        int,
        "Warn before an order ends",
        "The counter and the prescriber are warned this many days before a prescriber's "
        "order ends, and when its review day comes within them.",
        _ORDERS,
        unit="days",
        minimum=0,
        maximum=90,
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
        "block_when_scale_check_overdue",
        str,
        "off",
        _LEAD,
        "A scale whose reference check is overdue",
        "Whether the counter only warns, or accepts no weighing, while the balance's "
        "reference-weight check is overdue, failed or missing.",
        choices=(
            ("off", "Warn the nurse; weighings are accepted"),
            ("on", "No weighing is accepted until the scale passes a check"),
        ),
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
