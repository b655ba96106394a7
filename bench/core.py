"""The shape of a benchmark figure and helpers to time code against a same-run baseline."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sync.server.keys import KEY_FILE_ENV


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its same-run baseline.

    ``ratio`` is value / baseline when both are in comparable units, else ``None``.
    ``target`` is a human-readable goal such as ``"ratio <= 1.5"``; ``met`` says whether it held.
    """

    name: str
    value: float
    unit: str
    baseline: float | None
    ratio: float | None
    target: str
    met: bool
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        """Return the figure as a JSON-ready mapping."""
        return asdict(self)


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    """Run ``function`` ``repeats`` times and return the median wall time in seconds."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def ratio_figure(
    name: str,
    value: float,
    baseline: float,
    unit: str,
    max_ratio: float,
    note: str = "",
) -> Figure:
    """Build a figure whose target is ``value / baseline <= max_ratio``."""
    ratio = value / baseline if baseline else float("inf")
    return Figure(
        name=name,
        value=value,
        unit=unit,
        baseline=baseline,
        ratio=ratio,
        target=f"ratio <= {max_ratio}",
        met=ratio <= max_ratio,
        note=note,
    )


def reported_figure(name: str, value: float, baseline: float, unit: str, note: str) -> Figure:
    """Build a figure with no target: reported beside its baseline, for what it explains."""
    return Figure(
        name=name,
        value=value,
        unit=unit,
        baseline=baseline,
        ratio=value / baseline if baseline else float("inf"),
        target="report",
        met=True,
        note=note,
    )


def results_folder() -> Path:
    """A new scratch folder under ``bench/results`` (on the real disk, not a RAM-backed /tmp)."""
    root = Path(__file__).resolve().parent / "results"
    root.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(dir=root))


@contextmanager
def server_bench_folder() -> Iterator[Path]:
    """A scratch folder (removed afterwards) that also holds the signing key of every dosing
    server started meanwhile: ``HAT_SERVER_KEY_FILE`` points into it, then is put back."""
    folder = results_folder()
    earlier_key_file = os.environ.get(KEY_FILE_ENV)
    os.environ[KEY_FILE_ENV] = str(folder / "server-signing-key.pem")
    try:
        yield folder
    finally:
        if earlier_key_file is None:
            os.environ.pop(KEY_FILE_ENV, None)
        else:
            os.environ[KEY_FILE_ENV] = earlier_key_file
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def served_by_dosing_server(db_url: str) -> Iterator[str]:
    """Run ``dosing-server serve`` as a child process (its own interpreter, like production)."""
    command = [str(Path(sys.executable).parent / "dosing-server"), "serve", "--db", db_url]
    process = subprocess.Popen(
        [*command, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    try:
        line = process.stdout.readline().decode().strip()
        yield line.removeprefix("listening on ")
    finally:
        process.terminate()
        process.wait(30)
