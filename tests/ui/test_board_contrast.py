"""Every observation card is readable in every stage: text contrast measured on its pixels.

The cards are real widgets under the station's own style sheet, rendered offscreen with
``grab()``; the contrast of each text against the background around it is computed from the
pixels with the WCAG relative-luminance formula and must reach AA (4.5:1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from station.domain.observation import ObservationStage, VitalAlarm
from station.services.observation import OpenObservation
from station.ui.observation.card import ObservationCard
from station.ui.observation.dialogs import OverdoseProtocolDialog
from station.ui.observation.look import STAGE_STYLES
from station.ui.style import apply_style

WCAG_AA = 4.5
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# Time left that puts a card in each stage (default rules: 3 min warning, 5 min grace).
REMAINING = {
    ObservationStage.RUNNING: timedelta(minutes=12, seconds=5),
    ObservationStage.LAST_MINUTES: timedelta(minutes=2, seconds=10),
    ObservationStage.DUE: -timedelta(minutes=1, seconds=30),
    ObservationStage.ESCALATED: -timedelta(minutes=7),
}


@pytest.fixture(autouse=True)
def station_style(qapp: QApplication) -> Iterator[None]:
    """The station's large type and colours (as the application sets them), removed after."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)


def _channel(value: int) -> float:
    srgb = value / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: int) -> float:
    """WCAG 2 relative luminance of a 0xRRGGBB colour."""
    red, green, blue = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: int, second: int) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pixels(image: QImage, rect: QRect) -> Counter[int]:
    """How often each 0xRRGGBB colour occurs inside ``rect`` of ``image``."""
    counts: Counter[int] = Counter()
    area = rect.intersected(image.rect())
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    return counts


def text_contrast(image: QImage, rect: QRect) -> tuple[float, int, int]:
    """(contrast, text colour, background colour) of the text drawn inside ``rect``.

    The background is the commonest colour; the text colour is the one farthest from it in
    contrast among colours covering at least a few pixels (glyph stems, not one stray
    anti-aliased pixel). All one colour (white on white): contrast 1.
    """
    counts = pixels(image, rect)
    background, _ = counts.most_common(1)[0]
    enough = max(4, sum(counts.values()) // 500)
    candidates = [colour for colour, count in counts.items() if count >= enough]
    ink = max(candidates, key=lambda colour: contrast_ratio(colour, background))
    return contrast_ratio(ink, background), ink, background


def render_card(
    qtbot: QtBot, stage: ObservationStage, flash: bool, read_only: bool = False
) -> tuple[QWidget, ObservationCard, QImage]:
    """A card of a fictional patient in ``stage``, shown (in its host) and grabbed offscreen."""
    start = datetime(2031, 3, 4, 7, 0, tzinfo=UTC)
    observation = OpenObservation(
        observation_id="obs-contrast",
        patient_id="patient-contrast",
        clinic_id="HAT-T-0042",
        booth="Booth 3",
        started_at=start,
        ends_at=start + timedelta(minutes=20),
        notes=[{"at": "2031-03-04T07:05:00+00:00", "note": "Calm, talking", "vitals": {}}],
    )
    host = QWidget()
    qtbot.addWidget(host)
    card = ObservationCard(observation, host, read_only=read_only)
    QVBoxLayout(host).addWidget(card)
    host.resize(560, 460)
    host.show()
    card.show_time(REMAINING[stage], stage, flash)
    qtbot.waitExposed(host)
    return host, card, card.grab().toImage()


def _inside(card: QWidget, widget: QWidget, inset: int = 0) -> QRect:
    top_left = widget.mapTo(card, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return rect.adjusted(inset, inset, -inset, -inset)


CASES = [
    (ObservationStage.RUNNING, False),
    (ObservationStage.LAST_MINUTES, False),
    (ObservationStage.DUE, False),
    (ObservationStage.ESCALATED, False),
    (ObservationStage.ESCALATED, True),  # the flash: the other of its two colours
]


@pytest.mark.parametrize(
    ("stage", "flash"), CASES, ids=["running", "last-minutes", "due", "escalated", "flash"]
)
@pytest.mark.parametrize("read_only", [False, True], ids=["counter", "locked-screen"])
def test_every_text_on_a_card_is_readable_in_every_stage(
    qtbot: QtBot, stage: ObservationStage, flash: bool, read_only: bool
) -> None:
    _host, card, image = render_card(qtbot, stage, flash, read_only)
    expected = card.style_now()
    # The card shows its stage's colour (pixels just inside the border).
    assert QColor(image.pixel(8, 8)).name() == QColor(expected.background).name()
    texts = [card.booth_label, card.countdown, card.stage_label]
    if not read_only:
        texts.append(card.details)
    for label in texts:
        assert isinstance(label, QLabel) and label.isVisible() and label.text()
        ratio, ink, background = text_contrast(image, _inside(card, label))
        assert ratio >= WCAG_AA, (
            f"{stage.value}: '{label.text()[:20]}' is #{ink:06x} on #{background:06x}, "
            f"contrast {ratio:.2f}:1"
        )
    for button in card.findChildren(QPushButton):
        if not button.isVisible():
            continue
        # Inside the button's border: its text against its own face.
        ratio, ink, background = text_contrast(image, _inside(card, button, inset=5))
        assert ratio >= WCAG_AA, f"{stage.value}: button '{button.text()}' {ratio:.2f}:1"


def test_the_stage_colours_themselves_reach_aa() -> None:
    for style in STAGE_STYLES.values():
        foreground = int(style.foreground.lstrip("#"), 16)
        background = int(style.background.lstrip("#"), 16)
        assert contrast_ratio(foreground, background) >= WCAG_AA


def test_the_measure_sees_white_on_white() -> None:
    # The measure itself: one colour everywhere is contrast 1, black on white is 21.
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    assert text_contrast(image, image.rect())[0] == pytest.approx(1.0)
    for x in range(10, 20):
        for y in range(5, 15):
            image.setPixelColor(x, y, QColor("#000000"))
    assert text_contrast(image, image.rect())[0] == pytest.approx(21.0)


def test_the_alarm_banner_and_the_overdose_prompt_are_readable(qtbot: QtBot) -> None:
    alarms = (
        VitalAlarm("vitals.slow_breathing", "Breathing 6/min is under 10/min."),
        VitalAlarm("vitals.low_oxygen", "SpO2 85 % is under 92 %."),
    )
    prompt = OverdoseProtocolDialog("Booth 3", alarms)
    qtbot.addWidget(prompt)
    prompt.resize(700, 500)
    prompt.show()
    qtbot.waitExposed(prompt)
    image = prompt.grab().toImage()
    for label in (prompt.heading, prompt.alarm_list, prompt.steps):
        ratio, ink, background = text_contrast(image, _inside(prompt, label))
        assert ratio >= WCAG_AA, f"'{label.text()[:20]}' #{ink:06x} on #{background:06x}"
