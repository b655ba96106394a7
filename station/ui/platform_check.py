"""Before the window starts: a display, and the libraries of Qt's X11 plugin (or one sentence)."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

NO_WINDOW_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})
"""Qt platforms that need no desktop session (no DISPLAY, no Wayland)."""

DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""The Debian/Ubuntu package of each library the xcb plugin needs (by its soname)."""

ALTERNATIVES = "or try `dosing-station demo --tour DIR` or `dosing-station demo --headless`"

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found\s*$", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", each once, in its order."""
    found: list[str] = []
    for name in _NOT_FOUND.findall(ldd_output):
        if name not in found:
            found.append(name)
    return found


def packages_for(libraries: list[str]) -> list[str]:
    """The packages to install for ``libraries`` (a library's own name when it is unknown)."""
    packages: list[str] = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library, library)
        if package not in packages:
            packages.append(package)
    return packages


def uses_x11(environ: Mapping[str, str]) -> bool:
    """Whether Qt will start on X11 (xcb) in this environment."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform:
        return platform == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def display_problem(
    environ: Mapping[str, str], missing: list[str], *, linux: bool = True
) -> str | None:
    """One sentence saying why the window cannot start here, or None when it can.

    ``missing`` lists the libraries of Qt's X11 plugin the system lacks (see
    :func:`missing_libraries`).
    """
    if not linux:
        return None
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform in NO_WINDOW_PLATFORMS:
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "The window cannot start: there is no display (neither DISPLAY nor WAYLAND_DISPLAY "
            f"is set); start it in a desktop session, {ALTERNATIVES}."
        )
    if missing and uses_x11(environ):
        packages = packages_for(missing)
        return (
            f"The window cannot start: the system libraries {', '.join(packages)} are missing; "
            f"install them with: sudo apt install {' '.join(packages)}; {ALTERNATIVES}."
        )
    return None


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin in the installed PySide6, if there is one."""
    import PySide6  # the package's folder only: no Qt library is loaded by this

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def plugin_missing_libraries(plugin: Path) -> list[str]:
    """The libraries the plugin cannot load (empty when it loads).

    Loading the plugin is quick (the window loads it anyway); only when that fails is
    ``ldd`` asked for every library that is not found.
    """
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        ldd = shutil.which("ldd")
        if ldd is not None:
            result = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
            )
            missing = missing_libraries(result.stdout)
            if missing:
                return missing
        first = str(error).split(":")[0].strip()
        return [first] if first else ["(a system library)"]
    return []


def check_display(environ: Mapping[str, str] | None = None) -> str | None:
    """Why the window cannot start on this machine now, or None (see :func:`display_problem`)."""
    environ = os.environ if environ is None else environ
    linux = sys.platform.startswith("linux")
    missing: list[str] = []
    if linux and uses_x11(environ) and environ.get("DISPLAY"):
        plugin = xcb_plugin()
        if plugin is not None:
            missing = plugin_missing_libraries(plugin)
    return display_problem(environ, missing, linux=linux)
