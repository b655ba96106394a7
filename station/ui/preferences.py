"""The window's own settings for this station (lock timeout, device ports, language), typed.

They live in ``window.json`` in the station's data folder: the ports belong to this
station's hardware, and a demo profile keeps its own. The clinic's dose rules are not here
(they are ``RuleSettings``).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from devices.transport import SerialSettings

PREFERENCES_FILENAME = "window.json"
DEVICES = ("scale", "printer", "scanner")
DEFAULT_LOCK_AFTER_S = 300


@dataclass(frozen=True)
class Preferences:
    """Declared window settings with their defaults."""

    lock_after_s: int = DEFAULT_LOCK_AFTER_S
    """Lock the screen after this many seconds without a key press or click (0 = never)."""
    language: str = "en"
    scale_url: str = ""
    """Port of the balance (``COM3``, ``/dev/ttyUSB0``, ``sim://NAME``); empty = none."""
    scale_protocol: str = "mt-sics"
    printer_url: str = ""
    scanner_url: str = ""
    scale_line: dict[str, Any] | None = None
    """The scale's line settings (baud, bits, parity, stop bits, handshake); None: the
    protocol's usual ones. The other two likewise (None: 9600 8N1)."""
    printer_line: dict[str, Any] | None = None
    scanner_line: dict[str, Any] | None = None
    wedge_max_gap_ms: int = 50
    """Keys closer together than this, ending in Enter, are a keyboard-wedge scan."""
    booths: int = 6
    window_geometry: str = ""
    """The window's size and place when it was last closed (Qt's saved geometry, base64);
    empty: fitted to the screen."""

    def __post_init__(self) -> None:
        if self.lock_after_s < 0:
            raise ValueError("the lock timeout cannot be negative")
        if not 1 <= self.wedge_max_gap_ms <= 1000:
            raise ValueError("the wedge key gap must be 1 to 1000 ms")
        if not 1 <= self.booths <= 50:
            raise ValueError("booths must be 1 to 50")
        for device in DEVICES:
            self.line(device)  # a line no UART can use is refused here

    def line(self, device: str) -> SerialSettings | None:
        """The saved line settings of ``scale``, ``printer`` or ``scanner`` (None: defaults)."""
        stored = getattr(self, f"{device}_line")
        if stored is None:
            return None
        try:
            return SerialSettings(**stored)
        except TypeError as error:
            raise ValueError(f"the {device}'s line settings are not readable") from error

    def changed(self, **changes: Any) -> Preferences:
        """A copy with some settings changed (validated)."""
        return replace(self, **changes)


def preferences_path(data_dir: Path) -> Path:
    """Where a data folder keeps the window's settings."""
    return data_dir / PREFERENCES_FILENAME


def load_preferences(data_dir: Path) -> Preferences:
    """Read the settings; unknown keys are ignored, a missing or damaged file gives defaults."""
    try:
        stored = json.loads(preferences_path(data_dir).read_text("utf-8"))
    except (OSError, ValueError):
        return Preferences()
    known = {field.name for field in fields(Preferences)}
    try:
        return Preferences(**{k: v for k, v in stored.items() if k in known})
    except (TypeError, ValueError):
        return Preferences()


def save_preferences(data_dir: Path, preferences: Preferences) -> None:
    """Write the settings atomically (temporary file, fsync, rename)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = preferences_path(data_dir)
    handle, temporary = tempfile.mkstemp(prefix=".window-", suffix=".json", dir=data_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(asdict(preferences), stream, indent=2)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
