"""The server's HTTP API (FastAPI): enrollment, signed push and pull, leases, incidents."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError

from sync.server.errors import SyncServerError
from sync.server.limits import BodyTooLarge, RequestGuard, ServerLimits
from sync.server.middleware import DoorGuard, RequestGauge, error_response
from sync.server.service import AuthenticatedStation, SyncService
from sync.wire.compact import (
    COMPACT_WIRE_VERSION,
    MAX_BATCH,
    PULL_PATH,
    PUSH_PATH,
    CompactError,
    collector_paused,
    decode_push,
)
from sync.wire.directory import DIRECTORY_PATH
from sync.wire.envelope import (
    MAX_EVENTS,
    SUPPORTED_WIRE_VERSIONS,
    EnrollReply,
    EnrollRequest,
    ErrorReply,
    Incident,
    LeaseReply,
    LeaseRequest,
    OwnEventsReply,
    PullReply,
    PushReply,
    PushRequest,
)
from sync.wire.signing import (
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_STATION,
    HEADER_STATION_CLOCK,
    HEADER_TIMESTAMP,
    body_hash,
)
from sync.wire.station_requests import (
    CARD_ISSUE_PATH,
    INCIDENT_REVIEW_PATH,
    CardIssueReply,
    CardIssueRequest,
    IncidentReviewReply,
)

_ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorReply} for status in (400, 401, 403, 404, 409, 413, 426, 429, 503)
}


_M = TypeVar("_M", bound=BaseModel)


def _json_request_body(model: type[BaseModel]) -> dict[str, Any]:
    """Describe a JSON request body in OpenAPI for an endpoint that parses the bytes itself."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}},
        }
    }


async def read_body(
    request: Request, limit: int, hold: Callable[[int], None] | None = None
) -> bytes:
    """Read a request body as it streams in, stopping with 413 once it passes ``limit`` bytes.

    ``hold`` is told the size of each chunk before it is kept (it may refuse it).
    """
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        if hold is not None:
            hold(len(chunk))
        chunks.append(chunk)
    return b"".join(chunks)


def _route_limit(request: Request) -> int:
    guard: RequestGuard = request.app.state.guard
    return guard.limits.body_limit(request.method, request.url.path)


def _parsed(model: type[_M], body: bytes) -> _M:
    """Validate a JSON body as ``model`` (a mistake is the usual 422)."""
    try:
        return model.model_validate_json(body)
    except ValidationError as error:
        raise RequestValidationError(error.errors(include_url=False)) from None


async def signed_station(request: Request) -> AuthenticatedStation:
    """Authenticate a request by its station signature, time and nonce (FastAPI dependency).

    In this order: what the headers alone tell (station enrolled and active, time window,
    nonce; read only), the station's rate, then the body, read as it streams up to its route's
    limit (and within what all bodies awaiting their check may hold at once), then the
    signature over the body's hash, and only then the nonce is written. An unknown station, a
    bad header or a throttled station never has its body read, and no request takes the
    database's write lock before its signature is good. The body is left in
    ``request.state.body``.
    """
    service: SyncService = request.app.state.service
    guard: RequestGuard = request.app.state.guard
    headers = request.headers
    station_id = headers.get(HEADER_STATION, "")
    timestamp = headers.get(HEADER_TIMESTAMP, "")
    nonce = headers.get(HEADER_NONCE, "")
    signature = headers.get(HEADER_SIGNATURE, "")
    checked = await run_in_threadpool(
        lambda: service.check_request_headers(
            station_id=station_id, timestamp=timestamp, nonce=nonce, signature=signature
        )
    )
    guard.station_may_send(station_id)
    held = 0

    def hold(size: int) -> None:
        nonlocal held
        guard.hold_unverified(size)
        held += size

    try:
        body = await read_body(request, _route_limit(request), hold)
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        station = await run_in_threadpool(
            lambda: service.authenticate(
                station_id=station_id,
                method=request.method,
                path=path,
                body_sha256=body_hash(body),
                timestamp=timestamp,
                nonce=nonce,
                signature=signature,
                station_clock=headers.get(HEADER_STATION_CLOCK, ""),
                checked=checked,
            )
        )
    finally:
        guard.release_unverified(held)
    guard.count_station(station_id)
    request.state.body = body
    return station


Station = Annotated[AuthenticatedStation, Depends(signed_station)]


def create_app(
    service: SyncService,
    *,
    verify_signatures_in_background: bool = True,
    check_in_helper_process: bool = True,
    limits: ServerLimits | None = None,
    limits_clock: Callable[[], float] = time.monotonic,
) -> FastAPI:
    """Build the API over one ``SyncService``.

    While the app runs (its lifespan), the service verifies every stored event signature in
    the background between requests (``SyncService.start_signature_verifier``), and a helper
    process checks large pushes while their rows are inserted (``start_check_process``).
    ``limits`` are the body sizes and request rates (``sync.server.limits``; the defaults
    without it); ``limits_clock`` is the rate limits' clock (tests turn it).
    """

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if check_in_helper_process:
            await run_in_threadpool(service.start_check_process)
        if verify_signatures_in_background:
            service.start_signature_verifier()
        try:
            yield
        finally:
            await run_in_threadpool(service.stop_signature_verifier)
            await run_in_threadpool(service.stop_check_process)

    app = FastAPI(
        title="HAT dosing station sync server",
        version="1",
        description="Stations push their hash-chained event logs and pull the shared feed.",
        lifespan=lifespan,
    )
    guard = RequestGuard(limits or ServerLimits(), clock=limits_clock)
    app.state.service = service
    app.state.guard = guard
    app.add_middleware(RequestGauge, service=service)
    app.add_middleware(DoorGuard, guard=guard, service=service)  # outermost: first at the door

    @app.exception_handler(SyncServerError)
    async def _refused(_request: Request, error: SyncServerError) -> JSONResponse:
        return error_response(error, service)

    @app.get("/v1/health")
    def health() -> dict[str, object]:
        """Tell that the server is up, its time and the wire versions it speaks."""
        return {
            "status": "ok",
            "server_time": service.clock(),
            "wire_versions": list(SUPPORTED_WIRE_VERSIONS),
        }

    @app.get("/v1/server")
    def server_identity() -> dict[str, str]:
        """Return the clinic id and the server's public key (stations pin it at enrollment)."""
        return {
            "clinic_id": service.clinic_id,
            "server_key_id": service.server_key_id,
            "server_public_key": service.server_public_key,
        }

    @app.post(
        "/v1/enroll",
        response_model=EnrollReply,
        responses=_ERRORS,
        openapi_extra=_json_request_body(EnrollRequest),
    )
    async def enroll(request: Request) -> Response:
        """Enroll a station with a one-time code and its public key."""
        body = _parsed(EnrollRequest, await read_body(request, _route_limit(request)))
        reply = await run_in_threadpool(service.enroll, body)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/push",
        response_model=PushReply,
        responses=_ERRORS,
        openapi_extra=_json_request_body(PushRequest),
    )
    async def push(request: Request, station: Station) -> Response:
        """Store a batch of the station's own events (idempotent; retried whole)."""
        # Parsed straight from the bytes (pydantic's JSON parser): FastAPI's generic body
        # handling costs more than storing the events does.
        body = _parsed(PushRequest, request.state.body)
        reply = await run_in_threadpool(service.push, station, body)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.get("/v1/pull", response_model=PullReply, responses=_ERRORS)
    def pull(
        station: Station,
        cursor: Annotated[int, Query(ge=0)] = 0,
        epoch: str = "",
        limit: Annotated[int, Query(ge=1, le=MAX_EVENTS)] = 1000,
    ) -> Response:
        """Return the shared feed after ``cursor`` (other stations' and the server's events)."""
        body = service.pull(station, cursor=cursor, epoch=epoch, limit=limit)
        return Response(body, media_type="application/json")

    @app.post(
        PUSH_PATH,
        response_model=PushReply,
        responses=_ERRORS,
        openapi_extra=_json_request_body(PushRequest),
    )
    async def push_compact(request: Request, station: Station) -> Response:
        """Store a batch of own events sent as arrays (wire version 2; see sync.wire.compact)."""
        body: bytes = request.state.body

        def decode_and_store() -> PushReply:
            # The batch's rows are cycle-free: the collector would only walk the heap.
            with collector_paused():
                try:
                    batch = decode_push(body)
                except CompactError as error:
                    raise RequestValidationError(
                        [
                            {
                                "type": "compact_batch",
                                "loc": ("body",),
                                "msg": str(error),
                                "input": None,
                            }
                        ]
                    ) from None
                return service.push_compact(station, batch, body)

        reply = await run_in_threadpool(decode_and_store)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.get(PULL_PATH, responses=_ERRORS)
    def pull_compact(
        station: Station,
        cursor: Annotated[int, Query(ge=0)] = 0,
        epoch: str = "",
        limit: Annotated[int, Query(ge=1, le=MAX_BATCH)] = 1000,
    ) -> Response:
        """Return the shared feed after ``cursor`` with events as arrays (wire version 2)."""
        body = service.pull(
            station, cursor=cursor, epoch=epoch, limit=limit, wire_version=COMPACT_WIRE_VERSION
        )
        return Response(body, media_type="application/json")

    @app.get("/v1/own-events", response_model=OwnEventsReply, responses=_ERRORS)
    def own_events(
        station: Station,
        after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    ) -> Response:
        """Return the station's own events the server holds (repair after a backup restore)."""
        return Response(
            service.own_events(station, after=after, limit=limit), media_type="application/json"
        )

    @app.post(
        "/v1/leases",
        response_model=LeaseReply,
        responses=_ERRORS,
        openapi_extra=_json_request_body(LeaseRequest),
    )
    async def acquire_lease(request: Request, station: Station) -> Response:
        """Take a short lease on dosing one patient in one session."""
        body = _parsed(LeaseRequest, request.state.body)
        reply = await run_in_threadpool(service.acquire_lease, station, body)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.delete("/v1/leases/{lease_id}", status_code=204, responses=_ERRORS)
    def release_lease(lease_id: str, station: Station) -> Response:
        """Give a lease back."""
        service.release_lease(station, lease_id)
        return Response(status_code=204)

    @app.get("/v1/incidents", responses=_ERRORS)
    def incidents(station: Station, status: str = "open") -> list[Incident]:
        """List incidents (suspected double doses) for the stations to show."""
        del station
        return service.list_incidents(status)

    @app.get(INCIDENT_REVIEW_PATH, response_model=IncidentReviewReply, responses=_ERRORS)
    def incidents_for_review(station: Station, status: str = "all") -> Response:
        """Incidents with the doses involved and who recorded them (a lead reviews them)."""
        del station
        reply = service.review_incidents(status)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.post(
        CARD_ISSUE_PATH,
        response_model=CardIssueReply,
        responses=_ERRORS,
        openapi_extra=_json_request_body(CardIssueRequest),
    )
    async def issue_card(request: Request, station: Station) -> Response:
        """Sign a patient's card for a person at an enrolled station (it checked their role)."""
        body = _parsed(CardIssueRequest, request.state.body)
        reply = await run_in_threadpool(service.issue_card_for_station, station, body)
        return Response(reply.model_dump_json(), media_type="application/json")

    @app.get(DIRECTORY_PATH, responses=_ERRORS)
    def station_keys(station: Station) -> Response:
        """Every enrolled station's public key, signed with the server key (sync.wire.directory)."""
        del station
        return Response(service.station_keys(), media_type="application/json")

    return app
