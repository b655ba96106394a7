"""Rewrite the README's figures table from a ``python -m bench --json`` run, and nothing else."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench.core import Figure, State, exit_status

TABLE_START = "<!-- bench-table:start (python -m bench.readme writes this part) -->"
TABLE_END = "<!-- bench-table:end -->"

_STATE_WORDS = {
    State.MET: "yes",
    State.NOT_MET: "**no**",
    State.NOT_MEASURED: "**not measured**",
    State.REPORT: "–",
}


def _number(value: float | None) -> str:
    """A figure's number, three significant digits (more before the point), with separators."""
    if value is None or not math.isfinite(value):
        return "–"
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    digits = max(0, 2 - math.floor(math.log10(abs(value))))
    return f"{value:,.{digits}f}"


def _cell(text: str) -> str:
    """Text made safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ").strip()


def table(figures: Sequence[Figure]) -> list[str]:
    """The figures as Markdown table lines, in the order the bench ran them."""
    lines = [
        "| figure (bench module) | value | same-run baseline | ratio | target | met | how |",
        "|---|---|---|---|---|---|---|",
    ]
    for figure in figures:
        unit = f" {figure.unit}" if figure.unit and figure.unit != "-" else ""
        value = "–" if figure.value is None else f"{_number(figure.value)}{unit}"
        baseline = "–" if figure.baseline is None else f"{_number(figure.baseline)}{unit}"
        module = f" (`{figure.module}`)" if figure.module else ""
        cells = [
            f"{figure.name}{module}",
            value,
            baseline,
            _number(figure.ratio),
            figure.target,
            _STATE_WORDS[figure.state],
            figure.note,
        ]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return lines


def section(figures: Sequence[Figure], seconds: float | None, when: datetime) -> list[str]:
    """What goes between the markers: where the figures come from, then the table."""
    status = exit_status(figures)
    counts = {state: sum(1 for f in figures if f.state is state) for state in State}
    took = f" in {seconds / 60:.1f} min" if seconds is not None else ""
    summary = ", ".join(f"{counts[state]} {_plain(state)}" for state in State if counts[state])
    return [
        TABLE_START,
        "",
        f"Written by `python -m bench.readme` from a full `python -m bench --json` run on "
        f"{when:%Y-%m-%d} ({platform.machine()}, {os.cpu_count() or 1} cores shared with "
        f"other jobs){took}: {len(figures)} figures, {summary}; exit status {status}. "
        "`python -m bench` exits 1 when a figure misses its target or could not be measured "
        "(`--skip TEXT` lets figures whose name holds TEXT go unmeasured); a report has no "
        "target. The ratio is value / baseline, every baseline measured in the same run. To "
        "renew this table: `python -m bench --json > results.json` then "
        "`python -m bench.readme results.json --seconds <the run's wall time>`.",
        "",
        *table(figures),
        "",
        TABLE_END,
    ]


def _plain(state: State) -> str:
    return {
        State.MET: "met",
        State.NOT_MET: "not met",
        State.NOT_MEASURED: "not measured",
        State.REPORT: "reported without a target",
    }[state]


def rewrite(text: str, lines: Sequence[str]) -> str:
    """``text`` with the region between the markers (markers included) replaced by ``lines``."""
    start = text.find(TABLE_START)
    end = text.find(TABLE_END)
    if start < 0 or end < start:
        raise ValueError("the README has no bench-table markers (or they are out of order)")
    line_start = text.rfind("\n", 0, start) + 1
    end_of_marker = end + len(TABLE_END)
    return text[:line_start] + "\n".join(lines) + text[end_of_marker:]


def main(argv: list[str] | None = None) -> int:
    """Read the JSON figures and rewrite the README's table.

    ``python -m bench --json > results.json`` then ``python -m bench.readme results.json``:
    only the lines from ``TABLE_START`` to ``TABLE_END`` change, and the README is read right
    before it is written.
    """
    parser = argparse.ArgumentParser(
        prog="python -m bench.readme",
        description="Rewrite the README's figures table (between its bench-table markers) from "
        "the output of python -m bench --json.",
    )
    parser.add_argument("results", type=Path, help="the output of python -m bench --json")
    parser.add_argument("--readme", type=Path, default=Path("README.md"))
    parser.add_argument("--seconds", type=float, help="the run's wall time, said above the table")
    arguments = parser.parse_args(argv)
    figures = [Figure.from_json(item) for item in json.loads(arguments.results.read_text("utf-8"))]
    when = datetime.fromtimestamp(arguments.results.stat().st_mtime, UTC)
    lines = section(figures, arguments.seconds, when)
    text = arguments.readme.read_text("utf-8")  # read right before it is written
    arguments.readme.write_text(rewrite(text, lines), "utf-8")
    print(f"{arguments.readme}: {len(figures)} figures written between the markers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
