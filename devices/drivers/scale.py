"""Balance driver for MT-SICS, Sartorius SBI and A&D on a device worker: one command in flight.

Every public method returns a :class:`~concurrent.futures.Future` so the GUI thread never
waits on the port. Every fault arrives as a :class:`DeviceError` subclass whose ``str()`` is
one clear line: overload, underload, no stable weight, no answer, port busy, port gone.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from devices.acceptance import AcceptanceDecision, AcceptancePolicy, WeightConfirmation
from devices.drivers.worker import DeviceWorker
from devices.protocols import and_scale, mtsics, sbi
from devices.readings import (
    DeviceError,
    NoAnswer,
    NoStableWeight,
    ProtocolError,
    ScaleFault,
    ScaleOverload,
    ScaleProtocol,
    ScaleReading,
    ScaleUnderload,
    WeightStatus,
)
from devices.transport import LinePort, PortLocator, SerialSettings, TrafficCapture, open_port

_log = logging.getLogger("devices.scale")

T = TypeVar("T")

ReadingHandler = Callable[[ScaleReading], None]
ErrorHandler = Callable[[DeviceError], None]

DEFAULT_SETTINGS = {
    ScaleProtocol.MT_SICS: SerialSettings(9600, 8, "N", 1),
    ScaleProtocol.SBI: SerialSettings(9600, 8, "O", 1),
    ScaleProtocol.AND: SerialSettings(2400, 7, "E", 1),
}
"""Usual factory line settings; check the balance's own menu before relying on them.

MT-SICS 9600 8N1 is the common default of open drivers. SBI 9600 8O1 is the Entris II
default; the older CP series ships at 1200 baud 7O1 with a hardware handshake (CP manual,
"Factory settings"). A&D 2400 7E1 is *unconfirmed* as a factory default: an A&D function table
(``bps`` 600–19200, ``btpr`` 0 = 7 bits even, 1 = 7 bits odd, 2 = 8 bits none) shows both as
choices without a legible default mark, and two independent public drivers (A&D FX-i/FX-iN
and EW series) open 2400 7E1.
"""

OVERLOAD_MESSAGE = "scale overloaded: the load is above the balance's range; take it off"
UNDERLOAD_MESSAGE = "scale underloaded: the reading is below range; check the pan, then zero"


@dataclass(frozen=True)
class ScaleIdentity:
    """Who answered: protocol, model and serial number as the balance reports them."""

    protocol: ScaleProtocol
    model: str
    serial_number: str


def probe_scale(
    url: str,
    protocol: ScaleProtocol | str,
    settings: SerialSettings | None = None,
    deadline_s: float = 1.0,
) -> ScaleIdentity | None:
    """Ask whatever is on ``url`` to identify as a balance; ``None`` if nothing sensible answers.

    Only call this when a technician asks: opening a port can toggle DTR/RTS.
    """
    try:
        with ScaleDriver.open(url, protocol, settings, command_deadline_s=deadline_s) as scale:
            return scale.identify().result(timeout=deadline_s * 4 + 1)
    except (DeviceError, TimeoutError):
        return None


def unsettled_message(deadline_s: float, last: ScaleReading | None = None) -> str:
    """The balance answered but never settled: one line that says so (not a cable fault)."""
    seen = (
        f" (last reading {f'{last.value} {last.unit}'.strip()}, still moving)"
        if last is not None and last.value is not None
        else ""
    )
    return (
        f"the balance answered but gave no stable weight within {deadline_s:g} s{seen}: "
        "shield it from draughts and vibration, keep hands off the pan, then try again"
    )


def fault_for(reading: ScaleReading) -> DeviceError | None:
    """The error a reading stands for (overload, underload, hardware fault), if any."""
    if reading.status is WeightStatus.OVERLOAD:
        return ScaleOverload(OVERLOAD_MESSAGE)
    if reading.status is WeightStatus.UNDERLOAD:
        return ScaleUnderload(UNDERLOAD_MESSAGE)
    if reading.status is WeightStatus.ERROR:
        return ScaleFault(f"scale reports a fault instead of a weight: {reading.detail}")
    return None


class ScaleDriver:
    """One balance behind one port, owned by one :class:`DeviceWorker` thread."""

    def __init__(
        self,
        port: LinePort,
        protocol: ScaleProtocol | str,
        *,
        name: str = "scale",
        command_deadline_s: float = 2.0,
        on_power_cycle: Callable[[], None] | None = None,
        on_error: ErrorHandler | None = None,
        sbi_poll_interval_s: float = 0.05,
        reset_on_open: bool = True,
    ) -> None:
        """Wrap an open port; the worker thread starts at once.

        With ``reset_on_open`` an MT-SICS balance gets ``@`` before the first command (as
        after a power cycle); note that ``@`` also clears the balance's tare memory.
        """
        self.protocol = ScaleProtocol(protocol)
        self.command_deadline_s = command_deadline_s
        self.on_power_cycle = on_power_cycle
        self.on_error = on_error
        self.sbi_poll_interval_s = sbi_poll_interval_s
        self._needs_reset = reset_on_open and self.protocol is ScaleProtocol.MT_SICS
        self._stream_handler: ReadingHandler | None = None
        self.worker = DeviceWorker(
            port,
            name=name,
            on_line=self._on_unsolicited_line,
            on_error=self._on_worker_error,
            max_line_length=mtsics.MAX_LINE_LENGTH,  # also far above SBI and A&D frames
        ).start()
        if self.protocol is ScaleProtocol.MT_SICS:
            self.worker.set_listening(True)  # hear an unsolicited I4 after a power cycle

    @classmethod
    def open(
        cls,
        url: str,
        protocol: ScaleProtocol | str,
        settings: SerialSettings | None = None,
        *,
        exclusive: bool = True,
        capture: TrafficCapture | None = None,
        locator: PortLocator | None = None,
        **options: object,
    ) -> ScaleDriver:
        """Open ``url`` with the protocol's usual settings unless ``settings`` are given."""
        chosen = ScaleProtocol(protocol)
        port = open_port(
            url,
            settings if settings is not None else DEFAULT_SETTINGS[chosen],
            exclusive=exclusive,
            capture=capture,
            locator=locator,
        )
        return cls(port, chosen, **options)  # type: ignore[arg-type]

    def close(self) -> None:
        """Stop the worker and close the port."""
        self.worker.stop()

    def __enter__(self) -> ScaleDriver:
        """Use the driver in a ``with`` block that closes it."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the driver."""
        self.close()

    # -- public API (any thread; returns futures) ----------------------------------------

    def identify(self) -> Future[ScaleIdentity]:
        """Ask for model and serial number."""
        return self._submit(self._identify)

    def read_weight(self) -> Future[ScaleReading]:
        """The weight now, stable or dynamic (MT-SICS ``SI``, A&D ``Q``, SBI ``ESC P``)."""
        return self._submit(self._read_weight_now)

    def read_stable(self, deadline_s: float = 5.0) -> Future[ScaleReading]:
        """A stable weight before the deadline, else :class:`NoStableWeight`."""
        return self._submit(lambda port: self._read_stable(port, deadline_s))

    def read_accepted(
        self, policy: AcceptancePolicy | None = None, deadline_s: float = 10.0
    ) -> Future[AcceptanceDecision]:
        """Stream readings until the acceptance policy accepts one; else NoStableWeight."""
        return self._submit(lambda port: self._read_accepted(port, policy, deadline_s))

    def zero(self) -> Future[None]:
        """Zero the balance (it waits for a stable weight first)."""
        return self._submit(self._zero)

    def tare(self) -> Future[Decimal | None]:
        """Tare; MT-SICS returns the tare value, the others ``None``."""
        return self._submit(self._tare)

    def clear_tare(self) -> Future[None]:
        """Clear the tare memory (MT-SICS only; others: tare with an empty pan)."""
        return self._submit(self._clear_tare)

    def zero_for_check(self) -> Future[None]:
        """Before a reference-weight check, with the pan empty: clear any tare, then zero.

        A tare left set by the last syringe would take its mass off the reference weight
        (100 g read as 88.20 g). MT-SICS clears the tare memory (``TAC``) and zeroes (``Z``);
        SBI and A&D have no clear-tare command, and zeroing the empty pan resets the display.
        """
        return self._submit(self._zero_for_check)

    def start_streaming(self, handler: ReadingHandler) -> Future[None]:
        """Have the balance send readings continuously into ``handler`` (worker thread)."""
        return self._submit(lambda port: self._start_streaming(port, handler), resume=False)

    def stop_streaming(self) -> Future[None]:
        """Stop the continuous readings."""
        return self._submit(self._stop_streaming, resume=False)

    def reset(self) -> Future[None]:
        """MT-SICS ``@``: cancel everything pending and read the serial number."""
        return self._submit(self._reset)

    def reconnect(self, deadline_s: float = 5.0) -> Future[None]:
        """Find the balance again after an unplug and reopen it."""

        def job(port: LinePort) -> None:
            self._stream_handler = None
            port.reconnect(deadline_s)
            self._needs_reset = self.protocol is ScaleProtocol.MT_SICS
            if self.protocol is ScaleProtocol.MT_SICS:
                self.worker.set_listening(True)

        return self.worker.submit(job)

    @property
    def streaming(self) -> bool:
        """True while readings flow into a stream handler."""
        return self._stream_handler is not None

    # -- owner thread: plumbing ----------------------------------------------------------

    def _submit(self, job: Callable[[LinePort], T], *, resume: bool = True) -> Future[T]:
        def run(port: LinePort) -> T:
            self.worker.assert_owner_thread()
            handler = self._stream_handler
            if handler is not None:
                self._stop_streaming(port)
            try:
                if self._needs_reset:
                    self._reset(port)
                return job(port)
            finally:
                if resume and handler is not None and self._stream_handler is None:
                    try:
                        self._start_streaming(port, handler)
                    except DeviceError as error:
                        _log.warning("could not resume streaming: %s", error)

        return self.worker.submit(run)

    def _on_worker_error(self, error: DeviceError) -> None:
        self._stream_handler = None
        if self.on_error is not None:
            self.on_error(error)

    def _on_unsolicited_line(self, line: bytes) -> None:
        received_at = time.monotonic()
        try:
            parsed = self._parse(line, received_at)
        except ProtocolError as error:
            _log.debug("ignored line: %s", error)
            return
        if isinstance(parsed, mtsics.MtSicsReply):
            self._note_reply_outside_command(parsed)
            return
        if isinstance(parsed, ScaleReading) and self._stream_handler is not None:
            self._stream_handler(parsed)

    def _note_reply_outside_command(self, reply: mtsics.MtSicsReply) -> bool:
        if reply.command == "I4" and reply.status == "A":
            _log.info("balance announced itself (power cycle): will reset before next command")
            self._needs_reset = True
            if self.on_power_cycle is not None:
                self.on_power_cycle()
            return True
        return False

    def _parse(
        self, line: bytes, received_at: float
    ) -> ScaleReading | mtsics.MtSicsReply | and_scale.AndReply:
        if self.protocol is ScaleProtocol.MT_SICS:
            return mtsics.parse_line(line, received_at)
        if self.protocol is ScaleProtocol.AND:
            return and_scale.parse_line(line, received_at)
        return sbi.parse_line(line, received_at)

    def _next(
        self, port: LinePort, ends_at: float
    ) -> ScaleReading | mtsics.MtSicsReply | and_scale.AndReply:
        """Next parseable line before ``ends_at``; garbage lines are skipped, not parsed."""
        while True:
            remaining = ends_at - time.monotonic()
            if remaining <= 0:
                raise NoAnswer(f"scale did not answer on {port.url} (check cable, baud, protocol)")
            line = port.try_read_line(max_length=mtsics.MAX_LINE_LENGTH, deadline_s=remaining)
            if line is None:
                continue
            try:
                return self._parse(line, time.monotonic())
            except ProtocolError as error:
                _log.debug("skipped line: %s", error)

    def _mtsics(self, port: LinePort, command: bytes, reply_id: str, deadline_s: float) -> object:
        """Send an MT-SICS command and return its reply (a reading for the ``S`` family)."""
        port.write(command)
        ends_at = time.monotonic() + deadline_s
        while True:
            parsed = self._next(port, ends_at)
            if isinstance(parsed, ScaleReading):
                if reply_id == "S":
                    return parsed
                continue  # a streamed frame still in flight
            if isinstance(parsed, and_scale.AndReply):
                continue
            if parsed.is_general_error:
                raise ScaleFault(f"scale refused {command.strip().decode()}: {parsed.describe()}")
            if parsed.command == reply_id:
                if parsed.status == "B":
                    continue
                return parsed
            if reply_id != "I4" and self._note_reply_outside_command(parsed):
                self._needs_reset = False
                self._reset(port)
                port.write(command)
                ends_at = time.monotonic() + deadline_s

    def _mtsics_reply(
        self, port: LinePort, command: str, *arguments: str, deadline_s: float | None = None
    ) -> mtsics.MtSicsReply:
        reply_id = "I4" if command == "@" else command
        result = self._mtsics(
            port,
            mtsics.format_command(command, *arguments),
            reply_id,
            deadline_s if deadline_s is not None else self.command_deadline_s,
        )
        assert isinstance(result, mtsics.MtSicsReply)
        return result

    def _and(self, port: LinePort, command: str, deadline_s: float | None = None) -> object:
        port.write(and_scale.format_command(command))
        ends_at = time.monotonic() + (deadline_s or self.command_deadline_s)
        while True:
            parsed = self._next(port, ends_at)
            if isinstance(parsed, and_scale.AndReply) and parsed.kind == "error":
                if parsed.text == "E11":
                    raise NoStableWeight("no stable weight: the balance reports a stability error")
                raise ScaleFault(f"scale refused {command}: {parsed.describe()}")
            return parsed

    # -- owner thread: commands ----------------------------------------------------------

    def _reset(self, port: LinePort) -> None:
        if self.protocol is ScaleProtocol.MT_SICS:
            port.discard_input()
            self._mtsics_reply(port, "@")
        self._needs_reset = False

    def _identify(self, port: LinePort) -> ScaleIdentity:
        if self.protocol is ScaleProtocol.MT_SICS:
            model = self._mtsics_reply(port, "I2")
            serial_number = self._mtsics_reply(port, "I4")
            return ScaleIdentity(
                self.protocol,
                " ".join(model.text_arguments),
                " ".join(serial_number.text_arguments),
            )
        if self.protocol is ScaleProtocol.AND:
            model_reply = self._and(port, "?ID")
            serial_reply = self._and(port, "?SN")
            if not isinstance(model_reply, and_scale.AndReply) or not isinstance(
                serial_reply, and_scale.AndReply
            ):
                raise ProtocolError("scale answered the identity request with a weight")
            return ScaleIdentity(self.protocol, model_reply.text, serial_reply.text)
        return ScaleIdentity(
            self.protocol,
            self._sbi_text(port, sbi.ASK_MODEL),
            self._sbi_text(port, sbi.ASK_SERIAL_NUMBER),
        )

    def _sbi_text(self, port: LinePort, command: bytes) -> str:
        port.write(command)
        line = port.read_line(deadline_s=self.command_deadline_s)
        return sbi.parse_text_reply(line)

    def _sbi_print(self, port: LinePort, deadline_s: float) -> ScaleReading:
        port.write(sbi.PRINT)
        ends_at = time.monotonic() + deadline_s
        parsed = self._next(port, ends_at)
        assert isinstance(parsed, ScaleReading)
        return parsed

    def _read_weight_now(self, port: LinePort) -> ScaleReading:
        reading = self._raw_weight_now(port)
        fault = fault_for(reading)
        if fault is not None:
            raise fault
        return reading

    def _raw_weight_now(self, port: LinePort) -> ScaleReading:
        if self.protocol is ScaleProtocol.MT_SICS:
            result = self._mtsics(port, mtsics.format_command("SI"), "S", self.command_deadline_s)
        elif self.protocol is ScaleProtocol.AND:
            result = self._and(port, "Q")
        else:
            result = self._sbi_print(port, self.command_deadline_s)
        if not isinstance(result, ScaleReading):
            raise ProtocolError(f"scale answered with {result!r} instead of a weight")
        return result

    def _read_stable(self, port: LinePort, deadline_s: float) -> ScaleReading:
        ends_at = time.monotonic() + deadline_s
        pause = threading.Event()
        answered = False
        last: ScaleReading | None = None
        while True:
            remaining = ends_at - time.monotonic()
            if remaining <= 0:
                raise NoStableWeight(unsettled_message(deadline_s, last))
            try:
                if self.protocol is ScaleProtocol.MT_SICS:
                    result = self._mtsics(port, mtsics.format_command("S"), "S", remaining + 0.5)
                    answered = True
                    if isinstance(result, mtsics.MtSicsReply):  # S I: the balance's own timeout
                        if result.status == "I":
                            continue
                        raise ScaleFault(f"scale refused S: {result.describe()}")
                elif self.protocol is ScaleProtocol.AND:
                    try:
                        result = self._and(port, "S", remaining + 0.5)
                    except NoStableWeight:
                        answered = True
                        continue
                    answered = True
                else:
                    result = self._sbi_print(port, min(remaining, self.command_deadline_s))
                    answered = True
            except NoAnswer:
                # A balance holding a stable-weight request until it settles says nothing:
                # ask for the weight now to tell a draught from a dead line.
                answer = self._answer_now(port) if not answered else None
                if answered or answer is not None:
                    last = answer if isinstance(answer, ScaleReading) else last
                    if time.monotonic() < ends_at:
                        answered = True
                        continue  # the deadline fell while a reply was on its way
                    raise NoStableWeight(unsettled_message(deadline_s, last)) from None
                raise
            if not isinstance(result, ScaleReading):
                raise ProtocolError(f"scale answered with {result!r} instead of a weight")
            fault = fault_for(result)
            if fault is not None:
                raise fault
            if result.is_stable:
                return result
            last = result
            pause.wait(min(self.sbi_poll_interval_s, max(0.0, ends_at - time.monotonic())))

    def _answer_now(self, port: LinePort) -> ScaleReading | DeviceError | None:
        """The balance's answer to a request for the weight now; ``None`` if it is silent."""
        try:
            return self._raw_weight_now(port)
        except NoAnswer:
            return None
        except DeviceError as error:
            return error  # a refusal or a fault is an answer: the line works

    def _read_accepted(
        self, port: LinePort, policy: AcceptancePolicy | None, deadline_s: float
    ) -> AcceptanceDecision:
        confirmation = WeightConfirmation(policy)
        ends_at = time.monotonic() + deadline_s
        streaming = self.protocol is not ScaleProtocol.SBI
        decision: AcceptanceDecision | None = None
        pause = threading.Event()
        if streaming:
            self._send_stream_start(port)
        try:
            while True:
                if streaming:
                    parsed = self._next(port, ends_at)
                    if not isinstance(parsed, ScaleReading):
                        continue
                    reading = parsed
                else:
                    if time.monotonic() >= ends_at:
                        raise NoAnswer("scale did not answer")
                    reading = self._sbi_print(port, ends_at - time.monotonic())
                    pause.wait(self.sbi_poll_interval_s)
                fault = fault_for(reading)
                if fault is not None:
                    raise fault
                decision = confirmation.offer(reading)
                if decision.is_accepted:
                    return dataclasses.replace(decision, decided_at=time.monotonic())
        except NoAnswer:
            if decision is None:
                raise NoAnswer(
                    f"scale sent no reading within {deadline_s:g} s on {port.url} "
                    "(check cable, baud, protocol)"
                ) from None
            raise NoStableWeight(
                f"the balance answered but no stable weight was accepted within {deadline_s:g} s"
                f": {decision.sentence}"
            ) from None
        finally:
            if streaming:
                self._send_stream_stop(port)

    def _zero(self, port: LinePort) -> None:
        if self.protocol is ScaleProtocol.MT_SICS:
            reply = self._mtsics_reply(port, "Z", deadline_s=self.command_deadline_s + 5)
            self._check_command_status(reply, "zero")
        elif self.protocol is ScaleProtocol.AND:
            self._and(port, "R")
        else:
            port.write(sbi.ZERO)

    def _tare(self, port: LinePort) -> Decimal | None:
        if self.protocol is ScaleProtocol.MT_SICS:
            reply = self._mtsics_reply(port, "T", deadline_s=self.command_deadline_s + 5)
            self._check_command_status(reply, "tare")
            return mtsics.reply_weight(reply)[0]
        if self.protocol is ScaleProtocol.AND:
            self._and(port, "T")
            return None
        port.write(sbi.TARE)
        return None

    def _clear_tare(self, port: LinePort) -> None:
        if self.protocol is not ScaleProtocol.MT_SICS:
            raise ScaleFault(
                f"clear tare is not a {self.protocol.value} command: tare with an empty pan"
            )
        reply = self._mtsics_reply(port, "TAC")
        self._check_command_status(reply, "clear tare")

    def _zero_for_check(self, port: LinePort) -> None:
        if self.protocol is ScaleProtocol.MT_SICS:
            self._clear_tare(port)
        self._zero(port)
        # SBI and A&D do not say when the zero is done: wait for the empty pan to read 0.
        ends_at = time.monotonic() + self.command_deadline_s + 5
        pause = threading.Event()
        while True:
            reading = self._read_stable(port, max(0.5, ends_at - time.monotonic()))
            if reading.value is not None and reading.value == 0:
                return
            if time.monotonic() >= ends_at:
                raise ScaleFault(
                    f"the pan reads {reading.value} {reading.unit} after zeroing, not 0: "
                    "take everything off the pan, then zero for the check again"
                )
            pause.wait(self.sbi_poll_interval_s)

    @staticmethod
    def _check_command_status(reply: mtsics.MtSicsReply, action: str) -> None:
        if reply.status in ("A", "S", "D"):
            return
        if reply.status == "+":
            raise ScaleOverload(f"cannot {action}: {OVERLOAD_MESSAGE}")
        if reply.status == "-":
            raise ScaleUnderload(f"cannot {action}: {UNDERLOAD_MESSAGE}")
        if reply.status == "I":
            raise NoStableWeight(f"cannot {action}: no stable weight (or the balance is busy)")
        raise ScaleFault(f"cannot {action}: {reply.describe()}")

    # -- owner thread: streaming ---------------------------------------------------------

    def _send_stream_start(self, port: LinePort) -> None:
        if self.protocol is ScaleProtocol.MT_SICS:
            port.write(mtsics.format_command("SIR"))
        elif self.protocol is ScaleProtocol.AND:
            port.write(and_scale.format_command("SIR"))
        else:
            port.write(sbi.PRINT)  # toggles automatic output (balance set to auto print)

    def _send_stream_stop(self, port: LinePort) -> None:
        if self.protocol is ScaleProtocol.MT_SICS:
            port.write(mtsics.format_command("SI"))
        elif self.protocol is ScaleProtocol.AND:
            port.write(and_scale.format_command("C"))
        else:
            port.write(sbi.PRINT)
        self._drain(port)

    def _drain(self, port: LinePort, quiet_s: float = 0.15, limit_s: float = 2.0) -> None:
        """Read and drop lines until the balance has been quiet for ``quiet_s``."""
        ends_at = time.monotonic() + limit_s
        while port.try_read_line(deadline_s=quiet_s) is not None:
            if time.monotonic() > ends_at:
                raise ScaleFault("scale did not stop sending readings")

    def _start_streaming(self, port: LinePort, handler: ReadingHandler) -> None:
        self._send_stream_start(port)
        self._stream_handler = handler
        self.worker.set_listening(True)

    def _stop_streaming(self, port: LinePort) -> None:
        if self._stream_handler is None:
            return
        self._stream_handler = None
        self.worker.set_listening(self.protocol is ScaleProtocol.MT_SICS)
        self._send_stream_stop(port)
