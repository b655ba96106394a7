"""Refusals the server sends back: a stable code, an HTTP status and a sentence for people."""

from __future__ import annotations

from typing import Any


class SyncServerError(Exception):
    """A refusal with a stable ``code`` that clients can act on."""

    status = 400

    def __init__(self, code: str, message: str, **detail: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.detail = detail


class Unauthenticated(SyncServerError):
    """The request is not signed by a known station, is stale, or was seen before."""

    status = 401


class Forbidden(SyncServerError):
    """The station is known but revoked or suspended."""

    status = 403


class NotFound(SyncServerError):
    """The thing asked for does not exist."""

    status = 404


class Conflict(SyncServerError):
    """The request contradicts what the server already holds (same key, different content)."""

    status = 409


class UnsupportedVersion(SyncServerError):
    """The envelope's major version is not one this server speaks."""

    status = 426
