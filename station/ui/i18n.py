"""Translations: install the station's Qt catalogue for a language, switch live, re-extract strings.

At start-up the application builds one :class:`Translations` and calls :meth:`~Translations.switch`
with the saved language; the settings dialog calls it again to switch live. Installing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget, and each of our widgets
sets its texts again in ``changeEvent``.

Catalogues live in ``resources/i18n``: ``station_<lang>.ts`` (Qt Linguist source, edited by
translators) and ``station_<lang>.qm`` (compiled). Both are committed, so a checkout and the
desktop bundle run without Qt's tools; a test compiles the ``.ts`` again and compares.

Developers re-extract and compile with::

    python -m station.ui.i18n update    # pyside6-lupdate over station/ui, then fill English
    python -m station.ui.i18n compile   # pyside6-lrelease every .ts into its .qm
    python -m station.ui.i18n check     # unfinished and missing entries per language

English is the source language: ``update`` fills its catalogue from the source texts (with
``(s)`` plurals made into real singular and plural forms), so English is always complete.
The other languages are translated by hand. ``check`` fails when a language of
:data:`COMPLETE_LANGUAGES` has an unfinished entry, or misses a string the code has now (it
extracts the code's strings into a temporary catalogue and compares: a string added since
the last ``update`` counts as missing).
"""

from __future__ import annotations

import argparse
import logging
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

import resources

_log = logging.getLogger("station.ui.i18n")

LANGUAGES: dict[str, str] = {
    "en": "English",
    "da": "Dansk",
    "de": "Deutsch",
    "fr": "Français",
    "nl": "Nederlands",
}
"""Languages offered, each named in its own language (never translated)."""

COMPLETE_LANGUAGES = tuple(LANGUAGES)
"""Languages whose catalogue must have every string translated (all five; a test checks)."""

LOCALES = {"en": "en_GB"}
"""The locale whose dates and numbers a language's screens use, where it is not the language's
own: English as written in Europe (day before month, as the forms are typed), not the US."""

SOURCE_LANGUAGE = "en"
CATALOGUE_DIR = Path(resources.__file__).resolve().parent / "i18n"
CATALOGUE_PREFIX = "station"
SOURCE_ROOT = Path(__file__).resolve().parent


def catalogue_path(language: str, suffix: str = ".qm") -> Path:
    """Where the catalogue of ``language`` lives (``.qm`` compiled, ``.ts`` source)."""
    return CATALOGUE_DIR / f"{CATALOGUE_PREFIX}_{language}{suffix}"


class _CatalogueTranslator(QTranslator):
    """Our catalogue, also looking in the empty context.

    lupdate files strings from module-level ``tr()`` helpers under the empty context; at
    run time they are asked for under the helper's context. Looking there second keeps
    both kinds of call translated.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation in ``context``, else the one filed under no context."""
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        return found or None  # None, not "": Qt takes an empty text as a translation


class Translations(QObject):
    """The installed translators of one application; :meth:`switch` changes the language.

    Two translators are installed per language: the station's own catalogue and Qt's
    (``qtbase_<lang>``) for the texts of standard buttons and dialogs.
    :attr:`language_changed` is emitted with the new language code after a switch.
    """

    language_changed = Signal(str)

    def __init__(self, application: QCoreApplication, parent: QObject | None = None) -> None:
        """Manage the translators of ``application``; nothing is installed until :meth:`switch`."""
        super().__init__(parent)
        self._application = application
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> None:
        """Install ``language``'s catalogues in place of the current ones.

        An unknown code raises ``ValueError``; a missing catalogue file is logged and the
        texts stay in English (the source language), so the station still works.
        """
        if language not in LANGUAGES:
            raise ValueError(f"no such language: {language!r}")
        self.uninstall()
        # The translators belong to the application, never to this object: a QTranslator that
        # Python's collector destroyed while Qt was inside translate() would deadlock (its
        # destructor takes the lock translate() holds). They go only by deleteLater().
        ours = _CatalogueTranslator(self._application)
        if ours.load(str(catalogue_path(language))):
            self._installed.append(ours)
        else:
            _log.warning("no catalogue for %s; showing English", language)
            ours.deleteLater()
        qt_own = QTranslator(self._application)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != SOURCE_LANGUAGE and qt_own.load(f"qtbase_{language}", qt_path):
            self._installed.append(qt_own)
        else:
            qt_own.deleteLater()
        for translator in self._installed:
            self._application.installTranslator(translator)
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
        self.language = language
        self.language_changed.emit(language)

    def uninstall(self) -> None:
        """Remove the installed translators: texts show in the source language (English)."""
        for translator in self._installed:
            self._application.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []


# -- developer tools -------------------------------------------------------------------------


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def source_files() -> list[Path]:
    """Every Python file under station/ui, sorted (what lupdate reads)."""
    return sorted(path for path in SOURCE_ROOT.rglob("*.py") if "__pycache__" not in path.parts)


def _lupdate(language: str, ts_path: Path) -> None:
    """Extract the strings of station/ui into ``ts_path`` (kept translations stay)."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *(str(path) for path in source_files()),
            "-ts",
            str(ts_path),
        ],
        check=True,
    )


def update(languages: Sequence[str] = tuple(LANGUAGES)) -> None:
    """Re-extract the strings of station/ui into every ``.ts`` and fill the English one."""
    CATALOGUE_DIR.mkdir(parents=True, exist_ok=True)
    for language in languages:
        _lupdate(language, catalogue_path(language, ".ts"))
    if SOURCE_LANGUAGE in languages:
        fill_from_source(catalogue_path(SOURCE_LANGUAGE, ".ts"))


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a ``%n`` source text: ``"%n minute(s)"`` → minute, minutes."""
    singular = re.sub(r"\((\w+)\)", "", source)
    plural = re.sub(r"\((\w+)\)", r"\1", source)
    return singular, plural


def fill_from_source(ts_path: Path) -> None:
    """Make every entry of the source-language catalogue finished, translated as its source."""
    tree = ElementTree.parse(ts_path)  # noqa: S314 - our own catalogue from the repo
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english_forms(source):
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    _write_ts(tree, ts_path)


def _write_ts(tree: ElementTree.ElementTree[ElementTree.Element], ts_path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_catalogues(
    languages: Sequence[str] = tuple(LANGUAGES), output_dir: Path | None = None
) -> list[Path]:
    """Compile each ``.ts`` into its ``.qm`` (into ``output_dir`` if given); return the files."""
    written = []
    for language in languages:
        target = catalogue_path(language)
        if output_dir is not None:
            target = output_dir / target.name
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                str(catalogue_path(language, ".ts")),
                "-qm",
                str(target),
            ],
            check=True,
        )
        written.append(target)
    return written


def unfinished(language: str) -> list[str]:
    """Source texts of ``language``'s catalogue that are not translated (or marked unfinished)."""
    tree = ElementTree.parse(catalogue_path(language, ".ts"))  # noqa: S314 - our own file
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(message.findtext("source") or "")
            continue
        forms = [form.text for form in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            if not forms or not all(forms):
                missing.append(message.findtext("source") or "")
        elif not translation.text:
            missing.append(message.findtext("source") or "")
    return missing


Entry = tuple[str, str, str]
"""A catalogue entry's identity: context, source text, disambiguation comment."""


def _entries(ts_path: Path) -> set[Entry]:
    tree = ElementTree.parse(ts_path)  # noqa: S314 - our own catalogue or lupdate's output
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
        )
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def code_strings() -> set[Entry]:
    """Every translatable string of station/ui today, extracted by lupdate into a temporary file."""
    with tempfile.TemporaryDirectory(prefix="station-i18n-") as folder:
        extracted = Path(folder) / f"{CATALOGUE_PREFIX}_extract.ts"
        _lupdate(SOURCE_LANGUAGE, extracted)
        return _entries(extracted)


def missing(language: str, in_code: set[Entry] | None = None) -> list[Entry]:
    """Strings of the code (``in_code``, else extracted now) not in ``language``'s catalogue."""
    wanted = code_strings() if in_code is None else in_code
    return sorted(wanted - _entries(catalogue_path(language, ".ts")))


def main(argv: Sequence[str] | None = None) -> int:
    """``update``, ``compile`` or ``check`` the catalogues (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m station.ui.i18n", description=__doc__)
    parser.add_argument("command", choices=("update", "compile", "check"))
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    arguments = parser.parse_args(argv)
    if arguments.command == "update":
        update(arguments.languages)
    elif arguments.command == "compile":
        compile_catalogues(arguments.languages)
    in_code = code_strings() if arguments.command == "check" else None
    failed = False
    for language in arguments.languages:
        open_entries = unfinished(language)
        absent = [] if in_code is None else missing(language, in_code)
        if in_code is None:
            print(f"{language}: {len(open_entries)} unfinished")
        else:
            print(f"{language}: {len(open_entries)} unfinished, {len(absent)} missing")
            for context, source, _comment in absent[:20]:
                print(f"  missing in {context or '(no context)'}: {source!r}")
        failed |= bool(open_entries or absent) and language in COMPLETE_LANGUAGES
    return 1 if failed and arguments.command == "check" else 0


if __name__ == "__main__":
    raise SystemExit(main())
