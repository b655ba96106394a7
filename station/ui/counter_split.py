"""The counter's divider between the visit and the board: the board's share follows its cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter

from station.ui.observation_board import CountdownBoard
from station.ui.visit.queue_view import QueueView

BOARD_SHARE = 2 / 5
"""The board's share of the height while someone is under observation (at least one card)."""


class CounterSplit(QObject):
    """Sizes the counter's vertical splitter at first show and when the board empties or fills.

    With someone under observation, the board and the queue below the visit get two fifths
    of the height, and never less than one whole card (the board asks for that). With no one,
    the visit gets the room: the lower part keeps what the queue beside the board needs to stay
    usable (its check-in, a few rows of its table, its buttons). A divider the
    nurse dragged stays where it is until the board next empties or fills.
    """

    def __init__(
        self, splitter: QSplitter, board: CountdownBoard, queue: QueueView, parent: QObject
    ) -> None:
        """Watch ``splitter`` (the visit above, the board and ``queue`` below) and ``board``."""
        super().__init__(parent)
        self.splitter = splitter
        self.board = board
        self.queue = queue
        self._shown = False
        self._had_cards = False
        splitter.installEventFilter(self)
        board.card_count_changed.connect(self._on_card_count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """At the first show the splitter has its height: split it then."""
        if watched is self.splitter and event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            self._had_cards = bool(self.board.cards)
            QTimer.singleShot(0, self, self.split)
        return False

    def _on_card_count(self, count: int) -> None:
        has_cards = count > 0
        if has_cards == self._had_cards:
            return
        self._had_cards = has_cards
        if self._shown:  # once the cards' area has its new minimum height
            QTimer.singleShot(0, self, self.split)

    def lower_height(self, total: int) -> int:
        """The height the board and the queue get out of ``total``."""
        lower = self.splitter.widget(1)
        least = lower.minimumSizeHint().height() if lower is not None else 0
        if self.board.cards:
            return max(least, int(total * BOARD_SHARE))
        return max(least, self.queue.usable_height())

    def split(self) -> None:
        """Divide the height as :meth:`lower_height` says."""
        total = sum(self.splitter.sizes())
        if total <= 0 or self.splitter.count() < 2:
            return
        lower = self.lower_height(total)  # the splitter keeps each part's minimum
        self.splitter.setSizes([total - lower, lower])
