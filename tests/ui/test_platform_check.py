"""Before the window starts: no display, or the X11 plugin's libraries missing, is said in words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from station.ui.platform_check import (
    check_display,
    display_problem,
    missing_libraries,
    packages_for,
    uses_x11,
)

LDD_ON_A_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd6e9f1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f3c1c400000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f3c1c8a1000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f3c1c899000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f3c1c000000)
"""


def test_ldd_output_gives_the_missing_libraries_once_each() -> None:
    assert missing_libraries(LDD_ON_A_FRESH_DEBIAN) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_sentence_names_the_packages_and_the_commands_that_need_no_window() -> None:
    missing = missing_libraries(LDD_ON_A_FRESH_DEBIAN)
    assert packages_for(missing) == ["libxcb-icccm4", "libxcb-keysyms1"]
    sentence = display_problem({"DISPLAY": ":0"}, missing)
    assert sentence is not None
    assert "libxcb-icccm4, libxcb-keysyms1 are missing" in sentence
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in sentence
    assert "dosing-station demo --tour DIR" in sentence and "demo --headless" in sentence
    assert "\n" not in sentence


def test_no_display_is_said_and_offscreen_or_other_systems_pass() -> None:
    sentence = display_problem({}, [])
    assert sentence is not None and "no display" in sentence
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, []) is None
    assert display_problem({"DISPLAY": ":0"}, []) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, ["libxcb-icccm.so.4"]) is None
    assert display_problem({}, [], linux=False) is None
    assert uses_x11({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})
    assert not uses_x11({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"})


def test_the_check_on_this_machine_reads_the_real_plugin() -> None:
    """With a display, the check loads Qt's real X11 plugin (and asks ldd when it fails)."""
    sentence = check_display({"DISPLAY": ":0"})
    if sentence is not None:
        assert sentence.startswith("The window cannot start: the system libraries ")
    assert check_display({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_program_says_it_in_one_line_and_exits_non_zero_without_a_display(
    tmp_path: Path,
) -> None:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environ["HOME"] = str(tmp_path)
    environ["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", "from station.app import main; main()", "--demo"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [display_problem({}, [])], result.stderr
