"""The observation board on the locked screen: booth, clinic id, countdown and alarms, no names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from station.services.observation import BoardReader, BoardView
from station.ui.observation_board import Clock, CountdownBoard, tr
from station.ui.tasks import Submit


class LockedObservationBoard(CountdownBoard):
    """The countdowns keep running and the alarms keep sounding while the screen is locked.

    It reads the board through a :data:`BoardReader` that
    :meth:`ObservationService.locked_board_reader` made while a nurse or clinic lead was signed
    in: each card shows the booth, the clinic id, the countdown and the stage, nothing
    written about the patient and no actions (sign in to act). The alarm is the counter
    board's: banner and sound when an observation is due, when it escalates, and again every
    ``repeat_alert`` while escalated.
    """

    read_only = True

    def __init__(
        self,
        reader: BoardReader,
        submit: Submit,
        clock: Clock,
        *,
        alert: Callable[[], None] | None = None,
        repeat_alert: timedelta = timedelta(minutes=1),
        tick_ms: int = 500,
        reload_ms: int = 10_000,
        parent: QWidget | None = None,
    ) -> None:
        """Build the board on ``reader`` and start its timers; it reads the board at once."""
        super().__init__(
            submit,
            clock,
            alert=alert,
            repeat_alert=repeat_alert,
            tick_ms=tick_ms,
            reload_ms=reload_ms,
            parent=parent,
        )
        self._reader = reader
        self.start()

    def _read_job(self) -> Callable[[], BoardView] | None:
        return self._reader

    def _banner_lines(self, due: list[str], escalated: list[str]) -> list[str]:
        lines = super()._banner_lines(due, escalated)
        if lines:
            lines.append(tr("Sign in to check and discharge."))
        return lines
