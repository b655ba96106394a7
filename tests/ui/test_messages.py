"""Service error codes and the rules' reasons become sentences in the station's language."""

from __future__ import annotations

import ast
import pickle
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.domain import DecisionContext, IntoxicationAction, IntoxicationRules, decide
from station.domain.prescriptions import Drug
from station.domain.roles import Role
from station.domain.rules import REASON_CODES, Outcome, Reason, ReasonParam
from station.services.errors import STORE_ERROR_CODES, DoseRefused, PermissionDenied, ServiceError
from station.ui import messages, reasons
from station.ui.i18n import Translations
from station.ui.tasks import BackgroundTasks
from tests.domain.builders import NOW, SETTINGS, assessment, at, dose, rx, visit
from tests.domain.test_rules import INDUCTION, SCENARIOS
from tests.services.test_error_codes import SERVICES, raised_errors
from tests.ui.board_support import BoardStation, open_board_station
from tests.ui.test_observation_board import loaded, make_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CLOSED = ServiceError("This observation is already closed.", code="observation.closed_already")
CLOSED_SOURCE = "This observation is already closed."


class MarkedMessages(QTranslator):
    """A real translator for one language that exists only here: it marks what it translates."""

    def __init__(self, sources: set[str]) -> None:
        super().__init__()
        self.sources = sources

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context in ("Messages", "MessageParts", "Reasons") and source in self.sources:
            return f"«{source}»"
        return None  # not translated here: Qt asks the other translators, then the source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switcher = Translations(qapp)
    switcher.switch("en")
    yield switcher
    switcher.uninstall()


@pytest.fixture
def marked(qapp: QApplication, translations: Translations) -> Iterator[MarkedMessages]:
    translator = MarkedMessages({CLOSED_SOURCE})
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_catalogue_knows_every_code_the_services_raise(translations: Translations) -> None:
    known = messages.known_service_codes()
    raised = raised_errors()
    unknown = sorted({r.code or "?" for r in raised} - known)
    assert unknown == [], "each service error code has a sentence in station/ui/messages.py"
    assert set(STORE_ERROR_CODES) <= known, "and so has each code the service edge gives"
    sentences = messages.service_sentences()
    for r in raised:
        if r.code in sentences:
            filled = messages.fill(sentences[r.code], dict.fromkeys(r.params, "x"))
            assert filled is not None, f"{r.where}: the sentence for {r.code} wants other values"


def test_every_reason_code_of_the_rules_has_a_title() -> None:
    assert set(reasons.REASON_TITLES) == set(REASON_CODES)


def test_a_sentence_is_filled_with_its_values_the_way_the_language_writes_them(
    translations: Translations,
) -> None:
    error = ServiceError(
        "More than was prepared cannot be given: at most 12.5 mg went in.",
        code="counter.given_more_than_prepared",
        prepared=Decimal("12.50"),
    )
    assert messages.describe(error) == str(error)
    translations.switch("da")
    assert messages.format_value(Decimal("12.50")) == "12,5"
    assert "12,5" in messages.describe(error)


def test_an_unknown_code_or_a_missing_value_falls_back_to_the_english_sentence() -> None:
    assert messages.describe(ServiceError("Plain English.", code="nowhere.unknown")) == (
        "Plain English."
    )
    lacking = ServiceError("At most 3.", code="counter.given_more_than_prepared")
    assert messages.describe(lacking) == "At most 3."
    assert messages.describe(ValueError("not a service error")) == "not a service error"


def test_a_loaded_translation_is_what_people_read(marked: MarkedMessages) -> None:
    assert messages.describe(CLOSED) == f"«{CLOSED_SOURCE}»"
    reason = Reason("observation.open", "x", Outcome.BLOCK)
    assert reasons.describe_reason(reason) == "x", "no translation: the rules' own sentence"
    marked.sources.add("No stop-dose flag is set.")
    plain = Reason("stop_dose.none", "No stop-dose flag is set.", Outcome.ALLOW)
    assert reasons.describe_reason(plain) == "«No stop-dose flag is set.»"
    marked.sources.add(REASON_CODES["stop_dose.set"])
    valued = Reason("stop_dose.set", "Stop-dose flag set on 3 Mar.", Outcome.BLOCK, Role.NURSE)
    assert reasons.describe_reason(valued) == (
        f"«{REASON_CODES['stop_dose.set']}»: Stop-dose flag set on 3 Mar."
    )


@pytest.fixture
def station(tmp_path: Path) -> Iterator[BoardStation]:
    result = open_board_station(tmp_path / "station")
    yield result
    result.store.close()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[BackgroundTasks]:
    runner = BackgroundTasks()
    yield runner
    runner.shutdown()


def _refused_discharge(qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks) -> str:
    """Discharge a patient another screen discharged already: the sentence the board shows."""
    dose = station.dose("Booth 1")
    board = make_board(qtbot, station, tasks)
    loaded(qtbot, board, 1)
    station.clock.advance(minutes=21)
    station.counter.observations.discharge(station.nurse, dose.observation_id)
    dialog = board.open_discharge(dose.observation_id)
    with qtbot.waitSignal(board.failed, timeout=5000) as failure:
        dialog.accept()
    shown = board.message.text()
    assert failure.args == [shown]
    return shown


def test_a_refused_step_shows_the_catalogues_sentence(
    qtbot: QtBot,
    station: BoardStation,
    tasks: BackgroundTasks,
    marked: MarkedMessages,
) -> None:
    shown = _refused_discharge(qtbot, station, tasks)
    assert shown == messages.describe(CLOSED) == f"«{CLOSED_SOURCE}»"


def test_in_danish_a_refused_step_shows_the_catalogues_sentence(
    qtbot: QtBot, station: BoardStation, tasks: BackgroundTasks, translations: Translations
) -> None:
    translations.switch("da")
    shown = _refused_discharge(qtbot, station, tasks)
    assert shown == messages.describe(CLOSED)
    danish = QCoreApplication.translate("Messages", CLOSED_SOURCE)
    assert (shown != str(CLOSED)) == (danish != CLOSED_SOURCE)


def test_the_parts_a_sentence_names_are_translated_on_their_own(marked: MarkedMessages) -> None:
    marked.sources.add("The dose")
    error = ServiceError(
        "The dose is given to 0.01 mg at most.", code="input.dose_too_precise", what="The dose"
    )
    assert messages.describe(error) == "«The dose» is given to 0.01 mg at most."


def test_every_part_the_services_name_is_in_the_catalogue() -> None:
    named = set()
    takers = {"milligrams_input", "second_person", "_check_witness"}
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            last = node.args[-1] if node.args else None
            if name in takers and isinstance(last, ast.Constant) and isinstance(last.value, str):
                named.add(last.value)
    assert len(named) >= 8, "the scan finds what the services name"
    assert named <= set(messages.MESSAGE_PARTS)


# --- the rules' reasons with values -------------------------------------------------------------

REFUSING = replace(SETTINGS, intoxication=IntoxicationRules(action=IntoxicationAction.REFUSE))
MORE_CONTEXTS = (
    visit(prescriptions=(rx(valid_until=date(2025, 6, 30)),)),
    visit(station_clock_skew=-timedelta(hours=2, minutes=5)),
    visit(history=(dose(at(20, 12), 180),), mg=100),
    visit(assessment=assessment(alcohol="0.8"), settings=REFUSING),
    visit(assessment=assessment(score=2, alcohol="0.8"), settings=REFUSING),
    visit(assessment=assessment(score=2, alcohol="0.8"), mg=100),
    visit(assessment=assessment(score=2, alcohol="0.8")),
    visit(history=(dose(at(10, 11, 50), 15),), prescriptions=(INDUCTION,), mg=20),
)
"""Decisions whose sentences the named scenarios of the rules do not reach."""


def every_context() -> list[DecisionContext]:
    return [scenario.context for scenario in SCENARIOS] + list(MORE_CONTEXTS)


EXAMPLES: dict[str, ReasonParam] = {
    "drug": "methadone_oral",
    "count": 3,
    "per_session": Decimal("201.5"),
    "per_day": Decimal("402.5"),
    "until": date(2031, 7, 30),
    "flags": "seen at the door",
    "ahead_by": timedelta(hours=2, minutes=5),
    "behind_by": timedelta(minutes=47),
    "ahead": timedelta(hours=26),
    "station": "booth-b",
    "given": Decimal("12.5"),
    "session": "midday",
    "within": timedelta(minutes=31),
    "sedation": 2,
    "alcohol": Decimal("0.85"),
    "cap": Decimal("97.25"),
    "share": Decimal("45"),
    "proposed": Decimal("212.5"),
    "limit": Decimal("398.5"),
    "remaining": Decimal("77.75"),
    "more": Decimal("66.5"),
    "last": datetime(2031, 7, 29, 6, 17, tzinfo=UTC),
    "next": datetime(2031, 7, 30, 14, 44, tzinfo=UTC),
    "interval": timedelta(hours=11, minutes=59),
    "first_cap": Decimal("14.5"),
    "second_cap": Decimal("16.5"),
    "rise": Decimal("21"),
    "total": Decimal("333.5"),
    "missed": 4,
    "break_days": 6,
    "basis": Decimal("181.5"),
    "days": 8,
    "since": date(2031, 7, 27),
    "review_on": date(2031, 7, 26),
}
"""A distinct example for each value a reason's sentence may name."""


def test_every_sentence_with_values_fills_with_each_of_them(translations: Translations) -> None:
    translations.switch("da")
    zone = SETTINGS.zone
    for template in reasons.REASON_TEMPLATES:
        assert template.code in REASON_CODES
        assert template.fields, f"{template.code}: a sentence without values is translated whole"
        assert template.fields <= set(EXAMPLES), f"{template.code}: give the new value an example"
        params = {name: EXAMPLES[name] for name in template.fields}
        reason = Reason(template.code, "English.", template.outcome or Outcome.BLOCK, params=params)
        assert reasons.reason_template(reason) == template
        shown = reasons.describe_reason(reason, zone, NOW)
        assert shown != "English." and "{" not in shown and "}" not in shown, template.text
        for name, value in params.items():
            assert reasons.format_reason_value(name, value, zone) in shown, (template.code, name)
    shown = reasons.format_reason_value("per_day", EXAMPLES["per_day"])
    assert shown == "402,5", "amounts the way the language writes them"
    assert reasons.format_reason_value("ahead_by", EXAMPLES["ahead_by"]) == "2 t 5 min", (
        "durations in Danish words"
    )


def test_each_sentence_is_chosen_by_the_values_its_reason_carries() -> None:
    keys = [(t.code, t.fields, t.outcome) for t in reasons.REASON_TEMPLATES]
    assert len(keys) == len(set(keys)), "two sentences for the same code and values"
    texts = {t.text for t in reasons.REASON_TEMPLATES}
    reached = set()
    for context in every_context():
        for reason in decide(context).reasons:
            template = reasons.reason_template(reason)
            assert (template is None) == (not reason.params), (reason.code, dict(reason.params))
            if template is not None:
                reached.add(template.text)
    assert reached == texts, "every sentence is one the rules write"
    assert {drug.label for drug in reasons.DRUG_NAMES} == set(reasons.DRUG_NAMES.values())
    assert all(reasons.DRUG_NAMES[drug] == drug.label for drug in reasons.DRUG_NAMES)


def test_in_english_the_filled_sentence_is_the_rules_own(translations: Translations) -> None:
    """Said again from its values, each reason reads as the rules wrote it (a dated value aside:
    the window writes days the way the language does)."""
    compared = 0
    for context in every_context():
        zone = context.settings.zone
        today = context.now.astimezone(zone).date()
        for reason in decide(context).reasons:
            dated = [
                value
                for value in reason.params.values()
                if isinstance(value, date)
                and not (isinstance(value, datetime) and value.astimezone(zone).date() == today)
            ]
            shown = reasons.describe_reason(reason, zone, context.now)
            if reason.params and not dated:
                assert shown == reason.message, reason.code
                compared += 1
    assert compared > 300


def test_a_reason_lacking_a_value_shows_the_rules_english_sentence(
    marked: MarkedMessages,
) -> None:
    lacking = Reason(
        "dose.within_session_maximum", "English.", Outcome.ALLOW, params={"proposed": 1}
    )
    assert reasons.describe_reason(lacking) == "English."
    text = next(t.text for t in reasons.REASON_TEMPLATES if t.code == "session.not_yet_dosed")
    marked.sources.add(text)
    reason = Reason("session.not_yet_dosed", "English.", Outcome.ALLOW, params={"session": "x"})
    assert reasons.describe_reason(reason) == "«No dose given yet in the x session.»"
    wrong = ReasonsWanting({text: "Ingen dosis i {sessionen}."})
    QCoreApplication.instance().installTranslator(wrong)  # type: ignore[union-attr]
    try:
        assert reasons.describe_reason(reason) == "English.", "a translation wanting another value"
    finally:
        QCoreApplication.instance().removeTranslator(wrong)  # type: ignore[union-attr]


class ReasonsWanting(QTranslator):
    """A real translator giving fixed sentences of the rules (a translator's slip, say)."""

    def __init__(self, sentences: dict[str, str]) -> None:
        super().__init__()
        self.sentences = sentences

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.sentences.get(source) if context == "Reasons" else None

    def isEmpty(self) -> bool:
        return False


def on_top(translator: QTranslator) -> None:
    """Make ``translator`` the first Qt asks (the one installed last), above the Danish one."""
    app = QCoreApplication.instance()
    assert app is not None
    app.removeTranslator(translator)
    app.installTranslator(translator)


def test_a_real_decision_reads_whole_in_the_stations_language(
    marked: MarkedMessages, translations: Translations
) -> None:
    translations.switch("da")
    on_top(marked)
    decision = decide(visit(mg="212.5"))
    above = next(r for r in decision.reasons if r.code == "dose.above_session_maximum")
    assert above.params["proposed"] == Decimal("212.5")
    template = reasons.reason_template(above)
    assert template is not None
    marked.sources.add(template.text)
    shown = reasons.describe_reason(above, SETTINGS.zone, NOW)
    assert shown == (
        "«212,5 mg is above the prescribed maximum of 200 mg per session: at most 200 mg.»"
    )
    soon = decide(visit(history=(dose(at(10, 9, 30), 180),)))
    interval = next(r for r in soon.reasons if r.code == "interval.too_soon")
    template = reasons.reason_template(interval)
    assert template is not None
    marked.sources.add(template.text)
    marked.sources.add("{hours} h")
    shown = reasons.describe_reason(interval, SETTINGS.zone, NOW)
    assert shown == (
        "«The last dose was at 09:30; the next may be given from 12:30 (at least «3 h» apart).»"
    ), "clock times in the clinic's zone, the duration translated"


def embeds_values(node: ast.AST) -> bool:
    """True when ``node`` holds an f-string with a value in it."""
    return any(
        isinstance(part, ast.JoinedStr)
        and any(isinstance(value, ast.FormattedValue) for value in part.values)
        for part in ast.walk(node)
    )


def reasons_without_their_values(source: str) -> tuple[int, list[str]]:
    """Reasons built in ``source`` from a sentence with values but given no params.

    A sentence is the helper's second argument: an f-string, or a name whose latest
    assignment before the call in the same function embeds values. Returns how many reasons
    with values were found, and the offenders as 'function:line'.
    """
    helpers = {"_allow", "_warn", "_override", "_block", "Reason"}
    found, offenders = 0, []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef):
            continue
        assigned: dict[str, list[tuple[int, bool]]] = {}
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        assigned.setdefault(target.id, []).append(
                            (node.lineno, embeds_values(node.value))
                        )
        for node in ast.walk(function):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in helpers or len(node.args) < 2:
                continue
            message = node.args[1]
            valued = embeds_values(message)
            for name in (n.id for n in ast.walk(message) if isinstance(n, ast.Name)):
                before = [v for line, v in assigned.get(name, []) if line < node.lineno]
                valued = valued or bool(before and before[-1])
            if not valued:
                continue
            found += 1
            if not node.keywords:
                offenders.append(f"{function.name}:{node.lineno}")
    return found, offenders


def test_every_reason_whose_sentence_has_values_carries_them() -> None:
    rules = Path(reasons.__file__).parents[1] / "domain" / "rules.py"
    found, offenders = reasons_without_their_values(rules.read_text(encoding="utf-8"))
    assert found >= 30, "the scan finds the rules' sentences with values"
    assert offenders == [], "pass the sentence's values as params"
    slip = (
        "def check(ctx):\n"
        "    message = f'{ctx.dose} is too much.'\n"
        "    return _block('dose.above_session_maximum', message, Role.CLINIC_LEAD)\n"
        "def fine(ctx):\n"
        "    message = 'No values.'\n"
        "    return _allow('observation.closed', message)\n"
    )
    assert reasons_without_their_values(slip) == (1, ["check:3"])


def test_a_dose_the_rules_refuse_at_recording_says_their_reasons_in_the_stations_language(
    marked: MarkedMessages, translations: Translations
) -> None:
    translations.switch("da")
    decision = decide(visit(mg="212.5"))
    blocking = tuple(r for r in decision.reasons if r.code == "dose.above_session_maximum")
    assert blocking, "the rules give the reason this test says"
    english = " ".join(r.message for r in blocking)
    refusal = DoseRefused(
        f"This dose is blocked: {english}",
        code="counter.dose_blocked",
        rules_reasons=blocking,
        zone=SETTINGS.zone,
        reasons=english,
    )
    assert messages.describe(refusal) == (
        "Denne dosis er blokeret: 212,5 mg er over det ordinerede maksimum på 200 mg pr. "
        "tidsrum: højst 200 mg."
    ), "the Danish catalogue's sentence and reason, the values the Danish way"
    template = reasons.reason_template(blocking[0])
    assert template is not None
    marked.sources.update({template.text, "This dose is blocked: {reasons}"})
    on_top(marked)
    shown = messages.describe(refusal)
    assert "212,5 mg" in shown and "212.5" not in shown, "the reason's values the language's way"
    assert shown.startswith("«This dose is blocked: «"), "the sentence and its reason translated"
    assert pickle.loads(pickle.dumps(refusal)).rules_reasons == blocking


def test_roles_drugs_and_durations_in_a_sentence_are_said_in_the_stations_language(
    translations: Translations,
) -> None:
    translations.switch("da")
    needs = PermissionDenied(
        "This needs the role nurse or clinic lead; demo lacks it.",
        code="access.role_required",
        roles="nurse or clinic lead",
        username="demo",
    )
    shown = messages.describe(needs)
    assert "sygeplejerske eller klinikleder" in shown, shown
    assert "nurse" not in shown and "clinic lead" not in shown
    wrong = ServiceError(
        "Solution batch B-1 holds methadone, not the diacetylmorphine IV the decision is for.",
        code="counter.batch_wrong_substance",
        batch="B-1",
        substance="methadone",
        drug=Drug.DIACETYLMORPHINE_IV.label,
    )
    assert "diacetylmorphine IV" not in messages.describe(wrong)
    assert reasons.format_duration(timedelta(hours=2, minutes=5)) == "2 t 5 min"
    translations.switch("en")
    assert "nurse or clinic lead" in messages.describe(needs)
    assert reasons.format_duration(timedelta(hours=2, minutes=5)) == "2 h 5 min"
