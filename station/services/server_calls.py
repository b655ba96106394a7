"""One signed call to the central server for a signed-in person, its failures as ServiceErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from station.services.errors import ServiceError
from station.services.sync_link import (
    CaFileProblem,
    certificate_problem,
    server_binding,
    server_ca_file,
    tls_verify,
)
from station.store.store import Session, Store
from sync.client.errors import ServerBusy, ServerUnreachable, StationRefused, SyncRejected
from sync.client.transport import SyncTransport

CALL_TIMEOUT_S = 10.0
"""How long one call waits for the server (it runs off the window's thread)."""


class ServerUnavailable(ServiceError):
    """The central server could not be asked now (down, busy, or the station not enrolled)."""


@contextmanager
def server_call(
    store: Store, session: Session, *, timeout_s: float = CALL_TIMEOUT_S
) -> Iterator[SyncTransport]:
    """A transport signed with the station key the session opened; closed afterwards.

    Raises ``ServerUnavailable`` (``server.not_enrolled``, ``server.unreachable``,
    ``server.busy``) or ``ServiceError`` (``server.refused``, with the server's sentence as
    ``detail``) instead of the sync client's errors. Never waits on the window's thread: the
    window runs the whole call in the background.
    """
    binding = server_binding(store)
    if binding is None:
        raise ServerUnavailable(
            "This station is not enrolled with a server: a technician enrolls it first.",
            code="server.not_enrolled",
        )
    ca_file = server_ca_file(store)
    try:
        verify = tls_verify(ca_file)
    except CaFileProblem as error:
        raise ServerUnavailable(
            f"The central server cannot be reached: {error}",
            code="server.unreachable",
            detail=str(error),
        ) from None
    transport = SyncTransport(
        binding.url,
        store.station_id,
        session.signing_key.sign,
        timeout_s=timeout_s,
        verify=verify,
    )
    try:
        yield transport
    except ServerBusy as error:
        raise ServerUnavailable(
            "The central server is busy: try again in a minute.", code="server.busy"
        ) from error
    except ServerUnreachable as error:
        detail = certificate_problem(error, ca_file, "the technician's settings") or str(error)
        raise ServerUnavailable(
            f"The central server cannot be reached ({detail}).",
            code="server.unreachable",
            detail=detail,
        ) from error
    except (StationRefused, SyncRejected) as error:
        raise ServiceError(
            f"The central server refused this: {error}",
            code="server.refused",
            detail=str(error),
            reason=error.code,
        ) from error
    finally:
        transport.close()
