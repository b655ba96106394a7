"""The guided tour: the real window, offscreen, through one visit on the simulators."""

from __future__ import annotations

from pathlib import Path


def run_tour(tour_dir: Path, patients: int = 12) -> int:
    """Drive the window through a visit, a screenshot per step in ``tour_dir``; 0 when all went well."""
    raise NotImplementedError("the tour is being written")
