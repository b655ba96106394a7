"""Owner-only folders (0700) and files (0600) for the station's data, on POSIX systems."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Collection
from pathlib import Path

_log = logging.getLogger("station.store.files")

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
ENFORCED = os.name == "posix"
"""Modes are set on POSIX systems only: on Windows the per-user data folder (under
``%LOCALAPPDATA%``) is already limited to its user by the profile's access-control lists, and
``chmod`` there changes only the read-only flag."""

STATION_FILES = ("station.db", "window.json")
"""What the station writes straight into its data folder (SQLite's ``-wal``, ``-shm`` and
``-journal`` beside the database, and the temporary ``.window-*.json``, are matched too)."""
STATION_FOLDERS = ("diagnostics", "logs")
"""Folders of the station's own inside the data folder (their whole contents are its own)."""


def private_folder(folder: Path) -> None:
    """Create ``folder`` (with any missing parents) and make it owner-only."""
    folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    if ENFORCED:
        _set_mode(folder, PRIVATE_FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only, before anything is written into it.

    SQLite gives the ``-wal`` and ``-shm`` files it makes later the database file's mode.
    """
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(descriptor)
    if ENFORCED:
        _set_mode(path, PRIVATE_FILE_MODE)


def _set_mode(path: Path, mode: int) -> bool:
    """Give ``path`` exactly ``mode``; True when it changed (never follows a symbolic link)."""
    try:
        current = os.lstat(path)
        if stat.S_ISLNK(current.st_mode) or stat.S_IMODE(current.st_mode) == mode:
            return False
        os.chmod(path, mode)
    except OSError as error:  # another owner's file, a read-only disk: leave it, say why
        _log.debug("cannot make %s owner-only: %s", path.name, error.strerror or error)
        return False
    return True


def is_station_file(name: str) -> bool:
    """Whether a file directly in the data folder is one the station writes."""
    return any(name == own or name.startswith(own + "-") for own in STATION_FILES) or (
        name.startswith(".window-") and name.endswith(".json")
    )


def tighten(
    folder: Path,
    own_file: Callable[[str], bool] = is_station_file,
    own_folders: Collection[str] = STATION_FOLDERS,
) -> int:
    """Make ``folder`` 0700, the station's files in it 0600 and its own subfolders private.

    Only what the station itself writes is touched (a data folder given by ``--data-dir``
    may hold other things of its user): files for which ``own_file`` says so, and the whole
    of ``own_folders``. Returns how many files and folders were too open.
    """
    if not ENFORCED or not folder.is_dir():
        return 0
    changed = int(_set_mode(folder, PRIVATE_FOLDER_MODE))
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            continue
        if entry.is_dir() and entry.name in own_folders:
            changed += _tighten_tree(entry)
        elif entry.is_file() and own_file(entry.name):
            changed += _set_mode(entry, PRIVATE_FILE_MODE)
    return changed


def _tighten_tree(folder: Path) -> int:
    changed = int(_set_mode(folder, PRIVATE_FOLDER_MODE))
    for root, folders, files in os.walk(folder):
        for name in folders:
            changed += _set_mode(Path(root, name), PRIVATE_FOLDER_MODE)
        for name in files:
            changed += _set_mode(Path(root, name), PRIVATE_FILE_MODE)
    return changed


def tighten_and_say(
    folder: Path,
    what: str,
    own_file: Callable[[str], bool] = is_station_file,
    own_folders: Collection[str] = STATION_FOLDERS,
) -> int:
    """:func:`tighten`, with one log line when anything was too open (a count, no names)."""
    changed = tighten(folder, own_file, own_folders)
    if changed:
        _log.warning(
            "%s: %d file(s) or folder(s) could be read by other users of this computer; "
            "they are now readable by their owner only",
            what,
            changed,
        )
    return changed
