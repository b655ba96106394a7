"""Settings show words, never identifiers: every choice of the clinic rules dialog, the
technician's settings page and the settings dialog has a label people read (translated), and
no visible text is a stored value such as ``block_for_review``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from station.demo.profile import demo_password
from station.domain.settings import RuleSettings
from station.services.setting_catalogue import SPECS
from station.ui.i18n import Translations
from station.ui.lead.rules_dialog import ClinicRulesDialog, RulesContext
from station.ui.messages import SETTING_CHOICES, choice_words
from station.ui.settings_dialog import SettingsChoice, SettingsDialog

from .conftest import DemoStation

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

IDENTIFIER = re.compile(r"^[a-z]+(_[a-z]+)+$")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switcher = Translations(qapp)
    switcher.switch("en")
    yield switcher
    switcher.uninstall()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person sees or hears: labels, buttons, combo items, fields, names."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(index) for index in range(widget.count()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        texts.extend([widget.accessibleName(), widget.toolTip()])
    return [text for text in texts if text]


def identifiers(texts: list[str]) -> list[str]:
    return sorted({text for text in texts if IDENTIFIER.fullmatch(text.strip())})


def test_the_clinic_rules_dialog_shows_no_identifier(
    qtbot: QtBot, demo_station: DemoStation, translations: Translations
) -> None:
    lead = demo_station.store.unlock("lead", demo_password("lead"))
    parts = demo_station.parts
    dialog = ClinicRulesDialog(RulesContext(parts.services.settings, lead, parts.tasks.submit))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page
    qtbot.waitUntil(lambda: "missed_days_action" in page.editors, timeout=10000)
    texts = visible_texts(dialog)
    assert identifiers(texts) == []
    combo = page.editors["missed_days_action"]
    assert isinstance(combo, QComboBox)
    assert combo.findData("block_for_review") >= 0  # the stored value stays the item's data
    for editor in page.editors.values():
        if isinstance(editor, QComboBox):
            for index in range(editor.count()):
                assert editor.itemText(index) != editor.itemData(index)


def test_the_settings_dialog_shows_no_identifier(qtbot: QtBot, translations: Translations) -> None:
    dialog = SettingsDialog(
        translations,
        SettingsChoice(language="en", lock_after_s=300),
        RuleSettings(observation=timedelta(minutes=20)),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert identifiers(visible_texts(dialog)) == []


def test_every_choice_of_the_catalogue_has_words_to_translate() -> None:
    for key, spec in SPECS.items():
        if key == "language":  # each language's name is written in that language
            continue
        for value, words in spec.choices:
            assert SETTING_CHOICES.get((key, value)) == words, (key, value)
            assert not IDENTIFIER.fullmatch(words)
    assert choice_words("some_setting", "a_new_value") == "A new value"
