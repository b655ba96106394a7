"""The HAT dosing station: the desktop program at the injection-room counter."""

__version__ = "0.1.0"
