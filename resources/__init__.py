"""Icons, styles, label templates, translations and sounds shipped with the station."""

from importlib import resources as _resources
from pathlib import Path


def resource_path(relative: str) -> Path:
    """Return the filesystem path of a bundled resource file."""
    return Path(str(_resources.files(__name__).joinpath(relative)))
