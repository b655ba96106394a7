"""Errors the services raise for people: a clear message, never patient data."""

from __future__ import annotations

from station.store.database import StoreError


class ServiceError(StoreError):
    """A refusal or failure meant to be shown to the person at the station."""


class PermissionDenied(ServiceError):
    """The signed-in user's role does not allow this action."""
