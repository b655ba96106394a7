"""Simulated balances speaking MT-SICS, Sartorius SBI or A&D, with settling, faults and unplugs.

The balance computes a new value once per update period (e.g. 18 values/s). A mass placed on
the pan reads dynamic, approaching the target with noise, until it has settled; then it reads
stable at exactly the target. Overload, underload, hardware faults, general error replies,
a balance that never settles (``S I``), stray bytes, partial lines, an unsolicited ``I4``
after a power cycle and the cable pulled are all available as controls. Given a seed the noise
is deterministic.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from decimal import Decimal

from devices.drivers.scale import DEFAULT_SETTINGS
from devices.protocols import and_scale, mtsics, sbi
from devices.readings import ScaleProtocol, WeightStatus
from devices.sim.base import SimulatedDevice
from devices.transport import SerialSettings


class SimulatedScale(SimulatedDevice):
    """A balance on the other end of a ``sim://`` port (or a pseudo-terminal)."""

    def __init__(
        self,
        name: str,
        protocol: ScaleProtocol | str = ScaleProtocol.MT_SICS,
        settings: SerialSettings | None = None,
        *,
        seed: int | None = 0,
        update_period_s: float = 1 / 18,
        settle_time_s: float = 0.3,
        stable_timeout_s: float = 1.0,
        capacity: Decimal = Decimal("220.00"),
        decimals: int = 2,
        unit: str = "g",
        noise_steps: int = 3,
        initial_mass: Decimal = Decimal("0.00"),
        serial_number: str = "B021002593",
        model: str = "SIM220",
        sbi_auto_print: bool = False,
        sbi_long_frames: bool = False,
        boot_time_s: float = 0.05,
    ) -> None:
        """Configure the balance; ``start()`` (or ``with``) makes it reachable."""
        self.protocol = ScaleProtocol(protocol)
        super().__init__(
            name, settings if settings is not None else DEFAULT_SETTINGS[self.protocol], seed=seed
        )
        self.update_period_s = update_period_s
        self.settle_ticks = max(1, math.ceil(settle_time_s / update_period_s))
        self.stable_timeout_s = stable_timeout_s
        self.capacity = capacity
        self.decimals = decimals
        self.unit = unit
        self.noise_steps = noise_steps
        self.serial_number = serial_number
        self.model = model
        self.sbi_auto_print = sbi_auto_print
        self.sbi_long_frames = sbi_long_frames
        self.boot_time_s = boot_time_s
        self._step = Decimal(1).scaleb(-decimals)
        self._mass = initial_mass
        self._start_value = initial_mass
        self._ticks_since_change = self.settle_ticks
        self._zero_offset = Decimal(0)
        self._tare = Decimal(0)
        self._never_settles = False
        self._hardware_fault: str | None = None
        self._fail_next: str | None = None
        self._streaming = False
        self._powered = True
        self._pending: tuple[Callable[[], None], float] | None = None
        self._input = bytearray()
        self._value = initial_mass.quantize(self._step)
        self._status = WeightStatus.STABLE
        self._stable_changed = threading.Condition()
        self.became_stable_at: float | None = None
        self.history: deque[tuple[Decimal, WeightStatus]] = deque(maxlen=1000)
        self._updates = 0
        self.commands_received: list[bytes] = []
        self._commands_changed = threading.Condition()

    # -- controls (any thread) -----------------------------------------------------------

    def place_mass(self, mass: Decimal) -> Future[None]:
        """Put a load on the pan (gross mass, in the balance's unit); it settles from now.

        The returned future completes once the balance shows the disturbance (dynamic, or
        overload/underload at once).
        """
        return self.run_on_device_thread(lambda: self._set_mass(mass))

    def set_never_settles(self, never: bool = True) -> Future[None]:
        """Make the balance stay dynamic forever (draught, vibration)."""

        def change() -> None:
            self._never_settles = never
            if never:
                self._set_mass(self._mass)

        return self.run_on_device_thread(change)

    def set_hardware_fault(self, fault: str | None) -> Future[None]:
        """Replace the weight with a fault such as ``Error 10b`` (``None`` clears it)."""

        def change() -> None:
            self._hardware_fault = fault
            self._update_reading()

        return self.run_on_device_thread(change)

    def fail_next_command(self, code: str) -> Future[None]:
        """Answer the next command with a general error: ``ES``/``ET``/``EL`` or ``E01`` (A&D)."""
        return self.run_on_device_thread(lambda: setattr(self, "_fail_next", code))

    def wait_until_stable(self, timeout_s: float) -> bool:
        """Wait until the balance's own status is stable; False at the timeout."""
        return self.wait_for_status(WeightStatus.STABLE, timeout_s)

    def wait_for_updates(self, count: int, timeout_s: float) -> bool:
        """Wait until the balance has computed ``count`` values since it started."""
        with self._stable_changed:
            return self._stable_changed.wait_for(lambda: self._updates >= count, timeout_s)

    def wait_for_status(self, status: WeightStatus, timeout_s: float) -> bool:
        """Wait until the balance shows ``status``; False at the timeout."""
        with self._stable_changed:
            return self._stable_changed.wait_for(lambda: self._status is status, timeout_s)

    def wait_for_command(self, command: bytes, timeout_s: float) -> bool:
        """Wait until ``command`` has reached the balance (in any chunking); False at timeout."""
        with self._commands_changed:
            return self._commands_changed.wait_for(
                lambda: command in b"".join(self.commands_received), timeout_s
            )

    def forget_commands(self) -> None:
        """Clear the record of received commands."""
        with self._commands_changed:
            self.commands_received.clear()

    @property
    def status(self) -> WeightStatus:
        """What the balance shows now."""
        return self._status

    @property
    def streaming(self) -> bool:
        """True while the balance sends values on its own (SIR or auto print)."""
        return self._streaming

    # -- simulator thread: the physics ---------------------------------------------------

    def on_start(self) -> None:
        """Start the update clock."""
        self._next_tick = time.monotonic()
        self._tick()

    def _set_mass(self, mass: Decimal) -> None:
        self._start_value = self._value + self._zero_offset + self._tare
        self._mass = mass
        self._ticks_since_change = 0
        self.became_stable_at = None
        self._update_reading()

    def _gross_now(self) -> tuple[Decimal, bool]:
        settled = self._ticks_since_change >= self.settle_ticks and not self._never_settles
        if settled:
            return self._mass, True
        remaining = max(0, self.settle_ticks - self._ticks_since_change)
        transient = (
            (self._start_value - self._mass) * Decimal(remaining) / Decimal(self.settle_ticks * 2)
        )
        noise = self._step * self.random.randint(-self.noise_steps, self.noise_steps)
        if noise == 0:
            noise = self._step
        return self._mass + transient + noise, False

    def _tick(self) -> None:
        if self._ticks_since_change < self.settle_ticks:
            self._ticks_since_change += 1
        self._update_reading()
        with self._stable_changed:
            self._updates += 1
            self.history.append((self._value, self._status))
            self._stable_changed.notify_all()
        if self._pending is not None:
            action, deadline = self._pending
            if self._status is not WeightStatus.DYNAMIC or time.monotonic() >= deadline:
                self._pending = None
                action()
        if self._streaming and self._powered and not self.wire_busy_towards_host():
            self.send_to_host(self._frame())
        self._next_tick += self.update_period_s
        self.call_at(self._next_tick, self._tick)

    def _update_reading(self) -> None:
        gross, settled = self._gross_now()
        net = (gross - self._zero_offset - self._tare).quantize(self._step)
        if gross > self.capacity:
            status = WeightStatus.OVERLOAD
        elif gross < -self._step * 100:
            status = WeightStatus.UNDERLOAD
        elif self._hardware_fault is not None:
            status = WeightStatus.ERROR
        else:
            status = WeightStatus.STABLE if settled else WeightStatus.DYNAMIC
        with self._stable_changed:
            if status is WeightStatus.STABLE and self._status is not WeightStatus.STABLE:
                self.became_stable_at = time.monotonic()
            self._value, self._status = net, status
            self._stable_changed.notify_all()

    def _frame(self, *, for_stable_request: bool = False) -> bytes:
        status, value = self._status, self._value
        if self.protocol is ScaleProtocol.MT_SICS:
            if status is WeightStatus.ERROR:
                return f"S S  {self._hardware_fault}".encode("ascii") + mtsics.TERMINATOR
            if for_stable_request and status is WeightStatus.DYNAMIC:
                return mtsics.format_reply("S", "I")
            return mtsics.format_weight(status, value, self.unit)
        if self.protocol is ScaleProtocol.SBI:
            if status is WeightStatus.OVERLOAD:
                return sbi.format_status("H", long_frame=self.sbi_long_frames)
            if status is WeightStatus.UNDERLOAD:
                return sbi.format_status("L", long_frame=self.sbi_long_frames)
            if status is WeightStatus.ERROR:
                return sbi.format_status("Err 54", long_frame=self.sbi_long_frames)
            return sbi.format_weight(
                value,
                self.unit,
                stable=status is WeightStatus.STABLE,
                identifier="N" if self.sbi_long_frames else None,
                decimals=self.decimals,
            )
        if status in (WeightStatus.OVERLOAD, WeightStatus.UNDERLOAD):
            return and_scale.format_out_of_range(status is WeightStatus.OVERLOAD)
        if status is WeightStatus.ERROR:
            return and_scale.format_error("E11")
        if for_stable_request and status is WeightStatus.DYNAMIC:
            return and_scale.format_error("E11")
        return and_scale.format_weight(
            value, self.unit, stable=status is WeightStatus.STABLE, decimals=self.decimals
        )

    def _when_stable(self, action: Callable[[], None]) -> None:
        """Run ``action`` at the first update that is not dynamic, or at the timeout."""
        if self._status is not WeightStatus.DYNAMIC:
            action()
        else:
            self._pending = (action, time.monotonic() + self.stable_timeout_s)

    # -- simulator thread: power and cable -----------------------------------------------

    def on_power_cycle(self) -> None:
        """Switch off (forget tare, stop streaming) and boot; MT-SICS then says ``I4 A``."""
        self._powered = False
        self._streaming = False
        self._pending = None
        self._tare = Decimal(0)
        self._input.clear()

        def booted() -> None:
            self._powered = True
            if self.protocol is ScaleProtocol.MT_SICS:
                self.send_to_host(mtsics.format_reply("I4", "A", mtsics.quoted(self.serial_number)))

        self.call_later(self.boot_time_s, booted)

    # -- simulator thread: commands ------------------------------------------------------

    def on_host_bytes(self, data: bytes) -> None:
        """Collect bytes into commands and answer them."""
        if not self._powered:
            return
        with self._commands_changed:
            self.commands_received.append(data)
            self._commands_changed.notify_all()
        self._input += data
        if self.protocol is ScaleProtocol.SBI:
            self._take_sbi_commands()
            return
        while True:
            end = self._input.find(b"\r\n")
            if end < 0:
                if len(self._input) > 64:
                    self._input.clear()
                return
            line = bytes(self._input[:end])
            del self._input[: end + 2]
            if self.protocol is ScaleProtocol.MT_SICS:
                self._mtsics_command(line)
            else:
                self._and_command(line)

    def _reply(self, data: bytes) -> None:
        self.send_to_host(data)

    def _mtsics_command(self, line: bytes) -> None:
        self._streaming = False
        self._pending = None
        if not line.isascii() or any(byte < 0x20 for byte in line):
            self._reply(b"ET\r\n")
            return
        if self._fail_next is not None:
            code, self._fail_next = self._fail_next, None
            self._reply(code.encode("ascii") + b"\r\n")
            return
        text = line.decode("ascii").strip()
        command, _, argument = text.partition(" ")
        reply = mtsics.format_reply
        quoted = mtsics.quoted
        if command in ("@", "I4"):
            self._tare = Decimal(0) if command == "@" else self._tare
            self._reply(reply("I4", "A", quoted(self.serial_number)))
        elif command == "I0":
            names = sorted(mtsics.LEVEL_0_1_COMMANDS)
            for index, name in enumerate(names):
                status = "A" if index == len(names) - 1 else "B"
                self._reply(reply("I0", status, "0", quoted(name)))
        elif command == "I1":
            self._reply(reply("I1", "A", '"01"', '"2.00"', '"2.20"', '"1.00"', '"1.00"'))
        elif command == "I2":
            self._reply(reply("I2", "A", quoted(f"{self.model} {self.capacity} {self.unit}")))
        elif command == "I3":
            self._reply(reply("I3", "A", quoted("1.00 simulated")))
        elif command == "SI":
            self._reply(self._frame())
        elif command == "S":
            self._when_stable(lambda: self._reply(self._frame(for_stable_request=True)))
        elif command == "SC":
            timeout_s = int(argument) / 1000 if argument.isdigit() else self.stable_timeout_s
            self._pending = None
            if self._status is not WeightStatus.DYNAMIC:
                self._reply(self._frame())
            else:
                self._pending = (lambda: self._reply(self._frame()), time.monotonic() + timeout_s)
        elif command == "SIR":
            self._streaming = True
        elif command == "Z":
            self._when_stable(lambda: self._mtsics_zero("Z"))
        elif command == "ZI":
            self._mtsics_zero("ZI")
        elif command == "T":
            self._when_stable(self._mtsics_tare)
        elif command == "TA":
            if argument:
                value, _, _unit = argument.partition(" ")
                try:
                    self._tare = Decimal(value)
                except ArithmeticError:
                    self._reply(reply("TA", "L"))
                    return
            self._reply(reply("TA", "A", f"{self._tare:>10}", self.unit))
        elif command == "TAC":
            self._tare = Decimal(0)
            self._reply(reply("TAC", "A"))
        elif command == "D":
            self._reply(reply("D", "A"))
        else:
            self._reply(b"ES\r\n")

    def _mtsics_zero(self, command: str) -> None:
        status = self._status
        if status is WeightStatus.OVERLOAD:
            self._reply(mtsics.format_reply(command, "+"))
        elif status is WeightStatus.UNDERLOAD:
            self._reply(mtsics.format_reply(command, "-"))
        elif status is WeightStatus.DYNAMIC and command == "Z":
            self._reply(mtsics.format_reply(command, "I"))
        else:
            self._zero_here()
            if command == "ZI":
                letter = "S" if status is WeightStatus.STABLE else "D"
                self._reply(mtsics.format_reply("ZI", letter))
            else:
                self._reply(mtsics.format_reply("Z", "A"))

    def _mtsics_tare(self) -> None:
        status = self._status
        if status is WeightStatus.OVERLOAD:
            self._reply(mtsics.format_reply("T", "+"))
        elif status is WeightStatus.UNDERLOAD:
            self._reply(mtsics.format_reply("T", "-"))
        elif status is not WeightStatus.STABLE:
            self._reply(mtsics.format_reply("T", "I"))
        else:
            self._tare_here()
            self._reply(mtsics.format_reply("T", "S", f"{self._tare:>10}", self.unit))

    def _zero_here(self) -> None:
        self._zero_offset = self._mass - self._tare
        self._value = (self._mass - self._zero_offset - self._tare).quantize(self._step)

    def _tare_here(self) -> None:
        self._tare = (self._mass - self._zero_offset).quantize(self._step)
        self._value = Decimal(0).quantize(self._step)

    def _tare_or_zero(self) -> None:
        if abs(self._mass - self._zero_offset) <= self.capacity / 50:
            self._zero_here()
        else:
            self._tare_here()

    def _and_command(self, line: bytes) -> None:
        if not line.isascii() or any(byte < 0x20 for byte in line):
            self._reply(and_scale.format_error("E00"))
            return
        if self._fail_next is not None:
            code, self._fail_next = self._fail_next, None
            self._reply(and_scale.format_error(code))
            return
        command = line.decode("ascii").strip()
        if command != "SIR":
            self._streaming = False
        ack = and_scale.ACK + and_scale.TERMINATOR
        if command in ("Q", "SI"):
            self._reply(self._frame())
        elif command == "S":
            self._when_stable(lambda: self._reply(self._frame(for_stable_request=True)))
        elif command == "SIR":
            self._streaming = True
        elif command == "C":
            self._pending = None
        elif command == "R":
            self._reply(ack)
            self._when_stable(self._zero_here)
        elif command == "T":
            self._reply(ack)
            self._when_stable(self._tare_here)
        elif command == "?ID":
            self._reply(b"ID," + self.model.encode("ascii") + and_scale.TERMINATOR)
        elif command == "?SN":
            self._reply(b"SN," + self.serial_number.encode("ascii") + and_scale.TERMINATOR)
        else:
            self._reply(and_scale.format_error("E01"))

    def _take_sbi_commands(self) -> None:
        while True:
            start = self._input.find(sbi.ESC)
            if start < 0:
                self._input.clear()
                return
            del self._input[:start]
            if len(self._input) < 2:
                return
            letter = self._input[1:2]
            if letter == b"x":
                if len(self._input) < 4:
                    return
                request = bytes(self._input[:4])
                del self._input[:4]
                if request == sbi.ASK_MODEL:
                    self._reply(f"{self.model:<14}".encode("ascii") + sbi.TERMINATOR)
                elif request == sbi.ASK_SERIAL_NUMBER:
                    self._reply(f"{self.serial_number:<14}".encode("ascii") + sbi.TERMINATOR)
                continue
            del self._input[:2]
            if letter == b"P":
                if self.sbi_auto_print:
                    self._streaming = not self._streaming
                else:
                    self._reply(self._frame())
            elif letter == b"T":
                self._when_stable(self._tare_or_zero)
            elif letter == b"U":
                self._when_stable(self._tare_here)
            elif letter == b"V":
                self._when_stable(self._zero_here)
