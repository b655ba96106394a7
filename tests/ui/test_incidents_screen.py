"""The clinic lead's incidents screen over a real station and the real server on loopback.

A double dose at two stations becomes an incident; the lead sees both doses, resolves it with
their password and a note; after sync the screen shows it resolved; with the server down it
says so and keeps the list. Everything here is fictional.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.services.cards import CardService
from station.services.incidents import IncidentService
from station.ui.lead.card_issue import CardIssueContext, CardIssueDialog
from station.ui.lead.incidents import IncidentsContext, IncidentsDialog
from station.ui.tasks import BackgroundTasks
from tests.services.conftest import PASSWORDS
from tests.services.sync_support import Station, enrolled_stations, running_server
from tests.services.test_incident_review import LEAD_NAME, NURSE_NAME, _double_dose, _synced
from tests.sync.conftest import InProcessServer

WAIT_MS = 20_000


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[BackgroundTasks]:
    running = BackgroundTasks()
    yield running
    running.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InProcessServer]:
    with running_server(InProcessServer, tmp_path) as running:
        yield running


@pytest.fixture
def pair(tmp_path: Path, server: InProcessServer) -> Iterator[tuple[Station, Station]]:
    with enrolled_stations(tmp_path, server) as (a, b):
        yield a, b


def _dialog(
    qtbot: QtBot, station: Station, session: object, tasks: BackgroundTasks
) -> IncidentsDialog:
    service = IncidentService(station.store, station.clock)
    context = IncidentsContext(service, session, tasks.submit)  # type: ignore[arg-type]
    with qtbot.waitSignal(tasks.idle, timeout=WAIT_MS):
        dialog = IncidentsDialog(context)
        qtbot.addWidget(dialog)
    return dialog


def _doses(dialog: IncidentsDialog) -> list[str]:
    return [dialog.doses.item(row).text() for row in range(dialog.doses.count())]


def test_the_lead_reviews_both_doses_and_resolves_with_a_signature(
    qtbot: QtBot,
    tasks: BackgroundTasks,
    pair: tuple[Station, Station],
    server: InProcessServer,
) -> None:
    a, b = pair
    with _double_dose(a, b, server) as (again, _incident_id):
        dialog = _dialog(qtbot, b, b.lead, tasks)
        dialog.show()
        assert "Fetched from the central server" in dialog.state.text()
        assert dialog.incidents.count() == 1
        line = dialog.incidents.item(0).text()
        assert "Suspected double dose" in line and "Fiktiva Synkesen" in line and "open" in line
        doses = _doses(dialog)
        assert len(doses) == 2
        assert any("station st-a" in dose for dose in doses)
        assert any("station st-b" in dose for dose in doses)
        assert all("100" in dose and NURSE_NAME in dose for dose in doses)
        assert dialog.resolution_box.isEnabled()

        qtbot.keyClicks(dialog.note, "Both doses confirmed; patient seen, well (test).")
        qtbot.keyClicks(dialog.password, "not-the-password")
        with qtbot.waitSignal(tasks.idle, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
        assert "password" in dialog.message.text().lower()
        assert dialog.password.text() == ""

        qtbot.keyClicks(dialog.password, PASSWORDS["lead"])
        with qtbot.waitSignal(dialog.resolved, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "resolved here" in dialog.incidents.item(0).text(), timeout=WAIT_MS)
        assert not dialog.resolution_box.isEnabled()

        _synced(b)
        with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        assert dialog.incidents.item(0).text().endswith("resolved")
        assert LEAD_NAME in dialog.outcome.text()
        assert "Both doses confirmed" in dialog.outcome.text()

        again.stop()
        with qtbot.waitSignal(dialog.listed, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        assert "cannot be asked now" in dialog.state.text()
        assert "list fetched at" in dialog.state.text()
        assert dialog.incidents.count() == 1
        assert len(_doses(dialog)) == 2


def test_a_nurse_is_told_the_screen_is_for_clinic_leads(
    qtbot: QtBot, tasks: BackgroundTasks, pair: tuple[Station, Station]
) -> None:
    _a, b = pair
    dialog = _dialog(qtbot, b, b.nurse, tasks)
    assert "clinic lead" in dialog.message.text()
    assert dialog.incidents.count() == 0
    assert not dialog.resolution_box.isEnabled()


def test_the_card_screen_issues_a_card_and_says_where_it_was_written(
    qtbot: QtBot,
    tasks: BackgroundTasks,
    pair: tuple[Station, Station],
    server: InProcessServer,
    tmp_path: Path,
) -> None:
    a, _b = pair
    patient = a.register()
    _synced(a)
    printed = tmp_path / "printed"
    printed.mkdir()
    context = CardIssueContext(CardService(a.store), a.lead, tasks.submit, printed)
    with qtbot.waitSignal(tasks.idle, timeout=WAIT_MS):
        dialog = CardIssueDialog(context)
        qtbot.addWidget(dialog)
    assert dialog.patients.count() == 1
    dialog.patients.setCurrentRow(0)
    with qtbot.waitSignal(dialog.issued, timeout=WAIT_MS) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    card = issued.args[0]
    assert card.pdf.is_file() and patient.clinic_id in dialog.message.text()
    # The card carries the name in clear: it goes where the person chose, never into the
    # station's (encrypted) data folder, and the screen says to delete it after printing.
    assert card.pdf.parent == printed and a.store.data_dir not in card.pdf.parents
    assert "delete the file" in dialog.message.text()
    server.stop()
    with qtbot.waitSignal(tasks.idle, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert "cannot be reached" in dialog.message.text()
