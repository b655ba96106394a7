"""The server's HTTP API (FastAPI): enrollment, signed push and pull, leases, incidents."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.server.errors import SyncServerError
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

_ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorReply} for status in (400, 401, 403, 404, 409, 426)
}


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


async def signed_station(request: Request) -> AuthenticatedStation:
    """Authenticate a request by its station signature, time and nonce (FastAPI dependency)."""
    service: SyncService = request.app.state.service
    body = await request.body()
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    headers = request.headers
    return await run_in_threadpool(
        lambda: service.authenticate(
            station_id=headers.get(HEADER_STATION, ""),
            method=request.method,
            path=path,
            body_sha256=body_hash(body),
            timestamp=headers.get(HEADER_TIMESTAMP, ""),
            nonce=headers.get(HEADER_NONCE, ""),
            signature=headers.get(HEADER_SIGNATURE, ""),
            station_clock=headers.get(HEADER_STATION_CLOCK, ""),
        )
    )


Station = Annotated[AuthenticatedStation, Depends(signed_station)]


class _RequestGauge:
    """Tell the service when HTTP requests begin and end (its background work waits for quiet)."""

    def __init__(self, app: ASGIApp, service: SyncService) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.service.request_started()
        try:
            await self.app(scope, receive, send)
        finally:
            self.service.request_finished()


def create_app(
    service: SyncService,
    *,
    verify_signatures_in_background: bool = True,
    check_in_helper_process: bool = True,
) -> FastAPI:
    """Build the API over one ``SyncService``.

    While the app runs (its lifespan), the service verifies every stored event signature in
    the background between requests (``SyncService.start_signature_verifier``), and a helper
    process checks large pushes while their rows are inserted (``start_check_process``).
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
    app.state.service = service
    app.add_middleware(_RequestGauge, service=service)

    @app.exception_handler(SyncServerError)
    async def _refused(_request: Request, error: SyncServerError) -> JSONResponse:
        reply = ErrorReply(
            code=error.code,
            message=error.message,
            server_time=service.clock(),
            detail=error.detail,
        )
        return JSONResponse(reply.model_dump(), status_code=error.status)

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

    @app.post("/v1/enroll", responses=_ERRORS)
    def enroll(body: EnrollRequest) -> EnrollReply:
        """Enroll a station with a one-time code and its public key."""
        return service.enroll(body)

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
        try:
            body = PushRequest.model_validate_json(await request.body())
        except ValidationError as error:
            raise RequestValidationError(error.errors(include_url=False)) from None
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
        body = await request.body()

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

    @app.post("/v1/leases", responses=_ERRORS)
    def acquire_lease(body: LeaseRequest, station: Station) -> LeaseReply:
        """Take a short lease on dosing one patient in one session."""
        return service.acquire_lease(station, body)

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

    return app
