"""Every symbol the window's texts use is in the font the station shows them in (no empty box).

The symbols are read from the string literals of ``station/ui``; the font is the application's
own after the station's style (``apply_style``), as the window uses it. A symbol no font on
the machine has is drawn as an empty box (the decision's "✋" was, with Linux fonts).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from station.ui.style import apply_style

UI = Path(__file__).resolve().parents[2] / "station" / "ui"
PLAIN_PUNCTUATION = set("—–…’‘“”")


def strings_in(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def symbols_used() -> dict[str, str]:
    """Each symbol beyond U+2000 (but the everyday dashes and quotes) and where it is used."""
    found: dict[str, str] = {}
    for path in sorted(UI.rglob("*.py")):
        for line, text in strings_in(path):
            for character in text:
                if ord(character) > 0x2000 and character not in PLAIN_PUNCTUATION:
                    found.setdefault(character, f"{path.relative_to(UI.parent.parent)}:{line}")
    return found


def test_the_ui_uses_symbols_so_the_check_has_something_to_check() -> None:
    used = symbols_used()
    assert "✔" in used and "⚠" in used, sorted(used)


def test_every_symbol_in_the_windows_texts_is_in_the_station_font(qapp: QApplication) -> None:
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    try:
        metrics = QFontMetrics(qapp.font())
        raw = QRawFont.fromFont(qapp.font())
        missing = {
            character: where
            for character, where in symbols_used().items()
            if not metrics.inFontUcs4(ord(character)) and not raw.supportsCharacter(character)
        }
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
    assert missing == {}, f"not in {qapp.font().family()}: " + ", ".join(
        f"{c} (U+{ord(c):04X}, {where})" for c, where in sorted(missing.items())
    )
