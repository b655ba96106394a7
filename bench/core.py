"""The shape of a benchmark figure, its verdict, and helpers to time code beside a baseline."""

from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from sync.server.keys import KEY_FILE_ENV

REPORT = "report"
"""The target of a figure that is only reported (beside its baseline, for what it explains)."""


class State(Enum):
    """What a figure's run showed about its target."""

    MET = "met"
    NOT_MET = "NOT MET"
    NOT_MEASURED = "NOT MEASURED"
    REPORT = "report"


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its same-run baseline.

    ``ratio`` is value / baseline when both are in comparable units, else ``None``.
    ``target`` is a human-readable goal such as ``"ratio <= 1.5"``, or ``"report"`` for a
    figure reported without one. ``met`` says whether the target held: ``None`` for a report
    and for a figure that could not be measured (``measured`` False, ``value`` None; the note
    says why). Build figures with :func:`ratio_figure`, :func:`target_figure`,
    :func:`reported_figure` and :func:`unmeasured_figure`, which compute ``met``.
    """

    name: str
    value: float | None
    unit: str
    baseline: float | None
    ratio: float | None
    target: str
    met: bool | None
    note: str = ""
    measured: bool = True
    module: str = ""

    def __post_init__(self) -> None:
        if not self.measured:
            if self.met is not None or self.value is not None:
                raise ValueError(f"{self.name}: a figure not measured has no value and no verdict")
        elif self.value is None or not math.isfinite(self.value):
            raise ValueError(f"{self.name}: a measured figure needs a finite value")
        elif self.target == REPORT:
            if self.met is not None:
                raise ValueError(f"{self.name}: a reported figure has no verdict (met is None)")
        elif self.met is None:
            raise ValueError(f"{self.name}: a figure with a target needs its verdict")

    @property
    def state(self) -> State:
        """Met, not met, not measured, or only reported."""
        if not self.measured:
            return State.NOT_MEASURED
        if self.met is None:
            return State.REPORT
        return State.MET if self.met else State.NOT_MET

    def as_json(self) -> dict[str, Any]:
        """Return the figure as a JSON-ready mapping (with its ``state``; an infinite ratio,
        which JSON cannot hold, as null)."""
        fields = {
            key: None if isinstance(value, float) and not math.isfinite(value) else value
            for key, value in asdict(self).items()
        }
        return {**fields, "state": self.state.value}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        """The figure :meth:`as_json` wrote (its ``state`` is recomputed, not read)."""
        names = cls.__dataclass_fields__
        return cls(**{key: value for key, value in data.items() if key in names})


def _ratio(value: float, baseline: float | None) -> float | None:
    if baseline is None:
        return None
    return value / baseline if baseline else math.inf


def ratio_figure(
    name: str,
    value: float,
    baseline: float,
    unit: str,
    max_ratio: float,
    note: str = "",
) -> Figure:
    """A figure whose target is ``value / baseline <= max_ratio``."""
    ratio = value / baseline if baseline else math.inf
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


def target_figure(
    name: str,
    value: float,
    unit: str,
    baseline: float | None,
    target: str,
    check: Callable[[float], bool],
    note: str = "",
) -> Figure:
    """A figure whose target ``target`` (its words) holds when ``check(value)`` does."""
    return Figure(
        name=name,
        value=value,
        unit=unit,
        baseline=baseline,
        ratio=_ratio(value, baseline),
        target=target,
        met=bool(check(value)),
        note=note,
    )


def reported_figure(
    name: str, value: float, baseline: float | None, unit: str, note: str
) -> Figure:
    """A figure with no target: reported beside its baseline, for what it explains."""
    return Figure(
        name=name,
        value=value,
        unit=unit,
        baseline=baseline,
        ratio=_ratio(value, baseline),
        target=REPORT,
        met=None,
        note=note,
    )


def unmeasured_figure(name: str, unit: str, target: str, why: str) -> Figure:
    """A figure that could not be measured in this run; ``why`` says what was missing."""
    return Figure(
        name=name,
        value=None,
        unit=unit,
        baseline=None,
        ratio=None,
        target=target,
        met=None,
        note=f"not measured: {why}",
        measured=False,
    )


def failures(figures: Sequence[Figure], may_skip: Sequence[str] = ()) -> list[Figure]:
    """The figures that fail a run: every target missed, and every figure not measured unless
    its name contains one of ``may_skip`` (case-insensitive), as told on the command line."""
    skippable = [pattern.lower() for pattern in may_skip]
    return [
        figure
        for figure in figures
        if figure.state is State.NOT_MET
        or (
            figure.state is State.NOT_MEASURED
            and not any(pattern in figure.name.lower() for pattern in skippable)
        )
    ]


def exit_status(figures: Sequence[Figure], may_skip: Sequence[str] = ()) -> int:
    """0 when every target was met and every figure measured (or allowed to go unmeasured)."""
    return 1 if failures(figures, may_skip) or not figures else 0


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    """Run ``function`` ``repeats`` times and return the median wall time in seconds."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def interleaved_medians(functions: Sequence[Callable[[], object]], repeats: int) -> list[float]:
    """Run each of ``functions`` in turn, ``repeats`` rounds; the median seconds of each.

    A figure and its baseline timed this way meet the same load from other jobs on the machine.
    """
    samples: list[list[float]] = [[] for _ in functions]
    for _ in range(repeats):
        for function, taken in zip(functions, samples, strict=True):
            started = time.perf_counter()
            function()
            taken.append(time.perf_counter() - started)
    return [statistics.median(taken) for taken in samples]


def results_folder(prefix: str = "") -> Path:
    """A new scratch folder under ``bench/results`` (on the real disk, not a RAM-backed /tmp):
    fsync must cost here what it costs on a station."""
    root = Path(__file__).resolve().parent / "results"
    root.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=root))


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
        if not line.startswith("listening on "):
            raise RuntimeError(f"the dosing server did not start (it said {line!r})")
        yield line.removeprefix("listening on ")
    finally:
        process.terminate()
        process.wait(30)
