"""Telling people the record was changed outside the program, and the administrator's repair."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from station.domain.roles import Role
from station.services.accounts import Session
from station.services.station import StationServices
from station.ui.errors import known_errors
from station.ui.messages import describe
from station.ui.tasks import Submit
from station.ui.widgets import FlowLayout, MessageLabel, make_button, make_label


class IntegrityDialog(QDialog):
    """Shown at sign-in when the seal found the record changed outside the program.

    It says what was found, in one sentence, and that nothing is dosed, counted or synced on
    it. An administrator may rebuild the record from the verified chain here (the service
    checks the role again); anyone else is told to call one.
    """

    def __init__(
        self,
        services: StationServices,
        session: Session,
        problem: str,
        submit: Submit,
        on_repaired: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog for ``problem``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("The station's record was changed"))
        self.setAccessibleName(self.tr("The station's record was changed"))
        self.setMinimumWidth(520)
        self._services, self._session, self._submit = services, session, submit
        self._on_repaired = on_repaired
        self.problem = make_label(problem, self.tr("What was found"))
        self.problem.setStyleSheet(
            "color: #FFFFFF; background-color: #B71C1C; padding: 8px; font-weight: bold;"
        )
        self.consequence = make_label(
            self.tr(
                "Until the record is rebuilt, this station gives no dose, counts no stock and "
                "does not sync."
            ),
            self.tr("What it means"),
        )
        self.consequence.setStyleSheet("font-weight: bold;")
        administrator = session.user.has(Role.ADMINISTRATOR)
        self.advice = make_label(
            self.tr(
                "Rebuild the record from the verified chain: what the chain can give back is "
                "derived again, and what was set back is listed and recorded."
            )
            if administrator
            else self.tr("Call an administrator: only they can rebuild the record."),
            self.tr("What to do"),
        )
        self.set_back = QLabel()
        self.set_back.setWordWrap(True)
        self.set_back.setAccessibleName(self.tr("What the rebuild set back"))
        self.message = MessageLabel(self.tr("Rebuild message"))
        self.repair_button = make_button(
            self.tr("&Rebuild the record"), self.tr("Rebuild the record from the verified chain")
        )
        self.repair_button.setVisible(administrator)
        self.close_button = make_button(self.tr("&Close"), self.tr("Close"))
        buttons = FlowLayout()
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.consequence)
        layout.addWidget(self.advice)
        layout.addWidget(self.message)
        layout.addWidget(self.set_back)
        layout.addLayout(buttons)
        self.repair_button.clicked.connect(self.repair)
        self.close_button.clicked.connect(self.reject)

    def repair(self) -> None:
        """Rebuild the record in the background, then list what was set back."""
        self.repair_button.setEnabled(False)
        self.message.show_message(self.tr("Rebuilding the record from the verified chain…"))
        services, session = self._services, self._session
        self._submit(
            lambda: services.repair_record(session),
            self._on_done,
            known_errors(self._on_failed, self),
        )

    def _on_done(self, changes: list[str]) -> None:
        listed = "\n".join(f"• {change}" for change in changes) or self.tr("Nothing to set back.")
        self.set_back.setText(listed)
        self.message.show_message(
            self.tr("The record is rebuilt and sealed again: the station works again."), "ok"
        )
        self.problem.hide()
        self.consequence.hide()
        self._on_repaired()

    def _on_failed(self, error: BaseException) -> None:
        self.repair_button.setEnabled(True)
        self.message.show_message(describe(error), "error")
