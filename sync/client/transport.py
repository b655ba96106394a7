"""Signed HTTP calls to the sync server; learns the server clock so a wrong local clock works."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

import httpx

from sync.client.errors import ServerUnreachable, StationRefused, SyncRejected
from sync.wire.envelope import (
    EnrollReply,
    EnrollRequest,
    LeaseReply,
    LeaseRequest,
    OwnEventsReply,
    PullReply,
    PushReply,
    PushRequest,
)
from sync.wire.signing import HEADER_STATION_CLOCK, Signer, sign_request

_REFUSALS = {"unknown_station", "station_revoked", "station_suspended", "diverging_chain"}


class SyncTransport:
    """One station's signed connection to the server (thread-safe for sequential use)."""

    def __init__(
        self,
        base_url: str,
        station_id: str,
        signer: Signer,
        *,
        timeout_s: float = 15.0,
        clock: Callable[[], float] = time.time,
        verify: bool | str = True,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.station_id = station_id
        self._signer = signer
        self._clock = clock
        self.clock_offset_s = 0.0
        self._lock = threading.Lock()
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout_s, verify=verify)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def server_time(self) -> float:
        """Return the local clock corrected by the offset learned from the server."""
        return self._clock() + self.clock_offset_s

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: bytes = b"",
        params: Mapping[str, Any] | None = None,
        signed: bool = True,
    ) -> httpx.Response:
        target = path + (f"?{urlencode(params)}" if params else "")
        for _attempt in range(2):
            headers = {"Content-Type": "application/json"} if body else {}
            if signed:
                signature = sign_request(
                    self._signer,
                    self.station_id,
                    method=method,
                    path=target,
                    body=body,
                    timestamp=int(self.server_time()),
                )
                headers.update(signature.as_dict())
                headers[HEADER_STATION_CLOCK] = f"{self._clock():.3f}"
            try:
                with self._lock:
                    response = self._client.request(method, target, content=body, headers=headers)
            except httpx.HTTPError as error:
                raise ServerUnreachable(
                    f"Server not reachable ({type(error).__name__})."
                ) from error
            if response.status_code < 400:
                return response
            error_body = self._error_body(response)
            code = str(error_body.get("code", ""))
            if code == "clock_skew" and error_body.get("server_time") is not None:
                # Our wall clock is off: learn the server's time and sign again once.
                self.clock_offset_s = float(error_body["server_time"]) - self._clock()
                continue
            message = str(error_body.get("message") or f"HTTP {response.status_code}")
            if response.status_code >= 500:
                raise ServerUnreachable(f"Server error: {message}")
            if code in _REFUSALS or response.status_code == 403:
                raise StationRefused(message, code)
            raise SyncRejected(message, code or str(response.status_code))
        raise SyncRejected("The server kept refusing this station's clock.", "clock_skew")

    @staticmethod
    def _error_body(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}

    def enroll(self, request: EnrollRequest) -> EnrollReply:
        """Enroll this station (not signed with a known key yet; the code vouches)."""
        response = self._send(
            "POST", "/v1/enroll", body=request.model_dump_json().encode(), signed=False
        )
        return EnrollReply.model_validate_json(response.content)

    def push(self, request: PushRequest) -> PushReply:
        """Push one batch of own events."""
        response = self._send("POST", "/v1/push", body=request.model_dump_json().encode())
        return PushReply.model_validate_json(response.content)

    def pull(self, *, cursor: int, epoch: str, limit: int) -> PullReply:
        """Pull one page of the feed."""
        response = self._send(
            "GET", "/v1/pull", params={"cursor": cursor, "epoch": epoch, "limit": limit}
        )
        return PullReply.model_validate_json(response.content)

    def own_events(self, *, after: int, limit: int) -> OwnEventsReply:
        """Fetch this station's own events the server holds (after a backup restore)."""
        response = self._send("GET", "/v1/own-events", params={"after": after, "limit": limit})
        return OwnEventsReply.model_validate_json(response.content)

    def acquire_lease(self, request: LeaseRequest) -> LeaseReply:
        """Ask for a lease on (patient, session)."""
        response = self._send("POST", "/v1/leases", body=request.model_dump_json().encode())
        return LeaseReply.model_validate_json(response.content)

    def release_lease(self, lease_id: str) -> None:
        """Give a lease back."""
        self._send("DELETE", f"/v1/leases/{lease_id}")

    def incidents(self, status: str = "open") -> list[dict[str, Any]]:
        """List incidents as the server holds them."""
        response = self._send("GET", "/v1/incidents", params={"status": status})
        body = json.loads(response.content)
        return list(body)
