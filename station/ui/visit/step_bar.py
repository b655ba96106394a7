"""The visit's step bar: every step on one line, the current one bold, numbers when it is short."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SEPARATOR = " › "
"""Between two steps (the step names themselves are translated)."""

Parts = list[tuple[str, bool]]
"""A line as (text, bold) pieces."""


class StepBar(QLabel):
    """``Identify › Assess › **Prepare** › Label › …`` on one line, never wrapped.

    The current step is bold (no brackets). Where the whole line does not fit (a narrow
    window, the demo's simulators beside it, a language with long words), the other steps
    are shown by their number: ``1 › 2 › **3. Prepare** › 4 › 5 › 6``. The accessible
    description always names every step and the current one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty bar; :meth:`show_steps` fills it."""
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.names: list[str] = []
        self.current = 0
        self.compact = False
        """True while the other steps are shown by their number."""

    def show_steps(self, names: Sequence[str], current: int) -> None:
        """Show ``names`` (translated) with ``current`` (an index) as the step on screen."""
        self.names, self.current = list(names), current
        self.setAccessibleDescription(
            SEPARATOR.join(names) + " — " + (names[current] if names else "")
        )
        self._fit()

    def _full(self) -> Parts:
        return self._joined([(name, i == self.current) for i, name in enumerate(self.names)])

    def _numbered(self) -> Parts:
        return self._joined(
            [
                (f"{i + 1}. {name}", True) if i == self.current else (str(i + 1), False)
                for i, name in enumerate(self.names)
            ]
        )

    @staticmethod
    def _joined(pieces: Parts) -> Parts:
        parts: Parts = []
        for index, piece in enumerate(pieces):
            if index:
                parts.append((SEPARATOR, False))
            parts.append(piece)
        return parts

    def _width(self, parts: Parts) -> int:
        plain, bold = QFontMetrics(self.font()), QFont(self.font())
        bold.setBold(True)
        heavy = QFontMetrics(bold)
        return sum((heavy if strong else plain).horizontalAdvance(text) for text, strong in parts)

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        full = self._full()
        self.compact = bool(self.names) and self._width(full) > room
        parts = self._numbered() if self.compact else full
        self.setText(
            "".join(f"<b>{escape(text)}</b>" if strong else escape(text) for text, strong in parts)
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The whole line's width."""
        return QSize(self._width(self._full()) + 2 * self.margin(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The numbered line's width: the bar never holds the window wider."""
        width = self._width(self._numbered()) + 2 * self.margin()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Wider or narrower: the whole line or the numbered one."""
        super().resizeEvent(event)
        self._fit()
