"""The settings dialog: language (switched live), automatic lock, and the clinic's observation time.

:class:`SettingsDialog` edits the window's own choices (:class:`SettingsChoice`) and shows the
clinic's observation periods read-only: those are clinic rules (``RuleSettings``), changed by
a clinic lead through the services, never here. The dialog does not write files itself:
the window records the language it emits as the station setting and saves the lock in its
preferences file (off the GUI thread; see ``station_language``). A person who may not change
the station's language sees it without being able to change it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.domain.settings import RuleSettings
from station.ui.i18n import LANGUAGES, Translations

MAX_LOCK_MINUTES = 120


@dataclass(frozen=True)
class SettingsChoice:
    """What the dialog edits: the language code and the automatic lock (0 = never)."""

    language: str
    lock_after_s: int


class SettingsDialog(QDialog):
    """Language, automatic lock minutes, and the observation minutes (read-only).

    Choosing a language switches it at once through ``translations`` (every window
    retranslates); *Cancel* switches back. *Save* emits :attr:`settings_chosen` with the new
    :class:`SettingsChoice`. ``rules`` are the clinic's rules, shown for information.
    """

    settings_chosen = Signal(object)

    def __init__(
        self,
        translations: Translations,
        current: SettingsChoice,
        rules: RuleSettings,
        parent: QWidget | None = None,
        *,
        may_change_language: bool = True,
    ) -> None:
        """Show ``current`` for editing; ``rules`` give the observation periods.

        ``may_change_language`` False: the language is shown, not changeable, and a note says
        who changes it (it is a station setting).
        """
        super().__init__(parent)
        self.translations = translations
        self.original = current
        self.rules = rules
        font = QFont()
        font.setPointSize(14)
        self.setFont(font)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(current.language)
        self.language.setCurrentIndex(max(0, index))
        self.language.currentIndexChanged.connect(self._on_language_chosen)
        self.language.setEnabled(may_change_language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(not may_change_language)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setValue(min(MAX_LOCK_MINUTES, -(-current.lock_after_s // 60)))
        self.observation = QLabel()
        self.observation.setWordWrap(True)
        self.rules_note = QLabel()
        self.rules_note.setWordWrap(True)
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        self._lock_label = QLabel()
        self._lock_label.setBuddy(self.lock_minutes)
        self._observation_label = QLabel()
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        form.addRow(self.language_note)
        form.addRow(self._lock_label, self.lock_minutes)
        form.addRow(self._observation_label, self.observation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rules_note)
        layout.addWidget(self.buttons)
        self._retranslate()

    def choice(self) -> SettingsChoice:
        """The settings as chosen now."""
        return SettingsChoice(
            language=str(self.language.currentData()),
            lock_after_s=self.lock_minutes.value() * 60,
        )

    def _on_language_chosen(self, _index: int) -> None:
        self.translations.switch(str(self.language.currentData()))

    def accept(self) -> None:
        """Keep the choice and hand it to the window to save."""
        self.settings_chosen.emit(self.choice())
        super().accept()

    def reject(self) -> None:
        """Go back to the language shown before the dialog opened."""
        if self.translations.language != self.original.language:
            self.translations.switch(self.original.language)
        super().reject()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_note.setText(
            self.tr(
                "The language is a setting of this station: a technician, a clinic lead or an "
                "administrator, signed in, changes it."
            )
        )
        self.language_note.setAccessibleName(self.language_note.text())
        self._lock_label.setText(self.tr("Lock the screen &after (minutes)"))
        self.lock_minutes.setAccessibleName(self.tr("Lock the screen after this many minutes"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self._observation_label.setText(self.tr("Observation after injection"))
        self.observation.setText(
            self.tr("%1 min; %2 min when venous access failed")
            .replace("%1", _minutes(self.rules.observation))
            .replace("%2", _minutes(self.rules.observation_after_failed_access))
        )
        self.observation.setAccessibleName(
            self.tr("Observation after injection: %1").replace("%1", self.observation.text())
        )
        self.rules_note.setText(
            self.tr(
                "The observation time is one of the clinic's rules: a clinic lead sets it "
                "for all stations. It cannot be changed here."
            )
        )
        self.rules_note.setAccessibleName(self.rules_note.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _minutes(period: timedelta) -> str:
    minutes = period.total_seconds() / 60
    return f"{minutes:g}"
