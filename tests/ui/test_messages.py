"""Service error codes and the rules' reasons become sentences in the station's language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.domain.roles import Role
from station.domain.rules import REASON_CODES, Outcome, Reason
from station.services.errors import STORE_ERROR_CODES, ServiceError
from station.ui import messages
from station.ui.i18n import Translations
from station.ui.tasks import BackgroundTasks
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
    assert set(messages.REASON_TITLES) == set(REASON_CODES)


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
    assert messages.describe_reason(reason) == "x", "no translation: the rules' own sentence"
    marked.sources.add("No stop-dose flag is set.")
    plain = Reason("stop_dose.none", "No stop-dose flag is set.", Outcome.ALLOW)
    assert messages.describe_reason(plain) == "«No stop-dose flag is set.»"
    marked.sources.add(REASON_CODES["stop_dose.set"])
    valued = Reason("stop_dose.set", "Stop-dose flag set on 3 Mar.", Outcome.BLOCK, Role.NURSE)
    assert messages.describe_reason(valued) == (
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
