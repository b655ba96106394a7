"""Shared click options for device commands (port, protocol, serial settings) and error exits."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from devices.readings import DeviceError
from devices.transport import SerialSettings

F = TypeVar("F", bound=Callable[..., Any])

SCALE_PROTOCOLS = ("mt-sics", "sbi", "and")
DEVICE_FAULT_EXIT_CODE = 1


def port_option(*, required: bool = True, envvar: str | None = None) -> Callable[[F], F]:
    """``--port URL``: COM3, /dev/ttyUSB0, /dev/serial/by-id/…, rfc2217://, socket://, sim://NAME."""
    return click.option(
        "--port",
        "port",
        required=required,
        envvar=envvar,
        metavar="URL",
        help="Port path or pyserial URL: COM3, /dev/ttyUSB0, /dev/serial/by-id/…, "
        "rfc2217://host:port, socket://host:port, or sim://NAME.",
    )


def protocol_option(default: str = "mt-sics") -> Callable[[F], F]:
    """``--protocol mt-sics|sbi|and``: the balance's command set."""
    return click.option(
        "--protocol",
        "protocol",
        type=click.Choice(SCALE_PROTOCOLS),
        default=default,
        show_default=True,
        help="Balance protocol: Mettler Toledo MT-SICS, Sartorius SBI or A&D.",
    )


def serial_settings_options(
    *, baudrate: int = 9600, bytesize: int = 8, parity: str = "N", stopbits: str = "1"
) -> Callable[[F], F]:
    """Add ``--baud --bytesize --parity --stopbits --xonxoff/--rtscts``; pass ``settings``.

    The decorated command receives one ``settings: SerialSettings`` argument instead of
    the six separate options.
    """

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            handshake = kwargs.pop("handshake")
            try:
                settings = SerialSettings(
                    baudrate=kwargs.pop("baud"),
                    bytesize=kwargs.pop("bytesize"),
                    parity=kwargs.pop("parity").upper(),
                    stopbits=float(kwargs.pop("stopbits")),
                    xonxoff=handshake == "xonxoff",
                    rtscts=handshake == "rtscts",
                )
            except ValueError as error:
                raise click.UsageError(str(error)) from error
            return command(*args, settings=settings, **kwargs)

        options = [
            click.option(
                "--baud", type=int, default=baudrate, show_default=True, help="Baud rate."
            ),
            click.option(
                "--bytesize",
                type=click.Choice(["5", "6", "7", "8"]),
                default=str(bytesize),
                show_default=True,
                callback=lambda _context, _parameter, value: int(value),
                help="Data bits per character.",
            ),
            click.option(
                "--parity",
                type=click.Choice(["N", "E", "O", "M", "S"], case_sensitive=False),
                default=parity,
                show_default=True,
                help="Parity: none, even, odd, mark, space.",
            ),
            click.option(
                "--stopbits",
                type=click.Choice(["1", "1.5", "2"]),
                default=stopbits,
                show_default=True,
                help="Stop bits.",
            ),
            click.option(
                "--xonxoff",
                "handshake",
                flag_value="xonxoff",
                help="Software handshake (XON/XOFF).",
            ),
            click.option(
                "--rtscts",
                "handshake",
                flag_value="rtscts",
                help="Hardware handshake (RTS/CTS).",
            ),
            click.option(
                "--no-handshake",
                "handshake",
                flag_value="none",
                default=True,
                help="No handshake (default).",
            ),
        ]
        decorated: Callable[..., Any] = wrapper
        for option in reversed(options):
            decorated = option(decorated)
        return decorated  # type: ignore[return-value]

    return decorate


def fail_with_one_line(error: BaseException) -> None:
    """Print ``error: <one line>`` on stderr and exit non-zero."""
    text = " ".join(str(error).split()) or type(error).__name__
    click.echo(f"error: {text}", err=True)
    raise SystemExit(DEVICE_FAULT_EXIT_CODE)


@contextlib.contextmanager
def device_errors_exit() -> Iterator[None]:
    """Turn any :class:`DeviceError` inside the block into one stderr line and exit 1."""
    try:
        yield
    except DeviceError as error:
        fail_with_one_line(error)


def exits_on_device_error(command: F) -> F:
    """Wrap a whole command in :func:`device_errors_exit`."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with device_errors_exit():
            return command(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
