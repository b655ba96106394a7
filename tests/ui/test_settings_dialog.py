"""The settings dialog: live language switch, lock minutes, read-only observation time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from station.domain.settings import RuleSettings
from station.ui.i18n import LANGUAGES, Translations
from station.ui.settings_dialog import SettingsChoice, SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switcher = Translations(qapp)
    switcher.switch("en")
    yield switcher
    switcher.uninstall()


def open_dialog(
    qtbot: QtBot, translations: Translations, current: SettingsChoice | None = None
) -> SettingsDialog:
    dialog = SettingsDialog(
        translations,
        current or SettingsChoice(language="en", lock_after_s=300),
        RuleSettings(observation=timedelta(minutes=20)),
    )
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_choosing_danish_switches_the_dialog_at_once(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = open_dialog(qtbot, translations)
    assert dialog.windowTitle() == "Settings"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == list(
        LANGUAGES.values()
    )
    dialog.language.setFocus()
    with qtbot.waitSignal(translations.language_changed) as changed:
        dialog.language.setCurrentIndex(dialog.language.findData("da"))
    assert changed.args == ["da"]
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Indstillinger", timeout=2000)
    assert "Observationstiden" in dialog.rules_note.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Gem"  # Qt's own buttons follow too
    with qtbot.waitSignal(dialog.settings_chosen) as chosen:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert chosen.args == [SettingsChoice(language="da", lock_after_s=300)]
    assert translations.language == "da"


def test_cancel_goes_back_to_the_language_before(qtbot: QtBot, translations: Translations) -> None:
    dialog = open_dialog(qtbot, translations)
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Indstillinger", timeout=2000)
    with qtbot.assertNotEmitted(dialog.settings_chosen):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert translations.language == "en"


def test_lock_minutes_from_the_keyboard(qtbot: QtBot, translations: Translations) -> None:
    dialog = open_dialog(qtbot, translations, SettingsChoice("en", lock_after_s=90))
    assert dialog.lock_minutes.value() == 2  # 90 s shown rounded up: never locks later
    dialog.lock_minutes.setFocus()
    dialog.lock_minutes.selectAll()
    qtbot.keyClicks(dialog.lock_minutes, "15")
    with qtbot.waitSignal(dialog.settings_chosen) as chosen:
        qtbot.keyClick(dialog.lock_minutes, Qt.Key.Key_Return)
    assert chosen.args == [SettingsChoice(language="en", lock_after_s=900)]


def test_zero_minutes_means_never(qtbot: QtBot, translations: Translations) -> None:
    dialog = open_dialog(qtbot, translations, SettingsChoice("en", lock_after_s=0))
    assert dialog.lock_minutes.text() == "never"
    assert dialog.choice().lock_after_s == 0


def test_observation_minutes_are_shown_but_not_editable(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = open_dialog(qtbot, translations)
    assert dialog.observation.text() == "20 min; 30 min when venous access failed"
    assert isinstance(dialog.observation, QLabel)
    assert not dialog.observation.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
    assert "clinic lead" in dialog.rules_note.text()


def test_every_control_is_named(qtbot: QtBot, translations: Translations) -> None:
    dialog = open_dialog(qtbot, translations)
    for control in (dialog.language, dialog.lock_minutes, dialog.observation):
        assert control.accessibleName()
