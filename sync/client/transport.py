"""Signed HTTP calls to the sync server; learns the server clock so a wrong local clock works."""

from __future__ import annotations

import json
import math
import ssl
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode

import httpx

from sync.client.errors import (
    IntegrityProblem,
    ServerBusy,
    ServerUnreachable,
    StationRefused,
    SyncRejected,
)
from sync.wire import compact
from sync.wire.directory import DIRECTORY_PATH
from sync.wire.envelope import (
    MAX_EVENTS,
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
from sync.wire.station_requests import (
    CARD_ISSUE_PATH,
    INCIDENT_REVIEW_PATH,
    CardIssueReply,
    CardIssueRequest,
    IncidentReviewReply,
)

_REFUSALS = {
    "unknown_station",
    "station_revoked",
    "station_suspended",
    "diverging_chain",
    "fork_rejected",
}


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
        # A CA file (a clinic's own CA) goes to httpx as an SSL context trusting only it.
        tls = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout_s, verify=tls)
        self.compact: bool | None = None
        """Whether the server takes wire version 2 batches (None until a batch was sent)."""
        self._monotonic = time.monotonic
        self.server_time_seen: tuple[float, float] | None = None
        """(the server's time from its last reply's Date header, our monotonic time then)."""

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
            self._note_server_time(response)
            if response.status_code < 400:
                return response
            error_body = self._error_body(response)
            code = str(error_body.get("code", ""))
            if code == "clock_skew" and error_body.get("server_time") is not None:
                # Our wall clock is off: learn the server's time and sign again once.
                self.clock_offset_s = float(error_body["server_time"]) - self._clock()
                continue
            message = str(error_body.get("message") or f"HTTP {response.status_code}")
            wait_s = _retry_after(response)
            if response.status_code == 429 or (response.status_code == 503 and wait_s):
                raise ServerBusy(
                    f"The server asked this station to wait {wait_s:g} s ({message}); "
                    "nothing is lost, the next round is then.",
                    wait_s,
                )
            if response.status_code >= 500:
                raise ServerUnreachable(f"Server error: {message}")
            if code in _REFUSALS or response.status_code == 403:
                raise StationRefused(message, code)
            raise SyncRejected(message, code or str(response.status_code))
        raise SyncRejected("The server kept refusing this station's clock.", "clock_skew")

    def _note_server_time(self, response: httpx.Response) -> None:
        """Keep the server's time from the reply's Date header (whole seconds: the midpoint)."""
        header = response.headers.get("date")
        if not header:
            return
        try:
            moment = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return
        if moment.tzinfo is None:
            return
        self.server_time_seen = (moment.timestamp() + 0.5, self._monotonic())

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

    def _compact_refused(self, error: SyncRejected) -> bool:
        """Note a server that does not speak wire version 2 (an older one: 404 or 426)."""
        if error.code in ("404", "unsupported_wire_version"):
            self.compact = False
            return True
        return False

    def _push_compact(self, body: bytes) -> PushReply | None:
        """Send a version 2 push; None if the server does not take version 2."""
        try:
            response = self._send("POST", compact.PUSH_PATH, body=body)
        except SyncRejected as error:
            if not self._compact_refused(error):
                raise
            return None
        self.compact = True
        return PushReply.model_validate_json(response.content)

    def push(self, request: PushRequest) -> PushReply:
        """Push one batch of own events (version 2 arrays when the server takes them)."""
        if self.compact is not False:
            reply = self._push_compact(
                compact.encode_push(
                    station_id=request.station_id,
                    local_head_seq=request.local_head_seq,
                    local_head_hash=request.local_head_hash,
                    push_mark=request.push_mark,
                    events=request.events,
                )
            )
            if reply is not None:
                return reply
        response = self._send("POST", "/v1/push", body=request.model_dump_json().encode())
        return PushReply.model_validate_json(response.content)

    def push_rows(
        self,
        *,
        local_head_seq: int,
        local_head_hash: str,
        push_mark: int,
        rows: Sequence[Sequence[Any]],
    ) -> PushReply:
        """Push own events given as version 2 arrays (``sync.wire.compact.PUSH_FIELDS``).

        A server that takes only version 1 gets them as events (payloads parsed from the text).
        """
        if self.compact is not False:
            reply = self._push_compact(
                compact.encode_push(
                    station_id=self.station_id,
                    local_head_seq=local_head_seq,
                    local_head_hash=local_head_hash,
                    push_mark=push_mark,
                    rows=rows,
                )
            )
            if reply is not None:
                return reply
        # A version 1 push carries fewer events; the engine sends the rest in its next round.
        return self.push(
            PushRequest(
                station_id=self.station_id,
                local_head_seq=local_head_seq,
                local_head_hash=local_head_hash,
                push_mark=push_mark,
                events=[compact.row_event(self.station_id, row) for row in rows[:MAX_EVENTS]],
            )
        )

    def _pull_compact(self, params: Mapping[str, Any]) -> bytes | None:
        """Fetch a version 2 page; None if the server does not send version 2."""
        try:
            response = self._send("GET", compact.PULL_PATH, params=params)
        except SyncRejected as error:
            if not self._compact_refused(error):
                raise
            return None
        self.compact = True
        return response.content

    def pull(self, *, cursor: int, epoch: str, limit: int) -> PullReply:
        """Pull one page of the feed (version 2 arrays when the server sends them)."""
        params = {"cursor": cursor, "epoch": epoch, "limit": min(limit, compact.MAX_BATCH)}
        if self.compact is not False:
            body = self._pull_compact(params)
            if body is not None:
                try:
                    return compact.decode_pull(body)
                except compact.CompactError as error:
                    raise IntegrityProblem(f"The server sent a malformed page: {error}") from None
        response = self._send("GET", "/v1/pull", params={**params, "limit": min(limit, MAX_EVENTS)})
        return PullReply.model_validate_json(response.content)

    def pull_rows(self, *, cursor: int, epoch: str, limit: int) -> compact.PulledPage:
        """Pull one page of the feed with its events as arrays (``compact.FEED_FIELDS``)."""
        params = {"cursor": cursor, "epoch": epoch, "limit": min(limit, compact.MAX_BATCH)}
        if self.compact is not False:
            body = self._pull_compact(params)
            if body is not None:
                try:
                    return compact.decode_pull_rows(body)
                except compact.CompactError as error:
                    raise IntegrityProblem(f"The server sent a malformed page: {error}") from None
        response = self._send("GET", "/v1/pull", params={**params, "limit": min(limit, MAX_EVENTS)})
        return compact.page_of_reply(PullReply.model_validate_json(response.content))

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

    def station_keys(self) -> bytes:
        """Fetch the server's signed station-key directory (checked by ``sync.wire.directory``)."""
        return self._send("GET", DIRECTORY_PATH).content

    def incidents(self, status: str = "open") -> list[dict[str, Any]]:
        """List incidents as the server holds them."""
        response = self._send("GET", "/v1/incidents", params={"status": status})
        body = json.loads(response.content)
        return list(body)

    def incident_review(self, status: str = "all") -> IncidentReviewReply:
        """Incidents with the doses involved and who recorded them (a lead's review screen)."""
        response = self._send("GET", INCIDENT_REVIEW_PATH, params={"status": status})
        return IncidentReviewReply.model_validate_json(response.content)

    def issue_card(self, request: CardIssueRequest) -> CardIssueReply:
        """Ask the server to sign a new card for a patient (the station checked the role)."""
        response = self._send("POST", CARD_ISSUE_PATH, body=request.model_dump_json().encode())
        return CardIssueReply.model_validate_json(response.content)


MAX_RETRY_AFTER_S = 600.0
"""A Retry-After longer than this is taken as this (a wrong header cannot silence sync)."""


def _retry_after(response: httpx.Response) -> float:
    """The seconds a 429 or 503 reply asks the station to wait (1 when it does not say)."""
    try:
        seconds = float(response.headers.get("Retry-After", "1"))
    except ValueError:  # an HTTP date: not sent by this server; wait a little
        seconds = 1.0
    if math.isnan(seconds) or seconds < 0:
        seconds = 1.0
    return min(seconds, MAX_RETRY_AFTER_S)
