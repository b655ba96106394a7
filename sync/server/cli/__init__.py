"""The ``dosing-server`` command line: serve, enroll stations, import data, cards, incidents.

``main`` is the click group (the ``dosing-server`` entry point); each command group lives in a
module of its own here and registers itself on ``main`` when imported.
"""

from __future__ import annotations

from sync.server.cli import records, stations
from sync.server.cli.common import db_url, default_db_url, main
from sync.server.cli.serve import run_server, serve

__all__ = ["db_url", "default_db_url", "main", "records", "run_server", "serve", "stations"]
