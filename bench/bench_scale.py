"""Scale benchmarks: time from "balance stable" to an accepted weight, and CPU while streaming."""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from bench.core import Figure, ratio_figure, target_figure, unmeasured_figure
from devices.acceptance import AcceptancePolicy
from devices.drivers.scale import ScaleDriver
from devices.readings import ScaleReading
from devices.sim.scale import SimulatedScale

if TYPE_CHECKING:
    from bench.shared import SharedBuilds

UPDATE_PERIOD_S = 1 / 18  # a typical MT-SICS balance: 18 values per second
CONFIRMATIONS = 3
STREAM_RATE_PER_S = 20


def _stable_to_accepted(trials: int) -> Figure:
    """Median seconds from the balance's first stable value to the driver's acceptance."""
    latencies: list[float] = []
    with (
        SimulatedScale(
            "bench-scale-latency",
            "mt-sics",
            seed=1,
            update_period_s=UPDATE_PERIOD_S,
            settle_time_s=0.25,
        ) as sim,
        ScaleDriver.open(sim.url, "mt-sics") as scale,
    ):
        policy = AcceptancePolicy(confirmations=CONFIRMATIONS)
        for trial in range(trials):
            sim.place_mass(Decimal("2.00") + Decimal(trial) / 100).result(timeout=5)
            decision = scale.read_accepted(policy, 10.0).result(timeout=20)
            if not decision.is_accepted or decision.accepted is None:
                raise RuntimeError(f"trial {trial}: no weight was accepted ({decision.reason})")
            placed = Decimal("2.00") + Decimal(trial) / 100
            weight = decision.accepted.value
            if weight is None or abs(weight - placed) > Decimal("0.005"):
                raise RuntimeError(f"trial {trial}: the accepted weight is not the one placed")
            assert decision.decided_at is not None and sim.became_stable_at is not None
            latencies.append(decision.decided_at - sim.became_stable_at)
    window = (CONFIRMATIONS - 1) * UPDATE_PERIOD_S
    allowed_periods = (CONFIRMATIONS - 1) + 1.5
    return ratio_figure(
        "scale: balance stable -> accepted weight (median)",
        statistics.median(latencies),
        UPDATE_PERIOD_S,
        "s",
        allowed_periods,
        note=(
            f"baseline = one update period; {CONFIRMATIONS} confirmations = "
            f"{window * 1000:.0f} ms window; median of {trials} trials (20 until the full run "
            f"had to fit in 8 minutes), their max {max(latencies) * 1000:.0f} ms; includes "
            "9600-baud wire time"
        ),
    )


def _cpu_seconds_over(wall_s: float) -> float:
    started_cpu = time.process_time()
    threading.Event().wait(wall_s)
    return time.process_time() - started_cpu


def _idle_cpu_seconds(wall_s: float) -> float:
    """This process's CPU seconds over ``wall_s`` with a thread waiting and nothing streaming."""
    stop = threading.Event()
    idle = threading.Thread(target=stop.wait)
    idle.start()
    try:
        return _cpu_seconds_over(wall_s)
    finally:
        stop.set()
        idle.join()


def _simulator_process() -> tuple[subprocess.Popen[bytes], str] | None:
    if sys.platform == "win32":
        return None
    command = Path(sys.executable).with_name("dosing-station")
    process = subprocess.Popen(
        [
            str(command),
            "devices",
            "simulate",
            "scale",
            "--rate",
            str(STREAM_RATE_PER_S),
            "--mass",
            "2.40",
            "--seed",
            "1",
            "--seconds",
            "60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    path = process.stdout.readline().decode().strip()
    return process, path


MIN_RECEIVED_SHARE = 0.9
"""A streaming figure counts only if at least this share of the readings sent arrived."""


def _streaming_cpu(wall_s: float) -> Figure:
    """CPU share of one core used by the station side of a scale streaming 20 values/s.

    The readings that arrive while the CPU is counted are counted too: with none the figure is
    not measured (an idle driver costs nothing), and with fewer than 90 % of those sent it
    misses its target. The idle baseline is taken just before and just after (their mean).
    """
    name = f"scale: CPU while streaming {STREAM_RATE_PER_S} readings/s"
    target = f"value < 2 % of one core, >= {MIN_RECEIVED_SHARE:.0%} of the readings received"
    received: list[ScaleReading] = []
    idle_s = wall_s / 2  # an idle thread's CPU is near nothing: half the time is enough
    idle_before_s = _idle_cpu_seconds(idle_s)
    spawned = _simulator_process()
    in_process: SimulatedScale | None = None
    if spawned is None:  # no pseudo-terminals: simulator in this process (counts against us)
        in_process = SimulatedScale(
            "bench-scale-cpu", "mt-sics", update_period_s=1 / STREAM_RATE_PER_S
        )
        in_process.start()
        url = in_process.url
    else:
        url = spawned[1]
    try:
        with ScaleDriver.open(url, "mt-sics") as scale:
            scale.start_streaming(received.append).result(timeout=10)
            threading.Event().wait(0.5)  # let the stream reach its steady rate
            before = len(received)
            cpu_s = _cpu_seconds_over(wall_s)
            counted = len(received) - before
            scale.stop_streaming().result(timeout=10)
    finally:
        if spawned is not None:
            spawned[0].terminate()
            spawned[0].wait(timeout=10)
        if in_process is not None:
            in_process.stop()
    idle_after_s = _idle_cpu_seconds(idle_s)
    if counted == 0:
        return unmeasured_figure(
            name, "% core", target, f"no reading arrived in {wall_s:g} s of streaming"
        )
    share = counted / (STREAM_RATE_PER_S * wall_s)
    value = 100 * cpu_s / wall_s
    baseline = 100 * (idle_before_s + idle_after_s) / 2 / idle_s
    return target_figure(
        name,
        value,
        "% core",
        baseline,
        target,
        lambda v: v < 2.0 and share >= MIN_RECEIVED_SHARE,
        note=(
            f"{counted} readings received over {wall_s:g} s ({share:.0%} of those sent); "
            f"baseline = an idle thread over {idle_s:g} s just before and just after (their "
            "mean); "
            + ("simulator in a separate process on a pty" if spawned else "simulator in-process")
        ),
    )


def run(quick: bool, shared: SharedBuilds) -> list[Figure]:
    """Both scale figures; ``quick`` keeps the run under about ten seconds."""
    return [
        _stable_to_accepted(trials=5 if quick else 12),
        _streaming_cpu(wall_s=2.0 if quick else 4.0),
    ]
