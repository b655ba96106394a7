"""Translations: complete English and Danish catalogues, compiled files in step, live switching."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station.ui import i18n
from station.ui.i18n import (
    COMPLETE_LANGUAGES,
    LANGUAGES,
    Translations,
    catalogue_path,
    english_forms,
    unfinished,
)
from station.ui.simulator_panel import SimulatorPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    switcher = Translations(qapp)
    yield switcher
    switcher.uninstall()


def messages(language: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every entry in a catalogue."""
    tree = ElementTree.parse(catalogue_path(language, ".ts"))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                (name, message.findtext("source") or "", forms or [translation.text or ""])
            )
    return found


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_complete_catalogues_have_no_unfinished_entries(language: str) -> None:
    assert unfinished(language) == []
    assert len(messages(language)) > 100


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_complete_catalogues_cover_every_string_in_the_code(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Extract again from today's code into a copy: nothing new may be left untranslated.
    copy = tmp_path / catalogue_path(language, ".ts").name
    copy.write_bytes(catalogue_path(language, ".ts").read_bytes())
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    i18n.update([language])
    missing = i18n.unfinished(language)
    assert missing == [], (
        f"{len(missing)} strings lack a {LANGUAGES[language]} translation; run "
        "'python -m station.ui.i18n update' and translate them in resources/i18n"
    )


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_translations_keep_placeholders(language: str) -> None:
    for context, source, translated in messages(language):
        for text in translated:
            if not text:
                continue  # partial catalogues: untranslated entries show the English source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for compiled in i18n.compile_catalogues(output_dir=tmp_path):
        committed = catalogue_path(compiled.stem.split("_")[-1])
        assert committed.read_bytes() == compiled.read_bytes(), (
            f"{committed.name} is stale: run 'python -m station.ui.i18n compile'"
        )


def test_switching_language_changes_visible_labels(
    qtbot: QtBot, translations: Translations
) -> None:
    panel = SimulatorPanel(None, None)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.scale_box.title() == "Scale (simulated)"
    with qtbot.waitSignal(translations.language_changed):
        translations.switch("da")
    qtbot.waitUntil(lambda: panel.scale_box.title() == "Vægt (simuleret)", timeout=2000)
    assert panel.remove_button.text() == "&Fjern sprøjten"
    translations.switch("en")
    qtbot.waitUntil(lambda: panel.scale_box.title() == "Scale (simulated)", timeout=2000)


def test_plurals_follow_the_number(translations: Translations) -> None:
    translations.switch("en")
    tr = QCoreApplication.translate
    assert tr("ObservationCard", "%n minute(s) left", "", 1) == "1 minute left"
    assert tr("ObservationCard", "%n minute(s) left", "", 4) == "4 minutes left"
    translations.switch("da")
    assert tr("ObservationCard", "%n minute(s) left", "", 1) == "1 minut tilbage"
    assert tr("ObservationCard", "%n minute(s) left", "", 4) == "4 minutter tilbage"


def test_qt_own_buttons_are_translated_too(translations: Translations) -> None:
    translations.switch("da")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"


def test_strings_of_module_level_helpers_are_found(translations: Translations) -> None:
    # lupdate files strings passed through a module-level tr() helper under no context.
    orphans = [(source, texts[0]) for name, source, texts in messages("da") if not name]
    if not orphans:
        pytest.skip("no module-level helper strings in the code today")
    translations.switch("da")
    for source, danish in orphans:
        assert QCoreApplication.translate("SomeHelperContext", source) == danish


def test_unknown_language_is_refused(translations: Translations) -> None:
    with pytest.raises(ValueError, match="no such language"):
        translations.switch("xx")
    assert translations.language == "en"


def test_english_plural_forms() -> None:
    assert english_forms("%n patient(s)") == ("%n patient", "%n patients")
    assert english_forms("%n box(es) left") == ("%n box left", "%n boxes left")
