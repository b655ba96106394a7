"""Translations: complete catalogues (the check CI runs), compiled files in step, live switching."""

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
def test_check_passes_for_each_complete_language(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The check CI runs (this test): nothing unfinished, nothing in today's code missing.
    status = i18n.main(["check", language])
    report = capsys.readouterr().out
    assert status == 0, (
        f"{LANGUAGES[language]} is not complete: {report} run 'python -m station.ui.i18n "
        f"update {language}' and translate the entries in resources/i18n"
    )
    assert f"{language}: 0 unfinished, 0 missing" in report
    assert len(messages(language)) > 100


def _catalogue_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> ElementTree.ElementTree[ElementTree.Element]:
    for ts in i18n.CATALOGUE_DIR.glob("*.ts"):
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    return ElementTree.parse(catalogue_path(language, ".ts"))


def test_check_fails_on_a_string_of_the_code_missing_from_a_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = _catalogue_copy(tmp_path, monkeypatch, "en")
    context = next(tree.getroot().iter("context"))
    context.remove(next(context.iter("message")))  # as if the code had a string added since
    i18n._write_ts(tree, catalogue_path("en", ".ts"))
    assert i18n.unfinished("en") == []  # nothing unfinished: only the comparison sees it
    assert i18n.main(["check", "en"]) == 1
    assert "en: 0 unfinished, 1 missing" in capsys.readouterr().out


def test_check_fails_on_an_unfinished_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = _catalogue_copy(tmp_path, monkeypatch, "en")
    translation = next(tree.getroot().iter("translation"))
    translation.set("type", "unfinished")
    i18n._write_ts(tree, catalogue_path("en", ".ts"))
    assert i18n.main(["check", "en"]) == 1
    assert "en: 1 unfinished, 0 missing" in capsys.readouterr().out


def test_every_language_offered_must_be_complete() -> None:
    assert set(COMPLETE_LANGUAGES) == set(LANGUAGES)  # none offered half translated


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
    assert panel.remove_button.text() == "Fjern sprøjten"
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


def test_step_bar_words_are_in_every_catalogue(translations: Translations) -> None:
    # The step bar says STEP_NAMES through tr(): lupdate finds them by their marks.
    from station.ui.visit.flow import STEP_NAMES

    assert {("VisitView", name, "") for name in STEP_NAMES} <= i18n.code_strings()
    translations.switch("de")
    shown = [QCoreApplication.translate("VisitView", name) for name in STEP_NAMES]
    assert shown[0] == "Identifikation"
    assert all(word and word != name for word, name in zip(shown, STEP_NAMES, strict=True))


def test_device_states_follow_a_language_switch(qtbot: QtBot, translations: Translations) -> None:
    from station.ui.status_bar import StationStatusBar

    bar = StationStatusBar(None)
    qtbot.addWidget(bar)
    assert bar.scale.text() == "Scale: connecting"
    translations.switch("da")
    qtbot.waitUntil(lambda: bar.scale.text() == "Vægt: forbinder", timeout=2000)
    assert bar.printer.text() == "Printer: forbinder"
    translations.switch("de")
    qtbot.waitUntil(lambda: bar.scanner.text() == "Scanner: verbindet", timeout=2000)
    assert bar.user.text() == "Gesperrt"


def _literal_sources() -> set[tuple[str, int, str]]:
    """Every string literal the code hands a translating helper: (file, line, text)."""
    import ast

    found = set()
    for path in i18n.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ("translate", "_translate", "QT_TRANSLATE_NOOP"):
                position = 1  # (context, text, ...)
            elif name.lstrip("_") == "tr" or name.endswith("_tr"):  # e.g. a 'board_tr'
                position = 0
            else:
                continue
            if len(node.args) > position:
                text = node.args[position]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.add((path.name, node.lineno, text.value))
    return found


def test_every_literal_handed_to_a_translating_helper_is_in_the_catalogues() -> None:
    # A helper lupdate does not know (say '_tr') leaves its strings out of every catalogue:
    # the check could never see them missing. Each such literal must be extracted.
    extracted = {source for _context, source, _comment in i18n.code_strings()}
    literals = _literal_sources()
    assert len(literals) > 1000
    unseen = sorted(entry for entry in literals if entry[2] not in extracted)
    assert unseen == [], f"lupdate does not see these (call tr() or mark them): {unseen[:10]}"


def test_the_queue_and_absent_lists_speak_the_language(translations: Translations) -> None:
    from datetime import UTC

    from PySide6.QtCore import Qt

    from station.ui.visit import absent, queue_view

    translations.switch("da")
    queue = queue_view.QueueModel(lambda: UTC)
    assert queue.headerData(0, Qt.Orientation.Horizontal) == "Klinik-id"
    assert queue_view.tr("due") == "for tur"
    assert absent.kind_names()["called"] == "ringet op"
    translations.switch("de")
    assert absent.AbsentModel(lambda: UTC).headerData(3, Qt.Orientation.Horizontal) == (
        "Tage abwesend"
    )
