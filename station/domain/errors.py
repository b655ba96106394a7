"""Exceptions raised by the domain; their messages never carry patient data."""

from __future__ import annotations


class DomainError(ValueError):
    """Base class: a value or setting the clinic's rules cannot accept."""


class QuantityError(DomainError):
    """A dose, volume, mass, concentration or density that is not a usable number."""


class SettingsError(DomainError):
    """A clinic rule setting outside its allowed range."""
