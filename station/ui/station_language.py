"""The station's one language: its station setting is the truth; window.json keeps a copy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from station.ui.errors import known_errors
from station.ui.i18n import LANGUAGES, Translations
from station.ui.messages import describe
from station.ui.preferences import load_preferences, save_preferences

if TYPE_CHECKING:  # the services (and the store behind them) load after the sign-in screen
    from station.services.accounts import Session
    from station.services.settings import SettingValue
    from station.ui.main_window import StationParts

LANGUAGE_KEY = "language"
"""The station setting that holds the station's language."""


def may_choose_language(session: Session | None) -> bool:
    """Whether ``session``'s person may change the station's language (None: nobody signed in)."""
    from station.services.setting_catalogue import SPECS

    if session is None:
        return False
    return any(session.user.has(role) for role in SPECS[LANGUAGE_KEY].who)


class StationLanguage(QObject):
    """Show, record and copy the station's language.

    The station setting ``language`` (recorded and signed through the settings service,
    changed by the roles its catalogue names) says which language the station's screens are
    in; the register's CSV export reads it too. The window's preferences file keeps a copy,
    only so that the sign-in screen (shown before anyone can read the record) is in it.
    After each sign-in the setting is read and its language shown; a choice in the settings
    dialog is recorded as the setting (refused: the language shown goes back); a save of the
    setting on the station settings page switches the screens; each time the copy is written.

    :attr:`message` carries a sentence for the status bar: a change that was refused or a
    setting or copy that could not be read or written.
    """

    message = Signal(str)

    def __init__(self, parts: StationParts, parent: QObject | None = None) -> None:
        """Work on the window's ``parts`` (services, preferences, tasks, translations)."""
        super().__init__(parent)
        self.parts = parts

    @property
    def translations(self) -> Translations:
        """The application's translators (made here when the composition root made none)."""
        if self.parts.translations is None:
            app = QApplication.instance()
            assert app is not None
            self.parts.translations = Translations(app)
        return self.parts.translations

    def follow(self, session: Session) -> None:
        """After a sign-in: show the station setting's language (read in the background).

        A setting never recorded (its built-in value) leaves the language shown as it is:
        a station set up before the language was a station setting keeps the one chosen on it
        until someone records it.
        """
        settings = self.parts.services.settings
        self.parts.tasks.submit(
            lambda: settings.values(session)[LANGUAGE_KEY],
            self._read,
            known_errors(self._failed, self._window()),
        )

    def _read(self, item: SettingValue) -> None:
        if item.changed_at is not None:
            self.show(str(item.value))

    def show(self, language: str) -> None:
        """Show ``language`` (if it is one the window has) and keep it as the copy."""
        if language not in LANGUAGES:
            return
        if self.translations.language != language:
            self.translations.switch(language)
        if self.parts.preferences.language != language:
            self.keep(language=language)

    def choose(self, session: Session | None, language: str) -> None:
        """Record ``language`` as the station setting (the settings dialog's choice).

        The dialog showed it already; if the setting is refused (nobody signed in, or a role
        that may not change it), the language of the copy (the station's) is shown again.
        """
        station_language = self.parts.preferences.language
        if language == station_language:
            return
        if session is None:
            self.translations.switch(station_language)
            return
        settings = self.parts.services.settings

        def refused(error: BaseException) -> None:
            self.translations.switch(station_language)
            self._failed(error)

        self.parts.tasks.submit(
            lambda: settings.change(session, LANGUAGE_KEY, language),
            lambda value: self.show(str(value)),
            known_errors(refused, self._window()),
        )

    def settings_saved(self, changes: Mapping[str, str]) -> None:
        """Station settings were saved: a new language is shown at once."""
        if LANGUAGE_KEY in changes:
            self.show(changes[LANGUAGE_KEY])

    def keep(self, **changes: str | int) -> None:
        """Write ``changes`` to the window's preferences file (in the background)."""
        parts = self.parts
        parts.preferences = parts.preferences.changed(**changes)
        folder = parts.services.data_dir
        demo = parts.demo is not None  # a demo keeps its file without the simulators' ports
        stored = parts.preferences

        def write() -> None:
            save_preferences(
                folder, load_preferences(folder).changed(**changes) if demo else stored
            )

        parts.tasks.submit(write, lambda _none: None, known_errors(self._failed, self._window()))

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _failed(self, error: BaseException) -> None:
        self.message.emit(describe(error))
