"""Settings in words, by section: the clinic rules are editable by the clinic lead only."""

from __future__ import annotations

from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.settings import RuleSettings
from station.services.accounts import Session
from station.services.clinic_time import clinic_time
from station.services.errors import ServiceError
from station.services.settings import SettingsService, SettingValue
from station.ui.errors import known_errors
from station.ui.messages import choice_words, describe
from station.ui.tasks import Submit
from station.ui.widgets import MessageLabel, make_button, make_label

Editor = QLineEdit | QComboBox


def _clinic_zone(values: dict[str, SettingValue]) -> ZoneInfo:
    """The clinic's zone as the settings hold it (the built-in one if it cannot be used)."""
    item = values.get("clinic_timezone")
    try:
        return ZoneInfo(str(item.value)) if item is not None else RuleSettings().zone
    except (ZoneInfoNotFoundError, ValueError):
        return RuleSettings().zone


class SettingsContext(Protocol):
    """What the page needs: the settings service, who is signed in, and background work.

    The technician's context has these; so may any screen that shows the page to a clinic lead.
    """

    @property
    def settings(self) -> SettingsService:
        """The settings service (it checks who may change what)."""
        ...

    @property
    def session(self) -> Session:
        """The person signed in."""
        ...

    @property
    def submit(self) -> Submit:
        """Runs work off the GUI thread."""
        ...


class SettingsPage(QWidget):
    """Every setting with its value in words, what it means, and its last change.

    Who may change what comes from the settings service (and it refuses anyone else too):
    the clinic's rule settings are the clinic lead's and apply at every station; the
    station's behaviour is the technician's. Edits are saved together, checked as one set.
    :attr:`settings_saved` is emitted with the saved settings (key: value as entered).
    """

    settings_saved = Signal(dict)

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        """Build an empty form; :meth:`refresh` fills it."""
        super().__init__(parent)
        self.context = context
        self.values: dict[str, SettingValue] = {}
        self.editors: dict[str, Editor] = {}
        self.problems: dict[str, QLabel] = {}
        self.station = QGroupBox(self.tr("Station behaviour"))
        self.station.setAccessibleName(self.tr("Station behaviour"))
        self.station_form = QFormLayout(self.station)
        self.rules = QGroupBox(self.tr("Clinic rules (clinic lead only, for every station)"))
        self.rules.setAccessibleName(self.tr("Clinic rules"))
        self.rules_layout = QVBoxLayout(self.rules)
        self.rules_note = make_label(
            self.tr(
                "The clinic's rules: only a clinic lead changes them. A change applies to the "
                "next decision at this station and reaches the other stations when they sync."
            )
        )
        self.rules_layout.addWidget(self.rules_note)
        self.sections: dict[str, QGroupBox] = {}
        self.save_button = make_button(self.tr("&Save settings"), self.tr("Save the settings"))
        self.message = MessageLabel(self.tr("Settings message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.station)
        layout.addWidget(self.rules)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        """Read the settings (in the background)."""
        context = self.context
        context.submit(
            lambda: context.settings.values(context.session),
            self._show,
            known_errors(self._read_failed, self),
        )

    def may_change(self, key: str) -> bool:
        """Whether the signed-in person may change this setting."""
        spec = self.values[key].spec
        return any(self.context.session.user.has(role) for role in spec.who)

    def _clear(self) -> None:
        while self.station_form.rowCount():
            self.station_form.removeRow(0)
        for box in self.sections.values():
            self.rules_layout.removeWidget(box)
            box.deleteLater()
        self.sections = {}
        self.editors = {}
        self.problems = {}

    def _section(self, title: str) -> QFormLayout:
        box = self.sections.get(title)
        if box is None:
            box = QGroupBox(title)
            box.setAccessibleName(title)
            QFormLayout(box)
            self.sections[title] = box
            self.rules_layout.addWidget(box)
        form = box.layout()
        assert isinstance(form, QFormLayout)
        return form

    def _editor(self, item: SettingValue) -> Editor:
        spec = item.spec
        if spec.choices:
            combo = QComboBox()
            for value, words in spec.choices:
                combo.addItem(choice_words(spec.key, value, words), value)
            combo.setCurrentIndex(max(0, combo.findData(str(item.value))))
            return combo
        return QLineEdit(spec.text(item.value))

    def _show(self, values: dict[str, SettingValue]) -> None:
        self.values = values
        self._clear()
        zone = _clinic_zone(values)
        for key, item in values.items():
            spec = item.spec
            editor = self._editor(item)
            editor.setAccessibleName(spec.label)
            allowed = self.may_change(key)
            editor.setEnabled(allowed)
            editor.setToolTip(
                self.tr("Changed {when} by {who}.").format(
                    when=clinic_time(item.changed_at, zone), who=item.changed_by
                )
                if item.changed_at
                else self.tr("Built-in value, not changed.")
            )
            if allowed:
                editor.setAccessibleDescription(spec.meaning)
            elif spec.rule:
                editor.setAccessibleDescription(
                    self.tr("{meaning} Only a clinic lead may change this.").format(
                        meaning=spec.meaning
                    )
                )
            else:
                who = ", ".join(sorted(role.value.replace("_", " ") for role in spec.who))
                editor.setAccessibleDescription(
                    self.tr("{meaning} Only {roles} may change this.").format(
                        meaning=spec.meaning, roles=who
                    )
                )
            self.editors[key] = editor
            field = QWidget()
            rows = QVBoxLayout(field)
            rows.setContentsMargins(0, 0, 0, 0)
            line = QHBoxLayout()
            line.addWidget(editor, 1)
            if spec.unit:
                line.addWidget(
                    make_label(spec.unit, self.tr("unit: {unit}").format(unit=spec.unit))
                )
            rows.addLayout(line)
            meaning = make_label(spec.meaning)
            rows.addWidget(meaning)
            if item.problem is not None:
                problem = make_label(
                    self.tr(
                        "The saved value cannot be used ({problem}). Saving sets the value shown."
                    ).format(problem=item.problem)
                )
                problem.setProperty("severity", "error")
                self.problems[key] = problem
                rows.addWidget(problem)
            form = self._section(spec.section) if spec.rule else self.station_form
            form.addRow(make_label(spec.label, spec.label), field)
        self.save_button.setEnabled(any(editor.isEnabled() for editor in self.editors.values()))

    def entered(self, key: str) -> str:
        """What the editor of ``key`` holds now (a choice's stored value, or the typed text)."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return str(editor.currentData())
        return editor.text().strip()

    def changed_settings(self) -> dict[str, str]:
        """The settings this person may change whose entry differs from the stored value.

        A saved value this station cannot use counts as changed: saving sets the one shown.
        """
        changed = {}
        for key, item in self.values.items():
            if not self.editors[key].isEnabled():
                continue
            entered = self.entered(key)
            try:
                same = item.spec.parse(entered) == item.value
            except ServiceError:
                same = False  # the service says why when it refuses it
            if not same or item.problem is not None:
                changed[key] = entered
        return changed

    def save(self) -> None:
        """Change every edited setting together (checked as one set and signed by the service)."""
        changes = self.changed_settings()
        if not changes:
            self.message.show_message(self.tr("Nothing was changed."), "info")
            return
        context = self.context

        def work() -> dict[str, str]:
            context.settings.change_many(context.session, changes)
            return changes

        self.save_button.setEnabled(False)
        context.submit(work, self._saved, known_errors(self._save_failed, self))

    def _saved(self, changes: dict[str, str]) -> None:
        self.message.show_message(self.tr("%n setting(s) saved.", "", len(changes)), "ok")
        self.refresh()
        self.settings_saved.emit(changes)

    def _save_failed(self, error: BaseException) -> None:
        # What was typed stays, so that it can be corrected; nothing was saved.
        self.save_button.setEnabled(True)
        self.message.show_message(
            self.tr("Not saved: {reason}").format(reason=describe(error)), "error"
        )

    def _read_failed(self, error: BaseException) -> None:
        self.message.show_message(
            self.tr("The settings could not be read: {reason}").format(reason=describe(error)),
            "error",
        )
