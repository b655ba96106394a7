"""``dosing-server serve``: the HTTP API on a listening socket, with its rate limits."""

from __future__ import annotations

import ipaddress
import socket
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sync.server.cli.common import db_option, main, open_service
from sync.server.limits import Rate, ServerLimits
from sync.server.service import SyncService


def _rate(per_second: float, burst: float, option: str) -> Rate | None:
    """A rate limit from two options (0 turns it off)."""
    if per_second == 0:
        return None
    if per_second < 0 or burst < 1:
        raise click.BadParameter(
            "a rate is positive (0: off) and a burst at least 1", param_hint=option
        )
    return Rate(per_second=per_second, burst=burst)


_DEFAULTS = ServerLimits()


_F = TypeVar("_F", bound=Callable[..., Any])


def _rate_options(name: str, default: Rate | None, what: str) -> Callable[[_F], _F]:
    """The --NAME-rate and --NAME-burst options of ``serve``."""
    per_second = default.per_second if default else 0
    burst = default.burst if default else 1

    def decorate(command: _F) -> _F:
        command = click.option(
            f"--{name}-burst",
            type=float,
            default=burst,
            show_default=True,
            help=f"Requests {what} allowed in a burst above the rate.",
        )(command)
        return click.option(
            f"--{name}-rate",
            type=float,
            default=per_second,
            show_default=True,
            help=f"Requests a second {what} (0: no limit); more get 429 with Retry-After.",
        )(command)

    return decorate


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8443, show_default=True, help="0 picks a free port.")
@click.option(
    "--tls-cert",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="TLS certificate (PEM); serve HTTPS.",
)
@click.option(
    "--tls-key",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Private key of the TLS certificate (PEM).",
)
@click.option(
    "--clinic-id", default="clinic-1", show_default=True, help="Clinic id (set on first start)."
)
@click.option(
    "--insecure-http",
    is_flag=True,
    help="Serve plain HTTP on an address other machines reach (only behind a TLS proxy).",
)
@_rate_options("station", _DEFAULTS.station, "per station")
@_rate_options("address", _DEFAULTS.address, "per address")
@_rate_options("failure", _DEFAULTS.failures, "failing authentication per address")
def serve(
    db: str | None,
    host: str,
    port: int,
    tls_cert: str | None,
    tls_key: str | None,
    clinic_id: str,
    insecure_http: bool,
    station_rate: float,
    station_burst: float,
    address_rate: float,
    address_burst: float,
    failure_rate: float,
    failure_burst: float,
) -> None:
    """Run the HTTP API (prints the address it listens on).

    Request bodies are limited per route (a push to the most events one batch carries, about
    4 KiB each; enrollments and leases to 16 KiB) and requests are rate-limited per station
    and per address; an address whose requests keep failing authentication is refused for a
    while.
    """
    if bool(tls_cert) != bool(tls_key):
        raise click.UsageError("--tls-cert and --tls-key go together")
    if not tls_cert:
        _say_plain_http(host, port, insecure_http)
    limits = ServerLimits(
        station=_rate(station_rate, station_burst, "--station-rate"),
        address=_rate(address_rate, address_burst, "--address-rate"),
        failures=_rate(failure_rate, failure_burst, "--failure-rate"),
    )
    service = open_service(db, clinic_id=clinic_id)
    try:
        run_server(service, host=host, port=port, tls_cert=tls_cert, tls_key=tls_key, limits=limits)
    except OSError as error:
        click.echo(f"error: cannot listen on {host}:{port}: {error.strerror or error}", err=True)
        raise SystemExit(2) from None


HTTPS_PORTS = (443, 8443)
"""Ports people read as HTTPS: plain HTTP on them misleads whoever configures a station."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _say_plain_http(host: str, port: int, insecure_http: bool) -> None:
    """Refuse plain HTTP where other machines reach it (unless told); warn on an HTTPS port."""
    if not is_loopback(host):
        if not insecure_http:
            click.echo(
                f"error: refusing plain HTTP on {host}:{port}: the stations' records (doses, "
                "patients) would cross the network unencrypted; give --tls-cert and "
                "--tls-key, or --insecure-http if a TLS proxy in front of it encrypts them",
                err=True,
            )
            raise SystemExit(2)
        click.echo(
            f"warning: serving plain HTTP (no TLS) on {host}:{port}, reachable from other "
            "machines: only behind a TLS proxy",
            err=True,
        )
    elif port in HTTPS_PORTS:
        click.echo(
            f"warning: serving plain HTTP (no TLS) on port {port}, a port read as HTTPS: "
            f"stations must use http://{host}:{port}; give --tls-cert and --tls-key for HTTPS",
            err=True,
        )


def run_server(
    service: SyncService,
    *,
    host: str,
    port: int,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    limits: ServerLimits | None = None,
) -> None:
    """Serve the API over ``service`` until stopped; print the address once it accepts."""
    import uvicorn

    from sync.server.app import create_app

    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by connections
    listener.bind((host, port))
    listener.listen(2048)  # accept connections (queued) from the moment the address is printed
    scheme = "https" if tls_cert else "http"
    bound = listener.getsockname()[1]
    config = uvicorn.Config(
        create_app(service, limits=limits),
        log_level="warning",
        ssl_certfile=tls_cert,
        ssl_keyfile=tls_key,
        timeout_graceful_shutdown=5,
    )
    click.echo(f"listening on {scheme}://{host}:{bound}", nl=True)
    sys.stdout.flush()
    uvicorn.Server(config).run(sockets=[listener])
