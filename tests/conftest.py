"""Shared test setup: offscreen Qt, and the PostgreSQL rule (skip with a reason, or require)."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_URL = os.environ.get(
    "HAT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_reachable(host: str = "127.0.0.1", port: int = 5432) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of the test PostgreSQL database; skip visibly, or fail when CI requires it."""
    if not _postgres_reachable():
        if os.environ.get("HAT_REQUIRE_POSTGRES") == "1":
            pytest.fail(
                "PostgreSQL on 127.0.0.1:5432 is required (HAT_REQUIRE_POSTGRES=1) "
                "but not reachable"
            )
        pytest.skip("no PostgreSQL reachable on 127.0.0.1:5432; set up one to run these tests")
    return POSTGRES_URL
