"""Scanner test for the technician: control characters, AIM identifier, keyboard-layout check."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from devices.capture import ScanFrames
from devices.protocols.scanner import parse_pack_code, symbology_name, visible
from devices.readings import ProtocolError, Scan
from station.ui.technician.printer_checks import LAYOUT_CHECK_CODE
from station.ui.technician.raw_monitor import MonitoredBridge, RawMonitor
from station.ui.widgets import MessageLabel, make_field, make_label

QWERTZ_SWAPS = {"Y": "Z", "Z": "Y", "y": "z", "z": "y"}
AZERTY_SWAPS = {"A": "Q", "Q": "A", "a": "q", "q": "a", "Z": "W", "W": "Z", "z": "w", "w": "z"}


def layout_verdict(scanned: str, expected: str = LAYOUT_CHECK_CODE) -> tuple[str, str]:
    """Compare a scan of the layout code with the printed code.

    Returns ``("match", "")``, ``("qwertz", "")`` or ``("azerty", "")`` when letters are
    swapped as on that keyboard, or ``("differs", details)`` naming the wrong characters.
    """
    if scanned == expected:
        return "match", ""
    for name, swaps in (("qwertz", QWERTZ_SWAPS), ("azerty", AZERTY_SWAPS)):
        swapped = "".join(swaps.get(char, char) for char in expected)
        letters = [i for i, char in enumerate(expected) if char.isalpha()]
        if len(scanned) >= len(expected) and all(scanned[i] == swapped[i] for i in letters):
            return name, ""
    wrong = [
        f"{want!r}→{got!r}" for want, got in zip(expected, scanned, strict=False) if want != got
    ]
    if len(scanned) != len(expected):
        wrong.append(f"{len(scanned)}≠{len(expected)} characters")
    return "differs", ", ".join(wrong[:8])


def looks_like_layout_code(text: str, expected: str = LAYOUT_CHECK_CODE) -> bool:
    """Whether a scan is (probably) the layout code, read right or wrong."""
    if abs(len(text) - len(expected)) > 3:
        return False
    same = sum(1 for a, b in zip(text, expected, strict=False) if a.lower() == b.lower())
    return same >= len(expected) // 3


class ScannerChecks(QGroupBox):
    """Shows each scan as it arrived: visible control characters, AIM identifier, raw bytes.

    Scans come from the serial scanner or the keyboard (the window hands them over while the
    technician's workspace is shown). Scanning the test label's code checks the layout.
    """

    def __init__(
        self, bridge: MonitoredBridge | None = None, parent: QWidget | None = None
    ) -> None:
        """Build the read-only fields (and a raw monitor of the serial scanner's port)."""
        super().__init__(parent)
        self.setTitle(self.tr("Scanner test"))
        self.setAccessibleName(self.tr("Scanner test"))
        monospace = QFont("monospace")
        self.hint = make_label(
            self.tr(
                "Scan any code. To check the keyboard layout, print a test label and scan its "
                "bar code."
            ),
            self.tr("How to test the scanner"),
        )
        self.text = make_field(self.tr("Scanned text with control characters"))
        self.text.setReadOnly(True)
        self.text.setFont(monospace)
        self.aim = make_label("", self.tr("AIM identifier"))
        self.raw = make_field(self.tr("Raw bytes"))
        self.raw.setReadOnly(True)
        self.raw.setFont(monospace)
        self.meaning = make_label("", self.tr("What the code means"))
        self.layout_result = MessageLabel(self.tr("Keyboard layout check"))
        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("AIM identifier"), self.aim)
        form.addRow(self.tr("Raw bytes"), self.raw)
        form.addRow(self.tr("Meaning"), self.meaning)
        form.addRow(self.layout_result)
        self.raw_monitor = (
            RawMonitor(bridge, self.tr("scanner"), ScanFrames) if bridge is not None else None
        )
        if self.raw_monitor is not None:
            form.addRow(self.raw_monitor)
            form.addRow(
                make_label(
                    self.tr(
                        "The raw monitor shows the serial scanner's port only: a keyboard "
                        "scanner types into the computer like a keyboard and has no port to "
                        "watch (its keys appear in the text above)."
                    ),
                    self.tr("What the scanner's raw monitor shows"),
                )
            )

    def show_scan(self, scan: Scan) -> None:
        """Show one scan in full."""
        self.text.setText(visible(scan.text))
        self.aim.setText(
            self.tr("{identifier} ({name})").format(
                identifier=scan.symbology, name=symbology_name(scan.symbology)
            )
            if scan.symbology
            else self.tr("none (the scanner sends no AIM identifier)")
        )
        self.raw.setText(scan.raw.hex(" ") if scan.raw else self.tr("(typed by the keyboard)"))
        try:
            pack = parse_pack_code(scan)
        except ProtocolError as error:
            self.meaning.setText(self.tr("A damaged pack code: {error}").format(error=error))
        else:
            if pack is not None:
                self.meaning.setText(
                    self.tr("Pack code: product {product}, batch {batch}, serial {serial}").format(
                        product=pack.product_id, batch=pack.batch, serial=pack.serial
                    )
                )
            else:
                self.meaning.setText(self.tr("Not a pack code."))
        if looks_like_layout_code(scan.text):
            self.show_layout(*layout_verdict(scan.text))

    def show_layout(self, verdict: str, details: str) -> None:
        """Say whether the layout check code came through as printed."""
        fix = self.tr(
            "Set the scanner's keyboard layout to this computer's (or connect it to a serial port)."
        )
        if verdict == "match":
            self.layout_result.show_message(
                self.tr("Keyboard layout ok: the code came through exactly as printed."), "ok"
            )
        elif verdict == "qwertz":
            self.layout_result.show_message(
                self.tr("Y and Z are swapped as on a German keyboard. {fix}").format(fix=fix),
                "error",
            )
        elif verdict == "azerty":
            self.layout_result.show_message(
                self.tr("A/Q and Z/W are swapped as on a French keyboard. {fix}").format(fix=fix),
                "error",
            )
        else:
            self.layout_result.show_message(
                self.tr("The scan differs from the printed code ({details}). {fix}").format(
                    details=details, fix=fix
                ),
                "error",
            )

    def shut(self) -> None:
        """Detach the raw monitor from the scanner's port."""
        if self.raw_monitor is not None:
            self.raw_monitor.stop()
