"""What the layout tests look for: clipped texts, controls out of sight, a squeezed board."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

SLACK = 2
"""Pixels of rounding allowed (anti-aliased text may reach a pixel past its advance)."""

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
    QLabel,
)


def describe_widget(widget: QWidget) -> str:
    """A widget's class, name and text, for a failure message."""
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()[:60]
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {name!r} {text!r}"


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    if label.buddy() is not None:  # "&Name": the ampersand marks the shortcut, it is not shown
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def label_clipped(label: QLabel) -> str | None:
    """Why a label's text does not fit its contents rectangle, or None when it fits."""
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    text = _plain(label)
    if not text.strip():
        return None
    metrics = QFontMetrics(label.font())
    room = label.contentsRect()
    margin = label.margin()
    room = room.adjusted(margin, margin, -margin, -margin)
    flags = int(label.alignment().value)
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap.value
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text)
    else:
        needed = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), flags, text)
    if needed.width() > room.width() + SLACK or needed.height() > room.height() + SLACK:
        return (
            f"text needs {needed.width()}×{needed.height()} px, has {room.width()}×{room.height()}"
        )
    return None


def button_clipped(button: QAbstractButton) -> str | None:
    """Why a button's text (and icon) does not fit inside its frame and padding."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return None
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    elif isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    elif isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    else:
        room = button.contentsRect()
    metrics = QFontMetrics(button.font())
    needed = QRect(0, 0, 0, 0)
    for line in text.split("\n"):
        needed.setWidth(max(needed.width(), metrics.horizontalAdvance(line)))
    needed.setHeight(metrics.height() * (text.count("\n") + 1))
    if not button.icon().isNull():
        needed.setWidth(needed.width() + button.iconSize().width() + 4)
    if needed.width() > room.width() + SLACK or needed.height() > room.height() + 2 * SLACK:
        return (
            f"text needs {needed.width()}×{needed.height()} px, has {room.width()}×{room.height()}"
        )
    return None


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    parent = viewport.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is viewport:
        return parent
    return None


def out_of_sight(widget: QWidget, window: QWidget) -> str | None:
    """Why a visible widget cannot be seen whole in the window (None: it can be).

    Each parent clips its children; a scroll area's viewport does not (its content is
    reachable by scrolling), but its scroll bars must be able to reach it: a widget beyond a
    scroll area's content, or beyond a viewport that does not scroll that way, is out of sight.
    """
    rect = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        rect.translate(child.pos())
        area = _scroll_area_of(parent)
        if area is not None:
            content = QRect(QPoint(0, 0), child.size())
            if not content.contains(rect.translated(-child.pos())):
                return f"outside the scrollable content of {describe_widget(area)}"
            viewport = parent.rect()
            scrolls_across = (
                area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            )
            scrolls_down = area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if not scrolls_across and rect.width() > viewport.width() + SLACK:
                return f"wider than {describe_widget(area)}, which does not scroll across"
            if not scrolls_down and rect.height() > viewport.height() + SLACK:
                return f"taller than {describe_widget(area)}, which does not scroll down"
            # Reachable: from here on it is seen through the viewport.
            rect = rect.intersected(viewport) if rect.intersects(viewport) else viewport
            rect = QRect(rect.topLeft(), rect.size().boundedTo(viewport.size()))
        elif not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return f"at {rect} cut off by {describe_widget(parent)} {parent.rect()}"
        child, parent = parent, parent.parentWidget()
    return None


def layout_problems(window: QMainWindow, width: int, height: int) -> list[str]:
    """Everything that is cut off or out of sight in ``window`` on a ``width``×``height`` screen."""
    QApplication.processEvents()
    problems: list[str] = []
    if window.width() > width or window.height() > height:
        problems.append(
            f"the window is {window.width()}×{window.height()} on a {width}×{height} screen "
            f"(its minimum is {window.minimumSizeHint().width()}×"
            f"{window.minimumSizeHint().height()})"
        )
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, CONTROLS):
            continue
        if widget.window() is not window:
            continue  # a dialog or a popup
        why: str | None = None
        if isinstance(widget, QLabel):
            why = label_clipped(widget)
        elif isinstance(widget, QAbstractButton):
            why = button_clipped(widget)
        if why is not None:
            problems.append(f"{describe_widget(widget)}: {why}")
            continue
        where = out_of_sight(widget, window)
        if where is not None:
            problems.append(f"{describe_widget(widget)}: {where}")
    return problems
