"""Key derivation for new profiles, decided here at the edge: the store reads no environment."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from station.store.crypto import KdfParams

INSECURE_TEST_KDF = "HAT_INSECURE_TEST_KDF"
"""Set to 1 by automated tests: the demo's fictional profiles get the cheap test derivation."""


def insecure_test_kdf_set() -> bool:
    """True when the environment asks for the insecure test derivation."""
    return os.environ.get(INSECURE_TEST_KDF) == "1"


def refuse_insecure_test_kdf() -> None:
    """Stop with one clear line while ``HAT_INSECURE_TEST_KDF=1`` is set (see below)."""
    if insecure_test_kdf_set():
        raise click.ClickException(
            f"{INSECURE_TEST_KDF}=1 is set (automated tests only): a station profile is never "
            f"created with the test key derivation; unset {INSECURE_TEST_KDF} and run init again"
        )


def station_kdf() -> KdfParams:
    """A station profile's key derivation: the defaults calibrated on this machine.

    Refused while ``HAT_INSECURE_TEST_KDF=1`` is set: a profile for real patients never gets
    the test derivation (a password guess would cost microseconds), not even by a variable
    left over in a shell. Tests make their profiles with ``TEST_KDF`` in code.
    """
    refuse_insecure_test_kdf()
    from station.store.crypto import calibrate_kdf

    return calibrate_kdf()


def demo_test_kdf() -> bool:
    """Whether the demo's fictional profiles get the test derivation; said on stderr if so."""
    if not insecure_test_kdf_set():
        return False
    click.echo(
        f"WARNING: {INSECURE_TEST_KDF}=1: the demo's fictional accounts get the insecure test "
        "key derivation (automated tests only; never on a station).",
        err=True,
    )
    return True
