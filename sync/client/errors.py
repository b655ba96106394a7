"""Errors of the sync client, each with a sentence a nurse or technician can act on."""

from __future__ import annotations


class SyncError(Exception):
    """Base of every sync client error; ``str(error)`` is meant for people."""


class ServerUnreachable(SyncError):
    """The server could not be reached or failed; the station keeps working offline."""


class StationRefused(SyncError):
    """The server refuses this station (unknown, revoked or suspended): needs a technician."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class SyncRejected(SyncError):
    """The server refused a request for a reason that retrying will not fix."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class ServerBusy(SyncError):
    """The server asked this station to wait (429 or 503 with Retry-After); nothing is lost."""

    def __init__(self, message: str, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class IntegrityProblem(SyncError):
    """Data from the server failed its hash or signature check; nothing was applied."""
