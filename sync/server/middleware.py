"""The server's ASGI middleware (rate limits and body sizes at the door, request gauge)."""

from __future__ import annotations

from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.errors import SyncServerError
from sync.server.limits import FAILURE_STATUSES, BodyTooLarge, RequestGuard
from sync.server.service import SyncService
from sync.wire.envelope import ErrorReply


class DoorGuard:
    """At the door of every HTTP request: the address's rate limits and the body's size.

    A declared Content-Length over the route's limit is refused (413) before anything else;
    a body sent without one is counted as it arrives and refused when it passes the limit.
    Every reply that says a request did not authenticate (401, 403, 413) counts against its
    address; an address that used up its failures is refused (429) until they refill.
    """

    def __init__(self, app: ASGIApp, guard: RequestGuard, service: SyncService) -> None:
        self.app = app
        self.guard = guard
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = str(client[0]) if client else "unknown"
        limit = self.guard.limits.body_limit(scope["method"], scope["path"])
        try:
            self.guard.admit_address(address)
            declared = Headers(scope=scope).get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise BodyTooLarge(limit)
        except SyncServerError as error:
            if error.status in FAILURE_STATUSES:
                self.guard.note_failure(address)
            await error_response(error, self.service)(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched_send(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in FAILURE_STATUSES:
                self.guard.note_failure(address)
            await send(message)

        await self.app(scope, counted_receive, watched_send)


def error_response(error: SyncServerError, service: SyncService) -> JSONResponse:
    """The JSON reply of a refusal (``ErrorReply``), with its headers (e.g. Retry-After)."""
    reply = ErrorReply(
        code=error.code,
        message=error.message,
        server_time=service.clock(),
        detail=error.detail,
    )
    headers: dict[str, str] = getattr(error, "headers", {})
    return JSONResponse(reply.model_dump(), status_code=error.status, headers=headers)


class RequestGauge:
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
