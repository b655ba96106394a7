"""Expose a simulator on a real pseudo-terminal (/dev/pts/N) for outside programs (POSIX)."""

from __future__ import annotations

import logging
import os
import select
import sys
import threading
from collections.abc import Callable

import serial

from devices.readings import DeviceError
from devices.sim.base import SimulatedDevice

if sys.platform != "win32":
    import tty

_log = logging.getLogger("devices.sim.pty")

PathHandler = Callable[[str], None]


class PseudoTerminalUnavailableError(DeviceError):
    """Pseudo-terminals exist only on POSIX systems; use ``sim://NAME`` on Windows."""


class PtyBridge:
    """Pumps bytes between a simulator and the master side of a pseudo-terminal.

    The slave path (``/dev/pts/N``) is what outside programs open. The pseudo-terminal
    ignores the baud rate; the simulator adds the wire delay. When the simulator's cable is
    pulled the pseudo-terminal is closed (its readers get an I/O error, as on an unplug), and
    when the cable is put back a new one is made; ``on_path`` hears every new path.
    """

    def __init__(
        self,
        device: SimulatedDevice,
        *,
        on_path: PathHandler | None = None,
        poll_interval_s: float = 0.2,
    ) -> None:
        """Prepare the bridge; :meth:`start` opens the pseudo-terminal."""
        if not hasattr(os, "openpty"):
            raise PseudoTerminalUnavailableError(
                "pseudo-terminals need a POSIX system; use the sim:// port on this computer"
            )
        self.device = device
        self.on_path = on_path
        self.poll_interval_s = poll_interval_s
        self._path: str | None = None
        self._path_ready = threading.Condition()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"pty-{device.name}", daemon=True)

    @property
    def path(self) -> str:
        """The current slave path; raises while the cable is pulled."""
        path = self._path
        if path is None:
            raise DeviceError(f"simulator {self.device.name} has no pseudo-terminal now")
        return path

    @property
    def current_path(self) -> str | None:
        """The slave path now, or ``None`` while the cable is pulled (a port locator)."""
        return self._path

    def wait_for_path(self, timeout_s: float, *, other_than: str | None = None) -> str | None:
        """Wait for a (new) pseudo-terminal path; ``None`` at the timeout."""
        with self._path_ready:
            self._path_ready.wait_for(
                lambda: self._path is not None and self._path != other_than, timeout_s
            )
            path = self._path
        return path if path is not None and path != other_than else None

    def start(self) -> PtyBridge:
        """Start pumping; the first path is ready when :meth:`wait_for_path` returns."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop pumping and close the pseudo-terminal."""
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(5.0)

    def __enter__(self) -> PtyBridge:
        """Start for a ``with`` block and wait for the path."""
        self.start()
        self.wait_for_path(5.0)
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Stop the bridge."""
        self.stop()

    # -- pumping -------------------------------------------------------------------------

    def _set_path(self, path: str | None) -> None:
        with self._path_ready:
            self._path = path
            self._path_ready.notify_all()
        if path is not None and self.on_path is not None:
            self.on_path(path)

    def _run(self) -> None:
        while not self._stopping.is_set():
            if not self.device.wait_for_cable(self.poll_interval_s):
                continue
            try:
                link = serial.serial_for_url(
                    self.device.url,
                    timeout=self.poll_interval_s,
                    exclusive=True,
                    **self.device.settings.pyserial_arguments(),
                )
            except serial.SerialException as error:
                _log.debug("pty bridge cannot reach %s: %s", self.device.url, error)
                self._stopping.wait(self.poll_interval_s)
                continue
            try:
                self._pump(link)
            finally:
                link.close()

    def _pump(self, link: serial.Serial) -> None:
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)  # nobody reading the slave: drop bytes, as a real line does
        self._set_path(os.ttyname(slave))
        done = threading.Event()
        towards_host = threading.Thread(
            target=self._device_to_host, args=(link, master, done), daemon=True
        )
        towards_host.start()
        try:
            while not self._stopping.is_set() and not done.is_set():
                ready, _, _ = select.select([master], [], [], self.poll_interval_s)
                if not ready:
                    continue
                try:
                    data = os.read(master, 4096)
                except OSError:
                    data = b""
                if data:
                    try:
                        link.write(data)
                    except serial.SerialException:
                        break
        finally:
            done.set()
            link.cancel_read()
            towards_host.join(5.0)
            self._set_path(None)
            os.close(slave)
            os.close(master)

    def _device_to_host(self, link: serial.Serial, master: int, done: threading.Event) -> None:
        while not done.is_set():
            try:
                data = link.read(max(1, link.in_waiting))
            except serial.SerialException:
                break
            if data:
                try:
                    os.write(master, data)
                except BlockingIOError:
                    pass
                except OSError:
                    break
        done.set()
