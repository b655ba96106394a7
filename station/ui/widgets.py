"""Small widgets the screens share: a message line, accessible buttons and fields, wrapping rows."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)


class MessageLabel(QLabel):
    """One line (or a few) telling the person what happened and what to do."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        """Create an empty, hidden message."""
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.hide()

    def show_message(self, text: str, severity: str = "warning") -> None:
        """Show ``text``; severity is ``error``, ``warning``, ``info`` or ``ok`` (colour)."""
        self.setProperty("severity", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            grow_to_fit(window)  # a long message makes its dialog taller, never cut

    def clear_message(self) -> None:
        """Hide the message."""
        self.setText("")
        self.hide()


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog as large as its (wrapped) texts need now, within the screen; never smaller.

    A dialog sizes itself when it opens; a longer message shown later would be squeezed into
    the height it had (its words cut off at the bottom).
    """
    layout = window.layout()
    if layout is None:
        return
    layout.invalidate()
    layout.activate()
    area = window.screen().availableGeometry()
    width = min(max(window.width(), layout.minimumSize().width()), area.width() - 40)
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    height = min(max(height, window.height()), area.height() - 60)
    if width != window.width() or height != window.height():
        window.resize(width, height)


def readable_width(widget: QWidget, characters: int = 48) -> int:
    """About ``characters`` average characters of the widget's font (a dialog's least width).

    A wrapped sentence then reads as lines, not as a tall column of words.
    """
    return widget.fontMetrics().averageCharWidth() * characters


def make_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A push button with an accessible name that Enter (as well as Space) presses when focused."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setAutoDefault(True)
    return button


def make_field(
    accessible_name: str, placeholder: str = "", parent: QWidget | None = None
) -> QLineEdit:
    """A line edit with an accessible name and a placeholder."""
    field = QLineEdit(parent)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    return field


def make_label(text: str = "", accessible_name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label with an accessible name (its own text when none is given)."""
    label = QLabel(text, parent)
    label.setAccessibleName(accessible_name or text)
    label.setWordWrap(True)
    return label


class FlowLayout(QLayout):
    """Lays its widgets out in a row that wraps onto the next line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        """Create an empty row; ``spacing`` is the gap between widgets, across and down."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        """Qt adds each widget through here."""
        self._items.append(item)

    def count(self) -> int:
        """How many widgets the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        """The row never asks for more room than its widgets need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        """The height depends on how many lines the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        """The height the wrapped rows take at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        """Place the widgets, wrapping where needed."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """All widgets in one row."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as the widest widget: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + line_height + self._gap
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only: its content is always exactly as wide as the area.

    The area asks the window for at least the content's minimum width, so nothing is ever cut
    off at the side (long texts wrap, rows of buttons wrap).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the area; :meth:`setWidget` gives it its content."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        """Show ``widget``; its minimum width becomes the area's."""
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The content's layout changed: ask the window again for its minimum width."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            # Once the content's layout is done, size it again for its new height: a label
            # that grew (more lines) is otherwise squeezed into the old height until a resize.
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """At least the content's minimum width, plus the vertical scroll bar."""
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()
        width += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll up and down: a short screen shows every page, never cut off.

    A page is still found by itself (``setCurrentWidget(page)``, ``indexOf(page)``).
    """

    def add_page(self, page: QWidget, label: str) -> int:
        """Add ``page`` inside its own :class:`VerticalScrollArea`."""
        area = VerticalScrollArea()
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return self.addTab(area, label)

    def _holder(self, widget: QWidget) -> QWidget:
        for index in range(self.count()):
            holder = self.widget(index)
            if holder is widget or (isinstance(holder, QScrollArea) and holder.widget() is widget):
                return holder
        return widget

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        """Show the tab of ``widget`` (a page or its scroll area)."""
        super().setCurrentWidget(self._holder(widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt API
        """The index of the tab of ``widget`` (a page or its scroll area)."""
        return super().indexOf(self._holder(widget))


def narrow_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Let a list with long entries shrink to a few words wide (its popup shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


def export_file_name(stem: str, suffix: str, zone: tzinfo | None = None) -> str:
    """Where an export dialog starts: the user's documents folder, today's date in the name.

    ``register-diacetylmorphine-2026-12-07.pdf`` in e.g. ``~/Documents`` (the home folder if
    the system names no documents folder); the date is the clinic's when ``zone`` is given.
    """
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    today = datetime.now(zone).date() if zone is not None else datetime.now().date()
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in stem)
    return str(Path(folder) / f"{safe}-{today:%Y-%m-%d}.{suffix}")
