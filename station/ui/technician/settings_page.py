"""Station settings with role checks: rule settings only a clinic lead may change are disabled."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from station.services.settings import SettingValue
from station.ui.errors import known_errors
from station.ui.technician.context import TechnicianContext
from station.ui.widgets import MessageLabel, make_button, make_label

Editor = QLineEdit | QComboBox


class SettingsPage(QWidget):
    """Every station setting with its value and last change; only allowed ones are editable.

    Who may change what comes from the settings service (and it refuses anyone else too):
    the clinic's rule settings are the clinic lead's, the station's behaviour the
    technician's.
    """

    def __init__(self, context: TechnicianContext, parent: QWidget | None = None) -> None:
        """Build an empty form; :meth:`refresh` fills it."""
        super().__init__(parent)
        self.context = context
        self.values: dict[str, SettingValue] = {}
        self.editors: dict[str, Editor] = {}
        self.rules = QGroupBox(self.tr("Clinic rules (clinic lead only)"))
        self.rules.setAccessibleName(self.tr("Clinic rules (clinic lead only)"))
        self.station = QGroupBox(self.tr("Station behaviour"))
        self.station.setAccessibleName(self.tr("Station behaviour"))
        self.rules_form = QFormLayout(self.rules)
        self.station_form = QFormLayout(self.station)
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
            known_errors(self._failed, self),
        )

    def may_change(self, key: str) -> bool:
        """Whether the signed-in person may change this setting."""
        spec = self.values[key].spec
        return any(self.context.session.user.has(role) for role in spec.who)

    def _show(self, values: dict[str, SettingValue]) -> None:
        self.values = values
        for form in (self.rules_form, self.station_form):
            while form.rowCount():
                form.removeRow(0)
        self.editors = {}
        for key, item in values.items():
            spec = item.spec
            editor: Editor
            if spec.choices:
                editor = QComboBox()
                editor.addItems(list(spec.choices))
                editor.setCurrentText(str(item.value))
            else:
                editor = QLineEdit(str(item.value))
            editor.setAccessibleName(spec.meaning)
            allowed = self.may_change(key)
            editor.setEnabled(allowed)
            who = ", ".join(sorted(role.value.replace("_", " ") for role in spec.who))
            editor.setToolTip(
                self.tr("Changed {when} by {who}.").format(
                    when=f"{item.changed_at:%Y-%m-%d %H:%M}", who=item.changed_by
                )
                if item.changed_at
                else self.tr("Default value.")
            )
            if not allowed:
                editor.setAccessibleDescription(
                    self.tr("Only {roles} may change this.").format(roles=who)
                )
            self.editors[key] = editor
            form = self.rules_form if spec.rule else self.station_form
            form.addRow(make_label(spec.meaning, spec.meaning), editor)
        self.save_button.setEnabled(any(editor.isEnabled() for editor in self.editors.values()))

    def _entered(self, key: str) -> str:
        editor = self.editors[key]
        return editor.currentText() if isinstance(editor, QComboBox) else editor.text().strip()

    def changed_settings(self) -> dict[str, str]:
        """The settings whose entered value differs from the stored one."""
        changed = {}
        for key, item in self.values.items():
            entered = self._entered(key)
            current = item.value
            try:
                same = (
                    Decimal(entered.replace(",", ".")) == Decimal(str(current))
                    if not isinstance(current, str)
                    else entered == current
                )
            except ArithmeticError:
                same = False
            if not same:
                changed[key] = entered
        return changed

    def save(self) -> None:
        """Change every edited setting (each checked and signed by the service)."""
        changes = self.changed_settings()
        if not changes:
            self.message.show_message(self.tr("Nothing was changed."), "info")
            return
        context = self.context

        def work() -> int:
            for key, raw in changes.items():
                context.settings.change(context.session, key, raw)
            return len(changes)

        self.save_button.setEnabled(False)
        context.submit(work, self._saved, known_errors(self._failed, self))

    def _saved(self, count: int) -> None:
        self.message.show_message(self.tr("%n setting(s) saved.", "", count), "ok")
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(self.tr("Not saved: {reason}").format(reason=error), "error")
        self.refresh()
