"""One language per station: the station setting is the truth, window.json keeps its copy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.ui.i18n import Translations
from station.ui.preferences import load_preferences
from station.ui.station_language import LANGUAGE_KEY
from tests.ui.conftest import DemoStation, open_window, sign_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TIMEOUT = 10000


@pytest.fixture
def translations(qapp: QApplication, demo_station: DemoStation) -> Iterator[Translations]:
    switcher = Translations(qapp)
    demo_station.parts.translations = switcher
    yield switcher
    switcher.uninstall()


def station_language(demo_station: DemoStation) -> str:
    """The station setting, read through the service as the technician (the tests' door)."""
    technician = demo_station.store.unlock("technician", demo_password("technician"))
    return str(demo_station.parts.services.settings.value(technician, LANGUAGE_KEY))


def copied_language(demo_station: DemoStation) -> str:
    return load_preferences(demo_station.store.data_dir).language


def test_a_nurse_sees_the_stations_language_without_changing_it(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window)
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None
    assert not dialog.language.isEnabled()
    assert dialog.language_note.isVisibleTo(dialog)
    assert "technician" in dialog.language_note.text()
    dialog.reject()


def test_the_settings_dialogs_choice_is_recorded_as_the_station_setting(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "technician")
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.language.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.accept()
    qtbot.waitUntil(lambda: copied_language(demo_station) == "da", timeout=TIMEOUT)
    assert station_language(demo_station) == "da"  # one truth: what the CSV export reads too
    assert translations.language == "da"
    assert demo_station.parts.preferences.language == "da"


def test_after_sign_in_the_window_shows_the_station_settings_language(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    technician = demo_station.store.unlock("technician", demo_password("technician"))
    demo_station.parts.services.settings.change(technician, LANGUAGE_KEY, "de")
    window = open_window(qtbot, demo_station.parts)
    assert translations.language == "en"  # the copy still says English before anyone signs in
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: translations.language == "de", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: copied_language(demo_station) == "de", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.status.user.text().startswith("Angemeldet"), timeout=TIMEOUT)


def test_a_language_saved_on_the_station_settings_page_is_shown_at_once(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    from station.ui.technician.workspace import TechnicianWorkspace

    window = open_window(qtbot, demo_station.parts)
    sign_in(qtbot, window, "technician")
    workspace = window.workspace
    assert isinstance(workspace, TechnicianWorkspace)
    page = workspace.settings
    qtbot.waitUntil(lambda: LANGUAGE_KEY in page.editors, timeout=TIMEOUT)
    editor = page.editors[LANGUAGE_KEY]
    assert isinstance(editor, QComboBox) and editor.isEnabled()
    editor.setCurrentIndex(editor.findData("da"))
    page.save()
    qtbot.waitUntil(lambda: translations.language == "da", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: copied_language(demo_station) == "da", timeout=TIMEOUT)
    assert station_language(demo_station) == "da"


def test_a_refused_choice_goes_back_to_the_stations_language(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    # Nobody signed in: the dialog cannot record the setting, so the language shown goes back.
    window = open_window(qtbot, demo_station.parts)
    translations.switch("da")
    window.language.choose(None, "da")
    assert translations.language == "en"
    assert station_language(demo_station) == "en"
